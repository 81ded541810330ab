"""Tests of graphkit.analysis on small hand-built graphs with known answers."""

from __future__ import annotations

import itertools
import json
import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.analysis import (
    balance,
    centrality,
    communities,
    diff_graphs,
    ego,
    factions,
    filter_graph,
    frustration,
    project,
    resolve_actor,
    signed_pairs,
    synthetic_graph,
)
from graphkit.analysis.balance import describe_pair
from graphkit.analysis.centrality import MEASURES
from graphkit.errors import GraphkitError
from graphkit.records import QUADS

# -- a builder with the attributes of docs/GRAPH_SCHEMA.md ---------------------


def build(co=(), stance=(), types=None, dates=None, nodes=()):
    """A graphkit graph.

    ``co``: ``(u, v, weight)``; ``stance``: ``(u, v, score, weight)``;
    ``types``: ``{name: type}`` (default ``state``); ``dates``:
    ``{(u, v, kind): (first, last)}`` for edges and ``{name: (first, last)}``
    for nodes; ``nodes``: extra isolated actors.
    """
    types = types or {}
    dates = dates or {}
    G = nx.MultiDiGraph(generator="graphkit test", window="sentence", articles=1)
    names = set(nodes)
    names.update(n for u, v, *_ in list(co) + list(stance) for n in (u, v))
    for n in sorted(names):
        attrs = dict(
            label=n, type=types.get(n, "state"), mentions=1, articles=1, aliases=n, r=0, g=0, b=0
        )
        if n in dates:
            attrs["first_date"], attrs["last_date"] = dates[n]
        G.add_node(n, **attrs)
    for u, v, w in co:
        a, b = sorted((u, v))
        attrs = dict(kind="co-mention", weight=float(w), articles=1)
        span = dates.get((a, b, "co-mention")) or dates.get((u, v, "co-mention"))
        if span:
            attrs["first_date"], attrs["last_date"] = span
        G.add_edge(a, b, key="co-mention", **attrs)
    for i, (u, v, score, w) in enumerate(stance):
        coop = round((1 + score) / 2 * w)
        counts = dict(zip(QUADS, (coop, 0, w - coop, 0)))
        attrs = dict(
            kind="stance",
            weight=float(w),
            articles=1,
            score=float(score),
            sign=(score > 0) - (score < 0),
            evidence=f"a#s{i}",
            **counts,
        )
        span = dates.get((u, v, "stance"))
        if span:
            attrs["first_date"], attrs["last_date"] = span
        G.add_edge(u, v, key="stance", **attrs)
    return G


def star(n_leaves=4, kind="co"):
    leaves = [f"L{i}" for i in range(n_leaves)]
    if kind == "co":
        return build(co=[("Hub", leaf, 1) for leaf in leaves])
    return build(stance=[("Hub", leaf, 1, 1) for leaf in leaves])


# -- filters ---------------------------------------------------------------------


def test_filter_kinds_weight_types_and_copy():
    G = build(co=[("A", "B", 1), ("B", "C", 5)], stance=[("A", "C", -1, 3)], types={"A": "leader"})
    H = filter_graph(G, kinds={"stance"})
    assert sorted(H.edges(keys=True)) == [("A", "C", "stance")]
    assert set(H) == set(G)  # actors stay unless asked
    H = filter_graph(G, min_weight=3)
    assert sorted(H.edges(keys=True)) == [("A", "C", "stance"), ("B", "C", "co-mention")]
    H = filter_graph(G, types={"state"})
    assert set(H) == {"B", "C"} and list(H.edges(keys=True)) == [("B", "C", "co-mention")]
    H = filter_graph(G, kinds="co-mention", min_weight=2, drop_isolates=True)
    assert set(H) == {"B", "C"}
    assert H.graph["generator"] == "graphkit test"
    assert G.number_of_edges() == 3  # the input is untouched


def test_filter_dates_keep_overlapping_spans():
    G = build(
        co=[("A", "B", 1), ("B", "C", 1), ("C", "D", 1)],
        dates={
            ("A", "B", "co-mention"): ("2020-01-01", "2020-03-01"),
            ("B", "C", "co-mention"): ("2020-05-01", "2020-06-01"),
            "A": ("2020-01-01", "2020-03-01"),
            "B": ("2020-01-01", "2020-06-01"),
            "C": ("2020-05-01", "2020-06-01"),
        },
    )
    H = filter_graph(G, since="2020-02-15", until="2020-05-10")
    # both dated edges overlap the window; the undated one cannot be placed in it
    assert sorted(H.edges(keys=True)) == [("A", "B", "co-mention"), ("B", "C", "co-mention")]
    assert "D" not in H
    H = filter_graph(G, since="2020-03-02")
    assert sorted(H.edges(keys=True)) == [("B", "C", "co-mention")]
    H = filter_graph(G, until="2020-01-01")
    assert sorted(H.edges(keys=True)) == [("A", "B", "co-mention")]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kinds": {"quote"}},
        {"types": {"country"}},
        {"since": "2020-13-01"},
        {"since": "2021-01-01", "until": "2020-01-01"},
    ],
)
def test_filter_rejects_bad_arguments(kwargs):
    with pytest.raises(GraphkitError):
        filter_graph(build(co=[("A", "B", 1)]), **kwargs)


def test_project_kinds():
    G = build(co=[("A", "B", 2)], stance=[("A", "B", 1, 3), ("B", "A", -1, 1), ("C", "A", -1, 2)])
    P = project(G, "co-mention")
    assert not P.is_directed() and P["A"]["B"]["weight"] == 2.0 and P.number_of_edges() == 1
    assert set(P) == {"A", "B", "C"}
    D = project(G, "stance")
    assert D.is_directed() and D["B"]["A"]["sign"] == -1 and D["A"]["B"]["distance"] == 1 / 3
    assert not D.has_edge("A", "C")
    T = project(G, "all")
    assert T["A"]["B"]["weight"] == 2 + 3 + 1 and T["A"]["C"]["weight"] == 2
    with pytest.raises(GraphkitError):
        project(G, "quotes")
    with pytest.raises(GraphkitError):
        project(G, "all", signed=True)


