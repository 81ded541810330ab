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
from graphkit.records import ACTOR_TYPES, QUADS

CO_MENTION = "co-mention"
STANCE = "stance"
EDGE_KINDS = (CO_MENTION, STANCE)
#: What :func:`project` accepts: one edge kind, or ``"all"`` for both.
PROJECTIONS = (CO_MENTION, STANCE, "all")
#: ``quads`` shorthands of :func:`filter_graph`.
QUAD_GROUPS = {
    "verbal": ("verbal_cooperation", "verbal_conflict"),
    "material": ("material_cooperation", "material_conflict"),
    "cooperation": ("verbal_cooperation", "material_cooperation"),
    "conflict": ("verbal_conflict", "material_conflict"),
}
_COOPERATION = {"verbal_cooperation", "material_cooperation"}


class FilterError(GraphkitError):
    """The filters leave no edge; the message says which filter and why."""

__all__ = [
    "CO_MENTION",
    "EDGE_KINDS",
    "PROJECTIONS",
    "QUAD_GROUPS",
    "STANCE",
    "FilterError",
    "affiliation_ties",
    "edge_kind",
    "edges_of_kind",
    "filter_graph",
    "node_type",
    "project",
    "roll_up",
    "side_ties",
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
    yield from _edges_by_kind(G, (kind,))[kind]


def _edges_by_kind(
    G: nx.MultiDiGraph, kinds: Iterable[str]
) -> dict[str, list[tuple[Any, Any, dict[str, Any]]]]:
    """``{kind: sorted (u, v, data)}`` for ``kinds``, in one pass over the edges."""
    rows: dict[str, list[tuple[Any, Any, Any, dict[str, Any]]]] = {k: [] for k in kinds}
    for u, v, k, d in G.edges(keys=True, data=True):
        kind = d.get("kind")
        bucket = rows.get(str(kind) if kind is not None else str(k))
        if bucket is not None:
            bucket.append((u, v, k, d))
    out = {}
    for kind, found in rows.items():
        found.sort(key=lambda r: (str(r[0]), str(r[1]), str(r[2])))
        out[kind] = [(u, v, d) for u, v, _, d in found]
    return out


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
    quads: Iterable[str] | str | None = None,
    drop_isolates: bool = False,
    require_edges: bool = False,
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
    quads : set of str, optional
        Keep only stance records of these CAMEO quad classes
        (``verbal_cooperation``, ``material_cooperation``, ``verbal_conflict``,
        ``material_conflict``, or the shorthands of :data:`QUAD_GROUPS`:
        ``material`` for what actors do rather than say). A stance edge's
        ``weight``, ``score`` and ``sign`` are recomputed from the counts
        kept; an edge with none left is dropped. Co-mentions are untouched.
    drop_isolates : bool
        Also drop actors left with no edge.
    require_edges : bool
        Raise :class:`FilterError` when ``G`` has edges and none pass,
        saying which filter removed the last ones and why.

    Returns
    -------
    networkx.MultiDiGraph
        A copy; ``G`` is not changed. Graph attributes are copied.

    Raises
    ------
    GraphkitError
        For an unknown kind, type or quad, a malformed date or
        ``since > until``.
    FilterError
        With ``require_edges``, when nothing is left.

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
    quad_set = _quad_set(quads)
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
    # Edges each filter dropped, in the order the filters apply, to say why
    # nothing is left.
    dropped = dict.fromkeys(("actor", "kind", "quad", "weight", "undated", "date"), 0)
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True), key=lambda r: (str(r[0]), str(r[1]), str(r[2]))
    ):
        if type_set is not None and not (
            G.nodes[u].get("type") in type_set and G.nodes[v].get("type") in type_set
        ):
            dropped["actor"] += 1
            continue
        kind = edge_kind(k, d)
        if kind not in kind_set:
            dropped["kind"] += 1
            continue
        if quad_set is not None and kind == STANCE:
            kept = _keep_quads(d, quad_set)
            if kept is None:
                dropped["quad"] += 1
                continue
            d = kept
        if min_weight is not None and _weight(d) < min_weight:
            dropped["weight"] += 1
            continue
        if not _overlaps(d, lo, hi):
            dropped["date" if (d.get("first_date") or d.get("last_date")) else "undated"] += 1
            continue
        if u not in H or v not in H:
            # An endpoint undated or out of the window while the edge is in it.
            dropped["date"] += 1
            continue
        H.add_edge(u, v, key=k, **d)
    if require_edges and G.number_of_edges() and not H.number_of_edges():
        raise FilterError(_why_empty(G, dropped, kind_set, type_set, quad_set, min_weight, lo, hi))
    if drop_isolates:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def _quad_set(quads: Iterable[str] | str | None) -> set[str] | None:
    if quads is None:
        return None
    if isinstance(quads, str):
        quads = {quads}
    out: set[str] = set()
    for q in quads:
        if q in QUAD_GROUPS:
            out.update(QUAD_GROUPS[q])
        elif q in QUADS:
            out.add(q)
        else:
            choices = ", ".join(list(QUADS) + list(QUAD_GROUPS))
            raise GraphkitError(f"unknown quad class {q!r}; choose from {choices}")
    return out or None


