"""Hostile names and ids in outputs, unreadable paths on the command line (issue 10).

Model-free: extraction records are made by hand where a build is needed, so
the tests run in seconds.
"""

from __future__ import annotations

import json
import os
import time

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.records import ActorInfo, Extraction, Mention, Stance

#: Article ids a user's files really have: spaces from file names, a tab, a
#: literal "%20" that must stay apart from a real space, a percent sign.
IDS = ["Reuters 12 May 2014.txt", "AFP\tdispatch", "wire%20copy", "wire copy", "100% sure", "plain.txt"]


@pytest.fixture
def hand_records(monkeypatch):
    return _hand_records(monkeypatch, "Kenya")


def _hand_records(monkeypatch, source: str):
    """``build`` folds one hand-made record per article: ``source`` criticised Uganda."""
    import importlib

    from graphkit.io.readers import ArticleReader

    build_module = importlib.import_module("graphkit.graph.build")  # the module, not the function

    def extractions(inputs, options=None, on_problem=None, stats=None, stdin=None):
        for a in ArticleReader(inputs):
            if stats is not None:
                stats.read += 1
            sentence = f"{source} criticised Uganda."
            n = len(source)
            yield Extraction(
                a.id, date=a.date,
                actors=[ActorInfo(source, "state", [source], None, "KEN", 1),
                        ActorInfo("Uganda", "state", ["Uganda"], None, "UGA", 1)],
                mentions=[Mention(source, source, 0, n, 0), Mention("Uganda", "Uganda", n + 12, n + 18, 0)],
                stances=[Stance(source, "Uganda", "verbal_conflict", -1, "criticise", sentence, 0, n + 19)],
            )

    monkeypatch.setattr(build_module, "extractions", extractions)


def _news(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": "Kenya criticised Uganda.", "date": "2014-05-12"}) + "\n"
                         for i in IDS), encoding="utf-8")
    return p


