"""Camps: communities of co-mention and factions of the signed stance graph.

:func:`communities` groups actors that are named together (Louvain, or
greedy modularity). :func:`factions` splits actors into ``k`` sides so that
as few stances as possible contradict the split: backing across sides or
opposing inside one (the *frustration* of the partition).

>>> G = nx.MultiDiGraph()
>>> def stance(u, v, s):
...     _ = G.add_edge(u, v, key="stance", kind="stance", weight=1.0, score=float(s), sign=s)
>>> stance("Iran", "Syria", 1); stance("Russia", "Syria", 1)
>>> stance("Turkey", "Syria", -1); stance("Turkey", "Russia", -1)
>>> f = factions(G)
>>> f.groups, f.frustration
([['Iran', 'Russia', 'Syria'], ['Turkey']], 0.0)
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.analysis import _igraph
from graphkit.analysis._backend import nx_kwargs, use_igraph
from graphkit.analysis.filters import CO_MENTION, PROJECTIONS, project, side_ties, signed_pairs
from graphkit.errors import GraphkitError

__all__ = [
    "EXACT_LIMIT",
    "Communities",
    "Factions",
    "FrustratedEdge",
    "communities",
    "factions",
    "frustration",
]

#: Signed components up to this many actors are solved exactly.
EXACT_LIMIT = 16
#: From this many sides up, the local search moves actors in sparse matrix steps.
SPARSE_MIN = 2000
COMMUNITY_METHODS = ("louvain", "greedy")


def _order_groups(groups: Iterable[Iterable[Any]]) -> list[list[Any]]:
    """Members A to Z; groups largest first, then by members."""
    out = [sorted(g, key=str) for g in groups]
    out = [g for g in out if g]
    out.sort(key=lambda g: (-len(g), [str(m) for m in g]))
    return out


def _names(groups: list[list[Any]]) -> list[list[str]]:
    return [[str(m) for m in g] for g in groups]


# -- communities ---------------------------------------------------------------


@dataclass
class Communities:
    """A partition of the actors that have at least one edge.

    Attributes
    ----------
    groups : list of list of str
        Largest first; members sorted.
    modularity : float
        Of the partition on the weighted projection (0 with no edges).
    isolates : list of str
        Actors with no edge in the projection, left out of ``groups``.
    method, network, resolution, seed
        How it was computed.
    """

    groups: list[list[str]]
    modularity: float
    isolates: list[str] = field(default_factory=list)
    method: str = "louvain"
    network: str = CO_MENTION
    resolution: float = 1.0
    seed: int = 0

    @property
    def membership(self) -> dict[str, int]:
        """``{actor: community index}`` (0-based, isolates left out)."""
        return {a: i for i, g in enumerate(self.groups) for a in g}

    def columns(self) -> list[str]:
        return ["community", "size", "actors"]

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per community, numbered from 1; actors joined by ``"; "``."""
        return [
            {"community": i + 1, "size": len(g), "actors": "; ".join(g)}
            for i, g in enumerate(self.groups)
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "network": self.network,
            "resolution": self.resolution,
            "seed": self.seed,
            "modularity": self.modularity,
            "groups": [list(g) for g in self.groups],
            "isolates": list(self.isolates),
        }


