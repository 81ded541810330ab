"""Adversarial findings (issue 10), each kept fixed: graphkit never harms a user's files."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.io.guard import check_report_folder, folder_lock, refuse_inputs_as_outputs

from conftest import SEEDS

NEWS = [
    {"id": "a1", "text": "Turkey warned Syria on Monday.", "date": "1998-03-02"},
    {"id": "a2", "text": "Kenya and Uganda signed a trade accord in Nairobi.", "date": "2011-07-19"},
]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def news(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8")
    return p


def _one_line_error(result):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


# -- outputs that are inputs ---------------------------------------------------


def test_extract_refuses_to_write_over_its_input(runner, news):
    before = news.read_bytes()
    line = _one_line_error(runner.invoke(main, ["extract", str(news), "-o", str(news)]))
    assert "is an input" in line and str(news) in line
    assert news.read_bytes() == before


def test_build_refuses_an_evidence_path_that_is_an_input(runner, tmp_path):
    src = tmp_path / "g.evidence.jsonl"
    src.write_text(json.dumps(NEWS[0]) + "\n", encoding="utf-8")
    before = src.read_bytes()
    line = _one_line_error(runner.invoke(main, ["build", str(src), "-o", str(tmp_path / "g.graphml")]))
    assert "is an input" in line
    assert src.read_bytes() == before


def test_build_refuses_an_output_inside_an_input_folder_before_reading(tmp_path):
    (tmp_path / "corpus").mkdir()
    refuse_inputs_as_outputs([tmp_path / "corpus" / "new.graphml"], [tmp_path / "corpus"])
    (tmp_path / "corpus" / "g.graphml").write_text("read by the walk")
    with pytest.raises(GraphkitError, match="is an input"):
        refuse_inputs_as_outputs([tmp_path / "corpus" / "g.graphml"], [tmp_path / "corpus"])
    refuse_inputs_as_outputs([tmp_path / "g.graphml", "-"], [tmp_path / "corpus", "-"])


def test_unknown_output_extension_is_refused_before_anything_is_read(runner, tmp_path):
    # A missing input would be reported if it were read first.
    result = runner.invoke(main, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "g.xlsx")])
    line = _one_line_error(result)
    assert "unknown export format" in line and not (tmp_path / "g.evidence.jsonl").exists()


# -- report folders -----------------------------------------------------------


def test_report_into_the_corpus_folder_deletes_nothing(runner, tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Turkey warned Syria.", encoding="utf-8")
    line = _one_line_error(runner.invoke(main, ["report", str(corpus), "-o", str(corpus)]))
    assert "input" in line
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


def test_report_refuses_a_folder_of_other_files(runner, tmp_path, news):
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "chapter1.docx").write_bytes(b"mine")
    (folder / "notes").mkdir()
    line = _one_line_error(runner.invoke(main, ["report", str(news), "-o", str(folder)]))
    assert "not a previous graphkit report" in line
    assert (folder / "chapter1.docx").read_bytes() == b"mine" and (folder / "notes").is_dir()


def test_a_previous_report_or_an_empty_folder_may_be_replaced(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    check_report_folder(empty, [])
    prev = tmp_path / "prev"
    prev.mkdir()
    for name in ("index.md", "network.graphml", "network.png", "network.evidence.jsonl"):
        (prev / name).write_text("x")
    check_report_folder(prev, [])
    (prev / "my-notes.txt").write_text("keep me")
    with pytest.raises(GraphkitError, match="not a previous graphkit report"):
        check_report_folder(prev, [])
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(GraphkitError, match="not a folder"):
        check_report_folder(f, [])


@pytest.mark.model
def test_report_replaces_a_previous_report_and_leaves_no_hidden_folder(runner, tmp_path, news):
    out = tmp_path / "rep"
    for _ in range(2):
        result = runner.invoke(main, ["--quiet", "report", str(news), "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert (out / "index.md").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- a run that writes nothing ------------------------------------------------


@pytest.fixture
def blank_engine(monkeypatch):
    """Runs extract with the model-free pipeline (registry matching only)."""
    from graphkit.extraction import engines
    from graphkit.extraction.extractor import Extractor

    ex = Extractor.blank()
    monkeypatch.setattr(engines, "_extractor", lambda *args: ex)
    return ex


def test_a_run_with_no_actors_writes_nothing_and_keeps_the_previous_pair(tmp_path, blank_engine):
    from graphkit.extraction.options import Options
    from graphkit.graph.build import build

    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "The weather was fine."}) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "g.graphml"
    with pytest.raises(GraphkitError, match="nothing written"):
        build([bad], out, options=Options(progress=False), on_problem=None)
    assert not (tmp_path / "out").exists()  # no new folder either
    out.parent.mkdir()
    out.write_text("old graph")
    out.with_name("g.evidence.jsonl").write_text("old evidence")
    with pytest.raises(GraphkitError):
        build([bad], out, options=Options(progress=False), on_problem=None)
    assert out.read_text() == "old graph"
    assert out.with_name("g.evidence.jsonl").read_text() == "old evidence"
    assert sorted(p.name for p in out.parent.iterdir()) == ["g.evidence.jsonl", "g.graphml"]


def test_folder_lock_is_exclusive(tmp_path):
    import fcntl
    import os

    with folder_lock(tmp_path):
        fd = os.open(tmp_path, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    assert list(tmp_path.iterdir()) == []  # no lock file left behind


# -- hostile content in outputs ------------------------------------------------


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"http://x\")", "+1+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_csv_cells_are_neutralised_and_read_back_unchanged(tmp_path, hostile):
    from graphkit.io.csv_pair import read_csv, write_csv

    G = nx.MultiDiGraph()
    G.add_node(hostile, label=hostile, type="state")
    G.add_node("Kenya", label="Kenya", type="state")
    G.add_edge(hostile, "Kenya", key="stance", kind="stance", weight=-2.0, evidence=f"{hostile}#s0")
    nodes, edges = tmp_path / "n.csv", tmp_path / "e.csv"
    write_csv(G, nodes, edges)
    for path in (nodes, edges):
        for line in path.read_text(encoding="utf-8").splitlines():
            for cell in line.split(","):
                assert not cell.lstrip('"').startswith(("=", "+", "@")), line
    H = read_csv(nodes, edges)
    assert hostile in H.nodes and H.nodes[hostile]["label"] == hostile
    (u, v, d), = [(u, v, d) for u, v, d in H.edges(data=True)]
    assert (u, v, d["weight"]) == (hostile, "Kenya", -2.0)


def test_terminal_tables_escape_control_characters():
    from graphkit.io.terminal import render

    out = render([{"name": "Evil\x1b[2J\x1b]0;pwned\x07Corp", "n": 1}], "table")
    assert "\x1b" not in out and "\x07" not in out and "\\x1b" in out
    csv_out = render([{"name": "=1+1"}], "csv")
    assert "'=1+1" in csv_out


# -- inputs that stop or swamp the run ----------------------------------------


def _read(inputs, **kw):
    from graphkit.io.readers import ArticleReader

    problems = []
    arts = list(ArticleReader(inputs, on_problem=problems.append, **kw))
    return arts, [str(p) for p in problems]


def test_folder_walk_reads_regular_files_only(tmp_path):
    import os

    (tmp_path / "good.txt").write_text("Kenya and Uganda met in Kampala.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "random.jsonl").symlink_to("/dev/urandom")
    arts, problems = _read([tmp_path])
    assert [a.id for a in arts] == ["good.txt"]
    assert len(problems) == 3 and all("not a regular file" in p for p in problems)


def test_every_file_is_read_with_a_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Kenya met Uganda. " * 100, encoding="utf-8")
    arts, problems = _read([big, "/dev/zero"], max_bytes=1000)
    assert arts == []
    assert len(problems) == 2 and all("larger than 1,000 bytes" in p for p in problems)
    assert str(big) in problems[0] and "/dev/zero" in problems[1]
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": "y" * 500}) + "\n" + json.dumps(NEWS[0]) + "\n")
    arts, problems = _read([lines], max_bytes=2000)
    assert [a.id for a in arts] == ["x", "a1"]
    arts, problems = _read([lines], max_bytes=100)
    assert arts == [] and "a.jsonl:1" in problems[0] and "line longer than 100 bytes" in problems[0]


def test_max_bytes_option_on_the_command_line(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Kenya met Uganda. " * 100, encoding="utf-8")
    result = runner.invoke(main, ["actors", str(big), "--max-bytes", "100"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "larger than 100 bytes" in result.output


class _Endless(io.RawIOBase):
    """A standard input that never ends (``/dev/zero``, ``yes | graphkit``), counting what is read."""

    def __init__(self, chunk: bytes):
        self.chunk, self.read_bytes = chunk, 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = len(buffer)
        data = (self.chunk * (n // len(self.chunk) + 1))[:n]
        buffer[:n] = data
        self.read_bytes += n
        return n


@pytest.mark.parametrize("chunk", [b"\0", b"Kenya met Uganda.\n", b"\n", b"{" * 7])
def test_endless_standard_input_stops_at_max_bytes(runner, chunk):
    stdin = _Endless(chunk)
    result = runner.invoke(main, ["actors", "-", "--max-bytes", "5000"], input=io.BufferedReader(stdin))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "stdin" in result.output and ("larger than 5,000 bytes" in result.output
                                         or "line longer than 5,000 bytes" in result.output)
    assert stdin.read_bytes < 100_000


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_bom_marked_standard_input_is_decoded(runner, codec):
    from graphkit.io.readers import ArticleReader

    for data, ids in [(json.dumps(NEWS[0]) + "\n" + json.dumps(NEWS[1]) + "\n", ["a1", "a2"]),
                      ("Kenya and Uganda met in Kampala.", ["stdin"])]:
        reader = ArticleReader(["-"], stdin=io.BytesIO(data.encode(codec)))
        assert [a.id for a in reader] == ids and reader.problems == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-be", "utf-32-le"])
def test_bom_marked_utf16_and_utf32_are_decoded(tmp_path, codec):
    text = "Ankara — Türkiye and Iraq met on Tuesday."
    p = tmp_path / "a.txt"
    data = text.encode(codec)
    if codec.endswith(("-be", "-le")):  # the bare codecs add a BOM themselves
        data = "\ufeff".encode(codec) + data
    p.write_bytes(data)
    arts, problems = _read([p])
    assert problems == [] and arts[0].text == text
    j = tmp_path / "a.jsonl"
    j.write_bytes(("\ufeff" + json.dumps(NEWS[0], ensure_ascii=False) + "\n").encode(codec if "-" in codec else codec + "-le"))
    arts, problems = _read([j])
    assert problems == [] and [a.id for a in arts] == ["a1"]


@pytest.mark.parametrize("key", ["id", "text", "title"])
def test_lone_surrogates_are_rejected_with_one_line_and_the_run_goes_on(tmp_path, key):
    p = tmp_path / "s.jsonl"
    bad = dict(NEWS[0], title="t")
    bad[key] = bad[key] + "\ud800"
    p.write_text(json.dumps(bad) + "\n" + json.dumps(NEWS[1]) + "\n", encoding="utf-8")
    arts, problems = _read([p])
    assert [a.id for a in arts] == ["a2"]
    assert len(problems) == 1 and "s.jsonl:1" in problems[0] and "lone surrogate" in problems[0]


def test_a_folder_named_like_a_file_is_a_skipped_input(runner, tmp_path, news):
    (tmp_path / "x.txt").mkdir()
    arts, problems = _read([tmp_path / "x.txt", news])
    assert [a.id for a in arts] == ["a1", "a2"] and "is a folder" in problems[0]
    # At the command line: one line for it, counted as skipped, a non-zero exit.
    result = runner.invoke(main, ["actors", str(tmp_path / "x.txt")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert f"{tmp_path / 'x.txt'}: is a folder, not a file" in result.output and "1 skipped" in result.output


def test_report_markdown_escapes_html_from_articles():
    from graphkit.viz.report import _md_table

    out = _md_table([{"said": "<script>alert(1)</script> | <img src=x onerror=alert(1)>"}], ["said"])
    assert "<script>" not in out and "<img" not in out and "&lt;script&gt;" in out and "\\|" in out


# -- cache ---------------------------------------------------------------------


def test_cache_entries_are_checked_against_their_key(tmp_path):
    import shutil

    from graphkit.extraction.cache import ExtractionCache
    from graphkit.records import Article, Extraction

    c = ExtractionCache(tmp_path, "v1")
    a, b = Article("a", "Turkey warned Syria."), Article("b", "Kenya met Uganda.")
    c.put(a, Extraction("a", actors=[]))
    c.put(b, Extraction("b"))
    pa, pb = c._path(c.key(a)), c._path(c.key(b))
    swap = tmp_path / "swap"
    shutil.move(pa, swap)
    shutil.move(pb, pa)
    shutil.move(swap, pb)
    assert c.get(a) is None and c.get(b) is None  # swapped entries are misses
    pa.unlink()
    pa.mkdir()  # a folder where an entry should be
    assert c.get(a) is None
    c.put(a, Extraction("a"))  # and the run goes on
    pb.write_text('{"key": 1}')
    assert c.get(b) is None


def test_read_only_cache_is_one_line(tmp_path):
    import os

    from graphkit.extraction.cache import ExtractionCache
    from graphkit.records import Article, Extraction

    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(GraphkitError, match="cannot write the cache"):
            ExtractionCache(tmp_path / "c", "v1").put(Article("a", "x"), Extraction("a"))
    finally:
        tmp_path.chmod(0o700)


# -- hostile graph files -------------------------------------------------------


@pytest.mark.parametrize("weight, shown", [("abc", "'abc'"), (-5, "-5"), ([1], "[1]")])
def test_bad_weights_in_graph_files_are_one_line(runner, tmp_path, weight, shown):
    g = {"directed": True, "multigraph": True, "graph": {}, "nodes": [{"id": "Chad"}, {"id": "Niger"}],
         "links": [{"source": "Chad", "target": "Niger", "key": "co-mention", "kind": "co-mention", "weight": weight}]}
    p = tmp_path / "g.json"
    p.write_text(json.dumps(g), encoding="utf-8")
    line = _one_line_error(runner.invoke(main, ["centrality", str(p)]))
    assert "g.json" in line and f"weight {shown}" in line and "Chad -> Niger" in line


def test_nan_weight_in_graphml_is_one_line(runner, tmp_path):
    # (NaN is not JSON at all: a JSON graph file holding it is refused whole, tests/test_fuzz.py.)
    G = nx.MultiDiGraph()
    G.add_edge("Chad", "Niger", key="co-mention", kind="co-mention", weight=1.0)
    p = tmp_path / "g.graphml"
    nx.write_graphml(G, p)
    p.write_text(p.read_text().replace(">1.0<", ">NaN<"))
    line = _one_line_error(runner.invoke(main, ["centrality", str(p)]))
    assert "g.graphml" in line and "weight nan is not a number >= 0" in line and "Chad -> Niger" in line


def test_deeply_nested_graph_file_is_one_line(runner, tmp_path):
    p = tmp_path / "deep.json"
    p.write_text("[" * 100_000 + "]" * 100_000)
    line = _one_line_error(runner.invoke(main, ["centrality", str(p)]))
    assert "deep.json" in line and "nested too deeply" in line
