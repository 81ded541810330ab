"""Writers on a full disk or a read-only folder, and outputs checked first (issue 10).

A full disk is simulated for real: the command runs in a child process whose
``RLIMIT_FSIZE`` makes every write past a few kilobytes fail (``EFBIG``, as
``ENOSPC`` would), whatever module writes. A read-only folder is a real
``chmod`` for a normal user; root writes through that, so for root the
temporary-file calls raise ``EROFS`` for paths inside the folder; one test
runs every writer against a real ``chmod 555`` folder in a process that chmod
binds (root without ``CAP_DAC_OVERRIDE``, through ``setpriv``).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.io.graphfile import write_graph

from conftest import ROOT

NEWS = [
    {"id": "a1", "text": "Turkey warned Syria on Monday.", "date": "1998-03-02"},
    {"id": "a2", "text": "Kenya and Uganda signed a trade accord in Nairobi.", "date": "2011-07-19"},
]


def _one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def _graph(n_nodes: int = 4, n_edges: int = 4) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    names = [f"State {i}" for i in range(n_nodes)]
    for name in names:
        G.add_node(name, label=name, type="state", mentions=1, articles=1)
    for i in range(n_edges):
        u, v = names[i % n_nodes], names[(i + 1) % n_nodes]
        G.add_edge(u, v, key=f"stance{i}", kind="stance", weight=1, score=-1.0, sign=-1,
                   evidence=f"article {i}.txt#s0", verbal_conflict=1)
    return G


# -- a full disk ------------------------------------------------------------------

# Runs CLI invocations in a child process under a file-size limit; prints one
# JSON line per invocation: exit code and output. Extraction uses the
# model-free pipeline, so build, report and the cache run without the model.
_DRIVER = textwrap.dedent(
    """
    import json, resource, signal, sys
    from click.testing import CliRunner
    from graphkit.cli import main
    from graphkit.extraction import engines
    from graphkit.extraction.extractor import Extractor

    ex = Extractor.blank()
    engines._extractor = lambda *args: ex
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    for line in sys.stdin:
        r = CliRunner().invoke(main, ["--quiet", *json.loads(line)])
        print(json.dumps({"code": r.exit_code, "output": r.output}), flush=True)
    """
)


def _full_disk(commands: list[list[str]], limit: int = 3000) -> list[dict]:
    # RLIMIT_FSIZE can only be lowered in the child: set it there, after imports.
    out = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(limit)], cwd=ROOT, capture_output=True, text=True, timeout=600,
        input="".join(json.dumps(c) + "\n" for c in commands),
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.fixture
def big_graph(tmp_path) -> Path:
    p = tmp_path / "in" / "g.graphml"
    p.parent.mkdir()
    write_graph(_graph(6, 60), p)
    return p


def test_every_writer_on_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, big_graph):
    news = tmp_path / "in" / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in NEWS) + "".join(
        json.dumps({"id": f"b{i}", "text": "Turkey and Syria met in Ankara. " * 20}) + "\n" for i in range(20)),
        encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.graphml").write_text("old graph")
    (out / "old.evidence.jsonl").write_text("old evidence")
    commands = {
        "gexf": ["export", str(big_graph), "-o", str(out / "g.gexf")],
        "graphml": ["export", str(big_graph), "-o", str(out / "g.graphml")],
        "json": ["export", str(big_graph), "-o", str(out / "g.json")],
        "graphology": ["export", str(big_graph), "-o", str(out / "g.graphology.json"), "--format", "graphology"],
        "csv": ["export", str(big_graph), "-o", str(out / "g.csv")],
        "plot": ["plot", str(big_graph), "-o", str(out / "g.png")],
        "view": ["view", str(big_graph), "-o", str(out / "g.html")],
        "build": ["build", str(news), "-o", str(out / "old.graphml")],
        "extract": ["extract", str(news), "-o", str(out / "x.jsonl")],
        "report": ["report", str(news), "-o", str(out / "rep")],
        "cache": ["actors", str(news), "--cache-dir", str(out / "cache")],
    }
    results = dict(zip(commands, _full_disk(list(commands.values()))))
    for name, r in results.items():
        assert r["code"] != 0, (name, r)
        assert "Traceback" not in r["output"], (name, r["output"])
        lines = [line for line in r["output"].splitlines() if line.strip()]
        assert len(lines) == 1 and "cannot write" in lines[0] and "File too large" in lines[0], (name, r["output"])
    assert str(out / "g.edges.csv") in results["csv"]["output"] or str(out / "g.nodes.csv") in results["csv"]["output"]
    assert str(out / "rep") in results["report"]["output"] and ".rep-" not in results["report"]["output"]
    assert str(out / "cache") in results["cache"]["output"]
    # Nothing half-written, no temporary file, the previous pair untouched.
    left = sorted(p.name for p in out.iterdir())
    assert left == ["cache", "old.evidence.jsonl", "old.graphml"], left
    assert (out / "old.graphml").read_text() == "old graph"
    assert (out / "old.evidence.jsonl").read_text() == "old evidence"
    # Entries that fitted stay (each is whole); no temporary file is left.
    assert [p for p in (out / "cache").rglob(".*")] == []


def test_csv_export_writes_both_tables_or_neither(tmp_path):
    # 3 nodes and 120 edges: the nodes table fits under the limit, the edges table does not.
    g = tmp_path / "g.graphml"
    write_graph(_graph(3, 120), g)
    (tmp_path / "old.nodes.csv").write_text("old nodes")
    (tmp_path / "old.edges.csv").write_text("old edges")
    r, = _full_disk([["export", str(g), "-o", str(tmp_path / "old.csv")]], limit=2000)
    assert r["code"] != 0 and "Traceback" not in r["output"] and "cannot write" in r["output"]
    assert (tmp_path / "old.nodes.csv").read_text() == "old nodes"
    assert (tmp_path / "old.edges.csv").read_text() == "old edges"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml", "old.edges.csv", "old.nodes.csv"]


def test_a_pair_whose_second_rename_fails_restores_the_first(tmp_path, monkeypatch):
    from graphkit.errors import GraphkitError
    from graphkit.io import atomic

    a, b = tmp_path / "g.nodes.csv", tmp_path / "g.edges.csv"
    a.write_text("old nodes")
    real = os.replace

    def replace(src, dst, *args, **kw):
        if Path(dst) == b:
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst, *args, **kw)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(GraphkitError, match="g.edges.csv: cannot write: Input/output error"):
        with atomic.atomic_files([a, b]) as (fa, fb):
            fa.write("new nodes")
            fb.write("new edges")
    assert a.read_text() == "old nodes" and not b.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nodes.csv"]


# -- a read-only folder ---------------------------------------------------------------


@pytest.fixture
def read_only(tmp_path, monkeypatch):
    """A folder no one may write into (for root, whom chmod does not stop, EROFS is raised)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        def refuse(real):
            def call(*args, **kw):
                where = kw.get("dir") or (args[0] if args else "")
                if str(where).startswith(str(folder)):
                    raise OSError(errno.EROFS, "Read-only file system", str(where))
                return real(*args, **kw)
            return call

        monkeypatch.setattr(tempfile, "mkstemp", refuse(tempfile.mkstemp))
        monkeypatch.setattr(tempfile, "mkdtemp", refuse(tempfile.mkdtemp))
        monkeypatch.setattr(os, "mkdir", refuse(os.mkdir))
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("args", [
    ["export", "{g}", "-o", "{ro}/g.gexf"],
    ["export", "{g}", "-o", "{ro}/g.csv"],
    ["plot", "{g}", "-o", "{ro}/g.svg"],
    ["view", "{g}", "-o", "{ro}/g.html"],
])
def test_read_only_output_folder_is_one_line(tmp_path, read_only, args):
    g = tmp_path / "g.graphml"
    write_graph(_graph(), g)
    args = [a.format(g=g, ro=read_only) for a in args]
    result = CliRunner().invoke(main, ["--quiet", *args])
    line = _one_line_error(result)
    assert str(read_only) in line and "cannot" in line
    assert list(read_only.iterdir()) == []


