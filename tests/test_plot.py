"""Plots: files for each format, valid images, byte-identical reruns, errors."""

from __future__ import annotations

import os

import networkx as nx
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError
from graphkit.graph.layout import layout
from graphkit.io.style import TYPE_COLOURS
from graphkit.records import QUAD_POLARITY, QUADS
from graphkit.viz import (
    monthly_stance_counts,
    plot_centrality,
    plot_factions,
    plot_network,
    plot_stance_matrix,
    plot_timeline,
    top_actors,
)
from graphkit.viz.labels import _place_labels

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-", "svg": b"<?xml"}

ACTORS = {
    "Turkey": "state", "Russia": "state", "Syria": "state", "Iran": "state",
    "United States": "state", "Recep Tayyip Erdogan": "leader",
    "Vladimir Putin": "leader", "Bashar al-Assad": "leader",
    "Hassan Rouhani": "leader", "Hayat Tahrir al-Sham": "armed_group",
    "Islamic State": "armed_group", "YPG": "armed_group",
    "United Nations": "organization", "European Union": "organization",
    "Foreign Policy": "organization",
}
COMENTIONS = [
    ("Russia", "Turkey", 9), ("Syria", "Turkey", 7), ("Iran", "Russia", 5),
    ("Russia", "Syria", 6), ("Iran", "Syria", 4), ("Turkey", "United States", 4),
    ("Hayat Tahrir al-Sham", "Turkey", 3), ("Recep Tayyip Erdogan", "Vladimir Putin", 5),
    ("Bashar al-Assad", "Syria", 2), ("Hassan Rouhani", "Iran", 1),
    ("Russia", "Vladimir Putin", 3), ("Recep Tayyip Erdogan", "Turkey", 4),
    ("Islamic State", "Syria", 2), ("Turkey", "YPG", 3), ("United States", "YPG", 2),
    ("Syria", "United Nations", 2), ("European Union", "Turkey", 3),
    ("Foreign Policy", "Turkey", 1),
]
STANCES = [
    ("Russia", "Syria", {"material_cooperation": 4}),
    ("Iran", "Syria", {"material_cooperation": 3}),
    ("Turkey", "Syria", {"material_conflict": 3, "verbal_conflict": 2}),
    ("Syria", "Turkey", {"verbal_conflict": 2}),
    ("Syria", "Hayat Tahrir al-Sham", {"material_conflict": 2}),
    ("United States", "Iran", {"verbal_conflict": 2}),
    ("Turkey", "Russia", {"verbal_cooperation": 2, "verbal_conflict": 1}),
    ("Russia", "Turkey", {"verbal_cooperation": 2}),
    ("Recep Tayyip Erdogan", "Vladimir Putin", {"verbal_cooperation": 2}),
    ("Turkey", "YPG", {"material_conflict": 3}),
    ("United States", "YPG", {"material_cooperation": 2}),
    ("United Nations", "Syria", {"verbal_conflict": 1}),
    ("European Union", "Turkey", {"material_cooperation": 1}),
    ("Turkey", "Hayat Tahrir al-Sham", {"verbal_cooperation": 1, "verbal_conflict": 1}),
]
FACTIONS = [
    ["Russia", "Syria", "Iran", "Vladimir Putin", "Bashar al-Assad", "Hassan Rouhani"],
    ["Turkey", "Recep Tayyip Erdogan", "Hayat Tahrir al-Sham", "European Union"],
    ["United States", "YPG"],
]


def idlib() -> nx.MultiDiGraph:
    """A small hand-built graph shaped like the seed articles' network."""
    G = nx.MultiDiGraph(generator="graphkit test", window="sentence", articles=5)
    for name, t in ACTORS.items():
        r, g, b = TYPE_COLOURS[t]
        G.add_node(name, label=name, type=t, mentions=len(name), r=r, g=g, b=b)
    for u, v, w in COMENTIONS:
        u, v = sorted((u, v))
        G.add_edge(u, v, key="co-mention", kind="co-mention", weight=float(w), articles=1)
    for u, v, quads in STANCES:
        w = sum(quads.values())
        score = sum(QUAD_POLARITY[q] * c for q, c in quads.items()) / w
        G.add_edge(u, v, key="stance", kind="stance", weight=float(w), articles=1,
                   score=score, sign=(score > 0) - (score < 0),
                   **{q: quads.get(q, 0) for q in QUADS})
    return G