def _keep_quads(d: dict[str, Any], keep: set[str]) -> dict[str, Any] | None:
    """A stance edge's attributes with only the records of ``keep``, or None."""
    counts = {q: int(d.get(q, 0) or 0) for q in QUADS}
    weight = sum(counts[q] for q in keep)
    if weight == 0:
        return None
    coop = sum(counts[q] for q in keep & _COOPERATION)
    out = {k: v for k, v in d.items() if k not in QUADS}
    for q in sorted(keep):
        if counts[q]:
            out[q] = counts[q]
    # Every stance record has polarity +1 (cooperation) or -1 (conflict).
    score = (2 * coop - weight) / weight
    out.update(weight=float(weight), score=score, sign=(score > 0) - (score < 0))
    return out


def _dated_span(G: nx.MultiDiGraph) -> tuple[str, str] | None:
    firsts, lasts = [], []
    for *_, d in G.edges(data=True):
        first = d.get("first_date") or d.get("last_date")
        if first:
            firsts.append(str(first)[:10])
            lasts.append(str(d.get("last_date") or first)[:10])
    return (min(firsts), max(lasts)) if firsts else None


def _why_empty(
    G: nx.MultiDiGraph,
    dropped: dict[str, int],
    kinds: set[str],
    types: set[str] | None,
    quads: set[str] | None,
    min_weight: float | None,
    lo: str | None,
    hi: str | None,
) -> str:
    """One line saying what each filter removed from ``G``."""
    reasons = []
    if dropped["actor"]:
        reasons.append(
            f"{dropped['actor']} edges touch an actor not of type {' or '.join(sorted(types or ()))}"
        )
    if dropped["kind"]:
        reasons.append(f"no {' or '.join(sorted(kinds))} edges ({dropped['kind']} of other kinds)")
    if dropped["quad"]:
        reasons.append(
            f"{dropped['quad']} stance edges have no {' or '.join(sorted(quads or ()))} record"
        )
    if dropped["weight"]:
        heaviest = max(_weight(d) for *_, d in G.edges(data=True))
        reasons.append(
            f"{dropped['weight']} edges lighter than {min_weight:g} (the heaviest weighs {heaviest:g})"
        )
    if dropped["date"] or dropped["undated"]:
        if lo and hi:
            window = f"from {lo} to {hi}"
        else:
            window = f"on or after {lo}" if lo else f"on or before {hi}"
        span = _dated_span(G)
        seen = f" (dated edges run from {span[0]} to {span[1]})" if span else ""
        text = f"no dated edges {window}{seen}"
        if dropped["undated"]:
            text += f"; {dropped['undated']} undated edges dropped"
        reasons.append(text)
    return f"the filters leave none of the {G.number_of_edges()} edges: " + "; ".join(reasons)


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
    by_kind = _edges_by_kind(G, kinds)
    for k in kinds:
        for u, v, d in by_kind[k]:
            w = _weight(d)
            if u == v or w <= 0:
                continue
            if P.has_edge(u, v):
                P[u][v]["weight"] += w
            else:
                P.add_edge(u, v, weight=w)
    _set_distance(P)
    return P


