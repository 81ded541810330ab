"""Write the actor graph for Gephi, the web and spreadsheets.

Every writer here takes the graph described in ``docs/GRAPH_SCHEMA.md`` (a
:class:`networkx.MultiDiGraph` keyed by edge kind) and writes one file
atomically: the output is first written to a temporary file in the same
directory, then renamed over the target, so a reader never sees half a file
and a failed write leaves the old file (or none) in place.

Outputs are deterministic: nodes are written sorted by name, edges by
``(source, target, key)`` and attributes by name, so the same graph always
gives the same bytes.

Formats
-------
GraphML (:func:`write_graphml`)
    For Gephi, yEd, Cytoscape and networkx. Node colour as ``r``/``g``/``b``
    ints, ``size`` float, ``x``/``y`` when a layout is given.
GEXF 1.3 (:func:`write_gexf`)
    Gephi's own format, with ``viz`` colour, size and position, typed
    attribute columns and, when nodes or edges carry ``first_date`` /
    ``last_date``, spells so that Gephi's timeline can play the graph.
JSON (:func:`write_json`)
    networkx node-link data for D3 or sigma.js.
CSV (:func:`write_csv`)
    Two files for Gephi's spreadsheet import (``Id,Label,...`` and
    ``Source,Target,Type,Weight,Kind,...``).

Attributes that Gephi cannot read (lists, dicts, ``None``, empty strings,
NaN and infinities) are cleaned the same way for every format by
:func:`gephi_ready`: lists become ``"; "``-joined strings, the rest are left
out, and each attribute is given one type across all nodes (or edges).

>>> import networkx as nx, tempfile, os
>>> G = nx.MultiDiGraph()
>>> G.add_node("Turkey", label="Turkey", type="state")
>>> G.add_node("Russia", label="Russia", type="state")
>>> _ = G.add_edge("Russia", "Turkey", key="co-mention", kind="co-mention", weight=2.0)
>>> with tempfile.TemporaryDirectory() as d:
...     path = export(G, os.path.join(d, "g.graphml"))[0]
...     H = read_graphml(path)
>>> sorted(H.edges(keys=True))
[('Russia', 'Turkey', 'co-mention')]
>>> H.nodes["Turkey"]["r"], H.nodes["Turkey"]["g"], H.nodes["Turkey"]["b"]
(0, 114, 178)
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import io
import json
import math
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

import networkx as nx

from graphkit import __version__
from graphkit.errors import GraphkitError, InputError

__all__ = [
    "COOPERATION_COLOUR",
    "CONFLICT_COLOUR",
    "NEUTRAL_COLOUR",
    "COMENTION_COLOUR",
    "FORMATS",
    "GEPHI_SCALE",
    "TYPE_COLOURS",
    "atomic_open",
    "atomic_write",
    "export",
    "gephi_ready",
    "hex_colour",
    "prominence",
    "read_csv",
    "read_evidence",
    "read_gexf",
    "read_graph",
    "read_graphml",
    "read_json",
    "scale_sizes",
    "simple_projection",
    "type_colour",
    "write_csv",
    "write_evidence",
    "write_gexf",
    "write_graphml",
    "write_json",
]

# ---------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------

#: Node colour (r, g, b) by actor type, from the Okabe-Ito palette, which
#: stays distinguishable under the common colour-vision deficiencies. Plots
#: and exports both read it, so Gephi and the PNG agree.
TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "state": (0, 114, 178),  # blue
    "leader": (230, 159, 0),  # orange
    "armed_group": (204, 121, 167),  # reddish purple
    "organization": (240, 228, 66),  # yellow
    "unknown": (153, 153, 153),  # grey
}

#: Stance edge colours: cooperation bluish green, conflict vermillion
#: (Okabe-Ito), mixed/neutral grey; co-mention light grey.
COOPERATION_COLOUR: tuple[int, int, int] = (0, 158, 115)
CONFLICT_COLOUR: tuple[int, int, int] = (213, 94, 0)
NEUTRAL_COLOUR: tuple[int, int, int] = (110, 110, 110)
COMENTION_COLOUR: tuple[int, int, int] = (170, 170, 170)


def type_colour(actor_type: Any) -> tuple[int, int, int]:
    """The (r, g, b) colour of an actor type; unknown types are grey.

    >>> type_colour("leader")
    (230, 159, 0)
    >>> type_colour(None) == TYPE_COLOURS["unknown"]
    True
    """
    return TYPE_COLOURS.get(actor_type, TYPE_COLOURS["unknown"])  # type: ignore[arg-type]


def hex_colour(rgb: tuple[int, int, int]) -> str:
    """``#rrggbb`` for an (r, g, b) triple of ints.

    >>> hex_colour((0, 114, 178))
    '#0072b2'
    """
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _stance_colour(sign: Any) -> tuple[int, int, int]:
    if isinstance(sign, (int, float)) and sign > 0:
        return COOPERATION_COLOUR
    if isinstance(sign, (int, float)) and sign < 0:
        return CONFLICT_COLOUR
    return NEUTRAL_COLOUR


# ---------------------------------------------------------------------------
# Atomic writes
# ---------------------------------------------------------------------------

# Read once: os.umask can only be read by setting it, which is not
# thread-safe, and mkstemp creates files 0600 that we widen to the usual mode.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextmanager
def atomic_open(
    path: str | os.PathLike,
    mode: str = "w",
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` on success.

    If the body raises, the temporary file is removed and ``path`` is left
    as it was (or absent). This is the one place in graphkit that writes
    output files.

    Parameters
    ----------
    path : path-like
        The file to create or replace.
    mode : {"w", "wb"}
        Text or binary.
    encoding : str, optional
        Text encoding (ignored in binary mode).
    newline : str, optional
        As for :func:`open`; ``""`` for the :mod:`csv` module.

    Raises
    ------
    GraphkitError
        When the directory does not exist or cannot be written.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "out.txt")
    ...     with atomic_open(p) as f:
    ...         _ = f.write("hello")
    ...     print(open(p).read(), os.listdir(d))
    hello ['out.txt']
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open: mode must be 'w' or 'wb', not {mode!r}")
    path = Path(path)
    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as e:
        reason = e.strerror or str(e)
        if not directory.is_dir():
            reason = f"directory {str(directory)!r} does not exist"
        raise GraphkitError(f"{path}: cannot write: {reason}") from None
    try:
        if "b" in mode:
            f = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with f:
            yield f
        os.chmod(tmp, 0o666 & ~_UMASK)
        try:
            os.replace(tmp, path)
        except OSError as e:
            raise GraphkitError(f"{path}: cannot write: {e.strerror or e}") from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(
    path: str | os.PathLike,
    content: bytes | str | Callable[[IO[bytes]], Any],
) -> Path:
    """Write ``content`` to ``path`` atomically and return the path.

    Parameters
    ----------
    path : path-like
        The file to create or replace.
    content : bytes, str or callable
        Bytes are written as they are, a str as UTF-8, and a callable is
        called with a binary file object to write into (for example
        ``lambda f: fig.savefig(f, format="png")``). If the callable raises,
        nothing is left behind.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = atomic_write(os.path.join(d, "x.bin"), lambda f: f.write(b"ok"))
    ...     p.read_bytes()
    b'ok'
    """
    if isinstance(content, str):
        content = content.encode("utf-8")
    with atomic_open(path, "wb") as f:
        if isinstance(content, (bytes, bytearray, memoryview)):
            f.write(content)
        elif callable(content):
            content(f)
        else:
            raise TypeError(
                f"atomic_write: content must be bytes, str or callable, "
                f"not {type(content).__name__}"
            )
    return Path(path)


# ---------------------------------------------------------------------------
# Cleaning attributes so every format (and Gephi) can hold them
# ---------------------------------------------------------------------------

_DROP = object()

# Attributes whose type the writers fix, whatever the values look like, so
# that Gephi always sees the same column type (weight a double even when all
# counts happen to be whole numbers).
_FLOAT_ATTRS = {
    "node": frozenset({"size", "x", "y"}),
    "edge": frozenset({"weight", "score"}),
    "graph": frozenset(),
}
_INT_ATTRS = {
    "node": frozenset({"r", "g", "b"}),
    "edge": frozenset(),
    "graph": frozenset(),
}

# Characters XML 1.0 cannot hold at all (most C0 controls, surrogates,
# U+FFFE/U+FFFF).
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _scalar(value: Any) -> Any:
    """A plain Python scalar for ``value``, or ``_DROP``."""
    if value is None:
        return _DROP
    item = getattr(value, "item", None)
    # numpy scalars (and 0-d arrays) turn into Python numbers.
    if item is not None and getattr(value, "shape", None) == ():
        value = item()
    elif hasattr(value, "tolist") and getattr(value, "shape", None):
        value = value.tolist()  # numpy arrays: joined like lists
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _DROP
    if isinstance(value, str):
        return value if value else _DROP
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = [_scalar(v) for v in value]
        parts = [str(p) for p in parts if p is not _DROP]
        if isinstance(value, (set, frozenset)):
            parts.sort()
        joined = "; ".join(p for p in parts if p)
        return joined if joined else _DROP
    if isinstance(value, Mapping):
        return _DROP
    text = str(value)  # dates and other objects with a readable str
    return text if text else _DROP


def _clean(data: Mapping, xml: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in sorted(data, key=str):
        value = _scalar(data[key])
        if xml and isinstance(value, str):
            # XML parsers turn \r\n and \r into \n; do it here so that what
            # is written is what is read back.
            value = _XML_BAD.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
            value = value or _DROP
        if value is not _DROP:
            out[str(key)] = value
    return out


_RANK = {bool: 0, int: 1, float: 2, str: 3}


def _convert(value: Any, to: type) -> Any:
    if to is str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return value if isinstance(value, str) else repr(value)
    if to is float:
        return float(value)
    if to is int:
        return int(value)
    return value


def _unify(items: list[dict[str, Any]], scope: str, where: str) -> None:
    """Give each attribute one type across ``items`` (in place)."""
    kinds: dict[str, set[type]] = {}
    for data in items:
        for k, v in data.items():
            kinds.setdefault(k, set()).add(type(v))
    for name, types in kinds.items():
        if name in _FLOAT_ATTRS[scope]:
            target: type = float
        elif name in _INT_ATTRS[scope]:
            target = int
        else:
            target = max(types, key=_RANK.__getitem__)
            if target is bool and len(types) == 1:
                continue
        for data in items:
            if name in data and type(data[name]) is not target:
                try:
                    data[name] = (
                        int(round(float(data[name])))
                        if target is int and not isinstance(data[name], str)
                        else _convert(data[name], target)
                    )
                except (TypeError, ValueError):
                    raise GraphkitError(
                        f"{where}: {scope} attribute {name!r} has value "
                        f"{data[name]!r}, not a number"
                    ) from None


def simple_projection(G: nx.Graph) -> nx.Graph:
    """Undirected simple graph with edge ``weight`` summed over kinds and directions.

    Missing weights count 1; negative weights count 0.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="co-mention", weight=2.0)
    >>> _ = G.add_edge("B", "A", key="stance", weight=1.0)
    >>> simple_projection(G)["A"]["B"]["weight"]
    3.0
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes, key=str))
    for u, v, data in sorted(
        G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))
    ):
        if u == v:
            continue
        w = data.get("weight", 1.0)
        w = float(w) if isinstance(w, (int, float)) and math.isfinite(w) else 1.0
        w = max(w, 0.0)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def prominence(G: nx.Graph) -> dict[str, float]:
    """PageRank on :func:`simple_projection`: the default node size.

    The analysis package computes richer measures; this one exists so that
    plots and exports have a sensible size without depending on it.

    >>> G = nx.MultiDiGraph([("A", "B"), ("A", "C")])
    >>> p = prominence(G)
    >>> max(p, key=p.get)
    'A'
    """
    H = simple_projection(G)
    if H.number_of_nodes() == 0:
        return {}
    # Relative weights: PageRank only needs proportions, and weights near the
    # float limits (tiny or huge) would otherwise overflow its normalisation.
    wmax = max((d["weight"] for _, _, d in H.edges(data=True)), default=0.0)
    for u, v, d in list(H.edges(data=True)):
        rel = d["weight"] / wmax if wmax > 0 else 0.0
        if rel < 1e-9:
            H.remove_edge(u, v)
        else:
            d["weight"] = rel
    if H.number_of_edges() == 0:
        return {n: 1.0 / H.number_of_nodes() for n in H}
    try:
        return nx.pagerank(H, weight="weight", max_iter=1000)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - defensive
        total = sum(d for _, d in H.degree(weight="weight")) or 1.0
        return {n: d / total for n, d in H.degree(weight="weight")}


