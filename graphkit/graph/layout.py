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


def _distances(S: nx.Graph, nodes: list[Any], weighted: bool) -> np.ndarray:
    """Shortest-path distances between all ``nodes`` of the connected graph ``S``."""
    index = {v: i for i, v in enumerate(nodes)}
    D = np.zeros((len(nodes), len(nodes)))
    paths = (nx.all_pairs_dijkstra_path_length(S, weight="length") if weighted
             else nx.all_pairs_shortest_path_length(S))
    for u, row in paths:
        i = index[u]
        for v, d in row.items():
            D[i, index[v]] = d
    return D


def stress(X: np.ndarray, D: np.ndarray) -> float:
    """Kamada-Kawai energy (weighted stress) of positions ``X`` for target distances ``D``.

    ``sum over pairs i < j of (|x_i - x_j| - d_ij)**2 / d_ij**2``: the
    quantity both the Kamada-Kawai layout and :func:`stress_layout` minimise.
    """
    i, j = np.triu_indices(len(D), 1)
    d = D[i, j]
    gap = np.hypot(*(X[i] - X[j]).T) - d
    return float(np.sum(gap * gap / (d * d)))


def _majorize(X: np.ndarray, D: np.ndarray, W: np.ndarray, Vp: np.ndarray, iterations: int, tol: float) -> np.ndarray:
    """Guttman transforms from ``X`` until the stress stops falling (see :func:`stress_layout`)."""
    n = len(D)
    WD = W * D
    last = stress(X, D)
    for _ in range(iterations):
        diff = X[:, None, :] - X[None, :, :]
        dist = np.hypot(diff[..., 0], diff[..., 1])
        ratio = np.divide(WD, dist, out=np.zeros_like(dist), where=dist > 1e-12)
        Bz = -ratio
        Bz[np.diag_indices(n)] = ratio.sum(axis=1)
        X = Vp @ (Bz @ X)
        now = stress(X, D)
        if last - now < tol * last:
            break
        last = now
    return X


def stress_layout(D: np.ndarray, seed: int = 42, iterations: int = 500, tol: float = 1e-6,
                  emphasis: np.ndarray | None = None) -> np.ndarray:
    """Positions in the plane whose distances match ``D``: stress majorization (SMACOF).

    Minimises the Kamada-Kawai energy (:func:`stress`, weights ``d**-2``) by
    Guttman transforms (Gansner, Koren and North 2004), each of which cannot
    raise the stress, from classical scaling of ``D`` with a small seeded
    jitter (so nodes that scaling puts on one spot, as the leaves of a star,
    come apart). numpy only: networkx's Kamada-Kawai needs
    ``scipy.optimize``, a quarter of a second to import on every ``build``.

    Parameters
    ----------
    D : ndarray
        Symmetric ``(n, n)`` target distances, positive off the diagonal
        (one connected component).
    seed : int
        Seed of the jitter and of the extra starts.
    iterations, tol : int, float
        Stop after this many transforms, or when a transform lowers the
        stress by less than ``tol`` of it.
    emphasis : ndarray, optional
        ``(n, n)`` factors on the pair weights (``d**-2``): pairs that
        matter more to the picture than their distance says.

    Returns
    -------
    ndarray
        ``(n, 2)`` positions, centred on the origin.
    """
    n = len(D)
    W = np.zeros_like(D)
    off = ~np.eye(n, dtype=bool)
    W[off] = D[off] ** -2
    if emphasis is not None:
        W *= emphasis
    # Pseudo-inverse of the weighted Laplacian: its null space is the
    # constant vector, so adding J/n makes it invertible.
    V = np.diag(W.sum(axis=1)) - W
    J = np.full((n, n), 1.0 / n)
    Vp = np.linalg.inv(V + J) - J
    # Classical scaling (Torgerson): the two leading eigenvectors of the
    # double-centred squared distances, signs fixed so runs agree.
    C = np.eye(n) - J
    B = -0.5 * C @ (D * D) @ C
    vals, vecs = np.linalg.eigh(B)
    top = vecs[:, ::-1][:, :2] * np.sqrt(np.maximum(vals[::-1][:2], 1e-12))
    top *= np.where(top[np.abs(top).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0)
    rng = np.random.default_rng(seed)
    scale = max(float(D.max()), 1.0)
    starts = [top + rng.normal(scale=1e-3 * scale, size=(n, 2))]
    # Small components also start from a circle, as networkx's Kamada-Kawai
    # does, and keep the lower stress: classical scaling can lead into a
    # local minimum, and a second start costs milliseconds there.
    if n <= 100:
        turn = 2 * math.pi * np.arange(n) / n
        starts.append(scale / 2 * np.column_stack([np.cos(turn), np.sin(turn)]))
    best, low = starts[0], math.inf
    for X in starts:
        X = _majorize(X, D, W, Vp, iterations, tol)
        now = stress(X, D)
        if now < low * (1 - 1e-6):  # a clear gain only, so rounding cannot flip the choice
            best, low = X, now
    X = best
    return X - X.mean(axis=0)


def _component_layout(H: nx.Graph, seed: int, radius=None) -> dict[Any, np.ndarray]:
    n = H.number_of_nodes()
    nodes = sorted(H.nodes, key=str)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n == 2:
        return {nodes[0]: np.array([-0.5, 0.0]), nodes[1]: np.array([0.5, 0.0])}
    # Stress on hop distance spaces news-sized graphs evenly (hubs do not
    # swallow their neighbourhood as in a weighted spring layout); it is
    # quadratic in memory and time, so large components get a seeded
    # spring layout instead.
    S = nx.Graph()
    S.add_nodes_from(nodes)
    S.add_edges_from(sorted(H.edges, key=lambda e: (str(e[0]), str(e[1]))))
    if radius is not None:
        # A tie is as long as the two discs it joins need: big hubs a hop
        # apart are set apart by their size, not stacked on one another.
        for u, v in S.edges:
            S.edges[u, v]["length"] = 1.0 + radius[u] + radius[v]
    if n <= 300:
        emphasis = None
        if radius is not None:
            # Pairs of big discs also weigh more: stress lets two hubs that
            # share many neighbours sit on one spot (their common neighbours
            # pull both the same way), and their discs would cover each other.
            r = np.array([radius[v] for v in nodes])
            emphasis = (1.0 + r[:, None] + r[None, :]) ** 1.5
        arr = stress_layout(_distances(S, nodes, radius is not None), seed, emphasis=emphasis)
    else:
        pos = nx.spring_layout(S, k=1.6 / math.sqrt(n), seed=seed, iterations=80)
        arr = np.array([pos[v] for v in nodes])
    arr = arr - arr.mean(axis=0)
    return dict(zip(nodes, arr))


def layout(G: nx.Graph, seed: int = 42, sizes=None) -> dict[Any, tuple[float, float]]:
    """Node positions in ``[-1, 1]``, the same for plots and GEXF export.

    Each connected component of the undirected projection (all edge kinds)
    is laid out on its own (stress majorization on shortest-path
    distances up to 300 actors, :func:`stress_layout`, else a spring
    layout with a fixed seed), scaled to its size, and the components
    are packed in rows, largest first, so isolated actors sit beside the
    main network instead of being flung to its edges. Coordinates are
    rounded to 4 decimals so files do not depend on the last floating bits.

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    seed : int
        Seed of the layout's jitter and of the spring layout (components
        over 300 actors).
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