def test_signed_projection_uses_net_and_skips_zero():
    G = build(
        stance=[
            ("A", "B", 1, 3),
            ("B", "A", -1, 1),  # net +2
            ("A", "C", 1, 1),
            ("C", "A", -1, 1),  # net 0: no sign
            ("B", "C", -0.5, 2),
        ]
    )  # net -1
    S = project(G, "stance", signed=True)
    assert S["A"]["B"]["sign"] == 1 and S["A"]["B"]["net"] == 2.0 and S["A"]["B"]["weight"] == 4
    assert not S.has_edge("A", "C")
    assert S["B"]["C"]["sign"] == -1


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("ABCDE"), st.sampled_from("ABCDE"), st.integers(1, 6), st.booleans()
        ),
        max_size=15,
    ),
    st.integers(1, 6),
)
def test_filter_min_weight_property(edges, threshold):
    co = [(u, v, w) for u, v, w, is_co in edges if is_co and u != v]
    stance = [(u, v, 1, w) for u, v, w, is_co in edges if not is_co and u != v]
    G = build(co=co, stance=stance)
    H = filter_graph(G, min_weight=threshold)
    kept = set(H.edges(keys=True))
    assert all(d["weight"] >= threshold for *_, d in H.edges(data=True))
    assert kept == {
        (u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["weight"] >= threshold
    }


# -- centrality --------------------------------------------------------------------


def test_star_centrality():
    table = centrality(star(4))
    hub = table.row("Hub")
    leaves = [table.row(f"L{i}") for i in range(4)]
    assert hub.degree == 4 and hub.strength == 4.0
    assert hub.betweenness == 1.0 and all(r.betweenness == 0 for r in leaves)
    assert hub.closeness == 1.0
    assert all(math.isclose(r.closeness, 4 / 7) for r in leaves)  # 4 / (1 + 3 * 2)
    assert hub.eigenvector == 1.0 and all(math.isclose(r.eigenvector, 0.5) for r in leaves)
    assert hub.pagerank > leaves[0].pagerank
    for m in MEASURES:
        assert len({getattr(r, m) for r in leaves}) == 1 or m in ("in_strength", "out_strength")
    # ties are broken by name
    assert [r.name for r in table.top(3, sort="degree")] == ["Hub", "L0", "L1"]


def test_stance_star_hits_and_strength():
    table = centrality(star(3, kind="stance"))
    assert table.row("Hub").out_strength == 3 and table.row("Hub").in_strength == 0
    assert table.row("Hub").hub == 1.0 and table.row("Hub").authority == 0.0
    assert all(table.row(f"L{i}").authority == pytest.approx(1.0) for i in range(3))
    assert table.top(1, sort="hub").rows[0].name == "Hub"


def test_shortest_paths_use_inverse_weight():
    # A-B seen once, A-C and C-B often: the short way from A to B runs through C
    G = build(co=[("A", "B", 1), ("A", "C", 10), ("B", "C", 10)])
    table = centrality(G)
    assert table.row("C").betweenness == 1.0
    assert table.row("A").betweenness == 0.0


def test_centrality_matches_networkx_on_connected_graph():
    P = nx.les_miserables_graph()
    G = build(co=[(u, v, d["weight"]) for u, v, d in P.edges(data=True)])
    table = centrality(G)
    Q = project(G, "co-mention")
    ev = nx.eigenvector_centrality_numpy(Q, weight="weight")
    top = max(ev.values())
    cl = nx.closeness_centrality(Q, distance="distance")
    shortest = min(d for *_, d in Q.edges(data="distance"))
    bt = nx.betweenness_centrality(Q, weight="distance")
    pr = nx.pagerank(Q, weight="weight")
    for r in table:
        assert math.isclose(r.eigenvector, ev[r.name] / top, abs_tol=1e-9)
        # lengths in units of the strongest tie: networkx's closeness times that length
        assert math.isclose(r.closeness, cl[r.name] * shortest, abs_tol=1e-12)
        assert 0 <= r.closeness <= 1
        assert math.isclose(r.betweenness, bt[r.name], abs_tol=1e-12)
        assert math.isclose(r.pagerank, pr[r.name], abs_tol=1e-12)


@pytest.mark.parametrize("network", ["all", "stance", "co-mention"])
@pytest.mark.parametrize("approximate", [False, True])
def test_small_graph_paths_equal_the_scipy_paths(monkeypatch, network, approximate):
    """Small graphs skip scipy (plain-Python closeness and PageRank, dense
    eigenvectors); forced onto the scipy paths they give the same table."""
    import sys

    c = sys.modules["graphkit.analysis.centrality"]  # the package's `centrality` is the function
    G = synthetic_graph(60, 400, seed=4)
    kw = dict(network=network, approximate=approximate, k=20, seed=2, backend="networkx")
    small = centrality(G, **kw)
    monkeypatch.setattr(c, "_PURE_MAX", 0)
    monkeypatch.setattr(sys.modules["graphkit.analysis._eigen"], "DENSE_MAX", 0)
    big = centrality(G, **kw)
    assert [r.name for r in small] == [r.name for r in big]
    for a, b in zip(small, big):
        for m in MEASURES:
            assert math.isclose(getattr(a, m), getattr(b, m), rel_tol=1e-9, abs_tol=1e-9), (a.name, m)


def _shapes():
    path = [(f"P{i:02d}", f"P{i + 1:02d}", 1 + i % 3) for i in range(40)]
    two_stars = [("Hub", f"L{i}", 1) for i in range(5)] + [("Other", f"M{i}", 2) for i in range(3)]
    bipartite = [(f"A{i}", f"B{j}", 1 + (i * j) % 4) for i in range(4) for j in range(5)]
    chain = [("A", "B", 1, 1), ("C", "A", -1, 1), ("D", "E", 1, 2), ("E", "F", 1, 2)]
    ring = [(f"R{i}", f"R{(i + 1) % 7}", 1, 1 + i) for i in range(7)]
    return {
        "path": build(co=path),
        "two stars": build(co=two_stars),
        "bipartite": build(co=bipartite, stance=[("A0", "B0", 1, 1), ("B0", "A1", -1, 2)]),
        "chains": build(stance=chain),  # HITS with several equal leading vectors
        "ring": build(stance=ring, co=[("R0", "R3", 2)]),
    }


@pytest.mark.parametrize("shape", list(_shapes()))
def test_plain_python_eigenvectors_equal_numpy(monkeypatch, shape):
    import sys

    c = sys.modules["graphkit.analysis.centrality"]
    G = _shapes()[shape]
    kw = dict(measures=["eigenvector", "hub", "authority"])
    plain = centrality(G, **kw)
    monkeypatch.setattr(c, "_PURE_MAX", 0)
    dense = centrality(G, **kw)
    for a, b in zip(plain, dense):
        for m in ("eigenvector", "hub", "authority"):
            assert math.isclose(getattr(a, m), getattr(b, m), abs_tol=1e-9), (shape, a.name, m)


@pytest.mark.parametrize("path", ["plain", "dense", "sparse"])
def test_hits_solves_each_citation_group(monkeypatch, path):
    """A -> B -> C: B and C are cited by different hubs, so M.T @ M has two
    equal leading vectors; each group is solved alone and both score 1."""
    import sys

    c = sys.modules["graphkit.analysis.centrality"]
    if path != "plain":
        monkeypatch.setattr(c, "_PURE_MAX", 0)
    if path == "sparse":
        monkeypatch.setattr(sys.modules["graphkit.analysis._eigen"], "DENSE_MAX", 0)
    G = build(stance=[("A", "B", 1, 1), ("B", "C", -1, 1), ("X", "Y", 1, 4)])
    t = centrality(G, measures=["hub", "authority"])
    assert [t.row(n).authority for n in "ABCXY"] == pytest.approx([0, 0.25, 0.25, 0, 1])
    assert [t.row(n).hub for n in "ABCXY"] == pytest.approx([0.25, 0.25, 0, 1, 0])


def test_directed_measures_match_networkx():
    D = nx.gnm_random_graph(12, 40, seed=4, directed=True)
    G = build(stance=[(f"n{u:02d}", f"n{v:02d}", 1, 1 + (u + v) % 3) for u, v in D.edges])
    S = project(G, "stance")
    assert nx.is_strongly_connected(S)
    table = centrality(G, network="stance")
    hubs, auths = nx.hits(S, max_iter=10000, tol=1e-12)
    ev = nx.eigenvector_centrality_numpy(S, weight="weight")
    cl = nx.closeness_centrality(S, distance="distance")
    shortest = min(d for *_, d in S.edges(data="distance"))
    for r in table:
        assert math.isclose(r.hub, hubs[r.name] / max(hubs.values()), abs_tol=1e-8)
        assert math.isclose(r.authority, auths[r.name] / max(auths.values()), abs_tol=1e-8)
        assert math.isclose(r.eigenvector, ev[r.name] / max(ev.values()), abs_tol=1e-8)
        assert math.isclose(r.closeness, cl[r.name] * shortest, abs_tol=1e-12)


def test_eigenvector_per_component():
    # a triangle and a separate pair: each component has its own centre
    G = build(co=[("A", "B", 1), ("B", "C", 1), ("A", "C", 1), ("X", "Y", 1)])
    table = centrality(G)
    assert table.row("A").eigenvector == pytest.approx(1.0)
    # the pair's leading eigenvalue is 1, the triangle's 2
    assert table.row("X").eigenvector == pytest.approx(0.5)


@pytest.mark.parametrize(
    "G",
    [
        nx.MultiDiGraph(),
        build(nodes=["A"]),
        build(nodes=["A", "B"]),
        build(co=[("A", "B", 1)]),
        build(stance=[("A", "B", -1, 1)]),
        build(stance=[("A", "B", 1, 1), ("B", "C", 1, 1)]),  # acyclic: no eigenvector
    ],
)
@pytest.mark.parametrize("network", ["all", "co-mention", "stance"])
def test_centrality_degenerate_graphs(G, network):
    table = centrality(G, network=network)
    assert len(table) == G.number_of_nodes()
    for r in table:
        for m in MEASURES:
            v = getattr(r, m)
            assert v is not None and math.isfinite(v) and v >= 0
    json.dumps(table.as_dict())


def test_approximate_closeness_with_every_source_is_exact():
    G = synthetic_graph(60, 300, seed=2)
    exact = centrality(G, measures=["closeness", "betweenness"])
    forced = centrality(G, measures=["closeness", "betweenness"], approximate=True, k=60)
    assert not exact.approximate and not forced.approximate  # k = n is the full measure
    assert exact.to_rows() == forced.to_rows()
    sample = centrality(G, measures=["closeness"], approximate=True, k=20, seed=5)
    assert sample.approximate and sample.k == 20
    assert (
        sample.to_rows()
        == centrality(G, measures=["closeness"], approximate=True, k=20, seed=5).to_rows()
    )
    auto = centrality(G, measures=["betweenness"], approx_threshold=10, k=7)
    assert auto.approximate and auto.k == 7


def test_centrality_is_deterministic_and_order_free():
    edges = [("A", "B", 2), ("B", "C", 1), ("C", "D", 3), ("A", "D", 1), ("B", "D", 1)]
    G1 = build(co=edges, stance=[("A", "C", 1, 2), ("D", "B", -1, 1)])
    G2 = build(co=edges[::-1], stance=[("D", "B", -1, 1), ("A", "C", 1, 2)])
    a, b = centrality(G1).as_dict(), centrality(G2).as_dict()
    assert json.dumps(a) == json.dumps(b)


def test_centrality_table_api():
    table = centrality(star(3), measures=["degree", "pagerank"])
    assert table.columns() == ["name", "type", "degree", "pagerank"]
    assert table.row("Hub").betweenness is None
    assert [r.name for r in table.sort("name")] == ["Hub", "L0", "L1", "L2"]
    assert [r.name for r in table.sort("degree", descending=False)][-1] == "Hub"
    assert table.column("degree")["Hub"] == 3
    with pytest.raises(GraphkitError):
        table.sort("fame")
    with pytest.raises(GraphkitError):
        centrality(star(3), measures=["fame"])
    with pytest.raises(GraphkitError):
        centrality(star(3), backend="no-such-backend")


# -- communities and factions ---------------------------------------------------------


def two_cliques():
    left, right = ["A", "B", "C", "D"], ["P", "Q", "R", "S"]
    co = [(u, v, 3) for grp in (left, right) for u, v in itertools.combinations(grp, 2)]
    return build(co=co + [("D", "P", 1)], nodes=["Loner"])


@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_two_cliques_joined_by_bridge(method):
    c = communities(two_cliques(), method=method)
    assert c.groups == [["A", "B", "C", "D"], ["P", "Q", "R", "S"]]
    assert c.isolates == ["Loner"]
    assert 0.3 < c.modularity < 0.5
    assert c.membership["P"] == 1
    assert c.to_rows()[0] == {"community": 1, "size": 4, "actors": "A; B; C; D"}
    json.dumps(c.as_dict())


def test_communities_on_stance_network_sum_both_directions():
    left, right = ["A", "B", "C"], ["X", "Y", "Z"]
    stance = [(u, v, 1, 2) for g in (left, right) for u, v in itertools.permutations(g, 2)]
    stance.append(("C", "X", -1, 1))
    c = communities(build(stance=stance, co=[("A", "X", 9)]), network="stance")
    assert c.groups == [left, right]
    # each triangle edge carries both directions: weight 4
    U = nx.Graph(
        [(u, v, {"weight": 4}) for g in (left, right) for u, v in itertools.combinations(g, 2)]
        + [("C", "X", {"weight": 1})]
    )
    assert c.modularity == pytest.approx(nx.community.modularity(U, [left, right]))


def test_communities_degenerate():
    assert communities(nx.MultiDiGraph()).groups == []
    c = communities(build(nodes=["A", "B"]))
    assert c.groups == [] and c.isolates == ["A", "B"] and c.modularity == 0.0
    with pytest.raises(GraphkitError):
        communities(two_cliques(), method="magic")


def signed_world():
    """Two camps with one defector: Iran backs Turkey across the split."""
    pos = [("Syria", "Russia"), ("Russia", "Iran"), ("Iran", "Syria"), ("Turkey", "Rebels")]
    neg = [("Turkey", "Syria"), ("Rebels", "Syria"), ("Russia", "Rebels"), ("Turkey", "Russia")]
    stance = [(u, v, 1, 1) for u, v in pos] + [(u, v, -1, 1) for u, v in neg]
    stance.append(("Iran", "Turkey", 1, 1))
    return build(stance=stance, co=[("Syria", "UN", 2)])


def test_factions_known_split():
    f = factions(signed_world())
    assert f.groups == [["Iran", "Russia", "Syria"], ["Rebels", "Turkey"]]
    assert f.frustration == 1.0 and f.exact
    assert [(e.u, e.v, e.inside) for e in f.frustrated_edges] == [("Iran", "Turkey", False)]
    assert f.frustrated_edges[0].reason == "allied across factions"
    assert f.unplaced == ["UN"]
    assert f.to_rows()[1] == {"faction": 2, "size": 2, "actors": "Rebels; Turkey"}
    json.dumps(f.as_dict())


def test_factions_weighted_cuts_the_cheap_tie():
    G = build(stance=[("A", "B", 1, 1), ("B", "C", 1, 1), ("A", "C", -1, 5)])
    assert factions(G).frustration == 1.0
    f = factions(G, weighted=True)
    assert f.frustration == 1.0
    m = f.membership
    assert m["A"] != m["C"]
    assert f.frustrated_edges[0].cost == 1.0 and not f.frustrated_edges[0].inside


def test_factions_three_way_and_harmony():
    # three mutually hostile blocs need k=3
    blocs = [["A1", "A2"], ["B1", "B2"], ["C1", "C2"]]
    stance = [(g[0], g[1], 1, 1) for g in blocs]
    stance += [(x, y, -1, 1) for g, h in itertools.combinations(blocs, 2) for x in g for y in h]
    G = build(stance=stance)
    assert factions(G, k=3).frustration == 0.0
    assert sorted(factions(G, k=3).groups) == blocs
    assert factions(G, k=2).frustration > 0
    # everyone backs everyone: one faction is best
    H = build(stance=[("A", "B", 1, 1), ("B", "C", 1, 1)])
    assert factions(H).groups == [["A", "B", "C"]]
    with pytest.raises(GraphkitError):
        factions(G, k=1)


def test_factions_local_search_on_planted_split():
    # a balanced signed graph larger than the exact limit: local search must find 0
    left = [f"L{i:02d}" for i in range(12)]
    right = [f"R{i:02d}" for i in range(12)]
    stance = [(u, v, 1, 1) for grp in (left, right) for u, v in zip(grp, grp[1:])]
    stance += [(u, v, -1, 1) for u, v in zip(left, right)]
    G = build(stance=stance)
    f = factions(G, exact_limit=10)
    assert not f.exact and f.frustration == 0.0
    assert f.groups == [left, right]


def test_factions_degenerate():
    for G in (nx.MultiDiGraph(), build(nodes=["A"]), build(co=[("A", "B", 1)])):
        f = factions(G)
        assert f.groups == [] and f.frustration == 0.0 and f.unplaced == sorted(G)


def _brute_force(G, k, weighted):
    S = signed_pairs(G)
    nodes = sorted(n for n in S if S.degree(n))
    best = math.inf
    for labels in itertools.product(range(k), repeat=len(nodes)):
        groups = [[n for n, lab in zip(nodes, labels) if lab == g] for g in range(k)]
        best = min(best, frustration(G, groups, weighted=weighted)[0])
    return 0.0 if best == math.inf else best


signed_edges = st.lists(
    st.tuples(
        st.sampled_from("ABCDEFG"),
        st.sampled_from("ABCDEFG"),
        st.sampled_from([-1, -0.5, 0.5, 1]),
        st.integers(1, 4),
    ),
    max_size=18,
)


@settings(max_examples=40, deadline=None)
@given(signed_edges, st.sampled_from([2, 3]), st.booleans())
def test_factions_property(edges, k, weighted):
    G = build(stance=[e for e in edges if e[0] != e[1]])
    f = factions(G, k, weighted=weighted)
    total, bad = frustration(G, f.groups, weighted=weighted)
    assert total == pytest.approx(f.frustration)
    assert len(bad) == len(f.frustrated_edges)
    placed = sorted(a for g in f.groups for a in g)
    assert sorted(placed + f.unplaced) == sorted(G)
    assert len(f.groups) <= k
    if len(placed) <= 7:
        assert f.frustration == pytest.approx(_brute_force(G, k, weighted))
    local = factions(G, k, weighted=weighted, exact_limit=0)
    assert local.frustration >= f.frustration - 1e-9


# -- balance -------------------------------------------------------------------------


def test_known_unbalanced_triad_and_sentence():
    G = build(
        stance=[
            ("Turkey", "Syria", -1, 2),
            ("Russia", "Syria", 1, 3),
            ("Turkey", "Russia", 1, 1),
            ("Russia", "Turkey", 1, 1),
        ]
    )
    b = balance(G)
    assert (b.triads, b.balanced, b.share) == (1, 0, 0.0)
    assert b.by_type == {"+++": 0, "+--": 0, "++-": 1, "---": 0}
    t = b.unbalanced[0]
    assert t.actors == ("Russia", "Syria", "Turkey") and t.type == "++-"
    assert t.strength == 2.0  # the weakest pair: Turkey/Russia, 1 + 1
    assert t.sentence == "Turkey opposes Syria, Russia backs Syria, Russia cooperates with Turkey"
    assert b.to_rows()[0]["sentence"] == t.sentence
    json.dumps(b.as_dict())


def test_balanced_triads_and_wording():
    # two friends share an enemy: balanced
    G = build(stance=[("A", "B", 1, 1), ("A", "C", -1, 1), ("C", "B", -1, 1), ("B", "C", -1, 1)])
    b = balance(G)
    assert b.share == 1.0 and b.unbalanced == [] and b.by_type["+--"] == 1
    D = project(G, "stance")
    assert describe_pair(D, "B", "C", -1) == "B and C oppose each other"
    assert describe_pair(D, "B", "A", 1) == "A backs B"


def test_balance_uses_net_sign_of_both_directions():
    # B->C backs once, C->B opposes three times: the pair is hostile
    G = build(stance=[("A", "B", 1, 1), ("A", "C", 1, 1), ("B", "C", 1, 1), ("C", "B", -1, 3)])
    b = balance(G)
    assert b.by_type["++-"] == 1
    assert "C opposes B" in b.unbalanced[0].sentence
    # a pair whose stances cancel has no sign, so there is no triad
    H = build(stance=[("A", "B", 1, 1), ("A", "C", 1, 1), ("B", "C", 1, 1), ("C", "B", -1, 1)])
    assert balance(H).triads == 0


def test_balance_without_triads():
    for G in (nx.MultiDiGraph(), build(stance=[("A", "B", 1, 1)]), star(3)):
        b = balance(G)
        assert b.triads == 0 and b.share is None and b.unbalanced == []


def test_balance_limit_keeps_best_attested():
    stance = []
    for i, w in enumerate((1, 5)):
        a, b, c = f"A{i}", f"B{i}", f"C{i}"
        stance += [(a, b, -1, w), (b, c, -1, w), (a, c, -1, w)]
    b = balance(build(stance=stance), limit=1)
    assert b.triads == 2 and b.by_type["---"] == 2
    assert [t.actors for t in b.unbalanced] == [("A1", "B1", "C1")]


@settings(max_examples=40, deadline=None)
@given(signed_edges)
def test_balance_property(edges):
    G = build(stance=[e for e in edges if e[0] != e[1]])
    b = balance(G)
    assert sum(b.by_type.values()) == b.triads
    assert b.triads - b.balanced == len(b.unbalanced)
    if b.triads:
        assert 0.0 <= b.share <= 1.0
    else:
        assert b.share is None
    for t in b.unbalanced:
        assert math.prod(t.signs) < 0


# -- ego -----------------------------------------------------------------------------


def test_ego_ranks_allies_and_opponents_both_directions():
    G = build(
        stance=[
            ("Syria", "Iran", 1, 2),
            ("Iran", "Syria", 1, 3),  # +5
            ("Russia", "Syria", 1, 4),  # +4
            ("Syria", "Hezbollah", 1, 4),  # +4, tie by name
            ("Turkey", "Syria", -1, 2),
            ("Syria", "Turkey", 0.5, 2),  # -1
            ("Syria", "Rebels", -1, 3),  # -3
            ("Qatar", "Syria", 1, 1),
            ("Syria", "Qatar", -1, 1),
        ],  # 0: neither
        co=[("Syria", "UN", 4), ("Syria", "Iran", 7), ("UN", "Egypt", 1)],
        types={"Hezbollah": "armed_group"},
    )
    e = ego(G, "Syria")
    assert [(p.name, p.value) for p in e.allies] == [
        ("Iran", 5.0),
        ("Hezbollah", 4.0),
        ("Russia", 4.0),
    ]
    assert [(p.name, p.value) for p in e.opponents] == [("Rebels", -3.0), ("Turkey", -1.0)]
    assert e.allies[1].type == "armed_group"
    iran = e.allies[0]
    assert (iran.outgoing, iran.incoming, iran.records) == (2.0, 3.0, 5.0)
    assert [(p.name, p.value) for p in e.partners] == [("Iran", 7.0), ("UN", 4.0)]
    assert "Egypt" not in e.graph and "UN" in e.graph
    assert "Egypt" in ego(G, "Syria", radius=2).graph
    assert set(ego(G, "Syria", radius=0).graph) == {"Syria"}
    assert e.to_rows()[0]["relation"] == "ally"
    json.dumps(e.as_dict())


def test_ego_unknown_actor_lists_close_matches():
    G = build(co=[("Turkey", "Syria", 1)])
    with pytest.raises(GraphkitError, match="did you mean Turkey"):
        ego(G, "Turky")
    assert ego(G, "turkey").actor == "Turkey"
    G.nodes["Turkey"]["aliases"] = "Ankara; Turkey"
    assert resolve_actor(G, "ankara") == "Turkey"
    with pytest.raises(GraphkitError):
        ego(G, "Turkey", radius=-1)


# -- diff ---------------------------------------------------------------------------


def test_diff_flipped_sign_and_changes():
    A = build(
        co=[("Russia", "Turkey", 2), ("Iran", "Syria", 1)],
        stance=[("Turkey", "Russia", 1, 2), ("Iran", "Syria", 1, 1)],
    )
    B = build(
        co=[("Turkey", "Russia", 3), ("Syria", "Egypt", 1)],
        stance=[("Turkey", "Russia", -1, 4), ("Iran", "Syria", 1, 2)],
        nodes=["Iran"],
    )
    d = diff_graphs(A, B)
    assert d.actors_added == ["Egypt"] and d.actors_removed == []
    assert [(e.source, e.target, e.kind) for e in d.edges_added] == [
        ("Egypt", "Syria", "co-mention")
    ]
    assert [(e.source, e.target, e.kind) for e in d.edges_removed] == [
        ("Iran", "Syria", "co-mention")
    ]
    assert len(d.sign_flips) == 1
    f = d.sign_flips[0]
    assert (f.source, f.target, f.sign_before, f.sign_after) == ("Turkey", "Russia", 1, -1)
    assert (f.weight_before, f.weight_after) == (2.0, 4.0)
    assert [r["change"] for r in d.to_rows()] == [
        "actor added",
        "edge added",
        "edge removed",
        "sign flipped",
    ]
    assert d.to_rows()[-1]["before"] == "2 (+1)"
    json.dumps(d.as_dict())
    assert diff_graphs(A, A).empty and not d.empty
    assert diff_graphs(nx.MultiDiGraph(), nx.MultiDiGraph()).empty


# -- synthetic and scale ----------------------------------------------------------------


def test_synthetic_graph_follows_schema():
    G = synthetic_graph(40, 150, seed=7)
    assert G.number_of_nodes() == 40 and G.number_of_edges() == 150
    assert nx.utils.graphs_equal(G, synthetic_graph(40, 150, seed=7))
    assert not nx.utils.graphs_equal(G, synthetic_graph(40, 150, seed=8))
    for u, v, k, d in G.edges(keys=True, data=True):
        assert k == d["kind"] and d["weight"] >= 1
        if k == "co-mention":
            assert u < v
        else:
            assert d["sign"] in (-1, 0, 1) and -1 <= d["score"] <= 1
            assert sum(d[q] for q in QUADS) == d["weight"]
        for value in d.values():
            assert value is not None and value != "" and not isinstance(value, (list, dict))
    assert synthetic_graph(3, 9, seed=0).number_of_edges() == 9  # every possible edge
    with pytest.raises(GraphkitError):
        synthetic_graph(3, 10)


def test_every_analysis_runs_on_a_synthetic_graph():
    G = synthetic_graph(150, 900, seed=1)
    assert len(centrality(G, approx_threshold=100)) == 150
    assert sum(len(g) for g in communities(G).groups) + len(communities(G).isolates) == 150
    f = factions(G, k=3)
    assert f.frustration == frustration(G, f.groups)[0]
    b = balance(G)
    assert b.triads > 0 and 0 <= b.share <= 1
    top = centrality(G).top(1, sort="strength").rows[0].name
    assert ego(G, top).partners
    H = filter_graph(G, since="2021-01-01", until="2021-06-30")
    assert 0 < H.number_of_edges() < G.number_of_edges()
    d = diff_graphs(H, G)
    assert len(d.edges_added) == G.number_of_edges() - H.number_of_edges()


# -- closeness stays in [0, 1] ----------------------------------------------------------


def test_closeness_in_unit_interval_with_heavy_ties():
    # heavy ties are short: with lengths 1 / weight closeness would reach 10
    G = build(co=[("A", "B", 10), ("B", "C", 10), ("C", "D", 1)])
    table = centrality(G)
    values = [r.closeness for r in table]
    assert all(0 <= v <= 1 for v in values)
    assert table.row("B").closeness == max(values)
    # joined to everyone by the strongest tie: closeness 1
    assert centrality(star(3)).row("Hub").closeness == 1.0


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABCDEF"), st.sampled_from("ABCDEF"),
                          st.integers(1, 50)), min_size=1, max_size=15))
