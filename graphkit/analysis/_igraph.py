"""python-igraph (PyPI ``igraph``, the ``graphkit[fast]`` extra) behind the same functions.

networkx runs its shortest-path and community algorithms in pure Python:
sampled betweenness on 100,000 actors and a million edges takes many
minutes there and seconds in igraph's C core. Each function here returns
what the networkx call it replaces returns, with the same normalisation and
(for betweenness) the same sampled sources, so the two agree on any graph
up to float rounding (tests/test_analysis.py checks it); Louvain is another
implementation of the same method and finds the same communities where they
are clear, not always the same split of a noisy graph.

>>> import networkx as nx
>>> if available():
...     P = nx.path_graph(3)
...     nx.set_edge_attributes(P, 1.0, "distance")
...     print(betweenness(P, list(P), "distance", None, 0))
... else:
...     print([0.0, 1.0, 0.0])
[0.0, 1.0, 0.0]
"""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Sequence
from typing import Any

import networkx as nx

__all__ = ["available", "betweenness", "louvain", "pagerank", "to_igraph"]


def available() -> bool:
    """Whether python-igraph can be imported (without importing it)."""
    return importlib.util.find_spec("igraph") is not None


def to_igraph(P: nx.Graph, nodes: Sequence[Any], attr: str | None = "weight") -> Any:
    """The simple graph ``P`` as an ``igraph.Graph`` on ``nodes`` (index = position).

    ``attr`` names the edge attribute copied to ``es["w"]`` (none when None).
    """
    import igraph as ig

    index = {v: i for i, v in enumerate(nodes)}
    edges = []
    weights = []
    for u, v, d in P.edges(data=True):
        edges.append((index[u], index[v]))
        if attr is not None:
            weights.append(float(d[attr]))
    g = ig.Graph(n=len(nodes), edges=edges, directed=P.is_directed())
    if attr is not None:
        g.es["w"] = weights
    return g


def _rescale(raw: list[float], n: int, sources: list[int] | None) -> list[float]:
    """networkx's normalisation of betweenness (``endpoints=False``).

    ``raw`` counts ordered (source, target) pairs. Normalised by the pairs
    that could pass through a node: ``(n - 1)(n - 2)`` exactly; with ``k``
    sampled sources ``k (n - 2)``, or ``(k - 1)(n - 2)`` for a node that is
    itself a source (it cannot lie on its own paths).
    """
    N = n - 1
    if N < 2:
        return raw
    if sources is None:
        scale = 1.0 / (N * (N - 1))
        return [b * scale for b in raw]
    k = len(sources)
    scale = 1.0 / (k * (N - 1))
    scale_source = 1.0 / ((k - 1) * (N - 1)) if k > 1 else float("nan")
    out = [b * scale for b in raw]
    for s in sources:
        out[s] = raw[s] * scale_source
    return out


def betweenness(
    P: nx.Graph, nodes: list[Any], weight: str, k: int | None, seed: int
) -> list[float]:
    """``networkx.betweenness_centrality(P, k, normalized=True, weight, seed)`` by igraph.

    The ``k`` sources are drawn exactly as networkx draws them
    (``random.Random(seed).sample(list(P), k)``), so the estimate is the
    same, not merely as good. Returns values in the order of ``nodes``
    (which must be ``list(P)``).
    """
    n = len(nodes)
    if n == 0:
        return []
    g = to_igraph(P, nodes, weight)
    directed = P.is_directed()
    sources = None
    if k is not None and k < n:
        index = {v: i for i, v in enumerate(nodes)}
        sources = [index[v] for v in random.Random(seed).sample(list(P.nodes()), k)]
    raw = g.betweenness(directed=directed, weights="w", sources=sources, targets=None)
    if not directed:
        # igraph counts an unordered pair once; networkx counts (s, t) and (t, s).
        raw = [2.0 * b for b in raw]
    return _rescale(list(raw), n, sources)


def pagerank(P: nx.Graph, nodes: list[Any], weight: str = "weight") -> list[float]:
    """``networkx.pagerank(P, alpha=0.85, weight)`` by igraph's PRPACK solver.

    PRPACK solves the linear system exactly where networkx iterates to a
    tolerance of 1e-6 per node, so the two agree to about that. Dangling
    nodes (and isolates) spread their rank uniformly in both.
    """
    if not nodes:
        return []
    g = to_igraph(P, nodes, weight)
    return list(g.pagerank(directed=P.is_directed(), damping=0.85, weights="w"))


def louvain(P: nx.Graph, weight: str, resolution: float, seed: int) -> list[set[Any]]:
    """Louvain communities of an undirected ``P`` by igraph's ``community_multilevel``.

    igraph draws the order in which it visits nodes from its random number
    generator; it is seeded here and restored afterwards, so the same seed
    gives the same partition.
    """
    import igraph as ig

    nodes = list(P)
    g = to_igraph(P, nodes, weight)
    ig.set_random_number_generator(random.Random(seed))
    try:
        clusters = g.community_multilevel(weights="w", resolution=resolution)
    finally:
        ig.set_random_number_generator(random)
    return [{nodes[i] for i in c} for c in clusters]
