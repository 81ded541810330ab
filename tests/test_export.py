"""Exports: round trips, Gephi's expectations, determinism, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError, InputError
from graphkit.graph.export import export
from graphkit.io import (
    atomic_open,
    atomic_write,
    read_csv,
    read_evidence,
    read_gexf,
    read_graph,
    read_graphml,
    read_json,
    write_csv,
    write_evidence,
    write_gexf,
    write_graphml,
    write_json,
)
from graphkit.io.style import GEPHI_SCALE, TYPE_COLOURS, gephi_ready
from graphkit.records import ACTOR_TYPES, QUADS, Stance

GML = "{http://graphml.graphdrawing.org/xmlns}"
GX = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"

PROPS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as news gives it: any script, spaces, punctuation, tabs and line
# breaks; not the control characters XML 1.0 cannot hold at all.
_chars = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.sampled_from("\t\n\r|#;,\"'<>&")
text = st.text(_chars, min_size=1, max_size=12)
names = st.text(_chars, min_size=1, max_size=10)
dates = st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
counts = st.integers(0, 10_000)
weights = st.floats(0.0, 1e6, allow_nan=False, allow_infinity=False)


def _maybe(d: dict, draw, key: str, strategy) -> None:
    if draw(st.booleans()):
        d[key] = draw(strategy)


@st.composite
def schema_graphs(draw, max_nodes: int = 7) -> nx.MultiDiGraph:
    """Graphs that follow docs/GRAPH_SCHEMA.md."""
    G = nx.MultiDiGraph()
    G.graph["generator"] = "graphkit 0.1.0"
    G.graph["window"] = draw(st.sampled_from(["sentence", "paragraph", "article"]))
    G.graph["articles"] = draw(counts)
    _maybe(G.graph, draw, "first_date", dates)
    _maybe(G.graph, draw, "last_date", dates)
    actors = draw(st.lists(names, max_size=max_nodes, unique=True))
    for a in actors:
        t = draw(st.sampled_from(ACTOR_TYPES))
        d = {"label": a, "type": t, "mentions": draw(counts), "articles": draw(counts),
             "aliases": draw(text)}
        d["r"], d["g"], d["b"] = TYPE_COLOURS[t]
        _maybe(d, draw, "country", st.sampled_from(["TUR", "RUS", "SYR", "IRN", "USA"]))
        _maybe(d, draw, "affiliation", text)
        _maybe(d, draw, "first_date", dates)
        _maybe(d, draw, "last_date", dates)
        G.add_node(a, **d)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            u, v = sorted((a, b))
            if draw(st.booleans()):
                d = {"kind": "co-mention", "weight": draw(weights), "articles": draw(counts)}
                _maybe(d, draw, "first_date", dates)
                _maybe(d, draw, "last_date", dates)
                G.add_edge(u, v, key="co-mention", **d)
            for s, t in ((u, v), (v, u)):
                if draw(st.integers(0, 2)) == 0:
                    d = {q: draw(st.integers(0, 50)) for q in QUADS}
                    d.update(kind="stance", weight=draw(weights), articles=draw(counts),
                             score=draw(st.floats(-1.0, 1.0)),
                             sign=draw(st.sampled_from([-1, 0, 1])),
                             evidence=draw(text))
                    _maybe(d, draw, "first_date", dates)
                    _maybe(d, draw, "last_date", dates)
                    G.add_edge(s, t, key="stance", **d)
    return G


def typed(value):
    """A value with its type, so that 1, 1.0 and True do not compare equal."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    return (type(value).__name__, value)


def graph_view(G: nx.MultiDiGraph, graph_attrs: bool = True):
    view = {
        "nodes": {n: typed(dict(d)) for n, d in G.nodes(data=True)},
        "edges": {(u, v, k): typed(dict(d)) for u, v, k, d in G.edges(keys=True, data=True)},
    }
    if graph_attrs:
        view["graph"] = typed(dict(G.graph))
    return view


