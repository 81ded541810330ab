"""How an extraction run is configured (:class:`Options`) and what it counted (:class:`RunStats`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.errors import InputError
from graphkit.io.readers import ReadStats


@dataclass
class Options:
    """How to run extraction.

    Attributes
    ----------
    model : str or None
        spaCy pipeline (default: the one installed with graphkit).
    registry : path or None
        Actor registry instead of the shipped one.
    actors : tuple of paths
        User files extending the registry (``--actors``).
    lexicon : path or None
        Lexicon instead of the shipped one (``--lexicon``).
    jobs : int or "auto"
        Worker processes for extraction (1 = in this process); ``"auto"``
        starts one per usable CPU when the text is long enough to pay for
        them (:func:`graphkit.extraction.engines.workers_for`).
    cache_dir : path or None
        Where to cache extraction records; ``None`` turns the cache off.
    engine : {"local", "dask"}
    scheduler : str or None
        Address of a Dask scheduler (``--engine dask``); default a local cluster.
    progress : bool
        Show a progress bar on stderr (only on a terminal).
    max_bytes : int
        Largest file or JSON Lines line read (``--max-bytes``).
    date_from_text : bool
        Date text files by the date line or dateline at their top
        (``--date-from-text``).
    """

    model: str | None = None
    registry: str | None = None
    actors: tuple[str, ...] = ()
    lexicon: str | None = None
    jobs: int | str = 1
    batch_size: int = 32
    cache_dir: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    progress: bool = False
    date_from_text: bool = True
    max_bytes: int = 20_000_000


@dataclass
class RunStats:
    """What a run read, skipped and produced."""

    read: int = 0
    skipped: int = 0
    extracted: int = 0
    cached: int = 0
    tokens: int = 0
    problems: list[InputError] = field(default_factory=list)
    undated: int = 0

    def summary(self) -> str:
        """``5 articles read, 1 skipped``.

        >>> RunStats(read=5, skipped=1).summary()
        '5 articles read, 1 skipped'
        """
        return ReadStats(read=self.read, skipped=self.skipped, undated=self.undated).summary()