def communities(
    G: nx.MultiDiGraph,
    *,
    method: str = "louvain",
    network: str = CO_MENTION,
    resolution: float = 1.0,
    seed: int = 0,
    backend: str | None = None,
) -> Communities:
    """Find communities of actors named together.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    method : {"louvain", "greedy"}
        ``louvain`` (networkx's, seeded) or greedy modularity (slower,
        no randomness).
    network : {"co-mention", "stance", "all"}
        Projection to partition; stances count by weight whatever their
        sign, directions ignored.
    resolution : float
        Above 1 favours smaller communities.
    seed : int
        Seed for Louvain.
    backend : str, optional
        What runs Louvain: ``"auto"`` (python-igraph on large graphs when
        installed), ``"networkx"``, ``"igraph"`` or a networkx backend
        (see :mod:`graphkit.analysis._backend`).

    Returns
    -------
    Communities

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for u, v in [("A", "B"), ("B", "C"), ("A", "C"), ("D", "E")]:
    ...     _ = G.add_edge(u, v, key="co-mention", kind="co-mention", weight=1.0)
    >>> communities(G).groups
    [['A', 'B', 'C'], ['D', 'E']]
    """
    if method not in COMMUNITY_METHODS:
        raise GraphkitError(
            f"unknown community method {method!r}; choose from {', '.join(COMMUNITY_METHODS)}"
        )
    if network not in PROJECTIONS:
        raise GraphkitError(f"unknown network {network!r}; choose from {', '.join(PROJECTIONS)}")
    P = project(G, network)
    if P.is_directed():
        # Stances both ways between two actors make one tie of summed weight.
        U = nx.Graph()
        U.add_nodes_from(P.nodes(data=True))
        for u, v, d in P.edges(data=True):
            if U.has_edge(u, v):
                U[u][v]["weight"] += d["weight"]
            else:
                U.add_edge(u, v, weight=d["weight"])
        P = U
    isolates = sorted(str(n) for n in P if P.degree(n) == 0)
    P.remove_nodes_from([n for n in list(P) if P.degree(n) == 0])
    kw = nx_kwargs(backend, nx.community.louvain_communities)
    if P.number_of_edges() == 0:
        parts: list[Any] = []
    elif method == "louvain" and use_igraph(backend, len(P)):
        parts = _igraph.louvain(P, "weight", resolution, seed)
    elif method == "louvain":
        parts = nx.community.louvain_communities(
            P, weight="weight", resolution=resolution, seed=seed, **kw
        )
    else:
        parts = nx.community.greedy_modularity_communities(
            P, weight="weight", resolution=resolution
        )
    modularity = 0.0
    if parts:
        modularity = float(
            nx.community.modularity(P, parts, weight="weight", resolution=resolution)
        )
    return Communities(
        _names(_order_groups(parts)), modularity, isolates, method, network, resolution, seed
    )


# -- factions ------------------------------------------------------------------


@dataclass(frozen=True)
class FrustratedEdge:
    """A signed pair that contradicts the partition.

    ``u < v``; ``sign`` and ``net`` as in
    :func:`~graphkit.analysis.filters.signed_pairs`; ``cost`` is what it
    adds to the frustration (1, or ``abs(net)`` when weighted); ``inside``
    is True for an opposing pair inside one faction, False for a backing
    pair across two.
    """

    u: str
    v: str
    sign: int
    net: float
    cost: float
    inside: bool

    @property
    def reason(self) -> str:
        return "opposed inside a faction" if self.inside else "allied across factions"


