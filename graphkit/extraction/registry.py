"""The actor registry: who can be an actor, under which names.

The registry ships as ``graphkit/data/actors.jsonl`` (built by
``tools/build_registry.py`` from the Phoenix/CAMEO dictionaries, pycountry and
a hand-kept YAML file). Users extend or correct it with their own YAML or JSON
Lines files, applied in order on top of the shipped data.

One concern that reads best whole: loading, validating, merging and looking
up share the same normalised name index, so they stay together.

>>> reg = Registry.load()
>>> reg.lookup("Erdoğan's").name
'Recep Tayyip Erdogan'
>>> reg.affiliation_of("Recep Tayyip Erdogan").name
'Turkey'
>>> normalize("The U.N.'s")
'un'
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import yaml

from graphkit.errors import InputError
from graphkit.io.yamlfile import load_yaml, shown
from graphkit.records import ACTOR_TYPES

__all__ = [
    "Actor",
    "Registry",
    "Role",
    "alias_variants",
    "normalize",
]

#: Keys an actor entry may carry in a JSONL or YAML file.
ACTOR_KEYS = (
    "name",
    "type",
    "country",
    "affiliation",
    "aliases",
    "demonyms",
    "capitals",
    "roles",
)
#: Keys that only make sense in a user file (how to apply the entry).
CONTROL_KEYS = ("replace", "remove")
_LIST_KEYS = ("aliases", "demonyms", "capitals")
_KIND_RANK = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
_TYPE_RANK = {"state": 0, "organization": 1, "armed_group": 2, "leader": 3}
#: Arabic (and a few Romance) articles written before a name: "al-Assad".
_PARTICLES = frozenset({"al", "el", "ul"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Role:
    """One CAMEO role code an actor held, with its dates when known.

    ``code`` starts with the ISO3 code of the state (``SYRGOV``) or an
    organisation prefix (``IGOUNO``); ``start``/``end`` are ISO dates or None.
    """

    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Actor:
    """A registry entry.

    Attributes
    ----------
    name : str
        Canonical name, unique in the registry ("Bashar al-Assad").
    type : str
        One of ``state``, ``leader``, ``armed_group``, ``organization``.
    country : str or None
        ISO 3166-1 alpha-3 code of the state the actor is, or belongs to.
    affiliation : str or None
        Canonical name of the state or group a leader acts for.
    aliases, demonyms, capitals : tuple of str
        Surface forms (the canonical name is always among ``aliases``).
    roles : tuple of Role
        CAMEO role codes with dates.
    """

    name: str
    type: str
    country: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON form, keys in the file order."""
        return {
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "demonyms": list(self.demonyms),
            "capitals": list(self.capitals),
            "roles": [{"code": r.code, "start": r.start, "end": r.end} for r in self.roles],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        """Build from the JSON form; the canonical name becomes the first alias."""
        name = data["name"]
        aliases = _dedupe([name, *(data.get("aliases") or ())])
        roles = tuple(
            Role(r, None, None) if isinstance(r, str) else Role(r["code"], r.get("start"), r.get("end"))
            for r in data.get("roles") or ()
        )
        return cls(
            name=name,
            type=data["type"],
            country=data.get("country"),
            affiliation=data.get("affiliation"),
            aliases=tuple(aliases),
            demonyms=tuple(_dedupe(data.get("demonyms") or ())),
            capitals=tuple(_dedupe(data.get("capitals") or ())),
            roles=roles,
        )

    @property
    def latest(self) -> str:
        """The latest date any role mentions ("9999" for an open role), for ranking.

        >>> Actor("A", "leader", roles=(Role("SYRGOV", "2000-07-17", None),)).latest
        '9999'
        """
        best = ""
        for r in self.roles:
            if r.start is not None and r.end is None:
                return "9999"
            best = max(best, r.end or "", r.start or "")
        return best


# --------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------

# Letters NFKD does not split into base + mark.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ħ": "h",
    }
)
# Apostrophe-like and quote-like characters, and dashes, unified.
_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u02bb": "'",
        "\u02be": "'",
        "\u02bf": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_ACRONYM_DOTS = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){1,}[^\W\d_]?)\.?(?![^\W\d_])")
