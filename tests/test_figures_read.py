"""Figures a reader understands at a glance: the measurable part of the look.

Each test measures one thing a reader would notice on the image: labels on
top of nodes or of each other, a legend entry missing, text turned into
outlines in an SVG, fonts missing from a PDF, a colour that means a type on
one mark and a sign on another, a timeline whose counts disagree with the
matrix. The graphs are built by hand or by ``synthetic_graph`` (no model);
the seeds are drawn in the model-marked test at the end.
"""

from __future__ import annotations

import itertools
import re

import networkx as nx
import numpy as np
import pytest

from graphkit.analysis.synthetic import synthetic_graph
from graphkit.io.style import SIGN_COLOURS, SPARE_TYPE_COLOURS, TYPE_COLOURS
from graphkit.viz.common import MAX_NODES, FACTION_COLOURS
from graphkit.viz.figures import VIEWS, draw
from graphkit.viz.network import network_figure
from graphkit.viz.timeline import stance_counts

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


# ---------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------

_NAMES = [
    "Syria", "Russia", "Turkey", "Iran", "Bashar al-Assad", "Vladimir Putin",
    "Recep Tayyip Erdogan", "United States", "Donald Trump", "Hayat Tahrir al-Sham",
    "Islamic State", "United Nations", "European Union", "Nusra Front", "France",
    "Mohammad Javad Zarif", "Israel", "Jordan", "White Helmets", "Walid Muallem",
    "Mike Pompeo", "Nikki Haley", "Syrian Observatory for Human Rights", "TRT World",
]
_TYPES = ["state", "state", "state", "state", "leader", "leader", "leader", "state",
          "leader", "armed_group", "armed_group", "organization", "organization",
          "armed_group", "state", "leader", "state", "state", "organization", "leader",
          "leader", "leader", "organization", "organization"]


def _news_graph(seed: int = 0) -> nx.MultiDiGraph:
    """A graph shaped like a news corpus: a dense core, a fringe, an isolate."""
    rng = np.random.default_rng(seed)
    G = nx.MultiDiGraph(articles=12, first_date="2018-09-01", last_date="2018-10-30")
    for name, t in zip(_NAMES, _TYPES):
        G.add_node(name, type=t)
    core = _NAMES[:9]
    for a, b in itertools.combinations(_NAMES[:-1], 2):
        p = 0.8 if a in core and b in core else 0.12
        if rng.random() < p:
            G.add_edge(a, b, key="co-mention", kind="co-mention", weight=float(rng.integers(1, 9)))
    for a, b in itertools.permutations(core, 2):
        if rng.random() < 0.35:
            q = _QUADS[int(rng.integers(0, 4))]
            w = int(rng.integers(1, 8))
            sign = 1 if "cooperation" in q else -1
            G.add_edge(a, b, key="stance", kind="stance", weight=float(w), score=float(sign),
                       sign=sign, **{q: w})
    return G


def _labels(ax, renderer):
    return [t for t in ax.texts if t.get_zorder() == 6 and t.get_text()]


def _discs(ax):
    """(centre px, radius px) of every node marker in the axes."""
    out = []
    for coll in ax.collections:
        if not hasattr(coll, "get_sizes") or not len(coll.get_offsets()):
            continue
        sizes = coll.get_sizes()
        if len(sizes) != len(coll.get_offsets()):
            continue
        centres = ax.transData.transform(np.asarray(coll.get_offsets(), dtype=float))
        radii = np.sqrt(sizes) / 2 * ax.figure.dpi / 72.0
        out += list(zip(centres, radii))
    return out


def _overlaps(fig):
    """Label-label and label-node overlaps (in pixels, beyond a 1 px tolerance)."""
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(renderer) for t in _labels(ax, renderer)]
    pairs = [
        (i, j) for i, j in itertools.combinations(range(len(boxes)), 2)
        if min(boxes[i].x1, boxes[j].x1) - max(boxes[i].x0, boxes[j].x0) > 1
        and min(boxes[i].y1, boxes[j].y1) - max(boxes[i].y0, boxes[j].y0) > 1
    ]
    on_nodes = []
    for i, b in enumerate(boxes):
        for c, r in _discs(ax):
            qx, qy = np.clip(c[0], b.x0, b.x1), np.clip(c[1], b.y0, b.y1)
            if np.hypot(qx - c[0], qy - c[1]) < r - 1:
                on_nodes.append(i)
    return boxes, pairs, on_nodes


