"""When a state's name in the text is not that state.

Four readings the registry's surface forms alone get wrong:

* a capital that is only a place ("in Damascus") rather than the government
  that sits there ("Damascus said", "the government in Skopje", "talks
  between Khartoum and the RSF");
* a state named inside a longer proper name of a place or body: "the Gulf
  of Guinea" is a sea, not Guinea; "the Sea of Japan" is no mention of
  Japan. A capitalised noun and "of" right before the state's name make it
  part of that name, unless the noun is an agent of the state ("the Embassy
  of France", "the President of Guinea", "the Government of Sudan"), which
  still names the state.
* a state's name that is a given name opening a person's name: "Chad
  Wolf", "Israel Katz", "Jordan Spieth" (the parser compounds it onto the
  surname), "Dominique de Villepin" (a name particle follows);
* a short form shared by several states: "Congo" is the registry's alias of
  the Republic of the Congo, but the Democratic Republic of the Congo is
  also "DR Congo" and "Congo-Kinshasa". Which one a bare "Congo" names is
  what the rest of the article says: the other state named in full, its
  capital (a dateline "KINSHASA"), or its leaders. Canonical names
  ("Sudan", "Guinea") are never re-read: an article that tells Sudan from
  South Sudan uses each name for its own state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from graphkit.extraction.agents import is_state_agent
from graphkit.extraction.coref import gender_of_given_name
from graphkit.extraction.name_parts import NAME_PARTICLES
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.registry import Actor, Registry, fold_diacritics

_WORD = re.compile(r"[a-z]+")


def opens_personal_name(span: Span, lex: Lexicon) -> Span | None:
    """The person's name a one-word state name opens, or None.

    "Acting Homeland Security Secretary Chad Wolf": a given name the names
    list knows, compounded onto the proper noun right after it; "Dominique
    de Villepin": a name particle and a capitalised word after it. A body,
    force or place word after the state ("Israel Defense Forces", "Jordan
    Valley") or a title ("Iran Foreign Minister ...") keeps the state.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Chad", "Wolf", "said"], heads=[1, 2, 2],
    ...           deps=["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"])
    >>> opens_personal_name(doc[0:1], Lexicon.load()).text
    'Chad Wolf'
    """
    doc = span.doc
    if len(span) != 1 or not doc.has_annotation("DEP"):
        return None
    end = span.end
    while end < len(doc) - 1 and doc[end].lower_ in NAME_PARTICLES:
        end += 1
    if end >= len(doc):
        return None
    nxt = doc[end]
    words = lex.role_words | lex.organization_cues | lex.armed_group_cues | lex.force_nouns | lex.government_nouns | lex.place_nouns
    if not (nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("", "PERSON")) or nxt.lower_ in words:
        return None
    if end == span.end and not (span[0].dep_ == "compound" and span[0].head.i == nxt.i and gender_of_given_name(span.text)):
        return None
    return Span(doc, span.start, end + 1, label="PERSON")


def in_place_name(span: Span, lex: Lexicon, actor: Actor | None = None) -> bool:
    """``span`` (a state's name) ends a longer proper name: "Gulf of Guinea".

    Needs a parse of the word before "of"; a sentence's first word counts
    as capitalised only when the parse makes it a proper noun. A one-word
    alias of ``actor`` other than its name (Phoenix keeps "Island" for
    Iceland) after a proper noun compounded onto it is that name's last
    word too: "Damansky Island". The state's own name keeps its modifiers
    ("Communist China" is China).
    """
    doc = span.doc
    if actor is not None and len(span) == 1 and span.start >= 1 and span.text != actor.name:
        before = doc[span.start - 1]
        if (before.dep_ == "compound" and before.head.i == span.start and before.pos_ == "PROPN"
                and before.text[:1].isupper() and not before.ent_kb_id_):
            return True
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    head = doc[span.start - 2]
    if not head.text[:1].isupper() or not head.is_alpha or head.ent_type_ in ("PERSON",):
        return False
    if head.is_sent_start and head.pos_ != "PROPN":
        return False
    return not is_state_agent(head, lex) and head.lemma_.lower() not in lex.role_words


def capital_is_place(span: Span, lex: Lexicon) -> bool:
    """True when a capital is a place ("in Damascus"), not its government."""
    head = span.root
    doc = span.doc
    if head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.pos_ == "VERB":
        return False  # "hit back at Washington", "fired at Kyiv": aimed at its government
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return False  # "in protest at New Delhi's decision": the government decided
    if (head.dep_ == "pobj" and head.head.lower_ == "in"
            and head.head.head.lemma_.lower() in lex.government_nouns):
        return False  # "the government in Skopje", "the regime in Damascus": who governs from there
    top = head
    while top.dep_ == "conj":
        top = top.head
    owner = top.head.head
    if top.dep_ == "pobj" and top.head.lower_ == "between" and any(
            _event_noun(t, lex) for t in (owner, *(c for c in owner.children if c.dep_ == "compound"))):
        # "talks between Khartoum and the RSF", "a ceasefire plan between
        # Moscow and Tbilisi": the parties, not a stretch of land
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "for") and _receives(head.head, lex):
        return False  # "suspended aid to Islamabad", "a visit to Beijing": the government receives it
    if (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.pos_ == "NOUN"
            and head.head.head.lemma_.lower() in lex.role_words):
        return False  # "recalled its ambassador to Washington": an envoy is sent to the government
    if span.start > 0 and doc[span.start - 1].lower_ in lex.place_prepositions:
        return True  # works without a parse too
    if head.dep_ == "pobj" and head.head.lower_ in lex.place_prepositions:
        return True
    if head.dep_ in ("compound", "amod") and head.head.ent_type_ == "":
        # "Damascus countryside", "the Moscow meeting": a modifier of a
        # non-actor noun is a place, unless the noun is the government.
        return head.head.lemma_.lower() not in lex.force_nouns
    if head.dep_ == "appos" or head.dep_ == "npadvmod":
        return True
    return False


def _receives(prep: Token, lex: Lexicon) -> bool:
    """``prep`` ("to", "for") names who receives an act: it hangs on an event
    noun ("aid to", "a visit to"), on a verb whose object is one ("suspended
    aid to", "pledged loans to") or on a verb of words ("apologised to",
    "appealed to"), not on a verb of motion ("flew to")."""
    owner = prep.head
    if _event_noun(owner, lex):
        return True
    if owner.pos_ == "VERB" and (lex.verb_quad(owner.lemma_) or "").startswith("verbal"):
        return True  # "apologised to Washington", "protested to Beijing": words addressed to the government
    return owner.pos_ == "VERB" and any(c.dep_ == "dobj" and _event_noun(c, lex) for c in owner.children)


def _event_noun(tok: Token, lex: Lexicon) -> bool:
    """``tok`` names something parties do together or to each other ("talks", "war")."""
    return tok.pos_ == "NOUN" and any(w in lex.symmetric_nouns or lex.noun_quad(w) is not None
                                      for w in (tok.lemma_.lower(), tok.lower_))


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold_diacritics(text.lower())))


class ShortNames:
    """Short forms that several states of a registry share.

    Parameters
    ----------
    registry : Registry
    """

    def __init__(self, registry: Registry):
        self.registry = registry
        states = [a for a in registry if a.type == "state"]
        canonical = {_words(a.name) for a in states}
        forms: dict[tuple[str, ...], set[str]] = {}
        for a in states:
            for alias in a.aliases:
                forms.setdefault(_words(alias), set()).add(a.name)
        by_word: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            for w in set(form):
                by_word.setdefault(w, []).append(form)
        #: short form -> the states one of whose forms holds it as whole words
        self.shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for words, owners in forms.items():
            if len(words) != 1 or words in canonical:
                continue  # one-word short forms only: "Congo", not "the White House"
            others = {
                name for form in by_word.get(words[0], ()) if len(form) > len(words) and _contains(form, words)
                for name in forms[form]
            }
            if others - owners:
                self.shared[words] = tuple(sorted(owners | others))

    def resolve(self, span: Span, actor: Actor, ents: Iterable[Span]) -> Actor:
        """The state a shared short form ``span`` names in its article.

        Each candidate scores one for every other entity of the article that
        is the candidate, one of its capitals, or one of its people; the
        registry's own reading stands on a tie.
        """
        candidates = self.shared.get(_words(span.text))
        if not candidates:
            return actor
        score = dict.fromkeys(candidates, 0)
        for e in ents:
            if e.start == span.start or not e.kb_id_ or _words(e.text) == _words(span.text):
                continue
            other = self.registry.get(e.kb_id_)
            if other is None:
                continue
            for name in (other.name, other.affiliation):
                if name in score:
                    score[name] += 1
        best = max(score.values())
        if score.get(actor.name, 0) == best:
            return actor
        winner = min(n for n, s in score.items() if s == best)
        return self.registry.get(winner) or actor


def _contains(form: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(form[i : i + n] == words for i in range(len(form) - n + 1))