_NON_WORD = re.compile(r"[^\w'&]+")
_EDGE = re.compile(r"^[\s'&]+|[\s'&]+$")
_POSSESSIVE = re.compile(r"'s$")
# ASCII fast path: every byte that is not a letter, digit, ' or & becomes a space.
_ASCII_TABLE = bytes(
    c if (48 <= c <= 57 or 97 <= c <= 122 or c in b"'&") else (c + 32 if 65 <= c <= 90 else 32) for c in range(256)
)


def fold_diacritics(text: str) -> str:
    """Strip accents, keeping case: ``Erdoğan`` -> ``Erdogan``.

    >>> fold_diacritics("Erdoğan Türkiye")
    'Erdogan Turkiye'
    """
    if text.isascii():
        return text
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SIMPLE = re.compile(r"[a-z0-9](?:[a-z0-9&']|(?<! ) (?! ))*")


def _normalize_once(text: str) -> str:
    if not text.isascii():
        text = text.translate(_PUNCT).casefold()
        if not text.isascii():
            text = fold_diacritics(text).casefold()
    if "." in text:
        # "u.n." -> "un" before other dots become spaces.
        text = _ACRONYM_DOTS.sub(lambda m: m.group(1).replace(".", ""), text.casefold())
    if text.isascii():
        text = text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    else:
        text = _NON_WORD.sub(" ", text.casefold()).replace("_", " ")
    text = " ".join(text.split())
    if text[:1] in ("'", "&") or text[-1:] in ("'", "&"):
        text = _EDGE.sub("", text)
    if text.startswith("the "):
        text = text[4:]
    text = _POSSESSIVE.sub("", text)
    return _EDGE.sub("", text)


def normalize(text: str) -> str:
    """The key under which a surface form is looked up.

    Casefolds, strips diacritics, unifies quotes, hyphens and spaces, drops
    dots in acronyms, a leading "the" and a trailing possessive.

    >>> normalize("  The U.N.  ")
    'un'
    >>> normalize("Erdoğan’s")
    'erdogan'
    >>> normalize("Bashar al-Assad") == normalize("bashar al Assad")
    True
    >>> normalize("Syrians'")
    'syrians'
    """
    # Each step can expose work for another ("the the x", "x's's"); repeat to
    # a fixed point so that normalize is idempotent. Plain lowercase words
    # are a fixed point already: skip the check.
    for _ in range(8):
        new = _normalize_once(text)
        if new == text or (_SIMPLE.fullmatch(new) and not new.startswith("the ") and not new.endswith(("'s", "s'"))):
            return new
        text = new
    return text


def strip_particles(key: str) -> str:
    """Drop Arabic articles from a normalised key: ``bashar al assad`` -> ``bashar assad``.

    Returns the key unchanged when nothing would be left.

    >>> strip_particles("hayat tahrir al sham")
    'hayat tahrir sham'
    """
    tokens = key.split(" ")
    kept = [t for t in tokens if t not in _PARTICLES]
    if not kept or len(kept) == len(tokens):
        return key
    return " ".join(kept)


# "al-", "el ", and the sun-letter forms ("ash-Sham", "ad-Din") when hyphenated.
_PARTICLE_SPLIT = re.compile(r"(?i)(?<![^\W_'])(al|el|ul|(?:ad|ash|as|an|ar|at|az)(?=-))[-\s]+(?=[^\W\d_])")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_PLAIN_ACRONYM = re.compile(r"^[A-Z]{2,4}$")


