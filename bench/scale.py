"""The analysis section of the benchmark: every analysis on a large synthetic graph.

Called by ``bench/run.py`` (section ``analysis``); runs alone too::

    .venv/bin/python bench/scale.py                      # 100,000 actors, 1,000,000 edges
    .venv/bin/python bench/scale.py --size 10000,200000 --out /tmp/scale.json

Times, on :func:`graphkit.analysis.synthetic_graph`, each centrality measure
alone and all together (``approximate=True``: betweenness and closeness from
``k`` sampled sources), Louvain communities and two factions, with the
default backend (python-igraph for betweenness, PageRank and Louvain when the
``graphkit[fast]`` extra is installed). networkx's own time for those three
is measured beside it as the reference: PageRank and Louvain in full,
betweenness from a few sources (its cost is linear in the sources) and
scaled to ``k``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NODES = 100_000
EDGES = 1_000_000
K = 64
# networkx betweenness is timed from this many sources and scaled to K.
NX_SOURCES = 4


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def bench_analysis(
    n_nodes: int = NODES, n_edges: int = EDGES, k: int = K, reference: bool = True
) -> dict[str, Any]:
    """Time every analysis on a synthetic graph; ``reference`` adds networkx rows."""
    try:
        from graphkit.analysis import MEASURES, centrality, communities, factions, synthetic_graph
        from graphkit.analysis import _igraph
        from graphkit.analysis.filters import project
    except ImportError as exc:
        return {"skipped": f"graphkit.analysis not importable: {exc}"}
    times: dict[str, float] = {}
    fast = _igraph.available()

    def timed(name: str, fn, *args, **kwargs):
        _log(f"analysis: {name}")
        t = time.perf_counter()
        value = fn(*args, **kwargs)
        times[name] = time.perf_counter() - t
        return value

    G = timed("synthetic_graph", synthetic_graph, n_nodes, n_edges, seed=0)
    timed("project(all)", project, G, "all")
    for m in MEASURES:
        timed(f"centrality[{m}]", centrality, G, measures=[m], approximate=True, k=k, seed=0)
    table = timed("centrality[all measures]", centrality, G, approximate=True, k=k, seed=0)
    parts = timed("communities(louvain)", communities, G, method="louvain", seed=0)
    camps = timed("factions(groups=2)", factions, G, k=2, seed=0)

    ref: dict[str, float] = {}
    if reference:
        _log("analysis: networkx reference")
        nx_k = min(NX_SOURCES, k)
        t = time.perf_counter()
        centrality(G, measures=["betweenness"], approximate=True, k=nx_k, seed=0, backend="networkx")
        per_source = (time.perf_counter() - t - times["project(all)"]) / nx_k
        ref[f"centrality[betweenness] (networkx, {k} sources, from {nx_k})"] = (
            times["project(all)"] + per_source * k
        )
        t = time.perf_counter()
        centrality(G, measures=["pagerank"], backend="networkx")
        ref["centrality[pagerank] (networkx)"] = time.perf_counter() - t
        t = time.perf_counter()
        nx_parts = communities(G, method="louvain", seed=0, backend="networkx")
        ref["communities(louvain) (networkx)"] = time.perf_counter() - t
        ref_modularity = nx_parts.modularity
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "approximate": table.approximate,
        "k": table.k,
        "backend": "igraph" if fast and n_nodes >= 1000 else "networkx",
        "notes": table.notes,
        "communities": len(parts.groups),
        "modularity": parts.modularity,
        "networkx_modularity": ref_modularity if reference else None,
        "factions_exact": camps.exact,
        "frustration": camps.frustration,
        "seconds": times,
        "networkx_seconds": ref,
        "loadavg": os.getloadavg()[0],
    }


def render(a: dict[str, Any]) -> str:
    """The section as plain-text lines."""
    if "skipped" in a:
        return f"Analysis: skipped ({a['skipped']})\n"
    lines = [
        f"Analysis ({a['nodes']} actors, {a['edges']} edges; approximate={a['approximate']}, "
        f"k={a['k']}; backend {a['backend']})"
    ]
    for name, s in a["seconds"].items():
        lines.append(f"  {name:52s} {s:8.2f} s")
    for name, s in a.get("networkx_seconds", {}).items():
        lines.append(f"  {name:52s} {s:8.2f} s")
    mod = f"  {a['communities']} communities, modularity {a['modularity']:.3f}"
    if a.get("networkx_modularity") is not None:
        mod += f" (networkx's Louvain {a['networkx_modularity']:.3f})"
    lines.append(mod)
    lines.append(f"  factions: frustration {a['frustration']:.0f} (exact: {a['factions_exact']})")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default=f"{NODES},{EDGES}", help=f"nodes,edges (default {NODES},{EDGES})")
    parser.add_argument("-k", "--samples", type=int, default=K, help=f"sampled sources for betweenness and closeness (default {K})")
    parser.add_argument("--no-reference", action="store_true", help="skip the networkx reference rows")
    parser.add_argument("--out", default=None, help="also write the results as JSON here")
    parser.add_argument("--check", action="store_true", help="check the arguments, say what would run, and stop")
    args = parser.parse_args(argv)
    try:
        n_nodes, n_edges = (int(x) for x in args.size.split(","))
    except ValueError:
        parser.error(f"--size {args.size}: write it as NODES,EDGES, e.g. 100000,1000000")
    if args.check:
        print(f"would time the analyses on a synthetic graph of {n_nodes:,} actors and {n_edges:,} edges, "
              f"k={args.samples}{'' if args.no_reference else ', with the networkx reference rows'}")
        return 0
    result = bench_analysis(n_nodes, n_edges, args.samples, reference=not args.no_reference)
    print(render(result), end="")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
