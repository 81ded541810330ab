"""A registry name inside a longer personal name is someone else's.

The registry's one-word aliases of people ("Mubarak", "Abdullah") also
stand inside the names of others: "Ahmed Awad bin Mubarak" is not Hosni
Mubarak, "Abdullah Ocalan" is not King Abdullah II. Capitalised name words
around the alias that are none of the actor's own say so.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.registry import Actor, fold_diacritics

#: Lower-case words inside personal names ("Ahmed Awad bin Mubarak").
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "de", "da", "di", "du", "dos", "das", "van", "von",
                            "der", "den", "la", "le"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``"Erdoğan"`` -> ``"erdogan"``).

    >>> fold("Erdoğan")
    'erdogan'
    """
    # Decomposing can expose letters the folding table maps ("𐞢" -> "ø" ->
    # "o"), so fold to a fixed point; it takes at most a few rounds.
    previous = None
    while text != previous:
        previous, text = text, fold_diacritics(text.lower()).lower()
    return text


def _own_words(actor: Actor) -> set[str]:
    return {fold(w) for a in (actor.name, *actor.aliases) for w in a.replace("-", " ").split()}


def in_other_name(ent: Span, actor: Actor, lex: Lexicon) -> bool:
    """Whether a partial alias of ``actor`` ends a longer name the text
    gives someone else: capitalised name words right before it that are
    not the actor's own (titles and role words aside)."""
    doc, j = ent.doc, ent.start - 1
    while j >= 0 and doc[j].lower_ in NAME_PARTICLES:
        j -= 1
    if j < 0 or j == ent.start - 1 and doc[j].is_sent_start:
        return False
    t = doc[j]
    if not t.is_title or t.is_sent_start or t.ent_type_ and t.ent_type_ != "PERSON":
        return False
    if t.lower_.rstrip(".") in lex.role_words or fold(t.text) in _own_words(actor):
        return False
    return t.pos_ == "PROPN" or not doc.has_annotation("TAG")


def name_goes_on(ent: Span, actor: Actor, lex: Lexicon) -> Span | None:
    """The longer name a one-word alias of ``actor`` begins, if it is someone else's.

    "Abdullah Ocalan": the parser compounds the alias onto a capitalised
    proper noun that is none of the actor's own name words ("Abdullah II"
    keeps "II"), so the person is the whole name.
    """
    if len(ent) != 1 or ent.end >= len(ent.doc):
        return None
    nxt = ent.doc[ent.end]
    if ent[0].dep_ != "compound" or ent[0].head.i != nxt.i or nxt.pos_ != "PROPN" or not nxt.is_title:
        return None
    if fold(nxt.text) in _own_words(actor) or nxt.ent_type_ not in ("", "PERSON") or nxt.lower_ in lex.role_words:
        return None
    return Span(ent.doc, ent.start, ent.end + 1, label="PERSON")


def whole_name(span: Span) -> Span:
    """A name the NER cut after a particle, taken to its end.

    No name ends in "Le" or "de": "Marine Le" is "Marine Le Pen", "Charles
    de" is "Charles de Gaulle".

    >>> import spacy
    >>> doc = spacy.blank("en")("Marine Le Pen spoke")
    >>> whole_name(doc[0:2]).text
    'Marine Le Pen'
    """
    doc, end = span.doc, span.end
    while end < len(doc):
        last, nxt = doc[end - 1], doc[end]
        if last.text == "-" and not last.whitespace_ and nxt.is_title and nxt.is_alpha:
            end += 1  # "Rafik al-" of "Rafik al-Hariri"
        elif last.lower_ in NAME_PARTICLES and nxt.text == "-" and not last.whitespace_ and not nxt.whitespace_:
            end += 1
        elif last.lower_ in NAME_PARTICLES and nxt.is_title and nxt.is_alpha:
            end += 1
        else:
            break
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)
