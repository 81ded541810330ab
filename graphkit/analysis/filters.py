"""Select parts of a graphkit graph and collapse it to simple graphs.

A graphkit graph (``docs/GRAPH_SCHEMA.md``) is a ``networkx.MultiDiGraph``
with two edge kinds: ``"co-mention"`` (undirected in meaning, stored once)
and ``"stance"`` (directed, signed). :func:`filter_graph` keeps a part of it
as a graph of the same shape; :func:`project` collapses it to the simple
weighted graph that networkx algorithms expect.

>>> G = nx.MultiDiGraph()
>>> G.add_edge("Iran", "Syria", key="stance", kind="stance", weight=2.0,
...            score=1.0, sign=1)
'stance'
>>> G.add_edge("Iran", "Syria", key="co-mention", kind="co-mention", weight=5.0)
'co-mention'
>>> P = project(G, "all")
>>> P["Iran"]["Syria"]["weight"], P["Iran"]["Syria"]["distance"]
(7.0, 0.14285714285714285)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.records import ACTOR_TYPES

CO_MENTION = "co-mention"
STANCE = "stance"
EDGE_KINDS = (CO_MENTION, STANCE)
#: What :func:`project` accepts: one edge kind, or ``"all"`` for both.
PROJECTIONS = (CO_MENTION, STANCE, "all")

__all__ = [
    "CO_MENTION",
    "EDGE_KINDS",
    "PROJECTIONS",
    "STANCE",
    "edge_kind",
    "edges_of_kind",
    "filter_graph",
    "node_type",
    "project",
    "signed_pairs",
]


def edge_kind(key: Any, data: dict[str, Any]) -> str:
    """Return the kind of an edge: ``"co-mention"``, ``"stance"`` or other.

    The key is the kind in graphs graphkit writes; the ``kind`` attribute is
    read first so a graph whose keys were renumbered (some GraphML readers
    do that) still works.

    >>> edge_kind(0, {"kind": "stance"}), edge_kind("co-mention", {})
    ('stance', 'co-mention')
    """
    kind = data.get("kind")
    return str(kind) if kind is not None else str(key)


def edges_of_kind(G: nx.MultiDiGraph, kind: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(u, v, data)`` for the edges of one kind, in sorted order.

    Sorted so that everything built from the edges (projections, sampled
    betweenness, local search) is the same whatever order the graph was
    built in.
    """
    rows = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if edge_kind(k, d) == kind]
    rows.sort(key=lambda r: (str(r[0]), str(r[1]), str(r[2])))
    for u, v, _, d in rows:
        yield u, v, d


def node_type(G: nx.Graph, n: Any) -> str:
    """The ``type`` attribute of a node, ``""`` when absent."""
    return str(G.nodes[n].get("type", ""))


def _weight(d: dict[str, Any]) -> float:
    # A missing weight counts as one observation, as for an unweighted graph.
    return float(d.get("weight", 1.0))


def _parse_date(value: str | date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise GraphkitError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _overlaps(d: dict[str, Any], since: str | None, until: str | None) -> bool:
    """True when the item's ``first_date``..``last_date`` meets the window.

    Undated items are dropped under a date filter: nothing says they fall in
    the window.
    """
    if since is None and until is None:
        return True
    first = d.get("first_date") or d.get("last_date")
    last = d.get("last_date") or first
    if not first:
        return False
    # ISO dates compare as strings; [:10] drops any time part.
    first, last = str(first)[:10], str(last)[:10]
    if since is not None and last < since:
        return False
    if until is not None and first > until:
        return False
    return True


def filter_graph(
    G: nx.MultiDiGraph,
    kinds: Iterable[str] | str | None = None,
    min_weight: float | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    types: Iterable[str] | str | None = None,
    *,
    drop_isolates: bool = False,
) -> nx.MultiDiGraph:
    """Return a new graph holding the part of ``G`` that passes every filter.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    kinds : set of str, optional
        Edge kinds kept (``"co-mention"``, ``"stance"``); all when None.
    min_weight : float, optional
        Keep edges whose ``weight`` is at least this.
    since, until : str or datetime.date, optional
        ISO dates, inclusive. An edge (or node) is kept when its
        ``first_date``..``last_date`` span overlaps the window; undated
        edges and nodes are dropped when either bound is given.
    types : set of str, optional
        Actor types kept (``state``, ``leader``, ``armed_group``,
        ``organization``); edges to dropped actors go with them.
    drop_isolates : bool
        Also drop actors left with no edge.

    Returns
    -------
    networkx.MultiDiGraph
        A copy; ``G`` is not changed. Graph attributes are copied.

    Raises
    ------
    GraphkitError
        For an unknown kind or type, a malformed date or ``since > until``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("A", "B", key="co-mention", kind="co-mention", weight=1.0)
    'co-mention'
    >>> G.add_edge("A", "B", key="stance", kind="stance", weight=3.0, sign=1)
    'stance'
    >>> sorted(filter_graph(G, min_weight=2).edges(keys=True))
    [('A', 'B', 'stance')]
    """
    if isinstance(kinds, str):
        kinds = {kinds}
    kind_set = set(EDGE_KINDS) if kinds is None else set(kinds)
    bad = sorted(kind_set - set(EDGE_KINDS))
    if bad:
        raise GraphkitError(
            f"unknown edge kind {', '.join(bad)}; choose from {', '.join(EDGE_KINDS)}"
        )
    if isinstance(types, str):
        types = {types}
    type_set = None if types is None else set(types)
    if type_set is not None:
        bad = sorted(type_set - set(ACTOR_TYPES))
        if bad:
            raise GraphkitError(
                f"unknown actor type {', '.join(bad)}; choose from {', '.join(ACTOR_TYPES)}"
            )
    lo = _parse_date(since, "since")
    hi = _parse_date(until, "until")
    if lo is not None and hi is not None and lo > hi:
        raise GraphkitError(f"since {lo} is after until {hi}")

    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        if type_set is not None and d.get("type") not in type_set:
            continue
        if not _overlaps(d, lo, hi):
            continue
        H.add_node(n, **d)
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True), key=lambda r: (str(r[0]), str(r[1]), str(r[2]))
    ):
        if u not in H or v not in H:
            continue
        if edge_kind(k, d) not in kind_set:
            continue
        if min_weight is not None and _weight(d) < min_weight:
            continue
        if not _overlaps(d, lo, hi):
            continue
        H.add_edge(u, v, key=k, **d)
    if drop_isolates:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def _add_nodes(P: nx.Graph, G: nx.Graph) -> None:
    for n in sorted(G.nodes, key=str):
        P.add_node(n, **G.nodes[n])