# ---------------------------------------------------------------------------
# Labels, legends, what is shown
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_labels_touch_no_node_and_no_other_label(seed, tmp_path):
    fig = network_figure(_news_graph(seed), tmp_path / "n.png")
    boxes, pairs, on_nodes = _overlaps(fig)
    assert len(boxes) >= 20
    assert pairs == []
    assert on_nodes == []


def test_labels_stay_clear_on_a_large_graph(tmp_path):
    G = synthetic_graph(150, 900, seed=3)
    fig = network_figure(G, tmp_path / "n.png")
    boxes, pairs, on_nodes = _overlaps(fig)
    assert len(boxes) >= 30
    assert pairs == []
    assert on_nodes == []


def test_legends_name_every_type_sign_and_width(tmp_path):
    G = _news_graph()
    fig = network_figure(G, tmp_path / "n.png")
    titles = [lg.get_title().get_text() for lg in fig.legends]
    assert titles == ["Actor type", "Relation", "Stance width"]
    entries = {t.get_text() for lg in fig.legends for t in lg.get_texts()}
    assert {"State", "Leader", "Armed group", "Organization"} <= entries
    assert {"Cooperation →", "Conflict →", "Named together"} <= entries
    widths = [t.get_text() for t in fig.legends[2].get_texts()]
    assert widths[0] == "1 record" and len(widths) == 3
    heaviest = max(d["weight"] for *_, d in G.edges(data=True) if d["kind"] == "stance")
    assert widths[-1] == f"{heaviest:g} records"


def test_default_view_keeps_the_most_central_and_says_what_it_left_out(tmp_path):
    G = synthetic_graph(120, 700, seed=5)
    fig = network_figure(G, tmp_path / "n.png")
    texts = " ".join(t.get_text() for t in fig.texts)
    assert f"top {MAX_NODES} of 120 actors" in texts
    assert f"({120 - MAX_NODES} left out)" in texts
    assert "strongest" in texts  # co-mentions thinned, and said so
    drawn = [c for c in fig.axes[0].collections if len(c.get_offsets()) and hasattr(c, "get_sizes")]
    assert sum(len(c.get_offsets()) for c in drawn) <= MAX_NODES


def test_isolates_stand_in_a_strip_not_in_the_network(tmp_path):
    G = _news_graph()
    G.add_node("Lone Actor", type="state")
    fig = network_figure(G, tmp_path / "n.png", top=len(G))
    strip = fig.axes[1]
    assert "Lone Actor" in [t.get_text() for t in strip.texts]
    assert "Lone Actor" not in [t.get_text() for t in fig.axes[0].texts]
    # the strip sits under the network, not beside it
    assert strip.get_position().y1 <= fig.axes[0].get_position().y0


def test_stance_edges_are_drawn_over_co_mentions(tmp_path):
    fig = network_figure(_news_graph(), tmp_path / "n.png")
    ax = fig.axes[0]
    co = [c.get_zorder() for c in ax.collections if c.__class__.__name__ == "LineCollection"]
    arrows = [p.get_zorder() for p in ax.patches]
    assert co and arrows and min(arrows) > max(co)


# ---------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------


def _lin(c):
    c = np.asarray(c, dtype=float) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
_CVD = {
    "none": np.eye(3),
    "protan": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                        [-0.003882, -0.048116, 1.051998]]),
    "deutan": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                        [-0.011820, 0.042940, 0.968881]]),
    "tritan": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                        [0.004733, 0.691367, 0.303900]]),
}


def _lab(linear):
    M = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = M @ np.clip(linear, 0, 1) / np.array([0.9505, 1.0, 1.089])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _distance(a, b, cvd):
    return float(np.linalg.norm(_lab(_CVD[cvd] @ _lin(a)) - _lab(_CVD[cvd] @ _lin(b))))