def test_closeness_property(edges):
    G = build(co=[(u, v, w) for u, v, w in edges if u != v], nodes=["A"])
    for network in ("all", "co-mention", "stance"):
        for r in centrality(G, network=network, measures=["closeness"]):
            assert 0 <= r.closeness <= 1 + 1e-12


# -- python-igraph gives networkx's numbers ------------------------------------------------

def _pow2_graph(seed):
    """A graph whose tie lengths add up exactly in floats (weights 1, 2, 4, one kind a pair).

    Equal-length shortest paths are then equal in floats too: networkx
    compares lengths exactly, igraph with a tolerance, so only exact lengths
    make the two count the same paths.
    """
    rng = __import__("random").Random(seed)
    D = nx.gnm_random_graph(80, 260, seed=seed, directed=True)
    co, stance = [], []
    seen = set()
    for u, v in D.edges:
        pair = frozenset((u, v))
        w = rng.choice([1, 2, 4])
        if pair in seen:
            continue
        seen.add(pair)
        (co if rng.random() < 0.5 else stance).append((u, v, w))
    return build(
        co=[(f"n{u:02d}", f"n{v:02d}", w) for u, v, w in co],
        stance=[(f"n{u:02d}", f"n{v:02d}", rng.choice([-1, 1]), w) for u, v, w in stance],
        nodes=["zz isolated"],
    )