MONTHLY = {
    ("Turkey", "Syria"): {"2019-09": {"verbal_conflict": 2},
                          "2020-02": {"material_conflict": 4, "verbal_conflict": 1}},
    ("Russia", "Turkey"): {"2019-11": {"verbal_cooperation": 3},
                           "2020-02": {"verbal_conflict": 1, "material_cooperation": 1}},
}


def centrality_values(G):
    H = nx.Graph(G.to_undirected())
    return {"pagerank": nx.pagerank(H), "degree": nx.degree_centrality(H)}


DRAWINGS = {
    "network": lambda G, p: plot_network(G, p, title="Idlib"),
    "factions": lambda G, p: plot_factions(G, p, FACTIONS),
    "matrix": lambda G, p: plot_stance_matrix(G, p, factions=FACTIONS),
    "centrality": lambda G, p: plot_centrality(
        centrality_values(G), p, types=nx.get_node_attributes(G, "type")),
    "timeline": lambda G, p: plot_timeline(MONTHLY, p),
}


@pytest.fixture(scope="module")
def G():
    return idlib()


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_each_plot_writes_a_valid_image(G, tmp_path, name, ext):
    path = tmp_path / f"{name}.{ext}"
    assert DRAWINGS[name](G, path) == path
    data = path.read_bytes()
    assert data.startswith(MAGIC[ext])
    if ext == "svg":
        assert b"<svg" in data[:2000]
    assert os.listdir(tmp_path) == [path.name], "temporary file left behind"


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_renders_are_byte_identical(G, tmp_path, ext):
    a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
    plot_network(G, a)
    plot_network(G.copy(), b)
    assert a.read_bytes() == b.read_bytes()


def test_chart_renders_are_byte_identical(G, tmp_path):
    for name in ("matrix", "timeline"):
        a, b = tmp_path / f"{name}a.svg", tmp_path / f"{name}b.svg"
        DRAWINGS[name](G, a)
        DRAWINGS[name](G, b)
        assert a.read_bytes() == b.read_bytes()


def test_empty_graph_is_an_error_naming_the_file(tmp_path):
    empty = nx.MultiDiGraph()
    for draw in (lambda p: plot_network(empty, p), lambda p: plot_factions(empty, p, [])):
        path = tmp_path / "empty.png"
        with pytest.raises(GraphkitError, match=r"empty\.png: nothing to plot"):
            draw(path)
        assert not path.exists()


def test_nothing_to_plot_in_charts(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key="co-mention", kind="co-mention", weight=1.0)
    with pytest.raises(GraphkitError, match="no stance edges"):
        plot_stance_matrix(G, tmp_path / "m.png")
    with pytest.raises(GraphkitError, match="no stance records"):
        plot_timeline({}, tmp_path / "t.png")
    with pytest.raises(GraphkitError, match="no centrality values"):
        plot_centrality({"pagerank": {}}, tmp_path / "c.png")
    assert os.listdir(tmp_path) == []


def test_bad_requests_are_clear_errors(G, tmp_path):
    with pytest.raises(GraphkitError, match=r"g\.jpeg: unknown image format '\.jpeg'"):
        plot_network(G, tmp_path / "g.jpeg")
    with pytest.raises(GraphkitError, match="'Turkey' is in two factions"):
        plot_factions(G, tmp_path / "f.png", [["Turkey"], ["Turkey", "Syria"]])
    with pytest.raises(GraphkitError, match="no centrality measure 'hubness'"):
        plot_centrality({"pagerank": {"A": 1.0}}, tmp_path / "c.png", measures=["hubness"])
    with pytest.raises(GraphkitError, match="'2020-13' is not YYYY-MM"):
        plot_timeline({("A", "B"): {"2020-13": {"verbal_conflict": 1}}}, tmp_path / "t.png")
    with pytest.raises(GraphkitError, match="does not exist"):
        plot_network(G, tmp_path / "missing" / "g.png")


def test_top_keeps_the_most_central_actors(G, tmp_path):
    values = {"A": 0.5, "B": 0.9, "C": 0.5, "D": 0.1}
    assert top_actors(values, 3) == ["B", "A", "C"]
    path = tmp_path / "top.png"
    plot_network(G, path, top=5, sizes={n: float(len(n)) for n in G})
    assert path.read_bytes().startswith(MAGIC["png"])