@pytest.fixture
def blank_engine(monkeypatch):
    from graphkit.extraction import engines
    from graphkit.extraction.extractor import Extractor

    ex = Extractor.blank()
    monkeypatch.setattr(engines, "_extractor", lambda *args: ex)
    return ex


@pytest.mark.parametrize("command", ["build", "report", "extract", "cache"])
def test_read_only_build_report_and_cache_are_one_line(tmp_path, read_only, blank_engine, command):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8")
    args = {
        "build": ["build", str(news), "-o", str(read_only / "g.graphml")],
        "report": ["report", str(news), "-o", str(read_only / "rep")],
        "extract": ["extract", str(news), "-o", str(read_only / "x.jsonl")],
        "cache": ["actors", str(news), "--cache-dir", str(read_only / "cache")],
    }[command]
    line = _one_line_error(CliRunner().invoke(main, ["--quiet", *args]))
    assert str(read_only) in line and "cannot write" in line
    assert list(read_only.iterdir()) == []


def _without_root_powers() -> list[str]:
    """A command prefix under which chmod binds: root loses CAP_DAC_OVERRIDE (setpriv, util-linux)."""
    if os.geteuid() != 0:
        return []
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv: chmod does not stop root")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_really_read_only_folders_are_one_line_from_every_writer(tmp_path):
    # No simulation: the folders are chmod 555 and the commands run in a
    # process that chmod binds (root without its override), so every writer
    # meets the real EACCES wherever it opens a file.
    prefix = _without_root_powers()
    g = tmp_path / "g.graphml"
    write_graph(_graph(), g)
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "old.graphml").write_text("old graph")
    (ro / "old.evidence.jsonl").write_text("old evidence")
    (ro / "rep").mkdir()
    commands = {
        "gexf": ["export", str(g), "-o", str(ro / "g.gexf")],
        "csv": ["export", str(g), "-o", str(ro / "g.csv")],
        "plot": ["plot", str(g), "-o", str(ro / "g.svg")],
        "view": ["view", str(g), "-o", str(ro / "g.html")],
        "build": ["build", str(news), "-o", str(ro / "old.graphml")],
        "extract": ["extract", str(news), "-o", str(ro / "x.jsonl")],
        "report new": ["report", str(news), "-o", str(ro / "new")],
        "report into": ["report", str(news), "-o", str(ro / "rep")],
        "cache": ["actors", str(news), "--cache-dir", str(ro / "cache")],
    }
    for folder in (ro / "rep", ro):
        folder.chmod(0o555)
    try:
        out = subprocess.run(
            [*prefix, sys.executable, "-c", _DRIVER, str(2**40)], cwd=ROOT, capture_output=True, text=True,
            timeout=600, input="".join(json.dumps(c) + "\n" for c in commands.values()),
        )
        left = sorted(str(p.relative_to(ro)) for p in ro.rglob("*"))
    finally:
        for folder in (ro, ro / "rep"):
            folder.chmod(0o755)
    assert out.returncode == 0, out.stderr[-3000:]
    for name, r in zip(commands, (json.loads(line) for line in out.stdout.splitlines())):
        assert r["code"] != 0 and "Traceback" not in r["output"], (name, r["output"])
        lines = [line for line in r["output"].splitlines() if line.strip()]
        assert len(lines) == 1 and str(ro) in lines[0], (name, r["output"])
        assert "cannot write" in lines[0] and "Permission denied" in lines[0], (name, r["output"])
    assert left == ["old.evidence.jsonl", "old.graphml", "rep"], left
    assert (ro / "old.graphml").read_text() == "old graph"


