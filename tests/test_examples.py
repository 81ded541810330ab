"""Every example in the README files and in every command's -h runs as written.

The commands run in order (README.md, bench/README.md, then each command's
help) with ``bash`` in a fresh folder that holds what a clone holds
(``seeds/``, ``examples/``, ``tests/data/``), so an example that names a file
no clone has, or a flag that no longer exists, fails here. The benchmark
lines (``.venv/bin/python bench/...``, in shell blocks or inline) take
minutes to hours, so each runs with ``--check`` (arguments and inputs
checked, nothing measured) and the quick smoke test runs in full; ``make``
lines run with ``make -n`` (the target exists and expands).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
READMES = [ROOT / "README.md", ROOT / "bench" / "README.md"]
_BLOCK = re.compile(r"```(?:sh|bash|console)\n(.*?)```", re.S)


def _runs_graphkit(line: str) -> bool:
    try:
        words = shlex.split(line, comments=True)
    except ValueError:
        return False
    return "graphkit" in words and (words[0] == "graphkit" or "|" in words)


def _strip_comment(line: str) -> str:
    # Keep everything before an unquoted '#' that starts a comment.
    lexer = shlex.shlex(line, posix=True, punctuation_chars="|")
    lexer.whitespace_split, lexer.commenters = True, "#"
    words = list(lexer)
    return " ".join(shlex.quote(w) if w != "|" else w for w in words)


def readme_examples(path: Path) -> list[str]:
    """The ``graphkit`` command lines of ``path``'s shell blocks, in order."""
    lines = []
    for block in _BLOCK.findall(path.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.strip() and _runs_graphkit(line):
                lines.append(_strip_comment(line.strip()))
    return lines


def help_examples() -> list[tuple[str, str]]:
    """``(command, line)`` for every example line of every command's ``-h``."""
    out = []
    for name in [None, *sorted(main.commands)]:
        text = CliRunner().invoke(main, ([name] if name else []) + ["-h"]).output
        lines = text.split("Example:", 1)[1].splitlines()[1:] if "Example:" in text else []
        for line in lines:
            if not line.strip():
                break
            if _runs_graphkit(line.strip()):
                out.append((name or "graphkit", line.strip()))
    return out


def _all_examples() -> list[tuple[str, str]]:
    seen, out = set(), []
    for path in READMES:
        for line in readme_examples(path):
            out.append((path.relative_to(ROOT).as_posix(), line))
    for where, line in help_examples():
        out.append((f"{where} -h", line))
    unique = []
    for where, line in out:
        if line not in seen:
            seen.add(line)
            unique.append((where, line))
    return unique


EXAMPLES = _all_examples()

_BENCH = re.compile(r"\.venv/bin/python (bench/\w+\.py(?:[ \t]+[^`#\n]*)?)")
_INLINE = re.compile(r"`(\.venv/bin/python bench/[^`]+)`")


def bench_examples() -> list[str]:
    """The ``bench/<script>.py ARGS`` lines of the README files (shell blocks and inline code)."""
    out: list[str] = []
    for path in READMES:
        text = path.read_text(encoding="utf-8")
        spans = _BLOCK.findall(text) + [" ".join(s.split()) for s in _INLINE.findall(text)]
        for span in spans:
            for line in span.splitlines():
                m = _BENCH.search(line)
                if m and " ".join(m.group(1).split()) not in out:
                    out.append(" ".join(m.group(1).split()))
    return out


def make_examples() -> list[str]:
    """The ``make TARGET [VAR=1]`` lines of README.md's shell blocks."""
    out = []
    for block in _BLOCK.findall(READMES[0].read_text(encoding="utf-8")):
        for line in block.splitlines():
            words = shlex.split(line, comments=True) if line.strip() else []
            if words[:1] == ["make"]:
                out.append(" ".join(words))
    return out


BENCH = bench_examples()


def test_every_command_has_an_example_and_every_readme_has_some():
    commands = {where.split()[0] for where, _ in help_examples()}
    assert commands == {"graphkit", *main.commands}
    assert all(readme_examples(p) for p in READMES[:1])


def test_comments_are_cut_and_quotes_kept():
    assert _strip_comment("graphkit view g.graphml --title \"Idlib 2018\"   # one file") == \
        "graphkit view g.graphml --title 'Idlib 2018'"
    assert _strip_comment("echo '{\"id\": \"a1\"}' | graphkit extract -") == \
        "echo '{\"id\": \"a1\"}' | graphkit extract -"


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A folder with what a fresh clone has, and graphkit on PATH."""
    where = tmp_path_factory.mktemp("clone")
    for name in ("seeds", "examples"):
        (where / name).symlink_to(ROOT / name)
    (where / "tests").mkdir()
    (where / "tests" / "data").symlink_to(ROOT / "tests" / "data")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return where, env


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("where,line", EXAMPLES, ids=[f"{w}: {x[:60]}" for w, x in EXAMPLES])
def test_example_runs_as_written(clone, where, line):
    folder, env = clone
    done = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{where}: {line}\n{done.stderr[-2000:]}"


def test_the_bench_and_make_examples_are_found():
    scripts = {line.split()[0] for line in BENCH}
    assert {"bench/run.py", "bench/speed.py", "bench/scale.py"} <= scripts
    assert "bench/run.py --quick" in BENCH
    assert {"make demo", "make test"} <= set(make_examples())


@pytest.mark.parametrize("line", BENCH)
def test_bench_example_checks_out(line):
    done = subprocess.run([sys.executable, *shlex.split(line), "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.startswith("would "), f"{line}\n{done.stderr[-2000:]}"


def test_a_wrong_bench_argument_is_caught_by_check():
    done = subprocess.run([sys.executable, "bench/run.py", "--skip", "analysis,speed", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "--skip speed" in done.stderr


@pytest.mark.parametrize("line", make_examples())
def test_make_example_expands(line):
    done = subprocess.run([*shlex.split(line), "-n"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip(), f"{line}\n{done.stderr[-2000:]}"


@pytest.mark.model
@pytest.mark.slow
def test_bench_quick_runs_in_full(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "bench/run.py", "--quick", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert {"throughput", "memory", "jobs", "cache", "analysis"} <= set(results)


def _make_lines(*args: str) -> list[str]:
    """The commands ``make -n ARGS`` would run (recipe lines, one a line)."""
    done = subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("args, tracked", [((), False), (("QUICK=1",), False),
                                           (("OUT=bench/results",), True)])
def test_make_bench_writes_outside_the_tracked_tree_unless_asked(args, tracked):
    """Every script ``make bench`` runs says (with ``--check``) where its results
    go: an ignored folder (build/bench) by default, bench/results with OUT=."""
    lines = [ln for ln in _make_lines("bench", "STAMP=/dev/null", *args) if " bench/" in ln]
    assert {ln.split()[1] for ln in lines} == {"bench/run.py", "bench/speed.py", "bench/long.py"}
    for line in lines:
        words = shlex.split(line)
        done = subprocess.run([sys.executable, *words[1:], "--check"], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{line}\n{done.stderr[-2000:]}"
        target = Path(done.stdout.rsplit("results to ", 1)[1].strip())
        target = target if target.is_absolute() else ROOT / target
        inside = target.resolve().relative_to(ROOT).as_posix()
        ignored = subprocess.run(["git", "check-ignore", "-q", inside], cwd=ROOT).returncode == 0
        assert ignored != tracked, f"{line} writes {inside}"
        assert inside.startswith("bench/results/" if tracked else "build/bench/")


@pytest.mark.model
@pytest.mark.slow
def test_make_demo_prints_a_short_summary(clone, tmp_path):
    """The demo's recipe, run as make runs it: a few short lines, no wide table."""
    folder, env = clone
    work = tmp_path / "demo"
    work.mkdir()
    for name in ("seeds",):
        (work / name).symlink_to(ROOT / name)
    lines = [ln for ln in _make_lines("demo", "STAMP=/dev/null", "GK=graphkit") if "graphkit " in ln]
    assert len(lines) >= 5
    printed = []
    for line in lines:
        done = subprocess.run(["bash", "-c", line], cwd=work, env=env, capture_output=True,
                              text=True, timeout=900)
        assert done.returncode == 0, f"{line}\n{done.stderr[-2000:]}"
        printed += (done.stdout + done.stderr).splitlines()
    assert printed and len(printed) <= 3 * len(lines) + 4, "\n".join(printed)
    assert max(len(p) for p in printed) <= 100, "\n".join(printed)
    said = "\n".join(printed)
    assert "Iran; Russia; Syria" in said and "Turkey; United States" in said
    assert (work / "outputs" / "report" / "index.html").exists()
