"""GraphML for Gephi, yEd, Cytoscape and networkx: writer and reader.

Node colour as ``r``/``g``/``b`` ints, ``size`` float, ``x``/``y`` when a
layout is given; each edge's id is ``source|target|key``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.io.atomic import atomic_write
from graphkit.io.attrs import _XSI, _check_ids, _column_types, _serialise, _xml_text
from graphkit.io.style import _gephi_positions, gephi_ready

# ---------------------------------------------------------------------------
# GraphML
# ---------------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


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
