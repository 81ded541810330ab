"""Every export loads in the tools that read it: networkx, graphology, Gephi's rules.

graphology is run with Node (tests/js/load.js, packages in tests/js/package.json,
installed into tests/js/node_modules by `make test` or, failing that, by the
first test here that needs it); the graphology tests are skipped, with the
reason, where Node or npm is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.graph.export import export
from graphkit.io import read_graph
from graphkit.io.attrs import edge_type

JS = Path(__file__).parent / "js"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
# Gephi's node and edge properties, matched against a GraphML key's id first.
GEPHI_NODE = {"label", "r", "g", "b", "size", "x", "y", "z", "color", "id", "start", "end"}
GEPHI_EDGE = {"label", "weight", "color", "r", "g", "b", "id", "start", "end", "type"}


def _graph() -> nx.MultiDiGraph:
    """A small conflict as graphkit builds it: co-mentions and signed stances."""
    G = nx.MultiDiGraph(generator="graphkit test", window="sentence", articles=3)
    G.add_node("Ethiopia", type="state", country="ETH", mentions=5, articles=3,
               aliases=["Addis Ababa", "Ethiopia"], first_date="1999-02-06", last_date="2000-05-12")
    G.add_node("Eritrea", type="state", country="ERI", mentions=4, articles=3,
               aliases=["Asmara", "Eritrea"], first_date="1999-02-06", last_date="2000-05-12")
    G.add_node("Isaias Afwerki", type="leader", country="ERI", affiliation="Eritrea",
               mentions=2, articles=1, aliases=["Isaias", "Isaias Afwerki"])
    G.add_node("African Union", type="organization", mentions=1, articles=1, aliases=["OAU"])
    for u, v, w in (("Eritrea", "Ethiopia", 3.0), ("Ethiopia", "Isaias Afwerki", 1.0),
                    ("African Union", "Ethiopia", 1.0)):
        G.add_edge(u, v, key="co-mention", kind="co-mention", weight=w, articles=int(w))
    G.add_edge("Ethiopia", "Eritrea", key="stance", kind="stance", weight=2.0, score=-1.0, sign=-1,
               material_conflict=2, evidence="a1#s0 a2#s3", first_date="1999-02-06")
    G.add_edge("Eritrea", "Ethiopia", key="stance", kind="stance", weight=1.0, score=-0.5, sign=-1,
               verbal_conflict=1, evidence="a3#s1")
    G.add_edge("African Union", "Eritrea", key="stance", kind="stance", weight=1.0, score=0.5,
               sign=1, verbal_cooperation=1, evidence="a3#s4")
    return G


def _only(G: nx.MultiDiGraph, kind: str) -> nx.MultiDiGraph:
    H = G.copy()
    H.remove_edges_from([(u, v, k) for u, v, k in G.edges(keys=True) if k != kind])
    return H


CONTENTS = {"mixed": _graph(), "co-mention": _only(_graph(), "co-mention"),
            "stance": _only(_graph(), "stance")}
EXPECTED_TYPE = {"mixed": "mixed", "co-mention": "undirected", "stance": "directed"}


def _write(tmp_path, content: str, ext: str, fmt: str | None = None) -> Path:
    path = tmp_path / f"{content}.{ext}"
    export(CONTENTS[content], path, format=fmt)
    return path


def _edges(G) -> list[tuple[str, str, str]]:
    return sorted((u, v, k) for u, v, k in G.edges(keys=True))


# -- graphkit reads every file it writes ---------------------------------------------


@pytest.mark.parametrize("content", CONTENTS)
@pytest.mark.parametrize("ext,fmt", [("graphml", None), ("gexf", None), ("json", None),
                                     ("json", "graphology"), ("csv", None)])
def test_graphkit_reads_every_export(tmp_path, content, ext, fmt):
    path = _write(tmp_path, content, ext, fmt)
    G = read_graph(path if ext != "csv" else tmp_path / f"{content}.edges.csv")
    assert _edges(G) == _edges(CONTENTS[content])
    assert G.nodes["Isaias Afwerki"]["type"] == "leader"


# -- networkx ------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["co-mention", "stance"])
def test_networkx_reads_single_kind_gexf_and_graphml(tmp_path, content):
    for ext, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        G = reader(_write(tmp_path, content, ext))
        assert G.is_directed() == (content == "stance"), ext
        assert G.number_of_edges() == CONTENTS[content].number_of_edges(), ext
        pairs = {frozenset((u, v)) for u, v in G.edges()}
        assert frozenset(("Eritrea", "Ethiopia")) in pairs


def test_networkx_refuses_a_mixed_file_as_the_help_says(tmp_path):
    # The README and `export -h` send networkx users to --kind; if networkx
    # ever learns mixed graphs this test says the advice can go.
    for ext, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        with pytest.raises(nx.NetworkXError, match="irected"):
            reader(_write(tmp_path, "mixed", ext))


@pytest.mark.parametrize("content", CONTENTS)
def test_networkx_node_link_graph_reads_json_with_its_defaults(tmp_path, content):
    data = json.loads(_write(tmp_path, content, "json").read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    G = nx.node_link_graph(data)
    assert G.is_directed() and G.is_multigraph()
    assert _edges(G) == _edges(CONTENTS[content])
    assert G.nodes["Eritrea"]["aliases"] == ["Asmara", "Eritrea"]


def test_graphkit_still_reads_old_links_json(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps(nx.node_link_data(_graph(), edges="links")), encoding="utf-8")
    assert _edges(read_graph(path)) == _edges(_graph())


# -- Gephi's rules -------------------------------------------------------------------


@pytest.mark.parametrize("content", CONTENTS)
def test_graphml_key_ids_gephi_cannot_mistake(tmp_path, content):
    root = ET.parse(_write(tmp_path, content, "graphml")).getroot()
    keys = {(k.get("for"), k.get("attr.name")): (k.get("id"), k.get("attr.type"))
            for k in root.findall(f"{GRAPHML}key")}
    assert len({kid for kid, _ in keys.values()}) == len(keys)
    for (scope, name), (kid, _) in keys.items():
        reserved = {"node": GEPHI_NODE, "edge": GEPHI_EDGE}.get(scope, set())
        if name in reserved:
            assert kid == name, (scope, name)
        else:
            assert kid not in GEPHI_NODE | GEPHI_EDGE, (scope, name, kid)
    assert keys[("node", "label")] == ("label", "string")
    assert {keys[("node", c)][1] for c in "rgb"} == {"int"}
    assert {t for (scope, name), (_, t) in keys.items() if scope == "node" and name in ("size", "x", "y")} == {"double"}
    assert keys[("edge", "weight")] == ("weight", "double")


@pytest.mark.parametrize("content", CONTENTS)
def test_edge_direction_follows_the_content(tmp_path, content):
    want = EXPECTED_TYPE[content]
    assert edge_type(CONTENTS[content]) == want
    gexf = ET.parse(_write(tmp_path, content, "gexf")).getroot().find(f"{GEXF}graph")
    assert gexf.get("defaultedgetype") == want
    graphml = ET.parse(_write(tmp_path, content, "graphml")).getroot().find(f"{GRAPHML}graph")
    assert graphml.get("edgedefault") == ("directed" if want == "directed" else "undirected")
    for tree, tag, attr, undirected in ((gexf, f"{GEXF}edge", "type", "undirected"),
                                        (graphml, f"{GRAPHML}edge", "directed", "false")):
        for el in tree.iter(tag):
            is_co = el.get("id").endswith("co-mention") or el.get("kind") == "co-mention"
            if want == "mixed":
                assert (el.get(attr) == undirected) == is_co
            else:
                assert el.get(attr) is None


# -- graphology (Node) ---------------------------------------------------------------


@pytest.fixture(scope="session")
def graphology():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed: graphology cannot be run")
    if not (JS / "node_modules" / "graphology-graphml").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: cannot install tests/js (run `make test` where it is)")
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent"], cwd=JS,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            pytest.skip(f"npm install in tests/js failed: {done.stderr.strip()[-300:]}")

    def load(path: Path, fmt: str) -> dict:
        done = subprocess.run([node, str(JS / "load.js"), str(path), fmt],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return load


@pytest.mark.parametrize("content", CONTENTS)
@pytest.mark.parametrize("ext,fmt,parser", [("gexf", None, "gexf"), ("graphml", None, "graphml"),
                                            ("json", "graphology", "json")])
def test_graphology_reads_every_export(graphology, tmp_path, content, ext, fmt, parser):
    G = CONTENTS[content]
    got = graphology(_write(tmp_path, content, ext, fmt), parser)
    assert got["type"] == EXPECTED_TYPE[content]
    assert (got["order"], got["size"]) == (G.number_of_nodes(), G.number_of_edges())
    seen = sorted((e["source"], e["target"], e["attributes"]["kind"], e["undirected"])
                  for e in got["edges"])
    assert seen == sorted((u, v, k, k == "co-mention") for u, v, k in G.edges(keys=True))
    assert got["nodes"]["Isaias Afwerki"]["type"] == "leader"
    assert got["nodes"]["Isaias Afwerki"]["label"] == "Isaias Afwerki"
    weights = {(e["source"], e["target"], e["attributes"]["kind"]): e["attributes"]["weight"]
               for e in got["edges"]}
    assert weights == {(u, v, k): d["weight"] for u, v, k, d in G.edges(keys=True, data=True)}


# -- the command ---------------------------------------------------------------------


def test_export_creates_folders_and_says_what_it_wrote(tmp_path):
    src = tmp_path / "g.graphml"
    export(_graph(), src)
    out = tmp_path / "new" / "deeper" / "g.json"
    result = CliRunner().invoke(main, ["export", str(src), "-o", str(out), "--format", "graphology"])
    assert result.exit_code == 0, result.output
    assert out.is_file() and str(out) in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["options"]["type"] == "mixed"
    quiet = CliRunner().invoke(main, ["export", str(src), "-o", str(tmp_path / "q.gexf"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_failed_export_leaves_no_new_folder(tmp_path):
    src = tmp_path / "g.graphml"
    export(_graph(), src)
    out = tmp_path / "new" / "g.xyz"
    result = CliRunner().invoke(main, ["export", str(src), "-o", str(out)])
    assert result.exit_code != 0 and "unknown export format" in result.output
    assert not (tmp_path / "new").exists()
