"""Who matters in the graph: centrality measures, one row per actor.

Structural measures (degree, strength, betweenness, closeness, eigenvector,
PageRank) run on one projection of the graph (:func:`~graphkit.analysis.
filters.project`), by default ``"all"``: an undirected graph whose edge
weight sums co-mentions and stances. In/out strength and HITS hubs and
authorities always read the directed stance edges: a hub takes stances
toward many actors that others also take stances toward; an authority is
the target of such stances.

Shortest-path measures use ``distance = 1 / weight``: networkx reads the
``weight=`` of a shortest-path measure as a length, and a tie seen often
should be short.

>>> G = nx.MultiDiGraph()
>>> for leaf in ("B", "C", "D"):
...     _ = G.add_edge("A", leaf, key="co-mention", kind="co-mention", weight=1.0)
>>> table = centrality(G)
>>> [r.name for r in table.top(2, sort="betweenness")]
['A', 'B']
>>> table.row("A").degree, table.row("A").betweenness
(3, 1.0)
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import heapq

import networkx as nx

from graphkit.analysis import _eigen, _igraph
from graphkit.analysis._backend import check_backend, nx_kwargs, use_igraph
from graphkit.analysis.filters import PROJECTIONS, STANCE, node_type, project
from graphkit.errors import GraphkitError
from graphkit.io.style import out_edges as _out_edges
from graphkit.io.style import pagerank_python as _pagerank_python

__all__ = [
    "APPROX_THRESHOLD",
    "DEFAULT_K",
    "MEASURES",
    "CentralityRow",
    "CentralityTable",
    "centrality",
]

#: Every measure :func:`centrality` computes, in column order.
MEASURES = (
    "degree",
    "strength",
    "in_strength",
    "out_strength",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "hub",
    "authority",
)
#: Above this many nodes betweenness and closeness are sampled by default.
APPROX_THRESHOLD = 1000
#: Source nodes sampled for approximate betweenness and closeness.
DEFAULT_K = 64
_CHUNK = 256
# Up to this many actors closeness and PageRank run in plain Python, and
# eigenvectors on dense numpy arrays: scipy (0.3 s to import) is loaded only
# for larger graphs, so `graphkit centrality` on an article's graph starts
# fast (tests/test_startup.py). The values are the same either way (tests).
_PURE_MAX = 150


@dataclass(frozen=True)
class CentralityRow:
    """The measures of one actor. A measure not computed is ``None``.

    ``degree`` counts distinct neighbours and ``strength`` sums edge weights
    in the projection; ``in_strength``/``out_strength`` sum stance weights
    toward and from the actor. ``betweenness`` and ``closeness`` are
    networkx's normalised values. ``eigenvector``, ``hub`` and ``authority``
    are scaled so the top actor has 1 (see :func:`centrality`);
    ``pagerank`` sums to 1.
    """

    name: str
    type: str
    degree: int | None = None
    strength: float | None = None
    in_strength: float | None = None
    out_strength: float | None = None
    betweenness: float | None = None
    closeness: float | None = None
    eigenvector: float | None = None
    pagerank: float | None = None
    hub: float | None = None
    authority: float | None = None


_SORT_KEYS = ("name", "type") + MEASURES


def _sort_rows(rows: Iterable[CentralityRow], by: str, descending: bool) -> list[CentralityRow]:
    if by not in _SORT_KEYS:
        raise GraphkitError(f"cannot sort by {by!r}; choose from {', '.join(_SORT_KEYS)}")
    if by in ("name", "type"):
        # Labels read alphabetically; ``descending`` is for measures.
        return sorted(rows, key=lambda r: (getattr(r, by), r.name))
    present = [r for r in rows if getattr(r, by) is not None]
    missing = sorted((r for r in rows if getattr(r, by) is None), key=lambda r: r.name)
    sign = -1 if descending else 1
    present.sort(key=lambda r: (sign * getattr(r, by), r.name))
    return present + missing


@dataclass
class CentralityTable:
    """Centrality of every actor, with how it was computed.

    Attributes
    ----------
    rows : list of CentralityRow
    network : str
        The projection the structural measures ran on.
    approximate : bool
        Whether betweenness and closeness were sampled.
    k : int or None
        Sampled source nodes when approximate.
    seed : int
    notes : list of str
        Fallbacks taken (e.g. a solver that did not converge).
    """

    rows: list[CentralityRow]
    network: str = "all"
    approximate: bool = False
    k: int | None = None
    seed: int = 0
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[CentralityRow]:
        return iter(self.rows)

    @property
    def measures(self) -> tuple[str, ...]:
        """Measures computed (those not ``None`` in every row)."""
        if not self.rows:
            return ()
        return tuple(m for m in MEASURES if getattr(self.rows[0], m) is not None)

    def sort(self, by: str = "pagerank", descending: bool = True) -> CentralityTable:
        """A copy sorted by a measure, ties broken by name.

        ``by="name"`` or ``"type"`` sorts alphabetically whatever
        ``descending`` says.
        """
        return replace(self, rows=_sort_rows(self.rows, by, descending))

    def top(self, n: int = 10, sort: str = "pagerank") -> CentralityTable:
        """The ``n`` actors ranking highest by ``sort``, as a table."""
        table = self.sort(sort)
        return replace(table, rows=table.rows[: max(n, 0)])

    def row(self, name: str) -> CentralityRow:
        """The row of one actor (``KeyError`` if absent)."""
        for r in self.rows:
            if r.name == name:
                return r
        raise KeyError(name)

    def column(self, measure: str) -> dict[str, Any]:
        """``{actor: value}`` for one measure."""
        if measure not in MEASURES:
            raise GraphkitError(f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}")
        return {r.name: getattr(r, measure) for r in self.rows}

    def columns(self) -> list[str]:
        """Column names of :meth:`to_rows`."""
        return ["name", "type", *self.measures]

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat dict per actor (measures not computed left out)."""
        cols = self.columns()
        return [{c: getattr(r, c) for c in cols} for r in self.rows]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready dict: settings, notes and rows."""
        return {
            "network": self.network,
            "approximate": self.approximate,
            "k": self.k,
            "seed": self.seed,
            "notes": list(self.notes),
            "rows": self.to_rows(),
        }


# -- linear algebra (graphkit.analysis._eigen) --------------------------------


def _eigenvectors(
    P: nx.Graph, nodes: list[Any], directed: bool, notes: list[str], what: str, gram: bool = False
) -> tuple[list[float], list[float]]:
    """:func:`~graphkit.analysis._eigen.per_component` on ``P``'s weights, in plain Python when it can be.

    Up to ``_PURE_MAX`` actors the leading eigenvector of each component is
    found by power iteration (each part solved is connected, so the vector
    is unique), and numpy and scipy stay unloaded; eigenvectors of directed
    graphs (``--kind stance``), slow iterations and larger graphs go to
    numpy, as above.
    """
    if len(nodes) <= _PURE_MAX and not (directed and not gram):
        found = _eigen.per_component_python(_out_edges(P, nodes, "weight"), len(nodes), gram)
        if found is not None:
            return found
    scores, other = _eigen.per_component(_matrix(P, nodes, "weight"), directed, notes, what, gram)
    return scores.tolist(), other.tolist()


def _matrix(P: nx.Graph, nodes: list[Any], attr: str):
    """Adjacency matrix: a dense array up to ``_eigen.DENSE_MAX`` nodes, else CSR."""
    if len(nodes) <= _eigen.DENSE_MAX:
        return nx.to_numpy_array(P, nodelist=nodes, weight=attr, dtype=float)
    return nx.to_scipy_sparse_array(P, nodelist=nodes, weight=attr, format="csr").astype(float)


def _closeness(P: nx.Graph, nodes: list[Any], pivots: list[int] | None) -> list[float]:
    """Closeness (networkx's Wasserman-Faust form) from all or sampled sources.

    Lengths are ``distance`` divided by the shortest edge's (see below).

    For each target ``v`` over the sources ``s != v`` that reach it:
    ``c_v`` sources and ``D_v`` total distance; closeness is
    ``(c_v / S) * (c_v / D_v)`` with ``S`` the number of sources other than
    ``v``. With every node as a source this is exactly networkx's
    ``closeness_centrality(G, distance=..., wf_improved=True)`` times the
    shortest edge length (so in [0, 1]), inward
    distances for a directed graph; with a sample it is the usual
    pivot estimate.
    """
    n = len(nodes)
    if n < 2:
        return [0.0] * n
    if n > _PURE_MAX:
        return _closeness_scipy(P, nodes, pivots)
    rows = _out_edges(P, nodes, "distance")
    shortest = min((w for row in rows for w in row.values()), default=None)
    if shortest is not None:
        # The strongest tie is one step long, so no actor is nearer than one
        # step to another and closeness stays in [0, 1] as in networkx's
        # unweighted definition; the ranking is that of 1 / weight lengths.
        rows = [{j: w / shortest for j, w in row.items()} for row in rows]
    sources = range(n) if pivots is None else sorted(pivots)
    reach = [0] * n
    total = [0.0] * n
    for s in sources:
        dist = {s: 0.0}
        done = set()
        heap = [(0.0, s)]
        while heap:
            d, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            for v, w in rows[u].items():
                nd = d + w
                if nd < dist.get(v, math.inf):
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        for v, d in dist.items():
            if v != s:  # a source does not count itself
                reach[v] += 1
                total[v] += d
    n_src = [float(len(sources))] * n
    for s in sources:
        n_src[s] -= 1  # a sampled source is not its own source
    return [
        (reach[v] / n_src[v]) * (reach[v] / total[v]) if total[v] > 0 and n_src[v] > 0 else 0.0
        for v in range(n)
    ]


def _closeness_scipy(P: nx.Graph, nodes: list[Any], pivots: list[int] | None) -> list[float]:
    """:func:`_closeness` on scipy's Dijkstra, for large graphs."""
    import numpy as np
    from scipy.sparse import csgraph

    n = len(nodes)
    D = nx.to_scipy_sparse_array(P, nodelist=nodes, weight="distance", format="csr").astype(float)
    if D.nnz:
        D = D / D.data.min()
    sources = np.arange(n) if pivots is None else np.asarray(sorted(pivots))
    reach = np.zeros(n)
    total = np.zeros(n)
    for start in range(0, len(sources), _CHUNK):
        chunk = sources[start : start + _CHUNK]
        dist = csgraph.dijkstra(D, directed=True, indices=chunk)
        dist[np.arange(len(chunk)), chunk] = np.inf  # a source does not count itself
        finite = np.isfinite(dist)
        reach += finite.sum(axis=0)
        total += np.where(finite, dist, 0.0).sum(axis=0)
    n_src = np.full(n, float(len(sources)))
    n_src[sources] -= 1  # a sampled source is not its own source
    out = np.zeros(n)
    ok = (total > 0) & (n_src > 0)
    out[ok] = (reach[ok] / n_src[ok]) * (reach[ok] / total[ok])
    return out.tolist()


# -- the table ----------------------------------------------------------------


def centrality(
    G: nx.MultiDiGraph,
    *,
    network: str = "all",
    measures: Iterable[str] | None = None,
    approximate: bool | None = None,
    k: int | None = None,
    approx_threshold: int = APPROX_THRESHOLD,
    seed: int = 0,
    backend: str | None = None,
) -> CentralityTable:
    """Compute centrality measures for every actor.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    network : {"all", "co-mention", "stance"}
        Projection for the structural measures; ``"stance"`` keeps
        directions (closeness then uses inward distances, eigenvector
        in-edges).
    measures : iterable of str, optional
        Subset of :data:`MEASURES` to compute; the others are ``None``.
    approximate : bool, optional
        Sample ``k`` source nodes for betweenness and closeness. By default
        only when the graph has more than ``approx_threshold`` nodes.
    k : int, optional
        Number of sampled sources (default :data:`DEFAULT_K`, at most the
        number of nodes).
    approx_threshold : int
        See ``approximate``.
    seed : int
        Seed for the sample; the same seed gives the same table.
    backend : str, optional
        What computes betweenness and PageRank: ``"auto"`` (default; python-
        igraph from :data:`~graphkit.analysis._backend.FAST_MIN_NODES`
        actors up when the ``graphkit[fast]`` extra is installed),
        ``"networkx"``, ``"igraph"``, or a networkx backend such as
        ``"parallel"``. igraph gives networkx's values (same sampled
        sources, same normalisation), much faster.

    Returns
    -------
    CentralityTable
        Rows sorted by name. Eigenvector, hub and authority values are
        computed per connected component (each with its own leading
        eigenvector) and scaled by the component's leading eigenvalue (or
        singular value) over the largest, so the most central actor of the
        graph has 1 and a small separate cluster is not mistaken for the
        centre; on a connected graph they equal networkx's values divided
        by their maximum.

    Examples
    --------
    >>> centrality(nx.MultiDiGraph()).rows
    []
    """
    if network not in PROJECTIONS:
        raise GraphkitError(f"unknown network {network!r}; choose from {', '.join(PROJECTIONS)}")
    wanted = set(MEASURES) if measures is None else set(measures)
    bad = sorted(wanted - set(MEASURES))
    if bad:
        raise GraphkitError(f"unknown measure {', '.join(bad)}; choose from {', '.join(MEASURES)}")
    if k is not None and k < 1:
        raise GraphkitError(f"k must be at least 1, not {k}")
    check_backend(backend)

    P = project(G, network)
    # The directed stance graph, only for the measures that read it.
    directed = {"in_strength", "out_strength", "hub", "authority"}
    S = P if network == STANCE or not wanted & directed else project(G, STANCE)
    nodes = list(P)  # sorted by project()
    n = len(nodes)
    approx = (n > approx_threshold) if approximate is None else approximate
    k_used = min(k or DEFAULT_K, n) if approx else None
    if approx and k_used == n:
        approx, k_used = False, None  # a full sample is the exact measure
    notes: list[str] = []
    cols: dict[str, dict[Any, Any]] = {}

    if "degree" in wanted:
        if P.is_directed():
            cols["degree"] = {v: len(set(P.succ[v]) | set(P.pred[v])) for v in nodes}
        else:
            cols["degree"] = {v: len(P[v]) for v in nodes}
    if "strength" in wanted:
        cols["strength"] = {v: float(d) for v, d in P.degree(weight="weight")}
    if "in_strength" in wanted:
        cols["in_strength"] = {v: float(d) for v, d in S.in_degree(weight="weight")}
    if "out_strength" in wanted:
        cols["out_strength"] = {v: float(d) for v, d in S.out_degree(weight="weight")}

    fast = use_igraph(backend, n)
    if fast and wanted & {"betweenness", "pagerank"}:
        notes.append("betweenness and pagerank: computed by python-igraph")
    if "betweenness" in wanted:
        if fast:
            values = _igraph.betweenness(P, nodes, "distance", k_used, seed)
            cols["betweenness"] = dict(zip(nodes, values))
        else:
            kw = nx_kwargs(backend, nx.betweenness_centrality)
            if kw:
                notes.append(f"betweenness: ran on networkx backend {backend!r}")
            cols["betweenness"] = nx.betweenness_centrality(
                P, k=k_used, normalized=True, weight="distance", seed=seed, **kw
            )
    if "closeness" in wanted:
        pivots = None
        if approx:
            pivots = random.Random(seed).sample(range(n), k_used)
        cols["closeness"] = dict(zip(nodes, _closeness(P, nodes, pivots)))
    if "eigenvector" in wanted:
        ev, _ = _eigenvectors(P, nodes, P.is_directed(), notes, "eigenvector")
        cols["eigenvector"] = dict(zip(nodes, ev))
    if "pagerank" in wanted:
        if fast:
            cols["pagerank"] = dict(zip(nodes, _igraph.pagerank(P, nodes)))
        else:
            cols["pagerank"] = _pagerank(P, notes, nx_kwargs(backend, nx.pagerank))
    if "hub" in wanted or "authority" in wanted:
        snodes = list(S)
        auth, hub = _eigenvectors(S, snodes, True, notes, "hits", gram=True)
        cols["hub"] = dict(zip(snodes, hub))
        cols["authority"] = dict(zip(snodes, auth))

    rows = []
    for v in sorted(nodes, key=str):
        vals = {m: cols[m].get(v, 0.0) for m in MEASURES if m in wanted and m in cols}
        rows.append(CentralityRow(name=str(v), type=node_type(P, v), **vals))
    return CentralityTable(rows, network, approx, k_used, seed, notes)


def _pagerank(P: nx.Graph, notes: list[str], kw: dict[str, Any]) -> dict[Any, float]:
    if len(P) == 0:
        return {}
    small = len(P) <= _PURE_MAX and not kw
    for max_iter in (100, 1000):
        try:
            if small:
                return _pagerank_python(P, max_iter=max_iter)
            return nx.pagerank(P, weight="weight", max_iter=max_iter, **kw)
        except nx.PowerIterationFailedConvergence:
            continue
    notes.append("pagerank: did not converge; set to uniform")
    return {v: 1.0 / len(P) for v in P}