@dataclass
class Factions:
    """A partition of the signed actors into at most ``k`` factions.

    Attributes
    ----------
    groups : list of list of str
        Non-empty factions, largest first; members sorted.
    frustration : float
        Number (or, weighted, total ``abs(net)``) of frustrated pairs.
    frustrated_edges : list of FrustratedEdge
        Costliest first, then by names.
    unplaced : list of str
        Actors with no signed stance, in no faction.
    k : int
    weighted : bool
    exact : bool
        Whether the partition is proven optimal (every signed component had
        at most ``exact_limit`` sides).
    ties : list of (str, str)
        Affiliation ties that bound an actor to the state or group it acts
        for (see :func:`~graphkit.analysis.filters.side_ties`).
    level : str
        ``"actor"``, or ``"state"`` when leaders were rolled up first.
    """

    groups: list[list[str]]
    frustration: float
    frustrated_edges: list[FrustratedEdge]
    unplaced: list[str] = field(default_factory=list)
    k: int = 2
    weighted: bool = False
    exact: bool = True
    ties: list[tuple[str, str]] = field(default_factory=list)
    level: str = "actor"

    @property
    def membership(self) -> dict[str, int]:
        """``{actor: faction index}`` (0-based)."""
        return {a: i for i, g in enumerate(self.groups) for a in g}

    def columns(self) -> list[str]:
        return ["faction", "size", "actors"]

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per faction, numbered from 1; actors joined by ``"; "``."""
        return [
            {"faction": i + 1, "size": len(g), "actors": "; ".join(g)}
            for i, g in enumerate(self.groups)
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "weighted": self.weighted,
            "exact": self.exact,
            "frustration": self.frustration,
            "level": self.level,
            "groups": [list(g) for g in self.groups],
            "unplaced": list(self.unplaced),
            "ties": [list(t) for t in self.ties],
            "frustrated_edges": [
                {
                    "u": e.u,
                    "v": e.v,
                    "sign": e.sign,
                    "net": e.net,
                    "cost": e.cost,
                    "reason": e.reason,
                }
                for e in self.frustrated_edges
            ],
        }


def _cost(net: float, weighted: bool) -> float:
    return abs(net) if weighted else 1.0


def _frustration_of(
    S: nx.Graph, member: dict[Any, int], weighted: bool
) -> tuple[float, list[FrustratedEdge]]:
    total = 0.0
    bad: list[FrustratedEdge] = []
    for a, b, d in S.edges(data=True):
        if a not in member or b not in member:
            continue
        same = member[a] == member[b]
        if (d["sign"] > 0) == same:
            continue
        c = _cost(d["net"], weighted)
        total += c
        u, v = sorted((str(a), str(b)))
        bad.append(FrustratedEdge(u, v, int(d["sign"]), float(d["net"]), c, same))
    bad.sort(key=lambda e: (-e.cost, e.u, e.v))
    return total, bad


def frustration(
    G: nx.MultiDiGraph, groups: Sequence[Iterable[str]], *, weighted: bool = False
) -> tuple[float, list[FrustratedEdge]]:
    """Frustration of a given partition of the signed stance graph.

    Pairs with an actor in no group are ignored.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="stance", kind="stance", weight=2.0, score=-1.0, sign=-1)
    >>> frustration(G, [["A", "B"]])[0], frustration(G, [["A"], ["B"]])[0]
    (1.0, 0.0)
    """
    member: dict[Any, int] = {}
    for i, g in enumerate(groups):
        for a in g:
            if a in member:
                raise GraphkitError(f"actor {a!r} is in two groups")
            member[a] = i
    return _frustration_of(signed_pairs(G), member, weighted)


# Adjacency of one component: adj[i] = [(j, sign, cost), ...]
_Adj = list[list[tuple[int, int, float]]]


def _move_costs(adj: _Adj, assign: list[int], v: int, k: int) -> list[float]:
    """Cost of v's pairs with placed neighbours if v joined each group."""
    pos_total = 0.0
    costs = [0.0] * k
    for j, s, w in adj[v]:
        g = assign[j]
        if g < 0:
            continue
        if s > 0:
            pos_total += w
            costs[g] -= w
        else:
            costs[g] += w
    return [pos_total + c for c in costs]


def _total(adj: _Adj, assign: list[int]) -> float:
    t = 0.0
    for i, nbrs in enumerate(adj):
        for j, s, w in nbrs:
            if j > i and (s > 0) != (assign[i] == assign[j]):
                t += w
    return t


def _local_search(adj: _Adj, k: int, rng: random.Random, restarts: int) -> tuple[float, list[int]]:
    """Multi-start greedy single-actor moves, best kept.

    The first start grows the partition along the graph, putting each actor
    where its placed neighbours want it (near-optimal on nearly balanced
    graphs); the others start at random.
    """
    n = len(adj)
    best: tuple[float, list[int]] | None = None
    for r in range(max(1, restarts)):
        if r == 0:
            assign = _greedy_start(adj, k)
        else:
            assign = [rng.randrange(k) for _ in range(n)]
        _polish(adj, assign, k, rng, 100)  # converges in a handful of passes
        cost = _total(adj, assign)
        if best is None or cost < best[0] - 1e-12:
            best = (cost, assign)
    assert best is not None
    return best


def _polish(adj: _Adj, assign: list[int], k: int, rng: random.Random, passes: int) -> None:
    """Move single actors to their cheapest faction, in random order, until none gains."""
    order = list(range(len(adj)))
    for _ in range(passes):
        rng.shuffle(order)
        moved = False
        for v in order:
            c = _move_costs(adj, assign, v, k)
            g = min(range(k), key=lambda h: (c[h], h))
            if c[g] < c[assign[v]] - 1e-12:
                assign[v] = g
                moved = True
        if not moved:
            break


def _greedy_start(adj: _Adj, k: int) -> list[int]:
    """Grow a partition breadth first, each actor where its placed neighbours want it."""
    assign = [-1] * len(adj)
    for v in _bfs_order(adj):
        c = _move_costs(adj, assign, v, k)
        assign[v] = min(range(k), key=lambda g: (c[g], g))
    return assign