def scale_sizes(
    values: Mapping[Any, float], lo: float = 10.0, hi: float = 50.0
) -> dict[Any, float]:
    """Map values linearly onto ``[lo, hi]`` (all equal: the middle).

    Results are rounded to 3 decimals so that files do not change with the
    last bits of a floating-point sum.

    >>> scale_sizes({"a": 0.1, "b": 0.3, "c": 0.2})
    {'a': 10.0, 'b': 50.0, 'c': 30.0}
    """
    finite = {k: float(v) for k, v in values.items() if math.isfinite(float(v))}
    if not finite:
        return {k: round((lo + hi) / 2, 3) for k in values}
    vmin, vmax = min(finite.values()), max(finite.values())
    out = {}
    for k in values:
        v = finite.get(k, vmin)
        frac = 0.5 if vmax - vmin <= 1e-12 * max(1.0, abs(vmax)) else (v - vmin) / (vmax - vmin)
        out[k] = round(lo + (hi - lo) * frac, 3)
    return out


#: Gephi draws nodes 10-50 units wide; layouts are in [-1, 1], so the
#: positions written to GraphML and GEXF are multiplied by this.
GEPHI_SCALE = 1000.0


def _gephi_positions(positions):
    if positions is None:
        return None
    return {
        n: (round(float(x) * GEPHI_SCALE, 2), round(float(y) * GEPHI_SCALE, 2))
        for n, (x, y) in positions.items()
    }