def alias_variants(alias: str, particles: bool = True) -> list[str]:
    """Surface variants of ``alias`` worth matching in text, deterministic order.

    The alias itself, its diacritic-free form, hyphen/space variants, "al-X" /
    "al X" / "X" variants for Arabic names (when ``particles``), and an acronym
    with or without dots.

    >>> alias_variants("Bashar al-Assad")
    ['Bashar al-Assad', 'Bashar al Assad', 'Bashar Assad']
    >>> alias_variants("U.N.")
    ['U.N.', 'UN']
    >>> alias_variants("Erdoğan")
    ['Erdoğan', 'Erdogan']
    """
    alias = " ".join(alias.split())
    out: list[str] = [alias]
    folded = fold_diacritics(alias)
    out.append(folded)
    for base in (alias, folded):
        if "-" in base:
            out.append(" ".join(base.replace("-", " ").split()))
        if particles and _PARTICLE_SPLIT.search(base):
            out.append(_PARTICLE_SPLIT.sub(lambda m: m.group(1) + "-", base))
            out.append(_PARTICLE_SPLIT.sub(lambda m: m.group(1) + " ", base))
            stripped = " ".join(_PARTICLE_SPLIT.sub("", base).split())
            # only if dropping the article changed nothing else ("Al The X")
            if stripped and _drops_only_particles(normalize(stripped), normalize(base)):
                out.append(stripped)
    if _DOTTED.match(alias):
        out.append(alias.replace(".", ""))
    elif _PLAIN_ACRONYM.match(alias):
        out.append(".".join(alias) + ".")
    return [v for v in _dedupe(out) if v.strip()]


def _drops_only_particles(short: str, long: str) -> bool:
    """``short`` is ``long`` less some article tokens (al, el, ash...)."""
    s, t = short.split(), long.split()
    i = 0
    for tok in t:
        if i < len(s) and s[i] == tok:
            i += 1
        elif tok not in _ALL_PARTICLES:
            return False
    return i == len(s) and len(s) > 0


_ALL_PARTICLES = frozenset({"al", "el", "ul", "ad", "ash", "as", "an", "ar", "at", "az"})


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


# --------------------------------------------------------------------------
# Reading and validating files
# --------------------------------------------------------------------------


@dataclass
class _Entry:
    """One validated entry of a user file, with where it came from."""

    data: dict[str, Any]
    where: str
    replace: bool = False
    remove: bool = False
    given: frozenset[str] = field(default_factory=frozenset)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot read file") from None


def _read_jsonl(path: Path, text: str) -> list[tuple[dict[str, Any], str, dict[str, str]]]:
    items = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{i}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"invalid JSON ({exc.msg})") from None
        items.append((obj, where, {}))
    return items


def _read_yaml(path: Path, text: str) -> list[tuple[Any, str, dict[str, str]]]:
    root, data = load_yaml(text, str(path))
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        raise InputError(f"{path}:{root.start_mark.line + 1}", "expected a list of actor entries")
    items = []
    for node, obj in zip(root.value, data):
        where = f"{path}:{node.start_mark.line + 1}"
        # Line of each key's value, so a bad alias names its own line.
        lines: dict[str, str] = {}
        if isinstance(node, yaml.MappingNode):
            for knode, vnode in node.value:
                if not isinstance(knode, yaml.ScalarNode):
                    continue  # a list or mapping as a key: reported by the validator, not walked here
                key = str(knode.value)
                lines[key] = f"{path}:{vnode.start_mark.line + 1}"
                if isinstance(vnode, yaml.SequenceNode):
                    for j, item in enumerate(vnode.value):
                        lines[f"{key}[{j}]"] = f"{path}:{item.start_mark.line + 1}"
        items.append((obj, where, lines))
    return items