# -- leaders and the state they act for ------------------------------------------


def affiliation_ties(G: nx.Graph) -> dict[Any, Any]:
    """``{leader: the state or group it acts for}``, for those in ``G``.

    A node's ``affiliation`` attribute names the state or group a leader
    acts for (``docs/GRAPH_SCHEMA.md``). A leader without one is tied by its
    ``country`` to the only state node of that country, if there is exactly
    one. Only leaders are tied through ``country``: an armed group based in a
    country does not act for its state.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Russia", type="state", country="RUS")
    >>> G.add_node("Vladimir Putin", type="leader", country="RUS", affiliation="Russia")
    >>> G.add_node("Sergei Lavrov", type="leader", country="RUS")
    >>> G.add_node("Wagner Group", type="armed_group", country="RUS")
    >>> affiliation_ties(G)
    {'Sergei Lavrov': 'Russia', 'Vladimir Putin': 'Russia'}
    """
    states: dict[str, list[Any]] = {}
    for n, d in G.nodes(data=True):
        if d.get("type") == "state" and d.get("country"):
            states.setdefault(str(d["country"]), []).append(n)
    ties: dict[Any, Any] = {}
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        home = d.get("affiliation")
        if home is not None and home in G and home != n and d.get("type") != "person":
            ties[n] = home
        elif home is None and d.get("type") == "leader":
            match = states.get(str(d.get("country", "")), [])
            if len(match) == 1 and match[0] != n:
                ties[n] = match[0]
    return ties


def _span(a: dict[str, Any], b: dict[str, Any]) -> dict[str, str]:
    firsts = [x for x in (a.get("first_date"), b.get("first_date")) if x]
    lasts = [x for x in (a.get("last_date"), b.get("last_date")) if x]
    out = {}
    if firsts:
        out["first_date"] = min(firsts)
    if lasts:
        out["last_date"] = max(lasts)
    return out