@pytest.mark.parametrize("network", ["all", "co-mention", "stance"])
@pytest.mark.parametrize("approximate", [False, True])
def test_igraph_betweenness_and_pagerank_equal_networkx(network, approximate):
    pytest.importorskip("igraph", reason="python-igraph (graphkit[fast]) is not installed")
    G = _pow2_graph(7)
    kw = dict(network=network, measures=["betweenness", "pagerank"], approximate=approximate, k=25, seed=3)
    ours = centrality(G, backend="igraph", **kw)
    ref = centrality(G, backend="networkx", **kw)
    assert "igraph" in " ".join(ours.notes) and not ref.notes
    P = project(G, network)
    tight = nx.pagerank(P, weight="weight", tol=1e-13, max_iter=100000)
    for a, b in zip(ours, ref):
        assert a.name == b.name
        assert math.isclose(a.betweenness, b.betweenness, rel_tol=1e-9, abs_tol=1e-12)
        # networkx stops at a tolerance; igraph solves exactly: compare with a tight run
        assert math.isclose(a.pagerank, tight[a.name], abs_tol=1e-9)


def test_igraph_louvain_finds_networkx_communities():
    pytest.importorskip("igraph", reason="python-igraph (graphkit[fast]) is not installed")
    blocks = [[f"{c}{i}" for i in range(6)] for c in "PQRS"]
    co = [(u, v, 3) for b in blocks for u, v in itertools.combinations(b, 2)]
    co += [("P0", "Q0", 1), ("Q1", "R1", 1), ("R2", "S2", 1), ("S3", "P3", 1)]
    G = build(co=co, nodes=["Loner"])
    ours = communities(G, backend="igraph", seed=1)
    ref = communities(G, backend="networkx", seed=1)
    assert ours.groups == ref.groups == sorted(blocks)
    assert ours.isolates == ["Loner"]
    assert math.isclose(ours.modularity, ref.modularity)
    # seeded: the same seed gives the same partition
    assert communities(G, backend="igraph", seed=1).groups == ours.groups


