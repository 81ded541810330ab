"""Node-link JSON (``networkx.node_link_data``): writer and reader."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError, InputError
from graphkit.io.atomic import atomic_write
from graphkit.io.attrs import _json_default


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