@pytest.mark.parametrize("cvd", sorted(_CVD))
def test_type_and_sign_colours_never_meet(cvd):
    """No type colour can be read as a stance sign, with or without colour-vision deficiency."""
    types = list(TYPE_COLOURS.values()) + list(SPARE_TYPE_COLOURS)
    worst = min(_distance(t, s, cvd) for t in types for s in SIGN_COLOURS)
    assert worst >= 12, f"a type colour is within ΔE {worst:.1f} of a sign colour ({cvd})"


@pytest.mark.parametrize("cvd", sorted(_CVD))
def test_type_colours_are_told_apart(cvd):
    types = [c for t, c in TYPE_COLOURS.items() if t != "unknown"]
    worst = min(_distance(a, b, cvd) for a, b in itertools.combinations(types, 2))
    assert worst >= 15, cvd


def test_faction_colours_are_not_sign_colours():
    def rgb(h):
        return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))

    for cvd in _CVD:
        worst = min(_distance(rgb(f), s, cvd) for f in FACTION_COLOURS for s in SIGN_COLOURS[:2])
        assert worst >= 12, cvd


# ---------------------------------------------------------------------------
# Files: text stays text, fonts travel, every figure says what it shows
# ---------------------------------------------------------------------------


def _evidence(tmp_path, G, months=("2018-09", "2018-10")):
    """An evidence file that agrees with G's stance edges, spread over ``months``."""
    import json

    lines = []
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=str)):
        if d.get("kind") != "stance":
            continue
        for q in _QUADS:
            for j in range(int(d.get(q, 0))):
                date = f"{months[(i + j) % len(months)]}-1{j % 9}" if j % 4 != 3 else None
                lines.append({"kind": "stance", "source": u, "target": v, "quad": q,
                              "date": date})
    path = tmp_path / "g.evidence.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("view", VIEWS)
def test_svg_keeps_title_subtitle_and_source_as_text(view, tmp_path):
    G = _news_graph()
    out = draw(G, tmp_path / f"{view}.svg", view=view, evidence=_evidence(tmp_path, G))
    svg = out.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    joined = " ".join(texts)
    assert len(texts) >= 10
    assert "Source: 12 articles" in joined
    assert any(w in joined for w in ("records", "actors", "pairs"))  # a subtitle counts
    assert "<use xlink:href=\"#DejaVu" not in svg  # no glyph outlines


@pytest.mark.parametrize("view", ["network", "matrix"])
def test_pdf_embeds_its_fonts(view, tmp_path):
    G = _news_graph()
    pdf = draw(G, tmp_path / f"{view}.pdf", view=view).read_bytes()
    assert b"/FontFile2" in pdf
    assert b"/Type3" not in pdf


def test_svg_is_byte_identical_between_runs(tmp_path):
    G = _news_graph()
    a = draw(G, tmp_path / "a.svg").read_bytes()
    b = draw(G, tmp_path / "b.svg").read_bytes()
    assert a == b


def test_matrix_names_its_faction_blocks(tmp_path):
    svg = draw(_news_graph(), tmp_path / "m.svg", view="matrix").read_text(encoding="utf-8")
    assert re.search(r">Faction 1 \(\d+\)<", svg)
    assert "−1 all conflict" in svg and "+1 all cooperation" in svg