def test_backend_choice(monkeypatch):
    from graphkit.analysis import _backend, _igraph

    monkeypatch.setattr(_igraph, "available", lambda: False)
    with pytest.raises(GraphkitError, match=r"graphkit\[fast\]"):
        centrality(star(3), backend="igraph")
    assert not _backend.use_igraph("auto", 10**6)
    table = centrality(synthetic_graph(1200, 2400, seed=1), measures=["pagerank"])
    assert not table.notes  # networkx without the extra
    monkeypatch.setattr(_igraph, "available", lambda: True)
    assert _backend.use_igraph("auto", 1000) and not _backend.use_igraph("auto", 999)
    assert not _backend.use_igraph("networkx", 10**6)


# -- leaders and the state or group they act for (issue 13) ------------------------------


def with_leaders(G, leaders):
    """Give ``G`` leaders: ``{leader: (state, country)}``; states get the country too."""
    for leader, (state, country) in leaders.items():
        if leader not in G:
            G.add_node(leader, mentions=1)
        G.add_node(leader, label=leader, type="leader", country=country, affiliation=state)
        if state in G:
            G.nodes[state]["country"] = country
        else:
            G.add_node(state, label=state, type="state", country=country)
    return G


def summit_world():
    """Two presidents meet warmly while their states fight a proxy war (Sochi, 2018)."""
    G = build(
        stance=[
            ("Recep Tayyip Erdogan", "Vladimir Putin", 1, 4),
            ("Turkey", "Syria", -1, 3),
            ("Turkey", "Iran", -1, 1),
            ("Recep Tayyip Erdogan", "Syria", -1, 2),
            ("Russia", "Syria", 1, 3),
            ("Iran", "Syria", 1, 2),
            ("Vladimir Putin", "Bashar al-Assad", 1, 1),
        ],
        types={"Recep Tayyip Erdogan": "leader", "Vladimir Putin": "leader", "Bashar al-Assad": "leader"},
    )
    return with_leaders(G, {
        "Recep Tayyip Erdogan": ("Turkey", "TUR"),
        "Vladimir Putin": ("Russia", "RUS"),
        "Bashar al-Assad": ("Syria", "SYR"),
        "Sergei Lavrov": ("Russia", "RUS"),  # named, but takes no stance
    })


