"""The numpy-only layout (stress majorization) that GraphML, GEXF, figures and the page share."""

from __future__ import annotations

import itertools
import sys

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.graph.layout import _distances, layout, stress, stress_layout


def _news_like(seed: int, n: int = 25) -> nx.MultiDiGraph:
    """A few hubs (states) with leaders and groups around them, as an article's graph is."""
    rng = np.random.default_rng(seed)
    G = nx.MultiDiGraph()
    hubs = [f"State {i}" for i in range(4)]
    for a, b in itertools.combinations(hubs, 2):
        G.add_edge(a, b, key="co-mention", kind="co-mention", weight=float(rng.integers(1, 5)))
    for i in range(n - len(hubs)):
        v = f"Actor {i}"
        for h in rng.choice(hubs, size=int(rng.integers(1, 3)), replace=False):
            G.add_edge(v, str(h), key="co-mention", kind="co-mention", weight=1.0)
    return G


def _min_gap(pos: dict) -> float:
    pts = np.array(list(pos.values()))
    return min(float(np.hypot(*(p - q))) for p, q in itertools.combinations(pts, 2))


def test_stress_layout_matches_path_distances_on_simple_shapes():
    # A path lies on a line and a cycle on a circle: zero or near-zero stress.
    path = nx.path_graph(6)
    D = _distances(path, list(path), False)
    X = stress_layout(D)
    assert stress(X, D) < 1e-6
    cycle = nx.cycle_graph(12)
    D = _distances(cycle, list(cycle), False)
    X = stress_layout(D)
    radii = np.hypot(*X.T)
    assert np.ptp(radii) < 0.05 * radii.mean()


def test_stress_is_no_worse_than_kamada_kawai():
    """The energy networkx's Kamada-Kawai minimises, at the best scale of each."""
    pytest.importorskip("scipy")
    for G in (nx.barabasi_albert_graph(40, 2, seed=3), nx.balanced_tree(3, 3), nx.grid_2d_graph(6, 6)):
        nodes = sorted(G, key=str)
        D = _distances(G, nodes, False)
        kk = nx.kamada_kawai_layout(G)
        ours = stress_layout(D)

        def at_best_scale(X):
            i, j = np.triu_indices(len(D), 1)
            d, e = D[i, j], np.hypot(*(X[i] - X[j]).T)
            return stress(X * (np.sum(e / d) / np.sum(e * e / (d * d))), D)

        assert at_best_scale(ours) <= at_best_scale(np.array([kk[v] for v in nodes])) * 1.02


@pytest.mark.parametrize("seed", range(4))
def test_layout_is_deterministic_finite_and_keeps_nodes_apart(seed):
    G = _news_like(seed)
    pos = layout(G)
    assert layout(G) == pos
    arr = np.array(list(pos.values()))
    assert np.isfinite(arr).all() and np.abs(arr).max() <= 1.0
    # 25 actors in [-1, 1]²: no two closer than a few percent of the frame.
    assert _min_gap(pos) > 0.04
    sized = layout(G, sizes={v: (900.0 if v.startswith("State") else 60.0) for v in G})
    assert sized == layout(G, sizes={v: (900.0 if v.startswith("State") else 60.0) for v in G})
    assert _min_gap(sized) > 0.04


def test_a_star_comes_apart():
    """Classical scaling puts symmetric leaves on few spots; the seeded jitter separates them."""
    G = nx.MultiDiGraph()
    for i in range(12):
        G.add_edge("Hub", f"Leaf {i:02d}", key="co-mention", kind="co-mention", weight=1.0)
    pos = layout(G)
    hub = np.array(pos["Hub"])
    leaves = np.array([pos[v] for v in pos if v != "Hub"])
    d = np.hypot(*(leaves - hub).T)
    assert np.ptp(d) < 0.05 * d.mean()  # on a circle round the hub
    assert _min_gap(pos) > 0.3


def test_components_are_laid_out_apart():
    G = _news_like(0, n=15)
    other = nx.relabel_nodes(_news_like(1, n=10), lambda v: f"Other {v}")
    G.add_edges_from(other.edges(keys=True, data=True))
    G.add_node("Lone actor")
    pos = layout(G)
    first = np.array([pos[v] for v in G if not v.startswith("Other") and v != "Lone actor"])
    second = np.array([pos[v] for v in G if v.startswith("Other")])
    # Boxes of different components do not overlap.
    lo1, hi1, lo2, hi2 = first.min(0), first.max(0), second.min(0), second.max(0)
    assert (hi1 < lo2).any() or (hi2 < lo1).any()
    lone = np.array(pos["Lone actor"])
    assert not ((lo1 <= lone) & (lone <= hi1)).all() and not ((lo2 <= lone) & (lone <= hi2)).all()


@settings(max_examples=30, deadline=None)
@given(st.integers(3, 30), st.integers(0, 10_000))
def test_any_connected_graph_gets_finite_distinct_positions(n, seed):
    G = nx.connected_watts_strogatz_graph(n, 2 if n < 6 else 4, 0.3, seed=seed)
    D = _distances(G, list(G), False)
    X = stress_layout(D, seed=seed)
    assert X.shape == (n, 2) and np.isfinite(X).all()
    assert abs(X.mean(axis=0)).max() < 1e-9
    gaps = np.hypot(*(X[:, None, :] - X[None, :, :]).transpose(2, 0, 1))
    assert gaps[~np.eye(n, dtype=bool)].min() > 0.05  # distances are hops: 1 apart is the goal


def test_layout_needs_no_scipy():
    import subprocess

    code = (
        "import sys, networkx as nx\n"
        "from graphkit.graph.layout import layout\n"
        "layout(nx.MultiDiGraph(nx.barabasi_albert_graph(120, 2, seed=1)))\n"
        "assert 'scipy' not in sys.modules, 'scipy imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
