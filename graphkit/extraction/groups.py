"""Armed groups the registry lacks, named by the noun that says what they are.

Wire copy names a group once with its kind: "M23 rebels seized Goma",
"Seleka rebels attacked Bangui", "the Janjaweed militia burned villages".
The name before a group noun (the lexicon's ``group_nouns``) is an armed
group of its own when it is a name, not a description: no actor the
resolver found, no demonym or people ("Syrian rebels", "Hutu militias",
"Islamist militants": adjectives, the lexicon's ``ethnonyms``), no place
("Darfur rebels", "Tigray fighters": the NER's GPE and LOC or a Phoenix
place, unless the name holds a digit, which no place does: "M23"; the NER
may type a group's name a person, "the Janjaweed militia"). Its other mentions, bare
("M23 said ..."), are the group too. Generic collectives stay no actors
(tests/data/GUIDELINES.md: "rebels" alone names nobody).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from graphkit.extraction.coref import tokens_where
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.offices import known_place

#: NER labels of a name that is a place or a people, not a group's name.
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "FAC"})


def _name_word(t: Token, lex: Lexicon) -> bool:
    """``t`` can be a word of a group's name: a capitalised proper noun or an
    acronym, no role, people or description word."""
    if not (t.pos_ == "PROPN" or any(c.isdigit() for c in t.text)) or not t.text[:1].isupper():
        return False
    low = t.lower_
    return low not in lex.ethnonyms and low not in lex.role_words and low not in lex.group_descriptions


def named_groups(doc: Doc, found: Iterable[tuple[int, int, str, str]], lex: Lexicon,
                 extra: dict[str, dict]) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, "armed_group")`` for each group named before a
    group noun in ``doc``, and each bare mention of its name after; new
    names go into ``extra`` as armed groups. Needs a parse."""
    if not doc.has_annotation("DEP"):
        return []
    taken = {i for s, e, _, _ in found for i in range(s, e)}
    names: dict[str, tuple[int, int]] = {}
    out: list[tuple[int, int, str, str]] = []
    for i in tokens_where(doc, "LOWER", lex.group_nouns):
        noun = doc[i]
        if noun.pos_ != "NOUN" or i in taken:
            continue
        start = i
        while start > noun.sent.start and doc[start - 1].i not in taken and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i in range(start, i + 1) and _name_word(doc[start - 1], lex):
            start -= 1
        if start == i:
            continue
        words = doc[start:i]
        digit = any(c.isdigit() for c in words.text)
        if not digit and (any(t.ent_type_ in _NOT_NAMES for t in words) or known_place(words)):
            continue  # "Darfur rebels", "Chechen fighters": a place (the NER's or Phoenix's) or a people
        if start > noun.sent.start and doc[start - 1].text in ("-", "–"):
            continue  # "anti-Balaka militias", "pro-Seleka fighters": for or against, not named
        name = words.text
        entry = extra.setdefault(name, {"type": "armed_group", "affiliation": None, "country": None})
        entry["type"] = "armed_group"  # "M23" the NER read as a body is the group its noun says
        names[name] = (start, i + 1)
        out.append((start, i + 1, name, "armed_group"))
    # Bare mentions of a name found so: "M23 said it would withdraw".
    covered = taken | {k for s, e, _, _ in out for k in range(s, e)}
    for name in names:
        first = name.split()[0]
        for i in tokens_where(doc, "ORTH", {first}):
            n = len(name.split())
            if i not in covered and doc[i : i + n].text == name and not any(k in covered for k in range(i, i + n)):
                out.append((i, i + n, name, "armed_group"))
                covered.update(range(i, i + n))
    return out