def test_affiliation_ties_by_affiliation_then_country():
    from graphkit.analysis import affiliation_ties

    G = build(nodes=["France", "Wagner Group", "Paris Club"], types={"Wagner Group": "armed_group"})
    G.nodes["France"]["country"] = "FRA"
    G.add_node("Emmanuel Macron", type="leader", country="FRA")  # no affiliation: by country
    G.nodes["Wagner Group"]["country"] = "RUS"  # an armed group does not act for its state
    G.add_node("Russia", type="state", country="RUS")
    G.add_node("Yevgeny Prigozhin", type="leader", affiliation="Wagner Group")  # a group, not a state
    G.add_node("Kim Jong-un", type="leader", country="PRK", affiliation="North Korea")  # state not in G
    assert affiliation_ties(G) == {"Emmanuel Macron": "France", "Yevgeny Prigozhin": "Wagner Group"}


def test_factions_put_a_head_of_state_with_his_state():
    G = summit_world()
    f = factions(G)
    side = f.membership
    for leader, state in [("Recep Tayyip Erdogan", "Turkey"), ("Vladimir Putin", "Russia"),
                          ("Bashar al-Assad", "Syria")]:
        assert side[leader] == side[state]
    assert side["Turkey"] != side["Syria"] == side["Russia"] == side["Iran"]
    assert side["Sergei Lavrov"] == side["Russia"]  # no stance of his own: his state's side
    assert ("Recep Tayyip Erdogan", "Turkey") in f.ties
    # the warm summit is what the split costs
    assert [(e.u, e.v) for e in f.frustrated_edges] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # without the ties each president follows his own stances
    loose = factions(G, ties=False).membership
    assert loose["Recep Tayyip Erdogan"] != loose["Turkey"] or loose["Vladimir Putin"] != loose["Russia"]
    assert json.loads(json.dumps(f.as_dict()))["ties"][0] == ["Bashar al-Assad", "Syria"]


