"""Pick a graph format by file extension: :func:`write_graph` and :func:`read_graph`.

>>> import networkx as nx, tempfile, os
>>> G = nx.MultiDiGraph([("A", "B", "co-mention")])
>>> with tempfile.TemporaryDirectory() as d:
...     _ = write_graph(G, os.path.join(d, "g.json"))
...     sorted(read_graph(os.path.join(d, "g.json")).edges(keys=True))
[('A', 'B', 'co-mention')]
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError, InputError
from graphkit.io.csv_pair import _csv_pair, read_csv, write_csv
from graphkit.io.gexf import read_gexf, write_gexf
from graphkit.io.graphml import read_graphml, write_graphml
from graphkit.io.graphology import write_graphology
from graphkit.io.nodelink import read_json, write_json

FORMATS = ("graphml", "gexf", "json", "graphology", "csv")


def graph_format(path: str | os.PathLike, format: str | None = None) -> str:
    """The format named by ``format`` or by ``path``'s extension.

    Raises
    ------
    GraphkitError
        For a format graphkit does not write, so that a run can refuse a
        bad output path before it reads anything.

    >>> graph_format("out/g.GEXF")
    'gexf'
    """
    fmt = (format or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        shown = repr(fmt) if fmt else "none"
        raise GraphkitError(
            f"{path}: unknown export format {shown} (use one of: {', '.join(FORMATS)})"
        )
    return fmt


def write_graph(
    G: nx.Graph,
    path: str | os.PathLike,
    format: str | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
) -> list[Path]:
    """Write ``G`` in the format its extension (or ``format``) names.

    ``.graphml``, ``.gexf``, ``.json`` (networkx node-link), or ``.csv``
    (which writes ``<stem>.nodes.csv`` and ``<stem>.edges.csv`` beside
    ``path``); ``format="graphology"`` writes graphology's JSON.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    GraphkitError
        For an unknown format.
    """
    path = Path(path)
    fmt = graph_format(path, format)
    if fmt == "graphml":
        return [write_graphml(G, path, sizes=sizes, positions=positions)]
    if fmt == "gexf":
        return [write_gexf(G, path, positions=positions, sizes=sizes)]
    if fmt == "json":
        return [write_json(G, path, positions=positions)]
    if fmt == "graphology":
        return [write_graphology(G, path, positions=positions)]
    if fmt == "csv":
        stem = path.name[: -len(path.suffix)] if path.suffix else path.name
        return list(
            write_csv(
                G,
                path.with_name(f"{stem}.nodes.csv"),
                path.with_name(f"{stem}.edges.csv"),
            )
        )
    raise AssertionError(fmt)  # graph_format let an unknown format through


def read_graph(path: str | os.PathLike, format: str | None = None) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_graph`, by extension or ``format``.

    For CSV, ``path`` may name either table (``g.nodes.csv``,
    ``g.edges.csv``) or their common stem (``g.csv``).

    Raises
    ------
    InputError
        For an unknown format or an unreadable file.

    >>> import tempfile, os
    >>> G = nx.MultiDiGraph([("A", "B", "co-mention")])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_graph(G, os.path.join(d, "g.csv"))
    ...     sorted(read_graph(os.path.join(d, "g.edges.csv")).edges(keys=True))
    [('A', 'B', 'co-mention')]
    """
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    readers = {"graphml": read_graphml, "gexf": read_gexf, "json": read_json, "graphology": read_json}
    if fmt in readers or fmt == "csv":
        try:
            G = read_csv(*_csv_pair(path)) if fmt == "csv" else readers[fmt](path)
        except RecursionError:
            raise InputError(str(path), "nested too deeply to be a graph file") from None
        return _checked_attributes(G, path)
    shown = repr(fmt) if fmt else "none"
    raise InputError(
        str(path), f"unknown graph format {shown} (use one of: {', '.join(FORMATS)})"
    )


# Numeric attributes analysis and the writers compute with, by scope: the
# check each value must pass and what the message says it is not.
_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_COUNT = ("a whole number >= 0", lambda x: x >= 0 and float(x).is_integer(), int)
_POSITIVE = ("a number >= 0", lambda x: x >= 0, float)
_ANY = ("a finite number", lambda x: True, float)
_NUMERIC = {
    "edge": {"weight": _POSITIVE, "score": _ANY, "articles": _COUNT,
             "sign": ("-1, 0 or 1", lambda x: x in (-1, 0, 1), int),
             **{q: _POSITIVE for q in _QUADS}},
    "node": {"mentions": _COUNT, "articles": _COUNT, "size": _POSITIVE, "x": _ANY, "y": _ANY,
             **{c: ("a whole number 0-255", lambda x: 0 <= x <= 255 and float(x).is_integer(), int) for c in "rgb"},
             **{f"events_{q}": _COUNT for q in _QUADS}},
    "graph": {"articles": _COUNT, "dated_articles": _COUNT},
}


def _number(value: object) -> float | None:
    """``value`` as a finite number (numbers and numeric text), else None."""
    import math

    if isinstance(value, bool):
        return None
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return x if math.isfinite(x) else None


def _check(data: dict, scope: str, what: str, path: Path) -> None:
    for name, (says, ok, kind) in _NUMERIC[scope].items():
        if name not in data:
            continue
        value = data[name]
        if value is None or value == "":
            # JSON null, an empty cell: no value, as the writers treat it.
            del data[name]
            continue
        x = _number(value)
        if x is None or not ok(x):
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            raise InputError(str(path), f"{what}: {name} {shown} is not {says}")
        if not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
            data[name] = kind(x)


def _checked_attributes(G: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    """Every number analysis computes with checked, or one line saying which node or edge has what.

    Analysis divides and sums by weight, score and sign, and the writers
    size and colour nodes: a string, NaN or negative weight would end in a
    traceback far from the file that held it. A null (JSON ``null``) is no
    value and is dropped; numbers given as text are read as numbers.
    """
    _check(G.graph, "graph", "graph", path)
    for n, d in G.nodes(data=True):
        _check(d, "node", f"node {str(n)[:40]}", path)
    for u, v, k, d in G.edges(keys=True, data=True):
        _check(d, "edge", f"edge {str(u)[:40]} -> {str(v)[:40]} ({str(k)[:20]})", path)
    return G
