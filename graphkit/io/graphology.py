"""graphology's JSON serialisation: what ``Graph.from(data)`` and
``graph.import(data)`` read in JavaScript (sigma.js, Gephi Lite).

``{"attributes": {...}, "options": {"type", "multi", "allowSelfLoops"},
"nodes": [{"key", "attributes"}], "edges": [{"key", "source", "target",
"undirected", "attributes"}]}``. The graph ``type`` follows the content
(``undirected``, ``directed`` or ``mixed``) and co-mention edges are
undirected, as in the GEXF and GraphML files.

>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("Iran", "Iraq", key="co-mention", kind="co-mention", weight=2.0)
>>> data = to_graphology(G)
>>> data["options"]["type"], data["edges"][0]["undirected"]
('undirected', True)
>>> sorted(from_graphology(data).edges(keys=True))
[('Iran', 'Iraq', 'co-mention')]
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.io.attrs import _dump, _sorted_copy, _undirected, edge_type
from graphkit.io.style import COMENTION_COLOUR, _stance_colour, gephi_ready, hex_colour


def to_graphology(
    G: nx.Graph, positions: Mapping[str, tuple[float, float]] | None = None
) -> dict[str, Any]:
    """``G`` as graphology's serialised graph (a dict ready for JSON).

    Nodes get what sigma.js draws: ``label``, ``size``, ``color`` (the
    type's colour, as in the figures and the GEXF file) and ``x``/``y`` when
    there is a layout; edges a ``color`` by kind and sign. Edge keys are
    ``source|target|key`` (unique, as graphology needs in a multigraph);
    each edge's networkx key is also its ``kind`` attribute unless it has
    one. Other attribute values are kept as they are (lists stay lists).
    """
    H = _sorted_copy(G, positions)
    styled = gephi_ready(G, positions=positions)
    nodes = []
    for n, d in H.nodes(data=True):
        s = styled.nodes[n]
        attrs = dict(d)
        attrs.setdefault("label", s["label"])
        attrs.setdefault("size", s["size"])
        attrs.setdefault("color", hex_colour((s["r"], s["g"], s["b"])))
        nodes.append({"key": str(n), "attributes": attrs})
    edges = []
    for u, v, k, d in H.edges(keys=True, data=True):
        attrs = dict(d)
        attrs.setdefault("kind", k)
        rgb = COMENTION_COLOUR if _undirected(k, d) else _stance_colour(d.get("sign"))
        attrs.setdefault("color", hex_colour(rgb))
        edges.append({
            "key": f"{u}|{v}|{k}", "source": str(u), "target": str(v),
            "undirected": _undirected(k, d), "attributes": attrs,
        })
    return {
        "attributes": dict(H.graph),
        "options": {"type": edge_type(H), "multi": True, "allowSelfLoops": True},
        "nodes": nodes,
        "edges": edges,
    }


def write_graphology(
    G: nx.Graph,
    path: str | os.PathLike,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Path:
    """Write ``G`` as graphology JSON (``graphkit export --format graphology``).

    Raises
    ------
    GraphkitError
        When an attribute value has no JSON form (NaN, an object).
    """
    return _dump(to_graphology(G, positions), path)


def is_graphology(data: Any) -> bool:
    """Whether parsed JSON ``data`` looks like graphology's serialisation."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        return False
    if "options" in data or "attributes" in data:
        return True
    first = data["nodes"][0] if data["nodes"] else None
    return isinstance(first, dict) and "key" in first and "id" not in first


def from_graphology(data: Mapping[str, Any], where: str = "graph") -> nx.MultiDiGraph:
    """A MultiDiGraph from graphology's serialisation.

    An edge's key is its ``kind`` attribute when it has one, else its
    graphology key (or its position).

    Raises
    ------
    InputError
        When a node has no key or an edge no source or target.
    """
    G = nx.MultiDiGraph()
    G.graph.update(data.get("attributes") or {})
    for i, node in enumerate(data.get("nodes") or ()):
        if not isinstance(node, dict) or "key" not in node:
            raise InputError(where, f"node {i} has no key")
        G.add_node(node["key"], **(node.get("attributes") or {}))
    for i, edge in enumerate(data.get("edges") or ()):
        if not isinstance(edge, dict) or "source" not in edge or "target" not in edge:
            raise InputError(where, f"edge {i} has no source or target")
        attrs = dict(edge.get("attributes") or {})
        key = attrs.get("kind", edge.get("key", i))
        G.add_edge(edge["source"], edge["target"], key=key, **attrs)
    return G


def read_graphology(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graphology JSON file.

    Raises
    ------
    InputError
        When the file is missing, is not JSON, or is not graphology's form.
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(str(path), f"not readable as JSON ({e})") from None
    if not is_graphology(data):
        raise InputError(str(path), "not graphology JSON (no nodes with keys)")
    return from_graphology(data, where=str(path))
