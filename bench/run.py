#!/usr/bin/env python
"""graphkit benchmark: throughput, parallel speed-up, memory, cache and analysis at scale.

One command measures everything against references taken in the same run, so
the ratios hold on any machine::

    .venv/bin/python bench/run.py                      # sizes 1, 10, 100
    .venv/bin/python bench/run.py --quick              # sizes 1, 2, 4 (smoke test)
    .venv/bin/python bench/run.py --input examples/news.jsonl --sizes 1,5

A corpus of size N is N copies of the base articles (``seeds/`` by default),
each copy with its own ids, written as one JSON Lines file. Sections:

throughput
    Tokens per second of plain ``nlp.pipe`` over the texts (the stock model,
    already loaded) and of :func:`graphkit.graph.build.build`
    (read, extract, fold, write GraphML and evidence; cache off), both warm:
    model loading and imports are excluded from both. Beside them the
    *ceiling*: CPU seconds of the stock model (``spacy.load``, every
    component, whole articles) over those of the trained components as
    ``build`` runs them, the most a one-process ``build`` can beat a plain
    ``nlp.pipe`` script by. The reference is the stock model
    (``spacy.load``, every component), as a user's own script would run it;
    the ratio is taken in CPU seconds, steadier than wall seconds on a
    machine shared with other jobs.
jobs
    End-to-end ``build`` with ``jobs=2`` against ``jobs=1`` on the largest
    corpus, each in a fresh process: *cold* (model loading on the critical
    path, as a user sees it) and *warm* (model loaded before timing; pool
    workers are forked with it).
memory
    Peak RSS of a ``build`` in a fresh process per size (peak reset after the
    model is loaded), its growth from the smallest to the largest size against
    the in-memory size of the graph, and plain ``nlp.pipe``'s peak as reference.
cache
    Three ``python -m graphkit --quiet build ... --cache-dir D`` commands
    timed as a user sees them: cold, all cached, and with a changed lexicon
    (which must re-extract everything).
analysis
    Every centrality measure, communities and factions on a synthetic graph of
    100,000 actors and 1,000,000 edges (``bench/scale.py``).

Results print as a table and go to ``--out`` as JSON. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    # Run from a checkout even when graphkit is not installed.
    sys.path.insert(0, str(ROOT))

from graphkit.records import Article  # noqa: E402

TARGETS = {
    "build_vs_pipe": 0.85,
    "jobs2_vs_jobs1": 1.6,
    "cache_speedup": 10.0,
}
ANALYSIS_NODES = 100_000
ANALYSIS_EDGES = 1_000_000


# -- corpus -----------------------------------------------------------------------


def read_base(inputs: Sequence[str | Path]) -> list[Article]:
    """The base articles: every readable article of ``inputs``, in reading order.

    Raises
    ------
    GraphkitError
        When the inputs hold no readable article.
    """
    from graphkit.errors import GraphkitError
    from graphkit.io.readers import ArticleReader

    articles = list(ArticleReader(list(inputs)))
    if not articles:
        raise GraphkitError(f"{', '.join(map(str, inputs))}: no readable article to benchmark")
    return articles


def copy_id(article_id: str, copy: int) -> str:
    """Id of the ``copy``-th copy of an article.

    >>> copy_id("000.txt", 7)
    '000.txt@7'
    """
    return f"{article_id}@{copy}"


def write_corpus(base: Sequence[Article], copies: int, path: str | Path) -> Path:
    """Write ``copies`` copies of ``base`` to ``path`` as JSON Lines.

    Copy ``k`` of article ``a`` gets id :func:`copy_id` ``(a.id, k)``; text,
    date, title and source are kept. Copies come one after another (the
    whole base, then the whole base again ...), like a feed.

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import tempfile, os
    >>> p = write_corpus([Article("a", "Turkey warned Syria.")], 2, os.path.join(tempfile.mkdtemp(), "c.jsonl"))
    >>> [json.loads(line)["id"] for line in open(p)]
    ['a@0', 'a@1']
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for a in base:
                rec = {"id": copy_id(a.id, k), "text": a.text}
                for name in ("date", "title", "source"):
                    value = getattr(a, name)
                    if value:
                        rec[name] = value
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return path