def test_a_leader_the_text_sets_against_his_state_is_not_tied():
    G = build(stance=[("Alexei Navalny", "Russia", -1, 3), ("Russia", "Ukraine", -1, 2),
                      ("Alexei Navalny", "Ukraine", 1, 1)],
              types={"Alexei Navalny": "leader"})
    with_leaders(G, {"Alexei Navalny": ("Russia", "RUS")})
    f = factions(G)
    assert f.ties == [] and f.frustration == 0
    assert f.membership["Alexei Navalny"] != f.membership["Russia"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["S1", "S2", "S3", "L1", "L2", "L3", "G"]),
                  st.sampled_from(["S1", "S2", "S3", "L1", "L2", "L3", "G"]),
                  st.sampled_from([-1, 1]), st.integers(1, 3)),
        min_size=1, max_size=14,
    ),
    st.integers(2, 3),
)
def test_no_leader_lands_opposite_his_state_unless_opposed(stances, k):
    stances = [s for s in stances if s[0] != s[1]]
    G = build(stance=stances, nodes=["S1", "S2", "S3"],
              types={"L1": "leader", "L2": "leader", "L3": "leader"})
    with_leaders(G, {"L1": ("S1", "AAA"), "L2": ("S2", "BBB"), "L3": ("S3", "CCC")})
    f = factions(G, k=k)
    S = signed_pairs(G)
    for leader, state in [("L1", "S1"), ("L2", "S2"), ("L3", "S3")]:
        opposed = S.has_edge(leader, state) and S[leader][state]["sign"] < 0
        if leader in f.membership and not opposed:
            assert f.membership[leader] == f.membership[state]
    assert f.frustration == frustration(G, f.groups)[0]


def test_balance_counts_a_tie_as_one_side():
    G = summit_world()
    b = balance(G)
    assert ("Recep Tayyip Erdogan", "Turkey") in b.ties
    # Erdogan and Turkey both oppose Syria: a balanced +-- triad through the tie
    assert b.by_type["+--"] >= 1
    loose = balance(G, ties=False)
    assert loose.triads < b.triads and loose.ties == []
    # a leader backing what his state opposes is an unbalanced triad, in words
    G2 = with_leaders(build(stance=[("Turkey", "Syria", -1, 2), ("Recep Tayyip Erdogan", "Syria", 1, 1)],
                            types={"Recep Tayyip Erdogan": "leader"}),
                      {"Recep Tayyip Erdogan": ("Turkey", "TUR")})
    t = balance(G2).unbalanced[0]
    assert t.type == "++-" and "Recep Tayyip Erdogan acts for Turkey" in t.sentence
    assert t.strength == 1.0  # the tie is not a record: the weakest record decides


def test_roll_up_folds_leaders_into_their_states():
    from graphkit.analysis import roll_up

    G = summit_world()
    G.add_edge("Recep Tayyip Erdogan", "Turkey", key="stance", kind="stance", weight=1.0,
               score=1.0, sign=1, verbal_cooperation=1)
    G.add_edge("Bashar al-Assad", "Vladimir Putin", key="co-mention", kind="co-mention", weight=2.0)
    H = roll_up(G)
    assert H.graph["level"] == "state"
    assert sorted(H) == ["Iran", "Russia", "Syria", "Turkey"]
    e = H["Turkey"]["Syria"]["stance"]
    assert e["weight"] == 5.0 and e["sign"] == -1 and e["verbal_conflict"] == 5
    assert e["evidence"].count("#s") == 2
    assert H["Russia"]["Syria"]["stance"]["weight"] == 4.0  # Russia's 3 and Putin's 1 for Assad
    assert H["Turkey"]["Russia"]["stance"]["sign"] == 1  # the presidents' summit
    assert H["Russia"]["Syria"]["co-mention"]["weight"] == 2.0
    assert not any(u == v for u, v in H.edges())  # a leader's stance toward his own state is gone
    assert H.nodes["Russia"]["mentions"] == 3  # Russia, Putin and Lavrov
    # at state level the summit and the proxy war weigh one pair each
    assert factions(H).frustration == 1


# -- filters: quad classes, and an empty result says why ------------------------------------


def test_filter_quads_recomputes_weight_score_and_sign():
    G = build(stance=[("Turkey", "Russia", 1, 4)])
    e = G["Turkey"]["Russia"]["stance"]
    e.update(verbal_cooperation=4, material_conflict=1, weight=5.0, score=0.6, sign=1)
    H = filter_graph(G, quads="material")
    d = H["Turkey"]["Russia"]["stance"]
    assert (d["weight"], d["score"], d["sign"]) == (1.0, -1.0, -1)
    assert "verbal_cooperation" not in d and d["material_conflict"] == 1
    assert filter_graph(G, quads={"verbal_cooperation"})["Turkey"]["Russia"]["stance"]["score"] == 1.0
    assert filter_graph(G, quads="material_cooperation").number_of_edges() == 0
    with pytest.raises(GraphkitError, match="quad"):
        filter_graph(G, quads="loud")


def test_an_empty_filter_says_why():
    from graphkit.analysis import FilterError

    dates = {("A", "B", "co-mention"): ("2018-09-01", "2018-09-20")}
    G = build(co=[("A", "B", 1), ("B", "C", 2), ("C", "D", 3)], dates=dates)
    with pytest.raises(FilterError) as exc:
        filter_graph(G, until="2016-12-31", require_edges=True)
    assert str(exc.value) == (
        "the filters leave none of the 3 edges: no dated edges on or before 2016-12-31 "
        "(dated edges run from 2018-09-01 to 2018-09-20); 2 undated edges dropped"
    )
    with pytest.raises(FilterError, match=r"3 edges lighter than 10 \(the heaviest weighs 3\)"):
        filter_graph(G, min_weight=10, require_edges=True)
    with pytest.raises(FilterError, match="no stance edges"):
        filter_graph(G, kinds="stance", require_edges=True)
    with pytest.raises(FilterError, match="not of type leader"):
        filter_graph(G, types="leader", require_edges=True)
    assert filter_graph(G, min_weight=10).number_of_edges() == 0  # asked for nothing: no error
    assert filter_graph(build(nodes=["A"]), min_weight=10, require_edges=True).number_of_nodes() == 1