def gephi_ready(
    G: nx.Graph,
    sizes: Mapping[str, float] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    *,
    fill: bool = True,
    xml: bool = False,
    where: str = "graph",
) -> nx.MultiDiGraph:
    """A sorted, cleaned copy of ``G`` with what Gephi needs filled in.

    Every node gets ``label`` (its name), ``r``/``g``/``b`` (its type's
    colour) and ``size`` when it has none; ``sizes`` (raw centrality values,
    scaled to 10-50) and ``positions`` (which set ``x``/``y``) override.
    Attribute values are cleaned as the module docstring says. This is the
    graph the writers write and the readers read back.

    Parameters
    ----------
    G : networkx graph
        The actor graph; any networkx graph is accepted and returned as a
        MultiDiGraph.
    sizes : dict, optional
        Centrality by node; default :func:`prominence`.
    positions : dict, optional
        ``(x, y)`` by node.
    fill : bool
        Add ``label``, colour and ``size``; with False only clean and sort.
    xml : bool
        Also remove characters XML 1.0 cannot hold from strings.
    where : str
        Names the output in error messages.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Hamas", type="armed_group", aliases=["Hamas", ""], note=None)
    >>> d = gephi_ready(G).nodes["Hamas"]
    >>> d["aliases"], d["label"], (d["r"], d["g"], d["b"]), d["size"], "note" in d
    ('Hamas', 'Hamas', (204, 121, 167), 30.0, False)
    """
    H = nx.MultiDiGraph()
    H.graph.update(_clean(G.graph, xml))
    nodes = sorted(G.nodes(data=True), key=lambda n: str(n[0]))
    if not fill:
        scaled = {}
    elif sizes is not None:
        scaled = scale_sizes({n: sizes.get(n, 0.0) for n, _ in nodes})
    elif any("size" not in d for _, d in nodes):
        scaled = scale_sizes(prominence(G)) if nodes else {}
    else:
        scaled = {}
    for n, data in nodes:
        d = _clean(data, xml)
        if fill:
            d.setdefault("label", str(n))
            if not all(c in d for c in ("r", "g", "b")):
                d["r"], d["g"], d["b"] = type_colour(d.get("type"))
            if sizes is not None or "size" not in d:
                d["size"] = scaled[n]
        if positions is not None and n in positions:
            x, y = positions[n]
            d["x"], d["y"] = float(x), float(y)
        d = dict(sorted(d.items()))
        H.add_node(n, **d)
    _unify([d for _, d in H.nodes(data=True)], "node", where)
    if G.is_multigraph():
        edges = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(u, v, d.get("kind", 0), d) for u, v, d in G.edges(data=True)]
    edges.sort(key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, k, data in edges:
        H.add_edge(u, v, key=k, **_clean(data, xml))
    _unify([d for _, _, d in H.edges(data=True)], "edge", where)
    _unify([H.graph], "graph", where)
    return H


# ---------------------------------------------------------------------------
# GraphML
# ---------------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_INT32 = 2**31


def _xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _column_types(items: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """One GraphML/GEXF type name per attribute (after :func:`_unify`)."""
    types: dict[str, str] = {}
    for data in items:
        for k, v in data.items():
            if isinstance(v, bool):
                t = "boolean"
            elif isinstance(v, int):
                t = "long" if not -_INT32 <= v < _INT32 else "int"
                if types.get(k) == "long":
                    t = "long"
            elif isinstance(v, float):
                t = "double"
            else:
                t = "string"
            types[k] = t
    return dict(sorted(types.items()))


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    buf = io.BytesIO()
    ET.ElementTree(root).write(buf, encoding="utf-8", xml_declaration=True)
    buf.write(b"\n")
    return buf.getvalue()


def _edge_id(u: Any, v: Any, key: Any) -> str:
    # Gephi drops edges whose id repeats, so ids must be unique; the key is
    # the tail after "source|target|", which read_graphml takes back off.
    return f"{u}|{v}|{key}"


def _check_ids(H: nx.MultiDiGraph, path: Any) -> None:
    for n in H.nodes:
        if _XML_BAD.search(str(n)):
            raise GraphkitError(
                f"{path}: node {str(n)!r} has characters XML cannot hold"
            )


def write_graphml(
    G: nx.Graph,
    path: str | os.PathLike,
    sizes: Mapping[str, float] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Path:
    """Write ``G`` as GraphML that Gephi opens with labels, colours and sizes.

    Keys are declared with Gephi's types: ``r``/``g``/``b`` ``int``,
    ``size``/``x``/``y``/``weight`` ``double``, counts ``int`` (``long`` when
    a value does not fit 32 bits), flags ``boolean``, the rest ``string``.
    Each edge's id is ``source|target|key`` (Gephi needs unique ids);
    :func:`read_graphml` turns it back into the key.

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    path : path-like
        Output file.
    sizes : dict, optional
        Centrality by node, as for :func:`gephi_ready`.
    positions : dict, optional
        Layout in ``[-1, 1]`` (:func:`graphkit.plot.layout`), written as
        ``x``/``y`` times :data:`GEPHI_SCALE` (to 2 decimals); without it
        ``x``/``y`` are
        written only when the nodes already have them.
    """
    H = gephi_ready(G, sizes, _gephi_positions(positions), xml=True, where=str(path))
    _check_ids(H, path)
    scopes = {
        "graph": _column_types([H.graph]),
        "node": _column_types(d for _, d in H.nodes(data=True)),
        "edge": _column_types(d for _, _, d in H.edges(data=True)),
    }
    root = ET.Element(
        "graphml",
        {
            "xmlns": _GRAPHML_NS,
            "xmlns:xsi": _XSI,
            "xsi:schemaLocation": f"{_GRAPHML_NS} {_GRAPHML_NS}/1.0/graphml.xsd",
        },
    )
    ids: dict[tuple[str, str], str] = {}
    for scope, columns in scopes.items():
        for name, xml_type in columns.items():
            kid = f"d{len(ids)}"
            ids[(scope, name)] = kid
            ET.SubElement(
                root,
                "key",
                {"id": kid, "for": scope, "attr.name": name, "attr.type": xml_type},
            )
    graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})

    def add_data(parent: ET.Element, scope: str, data: Mapping[str, Any]) -> None:
        for name, value in data.items():
            el = ET.SubElement(parent, "data", {"key": ids[(scope, name)]})
            el.text = _xml_text(value)

    add_data(graph, "graph", H.graph)
    for n, data in H.nodes(data=True):
        add_data(ET.SubElement(graph, "node", {"id": str(n)}), "node", data)
    for u, v, k, data in H.edges(keys=True, data=True):
        el = ET.SubElement(
            graph,
            "edge",
            {"id": _edge_id(u, v, k), "source": str(u), "target": str(v)},
        )
        add_data(el, "edge", data)
    return atomic_write(path, _serialise(root))


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read GraphML (as written by :func:`write_graphml`) into a MultiDiGraph.

    Parsing is networkx's; edge keys come back from the ``source|target|key``
    ids. Files from other tools are read too: edges without such ids get
    their id (or a number) as key.

    Raises
    ------
    InputError
        When the file is missing or is not GraphML.
    """
    try:
        raw = nx.read_graphml(
            path, node_type=str, edge_key_type=str, force_multigraph=True
        )
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError, OSError) as e:
        raise InputError(str(path), f"not readable as GraphML ({e})") from None
    G = nx.MultiDiGraph()
    # networkx files <default> values under these two names; they are not
    # graph attributes.
    G.graph.update(sorted(
        (k, v) for k, v in raw.graph.items() if k not in ("node_default", "edge_default")
    ))
    G.add_nodes_from(sorted(raw.nodes(data=True), key=lambda n: n[0]))
    edges = []
    for u, v, k, data in raw.edges(keys=True, data=True):
        prefix = f"{u}|{v}|"
        if isinstance(k, str) and k.startswith(prefix):
            k = k[len(prefix):]
        edges.append((u, v, k, data))
    for u, v, k, data in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
        G.add_edge(u, v, key=k, **dict(sorted(data.items())))
    return G


# ---------------------------------------------------------------------------
# GEXF 1.3
# ---------------------------------------------------------------------------

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
_GEXF_TYPE = {"int": "integer", "long": "long", "double": "double",
              "boolean": "boolean", "string": "string"}
_GEXF_INT_TYPES = {"integer", "long", "short", "byte", "biginteger", "int"}
_GEXF_FLOAT_TYPES = {"double", "float", "bigdecimal"}
# Node attributes carried by reserved XML attributes or viz elements.
_NODE_RESERVED = {"label", "r", "g", "b", "size", "x", "y"}
_EDGE_RESERVED = {"label", "weight"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _iso_date(value: Any) -> str | None:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return None
        return value
    return None


def _spell(parent: ET.Element, data: Mapping[str, Any]) -> bool:
    start, end = _iso_date(data.get("first_date")), _iso_date(data.get("last_date"))
    if start is None and end is None:
        return False
    attrs = {}
    if start is not None:
        attrs["start"] = start
    if end is not None:
        attrs["end"] = end
    ET.SubElement(ET.SubElement(parent, "spells"), "spell", attrs)
    return True


def _edge_label(key: Any, data: Mapping[str, Any]) -> str:
    return str(data.get("kind", key))


def write_gexf(
    G: nx.Graph,
    path: str | os.PathLike,
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
) -> Path:
    """Write ``G`` as GEXF 1.3 for Gephi.

    Nodes carry ``label`` and ``viz:color``/``viz:size``/``viz:position``;
    edges carry ``label`` (the edge's kind unless it has its own label),
    ``weight``, and ``kind`` = the edge key (so that Gephi keeps a stance and
    a co-mention edge between the same pair apart); co-mention edges are
    ``type="undirected"``. Other attributes are typed ``<attvalue>`` columns
    (the edge's ``kind`` attribute among them). Nodes and edges with ISO
    ``first_date``/``last_date`` get a ``<spell>`` and the graph is written
    ``mode="dynamic" timeformat="date"``, so Gephi's timeline plays it.

    Graph-level attributes have no place in GEXF and are not written (the
    generator goes to ``<meta><creator>``).

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    path : path-like
        Output file.
    positions : dict, optional
        Layout in ``[-1, 1]``, normally the plot's, written times
        :data:`GEPHI_SCALE` (to 2 decimals); default the nodes' own ``x``/``y`` when all have
        them, else :func:`graphkit.plot.layout`.
    sizes : dict, optional
        Centrality by node, as for :func:`gephi_ready`.
    """
    if positions is None and not all(
        "x" in d and "y" in d for _, d in G.nodes(data=True)
    ):
        from graphkit.plot import layout  # lazy: plot imports matplotlib

        positions = layout(G)
    H = gephi_ready(G, sizes, _gephi_positions(positions), xml=True, where=str(path))
    _check_ids(H, path)
    node_cols = _column_types(
        {k: v for k, v in d.items() if k not in _NODE_RESERVED}
        for _, d in H.nodes(data=True)
    )
    edge_cols = _column_types(
        {k: v for k, v in d.items() if k not in _EDGE_RESERVED}
        for _, _, d in H.edges(data=True)
    )
    root = ET.Element(
        "gexf",
        {
            "xmlns": GEXF_NS,
            "xmlns:viz": GEXF_VIZ_NS,
            "xmlns:xsi": _XSI,
            "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd",
            "version": "1.3",
        },
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = str(
        H.graph.get("generator", f"graphkit {__version__}")
    )
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed"})
    node_ids, edge_ids = {}, {}
    for cls, cols, ids in (("node", node_cols, node_ids), ("edge", edge_cols, edge_ids)):
        if not cols:
            continue
        decl = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for i, (title, t) in enumerate(cols.items()):
            ids[title] = str(i)
            ET.SubElement(
                decl, "attribute", {"id": str(i), "title": title, "type": _GEXF_TYPE[t]}
            )

    def attvalues(parent: ET.Element, data: Mapping[str, Any], ids: dict) -> None:
        values = [(ids[k], v) for k, v in data.items() if k in ids]
        if values:
            box = ET.SubElement(parent, "attvalues")
            for aid, v in values:
                ET.SubElement(box, "attvalue", {"for": aid, "value": _xml_text(v)})

    dynamic = False
    nodes_el = ET.SubElement(graph, "nodes")
    # Prefixed tag names written literally: the root declares xmlns:viz, and
    # ElementTree would otherwise invent an "ns0" prefix.
    for n, d in H.nodes(data=True):
        el = ET.SubElement(nodes_el, "node", {"id": str(n), "label": str(d["label"])})
        attvalues(el, d, node_ids)
        dynamic |= _spell(el, d)
        ET.SubElement(
            el, "viz:color",
            {"r": str(d["r"]), "g": str(d["g"]), "b": str(d["b"])},
        )
        ET.SubElement(el, "viz:size", {"value": _xml_text(d["size"])})
        if "x" in d and "y" in d:
            ET.SubElement(
                el, "viz:position",
                {"x": _xml_text(d["x"]), "y": _xml_text(d["y"]), "z": "0.0"},
            )
    edges_el = ET.SubElement(graph, "edges")
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True)):
        attrs = {"id": str(i), "source": str(u), "target": str(v)}
        kind = d.get("kind", k)
        if kind == "co-mention":
            attrs["type"] = "undirected"
        attrs["label"] = str(d.get("label", _edge_label(k, d)))
        attrs["kind"] = str(k)
        if "weight" in d:
            attrs["weight"] = _xml_text(d["weight"])
        el = ET.SubElement(edges_el, "edge", attrs)
        attvalues(el, d, edge_ids)
        dynamic |= _spell(el, d)
        rgb = COMENTION_COLOUR if kind == "co-mention" else _stance_colour(d.get("sign"))
        ET.SubElement(
            el, "viz:color",
            {"r": str(rgb[0]), "g": str(rgb[1]), "b": str(rgb[2])},
        )
    graph.set("mode", "dynamic" if dynamic else "static")
    if dynamic:
        graph.set("timeformat", "date")
    return atomic_write(path, _serialise(root))


def _gexf_value(text: str, gexf_type: str) -> Any:
    if gexf_type in _GEXF_INT_TYPES:
        return int(text)
    if gexf_type in _GEXF_FLOAT_TYPES:
        return float(text)
    if gexf_type == "boolean":
        return text.strip().lower() == "true"
    return text


def read_gexf(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read GEXF 1.3 (as written by :func:`write_gexf`) into a MultiDiGraph.

    ``viz:color`` becomes ``r``/``g``/``b``, ``viz:size`` ``size``,
    ``viz:position`` ``x``/``y``; an edge's ``kind`` is its key, and its
    label is kept only when it differs from its kind.

    Raises
    ------
    InputError
        When the file is missing, is not XML, or is not GEXF 1.3.
    """
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (ET.ParseError, OSError) as e:
        raise InputError(str(path), f"not readable as XML ({e})") from None
    ns, viz = f"{{{GEXF_NS}}}", f"{{{GEXF_VIZ_NS}}}"
    if root.tag != f"{ns}gexf":
        raise InputError(str(path), "not a GEXF 1.3 file (root element or namespace)")
    graph = root.find(f"{ns}graph")
    if graph is None:
        raise InputError(str(path), "GEXF file has no <graph>")
    declared: dict[str, dict[str, tuple[str, str, str | None]]] = {"node": {}, "edge": {}}
    for decl in graph.findall(f"{ns}attributes"):
        cls = decl.get("class", "node")
        for a in decl.findall(f"{ns}attribute"):
            default = a.find(f"{ns}default")
            declared.setdefault(cls, {})[a.get("id", "")] = (
                a.get("title", a.get("id", "")),
                a.get("type", "string"),
                default.text if default is not None else None,
            )

    def values(el: ET.Element, cls: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        decl = declared.get(cls, {})
        for title, t, default in decl.values():
            if default is not None:
                out[title] = _gexf_value(default, t)
        box = el.find(f"{ns}attvalues")
        for av in box.findall(f"{ns}attvalue") if box is not None else ():
            aid = av.get("for", av.get("id", ""))
            title, t, _ = decl.get(aid, (aid, "string", None))
            try:
                out[title] = _gexf_value(av.get("value", ""), t)
            except ValueError:
                raise InputError(
                    str(path), f"attribute {title!r} value {av.get('value')!r} is not {t}"
                ) from None
        return out

    G = nx.MultiDiGraph()
    nodes_el = graph.find(f"{ns}nodes")
    nodes = []
    for el in nodes_el.findall(f"{ns}node") if nodes_el is not None else ():
        nid = el.get("id")
        if nid is None:
            raise InputError(str(path), "a node has no id")
        d = values(el, "node")
        if el.get("label") is not None:
            d["label"] = el.get("label")
        colour = el.find(f"{viz}color")
        if colour is not None:
            for c in "rgb":
                if colour.get(c) is not None:
                    d[c] = int(colour.get(c))
        size = el.find(f"{viz}size")
        if size is not None and size.get("value") is not None:
            d["size"] = float(size.get("value"))
        pos = el.find(f"{viz}position")
        if pos is not None:
            d["x"], d["y"] = float(pos.get("x", 0.0)), float(pos.get("y", 0.0))
        nodes.append((nid, dict(sorted(d.items()))))
    G.add_nodes_from(sorted(nodes, key=lambda n: n[0]))
    edges_el = graph.find(f"{ns}edges")
    edges = []
    for i, el in enumerate(edges_el.findall(f"{ns}edge") if edges_el is not None else ()):
        u, v = el.get("source"), el.get("target")
        if u is None or v is None:
            raise InputError(str(path), f"edge {el.get('id', i)} has no source or target")
        key = el.get("kind", el.get("id", str(i)))
        d = values(el, "edge")
        if el.get("weight") is not None:
            d["weight"] = float(el.get("weight"))
        label = el.get("label")
        if label is not None and label != _edge_label(key, d):
            d["label"] = label
        edges.append((u, v, key, dict(sorted(d.items()))))
    for u, v, k, d in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        G.add_edge(u, v, key=k, **d)
    return G


# ---------------------------------------------------------------------------
# JSON (node-link)
# ---------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    item = getattr(value, "item", None)
    if item is not None and getattr(value, "shape", None) == ():
        return item()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_json(
    G: nx.Graph,
    path: str | os.PathLike,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Path:
    """Write node-link JSON (``nx.node_link_data(G, edges="links")``) for D3/sigma.js.

    Nodes are sorted by name, links by ``(source, target, key)``, object
    keys sorted. Attribute values are kept as they are (JSON holds lists);
    ``positions`` adds ``x``/``y`` to the nodes.

    Raises
    ------
    GraphkitError
        When an attribute value has no JSON form (NaN, an object).
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n, d in sorted(G.nodes(data=True), key=lambda n: str(n[0])):
        d = dict(d)
        if positions is not None and n in positions:
            d["x"], d["y"] = float(positions[n][0]), float(positions[n][1])
        H.add_node(n, **d)
    if G.is_multigraph():
        edges = list(G.edges(keys=True, data=True))
    else:
        edges = [(u, v, d.get("kind", 0), d) for u, v, d in G.edges(data=True)]
    for u, v, k, d in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        H.add_edge(u, v, key=k, **d)
    data = nx.node_link_data(H, edges="links")
    try:
        text = json.dumps(
            data, ensure_ascii=False, sort_keys=True, indent=1,
            allow_nan=False, default=_json_default,
        )
    except (TypeError, ValueError) as e:
        raise GraphkitError(f"{path}: cannot write as JSON: {e}") from None
    return atomic_write(path, text + "\n")


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read node-link JSON written by :func:`write_json`.

    Raises
    ------
    InputError
        When the file is missing, is not JSON, or is not node-link data.
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(str(path), f"not readable as JSON ({e})") from None
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (KeyError, TypeError, AttributeError, nx.NetworkXError) as e:
        raise InputError(str(path), f"not node-link graph data (missing {e})") from None


# ---------------------------------------------------------------------------
# CSV (Gephi spreadsheet import)
# ---------------------------------------------------------------------------

# Column types from docs/GRAPH_SCHEMA.md, so that reading back does not have
# to guess (a country code or an evidence id must stay a string).
_CSV_NODE_TYPES: dict[str, type] = {
    "label": str, "type": str, "country": str, "affiliation": str,
    "aliases": str, "first_date": str, "last_date": str,
    "mentions": int, "articles": int, "r": int, "g": int, "b": int,
    "size": float, "x": float, "y": float,
}
_CSV_EDGE_TYPES: dict[str, type] = {
    "kind": str, "evidence": str, "first_date": str, "last_date": str,
    "label": str, "articles": int, "sign": int,
    "verbal_cooperation": int, "material_cooperation": int,
    "verbal_conflict": int, "material_conflict": int,
    "weight": float, "score": float,
}
_INT_TEXT = re.compile(r"[+-]?\d+\Z")


# CSV cells spell values as the XML formats do.
_csv_text = _xml_text


def _infer(cells: list[str]) -> type:
    """The type of an unknown column, from its non-empty cells."""
    if cells and all(_INT_TEXT.match(c) for c in cells):
        return int
    if cells and all(c in ("true", "false") for c in cells):
        return bool
    try:
        for c in cells:
            float(c)
    except ValueError:
        return str
    return float if cells else str


def _parse(cell: str, t: type, where: str, column: str) -> Any:
    if t is str:
        return cell
    if t is bool:
        return cell == "true"
    try:
        return t(cell)
    except ValueError:
        raise InputError(where, f"column {column!r}: {cell!r} is not {t.__name__}") from None


def _write_rows(path: Any, header: list[str], rows: list[list[str]]) -> Path:
    buf = io.StringIO(newline="")
    # RFC 4180 line ends: the csv module quotes a cell only if it holds a
    # character of the line terminator, so with "\n" a lone "\r" would
    # go out unquoted and split the row when read back.
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return atomic_write(path, buf.getvalue())


def write_csv(
    G: nx.Graph,
    nodes_path: str | os.PathLike,
    edges_path: str | os.PathLike,
) -> tuple[Path, Path]:
    """Write Gephi spreadsheet-import CSVs: a node table and an edge table.

    Nodes: ``Id,Label`` then the other attributes, sorted. Edges:
    ``Source,Target,Type,Weight,Kind`` then the other attributes, sorted;
    ``Type`` is ``Undirected`` for co-mention edges and ``Directed``
    otherwise. A ``Key`` column is added only when some edge's key differs
    from its ``kind``. Empty cells mean "no value". Graph-level attributes
    are not written.
    """
    # No colours or sizes added: the spreadsheet importer ignores them.
    H = gephi_ready(G, fill=False, where=str(nodes_path))
    ncols = sorted({c for _, d in H.nodes(data=True) for c in d} - {"label"})
    nodes_out = [
        [str(n), str(d.get("label", n))]
        + [_csv_text(d[c]) if c in d else "" for c in ncols]
        for n, d in H.nodes(data=True)
    ]
    edges = list(H.edges(keys=True, data=True))
    need_key = any(d.get("kind") != k for _, _, k, d in edges)
    ecols = sorted({c for *_, d in edges for c in d} - {"weight", "kind"})
    header = ["Source", "Target", "Type", "Weight", "Kind"] + (["Key"] if need_key else [])
    edges_out = []
    for u, v, k, d in edges:
        row = [
            str(u), str(v),
            "Undirected" if d.get("kind", k) == "co-mention" else "Directed",
            _csv_text(d["weight"]) if "weight" in d else "",
            _csv_text(d["kind"]) if "kind" in d else "",
        ]
        if need_key:
            row.append(str(k))
        row += [_csv_text(d[c]) if c in d else "" for c in ecols]
        edges_out.append(row)
    return (
        _write_rows(nodes_path, ["Id", "Label"] + ncols, nodes_out),
        _write_rows(edges_path, header + ecols, edges_out),
    )


def _read_table(path: Any, required: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = list(reader.fieldnames or [])
            rows = list(reader)
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(str(path), f"not readable as CSV ({e})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(str(path), f"missing column {missing[0]!r}")
    return header, rows


def _typed_columns(
    header: list[str], rows: list[dict[str, str]], reserved: set[str],
    known: dict[str, type],
) -> dict[str, type]:
    out = {}
    for c in header:
        if c in reserved:
            continue
        out[c] = known.get(c) or _infer([r[c] for r in rows if r.get(c)])
    return out


def read_csv(
    nodes_path: str | os.PathLike, edges_path: str | os.PathLike
) -> nx.MultiDiGraph:
    """Read the two tables written by :func:`write_csv` into a MultiDiGraph.

    Columns named in ``docs/GRAPH_SCHEMA.md`` get their schema type; other
    columns are typed by their cells (all whole numbers: int; all numbers:
    float; all ``true``/``false``: bool; else str). An edge's key is its
    ``Key`` cell when there is that column, else its ``Kind``. Edge ends
    that are not in the node table are added as bare nodes, as Gephi does.

    Raises
    ------
    InputError
        When a file is missing, lacks a required column, or a cell does not
        parse as its column's type.
    """
    nheader, nrows = _read_table(nodes_path, ["Id"])
    eheader, erows = _read_table(edges_path, ["Source", "Target"])
    ntypes = _typed_columns(nheader, nrows, {"Id", "Label"}, _CSV_NODE_TYPES)
    etypes = _typed_columns(
        eheader, erows, {"Source", "Target", "Type", "Weight", "Kind", "Key"},
        _CSV_EDGE_TYPES,
    )
    G = nx.MultiDiGraph()
    for i, r in enumerate(nrows, start=2):
        where = f"{nodes_path}:{i}"
        d: dict[str, Any] = {}
        if r.get("Label"):
            d["label"] = r["Label"]
        for c, t in ntypes.items():
            if r.get(c):
                d[c] = _parse(r[c], t, where, c)
        G.add_node(r["Id"], **dict(sorted(d.items())))
    for i, r in enumerate(erows, start=2):
        where = f"{edges_path}:{i}"
        d = {}
        if r.get("Weight"):
            d["weight"] = _parse(r["Weight"], float, where, "Weight")
        if r.get("Kind"):
            d["kind"] = r["Kind"]
        for c, t in etypes.items():
            if r.get(c):
                d[c] = _parse(r[c], t, where, c)
        key = r["Key"] if "Key" in r else r.get("Kind") or None
        G.add_edge(r["Source"], r["Target"], key=key, **dict(sorted(d.items())))
    return G


# ---------------------------------------------------------------------------
# Dispatch and evidence
# ---------------------------------------------------------------------------

FORMATS = ("graphml", "gexf", "json", "csv")


def export(
    G: nx.Graph,
    path: str | os.PathLike,
    format: str | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
) -> list[Path]:
    """Write ``G`` in the format its extension (or ``format``) names.

    ``.graphml``, ``.gexf``, ``.json``, or ``.csv`` (which writes
    ``<stem>.nodes.csv`` and ``<stem>.edges.csv`` beside ``path``).

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
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt == "graphml":
        return [write_graphml(G, path, sizes=sizes, positions=positions)]
    if fmt == "gexf":
        return [write_gexf(G, path, positions=positions, sizes=sizes)]
    if fmt == "json":
        return [write_json(G, path, positions=positions)]
    if fmt == "csv":
        stem = path.name[: -len(path.suffix)] if path.suffix else path.name
        return list(
            write_csv(
                G,
                path.with_name(f"{stem}.nodes.csv"),
                path.with_name(f"{stem}.edges.csv"),
            )
        )
    shown = repr(fmt) if fmt else "none"
    raise GraphkitError(
        f"{path}: unknown export format {shown} (use one of: {', '.join(FORMATS)})"
    )


def _csv_pair(path: Path) -> tuple[Path, Path]:
    name, stem = path.name, path.stem
    for suffix in (".nodes.csv", ".edges.csv", ".csv"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def read_graph(path: str | os.PathLike, format: str | None = None) -> nx.MultiDiGraph:
    """Read a graph written by :func:`export`, by extension or ``format``.

    For CSV, ``path`` may name either table (``g.nodes.csv``,
    ``g.edges.csv``) or their common stem (``g.csv``).

    Raises
    ------
    InputError
        For an unknown format or an unreadable file.

    >>> import tempfile, os
    >>> G = nx.MultiDiGraph([("A", "B", "co-mention")])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = export(G, os.path.join(d, "g.csv"))
    ...     sorted(read_graph(os.path.join(d, "g.edges.csv")).edges(keys=True))
    [('A', 'B', 'co-mention')]
    """
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt == "graphml":
        return read_graphml(path)
    if fmt == "gexf":
        return read_gexf(path)
    if fmt == "json":
        return read_json(path)
    if fmt == "csv":
        return read_csv(*_csv_pair(path))
    shown = repr(fmt) if fmt else "none"
    raise InputError(
        str(path), f"unknown graph format {shown} (use one of: {', '.join(FORMATS)})"
    )


def _record_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.asdict(record)
    raise TypeError(f"cannot write a {type(record).__name__} as evidence")


def write_evidence(records: Iterable[Any], path: str | os.PathLike) -> int:
    """Write evidence records as JSON Lines, atomically; return the count.

    Each record (a dict, or a record with ``to_dict()``) becomes one line of
    ``json.dumps(record, ensure_ascii=False, sort_keys=True)``. The records
    are streamed, so the file may be larger than memory.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "g.evidence.jsonl")
    ...     write_evidence([{"id": "a#s0", "kind": "stance"}], p)
    ...     open(p, encoding="utf-8").read()
    1
    '{"id": "a#s0", "kind": "stance"}\\n'
    """
    count = 0
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as f:
        for record in records:
            try:
                line = json.dumps(
                    _record_dict(record), ensure_ascii=False, sort_keys=True,
                    allow_nan=False, default=_json_default,
                )
            except (TypeError, ValueError) as e:
                raise GraphkitError(f"{path}: evidence record {count}: {e}") from None
            f.write(line + "\n")
            count += 1
    return count


def read_evidence(path: str | os.PathLike) -> Iterator[dict[str, Any]]:
    """Yield the records of an evidence JSON Lines file (blank lines skipped).

    Raises
    ------
    InputError
        Naming ``path:line`` when a line is not a JSON object.
    """
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    with f:
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{i}", f"not JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{i}", "not a JSON object")
            yield record
