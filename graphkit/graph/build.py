"""The whole flow as one library call: inputs -> extraction records -> graph and files.

The CLI is a thin layer over :func:`build` (and over
:func:`graphkit.extraction.run.extractions` for the commands that list
records); so is the benchmark. The evidence file is streamed as records are
folded, so memory grows with the graph, not with the corpus.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError, InputError
from graphkit.extraction.options import Options, RunStats
from graphkit.extraction.run import _stderr_problem, extractions
from graphkit.graph.builder import GraphBuilder, evidence_id
from graphkit.records import Extraction


def evidence_records(record: Extraction) -> Iterator[dict]:
    """The evidence lines of one article: its mentions, stances, quotes and one-sided events."""
    for kind, items in (("mention", record.mentions), ("stance", record.stances), ("quote", record.quotes), ("event", record.events)):
        for i, item in enumerate(items):
            yield {"id": evidence_id(record.article, kind, i), "kind": kind, "article": record.article, "date": record.date, **item.to_dict()}


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    stats: RunStats
    graph_path: Path | None = None
    evidence_path: Path | None = None


def _umask() -> int:
    from graphkit.io.atomic import _UMASK

    return _UMASK


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
    import json
    import os
    import tempfile

    from graphkit.graph.export import export
    from graphkit.io.atomic import write_error
    from graphkit.io.graphfile import graph_format
    from graphkit.io.guard import folder_lock, refuse_inputs_as_outputs

    inputs = list(inputs)
    evidence = evidence_path_for(output) if output else None
    if output is not None:
        # Checked before anything is read: a bad path costs no extraction.
        graph_format(output)
        refuse_inputs_as_outputs([output, evidence], inputs)
    stats = RunStats()
    builder = GraphBuilder(window=window, level=level)
    records = extractions(inputs, options, on_problem=on_problem, stats=stats, stdin=stdin)
    if evidence is None:
        for record in records:
            builder.add(record)
        return BuildResult(builder.graph(), stats, None, None)
    made = [d for d in [evidence.parent, *evidence.parent.parents] if not d.exists()]
    try:
        evidence.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=evidence.parent, prefix=f".{evidence.name}.", suffix=".tmp")
    except OSError as e:
        raise write_error(evidence, e) from None
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for record in records:
                    builder.add(record)
                    for line in evidence_records(record):
                        fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        except OSError as e:
            if e.filename not in (None, tmp):
                raise
            raise write_error(evidence, e) from None  # a full disk: one line, no traceback
        G = builder.graph()
        if G.number_of_nodes() == 0:
            raise GraphkitError(f"{output}: no actors found in any input; nothing written")
        os.chmod(tmp, 0o666 & ~_umask())
        # Graph and evidence are replaced together under a lock on their
        # folder: two runs writing the same output never leave a mixed pair.
        with folder_lock(evidence.parent):
            export(G, output)
            try:
                os.replace(tmp, evidence)
            except OSError as e:
                raise write_error(evidence, e) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        for d in made:  # a run that writes nothing leaves no new folder
            with contextlib.suppress(OSError):
                d.rmdir()
        raise
    return BuildResult(G, stats, Path(output) if output else None, evidence)