# -- definitions ---------------------------------------------------------------------------


def test_every_measure_has_a_definition():
    from graphkit.analysis import DEFINITIONS
    from graphkit.analysis.definitions import CENTRALITY, definition_lines

    assert list(CENTRALITY) == list(MEASURES)
    for name in ("modularity", "frustration", "balanced triad", "balance share", "net stance"):
        assert DEFINITIONS[name]
    assert "[0, 1]" in DEFINITIONS["closeness"]
    lines = definition_lines(["degree", "pagerank"])
    assert lines[1].startswith("pagerank  share of time")


# -- the commands ---------------------------------------------------------------------------


@pytest.fixture
def invoke(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main
    from graphkit.io.graphfile import write_graph

    def run(G, *args):
        path = tmp_path / "g.graphml"
        write_graph(G, path)
        return CliRunner().invoke(main, [args[0], str(path), *args[1:]])

    return run


def test_cli_factions_and_balance_levels(invoke):
    G = summit_world()
    out = invoke(G, "factions", "--format", "json")
    assert out.exit_code == 0, out.output
    f = json.loads(out.output)
    camp = {a: i for i, g in enumerate(f["groups"]) for a in g}
    assert camp["Recep Tayyip Erdogan"] == camp["Turkey"] != camp["Vladimir Putin"] == camp["Russia"]
    state = json.loads(invoke(G, "factions", "--level", "state", "--format", "json").output)
    assert state["level"] == "state" and ["Turkey"] in state["groups"]
    table = invoke(G, "balance", "--level", "state")
    assert table.exit_code == 0 and table.output.startswith("1 of 2 signed triads balanced")
    assert "Russia cooperates with Turkey" in table.output or "Turkey backs Russia" in table.output
    # old spelling of the number of factions still works
    assert json.loads(invoke(G, "factions", "-k", "3", "--format", "json").output)["k"] == 3
    assert json.loads(invoke(G, "factions", "--groups", "3", "--format", "json").output)["k"] == 3


def test_cli_centrality_options(invoke):
    G = synthetic_graph(40, 200, seed=1)
    a = json.loads(invoke(G, "centrality", "--approximate", "--samples", "5", "--format", "json").output)
    b = json.loads(invoke(G, "centrality", "--approximate", "-k", "5", "--format", "json").output)
    assert a["k"] == b["k"] == 5 and a == b
    stance = json.loads(invoke(G, "centrality", "--kind", "stance", "--format", "json").output)
    old = json.loads(invoke(G, "centrality", "--network", "stance", "--format", "json").output)
    assert stance["network"] == "stance" and old["network"] == "stance"
    assert all(0 <= r["closeness"] <= 1 for r in stance["rows"])
    bad = invoke(G, "centrality", "--sort", "fame")
    assert bad.exit_code != 0 and "fame" in bad.output


def test_cli_empty_filter_error_names_file_and_reason(invoke):
    out = invoke(build(co=[("A", "B", 1)]), "factions", "--since", "2020-01-01")
    assert out.exit_code == 1
    assert "g.graphml: the filters leave none of the 1 edges: no dated edges on or after 2020-01-01" in out.output
    assert "1 undated edges dropped" in out.output


@pytest.mark.parametrize("command", ["centrality", "communities", "factions", "balance", "ego", "diff"])
def test_cli_help_defines_and_defaults_every_option(command):
    from click.testing import CliRunner

    from graphkit.cli import main

    cmd = main.commands[command]
    for p in cmd.params:
        if isinstance(p, __import__("click").Option) and not p.hidden:
            assert p.help, f"{command} {p.opts} has no help"
            shown = p.show_default or "[default:" in p.help or p.is_flag and not p.default
            assert shown or p.name == "help", f"{command} {p.opts} does not show its default"
    text = CliRunner().invoke(main, [command, "-h"]).output
    assert "Example:" in text
    if command == "centrality":
        assert "Definitions:" in text and "closeness" in text and "[0, 1]" in text


# -- the seeds: the camps a reader of the Idlib articles would draw ---------------------------


@pytest.fixture(scope="module")
def seed_graph_path(tmp_path_factory):
    from graphkit.graph.build import build as build_graph

    out = tmp_path_factory.mktemp("seeds") / "idlib.graphml"
    build_graph([__import__("pathlib").Path(__file__).resolve().parent.parent / "seeds"], out, on_problem=None)
    return str(out)


@pytest.mark.model
def test_seed_factions_keep_every_leader_with_his_state(seed_graph_path):
    from graphkit.io.graphfile import read_graph

    G = read_graph(seed_graph_path)
    f = factions(G)
    side = f.membership
    tied = [(a, h) for a, h in f.ties]
    assert ("Vladimir Putin", "Russia") in tied and ("Recep Tayyip Erdogan", "Turkey") in tied
    for leader, state in tied:
        assert side[leader] == side[state], (leader, state)
    assert side["Syria"] == side["Russia"] == side["Iran"] != side["United States"]


@pytest.mark.model
def test_seed_factions_on_what_actors_do(seed_graph_path, invoke):
    """Idlib 2018: Turkey (with the United States) against Syria, Russia and Iran.

    Talks and summits with Russia and Iran are verbal cooperation; on material
    acts alone Turkey stands where a reader of the articles puts it.
    """
    from click.testing import CliRunner

    from graphkit.cli import main

    out = CliRunner().invoke(main, ["factions", seed_graph_path, "--quad", "material", "--format", "json"])
    assert out.exit_code == 0, out.output
    f = json.loads(out.output)
    side = {a: i for i, g in enumerate(f["groups"]) for a in g}
    assert side["Turkey"] == side["Recep Tayyip Erdogan"] == side["United States"]
    assert side["Syria"] == side["Russia"] == side["Iran"] == side["Vladimir Putin"] != side["Turkey"]
    assert f["frustration"] == 0
    state = CliRunner().invoke(main, ["balance", seed_graph_path, "--level", "state"])
    assert state.exit_code == 0 and "level state" in state.output.splitlines()[0]


@pytest.mark.parametrize("command", ["factions", "balance"])
def test_cli_no_stance_left_says_what_is_left_and_which_filters(invoke, command):
    G = build(co=[("Hamas", "Fatah", 2), ("Israel", "Egypt", 1)],
              stance=[("Israel", "Hamas", -1.0, 3)],
              types={"Hamas": "armed_group", "Fatah": "armed_group"})
    out = invoke(G, command, "--type", "armed_group")
    assert out.exit_code == 1
    assert "no stance edge after the filters (--type armed_group)" in out.output
    assert "only 1 co-mention edges among 2 actors" in out.output
    ok = invoke(G, command)
    assert ok.exit_code == 0, ok.output
