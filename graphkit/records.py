"""Typed records passed between the stages of the flow.

Text goes in as :class:`Article`; extraction turns each article into one
:class:`Extraction` holding its :class:`ActorInfo`, :class:`Mention`,
:class:`Stance` and :class:`Quote` records; the graph stage folds extractions
into a network. Every record converts to and from plain JSON so that it can be
cached, sent to a worker, or written as evidence.

>>> s = Stance("Iran", "Syria", "material_cooperation", 1, "lent",
...            "Iran has lent support to Syria.", 0, 31, "verb")
>>> Stance.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, fields
from typing import Any

ACTOR_TYPES = ("state", "leader", "armed_group", "organization", "person")

QUADS = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)

#: +1 for the cooperation classes, -1 for the conflict classes.
QUAD_POLARITY = {
    "verbal_cooperation": 1,
    "material_cooperation": 1,
    "verbal_conflict": -1,
    "material_conflict": -1,
}


def _as_dict(record) -> dict[str, Any]:
    """``dataclasses.asdict`` of a record whose fields hold scalars or lists
    and tuples of scalars (every record here but :class:`Extraction`).

    ``asdict`` deep-copies each value through a generic recursion, about ten
    times the cost of this; a build writes one dict per mention, stance,
    quote and event to its evidence file.
    """
    out = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        out[name] = type(value)(value) if type(value) in (list, tuple) else value
    return out


@functools.lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring keys it does not know."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Article:
    """One input document.

    Attributes
    ----------
    id : str
        The file name for a text file, the ``id`` field of a JSON Lines record.
    text : str
        The article's text; offsets in every record refer to it.
    date : str or None
        ISO date (``YYYY-MM-DD``) when the input gives one.
    origin : str
        Where it came from (``path`` or ``path:line``), for error messages.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Mention:
    """One span of text resolved to an actor.

    ``sentence`` and ``paragraph`` are 0-based indexes within the article,
    used for co-mention windows.
    """

    actor: str
    text: str
    start: int
    end: int
    sentence: int
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        return _from_dict(cls, data)


@dataclass
class ActorInfo:
    """An actor as it appears in one article (or, merged, in a corpus)."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ActorInfo":
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Stance:
    """A directed relation: ``source`` does or says ``cue`` toward ``target``.

    ``start``/``end`` are the character offsets of ``sentence`` in the
    article; ``via`` says what it was read from (``verb``, ``noun``,
    ``passive``, ``quote`` ...); ``cameo`` is the CAMEO event code of the cue
    in its clause (``"112"``), empty when no CAMEO pattern codes it.
    """

    source: str
    target: str
    quad: str
    polarity: int
    cue: str
    sentence: str
    start: int
    end: int
    via: str = "verb"
    cameo: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Stance":
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Event:
    """A one-sided event: ``source`` acts on something that is no actor.

    "Sudanese army jets bombed a market in Nyala": Sudan, ``bombed``, ``a
    market in Nyala``. ``start``/``end`` are the sentence's offsets.
    """

    source: str
    quad: str
    polarity: int
    cameo: str
    cue: str
    target_text: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Quote:
    """Who said what, about whom.

    ``start``/``end`` are the offsets of ``text`` (the quoted words, without
    quote marks) in the article. ``speaker`` is a canonical actor name, the
    full name the article gives a person outside the registry, or ``None``
    when the text does not say who spoke; ``speaker_type`` is the speaker's
    actor type (``person`` for someone without a political role).
    """

    speaker: str | None
    text: str
    direct: bool
    targets: tuple[str, ...]
    start: int
    end: int
    cue: str = ""
    speaker_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _as_dict(self)
        d["targets"] = list(self.targets)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        q = _from_dict(cls, data)
        return Quote(**{**asdict(q), "targets": tuple(q.targets)})


@dataclass
class Extraction:
    """Everything extracted from one article: the unit folded into a graph.

    ``to_dict`` gives the record of ``EXTRACT_FORMAT.md`` (plus ``date`` and
    ``mentions``), which ``graphkit extract`` writes one per line.
    """

    article: str
    date: str | None = None
    actors: list[ActorInfo] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    n_tokens: int = 0
    n_sentences: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "date": self.date,
            "actors": [a.to_dict() for a in self.actors],
            "stances": [s.to_dict() for s in self.stances],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "mentions": [m.to_dict() for m in self.mentions],
            "n_tokens": self.n_tokens,
            "n_sentences": self.n_sentences,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Extraction":
        return cls(
            article=data["article"],
            date=data.get("date"),
            actors=[ActorInfo.from_dict(a) for a in data.get("actors", [])],
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
            stances=[Stance.from_dict(s) for s in data.get("stances", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            n_tokens=data.get("n_tokens", 0),
            n_sentences=data.get("n_sentences", 0),
        )
