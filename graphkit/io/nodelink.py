"""Node-link JSON (``networkx.node_link_data``): writer and reader.

The file is what ``networkx.node_link_graph(data)`` reads with its current
defaults (edges under ``"edges"``, networkx 3.4 and later); D3 users read
the same lists. :func:`read_json` also reads the older ``"links"`` form and
graphology's serialisation (:mod:`graphkit.io.graphology`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from graphkit.errors import InputError
from graphkit.io.attrs import _dump, _sorted_copy
from graphkit.io.graphology import from_graphology, is_graphology


def write_json(
    G: nx.Graph,
    path: str | os.PathLike,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Path:
    """Write node-link JSON that ``networkx.node_link_graph(data)`` reads as it is.

    ``{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...],
    "edges": [...]}``: nodes sorted by name, edges by ``(source, target,
    key)``, object keys sorted. Node-link has no per-edge direction: an
    edge's ``kind`` says whether it is a (directed) stance or an (undirected)
    co-mention. Attribute values are kept as they are (JSON holds lists);
    ``positions`` adds ``x``/``y`` to the nodes.

    Raises
    ------
    GraphkitError
        When an attribute value has no JSON form (NaN, an object).

    >>> import tempfile, os
    >>> G = nx.MultiDiGraph([("Iran", "Iraq", "co-mention")])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_json(G, os.path.join(d, "g.json"))
    ...     data = json.load(open(os.path.join(d, "g.json")))
    >>> sorted(nx.node_link_graph(data).edges(keys=True))
    [('Iran', 'Iraq', 'co-mention')]
    """
    return _dump(nx.node_link_data(_sorted_copy(G, positions), edges="edges"), path)


def _no_constant(name: str) -> None:
    # NaN and Infinity are not JSON (RFC 8259), though Python writes them by
    # default: graphkit never writes them, and read they would reach
    # analysis and the writers as values no format can hold.
    raise ValueError(f"{name} is not a JSON number")


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read node-link JSON (``"edges"`` or the older ``"links"``) or graphology JSON.

    Raises
    ------
    InputError
        When the file is missing, is not JSON, or is neither form.
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f, parse_constant=_no_constant)
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, ValueError) as e:  # JSONDecodeError is a ValueError
        raise InputError(str(path), f"not readable as JSON ({e})") from None
    if is_graphology(data):
        return from_graphology(data, where=str(path))
    edges = "links" if isinstance(data, dict) and "links" in data and "edges" not in data else "edges"
    _check_shape(data, edges, str(path))
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    except KeyError as e:
        raise InputError(str(path), f"not node-link graph data (missing {e})") from None
    except (TypeError, ValueError, AttributeError, nx.NetworkXError) as e:
        raise InputError(str(path), f"not node-link graph data ({e})") from None
    if not G.is_directed() or not G.is_multigraph():
        G = _as_multidigraph(G)
    return G


def _check_shape(data: object, edges: str, where: str) -> None:
    """One line for node-link data of the wrong shape, before networkx meets it."""
    if not isinstance(data, dict):
        raise InputError(where, "not node-link graph data (not a JSON object)")
    if not isinstance(data.get("graph", {}), dict):
        raise InputError(where, "not node-link graph data ('graph' is not an object)")
    for name in ("nodes", edges):
        items = data.get(name, [])
        if not isinstance(items, list):
            raise InputError(where, f"not node-link graph data ({name!r} is not a list)")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise InputError(where, f"not node-link graph data ({name}[{i}] is not an object)")
            for key in ("id",) if name == "nodes" else ("source", "target"):
                value = item.get(key)
                if value is not None and not isinstance(value, (str, int, float)):
                    raise InputError(where, f"{name}[{i}]: {key} {str(value)[:40]} is not a name")
                if value is None and (name != "nodes" or key in item):
                    raise InputError(where, f"{name}[{i}]: no {key}")


def _as_multidigraph(G: nx.Graph) -> nx.MultiDiGraph:
    """A plain or undirected graph as graphkit's MultiDiGraph (both directions for an undirected edge).

    A ``key`` attribute on a plain graph's edge becomes the edge key (it is
    one in graphkit's own files), instead of clashing with it.
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    items = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, d in items:
        d = dict(d)
        key = d.pop("key", k)
        H.add_edge(u, v, key=key, **d)
        if not G.is_directed() and u != v:
            H.add_edge(v, u, key=key, **d)
    return H