def _search(adj: _Adj, k: int, rng: random.Random, restarts: int) -> tuple[float, list[int]]:
    """Local search, in sparse matrix steps on large components."""
    if len(adj) < SPARSE_MIN:
        return _local_search(adj, k, rng, restarts)
    import numpy as np

    from graphkit.analysis._sparse_search import sparse_search

    rows = np.fromiter((i for i, row in enumerate(adj) for _ in row), dtype=np.int64)
    cols = np.fromiter((j for row in adj for j, _, _ in row), dtype=np.int64)
    signs = np.fromiter((s for row in adj for _, s, _ in row), dtype=np.int64)
    costs = np.fromiter((w for row in adj for _, _, w in row), dtype=float)
    # It stops where no single move gains, as the one-at-a-time search does.
    return sparse_search(
        len(adj), rows, cols, signs, costs, k, _greedy_start(adj, k),
        seed=rng.randrange(2**32), restarts=restarts,
    )


def _bfs_order(adj: _Adj) -> list[int]:
    """Most connected actor first, then breadth first, heavier ties first."""
    n = len(adj)
    seen = [False] * n
    order: list[int] = []
    for root in sorted(range(n), key=lambda i: (-len(adj[i]), i)):
        if seen[root]:
            continue
        seen[root] = True
        q = deque([root])
        while q:
            v = q.popleft()
            order.append(v)
            for j, _, _ in sorted(adj[v], key=lambda e: (-e[2], e[0])):
                if not seen[j]:
                    seen[j] = True
                    q.append(j)
    return order


def _exact(adj: _Adj, k: int, bound: float, start: list[int]) -> tuple[float, list[int]]:
    """Branch and bound over partitions into at most k groups.

    Actors are placed breadth first so that each placement fixes the cost of
    some pairs early. Groups are opened in order (an actor may only open the
    next empty group), which skips relabelled copies of one partition. The
    bound adds, for every unplaced actor, its cheapest cost toward the placed
    ones: those pair sets are disjoint, so this never overestimates.
    """
    n = len(adj)
    order = _bfs_order(adj)
    assign = [-1] * n
    best_cost = bound
    best = list(start)
    # toward[v][g]: cost of v's pairs with placed actors if v joins g.
    toward = [[0.0] * k for _ in range(n)]

    def place(v: int, g: int, sign: int) -> None:
        for j, s, w in adj[v]:
            if assign[j] >= 0:
                continue
            row = toward[j]
            if s > 0:  # j pays w unless it joins g
                for h in range(k):
                    if h != g:
                        row[h] += sign * w
            else:
                row[g] += sign * w

    def search(depth: int, cost: float, used: int) -> None:
        nonlocal best_cost, best
        if depth == n:
            if cost < best_cost - 1e-12:
                best_cost, best = cost, list(assign)
            return
        rest = 0.0
        for i in range(depth, n):
            rest += min(toward[order[i]])
        if cost + rest >= best_cost - 1e-12:
            return
        v = order[depth]
        options = range(min(used + 1, k))
        for g in sorted(options, key=lambda h: (toward[v][h], h)):
            c = cost + toward[v][g]
            if c >= best_cost - 1e-12:
                continue
            assign[v] = g
            place(v, g, 1)
            search(depth + 1, c, max(used, g + 1))
            place(v, g, -1)
            assign[v] = -1

    search(0, 0.0, 0)
    return best_cost, best


