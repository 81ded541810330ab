"""Synthetic graphkit graphs for benchmarks and scale tests.

>>> G = synthetic_graph(50, 200, seed=1)
>>> G.number_of_nodes(), G.number_of_edges()
(50, 200)
>>> synthetic_graph(50, 200, seed=1).edges == G.edges
True
"""

from __future__ import annotations

from datetime import date, timedelta

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.records import QUADS

__all__ = ["synthetic_graph"]

# Gephi colours by actor type; only for a realistic attribute set.
_COLOURS = {
    "state": (31, 119, 180),
    "leader": (255, 127, 14),
    "armed_group": (214, 39, 40),
    "organization": (44, 160, 44),
}
#: Synthetic graphs keep the types of political news before people came
#: in, so that seeded graphs (tests, benchmark) stay as they were.
_TYPES = ("state", "leader", "armed_group", "organization")
_TYPE_SHARE = (0.3, 0.3, 0.25, 0.15)
_STANCE_SHARE = 0.4
_DAY0 = date(2020, 1, 1)
_DAYS = 1000


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """Make a random graph with the attributes of ``docs/GRAPH_SCHEMA.md``.

    Actors fall into about ``sqrt(n_nodes)`` blocs. Endpoints are drawn with
    heavy-tailed activity (a few actors are in most of the news) and mostly
    within a bloc; stance edges inside a bloc lean to cooperation, across
    blocs to conflict, so communities and factions have something to find.
    About 60 % of the edges are co-mentions, 40 % stances.

    Parameters
    ----------
    n_nodes : int
        Number of actors, named ``"Actor 00000"`` ...
    n_edges : int
        Number of edges, co-mention and stance together.
    seed : int
        Same seed, same graph.

    Returns
    -------
    networkx.MultiDiGraph
    """
    if n_nodes < 0 or n_edges < 0:
        raise GraphkitError("synthetic graph: sizes must not be negative")
    capacity = 3 * n_nodes * (n_nodes - 1) // 2  # co-mention pairs + ordered stance pairs
    if n_edges > capacity:
        raise GraphkitError(
            f"synthetic graph: {n_edges} edges do not fit among {n_nodes} nodes "
            f"(at most {capacity})"
        )
    import numpy as np  # only when a graph is made: `graphkit centrality` never needs it

    rng = np.random.default_rng(seed)
    width = len(str(max(n_nodes - 1, 0)))
    names = [f"Actor {i:0{max(width, 5)}d}" for i in range(n_nodes)]
    n_blocs = max(1, int(round(np.sqrt(n_nodes))))
    bloc = rng.integers(0, n_blocs, size=n_nodes)
    types = rng.choice(len(_TYPES), size=n_nodes, p=_TYPE_SHARE)
    activity = rng.pareto(1.5, size=n_nodes) + 1.0
    activity /= activity.sum()

    G = nx.MultiDiGraph(
        generator="graphkit synthetic", window="sentence", articles=max(1, n_edges // 5)
    )
    for i, name in enumerate(names):
        t = _TYPES[types[i]]
        r, g, b = _COLOURS[t]
        G.add_node(
            name,
            label=name,
            type=t,
            aliases=name,
            r=r,
            g=g,
            b=b,
            mentions=0,
            articles=0,
        )
    if n_edges == 0:
        return G

    members = [np.flatnonzero(bloc == c) for c in range(n_blocs)]
    in_bloc_cdf = [np.cumsum(activity[m]) / activity[m].sum() for m in members]
    chosen: dict[tuple[int, int, int], None] = {}
    # Rejection sampling in batches; near capacity fall back to enumeration.
    if n_edges > capacity // 2:
        cand = [
            (u, v, s)
            for u in range(n_nodes)
            for v in range(n_nodes)
            if u != v
            for s in (0, 1)
            if s == 1 or u < v
        ]
        for idx in sorted(rng.choice(len(cand), size=n_edges, replace=False)):
            chosen[cand[idx]] = None
    while len(chosen) < n_edges:
        batch = max(1024, 2 * (n_edges - len(chosen)))
        us = rng.choice(n_nodes, size=batch, p=activity)
        stance = rng.random(batch) < _STANCE_SHARE
        same = rng.random(batch) < 0.8
        vs = rng.choice(n_nodes, size=batch, p=activity)
        pick = rng.random(batch)
        for j in range(batch):
            u = int(us[j])
            if same[j]:
                c = bloc[u]
                k = min(int(np.searchsorted(in_bloc_cdf[c], pick[j])), len(members[c]) - 1)
                v = int(members[c][k])
            else:
                v = int(vs[j])
            if u == v:
                continue
            s = int(stance[j])
            key = (u, v, 1) if s else (min(u, v), max(u, v), 0)
            if key in chosen:
                continue
            chosen[key] = None
            if len(chosen) == n_edges:
                break

    for n_ev, (u, v, s) in enumerate(sorted(chosen)):
        w = int(rng.geometric(0.35))
        start = int(rng.integers(0, _DAYS))
        span = int(rng.integers(0, 120))
        dates = {
            "first_date": (_DAY0 + timedelta(days=start)).isoformat(),
            "last_date": (_DAY0 + timedelta(days=start + span)).isoformat(),
        }
        a, b = names[u], names[v]
        if not s:
            G.add_edge(
                a,
                b,
                key="co-mention",
                kind="co-mention",
                weight=float(w),
                articles=max(1, w // 2),
                **dates,
            )
            continue
        friendly = 0.8 if bloc[u] == bloc[v] else 0.25
        coop = int(rng.binomial(w, friendly))
        verbal_c = int(rng.binomial(coop, 0.6))
        verbal_k = int(rng.binomial(w - coop, 0.5))
        counts = dict(zip(QUADS, (verbal_c, coop - verbal_c, verbal_k, w - coop - verbal_k)))
        score = (2 * coop - w) / w
        G.add_edge(
            a,
            b,
            key="stance",
            kind="stance",
            weight=float(w),
            articles=max(1, w // 2),
            **counts,
            score=score,
            sign=int(np.sign(score)),
            evidence=" ".join(f"synthetic{n_ev}#s{i}" for i in range(w)),
            **dates,
        )
    # Node counts and dates consistent with the edges, for realism only.
    for n in G:
        incident = list(G.out_edges(n, data=True)) + list(G.in_edges(n, data=True))
        strength = sum(d["weight"] for *_, d in incident)
        node = G.nodes[n]
        node["mentions"] = int(strength) + 1
        node["articles"] = max(1, int(strength) // 3)
        if incident:
            node["first_date"] = min(d["first_date"] for *_, d in incident)
            node["last_date"] = max(d["last_date"] for *_, d in incident)
    return G