def test_a_large_matrix_keeps_the_busiest_actors_and_counts_the_rest(tmp_path):
    """83 actors gave a 4,000-pixel matrix of unreadable names; it keeps the 30
    with most stance records and the subtitle says what it left out."""
    from graphkit.viz.figures import plot
    from graphkit.viz.matrix import MATRIX_TOP

    G = synthetic_graph(150, 1500, seed=3)
    stance = [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if d.get("kind") == "stance"]
    involved = {x for u, v, _ in stance for x in (u, v)}
    assert len(involved) > MATRIX_TOP
    plotted = plot(G, tmp_path / "m.svg", view="matrix")
    svg = plotted.path.read_text(encoding="utf-8")
    ticks = [t for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg) if t in involved]
    assert len(set(ticks)) == MATRIX_TOP
    records = int(sum(d.get("weight", 1) for *_, d in stance))
    m = re.search(rf"the {MATRIX_TOP} actors with most stance records \((\d+) left out\): "
                  rf"(\d+) of {len(stance)} stance edges, (\d+) of {records} stance records", svg)
    assert m and int(m.group(1)) == len(involved) - MATRIX_TOP
    assert f"of {len(involved)} actors" in plotted.what
    # Asked for all of them, it draws all of them.
    svg = plot(G, tmp_path / "all.svg", view="matrix", top=len(involved)).path.read_text("utf-8")
    assert "left out" not in svg


# ---------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------


def test_timeline_counts_add_up_to_the_matrix(tmp_path):
    from graphkit.io.evidence import read_evidence

    G = _news_graph()
    monthly, undated = stance_counts(read_evidence(_evidence(tmp_path, G)), G)
    per_pair = {p: sum(sum(q.values()) for q in ms.values()) for p, ms in monthly.items()}
    stance = {(u, v): d["weight"] for u, v, d in G.edges(data=True) if d["kind"] == "stance"}
    assert undated > 0
    assert sum(per_pair.values()) + undated == sum(stance.values())
    for pair, n in per_pair.items():
        assert n <= stance[pair]


def test_timeline_follows_the_quad_filter(tmp_path):
    from graphkit.analysis import filter_graph
    from graphkit.io.evidence import read_evidence

    G = _news_graph()
    F = filter_graph(G, quads={"material"})
    monthly, _ = stance_counts(read_evidence(_evidence(tmp_path, G)), F)
    quads = {q for ms in monthly.values() for qs in ms.values() for q in qs}
    assert quads and quads <= {"material_cooperation", "material_conflict"}


def test_one_month_gives_a_note_not_a_timeline(tmp_path):
    G = _news_graph()
    ev = _evidence(tmp_path, G, months=("2018-09",))
    svg = draw(G, tmp_path / "t.svg", view="timeline", evidence=ev).read_text(encoding="utf-8")
    assert "No timeline" in svg and "2018-09" in svg


def test_several_months_give_a_signed_axis(tmp_path):
    G = _news_graph()
    svg = draw(G, tmp_path / "t.svg", view="timeline",
               evidence=_evidence(tmp_path, G)).read_text(encoding="utf-8")
    assert "No timeline" not in svg
    assert re.search(r">−\d+<", svg) and re.search(r">\+\d+<", svg)


@pytest.mark.parametrize("months, period", [
    (("2018-09", "2019-06", "2020-03"), "month"),
    (("2012-01", "2015-06", "2019-12"), "quarter"),
    (("1982-04", "2003-01", "2024-11"), "year"),
])
def test_long_spans_are_counted_by_quarter_or_year_at_a_readable_width(months, period, tmp_path):
    """Decades of dated copy gave a timeline 50 inches wide of hairline bars."""
    from PIL import Image

    from graphkit.io.evidence import read_evidence

    G = _news_graph()
    ev = _evidence(tmp_path, G, months=months)
    png = draw(G, tmp_path / "t.png", view="timeline", evidence=ev)
    assert Image.open(png).width <= 17 * 150  # 16 inches, plus the tight bounding box
    svg = draw(G, tmp_path / "t.svg", view="timeline", evidence=ev).read_text(encoding="utf-8")
    assert f"Records a {period}" in svg and f"by {period} and CAMEO" in svg
    ticks = set(re.findall(r">(\d{4}(?:-Q\d|-\d\d)?)<", svg))
    first = {"month": months[0], "quarter": "2012-Q1", "year": months[0][:4]}[period]
    assert first in ticks
    # The bars still count every dated record of the drawn pairs.
    from graphkit.viz.timeline import _fold, busiest_pairs
    monthly, _ = stance_counts(read_evidence(ev), G)
    for pair in busiest_pairs(monthly, 6):
        folded = _fold(monthly[pair], period) if period != "month" else monthly[pair]
        assert (sum(sum(q.values()) for q in folded.values())
                == sum(sum(q.values()) for q in monthly[pair].values()))


