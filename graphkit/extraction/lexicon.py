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
from graphkit.io.yamlfile import line_of, load_yaml, shown
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
    "unsaid_modals",
    "said_in_nouns",
    "speaking_for_nouns",
    "pair_nouns",
    "retaliation_nouns",
    "retaliation_verbs",
    "act_nouns",
    "threat_cues",
    "descriptor_heads",
    "membership_nouns",
    "member_nouns",
    "office_nouns",
    "contest_verbs",
    "electoral_nouns",
    "symmetric_verbs",
    "symmetric_nouns",
    "material_modifiers",
    "verbal_modifiers",
    "media_names",
    "media_cues",
    "place_nouns",
    "intention_verbs",
    "reversal_verbs",
    "suspension_verbs",
    "command_verbs",
    "blocking_verbs",
    "yield_verbs",
    "leading_participles",
    "joining_verbs",
    "receiving_verbs",
    "causing_verbs",
    "vessel_nouns",
    "state_descriptions",
    "group_descriptions",
    "group_nouns",
    "organization_descriptions",
    "relational_modifiers",
    "succession_modifiers",
    "visit_nouns",
    "boilerplate_prefixes",
    "setting_nouns",
    "people_nouns",
    "ethnonyms",
)
_QUAD_SECTIONS = ("verbs", "nouns", "adjectives", "epithets")


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

    def epithet_quad(self, lemma: str) -> str | None:
        """Quad class of calling someone a noun ("a puppet", "a patriot"),
        beside CAMEO's own "call X" patterns ("liar", "dictator": 111)."""
        return self.quads.get("epithets", {}).get(lemma.lower())

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
    """The file's mapping and the line of each section, quad and word (for errors)."""
    root, data = load_yaml(text, source)
    if root is None:
        return {"data": {}, "lines": {}}
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise InputError(line_of(root, source), "a lexicon file must be a mapping of section names")
    lines: dict[str, int] = {}

    def note(key: str, knode: yaml.Node, node: yaml.Node) -> None:
        lines[key] = knode.start_mark.line + 1  # a section or quad: the line of its name
        if isinstance(node, yaml.SequenceNode):
            for j, item in enumerate(node.value):
                lines[f"{key}[{j}]"] = item.start_mark.line + 1
        elif isinstance(node, yaml.MappingNode) and "." not in key:
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    note(f"{key}.{k.value}", k, v)

    for knode, vnode in root.value:
        if isinstance(knode, yaml.ScalarNode):
            note(str(knode.value), knode, vnode)
    return {"data": data, "lines": lines}


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) for w in value)


def _validate(parsed: dict[str, Any], source: str) -> None:
    """Raise InputError naming ``file:line`` of the first section, quad or word that is wrong."""
    data, lines = parsed["data"], parsed["lines"]

    def at(key: str) -> str:
        return f"{source}:{lines[key]}" if key in lines else source

    def check_words(key: str, value: Any, what: str) -> None:
        if not isinstance(value, list):
            raise InputError(at(key), f"'{key}' must be a list of {what}, not {_json_type(value)}")
        for j, w in enumerate(value):
            if not isinstance(w, str):
                raise InputError(at(f"{key}[{j}]"), f"{shown(w)} in '{key}' is not a word (quote it)")

    for key, value in data.items():
        if not isinstance(key, str):
            raise InputError(source, f"section name {shown(key)} is not a word")
        if key in _LIST_SECTIONS:
            check_words(key, value, "words")
        elif key in _QUAD_SECTIONS:
            if not isinstance(value, dict):
                raise InputError(at(key), f"section '{key}' must map quad classes to lists of lemmas")
            for quad, words in value.items():
                if quad not in QUADS:
                    raise InputError(at(f"{key}.{quad}"), f"unknown quad class {shown(quad)} in '{key}' (one of {', '.join(QUADS)})")
                check_words(f"{key}.{quad}", words, "lemmas")
        elif key == "remove":
            # A mapping or a bare word here used to be read as nothing (or
            # letter by letter): say so instead.
            check_words(key, value, "words to drop")
        else:
            raise InputError(at(key), f"unknown section {shown(key)}")


def _json_type(value: Any) -> str:
    return {dict: "a mapping", str: "a single word", type(None): "nothing"}.get(type(value), type(value).__name__)


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
        # "-2": entries hold the lines of each word since the YAML-safety rework.
        parsed = compiled("lexicon-yaml-2", [text, source], functools.partial(_read_yaml, text, source))
        _validate(parsed, source)
        data = parsed["data"]
        digest.update(text.encode("utf-8"))
        for name in _LIST_SECTIONS:
            lists[name].update(w.lower() for w in data.get(name, []))
        for name in _QUAD_SECTIONS:
            for quad, words in (data.get(name) or {}).items():
                for w in words:
                    quads[name][w.lower()] = quad
        for w in data.get("remove", []):
            for table in quads.values():
                table.pop(w.lower(), None)
            for words in lists.values():
                words.discard(w.lower())
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
