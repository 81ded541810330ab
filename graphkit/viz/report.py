"""The report: the whole flow written to one folder an analyst can hand on.

``graphkit report INPUT... -o DIR`` builds the graph, writes it in every
format, draws every figure, and writes ``index.md``: the corpus at a glance,
the top actors by each measure, communities and factions, unbalanced triads,
and the strongest stance edges each with one evidence sentence.

The folder is assembled beside its destination and moved into place at the
end, so a failed run never leaves a half-written report.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.extraction.options import Options, RunStats
from graphkit.graph.build import build

GRAPH_NAME = "graph"
RANKED_MEASURES = ("pagerank", "betweenness", "eigenvector", "strength", "authority")


@dataclass
class ReportResult:
    folder: Path
    stats: RunStats
    files: list[Path]


def _md_table(rows: list[dict], columns: list[str]) -> str:
    def cell(v):
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def _evidence_sentences(path: Path, wanted: set[str]) -> dict[str, dict]:
    from graphkit.io.evidence import read_evidence

    return {rec["id"]: rec for rec in read_evidence(path) if rec.get("id") in wanted}


def strongest_stances(G: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, str, dict]]:
    """Stance edges by weight, heaviest first (ties by name)."""
    edges = [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == "stance"]
    return sorted(edges, key=lambda e: (-e[2]["weight"], e[0], e[1]))[:n]


def index_markdown(G: nx.MultiDiGraph, stats: RunStats, evidence: Path, top: int, figures: list[str]) -> str:
    """The text of ``index.md``."""
    from graphkit.analysis import balance, centrality, communities, factions

    kinds = {"co-mention": 0, "stance": 0}
    for *_, k in G.edges(keys=True):
        kinds[k] = kinds.get(k, 0) + 1
    types: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        types[d.get("type", "?")] = types.get(d.get("type", "?"), 0) + 1
    dates = ""
    if G.graph.get("first_date"):
        dates = f", dated {G.graph['first_date']} to {G.graph['last_date']}"
    out = [
        "# graphkit report",
        "",
        f"{stats.read} articles read, {stats.skipped} skipped{dates}. "
        f"{G.number_of_nodes()} actors ({', '.join(f'{v} {k}' for k, v in sorted(types.items()))}); "
        f"{kinds['co-mention']} co-mention and {kinds['stance']} stance edges.",
        "",
        f"Explore the network: [{GRAPH_NAME}.html]({GRAPH_NAME}.html) (open it in a browser, works offline).",
        "",
        "Files: " + ", ".join(f"[{p}]({p})" for p in [f"{GRAPH_NAME}.graphml", f"{GRAPH_NAME}.gexf", f"{GRAPH_NAME}.json",
                                                     f"{GRAPH_NAME}.nodes.csv", f"{GRAPH_NAME}.edges.csv", f"{GRAPH_NAME}.evidence.jsonl"]),
        "",
    ]
    out += [f"![{name}]({name})" for name in figures] + [""]

    table = centrality(G)
    out += ["## Most central actors", ""]
    for m in RANKED_MEASURES:
        rows = [r for r in table.top(top, sort=m).to_rows()]
        out += [f"### {m}", "", _md_table([{"actor": r["name"], "type": r["type"], m: r.get(m)} for r in rows], ["actor", "type", m]), ""]

    comm = communities(G)
    out += ["## Communities (co-mention, Louvain)", ""]
    out += [f"{i + 1}. {', '.join(group)}" for i, group in enumerate(comm.groups)] or ["No co-mention edges."]
    out += [""]

    f = factions(G)
    out += ["## Factions (signed stances)", ""]
    if f.groups:
        out += [f"{i + 1}. {', '.join(group)}" for i, group in enumerate(f.groups)]
        out += ["", f"Frustration: {f.frustration:g} (stance pairs that break the split)."]
    else:
        out += ["No signed stance edges."]
    out += [""]

    b = balance(G)
    out += ["## Structural balance", ""]
    if b.triads:
        out += [f"{b.balanced} of {b.triads} signed triads are balanced (share {b.share:.2f}).", ""]
        out += [f"- {t.sentence}" for t in b.unbalanced] or ["All triads are balanced."]
    else:
        out += ["No signed triads."]
    out += [""]

    strongest = strongest_stances(G, top)
    first_ids = {d["evidence"].split()[0] for _, _, d in strongest}
    sentences = _evidence_sentences(evidence, first_ids)
    out += ["## Strongest stances", ""]
    rows = []
    for u, v, d in strongest:
        ev = sentences.get(d["evidence"].split()[0], {})
        rows.append({"source": u, "target": v, "records": int(d["weight"]), "score": d["score"],
                     "evidence": f"{ev.get('sentence', '')} ({ev.get('article', '')})"})
    out += [_md_table(rows, ["source", "target", "records", "score", "evidence"]) if rows else "No stance edges.", ""]
    return "\n".join(out)


def write_report(
    inputs,
    folder: str | Path,
    window: str = "sentence",
    level: str = "actor",
    top: int = 10,
    options: Options | None = None,
    on_problem=None,
) -> ReportResult:
    """Run the flow on ``inputs`` and write the report folder."""
    from graphkit.graph.export import export
    from graphkit.graph.layout import layout
    from graphkit.viz.figures import draw

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    kwargs = {"on_problem": on_problem} if on_problem is not None else {}
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; a report is not
    try:
        result = build(inputs, tmp / f"{GRAPH_NAME}.graphml", window=window, level=level, options=options, **kwargs)
        G = result.graph
        positions = layout(G)
        for ext in ("gexf", "json", "csv"):
            export(G, tmp / f"{GRAPH_NAME}.{ext}", positions=positions)
        figures = []
        evidence = tmp / f"{GRAPH_NAME}.evidence.jsonl"
        for view in ("network", "centrality", "matrix", "factions", "timeline"):
            name = f"{view}.png"
            try:
                draw(G, tmp / name, view=view, evidence=evidence, positions=positions)
            except GraphkitError:
                continue  # nothing to draw for this corpus (no stances, no dates)
            figures.append(name)
        from graphkit.viz.page import write_page

        write_page(G, tmp / f"{GRAPH_NAME}.html", evidence, positions=positions, title="graphkit report")
        (tmp / "index.md").write_text(index_markdown(G, result.stats, evidence, top, figures), encoding="utf-8")
        files = sorted(p.relative_to(tmp) for p in tmp.iterdir())
        _swap_into_place(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ReportResult(folder, result.stats, [folder / f for f in files])


def _swap_into_place(tmp: Path, folder: Path) -> None:
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        folder.rename(old)
    tmp.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