# ---------------------------------------------------------------------------
# The seeds, as the README shows them
# ---------------------------------------------------------------------------


@pytest.mark.model
def test_seed_figures_read(tmp_path):
    from graphkit.graph.build import build
    from graphkit.io.evidence import read_evidence
    from graphkit.viz.network import network_figure as figure

    result = build(["seeds"], tmp_path / "seeds.graphml")
    G = result.graph
    fig = figure(G, tmp_path / "n.png")
    boxes, pairs, on_nodes = _overlaps(fig)
    assert len(boxes) == sum(1 for v in G if G.degree(v)) and not pairs and not on_nodes
    monthly, undated = stance_counts(read_evidence(tmp_path / "seeds.evidence.jsonl"), G)
    dated = sum(sum(q.values()) for ms in monthly.values() for q in ms.values())
    stance = sum(d["weight"] for *_, d in G.edges(data=True) if d.get("kind") == "stance")
    assert dated + undated == stance


def test_strip_labels_do_not_overlap_with_many_long_names(tmp_path):
    G = _news_graph()
    lone = [f"Popular Mobilisation Forces Unit {i:02d}" for i in range(14)]
    G.add_nodes_from(lone, type="armed_group")
    fig = network_figure(G, tmp_path / "n.png", top=len(G))
    renderer = fig.canvas.get_renderer()
    strip = fig.axes[1]
    boxes = [t.get_window_extent(renderer) for t in strip.texts
             if t.get_text().startswith("Popular")]
    assert len(boxes) >= 8
    for a, b in itertools.combinations(boxes, 2):
        assert not (min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1)


def _corpus_of_conflicts(seed: int = 0) -> nx.MultiDiGraph:
    """A large corpus's top actors: one dense core of big hubs and many small other stories."""
    G = _news_graph(seed)
    rng = np.random.default_rng(seed)
    for i in range(9):  # small stories: a state, its leader, a party
        trio = [f"State {i}", f"Leader {i}", f"Party {i}"]
        for name, t in zip(trio, ("state", "leader", "organization")):
            G.add_node(name, type=t)
        for a, b in itertools.combinations(trio, 2):
            G.add_edge(a, b, key="co-mention", kind="co-mention", weight=float(rng.integers(1, 3)))
    for a, b in itertools.combinations(_NAMES[:6], 2):  # the core: everyone with everyone, heavily
        G.add_edge(a, b, key="co-mention", kind="co-mention", weight=60.0)
    return G


@pytest.mark.parametrize("view", ["network", "factions"])
@pytest.mark.parametrize("seed", [0, 1])
def test_no_node_covers_another_on_a_crowded_corpus(view, seed, tmp_path):
    from graphkit.viz.factions import factions_figure

    G = _corpus_of_conflicts(seed)
    if view == "network":
        fig = network_figure(G, tmp_path / "n.png")
    else:
        fig = factions_figure(G, tmp_path / "f.png", [_NAMES[:4], _NAMES[4:9]])
    discs = _discs(fig.axes[0])
    assert len(discs) >= 30
    for (c1, r1), (c2, r2) in itertools.combinations(discs, 2):
        assert np.hypot(*(c1 - c2)) >= r1 + r2 - 1.0
    boxes, pairs, on_nodes = _overlaps(fig)
    assert pairs == [] and on_nodes == []


def test_big_hubs_get_room_in_the_layout():
    from graphkit.graph.layout import layout

    G = _corpus_of_conflicts()
    plain = layout(G)
    sized = layout(G, sizes={v: (900.0 if v in _NAMES[:6] else 70.0) for v in G})

    def hub_gap(pos):
        pts = np.array([pos[v] for v in _NAMES[:6]])
        return min(np.hypot(*(p - q)) for p, q in itertools.combinations(pts, 2))

    assert hub_gap(sized) > 1.5 * hub_gap(plain)


