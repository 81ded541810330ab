"""GraphML for Gephi, yEd, Cytoscape and networkx: writer and reader.

Node colour as ``r``/``g``/``b`` ints, ``size`` float, ``x``/``y`` when a
layout is given; each edge's id is ``source|target|key``. Co-mention edges
are undirected: the whole graph when it holds nothing else; in a mixed graph
each edge says ``directed="true"`` or ``"false"`` (Gephi and graphology read
that; networkx's own ``read_graphml`` refuses it: write one kind with
``graphkit export --kind``; :func:`read_graphml` reads them all).
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.graphml import GraphMLReader

from graphkit.errors import InputError
from graphkit.io.atomic import atomic_write
from graphkit.io.attrs import (
    _XSI,
    _check_ids,
    _column_types,
    _serialise,
    _undirected,
    _xml_text,
    edge_type,
)
from graphkit.io.style import _gephi_positions, gephi_ready

# ---------------------------------------------------------------------------
# GraphML
# ---------------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

# Gephi matches a <key> to its own node and edge properties by id first and
# by attr.name second. These attributes keep their name as id so that Gephi
# takes them for what they are; every other key id is prefixed with its scope
# so that it can never be mistaken for one of Gephi's properties.
GEPHI_KEYS = {
    "node": frozenset({"label", "r", "g", "b", "size", "x", "y"}),
    "edge": frozenset({"label", "weight"}),
    "graph": frozenset(),
}


def _key_id(scope: str, name: str) -> str:
    return name if name in GEPHI_KEYS[scope] else f"{scope}_{name}"


def _edge_id(u: Any, v: Any, key: Any) -> str:
    # Gephi drops edges whose id repeats, so ids must be unique; the key is
    # the tail after "source|target|", which read_graphml takes back off.
    return f"{u}|{v}|{key}"


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
    :func:`read_graphml` turns it back into the key. Key ids are explicit:
    Gephi's own properties (``label``, ``r``/``g``/``b``, ``size``, ``x``,
    ``y``; edge ``label`` and ``weight``) by name, every other attribute
    ``node_<name>``, ``edge_<name>`` or ``graph_<name>``. ``edgedefault`` is
    ``directed`` when every edge is a stance, else ``undirected``; in a mixed
    graph every edge also says ``directed="true"`` (stance) or ``"false"``
    (co-mention).

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    path : path-like
        Output file.
    sizes : dict, optional
        Centrality by node, as for :func:`gephi_ready`.
    positions : dict, optional
        Layout in ``[-1, 1]`` (:func:`graphkit.graph.layout.layout`), written as
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
            kid = _key_id(scope, name)
            ids[(scope, name)] = kid
            ET.SubElement(
                root,
                "key",
                {"id": kid, "for": scope, "attr.name": name, "attr.type": xml_type},
            )
    direction = edge_type(H)
    # A mixed graph says each edge's direction; its default is undirected
    # because graphology-graphml honours only directed="true" on an edge.
    default = "directed" if direction == "directed" else "undirected"
    graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": default})

    def add_data(parent: ET.Element, scope: str, data: Mapping[str, Any]) -> None:
        for name, value in data.items():
            el = ET.SubElement(parent, "data", {"key": ids[(scope, name)]})
            el.text = _xml_text(value)

    add_data(graph, "graph", H.graph)
    for n, data in H.nodes(data=True):
        add_data(ET.SubElement(graph, "node", {"id": str(n)}), "node", data)
    for u, v, k, data in H.edges(keys=True, data=True):
        attrs = {"id": _edge_id(u, v, k), "source": str(u), "target": str(v)}
        if direction == "mixed":
            attrs["directed"] = "false" if _undirected(k, data) else "true"
        el = ET.SubElement(graph, "edge", attrs)
        add_data(el, "edge", data)
    return atomic_write(path, _serialise(root))


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read GraphML (as written by :func:`write_graphml`) into a MultiDiGraph.

    Parsing is networkx's; edge keys come back from the ``source|target|key``
    ids. A mixed graph (per-edge ``directed`` flags against the default,
    which networkx refuses) is read with every edge as written, source to
    target; its ``kind`` says what it means. Files from other tools are read too: edges without such ids get
    their id (or a number) as key.

    Raises
    ------
    InputError
        When the file is missing or is not GraphML.
    """
    try:
        try:
            raw = _parse(path=path)
        except nx.NetworkXError as e:
            if "directed=" not in str(e):
                raise
            raw = _read_mixed(path)
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
        prefix, flipped = f"{u}|{v}|", f"{v}|{u}|"
        if isinstance(k, str) and k.startswith(prefix):
            k = k[len(prefix):]
        elif isinstance(k, str) and k.startswith(flipped):
            # an undirected graph may hand the ends back in either order
            u, v, k = v, u, k[len(flipped):]
        edges.append((u, v, k, data))
    for u, v, k, data in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
        G.add_edge(u, v, key=k, **dict(sorted(data.items())))
    return G


def _read_mixed(path: str | os.PathLike) -> nx.MultiGraph:
    # Every edge keeps the direction it was written with (source, target);
    # what it means is in its kind, so the per-edge flag can go.
    tree = ET.parse(path)
    for el in tree.getroot().iter(f"{{{_GRAPHML_NS}}}graph"):
        el.set("edgedefault", "directed")
    for el in tree.getroot().iter(f"{{{_GRAPHML_NS}}}edge"):
        el.attrib.pop("directed", None)
    return _parse(string=ET.tostring(tree.getroot()))


class _Reader(GraphMLReader):
    """networkx's GraphML reader without the numpy import.

    networkx imports numpy (0.1 s) to map numpy number types to GraphML
    types for writing; on reading every GraphML type becomes a Python type
    either way (its table's last entry wins), so a graph-only command such as
    ``graphkit centrality`` reads the file without loading numpy.
    """

    def construct_types(self):
        hide = "numpy" not in sys.modules
        if hide:
            sys.modules["numpy"] = None  # makes `import numpy` fail here only
        try:
            super().construct_types()
        finally:
            if hide and sys.modules.get("numpy", 0) is None:
                del sys.modules["numpy"]


def _parse(path: str | os.PathLike | None = None, string: bytes | None = None) -> nx.Graph:
    """``nx.read_graphml`` / ``nx.parse_graphml`` as graphkit calls them (str nodes and keys, multigraph)."""
    if path is not None and str(path).endswith((".gz", ".bz2")):
        return nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    reader = _Reader(node_type=str, edge_key_type=str, force_multigraph=True)
    if path is not None:
        with open(path, "rb") as f:
            string = f.read()
    glist = list(reader(string=string))
    if not glist:
        # as networkx: a <graphml> header without its namespace
        header = b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        glist = list(reader(string=string.replace(b"<graphml>", header)))
        if not glist:
            raise nx.NetworkXError("file not successfully read as graphml")
    return glist[0]
