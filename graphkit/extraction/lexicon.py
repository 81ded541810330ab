"""The lexicon: the words graphkit's rules read, shipped as editable package data.

Every rule that depends on a word list reads it from here — role words that
make a name a leader, cues that make an organisation an armed group, the
reporting verbs of quotes and the stance lexicon (lemma -> quad class) — so
that users can extend them (``--lexicon my.yaml``) and no word list hides in
code.

>>> lex = Lexicon.load()
>>> lex.verb_quad("bomb")
'material_conflict'
>>> "say" in lex.reporting_verbs
True
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from graphkit.errors import InputError
from graphkit.records import QUADS

_LIST_SECTIONS = (
    "role_words",
    "armed_group_cues",
    "organization_cues",
    "force_nouns",
    "government_nouns",
    "place_prepositions",
    "reporting_verbs",
    "reporting_nouns",
    "reporting_phrases",
    "negations",
    "modal_hypotheticals",
    "threat_cues",
    "descriptor_heads",
    "symmetric_verbs",
    "symmetric_nouns",
    "material_modifiers",
    "verbal_modifiers",
    "media_names",
    "media_cues",
    "place_nouns",
    "intention_verbs",
    "boilerplate_prefixes",
    "setting_nouns",
    "people_nouns",
    "ethnonyms",
)
_QUAD_SECTIONS = ("verbs", "nouns", "adjectives")


@dataclass(frozen=True)
class Lexicon:
    """Word lists and the stance lexicon; see ``graphkit/data/lexicon.yaml``."""

    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    quads: dict[str, dict[str, str]] = field(default_factory=dict)
    version: str = ""

    def __getattr__(self, name: str) -> frozenset[str]:
        # Word lists read as attributes: ``lex.role_words``.
        lists = object.__getattribute__(self, "lists")
        if name in lists:
            return lists[name]
        raise AttributeError(name)

    def verb_quad(self, lemma: str) -> str | None:
        """Quad class of a verb lemma, or ``None`` when it is no stance cue."""
        return self.quads["verbs"].get(lemma.lower())

    def noun_quad(self, lemma: str) -> str | None:
        """Quad class of an event noun ("support", "attack")."""
        return self.quads["nouns"].get(lemma.lower())

    def adjective_quad(self, lemma: str) -> str | None:
        """Quad class of a participle modifier ("Turkish-backed")."""
        return self.quads["adjectives"].get(lemma.lower())

    @classmethod
    def load(cls, path: str | Path | None = None, extra: tuple[str | Path, ...] = ()) -> "Lexicon":
        """Load the shipped lexicon and merge ``path`` and then ``extra`` over it.

        A user file (``--lexicon``) adds words to lists and sets or changes
        quads; ``remove: [word]`` drops a cue.
        """
        files = ((str(path),) if path else ()) + tuple(str(p) for p in extra)
        return _load(files)


def _read_yaml(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise InputError(where, f"malformed YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise InputError(source, "a lexicon file must be a mapping of section names")
    return data


def _validate(data: dict[str, Any], source: str) -> None:
    for key, value in data.items():
        if key in _LIST_SECTIONS:
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise InputError(source, f"section '{key}' must be a list of words")
        elif key in _QUAD_SECTIONS:
            if not isinstance(value, dict):
                raise InputError(source, f"section '{key}' must map quad classes to lists of lemmas")
            for quad, words in value.items():
                if quad not in QUADS:
                    raise InputError(source, f"unknown quad class '{quad}' in '{key}' (one of {', '.join(QUADS)})")
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    raise InputError(source, f"'{key}.{quad}' must be a list of lemmas")
        elif key != "remove":
            raise InputError(source, f"unknown section '{key}'")


@functools.lru_cache(maxsize=8)
def _load(files: tuple[str, ...]) -> Lexicon:
    from graphkit.extraction.compiled import compiled

    shipped = resources.files("graphkit").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    sources = [("graphkit/data/lexicon.yaml", shipped)] + [(p, _read_text(p)) for p in files]

    lists: dict[str, set[str]] = {name: set() for name in _LIST_SECTIONS}
    quads: dict[str, dict[str, str]] = {name: {} for name in _QUAD_SECTIONS}
    digest = hashlib.sha256()
    for source, text in sources:
        # YAML parsing in pure Python was most of the lexicon's load time:
        # the parsed mapping is compiled once per file content.
        data = compiled("lexicon-yaml", [text], functools.partial(_read_yaml, text, source))
        _validate(data, source)
        digest.update(text.encode("utf-8"))
        for name in _LIST_SECTIONS:
            lists[name].update(w.lower() for w in data.get(name, []))
        for name in _QUAD_SECTIONS:
            for quad, words in (data.get(name) or {}).items():
                for w in words:
                    quads[name][w.lower()] = quad
        for w in data.get("remove", []) or []:
            for table in quads.values():
                table.pop(str(w).lower(), None)
            for words in lists.values():
                words.discard(str(w).lower())
    return Lexicon(
        lists={k: frozenset(v) for k, v in lists.items()},
        quads=quads,
        version=digest.hexdigest()[:12],
    )


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 (invalid byte at offset {exc.start})") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
