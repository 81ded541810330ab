"""Definite descriptions that stand for an actor named before: "the alliance".

Wire copy names an actor once and then describes it: "NATO warplanes
struck ... Serbia accused the alliance of aggression", "The Kosovo
Liberation Army ambushed a patrol ... Belgrade vowed to crush the
insurgents", "Turkey ... The country's president said". A definite noun
("the" and the noun) of an actor type's description (the lexicon's
``state_descriptions``, ``group_descriptions``,
``organization_descriptions``; a body's noun that holds an office, "the
party's chairman", as an organisation's) stands for the one actor of that type the
article named in the last few sentences. With two or more candidates it
stands for the one that was the subject of the latest clause with such a
subject ("Saudi Arabia cut ties with Qatar. The kingdom accused ..." is
Saudi Arabia), else for nobody rather than a guess.

A state description may carry modifiers that only describe ("the island
nation", "the oil-rich kingdom"); one that points elsewhere ("the
neighbouring country", "the other nation": the lexicon's
``relational_modifiers``) or names something ("the Arab country" stays, a
possessor or a number does not) leaves it alone. Other descriptions stay
bare: "the Syrian rebels" are no description of one group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from graphkit.extraction.coref import tokens_where
from graphkit.extraction.lexicon import Lexicon

#: Sentences back (the description's own included) an antecedent may lie.
WINDOW = 3

_SECTIONS = {
    "state": "state_descriptions",
    "armed_group": "group_descriptions",
    "organization": "organization_descriptions",
}
_SUBJECTS = ("nsubj", "nsubjpass")


def description_mentions(
    doc: Doc, found: Iterable[tuple[int, int, str, str]], lex: Lexicon
) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, actor, type)`` for each description in ``doc`` with one antecedent.

    ``found`` holds the actor mentions already resolved, as ``(start, end,
    actor, type)``. Needs a parse.
    """
    if not doc.has_annotation("DEP"):
        return
    found = sorted(found)
    taken = {i for s, e, _, _ in found for i in range(s, e)}
    words = {t: getattr(lex, name) for t, name in _SECTIONS.items()}
    sents = {}
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sents[i] = n
    for tok in (doc[i] for i in tokens_where(doc, "POS", {"NOUN"}) if i not in taken):
        if tok.text != tok.lower_:
            continue
        kind = next((k for k, w in words.items() if tok.lemma_.lower() in w or tok.lower_ in w), None)
        if kind is None and _body_of_office(tok, lex):
            kind = "organization"  # "the party's chairman said": the party named before
        if kind is None:
            continue
        if kind == "state" and tok.tag_ in ("NNS", "NNPS"):
            continue  # "all the countries of the Americas": several
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or not _bare(tok, kids, kind, lex):
            continue  # "the Syrian rebels", "the two groups": not a bare description
        if any(t.i in taken for c in kids if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree):
            continue  # "the Ethiopian government": its modifier names the state
        here = sents[tok.i]
        before = [(s, e, a) for s, e, a, t in found if t == kind and e <= tok.i and here - sents[s] < WINDOW]
        names = {a for _, _, a in before}
        if len(names) == 1:
            yield tok.i, tok.i + 1, names.pop(), kind
        elif names:
            own = _co_arguments(tok, before)
            # A described state ("the island nation") is as often the one
            # just introduced as the subject: only a bare one goes by it.
            subject = None if any(c.dep_ in ("amod", "compound") for c in kids) else _last_subject(doc, before, own)
            if subject is None and len(names - own) == 1:
                # "The army took power in Myanmar ... The United States
                # condemned the junta": one candidate is left once the
                # clause's own parties are set aside.
                subject = next(iter(names - own))
            if subject is not None:
                yield tok.i, tok.i + 1, subject, kind


def _body_of_office(tok: Token, lex: Lexicon) -> bool:
    """``tok`` is a body's noun ("party", "union", "coalition": the
    lexicon's ``membership_nouns``) that holds an office named after it
    ("the party's chairman", "the union's president")."""
    return (tok.dep_ == "poss" and tok.lemma_.lower() in lex.membership_nouns
            and tok.head.lemma_.lower() in lex.role_words)


def _bare(tok: Token, kids: list[Token], kind: str, lex: Lexicon) -> bool:
    """Whether ``tok``'s modifiers leave it a description of one actor."""
    mods = [c for c in kids if c.dep_ in ("amod", "compound", "poss", "nummod", "nmod")]
    if not mods:
        return True
    if kind != "state":
        return False
    # "the island nation", "the oil-rich kingdom", "the Asian country"
    # describe; "the neighbouring country", "the country's" possessor, "the
    # two countries" do not.
    # "the new junta", "the interim junta": another government of the same
    # state (the lexicon's ``succession_modifiers``), not another state.
    succession = lex.succession_modifiers if tok.lemma_.lower() in lex.government_nouns else frozenset()
    return all(c.dep_ in ("amod", "compound") and (c.lower_ not in lex.relational_modifiers or c.lower_ in succession)
               and not any(g.dep_ in ("poss", "nummod") for g in c.children) for c in mods)


def _co_arguments(tok: Token, before: list[tuple[int, int, str]]) -> set[str]:
    """Actors of ``before`` named inside the clause the description is part
    of (the nearest verb above it with a subject of its own): another party
    of that clause, never the description itself ("accused the Kremlin of
    trying to crush the republic's independence": the republic is not the
    Kremlin's state)."""
    verb = tok.head
    while verb.i != verb.head.i and not (
        verb.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        verb = verb.head
    lo, hi = verb.left_edge.i, verb.right_edge.i
    return {a for s, _, a in before if lo <= s <= hi and s != tok.i}


def _last_subject(doc: Doc, before: list[tuple[int, int, str]], exclude: set[str] = frozenset()) -> str | None:
    """The actor of ``before`` (``(start, end, actor)``) that was the
    subject of the latest clause one of them was the subject of: the
    actor's name is the subject or its possessor or modifier ("Turkey's
    president said", "Turkish officials said"), not a title's ("U.S.
    President Joe Biden": Biden is the subject)."""
    for start, end, actor in sorted(before, reverse=True):
        if actor in exclude:
            continue
        tok = doc[start]
        while tok.dep_ in ("compound", "flat") and start <= tok.head.i < end:
            tok = tok.head  # "North Korea": the name's head
        joint = tok.dep_ == "conj"
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "NATO and the European Union met": the first conjunct is the subject
        if tok.dep_ in _SUBJECTS or (tok.dep_ in ("poss", "amod", "compound") and tok.head.dep_ in _SUBJECTS):
            # Joint subjects: either of them, so neither.
            others = {i for s, e, a in before if a != actor for i in range(s, e)}
            if joint or any(c.i in others for c in tok.conjuncts):
                return None
            return actor
    return None