# -- small helpers --------------------------------------------------------------


def _rss_peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """CPU time (user + system) of this process or of its finished children."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _proc_status_mb(field: str) -> float | None:
    """``VmRSS`` / ``VmHWM`` of this process from ``/proc`` (Linux), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _rss_now_mb() -> float | None:
    now = _proc_status_mb("VmRSS")
    if now is not None:
        return now
    try:
        import psutil
    except ImportError:
        return None
    return psutil.Process().memory_info().rss / 2**20


def _reset_peak() -> bool:
    """Reset this process's peak RSS (``VmHWM``), so the next peak is the build's alone.

    Loading the model allocates more, briefly, than it keeps; without the
    reset that transient would hide the build's own peak. Linux >= 4.0 only.
    """
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _graph_size(G) -> dict:
    """Pickled and in-memory (tracemalloc of an unpickled copy) size of ``G``."""
    data = pickle.dumps(G, protocol=pickle.HIGHEST_PROTOCOL)
    tracemalloc.start()
    copy = pickle.loads(data)
    in_memory = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del copy
    return {"pickle_bytes": len(data), "memory_bytes": in_memory}


def _met(value: float | None, target: float) -> bool | None:
    return None if value is None else value >= target


def _run_child(args: list[str]) -> dict:
    """Run this script in a fresh interpreter and return its JSON answer."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({' '.join(args)}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# -- child: one build in a fresh process ----------------------------------------


def child_build(corpus: str, out_dir: str, jobs: int, warm: bool, batch_size: int = 32) -> dict:
    """One ``build`` of ``corpus``, measured from inside a fresh process.

    ``warm`` loads the engine's cached extractor before the clock starts
    (and before pool workers fork, so they inherit it); otherwise model
    loading is part of the timed build, as for a user.
    """
    from graphkit.extraction import engines
    from graphkit.extraction.options import Options
    from graphkit.graph.build import build

    options = Options(jobs=jobs, batch_size=batch_size, cache_dir=None)
    rss_start = _rss_now_mb()
    load_s = None
    rss_loaded = None
    if warm:
        t = time.perf_counter()
        engines._extractor(*engines._extractor_args(options))
        load_s = time.perf_counter() - t
        gc.collect()
        rss_loaded = _rss_now_mb()
    reset = _reset_peak()
    own0, kids0 = _cpu_seconds(), _cpu_seconds(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()[0]
    t = time.perf_counter()
    result = build([corpus], Path(out_dir) / "g.graphml", options=options, on_problem=None)
    seconds = time.perf_counter() - t
    # Pool workers have been joined by now, so their CPU time is counted.
    own = _cpu_seconds() - own0
    cpu = own + _cpu_seconds(resource.RUSAGE_CHILDREN) - kids0
    # Read the peaks before measuring the graph: that measure allocates too.
    peak = _rss_peak_mb()
    build_peak = _proc_status_mb("VmHWM") if reset else None
    rss_end = _rss_now_mb()
    peak_children = _rss_peak_mb(resource.RUSAGE_CHILDREN)
    G = result.graph
    return {
        "jobs": jobs,
        "warm": warm,
        "batch_size": batch_size,
        "articles": result.stats.read,
        "tokens": result.stats.tokens,
        "seconds": seconds,
        "tokens_per_s": result.stats.tokens / seconds,
        "cpu_seconds": cpu,
        "cpu_main_seconds": own,
        "cores_used": cpu / seconds,
        "loadavg_before": load0,
        "load_seconds": load_s,
        "rss_start_mb": rss_start,
        "rss_loaded_mb": rss_loaded,
        "rss_peak_mb": peak,
        "rss_build_peak_mb": build_peak,
        "rss_end_mb": rss_end,
        "rss_peak_children_mb": peak_children,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "graph": _graph_size(G),
        "evidence_bytes": result.evidence_path.stat().st_size if result.evidence_path else None,
    }


def child_pipe(corpus: str, batch_size: int) -> dict:
    """Peak RSS of plain ``nlp.pipe`` over the texts of ``corpus``: the memory reference."""
    from graphkit.extraction import engines
    from graphkit.io.readers import ArticleReader
    from graphkit.extraction.options import Options

    texts = [a.text for a in ArticleReader([corpus])]
    nlp = engines._extractor(*engines._extractor_args(Options(batch_size=batch_size))).nlp
    gc.collect()
    loaded = _rss_now_mb()
    reset = _reset_peak()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return {
        "batch_size": batch_size,
        "tokens": tokens,
        "rss_loaded_mb": loaded,
        "rss_pipe_peak_mb": _proc_status_mb("VmHWM") if reset else _rss_peak_mb(),
    }


# -- sections -------------------------------------------------------------------


def bench_throughput(corpus: Path, warmup: Path, batch_size: int, repeats: int, tmp: Path) -> dict:
    """Raw ``nlp.pipe`` of the stock model against warm end-to-end ``build``, interleaved.

    Both sides are timed in wall seconds and in CPU seconds of this process;
    the ratio that counts is the CPU one, which other jobs on a shared
    machine disturb far less than the wall clock.
    """
    import spacy

    from graphkit.extraction import engines
    from graphkit.extraction.options import Options
    from graphkit.extraction.pipeline import DEFAULT_MODEL
    from graphkit.graph.build import build
    from graphkit.io.readers import ArticleReader

    options = Options(jobs=1, batch_size=batch_size, cache_dir=None)
    t = time.perf_counter()
    # What build() runs, behind the engine's cache, and what a user's own
    # script would run: the stock model with every component.
    nlp = engines._extractor(*engines._extractor_args(options)).nlp
    load_s = time.perf_counter() - t
    raw = spacy.load(DEFAULT_MODEL)
    texts = [a.text for a in ArticleReader([corpus])]

    def clocked(run) -> tuple[int, float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        n = run()
        return n, time.perf_counter() - w0, time.process_time() - c0

    def pipe(ts: list[str]) -> tuple[int, float, float]:
        return clocked(lambda: sum(len(doc) for doc in raw.pipe(ts, batch_size=batch_size)))

    def run_build(path: Path) -> tuple[int, float, float]:
        return clocked(lambda: build([path], tmp / "throughput.graphml", options=options, on_problem=None).stats.tokens)

    pipe([a.text for a in ArticleReader([warmup])])
    run_build(warmup)
    pipe_runs, build_runs, pipe_cpu, build_cpu = [], [], [], []
    for _ in range(repeats):
        n, wall, cpu = pipe(texts)
        pipe_runs.append(n / wall)
        pipe_cpu.append(n / cpu)
        m, wall, cpu = run_build(corpus)
        build_runs.append(m / wall)
        build_cpu.append(m / cpu)
        if m != n:
            raise RuntimeError(f"token counts differ: nlp.pipe {n}, build {m}")
    p, b = statistics.median(pipe_runs), statistics.median(build_runs)
    pc, bc = statistics.median(pipe_cpu), statistics.median(build_cpu)
    ceiling = bench_ceiling(texts, raw, nlp, batch_size, repeats)
    return {
        "articles": len(texts),
        "tokens": n,
        "batch_size": batch_size,
        "repeats": repeats,
        "model_load_seconds": load_s,
        "reference": f"spacy.load({DEFAULT_MODEL!r}).pipe: {raw.pipe_names}",
        "pipeline": nlp.pipe_names,
        "pipe_tokens_per_s": pipe_runs,
        "build_tokens_per_s": build_runs,
        "pipe_tokens_per_cpu_s": pipe_cpu,
        "build_tokens_per_cpu_s": build_cpu,
        "pipe_median": p,
        "build_median": b,
        "wall_ratio": b / p,
        "pipe_cpu_median": pc,
        "build_cpu_median": bc,
        "ratio": bc / pc,
        "target": TARGETS["build_vs_pipe"],
        "met": _met(bc / pc, TARGETS["build_vs_pipe"]),
        "ceiling": ceiling,
    }


def bench_ceiling(texts: list[str], raw, nlp, batch_size: int, repeats: int) -> dict:
    """CPU seconds of spaCy's own work: the stock model against the same model as ``build`` runs it.

    *raw* is the stock model with every component over whole articles, as a
    user's script would run it. *model only* is the trained components as
    ``build`` feeds them (pieces of at most 20,000 characters, attributes by
    table look-up) with graphkit's own components switched off. raw / model
    only is the most a one-process ``build`` can beat the script by if
    graphkit's rules, start-up and writing cost nothing.
    """
    from graphkit.extraction.extractor import piece_bounds

    pieces = [t[s:e] for t in texts for s, e in piece_bounds(t)]
    ours = [n for n in nlp.pipe_names if n.startswith("actor_") or n == "line_breaks"]

    def cpu(run) -> float:
        t0 = time.process_time()
        run()
        return time.process_time() - t0

    raw_runs, model_runs = [], []
    for _ in range(repeats):
        raw_runs.append(cpu(lambda: sum(len(d) for d in raw.pipe(texts, batch_size=batch_size))))
        with nlp.select_pipes(disable=ours):
            model_runs.append(cpu(lambda: sum(len(d) for d in nlp.pipe(pieces, batch_size=batch_size))))
    r, m = statistics.median(raw_runs), statistics.median(model_runs)
    return {"raw_cpu_s": raw_runs, "model_only_cpu_s": model_runs, "raw_median": r, "model_only_median": m, "ratio": r / m}


def _growth(rows: list[dict], key: str) -> dict:
    """Peak growth from the first and from the second size to the last, against the graph."""
    last = rows[-1]
    graph_mb = last["graph"]["memory_bytes"] / 2**20
    out = {"graph_memory_mb": graph_mb}
    for name, row in (("from_first", rows[0]), ("from_second", rows[1] if len(rows) > 2 else None)):
        if row is None:
            continue
        growth = last[key] - row[key]
        out[name] = {
            "copies": [row["copies"], last["copies"]],
            "rss_growth_mb": growth,
            "graph_growth_mb": (last["graph"]["memory_bytes"] - row["graph"]["memory_bytes"]) / 2**20,
            "met": growth < graph_mb,
        }
    return out


def bench_memory(corpora: dict[int, Path], batch_size: int, small_batch: int | None, tmp: Path) -> dict:
    """Per size, in fresh processes: a warm ``jobs=1`` build and plain ``nlp.pipe``.

    ``nlp.pipe`` over the same texts at the same batch size is the reference:
    what is left of the build's peak beyond it is graphkit's own memory. With
    ``small_batch``, the builds again at that batch size.
    """

    def build_child(copies: int, path: Path, batch: int) -> dict:
        out = tmp / f"mem{copies}-b{batch}"
        out.mkdir()
        args = ["--child-build", str(path), "--child-out", str(out), "--child-jobs", "1", "--child-warm", "--child-batch", str(batch)]
        return {"copies": copies, **_run_child(args)}

    rows, small = [], []
    for copies, path in corpora.items():
        _log(f"memory: build and nlp.pipe of {copies}x in fresh processes")
        row = build_child(copies, path, batch_size)
        row["pipe"] = _run_child(["--child-pipe", str(path), "--child-batch", str(batch_size)])
        rows.append(row)
    if small_batch:
        for copies, path in corpora.items():
            _log(f"memory: build of {copies}x at batch size {small_batch}")
            small.append(build_child(copies, path, small_batch))
    # The build's own peak (peak reset after loading) when the OS allows it.
    every = rows + small
    key = "rss_build_peak_mb" if all(r["rss_build_peak_mb"] is not None for r in every) else "rss_peak_mb"
    for row in rows:
        row["over_pipe_mb"] = row[key] - row["pipe"]["rss_pipe_peak_mb"]
    result = {
        "peak_measure": key,
        "batch_size": batch_size,
        "rows": rows,
        "growth": _growth(rows, key) if len(rows) > 1 else None,
        "over_pipe_growth_mb": rows[-1]["over_pipe_mb"] - rows[0]["over_pipe_mb"],
        "small_batch_size": small_batch or None,
        "small_batch_rows": small,
        "small_batch_growth": _growth(small, key) if len(small) > 1 else None,
    }
    g = result["growth"]
    result["met"] = g["from_first"]["met"] if g else None
    return result


def bench_jobs(corpus: Path, copies: int, warm_jobs1: dict | None, batch_size: int, tmp: Path, cold: bool = True) -> dict:
    """``jobs=2`` against ``jobs=1``, cold and warm, each in a fresh process."""
    runs = {}
    plan = [("cold", 1), ("cold", 2)] if cold else []
    if warm_jobs1 is None:
        plan.append(("warm", 1))
    else:
        runs["warm_1"] = warm_jobs1
    plan.append(("warm", 2))
    for mode, jobs in plan:
        _log(f"jobs: {mode} build of {copies}x with jobs={jobs}")
        out = tmp / f"jobs-{mode}-{jobs}"
        out.mkdir()
        args = ["--child-build", str(corpus), "--child-out", str(out), "--child-jobs", str(jobs), "--child-batch", str(batch_size)]
        runs[f"{mode}_{jobs}"] = _run_child(args + (["--child-warm"] if mode == "warm" else []))

    def speedup(mode: str) -> float | None:
        if f"{mode}_1" not in runs:
            return None
        return runs[f"{mode}_1"]["seconds"] / runs[f"{mode}_2"]["seconds"]

    def cpu_ratio(mode: str) -> float | None:
        # Total CPU of jobs=2 over jobs=1: what the extra process costs.
        if f"{mode}_1" not in runs:
            return None
        return runs[f"{mode}_2"]["cpu_seconds"] / runs[f"{mode}_1"]["cpu_seconds"]

    return {
        "copies": copies,
        "cpus": _cpus(),
        "runs": runs,
        "speedup_cold": speedup("cold"),
        "speedup_warm": speedup("warm"),
        "cpu_cost_cold": cpu_ratio("cold"),
        "cpu_cost_warm": cpu_ratio("warm"),
        "target": TARGETS["jobs2_vs_jobs1"],
        "met": _met(speedup("cold"), TARGETS["jobs2_vs_jobs1"]),
        "met_warm": _met(speedup("warm"), TARGETS["jobs2_vs_jobs1"]),
    }


def _cache_entries(cache: Path) -> int:
    return sum(1 for _ in cache.glob("*/*.json"))


def bench_cache(corpus: Path, articles: int, tmp: Path) -> dict:
    """Cold, cached and changed-lexicon runs of the command line."""
    import yaml
    from importlib import resources

    cache = tmp / "cache"
    out = tmp / "cache-out"
    out.mkdir()
    # A lexicon with one more cue: a complete file, so that the run means the
    # same whether --lexicon replaces the shipped lexicon or is merged over it.
    lex = yaml.safe_load(resources.files("graphkit").joinpath("data/lexicon.yaml").read_text(encoding="utf-8"))
    lex["verbs"]["verbal_conflict"].append("berate")
    lexicon = tmp / "lexicon-plus.yaml"
    lexicon.write_text(yaml.safe_dump(lex, sort_keys=True), encoding="utf-8")

    def run(name: str, extra: list[str]) -> dict:
        before = _cache_entries(cache) if cache.exists() else 0
        cmd = [sys.executable, "-m", "graphkit", "--quiet", "build", str(corpus), "-o", str(out / f"{name}.graphml"), "--cache-dir", str(cache), *extra]
        _log(f"cache: {name} run")
        t = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(f"graphkit build failed ({name}):\n{proc.stderr[-3000:]}")
        new = _cache_entries(cache) - before
        return {"seconds": seconds, "new_entries": new, "hits": articles - new}

    first = run("first", [])
    second = run("second", [])
    third = run("lexicon", ["--lexicon", str(lexicon)])
    speedup = first["seconds"] / second["seconds"]
    return {
        "articles": articles,
        "command": "python -m graphkit --quiet build CORPUS -o OUT --cache-dir D",
        "first": first,
        "second": second,
        "changed_lexicon": third,
        "speedup": speedup,
        "target": TARGETS["cache_speedup"],
        "met": _met(speedup, TARGETS["cache_speedup"]),
        "lexicon_invalidates": third["hits"] == 0 and third["new_entries"] == articles,
    }


def bench_analysis(n_nodes: int, n_edges: int) -> dict:
    """The analysis section, kept in ``bench/scale.py`` (runs alone too)."""
    return _scale().bench_analysis(n_nodes, n_edges)


def _scale():
    import importlib.util

    spec = importlib.util.spec_from_file_location("graphkit_bench_scale", Path(__file__).with_name("scale.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- report ---------------------------------------------------------------------


def _fmt(x, spec: str = ".2f") -> str:
    if x is None:
        width = "".join(ch for ch in spec.split(".")[0] if ch.isdigit())
        return "-".rjust(int(width or 0))
    if isinstance(x, bool):
        return "yes" if x else "NO"
    return format(x, spec)


def render(results: dict) -> str:
    """The results as a plain-text table."""
    lines = []
    m = results["meta"]
    lines.append(f"graphkit {m['graphkit']} | spaCy {m['spacy']} | {m['model']} | Python {m['python']} | {m['cpus']} CPUs")
    lines.append(f"base: {m['base_articles']} articles from {', '.join(m['inputs'])}; sizes {m['sizes']}")
    lines.append(f"load average (1 min) at start {m['loadavg_start']:.2f}, at end {m.get('loadavg_end', float('nan')):.2f}: other processes share these CPUs")
    lines.append("")
    t = results.get("throughput")
    if t:
        lines.append(f"Throughput ({t['articles']} articles, {t['tokens']} tokens, batch {t['batch_size']}, median of {t['repeats']})")
        lines.append(f"  {'':22s} {'tokens/s':>10s} {'tokens/CPU s':>13s}")
        lines.append(f"  {'nlp.pipe (stock)':22s} {t['pipe_median']:10.0f} {t.get('pipe_cpu_median', float('nan')):13.0f}")
        lines.append(f"  {'build (end to end)':22s} {t['build_median']:10.0f} {t.get('build_cpu_median', float('nan')):13.0f}")
        lines.append(f"  build / pipe, CPU      {t['ratio']:10.2f}   target >= {t['target']}  met: {_fmt(t['met'])}   (wall {t.get('wall_ratio', t['ratio']):.2f})")
        c = t.get("ceiling")
        if c:
            lines.append(
                f"  ceiling: stock model {c['raw_median']:.2f} CPU s / trained components as build runs them "
                f"{c['model_only_median']:.2f} CPU s = {c['ratio']:.2f} (the most a one-process build can beat nlp.pipe by)"
            )
        lines.append("")
    j = results.get("jobs")
    if j:
        r = j["runs"]
        lines.append(f"Parallel build ({j['copies']}x, {r['warm_2']['articles']} articles, {j['cpus']} CPUs; fresh process each)")
        lines.append(f"  {'':6s} {'jobs=1 s':>9s} {'jobs=2 s':>9s} {'speed-up':>9s} {'CPU s 1':>8s} {'CPU s 2':>8s} {'cores 2':>8s} {'load':>5s}")
        for mode in ("cold", "warm"):
            if f"{mode}_1" not in r:
                continue
            one, two = r[f"{mode}_1"], r[f"{mode}_2"]
            lines.append(
                f"  {mode:6s} {one['seconds']:9.1f} {two['seconds']:9.1f} {one['seconds'] / two['seconds']:9.2f} "
                f"{one['cpu_seconds']:8.1f} {two['cpu_seconds']:8.1f} {two['cores_used']:8.2f} {two['loadavg_before']:5.2f}"
            )
        lines.append(f"  target >= {j['target']} (cold)  met: {_fmt(j['met'])}   warm met: {_fmt(j['met_warm'])}")
        lines.append("")
    mem = results.get("memory")
    if mem:
        key = mem["peak_measure"]
        lines.append(f"Memory of a build (fresh process each, model loaded first, jobs=1; peak RSS in MiB)")
        lines.append(
            f"  {'size':>5s} {'articles':>8s} {'loaded':>7s} {'batch':>5s} {'build peak':>10s} {'pipe peak':>9s} {'build-pipe':>10s} "
            f"{'tokens/s':>8s} {'edges':>5s} {'graph KB':>9s} {'pickle KB':>9s}"
        )
        for row in mem["rows"] + mem["small_batch_rows"]:
            pipe = row.get("pipe")
            lines.append(
                f"  {row['copies']:>4d}x {row['articles']:8d} {_fmt(row['rss_loaded_mb'], '7.1f')} {row['batch_size']:5d} "
                f"{row[key]:10.1f} {_fmt(pipe and pipe['rss_pipe_peak_mb'], '9.1f')} {_fmt(row.get('over_pipe_mb'), '+10.1f')} "
                f"{row['tokens_per_s']:8.0f} {row['edges']:5d} "
                f"{row['graph']['memory_bytes'] / 1024:9.1f} {row['graph']['pickle_bytes'] / 1024:9.1f}"
            )
        for label, g in ((f"batch {mem['batch_size']}", mem["growth"]), (f"batch {mem['small_batch_size']}", mem["small_batch_growth"])):
            if not g:
                continue
            for name in ("from_first", "from_second"):
                if name in g:
                    d = g[name]
                    lines.append(
                        f"  {label:9s} {d['copies'][0]:>3d}x -> {d['copies'][1]}x: peak {d['rss_growth_mb']:+7.1f} MB vs graph "
                        f"{g['graph_memory_mb']:.2f} MB (graph grew {d['graph_growth_mb']:+.2f})  met: {_fmt(d['met'])}"
                    )
        lines.append(f"  build peak beyond nlp.pipe, first -> last size: {mem['over_pipe_growth_mb']:+.1f} MB")
        lines.append("")
    c = results.get("cache")
    if c:
        lines.append(f"Cache ({c['articles']} articles; whole command incl. start-up)")
        for name in ("first", "second", "changed_lexicon"):
            r = c[name]
            lines.append(f"  {name:16s} {r['seconds']:8.1f} s   cache hits {r['hits']:5d}   new entries {r['new_entries']:5d}")
        lines.append(f"  first / second   {c['speedup']:8.1f}x  target >= {c['target']}  met: {_fmt(c['met'])}")
        lines.append(f"  changed lexicon re-extracts everything: {_fmt(c['lexicon_invalidates'])}")
        lines.append("")
    a = results.get("analysis")
    if a:
        lines.append(_scale().render(a))
    return "\n".join(lines)


# -- main -----------------------------------------------------------------------


def _meta(inputs: Sequence[str], base: Sequence[Article], sizes: Sequence[int]) -> dict:
    import spacy

    import graphkit
    from graphkit.extraction.pipeline import DEFAULT_MODEL, model_id

    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "graphkit": graphkit.__version__,
        "graphkit_path": str(Path(graphkit.__file__).parent),
        "loadavg_start": os.getloadavg()[0],
        "spacy": spacy.__version__,
        "model": model_id(DEFAULT_MODEL),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": _cpus(),
        "inputs": [str(p) for p in inputs],
        "base_articles": len(base),
        "sizes": list(sizes),
    }


#: The sections of the benchmark, in the order they run (``--skip`` names them).
SECTIONS = ("throughput", "memory", "jobs", "cache", "analysis")


def _parse_sizes(text: str) -> list[int]:
    sizes = sorted({int(s) for s in text.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes are positive integers, e.g. 1,10,100")
    return sizes


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_parse_sizes, default=None, help="corpus sizes in copies of the base articles (default 1,10,100)")
    parser.add_argument("--input", action="append", default=None, help="base articles: folder, text or JSON Lines file (repeatable; default seeds/)")
    parser.add_argument("--out", default=str(ROOT / "build" / "bench" / "latest.json"), help="JSON results file (default build/bench/latest.json, untracked; bench/results/ holds the recorded runs)")
    parser.add_argument("--quick", action="store_true", help="sizes 1,2,4 and one repeat: a smoke test under a minute or so")
    parser.add_argument("--repeats", type=int, default=None, help="interleaved repeats of the throughput pair (default 3, quick 1)")
    parser.add_argument("--batch-size", type=int, default=32, help="articles per nlp.pipe batch (graphkit's default, 32)")
    parser.add_argument("--small-batch", type=int, default=0, help="also measure the memory builds at this batch size (default: no)")
    parser.add_argument("--skip", default="", help="comma-separated sections to skip: throughput,jobs,memory,cache,analysis")
    parser.add_argument("--check", action="store_true", help="check the arguments and inputs, say what would run, and stop (seconds, not minutes)")
    parser.add_argument("--analysis-size", default=None, help=f"nodes,edges of the synthetic graph (default {ANALYSIS_NODES},{ANALYSIS_EDGES}; quick 500,5000)")
    # A fresh process measuring one build (used by the memory and jobs sections).
    parser.add_argument("--child-build", help=argparse.SUPPRESS)
    parser.add_argument("--child-out", help=argparse.SUPPRESS)
    parser.add_argument("--child-jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child-warm", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-pipe", help=argparse.SUPPRESS)
    parser.add_argument("--child-batch", type=int, default=32, help=argparse.SUPPRESS)
    args = parser.parse_args(None if argv is None else list(argv))

    if args.child_build:
        print(json.dumps(child_build(args.child_build, args.child_out, args.child_jobs, args.child_warm, args.child_batch)))
        return 0
    if args.child_pipe:
        print(json.dumps(child_pipe(args.child_pipe, args.child_batch)))
        return 0

    sizes = args.sizes or ([1, 2, 4] if args.quick else [1, 10, 100])
    repeats = args.repeats or (1 if args.quick else 3)
    inputs = args.input or [str(ROOT / "seeds")]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    unknown = skip - set(SECTIONS)
    if unknown:
        parser.error(f"--skip {','.join(sorted(unknown))}: sections are {','.join(SECTIONS)}")
    analysis_size = args.analysis_size or ("500,5000" if args.quick else f"{ANALYSIS_NODES},{ANALYSIS_EDGES}")
    try:
        n_nodes, n_edges = (int(x) for x in analysis_size.split(","))
    except ValueError:
        parser.error(f"--analysis-size {analysis_size}: write it as NODES,EDGES, e.g. 500,5000")

    base = read_base(inputs)
    if args.check:
        run = [s for s in SECTIONS if s not in skip]
        print(f"would run {', '.join(run) or 'nothing'} on {len(base)} base articles x {','.join(map(str, sizes))}, "
              f"{repeats} repeat(s); results to {args.out}")
        return 0
    results: dict = {"meta": _meta(inputs, base, sizes), "targets": TARGETS}
    tmp = Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    try:
        corpora = {n: write_corpus(base, n, tmp / f"corpus-{n}.jsonl") for n in sizes}
        largest = sizes[-1]
        n_articles = len(base) * largest
        if "throughput" not in skip:
            mid = sizes[len(sizes) // 2]
            _log(f"throughput: nlp.pipe vs build on {mid}x, {repeats} repeat(s)")
            results["throughput"] = bench_throughput(corpora[mid], corpora[sizes[0]], args.batch_size, repeats, tmp)
        if "memory" not in skip:
            results["memory"] = bench_memory(corpora, args.batch_size, None if args.quick else args.small_batch, tmp)
        if "jobs" not in skip:
            warm1 = results["memory"]["rows"][-1] if "memory" in results else None
            results["jobs"] = bench_jobs(corpora[largest], largest, warm1, args.batch_size, tmp, cold=not args.quick)
        if "cache" not in skip:
            results["cache"] = bench_cache(corpora[largest], n_articles, tmp)
        if "analysis" not in skip:
            results["analysis"] = bench_analysis(n_nodes, n_edges)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    results["meta"]["loadavg_end"] = os.getloadavg()[0]
    print(render(results))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2, sort_keys=True)
        fh.write("\n")
    os.replace(part, out)
    _log(f"results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