# -- outputs checked before anything is read ----------------------------------------------


@pytest.mark.parametrize("args", [
    ["export", "{bad}", "-o", "{d}/g.xlsx"],
    ["plot", "{bad}", "-o", "{d}/g.gif"],
    ["build", "{d}/missing.txt", "-o", "{d}/g.xlsx"],
])
def test_unknown_output_extension_is_refused_before_the_input_is_read(tmp_path, args):
    bad = tmp_path / "bad.graphml"
    bad.write_text("not a graph")  # reading it first would say "not readable as GraphML"
    args = [a.format(bad=bad, d=tmp_path) for a in args]
    line = _one_line_error(CliRunner().invoke(main, args))
    assert "format" in line and "GraphML" not in line and "missing" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.graphml"]


@pytest.mark.parametrize("command, target", [("export", "g.graphml"), ("export", "g.evidence.jsonl"),
                                             ("view", "g.graphml"), ("view", "g.evidence.jsonl")])
def test_graph_commands_refuse_to_write_over_their_input(tmp_path, command, target):
    g = tmp_path / "g.graphml"
    write_graph(_graph(), g)
    (tmp_path / "g.evidence.jsonl").write_text("{}\n")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    extra = ["--kind", "stance", "--format", "json"] if command == "export" else []
    line = _one_line_error(CliRunner().invoke(main, [command, str(g), "-o", str(tmp_path / target), *extra]))
    assert "is an input" in line
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