@pytest.mark.parametrize("ext", ["graphml", "gexf", "json", "csv"])
def test_article_ids_with_spaces_keep_their_evidence_in_every_format_and_the_page(tmp_path, hand_records, ext):
    from graphkit.graph.build import evidence_path_for
    from graphkit.io.graphfile import read_graph
    from graphkit.viz.page import read_page

    out = tmp_path / f"g.{ext}"
    result = CliRunner().invoke(main, ["--quiet", "build", str(_news(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in evidence_path_for(out).read_text(encoding="utf-8").splitlines()]
    stance_ids = {r["id"]: r["article"] for r in records if r["kind"] == "stance"}
    assert sorted(stance_ids.values()) == sorted(IDS)  # the record keeps the article id as it was
    assert all(" " not in i and "\t" not in i for i in stance_ids)
    G = read_graph(out)
    listed = G.edges["Kenya", "Uganda", "stance"]["evidence"].split()
    assert sorted(listed) == sorted(stance_ids)  # one id per article: none split, none lost
    page = tmp_path / "g.html"
    graph_file = tmp_path / "g.edges.csv" if ext == "csv" else out  # a CSV graph is named by one table
    result = CliRunner().invoke(main, ["--quiet", "view", str(graph_file), "-o", str(page), "--cap", "10",
                                       "--evidence", str(evidence_path_for(out))])
    assert result.exit_code == 0, result.output
    data = read_page(page.read_text(encoding="utf-8"))
    shown = [r for ev in data["evidence"].values() for r in ev["records"]]
    assert sorted(r["article"] for r in shown) == sorted(IDS)


def test_ids_without_spaces_are_as_they_always_were():
    from graphkit.graph.builder import evidence_id

    assert evidence_id("004.txt", "stance", 3) == "004.txt#s3"
    assert evidence_id("wire copy", "quote", 0) != evidence_id("wire%20copy", "quote", 0)


# -- a 5,000-character actor name ---------------------------------------------------------


def _long_name_graph(tmp_path):
    from graphkit.analysis.synthetic import synthetic_graph
    from graphkit.io.graphfile import write_graph

    G = synthetic_graph(24, 90, seed=3)
    names = sorted(G.nodes, key=lambda v: (-G.degree(v), v))  # the busiest actors: always labelled
    long = "Front for the Liberation of Everything " * 128  # 5,000 characters
    G = nx.relabel_nodes(G, {names[0]: long, names[1]: "$x^ unbalanced $\\frac"})
    G.nodes[long]["label"] = long
    path = tmp_path / "g.graphml"
    write_graph(G, path)
    return path, long


@pytest.mark.parametrize("view", ["network", "centrality", "matrix", "factions"])
def test_a_5000_character_name_is_drawn_short_and_fast(tmp_path, view):
    path, long = _long_name_graph(tmp_path)
    out = tmp_path / f"{view}.svg"
    start = time.monotonic()
    result = CliRunner().invoke(main, ["--quiet", "plot", str(path), "-o", str(out), "--view", view])
    took = time.monotonic() - start
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    assert "Front for the Liberation of Everything Front for" not in svg
    if view != "network":  # the network's labels have a halo: drawn as paths, not SVG text
        assert "Front for the Liberation of Everything…" in svg  # cut at 40 characters, with an ellipsis
        assert "$x^ unbalanced $\\frac" in svg  # drawn as text, not mathtext
    assert took < 60 and out.stat().st_size < 2_000_000
    from graphkit.io.graphfile import read_graph

    assert long in read_graph(path)  # the data keep the name whole


def test_report_with_a_5000_character_actor_name_finishes_fast(tmp_path, monkeypatch):
    long = "Front for the Liberation of Everything " * 128
    _hand_records(monkeypatch, long.strip())
    out = tmp_path / "rep"
    start = time.monotonic()
    result = CliRunner().invoke(main, ["--quiet", "report", str(_news(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - start < 120
    assert sum(p.stat().st_size for p in out.glob("*.png")) < 5_000_000
    assert long.strip() in (out / "index.md").read_text(encoding="utf-8")  # the data keep the name whole


def test_short_label_cuts_names_and_keeps_short_ones():
    from graphkit.viz.common import LABEL_MAX, short_label

    assert short_label("Türkiye") == "Türkiye"
    cut = short_label("x" * 5000)
    assert len(cut) == LABEL_MAX and cut.endswith("…")
    assert short_label("Hay'at Tahrir\nal-Sham") == "Hay'at Tahrir al-Sham"


# -- paths on the command line ---------------------------------------------------------------


def test_an_unreadable_path_on_the_command_line_is_one_line_and_the_rest_is_read(tmp_path, monkeypatch):
    from graphkit.extraction import engines
    from graphkit.extraction.extractor import Extractor

    blank = Extractor.blank()  # registry matching only: no model needed
    monkeypatch.setattr(engines, "_extractor", lambda *args: blank)
    good = tmp_path / "good.txt"
    good.write_text("Kenya and Uganda signed a trade accord in Nairobi.", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("Turkey warned Syria.", encoding="utf-8")
    locked.chmod(0o000)
    if os.geteuid() == 0:  # root reads anything: make opening it fail as it would for a user
        import builtins

        real_open = builtins.open

        def guarded(file, *args, **kw):
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kw)

        monkeypatch.setattr(builtins, "open", guarded)
    through_a_file = good / "x.txt"  # ENOTDIR
    missing = tmp_path / "missing.jsonl"
    (tmp_path / "folder.txt").mkdir()  # a folder named like a file
    args = ["--quiet", "actors", str(locked), str(through_a_file), str(missing), str(tmp_path / "folder.txt"),
            str(good), "--format", "csv"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Kenya" in result.output and "Uganda" in result.output  # the readable file was processed
    for path, says in [(locked, "permission denied"), (through_a_file, ""), (missing, "no such file"),
                       (tmp_path / "folder.txt", "is a folder")]:
        lines = [line for line in result.output.splitlines() if str(path) + ":" in line]
        assert len(lines) == 1 and says in lines[0].lower(), (path, result.output)
    assert "1 articles read, 4 skipped" in result.output or "1 article read, 4 skipped" in result.output
    locked.chmod(0o644)