def factions(
    G: nx.MultiDiGraph,
    k: int = 2,
    *,
    weighted: bool = False,
    exact_limit: int = EXACT_LIMIT,
    restarts: int = 10,
    seed: int = 0,
    ties: bool = True,
) -> Factions:
    """Split the signed actors into ``k`` factions with the least frustration.

    The stance graph is read undirected, one signed pair per two actors
    (:func:`~graphkit.analysis.filters.signed_pairs`). A partition's
    frustration counts backing pairs across factions plus opposing pairs
    inside one (``weighted``: summing ``abs(net)``, the net number of
    records, instead of counting pairs).

    A leader and the state or group it acts for are one side (``ties``):
    they always land in the same faction, unless the text sets them against
    each other (:func:`~graphkit.analysis.filters.side_ties`). A head of
    state is never in the camp opposite his own country, and a leader with
    no stance of his own joins his state's faction. Every actor pair between
    two sides still counts on its own in the frustration.

    Each connected component of the signed graph is solved on its own (its
    frustration does not depend on the others): exactly, by branch and bound,
    when it has at most ``exact_limit`` sides; otherwise by a seeded
    multi-start local search (from :data:`SPARSE_MIN` sides up in sparse
    matrix steps, many actors moving at once: seconds on 100,000 actors). The i-th largest group of every component
    goes to faction i: components share no stance, so which side of one
    matches which side of another is not something the data says.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    k : int
        Number of factions, at least 2; fewer come back when fewer
        lower the frustration (a graph where everyone backs everyone is one
        faction).
    weighted : bool
        Weigh pairs by ``abs(net)``.
    exact_limit : int
        Largest component solved exactly.
    restarts : int
        Starts of the local search.
    seed : int
        Seed of the local search.
    ties : bool
        Bind each actor to the state or group it acts for (default); False
        places every actor on its own stances alone.

    Returns
    -------
    Factions

    Examples
    --------
    Two leaders meet warmly while their states stand on opposite sides:

    >>> G = nx.MultiDiGraph()
    >>> for state, code, leader in [("Turkey", "TUR", "Erdogan"), ("Russia", "RUS", "Putin")]:
    ...     G.add_node(state, type="state", country=code)
    ...     G.add_node(leader, type="leader", country=code, affiliation=state)
    >>> for u, v, s in [("Erdogan", "Putin", 1), ("Turkey", "Syria", -1), ("Erdogan", "Syria", -1),
    ...                 ("Russia", "Syria", 1), ("Putin", "Syria", 1)]:
    ...     _ = G.add_edge(u, v, key="stance", kind="stance", weight=1.0, score=float(s), sign=s)
    >>> f = factions(G)
    >>> f.groups, f.frustration
    ([['Putin', 'Russia', 'Syria'], ['Erdogan', 'Turkey']], 1.0)
    """
    if k < 2:
        raise GraphkitError(f"factions need k >= 2, not {k}")
    S = signed_pairs(G)
    # One side per actor, or per actor and the state or group it acts for.
    side: dict[Any, Any] = {n: n for n in S}

    def root(n: Any) -> Any:
        while side[n] != n:
            side[n] = side[side[n]]
            n = side[n]
        return n

    held = side_ties(G, S) if ties else []
    for a, home in held:
        ra, rh = root(a), root(home)
        if ra != rh:
            side[max(ra, rh, key=str)] = min(ra, rh, key=str)
    members: dict[Any, list[Any]] = {}
    for n in sorted(S, key=str):
        members.setdefault(root(n), []).append(n)
    # A side takes part when one of its members has a signed stance.
    signed = {root(n) for n in S if S.degree(n) > 0}
    unplaced = sorted(str(n) for r, ms in members.items() if r not in signed for n in ms)
    U = nx.Graph()
    U.add_nodes_from(sorted(signed, key=str))
    for a, b, d in S.edges(data=True):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue  # inside one side: the same whatever the split
        if U.has_edge(ra, rb):
            U[ra][rb]["pairs"].append((int(d["sign"]), _cost(d["net"], weighted)))
        else:
            U.add_edge(ra, rb, pairs=[(int(d["sign"]), _cost(d["net"], weighted))])
    rng = random.Random(seed)
    exact = True
    buckets: list[list[Any]] = [[] for _ in range(k)]
    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(U)), key=lambda c: (-len(c), str(c[0]))
    )
    for comp in comps:
        index = {a: i for i, a in enumerate(comp)}
        adj: _Adj = [[] for _ in comp]
        for a in comp:
            for b, d in U[a].items():
                # Every actor pair between two sides counts on its own.
                adj[index[a]].extend((index[b], s, c) for s, c in d["pairs"])
        for row in adj:
            row.sort()
        cost, assign = _search(adj, k, rng, restarts)
        if len(comp) <= exact_limit:
            if cost > 0:
                cost, assign = _exact(adj, k, cost, assign)
        else:
            exact = False
        parts = [
            [m for i in range(len(comp)) if assign[i] == g for m in members[comp[i]]]
            for g in range(k)
        ]
        for bucket, part in zip(buckets, _order_groups(parts) + [[]] * k):
            bucket.extend(part)
    groups = _order_groups(buckets)
    member = {a: i for i, g in enumerate(groups) for a in g}
    total, bad = _frustration_of(S, member, weighted)
    used = [(str(a), str(h)) for a, h in held if root(a) in signed]
    return Factions(
        _names(groups), total, bad, unplaced, k, weighted, exact, used, str(G.graph.get("level", "actor"))
    )