def _set_distance(P: nx.Graph) -> None:
    # networkx shortest-path measures read ``weight=`` as a length; a strong
    # tie should be a short hop, so the length is the inverse weight.
    for _, _, d in P.edges(data=True):
        d["distance"] = 1.0 / d["weight"]


def signed_pairs(G: nx.MultiDiGraph) -> nx.Graph:
    """Collapse stance edges to one signed, undirected edge per pair.

    A pair's ``net`` is the sum over both directions of ``score * weight``
    (the number of cooperation records minus conflict records); its
    ``sign`` is the sign of ``net``. Pairs whose net is zero carry no sign
    and are left out. ``weight`` is the number of stance records in both
    directions. Every node of ``G`` is kept.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("A", "B", key="stance", kind="stance", weight=3.0, score=1.0, sign=1)
    'stance'
    >>> G.add_edge("B", "A", key="stance", kind="stance", weight=1.0, score=-1.0, sign=-1)
    'stance'
    >>> S = signed_pairs(G)
    >>> S["A"]["B"]["sign"], S["A"]["B"]["net"], S["A"]["B"]["weight"]
    (1, 2.0, 4.0)
    """
    P = nx.Graph()
    _add_nodes(P, G)
    acc: dict[tuple[Any, Any], list[float]] = {}
    for u, v, d in edges_of_kind(G, STANCE):
        if u == v:
            continue
        a, b = sorted((u, v), key=str)
        w = _weight(d)
        net = float(d.get("score", d.get("sign", 0))) * w
        slot = acc.setdefault((a, b), [0.0, 0.0])
        slot[0] += net
        slot[1] += w
    for (a, b), (net, w) in sorted(acc.items(), key=lambda r: (str(r[0][0]), str(r[0][1]))):
        # Round so that +0.5 and -0.5 from float scores cancel to exactly 0.
        net = round(net, 9)
        if net == 0:
            continue
        P.add_edge(a, b, net=net, weight=w, sign=1 if net > 0 else -1)
    return P


def project(G: nx.MultiDiGraph, kind: str, signed: bool = False) -> nx.Graph | nx.DiGraph:
    """Collapse a graphkit graph to a simple weighted graph.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    kind : {"co-mention", "stance", "all"}
        ``"co-mention"`` gives an undirected ``Graph``; ``"stance"`` a
        ``DiGraph`` keeping ``sign`` and ``score``; ``"all"`` an undirected
        ``Graph`` whose weight sums every edge between the pair.
    signed : bool
        Only with ``"stance"``: return :func:`signed_pairs` instead, one
        undirected edge per pair with the sign of its net stance.

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        Every node of ``G`` with its attributes, nodes in sorted order. Edges
        carry ``weight`` (> 0) and ``distance = 1 / weight`` for
        shortest-path measures. Self-loops and edges with a non-positive
        weight are left out.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("A", "B", key="stance", kind="stance", weight=2.0, score=-1.0, sign=-1)
    'stance'
    >>> D = project(G, "stance")
    >>> D.is_directed(), D["A"]["B"]["sign"], D["A"]["B"]["distance"]
    (True, -1, 0.5)
    """
    if kind not in PROJECTIONS:
        raise GraphkitError(f"unknown projection {kind!r}; choose from {', '.join(PROJECTIONS)}")
    if signed:
        if kind != STANCE:
            raise GraphkitError("a signed projection needs kind 'stance'")
        return signed_pairs(G)

    if kind == STANCE:
        D = nx.DiGraph()
        _add_nodes(D, G)
        for u, v, d in edges_of_kind(G, STANCE):
            w = _weight(d)
            if u == v or w <= 0:
                continue
            score = float(d.get("score", d.get("sign", 0)))
            sign = int(d.get("sign", (score > 0) - (score < 0)))
            D.add_edge(u, v, weight=w, score=score, sign=sign)
        _set_distance(D)
        return D

    P = nx.Graph()
    _add_nodes(P, G)
    kinds = EDGE_KINDS if kind == "all" else (kind,)
    for k in kinds:
        for u, v, d in edges_of_kind(G, k):
            w = _weight(d)
            if u == v or w <= 0:
                continue
            if P.has_edge(u, v):
                P[u][v]["weight"] += w
            else:
                P.add_edge(u, v, weight=w)
    _set_distance(P)
    return P
