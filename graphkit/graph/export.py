"""Write the actor graph as Gephi opens it: colours, sizes and the seeded layout.

:func:`export` is :func:`graphkit.io.write_graph` plus what only the graph
stage knows: when a GEXF file is asked for and the nodes carry no position,
it lays the graph out with :func:`graphkit.graph.layout.layout` (the layout
``graphkit plot`` draws), so Gephi opens the same picture.

>>> import networkx as nx, tempfile, os
>>> from graphkit.io import read_graphml
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

import os
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from graphkit.graph.layout import layout
from graphkit.io.graphfile import graph_format, write_graph


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
    Colours and sizes are filled in as :func:`graphkit.io.style.gephi_ready`
    says; GEXF and graphology JSON get the seeded layout when neither ``positions`` nor the
    nodes' own ``x``/``y`` give one.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    GraphkitError
        For an unknown format.
    """
    fmt = graph_format(path, format)
    if fmt in ("gexf", "graphology") and positions is None and not all(
        "x" in d and "y" in d for _, d in G.nodes(data=True)
    ):
        positions = layout(G)
    return write_graph(G, path, format=fmt, positions=positions, sizes=sizes)
