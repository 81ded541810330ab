"""The seeded layout that figures, GEXF files and the page share.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("Russia", "Turkey", key="co-mention", kind="co-mention", weight=3.0)
>>> _ = G.add_edge("Iran", "Russia", key="co-mention", kind="co-mention", weight=1.0)
>>> pos = layout(G)
>>> sorted(pos)
['Iran', 'Russia', 'Turkey']
>>> all(-1.0 <= c <= 1.0 for xy in pos.values() for c in xy)
True
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

from graphkit.io.style import (
    simple_projection,
)

# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


def _component_layout(H: nx.Graph, seed: int, radius=None) -> dict[Any, np.ndarray]:
    n = H.number_of_nodes()
    nodes = sorted(H.nodes, key=str)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n == 2:
        return {nodes[0]: np.array([-0.5, 0.0]), nodes[1]: np.array([0.5, 0.0])}
    # Kamada-Kawai on hop distance spaces news-sized graphs evenly (hubs do
    # not swallow their neighbourhood as in a weighted spring layout); it
    # is quadratic, so large components get a seeded spring layout instead.
    S = nx.Graph()
    S.add_nodes_from(nodes)
    S.add_edges_from(sorted(H.edges, key=lambda e: (str(e[0]), str(e[1]))))
    if radius is not None:
        # A tie is as long as the two discs it joins need: big hubs a hop
        # apart are set apart by their size, not stacked on one another.
        for u, v in S.edges:
            S.edges[u, v]["length"] = 1.0 + radius[u] + radius[v]
    if n <= 300:
        pos = nx.kamada_kawai_layout(S, weight="length" if radius is not None else None)
    else:
        pos = nx.spring_layout(S, k=1.6 / math.sqrt(n), seed=seed, iterations=80)
    arr = np.array([pos[v] for v in nodes])
    arr = arr - arr.mean(axis=0)
    return dict(zip(nodes, arr))


def layout(G: nx.Graph, seed: int = 42, sizes=None) -> dict[Any, tuple[float, float]]:
    """Node positions in ``[-1, 1]``, the same for plots and GEXF export.

    Each connected component of the undirected projection (all edge kinds)
    is laid out on its own (Kamada-Kawai up to 300 actors, else a spring
    layout with a fixed seed), scaled to its size, and the components
    are packed in rows, largest first, so isolated actors sit beside the
    main network instead of being flung to its edges. Coordinates are
    rounded to 4 decimals so files do not depend on the last floating bits.

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    seed : int
        Seed of the spring layout (components over 300 actors).
    sizes : dict, optional
        How big each node is drawn (any unit, for example a disc's area):
        a figure passes it so that ties between big nodes are longer and a
        component's box grows with the room its discs need, so the main
        story gets the room and hubs are not stacked on one another.

    Returns
    -------
    dict
        ``(x, y)`` by node.
    """
    H = simple_projection(G)
    if H.number_of_nodes() == 0:
        return {}
    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(H)),
        key=lambda c: (-len(c), str(c[0])),
    )
    radius = None
    if sizes is not None:
        # Radii relative to the largest disc (1), from areas.
        top = max((math.sqrt(max(float(sizes.get(v, 0.0)), 0.0)) for v in H.nodes), default=0.0) or 1.0
        radius = {v: math.sqrt(max(float(sizes.get(v, 0.0)), 0.0)) / top for v in H.nodes}
    boxes = []
    for comp in comps:
        pos = _component_layout(H.subgraph(comp), seed, radius)
        arr = np.array([pos[v] for v in comp])
        span = max(float(np.ptp(arr, axis=0).max()), 1e-9)
        # Side of the component's box grows with the square root of its
        # size, so node density is similar in every component; with sizes,
        # with the room its discs need.
        side = math.sqrt(len(comp) if radius is None else sum((1.0 + 2 * radius[v]) ** 2 for v in comp) / 2.0)
        arr = arr / span * side if len(comp) > 1 else arr
        boxes.append((comp, arr, side))
    # Shelf packing: rows no wider than the largest component (or the
    # square root of the total area, if that is wider).
    gap = 0.8
    width = max(boxes[0][2], math.sqrt(sum((s + gap) ** 2 for *_, s in boxes)))
    placed: dict[Any, np.ndarray] = {}
    x = y = 0.0
    row_h = 0.0
    for comp, arr, side in boxes:
        if x > 0 and x + side > width + 1e-9:
            x, y = 0.0, y - row_h - gap
            row_h = 0.0
        centre = np.array([x + side / 2, y - side / 2])
        for v, p in zip(comp, arr):
            placed[v] = p + centre
        x += side + gap
        row_h = max(row_h, side)
    nodes = sorted(placed, key=str)
    arr = np.array([placed[v] for v in nodes])
    arr = arr - (arr.max(axis=0) + arr.min(axis=0)) / 2
    scale = float(np.abs(arr).max()) or 1.0
    arr = arr / scale
    return {v: (round(float(a), 4) + 0.0, round(float(b), 4) + 0.0)
            for v, (a, b) in zip(nodes, arr)}
