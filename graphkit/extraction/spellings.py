"""Transliterations: a registry leader written another way.

Names transliterated from Tigrinya, Kazakh or Kirundi are spelled several
ways in English copy: "Isaias Afwerki" and "Isaias Afewerki",
"Kassym-Jomart Tokayev" and "Kasymzhomart Tokayev". A person's name the
registry lacks is that registry leader when the two are close letter by
letter (whole name and surname), begin with the same letters, and the
leader acts for a state the article names; two such leaders are a tie and
neither is taken.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from graphkit.extraction.registry import Actor, Registry, fold_diacritics

#: Similarity of the whole names and of the surnames a variant needs.
NAME_RATIO = 0.87
SURNAME_RATIO = 0.8


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(text.lower()).split())


class Spellings:
    """Registry leaders indexed by the first letter of given name and surname."""

    def __init__(self, registry: Registry):
        self.registry = registry
        # Folding every leader's every alias took 0.1 s of the first article
        # with an unknown name; the index is compiled once per registry
        # content (:mod:`.compiled`) and holds names, looked up when used.
        self.index: dict[tuple[str, str], list[tuple[str, str]]] = registry._compiled(
            "spellings-index", lambda: self._build(registry))

    @staticmethod
    def _build(registry: Registry) -> dict[tuple[str, str], list[tuple[str, str]]]:
        index: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for a in registry:
            if a.type != "leader":
                continue
            for alias in dict.fromkeys((a.name, *a.aliases)):
                words = _fold(alias).split()
                if len(words) >= 2:
                    index.setdefault((words[0][0], words[-1][0]), []).append((" ".join(words), a.name))
        return index

    def variant(self, name: str, countries: Iterable[str]) -> Actor | None:
        """The registry leader ``name`` spells another way, or ``None``."""
        words = _fold(name).split()
        if len(words) < 2:
            return None
        countries = set(countries)
        key = " ".join(words)
        found: dict[str, Actor] = {}
        for form, actor_name in self.index.get((words[0][0], words[-1][0]), ()):
            actor = self.registry.get(actor_name)
            if actor is None or not self._acts_for(actor, countries):
                continue
            if difflib.SequenceMatcher(None, words[-1], form.split()[-1]).ratio() < SURNAME_RATIO:
                continue
            if difflib.SequenceMatcher(None, key, form).ratio() >= NAME_RATIO:
                found[actor.name] = actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _acts_for(self, actor: Actor, countries: set[str]) -> bool:
        if actor.country in countries:
            return True
        aff = self.registry.get(actor.affiliation) if actor.affiliation else None
        return aff is not None and aff.country in countries
