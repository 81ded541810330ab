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
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    except (KeyError, TypeError, AttributeError, nx.NetworkXError) as e:
        raise InputError(str(path), f"not node-link graph data (missing {e})") from None
    if not G.is_directed() or not G.is_multigraph():
        G = nx.MultiDiGraph(G)
    return G
