"""The whole flow as library calls: inputs -> extraction records -> graph and files.

The CLI is a thin layer over these functions; so is the benchmark.

:func:`extractions` streams one :class:`~graphkit.records.Extraction` per
readable article (through the cache, in one process, in ``jobs`` processes, or
on a Dask cluster); :func:`build` folds them into a graph and writes the graph
and its evidence file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError, InputError
from graphkit.graph import GraphBuilder, evidence_id
from graphkit.readers import ArticleReader, ReadStats
from graphkit.records import Article, Extraction


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
    jobs : int
        Worker processes for extraction (1 = in this process).
    cache_dir : path or None
        Where to cache extraction records; ``None`` turns the cache off.
    engine : {"local", "dask"}
    scheduler : str or None
        Address of a Dask scheduler (``--engine dask``); default a local cluster.
    progress : bool
        Show a progress bar on stderr (only on a terminal).
    """

    model: str | None = None
    registry: str | None = None
    actors: tuple[str, ...] = ()
    lexicon: str | None = None
    jobs: int = 1
    batch_size: int = 32
    cache_dir: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    progress: bool = False


@dataclass
class RunStats:
    """What a run read, skipped and produced."""

    read: int = 0
    skipped: int = 0
    extracted: int = 0
    cached: int = 0
    tokens: int = 0
    problems: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        """``5 articles read, 1 skipped``.

        >>> RunStats(read=5, skipped=1).summary()
        '5 articles read, 1 skipped'
        """
        return ReadStats(read=self.read, skipped=self.skipped).summary()


def _stderr_problem(err: InputError) -> None:
    print(f"graphkit: {err}", file=sys.stderr)


def extractions(
    inputs: Iterable[str | Path],
    options: Options | None = None,
    on_problem: Callable[[InputError], None] | None = _stderr_problem,
    stats: RunStats | None = None,
    stdin=None,
) -> Iterator[Extraction]:
    """Stream one extraction record per readable article with actors.

    Problems (unreadable inputs, articles with no actors) go to
    ``on_problem`` and are counted in ``stats``; everything else goes on.
    """
    options = options or Options()
    stats = stats if stats is not None else RunStats()

    def report(err: InputError) -> None:
        stats.problems.append(err)
        if on_problem is not None:
            on_problem(err)

    reader = ArticleReader(list(inputs), stdin=stdin, on_problem=report)
    from graphkit.engines import run_engine

    for article, record in run_engine(iter(reader), options, stats):
        for q in record.quotes:
            if q.cue.endswith("(unclosed)"):
                # Kept (it runs to the end of its paragraph), but worth a look.
                report(InputError(article.origin or article.id, f"quote at offset {q.start} has no closing mark"))
        if not record.actors:
            stats.skipped += 1
            report(InputError(article.origin or article.id, "no actors found"))
            continue
        yield record
    stats.read = reader.stats.read
    stats.skipped += reader.stats.skipped


def evidence_records(record: Extraction) -> Iterator[dict]:
    """The evidence lines of one article: its mentions, stances and quotes."""
    for kind, items in (("mention", record.mentions), ("stance", record.stances), ("quote", record.quotes)):
        for i, item in enumerate(items):
            yield {"id": evidence_id(record.article, kind, i), "kind": kind, "article": record.article, "date": record.date, **item.to_dict()}


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    stats: RunStats
    graph_path: Path | None = None
    evidence_path: Path | None = None


def evidence_path_for(graph_path: str | Path) -> Path:
    """``outputs/idlib.graphml`` -> ``outputs/idlib.evidence.jsonl``.

    >>> evidence_path_for("outputs/idlib.graphml").as_posix()
    'outputs/idlib.evidence.jsonl'
    """
    p = Path(graph_path)
    return p.with_name(p.name.split(".")[0] + ".evidence.jsonl")


def build(
    inputs: Iterable[str | Path],
    output: str | Path | None = None,
    window: str = "sentence",
    level: str = "actor",
    options: Options | None = None,
    on_problem: Callable[[InputError], None] | None = _stderr_problem,
    stdin=None,
) -> BuildResult:
    """Read, extract and fold ``inputs`` into a graph; write it and its evidence.

    The evidence file is written as extraction proceeds (to a temporary file,
    renamed at the end), so no per-article state is kept in memory.
    """
    from graphkit.export import atomic_open, export

    stats = RunStats()
    builder = GraphBuilder(window=window, level=level)
    records = extractions(inputs, options, on_problem=on_problem, stats=stats, stdin=stdin)
    evidence = evidence_path_for(output) if output else None
    if evidence is not None:
        evidence.parent.mkdir(parents=True, exist_ok=True)
        import json

        with atomic_open(evidence) as fh:
            for record in records:
                builder.add(record)
                for line in evidence_records(record):
                    fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        for record in records:
            builder.add(record)
    G = builder.graph()
    if output is not None:
        if G.number_of_nodes() == 0:
            raise GraphkitError(f"{output}: no actors found in any input; nothing written")
        export(G, output)
    return BuildResult(G, stats, Path(output) if output else None, evidence)