def _labels_beside_other_nodes(fig, near: float = 10.0) -> int:
    """Labels whose box comes within ``near`` px of a second node's disc (it could name either)."""
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    discs = _discs(ax)
    centres = np.array([c for c, _ in discs])
    radii = np.array([r for _, r in discs])
    count = 0
    for t in _labels(ax, renderer):
        b = t.get_window_extent(renderer)
        qx, qy = np.clip(centres[:, 0], b.x0, b.x1), np.clip(centres[:, 1], b.y0, b.y1)
        gaps = np.sort(np.hypot(qx - centres[:, 0], qy - centres[:, 1]) - radii)
        count += int(len(gaps) > 1 and gaps[1] < near)
    return count


def test_labels_keep_clear_of_other_nodes(tmp_path):
    from pathlib import Path

    from graphkit.io.graphfile import read_graph

    graphs = [_news_graph(s) for s in range(3)]
    graphs.append(read_graph(Path(__file__).resolve().parents[1] / "outputs" / "idlib.graphml"))
    beside = sum(_labels_beside_other_nodes(network_figure(G, tmp_path / "n.png")) for G in graphs)
    assert beside <= 2  # of ~100 labels; 8 before labels were kept clear of other nodes


def test_bar_values_are_written_for_reading(tmp_path):
    G = _news_graph()
    for u, v, k in list(G.edges(keys=True)):
        G.edges[u, v, k]["weight"] *= 400.0  # a large corpus: strengths in the thousands
    svg = draw(G, tmp_path / "c.svg", view="centrality").read_text(encoding="utf-8")
    values = [v for v in re.findall(r"<text[^>]*>([^<]*)</text>", svg) if v[:1].isdigit()]
    assert values and not [v for v in values if "e+" in v or "e-" in v]
    assert any(len(v) >= 4 and v.isdigit() for v in values)  # thousands written whole


@pytest.mark.parametrize("view", ["network", "factions"])
def test_svg_node_labels_are_text_elements(view, tmp_path):
    """Every actor name drawn is a <text> element (searchable, editable):
    a halo drawn as a path effect would turn each label into glyph outlines."""
    G = _news_graph()
    svg = draw(G, tmp_path / f"{view}.svg", view=view).read_text(encoding="utf-8")
    texts = {t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)}
    assert set(G) <= texts, sorted(set(G) - texts)


def test_centrality_key_names_the_types_of_the_bars_drawn(tmp_path):
    """Four panels as 2 x 2, and a type key entry only where a bar has that colour."""
    from graphkit.viz.centrality import plot_centrality

    values = {m: {f"State {i}": 10.0 - i for i in range(5)} | {"Lone person": 0.1}
              for m in ("betweenness", "eigenvector", "pagerank", "strength")}
    types = {f"State {i}": "state" for i in range(5)} | {"Lone person": "person"}
    svg = plot_centrality(values, tmp_path / "c.svg", top=5, types=types).read_text("utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "State" in texts and "Person" not in texts and "Lone person" not in texts
    full = plot_centrality(values, tmp_path / "d.svg", top=6, types=types).read_text("utf-8")
    assert "Person" in re.findall(r"<text[^>]*>([^<]*)</text>", full)
    from PIL import Image
    png = plot_centrality(values, tmp_path / "c.png", top=5, types=types)
    w, h = Image.open(png).size
    assert w < 1.4 * h  # 2 x 2, not one row of three and one of one


def test_centrality_leaves_actors_at_zero_unranked(tmp_path):
    """Six actors at betweenness 0 listed by name read as a ranking; they are
    counted in a line instead."""
    from graphkit.viz.centrality import plot_centrality

    values = {"betweenness": {"Syria": 0.6, "Russia": 0.2} | {f"Actor {i}": 0.0 for i in range(6)},
              "pagerank": {"Syria": 0.3, "Russia": 0.2} | {f"Actor {i}": 0.05 for i in range(6)}}
    svg = plot_centrality(values, tmp_path / "c.svg", top=8).read_text("utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "6 more actors at 0, not ranked" in texts
    assert texts.count("Actor 0") == 1  # in the PageRank panel only
