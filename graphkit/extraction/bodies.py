"""Bodies the registry does not list: when an ORG the NER found is an actor.

A body whose name says what it is ("... Commission", "... Brigades": the
lexicon's ``organization_cues`` and ``armed_group_cues``) is kept by the
actor resolver wherever it is named. One whose name says nothing of its
kind ("the AFL-CIO", "the Confederation of British Industry", "the
Federation of Kenya Employers") is an organisation where it acts: the
subject of a verb that says what it did, or the agent of a passive. It
stays an actor only if it then speaks or takes part in a stance or an
event (``extraction.extractor`` leaves it out otherwise), as a person named
in passing is no actor. A body that only speaks ("the Electoral Reform
Society said") keeps its name as speaker and is no actor (GUIDELINES.md).
"""

from __future__ import annotations

from spacy.tokens import Span

from graphkit.extraction.coref import gender_of_given_name
from graphkit.extraction.lexicon import Lexicon

#: Lower-case words inside a body's name ("Chamber of Commerce", "Veterans for Truth").
NAME_LINKS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "la", "el"})


def body_kind(words: set[str], lex: Lexicon) -> str | None:
    """``"armed_group"``, ``"organization"`` or None, from the words of a body's name.

    "Movement" and "front" name armed groups only with a word of armed
    struggle ("Oromo Liberation Front", "Movement for Unity and Jihad"); a
    party goes by them too ("Movement for Democratic Change", "National
    Front", "Citizens' Movement").

    >>> lex = Lexicon.load()
    >>> body_kind({"movement", "for", "democratic", "change"}, lex), body_kind({"oromo", "liberation", "front"}, lex)
    ('organization', 'armed_group')
    """
    armed = words & lex.armed_group_cues
    if armed and not (armed <= lex.party_cues and not words & lex.struggle_words):
        return "armed_group"
    if armed or words & lex.organization_cues:
        return "organization"
    return None


def acting_body(span: Span, lex: Lexicon) -> bool:
    """Whether the ORG entity ``span`` stands as the doer of a clause.

    A name that opens with a given name is a person the NER mistyped
    ("Gustavo Petro criticized ..."), and a lone capitalised word too often
    a misread name: neither is taken. Needs a parse.
    """
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return False
    if len(span) < 2 and not (span.text.isupper() and len(span.text) >= 3):
        return False
    if not all(t.is_title or t.is_upper or t.is_punct or not t.is_alpha or t.lower_ in NAME_LINKS for t in span):
        return False
    if gender_of_given_name(span[0].text) is not None or any(t.lower_ in lex.role_words for t in span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    # Only the doer: an object is too often a company one founded, joined
    # or worked for, which the verb does not make a party.
    if root.dep_ in ("nsubj", "csubj"):  # csubj: a name the parser read as a clause ("Restore Our Future")
        verb = root.head.lemma_.lower()
        # A verb of speech alone ("said", "told") says nothing it did, nor
        # a copula ("are crucial to Modi's hold on power") anything at all.
        return root.head.pos_ == "VERB" and not (verb in lex.reporting_verbs and lex.verb_quad(verb) is None)
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ == "VERB"


def body_name_goes_on(span: Span) -> Span:
    """``span`` widened over the capitalised words after its last word
    ("Congress of" + "South African Trade Unions": the registry took the
    demonym, the NER the rest), up to four of them."""
    doc, end = span.doc, span.end
    while end < len(doc) and end < span.end + 4 and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        end += 1
    return doc[span.start : end] if end > span.end else span


def body_noun_after(span: Span, lex: Lexicon) -> Span:
    """``span`` with the common noun after it that says what kind of body it
    names, where the name modifies that noun ("the Teamsters union", "the
    Solidarity trade union": the lexicon's ``organization_cues``)."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and end < span.end + 2:
        if doc[end].lower_ in lex.organization_cues and span.root.head.i == end or (
            end + 1 < len(doc) and doc[end + 1].lower_ in lex.organization_cues and span.root.head.i in (end, end + 1)
        ):
            end += 1
            continue
        break
    if end == span.end or doc[end - 1].lower_ not in lex.organization_cues:
        return span
    return doc[span.start : end]
