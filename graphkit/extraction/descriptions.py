"""Definite descriptions that stand for an actor named before: "the alliance".

Wire copy names an actor once and then describes it: "NATO warplanes
struck ... Serbia accused the alliance of aggression", "The Kosovo
Liberation Army ambushed a patrol ... Belgrade vowed to crush the
insurgents". A bare definite noun ("the" and the noun, nothing else) of an
actor type's description (the lexicon's ``state_descriptions``,
``group_descriptions``, ``organization_descriptions``) stands for the one
actor of that type the article named in the last few sentences; with two
or more candidates it stands for nobody rather than a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from graphkit.extraction.coref import tokens_where
from graphkit.extraction.lexicon import Lexicon

#: Sentences back (the description's own included) an antecedent may lie.
WINDOW = 3

_SECTIONS = {
    "state": "state_descriptions",
    "armed_group": "group_descriptions",
    "organization": "organization_descriptions",
}


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
        if kind is None:
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") for c in kids
        ):
            continue  # "the Syrian rebels", "the two groups": not a bare description
        here = sents[tok.i]
        before = {a for s, e, a, t in found if t == kind and e <= tok.i and here - sents[s] < WINDOW}
        if len(before) == 1:
            yield tok.i, tok.i + 1, before.pop(), kind
