"""The interactive page (graphkit view) without a browser: what goes into the HTML.

The browser tests are in ``test_view_browser.py``.
"""

from __future__ import annotations

import html.parser
import json
import re
import sys

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.graph.build import evidence_records
from graphkit.graph.builder import build_graph
from graphkit.io.evidence import write_evidence
from graphkit.records import QUAD_POLARITY, QUADS, ActorInfo, Extraction, Mention, Quote, Stance
from graphkit.viz.page import graph_from_page, page_data, read_page, render_page, view, write_page
from conftest import ROOT

EXTERNAL = re.compile(r"^\s*(https?:)?//", re.I)


class _Refs(html.parser.HTMLParser):
    """Every src/href/action/srcset value and every <link>, <iframe> ... of a page."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "data", "poster", "formaction"):
                self.refs.append((tag, name, value or ""))


def _pair_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(generator="test")
    G.add_node("Turkey", label="Turkey", type="state", aliases="Turkey; Türkiye", mentions=3, articles=1)
    G.add_node("Syria", label="Syria", type="state", aliases="Syria", mentions=2, articles=1)
    G.add_node("Bashar al-Assad", label="Bashar al-Assad", type="leader", aliases="Assad", mentions=1, articles=1)
    G.add_edge("Syria", "Turkey", key="co-mention", kind="co-mention", weight=2.0, articles=1)
    G.add_edge("Turkey", "Syria", key="stance", kind="stance", weight=7.0, articles=2, sign=-1, score=-1.0,
               material_conflict=7, evidence=" ".join(f"a#s{i}" for i in range(7)), first_date="2019-01-02",
               last_date="2019-02-03")
    return G


def _evidence(n: int = 7) -> list[dict]:
    rows = [{"id": f"a#s{i}", "kind": "stance", "article": "a", "date": "2019-01-02", "source": "Turkey",
             "target": "Syria", "quad": "material_conflict", "polarity": -1, "cue": "shelled",
             "sentence": f"Turkey shelled Syrian positions ({i}).", "start": 0, "end": 10} for i in range(n)]
    rows.append({"id": "a#q0", "kind": "quote", "article": "a", "date": None, "speaker": "Bashar al-Assad",
                 "text": "We will not accept it", "targets": ["Turkey"], "direct": True, "cue": "said"})
    rows.append({"id": "a#m0", "kind": "mention", "article": "a", "actor": "Turkey", "text": "Turkey"})
    return rows


def test_page_has_no_external_reference_and_forbids_network(tmp_path):
    out = tmp_path / "g.html"
    write_page(_pair_graph(), out)
    text = out.read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(text)
    assert [r for r in parser.refs if EXTERNAL.match(r[2]) or r[2].startswith("file:")] == []
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert "<link" not in text.lower() and "@import" not in text
    # Every library is inline and the policy forbids any fetch at all.
    assert "default-src 'none'" in text
    assert text.count("<script") == 3 and 'src="' not in text


def test_page_is_byte_identical_across_runs(tmp_path):
    G, ev = _pair_graph(), tmp_path / "g.evidence.jsonl"
    write_evidence(_evidence(), ev)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_page(G, tmp_path / "a" / "g.html", ev)
    write_page(G, tmp_path / "b" / "g.html", ev)
    assert (tmp_path / "a" / "g.html").read_bytes() == (tmp_path / "b" / "g.html").read_bytes()


def test_evidence_is_capped_per_edge_and_the_rest_counted():
    d = page_data(_pair_graph(), _evidence(), cap=3)
    (row,) = [i for i, e in enumerate(d["edges"]) if e[2] == "stance"]
    ev = d["evidence"][str(row)]
    assert [r["id"] for r in ev["records"]] == ["a#s0", "a#s1", "a#s2"]
    assert ev["more"] == 4 and d["meta"]["summarised"] == 4
    assert "start" not in ev["records"][0]  # offsets stay in the evidence file
    extras = {n[0]: d["extras"].get(str(i), {}) for i, n in enumerate(d["nodes"])}
    assert extras["Bashar al-Assad"]["quotes"][0]["text"] == "We will not accept it"
    # Mentions are not page material.
    assert "a#m0" not in json.dumps(d)


def test_one_sided_events_go_to_their_source_capped():
    G = _pair_graph()
    G.nodes["Turkey"]["events_material_conflict"] = 3
    events = [{"id": f"b#e{i}", "kind": "event", "article": "b", "source": "Turkey", "quad": "material_conflict",
               "polarity": -1, "cue": "shelled", "target_text": "a village", "sentence": f"Turkey shelled a village ({i})."}
              for i in range(3)]
    d = page_data(G, events, cap=2)
    extras = {n[0]: d["extras"].get(str(i), {}) for i, n in enumerate(d["nodes"])}
    assert [e["id"] for e in extras["Turkey"]["events"]] == ["b#e0", "b#e1"]
    assert extras["Turkey"]["events_more"] == 1 and "events" not in extras["Syria"]


def test_node_panel_data_allies_opponents_and_groups():
    d = page_data(_pair_graph(), _evidence())
    extras = {n[0]: d["extras"].get(str(i), {}) for i, n in enumerate(d["nodes"])}
    assert extras["Turkey"]["opponents"][0][0] == "Syria"
    assert extras["Syria"]["opponents"][0][0] == "Turkey"
    assert d["meta"]["measures"][0] == "pagerank"
    assert sorted(sum(d["meta"]["groups"]["factions"], [])) == ["Syria", "Turkey"]
    assert d["meta"]["first_date"] == "2019-01-02" and d["meta"]["last_date"] == "2019-02-03"
    assert set(d["meta"]["types"]) == {"state", "leader"}


def test_markup_in_the_data_cannot_end_the_script():
    G = nx.MultiDiGraph()
    G.add_node("</script><script>alert(1)</script>", type="state", label="</script><!--")
    page = render_page(page_data(G))
    assert page.count("</script>") == 3
    assert graph_from_page(read_page(page)).has_node("</script><script>alert(1)</script>")


def test_links_beside_the_title_and_none_by_default():
    G = nx.MultiDiGraph()
    G.add_node("Eritrea", type="state")
    bare = render_page(page_data(G))
    assert "@LINKS@" not in bare and 'class="links"' not in bare
    linked = render_page(page_data(G), links=[("The report <all>", "index.html")])
    assert '<nav class="links"><a href="index.html">The report &lt;all&gt;</a></nav>' in linked


def test_read_page_refuses_other_html():
    with pytest.raises(GraphkitError, match="not a graphkit view page"):
        read_page("<html><body>hello</body></html>")


def test_empty_graph_gives_a_page():
    d = page_data(nx.MultiDiGraph())
    assert d["nodes"] == [] and d["meta"]["measures"] == []
    assert "gk-data" in render_page(d)


# -- the property: any graph the builder makes round-trips through the page -------------

_name_chars = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'/;\u2028")
actor_names = st.text(_name_chars, min_size=1, max_size=12).filter(lambda s: s.strip() == s and s)
dates = st.none() | st.dates().map(lambda d: d.isoformat())


@st.composite
def builder_inputs(draw):
    names = draw(st.lists(actor_names, min_size=1, max_size=6, unique=True))
    infos = {}
    for n in names:
        t = draw(st.sampled_from(["state", "leader", "armed_group", "organization"]))
        aff = draw(st.none() | st.sampled_from(names)) if t == "leader" else None
        infos[n] = ActorInfo(n, t, sorted({n, draw(actor_names)}), aff if aff != n else None,
                             draw(st.none() | st.sampled_from(["TUR", "SYR", "RUS"])), 0)
    records = []
    for i in range(draw(st.integers(1, 4))):
        mentioned = draw(st.lists(st.sampled_from(names), min_size=1, max_size=6))
        mentions = [Mention(n, n, 0, 1, draw(st.integers(0, 2)), draw(st.integers(0, 1))) for n in mentioned]
        present = sorted(set(mentioned))
        stances = []
        for _ in range(draw(st.integers(0, 4))):
            s, t = draw(st.sampled_from(present)), draw(st.sampled_from(present))
            if s != t:
                q = draw(st.sampled_from(QUADS))
                stances.append(Stance(s, t, q, QUAD_POLARITY[q], "cue", draw(st.text(_name_chars, max_size=30)), 0, 1))
        quotes = [Quote(draw(st.sampled_from(present)), "words", True, (), 0, 5, "said")] if draw(st.booleans()) else []
        records.append(Extraction(f"art{i}", date=draw(dates), actors=[infos[n] for n in present],
                                  mentions=mentions, stances=stances, quotes=quotes))
    return records, draw(st.sampled_from(["sentence", "paragraph", "article"])), draw(st.sampled_from(["actor", "state"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(builder_inputs(), st.integers(0, 3))
def test_any_builder_graph_round_trips_through_the_page(inputs, cap):
    records, window, level = inputs
    G = build_graph(records, window=window, level=level)
    evidence = [line for r in records for line in evidence_records(r)]
    data = read_page(render_page(page_data(G, evidence, cap=cap)))
    H = graph_from_page(data)
    assert sorted(H.nodes(data=True)) == sorted(G.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(H.edges(keys=True, data=True), key=key) == sorted(G.edges(keys=True, data=True), key=key)
    assert H.graph == G.graph
    # Each edge's evidence is its own first ``cap`` records, the rest counted.
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=key)):
        ids = d.get("evidence", "").split()
        ev = data["evidence"].get(str(i), {"records": [], "more": 0})
        assert [r["id"] for r in ev["records"]] == ids[:cap]
        assert ev["more"] == max(len(ids) - cap, 0)
        assert all(r["source"] == u and r["target"] == v for r in ev["records"]) or level == "state"


# -- command line ------------------------------------------------------------------------


def test_cli_view_writes_the_page_with_the_evidence_beside_the_graph(tmp_path):
    from graphkit.io.graphml import write_graphml

    graph = tmp_path / "g.graphml"
    write_graphml(_pair_graph(), graph)
    write_evidence(_evidence(), tmp_path / "g.evidence.jsonl")
    out = tmp_path / "g.html"
    result = CliRunner().invoke(main, ["view", str(graph), "-o", str(out), "--cap", "2"])
    assert result.exit_code == 0, result.output
    data = read_page(out.read_text(encoding="utf-8"))
    assert data["meta"]["evidence_file"] == "g.evidence.jsonl" and data["meta"]["cap"] == 2
    assert data["meta"]["title"] == "g.graphml"
    help_text = CliRunner().invoke(main, ["view", "-h"]).output
    assert "Example" in help_text and "graphkit view" in help_text


def test_cli_view_bad_input_is_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><oops", encoding="utf-8")
    out = tmp_path / "bad.html"
    result = CliRunner().invoke(main, ["view", str(bad), "-o", str(out)])
    assert result.exit_code != 0 and "bad.graphml" in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_view_without_evidence_says_so(tmp_path):
    from graphkit.io.graphml import write_graphml

    graph = tmp_path / "solo.graphml"
    write_graphml(_pair_graph(), graph)
    result = view(graph, tmp_path / "solo.html")
    assert result.evidence is None and result.nodes == 3 and result.edges == 2
    assert read_page((tmp_path / "solo.html").read_text(encoding="utf-8"))["meta"]["evidence_file"] is None


# -- vendored libraries ------------------------------------------------------------------


def test_vendored_libraries_match_their_manifest():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import vendor_js
    finally:
        sys.path.pop(0)
    assert vendor_js.check() == []
    manifest = json.loads((ROOT / "graphkit" / "data" / "vendor" / "VENDOR.json").read_text())
    assert {m["licence"] for m in manifest.values()} == {"MIT"}
