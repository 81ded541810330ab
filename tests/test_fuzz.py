"""Fuzz the readers: random bytes, JSON Lines and graph files give articles or one-line problems, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError
from graphkit.io.readers import ArticleReader

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(name: str, data: bytes) -> tuple[list, list[str]]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        problems: list[str] = []
        arts = list(ArticleReader([p], on_problem=lambda e: problems.append(str(e)), max_bytes=5000))
    return arts, problems


def _one_liners(problems):
    assert all("\n" not in p and len(p) < 400 for p in problems), problems


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.jsonl"]))
def test_random_bytes(data, name):
    arts, problems = _read(name, data)
    _one_liners(problems)
    for a in arts:
        a.text.encode("utf-8")  # no lone surrogate gets through


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values | st.text(max_size=8), "text": json_values | st.text(max_size=60), "date": json_values | st.text(max_size=12)}
)


@FUZZ
@given(st.lists(records | json_values, max_size=5))
def test_random_json_lines(lines):
    data = "".join(json.dumps(r) + "\n" for r in lines).encode("utf-8")
    arts, problems = _read("a.jsonl", data)
    _one_liners(problems)
    assert len(arts) + len(problems) >= sum(1 for r in lines if r is not None) or arts or problems


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["g.graphml", "g.gexf", "g.json"]))
def test_random_graph_files_give_one_line_errors(data, name):
    from graphkit.io.graphfile import read_graph

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        try:
            read_graph(p)
        except GraphkitError as e:
            assert "\n" not in str(e)


# Graph files that parse but hold odd values: every attribute of a small
# actor graph (node, edge, graph) replaced by random JSON, then read by the
# commands a user runs on a graph. Found: a node whose size is null crashed
# the GEXF/GraphML/CSV writers (KeyError), NaN in a JSON graph file reached
# the writers.
_NODE = {"label": "Chad", "type": "state", "mentions": 3, "articles": 2, "size": 12.0, "r": 10, "g": 20, "b": 30,
         "x": 0.5, "y": -0.5, "first_date": "2011-07-19", "last_date": "2012-01-02", "aliases": "Chad; Tchad",
         "country": "TCD", "events_material_conflict": 1}
_EDGE = {"kind": "stance", "key": "stance", "weight": 2.0, "score": -1.0, "sign": -1, "articles": 1,
         "evidence": "a1#s0 a2#s1", "first_date": "2011-07-19", "last_date": "2012-01-02",
         "verbal_conflict": 1, "material_conflict": 0, "verbal_cooperation": 0, "material_cooperation": 0}
_GRAPH = {"articles": 2, "dated_articles": 2, "first_date": "2011-07-19", "last_date": "2012-01-02",
          "level": "actor", "window": "sentence"}
odd_values = st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text(max_size=12) | st.sampled_from(["2011-13-45", "nan", "-1", "state", "stance", "co-mention", ""]) \
    | st.lists(st.integers(), max_size=2) | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)


def _actor_graph(changes) -> dict:
    names = ["Chad", "Niger", "Mali"]
    nodes = [dict(_NODE, id=n, label=n) for n in names]
    edges = [dict(_EDGE, source=u, target=v) for u, v in [("Chad", "Niger"), ("Niger", "Mali"), ("Mali", "Chad")]]
    edges.append(dict(_EDGE, source="Chad", target="Mali", kind="co-mention", key="co-mention"))
    graph = dict(_GRAPH)
    for scope, index, attr, value in changes:
        target = {"node": nodes, "edge": edges}.get(scope, [graph])[index % (len(nodes) if scope == "node" else len(edges) if scope == "edge" else 1)]
        target[attr] = value
    return {"directed": True, "multigraph": True, "graph": graph, "nodes": nodes, "edges": edges}


changes = st.lists(st.one_of(
    st.tuples(st.just("node"), st.integers(0, 2), st.sampled_from(sorted(_NODE)), odd_values),
    st.tuples(st.just("edge"), st.integers(0, 3), st.sampled_from(sorted(_EDGE)), odd_values),
    st.tuples(st.just("graph"), st.just(0), st.sampled_from(sorted(_GRAPH)), odd_values),
), min_size=1, max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes)
def test_graph_files_with_odd_values_give_results_or_one_line_errors(changes):
    from click.testing import CliRunner

    from graphkit.cli import main

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "g.json"
        p.write_text(json.dumps(_actor_graph(changes)), encoding="utf-8")
        for args in (["centrality"], ["balance"], ["factions"], ["ego", "Chad"], ["centrality", "--since", "2011"],
                     ["export", "-o", f"{d}/o.gexf"], ["export", "-o", f"{d}/o.graphml"], ["export", "-o", f"{d}/o.csv"],
                     ["export", "-o", f"{d}/o.json"]):
            result = CliRunner().invoke(main, ["--quiet", args[0], str(p), *args[1:]])
            assert result.exception is None or isinstance(result.exception, SystemExit), (args, changes, result.output)
            if result.exit_code != 0:
                lines = [line for line in result.output.splitlines() if line.strip()]
                assert len(lines) == 1 and d in lines[0], (args, changes, result.output)  # names the graph or the output


def test_a_node_without_a_usable_size_is_given_one(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main
    from graphkit.io.graphfile import read_graph

    p = tmp_path / "g.json"
    p.write_text(json.dumps(_actor_graph([("node", 0, "size", None), ("node", 1, "size", "")])), encoding="utf-8")
    for ext in ("gexf", "graphml", "csv", "json"):
        result = CliRunner().invoke(main, ["--quiet", "export", str(p), "-o", str(tmp_path / f"o.{ext}")])
        assert result.exit_code == 0, (ext, result.output)
    G = read_graph(tmp_path / "o.gexf")
    assert all(G.nodes[n]["size"] > 0 for n in G) and G.nodes["Mali"]["size"] == 12.0


def test_nan_in_a_json_graph_file_is_one_line(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    p = tmp_path / "g.json"
    p.write_text(json.dumps(_actor_graph([("node", 0, "x", float("nan"))])), encoding="utf-8")
    result = CliRunner().invoke(main, ["--quiet", "export", str(p), "-o", str(tmp_path / "o.json")])
    assert result.exit_code != 0 and result.output.strip() == f"Error: {p}: not readable as JSON (NaN is not a JSON number)"
    assert not (tmp_path / "o.json").exists()