def _merge_edge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two edges of one kind between the same pair, folded into one."""
    out = dict(old)
    w_old, w_new = _weight(old), _weight(new)
    out["weight"] = w_old + w_new
    if "articles" in old or "articles" in new:
        # An article naming both a leader and his state counts twice: an upper bound.
        out["articles"] = int(old.get("articles", 0)) + int(new.get("articles", 0))
    if edge_kind("", old) == STANCE:
        for q in QUADS:
            if q in old or q in new:
                out[q] = int(old.get(q, 0)) + int(new.get(q, 0))
        s_old = float(old.get("score", old.get("sign", 0)))
        s_new = float(new.get("score", new.get("sign", 0)))
        score = (s_old * w_old + s_new * w_new) / (w_old + w_new)
        out["score"] = score
        out["sign"] = (score > 0) - (score < 0)
        ev = " ".join(e for e in (old.get("evidence"), new.get("evidence")) if e)
        if ev:
            out["evidence"] = ev
    out.update(_span(old, new))
    return out


def roll_up(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Fold every leader into the state or group it acts for (``--level state``).

    The analysis-time twin of ``graphkit build --level state``: each actor
    of :func:`affiliation_ties`, and each leader whose ``affiliation`` is not
    a node yet, becomes its state (created as a ``state`` node when absent).
    Edges between the same pair and of the same kind fold into one (weights,
    quad counts and evidence added, ``score`` averaged by weight); a stance
    between a leader and his own state disappears; a ``person`` (outside
    politics) rolls up into nothing and leaves with its edges. Graph attribute
    ``level`` becomes ``"state"``.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Turkey", type="state", country="TUR")
    >>> G.add_node("Recep Tayyip Erdogan", type="leader", country="TUR", affiliation="Turkey")
    >>> G.add_node("Syria", type="state", country="SYR")
    >>> _ = G.add_edge("Turkey", "Syria", key="stance", kind="stance", weight=1.0, score=1.0, sign=1)
    >>> _ = G.add_edge("Recep Tayyip Erdogan", "Syria", key="stance", kind="stance",
    ...                weight=3.0, score=-1.0, sign=-1)
    >>> H = roll_up(G)
    >>> sorted(H), H["Turkey"]["Syria"]["stance"]["weight"], H["Turkey"]["Syria"]["stance"]["sign"]
    (['Syria', 'Turkey'], 4.0, -1)
    """
    into = affiliation_ties(G)
    for n in G:
        home = G.nodes[n].get("affiliation")
        if n not in into and home and G.nodes[n].get("type") == "leader" and home != n:
            into[n] = home
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.graph["level"] = "state"
    # A person outside politics acts for no state: at state level, nothing.
    gone = {n for n, d in G.nodes(data=True) if d.get("type") == "person"}
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        if n in gone:
            continue
        target = into.get(n, n)
        if target not in H:
            if target in G:
                H.add_node(target, **G.nodes[target])
            else:
                attrs = {"label": str(target), "type": "state", "mentions": 0, "articles": 0}
                if d.get("country"):
                    attrs["country"] = d["country"]
                H.add_node(target, **attrs)
        if target == n:
            continue
        node = H.nodes[target]
        node["mentions"] = int(node.get("mentions", 0)) + int(d.get("mentions", 0))
        node["articles"] = int(node.get("articles", 0)) + int(d.get("articles", 0))
        aliases = {a.strip() for a in str(node.get("aliases", "")).split(";") if a.strip()}
        aliases |= {a.strip() for a in str(d.get("aliases", "")).split(";") if a.strip()}
        if aliases:
            node["aliases"] = "; ".join(sorted(aliases))
        node.update(_span(node, d))
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True), key=lambda r: (str(r[0]), str(r[1]), str(r[2]))
    ):
        a, b = into.get(u, u), into.get(v, v)
        if a == b or u in gone or v in gone:
            continue
        kind = edge_kind(k, d)
        if kind == CO_MENTION:
            a, b = sorted((a, b), key=str)  # co-mentions are stored once, smaller name first
        if H.has_edge(a, b, key=k):
            H[a][b][k].update(_merge_edge(H[a][b][k], d))
        else:
            H.add_edge(a, b, key=k, **d)
    return H


def side_ties(G: nx.MultiDiGraph, S: nx.Graph | None = None) -> list[tuple[Any, Any]]:
    """The affiliation ties that hold: ``(actor, home)`` pairs, sorted.

    A tie of :func:`affiliation_ties` holds unless the text sets the two
    against each other: a negative net stance between them in
    :func:`signed_pairs` (``S``, computed when not given).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Russia", type="state", country="RUS")
    >>> G.add_node("Alexei Navalny", type="leader", country="RUS", affiliation="Russia")
    >>> side_ties(G)
    [('Alexei Navalny', 'Russia')]
    >>> _ = G.add_edge("Alexei Navalny", "Russia", key="stance", kind="stance",
    ...                weight=2.0, score=-1.0, sign=-1)
    >>> side_ties(G)
    []
    """
    if S is None:
        S = signed_pairs(G)
    out = []
    for a, home in affiliation_ties(G).items():
        if S.has_edge(a, home) and S[a][home]["sign"] < 0:
            continue
        out.append((a, home))
    return sorted(out, key=lambda t: (str(t[0]), str(t[1])))
