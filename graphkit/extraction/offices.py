"""Offices named by their place: "the Arkansas governor", "Ohio's secretary of state".

Campaign and wire copy name a person's office with its place ("Gov.
Michael Dukakis of Massachusetts", "Ohio Secretary of State Kenneth
Blackwell") and then stand for the person by the office alone ("the
Massachusetts governor said"). ``extraction.coref`` records the places of
each person's office and reads a role noun's place with
:func:`office_place`; with two governors in the story, "the New York
governor" is the one whose office the article tied to New York.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources

from spacy.tokens import Span, Token


def fold(text: str) -> str:
    """Lower case, without diacritics: places compare folded."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


#: Entity types that name the place an office is of.
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
_QUOTE_CHARS = frozenset({'"', "“", "”", "``", "''"})


def in_quotes(tok: Token) -> bool:
    """Whether ``tok`` stands inside quote marks opened in its sentence."""
    return sum(t.text in _QUOTE_CHARS for t in tok.doc[tok.sent.start : tok.i]) % 2 == 1


def place_words(top: Token) -> set[str]:
    """The places named in ``top``'s phrase ("of Massachusetts", "of New
    York", "Ohio"), folded."""
    out = set()
    for t in top.subtree:
        if t.ent_iob_ == "B" and t.ent_type_ in PLACE_ENTS:
            end = t.i + 1
            while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                end += 1
            out.add(fold(t.doc[t.i:end].text))
    return out


def office_place(token: Token) -> str | None:
    """The place a role noun's modifiers name ("the Arkansas governor",
    "Ohio's secretary of state", "the New York senator"), folded, or None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "New", "York", "governor"],
    ...           heads=[3, 2, 3, 3], deps=["det", "compound", "compound", "ROOT"], ents=["O", "B-GPE", "I-GPE", "O"])
    >>> office_place(doc[3])
    'new york'
    """
    doc = token.doc
    if not doc.has_annotation("DEP"):
        return None
    mods = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "poss", "nmod", "amod")
            and c.ent_type_ in PLACE_ENTS]
    if not mods:
        return None
    words = [t for t in doc[mods[0].left_edge.i : mods[-1].i + 1] if t.ent_type_ in PLACE_ENTS]
    return fold(" ".join(t.text for t in words)) if words else None


def named_place(head: Token, place_nouns: frozenset[str]) -> bool:
    """Whether a name headed by ``head`` stands in apposition with a place noun.

    "the Chechen capital, Grozny", "Azerbaijan's second city, Ganja",
    "Stepanakert, the main city of Nagorno-Karabakh": the name is the place's,
    though the NER may type it a person (a person's apposition is a role:
    "Lopez, the governor").
    """
    nouns = place_nouns | {"capital"}
    if head.dep_ == "appos" and head.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in head.children)


@functools.lru_cache(maxsize=1)
def phoenix_places() -> dict[str, str]:
    """Phoenix country synonyms, cities and regions -> ISO code
    (``graphkit/data/places.json``, built by ``tools/build_lexicon.py``).

    >>> phoenix_places()["lahore"], phoenix_places()["goma"]
    ('PAK', 'COD')
    """
    text = resources.files("graphkit").joinpath("data/places.json").read_text(encoding="utf-8")
    return json.loads(text)["places"]


def known_place(span: Span) -> bool:
    """A name the NER typed a person that the Phoenix country dictionary
    lists as a place ("Indian jets attacked Lahore", "M23 rebels seized
    Goma"): a place, not a person."""
    return fold(span.text) in phoenix_places()