def test_given_positions_are_used(G, tmp_path):
    pos = {n: (float(i), float(i % 3)) for i, n in enumerate(sorted(G))}
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    plot_network(G, a, positions=pos)
    plot_network(G, b)
    assert a.read_bytes() != b.read_bytes()
    with pytest.raises(GraphkitError, match="no position for actor"):
        plot_network(G, tmp_path / "c.svg", positions={"Turkey": (0.0, 0.0)})


def test_layout_is_deterministic_and_bounded(G):
    pos = layout(G)
    assert set(pos) == set(G)
    assert all(-1.0 <= c <= 1.0 for xy in pos.values() for c in xy)
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert layout(H) == pos
    assert len(set(pos.values())) == len(pos), "two actors at the same spot"


def test_layout_keeps_isolated_actors_near(G):
    G = G.copy()
    G.add_node("Lone actor", type="state")
    pos = layout(G)
    main = np.array([pos[n] for n in G if n != "Lone actor"])
    gap = np.min(np.hypot(*(main - np.array(pos["Lone actor"])).T))
    spread = np.ptp(main, axis=0).max()
    assert gap < spread / 2


@settings(max_examples=40, deadline=None)
@example(anchors=[(500.0, 500.0)] * 12, width=100.0)  # every node on one spot
@given(
    anchors=st.lists(st.tuples(st.floats(420, 580), st.floats(420, 580)), min_size=1,
                     max_size=12),
    width=st.floats(20, 120),
)
def test_labels_do_not_overlap(anchors, width):
    n = len(anchors)
    a = np.array(anchors)
    sizes = np.tile([width, 12.0], (n, 1))
    radii = np.full(n, 6.0)
    bounds = (0.0, 0.0, 1000.0, 1000.0)
    c = _place_labels(a, radii, sizes, a, radii, bounds)
    assert np.array_equal(c, _place_labels(a, radii, sizes, a, radii, bounds))
    w, h = sizes[:, 0], sizes[:, 1]
    assert np.all(c[:, 0] - w / 2 >= -1e-6) and np.all(c[:, 0] + w / 2 <= 1000 + 1e-6)
    for i in range(n):
        for j in range(i + 1, n):
            ox = (w[i] + w[j]) / 2 - abs(c[i, 0] - c[j, 0])
            oy = (h[i] + h[j]) / 2 - abs(c[i, 1] - c[j, 1])
            assert min(ox, oy) <= 1.0, f"labels {i} and {j} overlap"


def test_monthly_counts_from_evidence():
    records = [
        {"kind": "stance", "date": "2020-02-27", "source": "Turkey", "target": "Syria",
         "quad": "material_conflict"},
        {"kind": "stance", "date": "2020-02-28", "source": "Turkey", "target": "Syria",
         "quad": "material_conflict"},
        {"kind": "stance", "date": "2020-03-05", "source": "Turkey", "target": "Syria",
         "quad": "verbal_cooperation"},
        {"kind": "stance", "date": None, "source": "Turkey", "target": "Syria",
         "quad": "verbal_conflict"},
        {"kind": "quote", "date": "2020-03-05", "speaker": "Turkey"},
    ]
    counts = monthly_stance_counts(records)
    assert counts == {("Turkey", "Syria"): {"2020-02": {"material_conflict": 2},
                                            "2020-03": {"verbal_cooperation": 1}}}


def test_plot_says_what_it_drew_not_what_the_graph_holds(G, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main
    from graphkit.graph.export import export

    src = tmp_path / "g.graphml"
    H = G.copy()
    H.add_nodes_from(["Qatar", "Jordan"], type="state")  # no stance: not in the matrix
    export(H, src)
    total = H.number_of_nodes()
    in_stances = {x for u, v, k in H.edges(keys=True) if k == "stance" for x in (u, v)}

    def said(*args):
        out = tmp_path / "out.png"
        result = CliRunner().invoke(main, ["plot", str(src), "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        return result.output

    assert f"matrix of {len(in_stances)} actors with stance edges (of {total})" in said("--view", "matrix")
    assert f"network of top 5 of {total} actors" in said("--top", "5")
    assert f"network of {total} actors" in said()
    assert f"centrality of the top 3 of {total} actors" in said("--view", "centrality", "--top", "3")
    assert f"factions of top 4 of {total} actors" in said("--view", "factions", "--top", "4")