def xml_text(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """G with line breaks as an XML parser returns them (\r\n and \r as \n)."""
    def fix(d):
        return {k: v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v
                for k, v in d.items()}
    H = nx.MultiDiGraph()
    H.graph.update(fix(G.graph))
    H.add_nodes_from((n, fix(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, fix(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def positions_for(G) -> dict:
    return {n: (round(i / 10, 4), round(-i / 7, 4))
            for i, n in enumerate(sorted(G.nodes))}


def shuffled(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph, built in reverse order (attributes reversed too)."""
    H = nx.MultiDiGraph()
    H.graph.update(reversed(list(G.graph.items())))
    for n, d in reversed(list(G.nodes(data=True))):
        H.add_node(n, **dict(reversed(list(d.items()))))
    for u, v, k, d in reversed(list(G.edges(keys=True, data=True))):
        H.add_edge(u, v, key=k, **dict(reversed(list(d.items()))))
    return H


@pytest.fixture
def small() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(generator="graphkit 0.1.0", window="sentence", articles=2)
    G.add_node("Turkey", label="Turkey", type="state", country="TUR", mentions=4,
               articles=2, aliases="Ankara; Turkey", first_date="2020-02-01",
               last_date="2020-03-05")
    G.add_node("Syria", label="Syria", type="state", mentions=3, articles=2,
               aliases="Damascus; Syria")
    G.add_node("Hayat Tahrir al-Sham", label="Hayat Tahrir al-Sham", type="armed_group",
               mentions=1, articles=1, aliases="HTS")
    G.add_edge("Syria", "Turkey", key="co-mention", kind="co-mention", weight=3.0,
               articles=2, first_date="2020-02-01", last_date="2020-03-05")
    G.add_edge("Turkey", "Syria", key="stance", kind="stance", weight=2.0, articles=1,
               verbal_cooperation=0, material_cooperation=0, verbal_conflict=1,
               material_conflict=1, score=-1.0, sign=-1, evidence="a.txt#s0 a.txt#s1",
               first_date="2020-03-01", last_date="2020-03-05")
    G.add_edge("Syria", "Hayat Tahrir al-Sham", key="stance", kind="stance", weight=1.0,
               articles=1, verbal_cooperation=0, material_cooperation=0,
               verbal_conflict=0, material_conflict=1, score=-1.0, sign=-1,
               evidence="b.txt#s2")
    return G


# ---------------------------------------------------------------------------
# Round trips (property tests)
# ---------------------------------------------------------------------------


@PROPS
@given(G=schema_graphs())
def test_graphml_round_trip(G, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    back = read_graphml(path)
    assert graph_view(back) == graph_view(gephi_ready(G, xml=True))
    # nothing of a schema graph is lost: its attributes come back as they were
    G = xml_text(G)
    for n, d in G.nodes(data=True):
        assert typed(dict(d)).items() <= typed(dict(back.nodes[n])).items()
    assert graph_view(back)["edges"] == graph_view(G)["edges"]
    assert typed(dict(back.graph)) == typed(dict(G.graph))


@PROPS
@given(G=schema_graphs())
def test_graphml_is_deterministic_and_idempotent(G, tmp_path):
    a, b, c = tmp_path / "a.graphml", tmp_path / "b.graphml", tmp_path / "c.graphml"
    write_graphml(G, a)
    write_graphml(shuffled(G), b)
    assert a.read_bytes() == b.read_bytes()
    write_graphml(read_graphml(a), c)
    assert c.read_bytes() == a.read_bytes()


@PROPS
@given(G=schema_graphs())
def test_gexf_round_trip(G, tmp_path):
    path = tmp_path / "g.gexf"
    pos = positions_for(G)
    write_gexf(G, path, positions=pos)
    back = read_gexf(path)
    scaled = {n: (round(x * GEPHI_SCALE, 2), round(y * GEPHI_SCALE, 2))
              for n, (x, y) in pos.items()}
    expected = gephi_ready(G, positions=scaled, xml=True)
    assert graph_view(back, graph_attrs=False) == graph_view(expected, graph_attrs=False)
    assert graph_view(back)["edges"] == graph_view(xml_text(G))["edges"]


@PROPS
@given(G=schema_graphs())
def test_gexf_is_deterministic_and_idempotent(G, tmp_path):
    a, b, c = tmp_path / "a.gexf", tmp_path / "b.gexf", tmp_path / "c.gexf"
    pos = positions_for(G)
    write_gexf(G, a, positions=pos)
    write_gexf(shuffled(G), b, positions=pos)
    assert a.read_bytes() == b.read_bytes()
    # positions now live in the nodes' x/y
    write_gexf(read_gexf(a), c)
    assert c.read_bytes() == a.read_bytes()


@PROPS
@given(G=schema_graphs())
def test_json_round_trip_and_determinism(G, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_json(G, a)
    write_json(shuffled(G), b)
    assert a.read_bytes() == b.read_bytes()
    assert graph_view(read_json(a)) == graph_view(G)


@PROPS
@given(G=schema_graphs())
def test_csv_round_trip_and_determinism(G, tmp_path):
    write_csv(G, tmp_path / "a.nodes.csv", tmp_path / "a.edges.csv")
    write_csv(shuffled(G), tmp_path / "b.nodes.csv", tmp_path / "b.edges.csv")
    for part in ("nodes", "edges"):
        a, b = tmp_path / f"a.{part}.csv", tmp_path / f"b.{part}.csv"
        assert a.read_bytes() == b.read_bytes()
    back = read_csv(tmp_path / "a.nodes.csv", tmp_path / "a.edges.csv")
    assert graph_view(back, graph_attrs=False) == graph_view(G, graph_attrs=False)


# ---------------------------------------------------------------------------
# GraphML as Gephi reads it
# ---------------------------------------------------------------------------


def _graphml_keys(path: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(path).getroot()
    keys = [(k.get("for"), k.get("attr.name"), k.get("attr.type"))
            for k in root.iter(f"{GML}key")]
    assert len({(f, n) for f, n, _ in keys}) == len(keys), "a key is declared twice"
    return {(f, n): t for f, n, t in keys}


def test_graphml_types_are_what_gephi_expects(small, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(small, path, positions=positions_for(small))
    keys = _graphml_keys(path)
    for c in "rgb":
        assert keys[("node", c)] == "int"
    for name in ("size", "x", "y"):
        assert keys[("node", name)] == "double"
    assert keys[("node", "label")] == "string"
    assert keys[("node", "mentions")] == "int"
    assert keys[("edge", "weight")] == "double"
    assert keys[("edge", "score")] == "double"
    assert keys[("edge", "sign")] == "int"
    root = ET.parse(path).getroot()
    assert all(d.text for d in root.iter(f"{GML}data")), "empty <data> value"
    ids = [e.get("id") for e in root.iter(f"{GML}edge")]
    assert len(set(ids)) == len(ids), "Gephi drops edges with repeated ids"
    colours = {n.get("id"): {d.get("key"): d.text for d in n} for n in root.iter(f"{GML}node")}
    key_id = {k.get("attr.name"): k.get("id") for k in root.iter(f"{GML}key")
              if k.get("for") == "node"}
    hts = colours["Hayat Tahrir al-Sham"]
    assert tuple(int(hts[key_id[c]]) for c in "rgb") == TYPE_COLOURS["armed_group"]


def test_graphml_cleans_values_gephi_cannot_read(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("A", type="state", aliases=["A", "Alpha"], note=None, extra={"x": 1},
               blank="", count=3, flag=True, tags=set(), ratio=float("nan"))
    G.add_node("B", type="mystery", count="many")
    G.add_edge("A", "B", key="stance", kind="stance", weight=2)  # an int weight
    G.add_edge("B", "A", key="stance", kind="stance", weight=1.5)
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    keys = _graphml_keys(path)
    assert keys[("edge", "weight")] == "double"
    assert keys[("node", "count")] == "string"  # int and str mixed: one column type
    assert keys[("node", "flag")] == "boolean"
    for dropped in ("note", "extra", "blank", "tags", "ratio"):
        assert ("node", dropped) not in keys
    back = read_graphml(path)
    assert back.nodes["A"]["aliases"] == "A; Alpha"
    assert back.nodes["A"]["count"] == "3" and back.nodes["B"]["count"] == "many"
    assert back.nodes["A"]["flag"] is True
    assert back.edges["A", "B", "stance"]["weight"] == 2.0
    assert isinstance(back.edges["A", "B", "stance"]["weight"], float)
    b = back.nodes["B"]
    assert (b["r"], b["g"], b["b"]) == TYPE_COLOURS["unknown"]


def test_graphml_sizes_follow_given_centrality(small, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(small, path, sizes={"Turkey": 0.9, "Syria": 0.5, "Hayat Tahrir al-Sham": 0.1})
    back = read_graphml(path)
    sizes = {n: back.nodes[n]["size"] for n in back}
    assert sizes["Turkey"] > sizes["Syria"] > sizes["Hayat Tahrir al-Sham"]


def test_read_graphml_errors(tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph><node", encoding="utf-8")
    with pytest.raises(InputError, match="bad.graphml"):
        read_graphml(bad)
    with pytest.raises(InputError, match="file not found"):
        read_graphml(tmp_path / "missing.graphml")


# ---------------------------------------------------------------------------
# GEXF 1.3 structure
# ---------------------------------------------------------------------------


def test_gexf_structure(small, tmp_path):
    path = tmp_path / "g.gexf"
    write_gexf(small, path, positions=positions_for(small))
    raw = path.read_text(encoding="utf-8")
    assert 'xmlns="http://gexf.net/1.3"' in raw
    assert 'xmlns:viz="http://gexf.net/1.3/viz"' in raw
    assert "ns0:" not in raw
    root = ET.parse(path).getroot()
    assert root.tag == f"{GX}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GX}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "mixed"  # co-mentions and stances
    titles = {(a.get("title"), a.get("type")) for decl in graph.findall(f"{GX}attributes")
              for a in decl.findall(f"{GX}attribute")}
    assert ("mentions", "integer") in titles and ("score", "double") in titles
    assert ("kind", "string") in titles
    assert not {t for t, _ in titles} & {"label", "weight", "r", "g", "b", "size", "x", "y"}
    nodes = {n.get("id"): n for n in graph.iter(f"{GX}node")}
    for n in nodes.values():
        colour = n.find(f"{VIZ}color")
        assert all(colour.get(c).isdigit() for c in "rgb")
        assert float(n.find(f"{VIZ}size").get("value")) > 0
        assert n.find(f"{VIZ}position") is not None
        assert n.get("label")
    spell = nodes["Turkey"].find(f"{GX}spells/{GX}spell")
    assert (spell.get("start"), spell.get("end")) == ("2020-02-01", "2020-03-05")
    assert nodes["Syria"].find(f"{GX}spells") is None
    edges = {(e.get("source"), e.get("target"), e.get("kind")): e for e in graph.iter(f"{GX}edge")}
    co = edges[("Syria", "Turkey", "co-mention")]
    assert co.get("type") == "undirected" and co.get("label") == "co-mention"
    assert co.get("weight") == "3.0"
    st_ = edges[("Turkey", "Syria", "stance")]
    assert st_.get("type") == "directed" and st_.get("label") == "stance"
    assert st_.find(f"{GX}spells/{GX}spell").get("start") == "2020-03-01"
    assert len({e.get("id") for e in edges.values()}) == len(edges)


def test_gexf_static_without_dates_and_default_layout(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key="co-mention", kind="co-mention", weight=1.0)
    G.add_node("C", type="leader")
    path = tmp_path / "g.gexf"
    export(G, path)  # the graph stage lays it out; write_gexf writes what it is given
    root = ET.parse(path).getroot()
    graph = root.find(f"{GX}graph")
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert not list(root.iter(f"{GX}spells"))
    positions = [n.find(f"{VIZ}position") for n in root.iter(f"{GX}node")]
    assert all(p is not None for p in positions)
    assert len({(p.get("x"), p.get("y")) for p in positions}) == 3


def test_read_gexf_rejects_other_files(small, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(small, path)
    with pytest.raises(InputError, match="not a GEXF 1.3 file"):
        read_gexf(path)


# ---------------------------------------------------------------------------
# CSV, dispatch, evidence
# ---------------------------------------------------------------------------


def test_csv_columns_for_gephi(small, tmp_path):
    nodes, edges = write_csv(small, tmp_path / "g.nodes.csv", tmp_path / "g.edges.csv")
    nhead = nodes.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert nhead[:2] == ["Id", "Label"]
    lines = edges.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:5] == ["Source", "Target", "Type", "Weight", "Kind"]
    assert "Key" not in lines[0].split(",")
    types = {tuple(line.split(",")[:3]) for line in lines[1:]}
    assert ("Syria", "Turkey", "Undirected") in types
    assert ("Turkey", "Syria", "Directed") in types


def test_csv_keeps_keys_that_differ_from_kind(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key=0, weight=1.0)
    G.add_edge("A", "B", key="x", kind="stance")
    write_csv(G, tmp_path / "n.csv", tmp_path / "e.csv")
    back = read_csv(tmp_path / "n.csv", tmp_path / "e.csv")
    assert sorted(back.edges(keys=True)) == [("A", "B", "0"), ("A", "B", "x")]


def test_read_csv_errors(tmp_path):
    (tmp_path / "n.csv").write_text("Name\nA\n", encoding="utf-8")
    (tmp_path / "e.csv").write_text("Source,Target,mentions\nA,B,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column 'Id'"):
        read_csv(tmp_path / "n.csv", tmp_path / "e.csv")
    (tmp_path / "n.csv").write_text("Id,mentions\nA,many\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"n\.csv:2: column 'mentions'"):
        read_csv(tmp_path / "n.csv", tmp_path / "e.csv")


def test_export_dispatch(small, tmp_path):
    for ext, reader in (("graphml", read_graphml), ("gexf", read_gexf), ("json", read_json)):
        (path,) = export(small, tmp_path / f"g.{ext}", positions=positions_for(small))
        assert sorted(reader(path).edges(keys=True)) == sorted(small.edges(keys=True))
    written = export(small, tmp_path / "g.csv")
    assert [p.name for p in written] == ["g.nodes.csv", "g.edges.csv"]
    (path,) = export(small, tmp_path / "g.out", format="GraphML")
    assert read_graphml(path).number_of_nodes() == 3
    with pytest.raises(GraphkitError, match=r"g\.xlsx: unknown export format 'xlsx'"):
        export(small, tmp_path / "g.xlsx")
    assert not (tmp_path / "g.xlsx").exists()


def test_read_graph_dispatch(small, tmp_path):
    pos = positions_for(small)
    for name in ("g.graphml", "g.gexf", "g.json"):
        export(small, tmp_path / name, positions=pos)
        assert sorted(read_graph(tmp_path / name).edges(keys=True)) == sorted(
            small.edges(keys=True))
    export(small, tmp_path / "g.csv")
    for name in ("g.csv", "g.nodes.csv", "g.edges.csv"):
        assert set(read_graph(tmp_path / name)) == set(small)
    with pytest.raises(InputError, match=r"g\.txt: unknown graph format 'txt'"):
        read_graph(tmp_path / "g.txt")


def test_evidence_lines(tmp_path):
    path = tmp_path / "g.evidence.jsonl"
    stance = Stance("Türkiye", "Syria", "material_conflict", -1, "struck",
                    "Türkiye struck Syrian positions.", 0, 32)
    n = write_evidence(iter([{"id": "a#s0", "kind": "stance", "z": 1, "a": "é"},
                             stance]), path)
    assert n == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"a": "é", "id": "a#s0", "kind": "stance", "z": 1}'
    first = json.loads(lines[1])
    assert list(first) == sorted(first) and first["source"] == "Türkiye"
    assert list(read_evidence(path))[1] == stance.to_dict()


def test_read_evidence_names_the_line(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text('{"id": 1}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"e\.jsonl:3: not a JSON object"):
        list(read_evidence(path))


# ---------------------------------------------------------------------------
# Atomic writes
# ---------------------------------------------------------------------------


class Boom(Exception):
    pass


def _fail(f):
    f.write(b"partial")
    raise Boom


def test_atomic_write_leaves_nothing_when_the_writer_raises(tmp_path):
    target = tmp_path / "out.bin"
    with pytest.raises(Boom):
        atomic_write(target, _fail)
    assert os.listdir(tmp_path) == []


def test_atomic_write_keeps_the_old_file_when_the_writer_raises(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(Boom):
        with atomic_open(target) as f:
            f.write("new")
            raise Boom
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_write_replaces_and_uses_normal_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_atomic_write_into_a_missing_directory(tmp_path):
    with pytest.raises(GraphkitError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "out.txt", b"x")


def test_a_failed_export_leaves_no_file(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("A", ratio=object())  # no JSON form
    with pytest.raises(GraphkitError, match="g.json"):
        write_json(G, tmp_path / "g.json")
    assert os.listdir(tmp_path) == []


def test_gexf_keeps_what_a_source_line_needs(tmp_path):
    """A figure drawn from a .gexf names its articles and dates as one from .graphml does."""
    from graphkit.viz.common import source_line

    G = nx.MultiDiGraph(articles=5, dated_articles=1, first_date="2018-09-19",
                        last_date="2018-09-19", level="actor", window="sentence",
                        generator="graphkit test")
    G.add_edge("Turkey", "Syria", key="co-mention", kind="co-mention", weight=1.0)
    path = tmp_path / "g.gexf"
    write_gexf(G, path)
    H = read_gexf(path)
    assert {k: H.graph[k] for k in ("articles", "dated_articles", "first_date", "level")} == \
        {"articles": 5, "dated_articles": 1, "first_date": "2018-09-19", "level": "actor"}
    assert source_line(H) == source_line(G)
    assert nx.read_gexf(path).number_of_edges() == 1  # networkx still reads it
