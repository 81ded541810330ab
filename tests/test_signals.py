"""SIGTERM and SIGINT during a run: no leftover processes, no partial files (issue 10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _corpus(tmp_path: Path, copies: int = 40) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    path = tmp_path / "in" / "news.jsonl"
    path.parent.mkdir()
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for i, t in enumerate(texts):
                fh.write(json.dumps({"id": f"{i}@{k}", "text": t}) + "\n")
    return path


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkit", "--quiet", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for(cond, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_to_a_jobs_2_build_leaves_no_workers_and_no_partial_files(tmp_path, sig):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    proc = _start(["build", str(corpus), "-o", str(out / "g.graphml"), "--jobs", "2"])
    try:
        assert _wait_for(lambda: len(_children(proc.pid)) >= 2 and any(out.iterdir()), 240), "workers never started"
        workers = _children(proc.pid)
        time.sleep(1.0)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert _wait_for(lambda: not any(_alive(w) for w in workers), 20), "workers outlived the run"
    assert list(out.iterdir()) == []  # no graph, no evidence, no *.tmp
    assert sorted(p.name for p in corpus.parent.iterdir()) == ["news.jsonl"]


@pytest.mark.model
@pytest.mark.slow
def test_workers_die_when_the_parent_is_killed(tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    proc = _start(["build", str(corpus), "-o", str(out / "g.graphml"), "--jobs", "2"])
    try:
        assert _wait_for(lambda: len(_children(proc.pid)) >= 2, 240)
        workers = _children(proc.pid)
        time.sleep(1.0)
        proc.kill()  # SIGKILL: no clean-up in the parent at all
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _wait_for(lambda: not any(_alive(w) for w in workers), 20), "workers outlived their parent"


@pytest.mark.model
@pytest.mark.slow
def test_sigterm_to_report_leaves_no_hidden_folder(tmp_path):
    corpus = _corpus(tmp_path, copies=20)
    parent = tmp_path / "reports"
    parent.mkdir()
    proc = _start(["report", str(corpus), "-o", str(parent / "rep")])
    try:
        assert _wait_for(lambda: any(parent.iterdir()), 240), "report never started"
        time.sleep(2.0)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0 and "Traceback" not in err
    assert list(parent.iterdir()) == []