def _is_date(value: Any) -> bool:
    """A real calendar date written YYYY-MM-DD (2000-02-30 is not one)."""
    if not (isinstance(value, str) and _DATE_RE.match(value)):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_yaml(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml")


def _validate(obj: Any, where: str, lines: dict[str, str], known: set[str], user: bool) -> _Entry:
    """Check one entry; raise InputError naming its line."""
    if not isinstance(obj, dict):
        raise InputError(where, "entry is not a mapping")
    allowed = set(ACTOR_KEYS) | (set(CONTROL_KEYS) if user else set())
    for key in obj:
        if key not in allowed:
            raise InputError(lines.get(str(key), where), f"unknown key {shown(key)}")
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(lines.get("name", where), "missing name" if name is None else "name is not a non-empty string")
    name = " ".join(name.split())
    for flag in CONTROL_KEYS:
        if flag in obj and not isinstance(obj[flag], bool):
            raise InputError(lines.get(flag, where), f"{flag} must be true or false")
    remove = bool(obj.get("remove", False))
    exists = normalize(name) in known
    if remove:
        if not exists:
            raise InputError(where, f"cannot remove {shown(name)}: no such actor")
        return _Entry({"name": name}, where, remove=True)
    typ = obj.get("type")
    if typ is None:
        if not exists:
            raise InputError(where, f"new actor {shown(name)} needs a type")
    elif typ not in ACTOR_TYPES:
        raise InputError(lines.get("type", where), f"unknown type {shown(typ)} (expected one of {', '.join(ACTOR_TYPES)})")
    country = obj.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY_RE.match(country)):
        raise InputError(lines.get("country", where), f"bad country code {shown(country)} (expected 3 uppercase letters)")
    aff = obj.get("affiliation")
    if aff is not None and not isinstance(aff, str):
        raise InputError(lines.get("affiliation", where), "affiliation is not a string")
    for key in _LIST_KEYS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            raise InputError(lines.get(key, where), f"{key} must be a list of strings")
        for j, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                singular = {"aliases": "alias", "demonyms": "demonym", "capitals": "capital"}[key]
                raise InputError(lines.get(f"{key}[{j}]", where), f"{singular} {shown(item)} is not a non-empty string")
    roles = obj.get("roles")
    if roles is not None:
        if not isinstance(roles, list):
            raise InputError(lines.get("roles", where), "roles must be a list")
        for j, role in enumerate(roles):
            rwhere = lines.get(f"roles[{j}]", where)
            if isinstance(role, str):
                continue
            if not isinstance(role, dict) or not isinstance(role.get("code"), str) or set(role) - {"code", "start", "end"}:
                raise InputError(rwhere, "a role is a code or a mapping with code, start, end")
            for k in ("start", "end"):
                v = role.get(k)
                if isinstance(v, date):  # a date from JSON Lines is a string; this is belt and braces
                    v = role[k] = v.isoformat()
                if v is not None and not _is_date(v):
                    raise InputError(rwhere, f"role {k} {shown(v)} is not a YYYY-MM-DD date")
    data = {k: obj[k] for k in ACTOR_KEYS if k in obj}
    data["name"] = name
    return _Entry(data, where, replace=bool(obj.get("replace", False)), given=frozenset(data))


def _load_entries(path: Path, known: set[str], user: bool) -> tuple[list[_Entry], bytes]:
    text = _read_text(path)
    raw = _read_yaml(path, text) if _is_yaml(path) else _read_jsonl(path, text)
    entries: list[_Entry] = []
    seen: dict[str, str] = {}
    for obj, where, lines in raw:
        entry = _validate(obj, where, lines, known, user)
        key = normalize(entry.data["name"])
        if key in seen:
            raise InputError(where, f"duplicate name {shown(entry.data['name'])} (first at {seen[key]})")
        seen[key] = where
        entries.append(entry)
    return entries, text.encode("utf-8")


def _merge(old: Actor, entry: _Entry) -> Actor:
    """Apply a user entry to an existing actor."""
    data = entry.data
    changes: dict[str, Any] = {}
    for key in ("type", "country", "affiliation"):
        if key in data:
            changes[key] = data[key]
    for key in _LIST_KEYS:
        if key in data:
            new = [" ".join(x.split()) for x in data[key]]
            base = [] if entry.replace else list(getattr(old, key))
            changes[key] = tuple(_dedupe([*base, *new]))
    if "roles" in data:
        new_roles = Actor.from_dict({"name": old.name, "type": old.type, "roles": data["roles"]}).roles
        base_roles = () if entry.replace else old.roles
        changes["roles"] = tuple(dict.fromkeys([*base_roles, *new_roles]))
    actor = replace(old, **changes)
    if old.name not in actor.aliases:
        actor = replace(actor, aliases=(old.name, *actor.aliases))
    return actor


# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------


class Registry:
    """A set of actors with lookup by any of their surface forms.

    Build with :meth:`load`. Iteration is sorted by name.

    >>> reg = Registry.load()
    >>> "Syria" in reg, reg.get("Syria").country
    (True, 'SYR')
    >>> reg.lookup("Damascus").name, reg.lookup("Syrians").name
    ('Syria', 'Syria')
    """

    def __init__(self, actors: Iterable[Actor], version: str = "", _keys: dict[str, str] | None = None):
        self._actors: dict[str, Actor] = {a.name: a for a in sorted(actors, key=lambda a: a.name)}
        self._keys = _keys  # normalised name -> name, built when first needed
        #: Short hash of every file loaded; a cache key.
        self.version = version
        self._index: dict[str, str] | None = None

    @property
    def _by_key(self) -> dict[str, str]:
        if self._keys is None:
            build = lambda: {normalize(n): n for n in self._actors}  # noqa: E731
            self._keys = self._compiled("registry-keys", build)
        return self._keys

    def _compiled(self, name: str, build):
        """``build()``, stored once per registry content (:mod:`.compiled`); in-memory registries build."""
        if not self.version:
            return build()
        from graphkit.extraction.compiled import compiled

        return compiled(name, [self.version], build)

    # -- construction ------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, extra: Sequence[str | Path] = ()) -> "Registry":
        """Load the shipped registry (or ``path``) and apply ``extra`` files in order.

        Parameters
        ----------
        path : str or Path, optional
            A ``.jsonl`` or ``.yaml``/``.yml`` file of actors; the package's
            ``data/actors.jsonl`` when None.
        extra : sequence of str or Path
            User files (YAML or JSON Lines). An entry whose name exists
            updates that actor (given fields override; ``aliases``,
            ``demonyms``, ``capitals`` and ``roles`` are added to, unless
            ``replace: true``); ``remove: true`` drops it; other names are
            added. Each file is validated whole before it is applied.

        Raises
        ------
        InputError
            For a missing or malformed file, naming ``file:line``.
        """
        # Tens of thousands of small objects: the cyclic GC would rescan them
        # again and again while they are built, for nothing (they hold no cycles).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._load(path, extra)
        finally:
            if gc_was_enabled:
                gc.enable()

    @classmethod
    def _load(cls, path: str | Path | None, extra: Sequence[str | Path]) -> "Registry":
        digest = hashlib.sha256()
        if path is None:
            res = resources.files("graphkit") / "data" / "actors.jsonl"
            blob = res.read_bytes()
            actors = cls._parse_base(blob, "graphkit/data/actors.jsonl")
        else:
            p = Path(path)
            if _is_yaml(p):
                entries, blob = _load_entries(p, set(), user=False)
                actors = [Actor.from_dict(e.data) for e in entries if "type" in e.data]
                for e in entries:
                    if "type" not in e.data:
                        raise InputError(e.where, f"actor {shown(e.data['name'])} needs a type")
            else:
                blob = _read_text(p).encode("utf-8")
                actors = cls._parse_base(blob, str(p))
        digest.update(blob)
        by_name: dict[str, Actor] = {a.name: a for a in actors}
        if len(by_name) != len(actors):
            dup = next(n for n, c in Counter(a.name for a in actors).items() if c > 1)
            raise InputError(str(path or "actors.jsonl"), f"duplicate actor name {shown(dup)}")
        if not extra:
            return cls(by_name.values(), version=digest.hexdigest()[:12])
        by_key: dict[str, str] = {}
        for name in by_name:
            key = normalize(name)
            if key in by_key:
                raise InputError(str(path or "actors.jsonl"), f"actor names {shown(by_key[key])} and {shown(name)} normalise alike")
            by_key[key] = name
        for extra_path in extra:
            p = Path(extra_path)
            entries, blob = _load_entries(p, set(by_key), user=True)
            digest.update(b"\0" + blob)
            for entry in entries:
                key = normalize(entry.data["name"])
                old_name = by_key.get(key)
                if entry.remove:
                    del by_name[by_key.pop(key)]
                elif old_name is not None:
                    by_name[old_name] = _merge(by_name[old_name], entry)
                else:
                    actor = Actor.from_dict(entry.data)
                    by_key[key] = actor.name
                    by_name[actor.name] = actor
        return cls(by_name.values(), version=digest.hexdigest()[:12], _keys=by_key)

    @staticmethod
    def _parse_base(blob: bytes, source: str) -> list[Actor]:
        # The parsed rows are compiled once per file content (:mod:`.compiled`):
        # parsing 5 MB of JSON was most of the registry's load time.
        from graphkit.extraction.compiled import compiled

        key = hashlib.sha256(blob).hexdigest()
        rows = compiled("registry-rows", [key], lambda: Registry._parse_rows(blob, source))
        actors = []
        new = object.__new__
        role_cache: dict[tuple, Role] = {}
        for name, type_, country, affiliation, aliases, demonyms, capitals, role_rows in rows:
            roles = []
            for rkey in role_rows:
                role = role_cache.get(rkey)
                if role is None:
                    role = role_cache[rkey] = Role(*rkey)
                roles.append(role)
            # Frozen dataclasses forbid setattr; filling __dict__ is the
            # fast, equivalent way to build many of them.
            actor = new(Actor)
            actor.__dict__.update(
                name=name,
                type=type_,
                country=country,
                affiliation=affiliation,
                aliases=aliases,
                demonyms=demonyms,
                capitals=capitals,
                roles=tuple(roles),
            )
            actors.append(actor)
        return actors

    @staticmethod
    def _parse_rows(blob: bytes, source: str) -> list[tuple]:
        """Validated actor rows of a JSON Lines blob, as plain tuples (what :mod:`marshal` stores)."""
        lines = [ln for ln in blob.decode("utf-8").splitlines() if ln.strip()]
        try:
            # One parse of the whole file is several times faster than one a line.
            records = json.loads("[" + ",".join(lines) + "]")
        except json.JSONDecodeError:
            records = None
        if records is None or not all(isinstance(d, dict) for d in records):
            for i, line in enumerate(blob.decode("utf-8").splitlines(), 1):
                try:
                    if line.strip() and not isinstance(json.loads(line), dict):
                        raise InputError(f"{source}:{i}", "record is not a JSON object")
                except json.JSONDecodeError as exc:
                    raise InputError(f"{source}:{i}", f"invalid JSON ({exc.msg})") from None
        rows = []
        for i, d in enumerate(records):
            try:
                rows.append(
                    (
                        d["name"],
                        d["type"],
                        d.get("country"),
                        d.get("affiliation"),
                        tuple(d.get("aliases") or (d["name"],)),
                        tuple(d.get("demonyms") or ()),
                        tuple(d.get("capitals") or ()),
                        tuple((r["code"], r.get("start"), r.get("end")) for r in d.get("roles") or ()),
                    )
                )
            except (KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"{source}:{i + 1}", f"bad actor record (missing or wrong {exc})") from None
        return rows

    # -- container protocol ------------------------------------------------

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._actors

    def get(self, name: str) -> Actor | None:
        """The actor with canonical ``name`` (exact, else by normalised name)."""
        actor = self._actors.get(name)
        if actor is None:
            canonical = self._by_key.get(normalize(name))
            actor = self._actors.get(canonical) if canonical else None
        return actor

    def affiliation_of(self, name: str) -> Actor | None:
        """The state or group a leader (named by any surface form) acts for, or None.

        >>> Registry.load().affiliation_of("Bashar al-Assad").name
        'Syria'
        """
        actor = self.get(name) or self.lookup(name)
        if actor is None or not actor.affiliation:
            return None
        return self.get(actor.affiliation)

    # -- surface forms -----------------------------------------------------

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """Every surface form worth matching: ``(form, actor name, kind)``.

        ``kind`` is ``name``, ``alias``, ``demonym`` or ``capital``. Forms
        include :func:`alias_variants` of each; each ``(form, actor)`` pair
        appears once, with its strongest kind. Order: by actor name, then
        kind, then the actor's own order of forms.
        """
        for actor in self._actors.values():
            seen: set[str] = set()
            particles = actor.type in ("leader", "armed_group")
            for kind, forms in self._kinds(actor):
                for form in forms:
                    for variant in alias_variants(form, particles=particles):
                        if variant not in seen:
                            seen.add(variant)
                            yield variant, actor.name, kind

    @staticmethod
    def _kinds(actor: Actor) -> list[tuple[str, Sequence[str]]]:
        return [
            ("name", (actor.name,)),
            ("alias", actor.aliases),
            ("demonym", actor.demonyms),
            ("capital", actor.capitals),
        ]

    def governed(self) -> dict[str, int]:
        """Actor name -> how many registry actors are affiliated with it.

        A state with a government the registry knows (India) outranks a
        territory sharing its demonym (the British Indian Ocean Territory).

        >>> Registry([Actor("A", "state"), Actor("B", "leader", affiliation="A")]).governed()
        {'A': 1}
        """
        if getattr(self, "_governed", None) is None:
            counts: dict[str, int] = {}
            for actor in self._actors.values():
                if actor.affiliation:
                    counts[actor.affiliation] = counts.get(actor.affiliation, 0) + 1
            self._governed = counts
        return self._governed

    def _build_index(self) -> dict[str, str]:
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._build_index_inner()
        finally:
            if gc_was_enabled:
                gc.enable()

    def _build_index_inner(self) -> dict[str, str]:
        best: dict[str, tuple] = {}
        # A form shared by several states ("American": the United States and
        # the Northern Mariana Islands; "Indian": India and the British Indian
        # Ocean Territory) goes to the sovereign state, told by the government
        # the registry knows for it: the actors affiliated with it.
        governed = self.governed()
        for actor in self._actors.values():
            trank = _TYPE_RANK.get(actor.type, 9)
            srank = -governed.get(actor.name, 0) if actor.type == "state" else 0
            # Prefer whoever holds or held office last: news is mostly recent.
            recency = "" if actor.type != "leader" else actor.latest
            inv_recency = "".join(chr(0x10FFFF - ord(c)) for c in recency)
            particles = actor.type in ("leader", "armed_group")
            for kind, forms in self._kinds(actor):
                krank = _KIND_RANK[kind]
                for form in forms:
                    key = normalize(form)
                    if not key:
                        continue
                    keys = [(key, 0)]
                    if particles:
                        stripped = strip_particles(key)
                        if stripped != key:
                            keys.append((stripped, 1))
                    for k, vrank in keys:
                        rank = (krank != 0 or vrank != 0, trank, krank, vrank, srank, inv_recency, actor.name)
                        cur = best.get(k)
                        if cur is None or rank < cur:
                            best[k] = rank
        return {k: r[-1] for k, r in best.items()}

    def lookup(self, text: str) -> Actor | None:
        """The actor a surface form most likely names, or None.

        Matches the normalised text against names, aliases, demonyms and
        capitals (and, for people and armed groups, the same without Arabic
        articles). When several actors share a form, an exact canonical name
        wins, then states over organisations over armed groups over people,
        then aliases over demonyms over capitals, then the most recent
        office holder.

        >>> reg = Registry.load()
        >>> reg.lookup("Assad").name
        'Bashar al-Assad'
        >>> reg.lookup("Idlib") is None
        True
        """
        if self._index is None:
            self._index = self._compiled("registry-index-sovereign", self._build_index)
        key = normalize(text)
        name = self._index.get(key)
        if name is None and key:
            name = self._index.get(strip_particles(key))
        return self._actors.get(name) if name else None
