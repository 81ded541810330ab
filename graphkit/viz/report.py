"""The report: the whole flow written to one folder an analyst can hand on.

``graphkit report INPUT... -o DIR`` builds the graph, writes it in every
format, draws every figure, and writes ``index.md`` and the same as a web
page, ``index.html`` (beside ``graph.html``, the page to explore): the corpus at a glance
(every article with its title, date and source; what was undated or
skipped), the actors with their types and aliases, the top actors by each
measure, communities and factions, each actor's strongest allies and
opponents, unbalanced triads, the strongest stance edges each with one
evidence sentence, who said what about whom, the one-sided events, and the
definition of every measure used. Numbers are written for reading: counts
as integers, measures to 3 significant digits.

The folder is assembled beside its destination and moved into place at the
end, so a failed run never leaves a half-written report.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.extraction.options import Options, RunStats
from graphkit.graph.build import build
from graphkit.viz.common import number
from graphkit.io.atomic import atomic_write, write_error

GRAPH_NAME = "graph"
RANKED_MEASURES = ("pagerank", "betweenness", "eigenvector", "strength", "authority")


@dataclass
class ReportResult:
    folder: Path
    stats: RunStats
    files: list[Path]


def _md_table(rows: list[dict], columns: list[str]) -> str:
    def cell(v):
        if isinstance(v, (int, float)):
            return number(v)
        # Article text is escaped: a Markdown viewer must never run HTML from the news.
        return html.escape(str(v), quote=False).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def _evidence_sentences(path: Path, wanted: set[str]) -> dict[str, dict]:
    from graphkit.io.evidence import read_evidence

    return {rec["id"]: rec for rec in read_evidence(path) if rec.get("id") in wanted}


def _evidence_of_kinds(path: Path, kinds: set[str]) -> dict[str, list[dict]]:
    from graphkit.io.evidence import read_evidence

    out: dict[str, list[dict]] = {k: [] for k in kinds}
    if not Path(path).exists():
        return out
    for rec in read_evidence(path):
        if rec.get("kind") in kinds:
            out[rec["kind"]].append(rec)
    return out


@dataclass(frozen=True)
class ArticleRow:
    """One article as the report lists it."""

    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    used: bool = True


def _short(text: str, n: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _articles_section(articles: list[ArticleRow], stats: RunStats) -> list[str]:
    out = ["## Articles", ""]
    if not articles:
        return out + ["No article was read.", ""]
    dated = sorted(a.date for a in articles if a.date)
    span = (f", dated {dated[0]}" if dated and dated[0] == dated[-1]
            else f", dated {dated[0]} to {dated[-1]}" if dated else "")
    undated = sum(1 for a in articles if not a.date)
    out += [f"{len(articles)} articles{span}; {undated} undated"
            f"{' (no place on the timeline, dropped by --since/--until)' if undated else ''}.", ""]
    rows = [{"id": a.id, "title": _short(a.title or "", 80), "date": a.date or "undated",
             "source": a.source or "", "used": "yes" if a.used else "no actors"} for a in articles]
    return out + [_md_table(rows, ["id", "title", "date", "source", "used"]), ""]


def _actors_section(G: nx.MultiDiGraph) -> list[str]:
    rows = []
    for n, d in sorted(G.nodes(data=True), key=lambda x: (-int(x[1].get("mentions", 0) or 0), str(x[0]))):
        aliases = d.get("aliases", "")
        if isinstance(aliases, (list, tuple, set)):
            aliases = "; ".join(sorted(str(a) for a in aliases))
        rows.append({"actor": n, "type": d.get("type", "?"), "country": d.get("country", "") or "",
                     "acts for": d.get("affiliation", "") or "", "mentions": int(d.get("mentions", 0) or 0),
                     "articles": int(d.get("articles", 0) or 0), "aliases": aliases})
    out = ["## Actors", ""]
    if not rows:
        return out + ["No actors.", ""]
    return out + [_md_table(rows, ["actor", "type", "country", "acts for", "mentions", "articles", "aliases"]), ""]


def _allies_section(G: nx.MultiDiGraph, order: list[str], per_actor: int = 3) -> list[str]:
    from graphkit.analysis import ego

    out = ["## Strongest allies and opponents", "",
           "By net stance (see the definitions below), strongest first; at most "
           f"{per_actor} each.", ""]
    rows = []
    for actor in order:
        if not any(k == "stance" for *_, k in G.edges(actor, keys=True)) and not any(
                k == "stance" for *_, k in G.in_edges(actor, keys=True)):
            continue
        e = ego(G, actor, radius=0)

        def names(partners):
            return ", ".join(f"{p.name} ({number(p.value)})" for p in partners[:per_actor])

        rows.append({"actor": actor, "allies": names(e.allies), "opponents": names(e.opponents)})
    if not rows:
        return out[:2] + ["No stance edges.", ""]
    return out + [_md_table(rows, ["actor", "allies", "opponents"]), ""]


def _quotes_section(quotes: list[dict], limit: int) -> list[str]:
    out = ["## Quotes: who said what, about whom", ""]
    if not quotes:
        return out + ["No quotes.", ""]
    quotes = sorted(quotes, key=lambda q: (q.get("speaker") or "~", q.get("article", ""), q.get("start", 0)))
    rows = [{"speaker": q.get("speaker") or "(unknown)", "about": ", ".join(q.get("targets") or []),
             "form": "direct" if q.get("direct") else "reported",
             "said": _short(q.get("text", "")), "article": q.get("article", "")} for q in quotes[:limit]]
    more = len(quotes) - len(rows)
    out += [_md_table(rows, ["speaker", "about", "form", "said", "article"]), ""]
    if more > 0:
        out += [f"{more} more quotes in `{GRAPH_NAME}.evidence.jsonl` (`graphkit quotes` lists them all).", ""]
    return out


def _events_section(events: list[dict], per_actor: int = 5) -> list[str]:
    out = ["## One-sided events", "",
           "What an actor did to something that is no actor (a town, civilians, a market), actor by "
           f"actor, most events first; at most {per_actor} each with its sentence "
           "(`graphkit events` lists them all).", ""]
    if not events:
        return out + ["No one-sided events.", ""]
    by_actor: dict[str, list[dict]] = {}
    for e in sorted(events, key=lambda e: (e.get("article", ""), e.get("start", 0))):
        by_actor.setdefault(e.get("source", ""), []).append(e)
    order = sorted(by_actor, key=lambda a: (-len(by_actor[a]), a))
    summary = []
    for actor in order:
        classes: dict[str, int] = {}
        for e in by_actor[actor]:
            classes[e.get("quad", "")] = classes.get(e.get("quad", ""), 0) + 1
        summary.append({"actor": actor, "events": len(by_actor[actor]),
                        "classes": ", ".join(f"{q} {n}" for q, n in sorted(classes.items(), key=lambda x: (-x[1], x[0])))})
    out += [_md_table(summary, ["actor", "events", "classes"]), ""]
    rows = [{"actor": e.get("source", ""), "did": e.get("cue", ""), "to": _short(e.get("target_text", ""), 60),
             "class": e.get("quad", ""), "sentence": _short(e.get("sentence", "")),
             "article": e.get("article", "")} for actor in order for e in by_actor[actor][:per_actor]]
    out += [_md_table(rows, ["actor", "did", "to", "class", "sentence", "article"]), ""]
    if len(rows) < len(events):
        out += [f"{len(events) - len(rows)} more in `{GRAPH_NAME}.evidence.jsonl`.", ""]
    return out


def _definitions_section() -> list[str]:
    from graphkit.analysis.definitions import DEFINITIONS

    out = ["## Definitions", ""]
    out += [f"- **{name}**: {text}" for name, text in DEFINITIONS.items()]
    return out + [""]


def _skipped_section(stats: RunStats, articles: list[ArticleRow] | None = None, most: int = 50) -> list[str]:
    out = ["## Undated and skipped", ""]
    out += [f"{number(stats.undated)} articles undated, {number(stats.skipped)} skipped."]
    undated = [a.id for a in articles or () if not a.date]
    if undated:
        more = f" and {len(undated) - most} more" if len(undated) > most else ""
        out += ["", "Undated (no place on a timeline, left out by --since/--until): "
                + ", ".join(f"`{i}`" for i in undated[:most]) + more + "."]
    problems = [str(p) for p in stats.problems]
    if problems:
        out += [""] + [f"- {_short(p, 200)}" for p in problems[:100]]
        if len(problems) > 100:
            out += [f"- … and {len(problems) - 100} more"]
    return out + [""]


def strongest_stances(G: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, str, dict]]:
    """Stance edges by weight, heaviest first (ties by name)."""
    edges = [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == "stance"]
    return sorted(edges, key=lambda e: (-e[2]["weight"], e[0], e[1]))[:n]


def material_stances(G: nx.MultiDiGraph) -> nx.MultiDiGraph | None:
    """``G`` with material stance edges only (as ``--quad material``), or None without any."""
    from graphkit.analysis import filter_graph

    H = filter_graph(G, quads={"material"})
    return H if any(k != "co-mention" for *_, k in H.edges(keys=True)) else None


def index_markdown(
    G: nx.MultiDiGraph,
    stats: RunStats,
    evidence: Path,
    top: int,
    figures: list[str],
    articles: list[ArticleRow] | None = None,
) -> str:
    """The text of ``index.md``.

    ``articles`` lists the articles read (default: those the evidence file
    names, without titles).
    """
    from graphkit.analysis import balance, centrality, communities, factions

    kinds = {"co-mention": 0, "stance": 0}
    for *_, k in G.edges(keys=True):
        kinds[k] = kinds.get(k, 0) + 1
    types: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        types[d.get("type", "?")] = types.get(d.get("type", "?"), 0) + 1
    dates = ""
    if G.graph.get("first_date"):
        first, last = G.graph["first_date"], G.graph.get("last_date") or G.graph["first_date"]
        span = f"dated {first}" if first == last else f"dated {first} to {last}"
        # The span covers the dated articles only: say how many those are.
        dated = stats.read - stats.undated
        dates = f"; {dated} {span}" if stats.undated else f", {span}"
    out = [
        "# graphkit report",
        "",
        f"{stats.read} articles read, {stats.skipped} skipped{dates}"
        + (f", {stats.undated} undated. " if stats.undated else ". ")
        + f"{G.number_of_nodes()} actors ({', '.join(f'{v} {k}' for k, v in sorted(types.items()))}); "
        f"{kinds['co-mention']} co-mention and {kinds['stance']} stance edges.",
        "",
        f"Explore the network: [{GRAPH_NAME}.html]({GRAPH_NAME}.html) (open it in a browser, works offline). "
        "This report as a web page: [index.html](index.html).",
        "",
        "Files: " + ", ".join(f"[{p}]({p})" for p in [f"{GRAPH_NAME}.graphml", f"{GRAPH_NAME}.gexf", f"{GRAPH_NAME}.json",
                                                     f"{GRAPH_NAME}.nodes.csv", f"{GRAPH_NAME}.edges.csv", f"{GRAPH_NAME}.evidence.jsonl"]),
        "",
    ]
    out += [f"![{name}]({name})" for name in figures] + [""]
    contents_at = len(out)

    found = _evidence_of_kinds(evidence, {"quote", "event", "mention"})
    if articles is None:
        seen: dict[str, str | None] = {}
        for rec in found["mention"]:
            seen.setdefault(rec["article"], rec.get("date"))
        articles = [ArticleRow(a, date=d) for a, d in sorted(seen.items())]
    out += _articles_section(articles, stats)
    out += _actors_section(G)

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
        out += ["", f"Frustration: {number(f.frustration)} (stance pairs that break the split)."]
    else:
        out += ["No signed stance edges."]
    out += [""]
    material = material_stances(G)
    if material is not None:
        # Talks and summits are verbal cooperation, so states negotiating
        # across a front line look allied on all stances; what actors do
        # (material stances) gives the camps a reader draws.
        fm = factions(material)
        out += ["### On material stances only (what actors do, not what they say)", ""]
        out += [f"{i + 1}. {', '.join(group)}" for i, group in enumerate(fm.groups)]
        out += ["", f"Frustration: {number(fm.frustration)}. Talks, summits and statements are "
                "verbal stances: actors that negotiate across a front line look allied on all "
                "stances, not on material ones (`graphkit factions GRAPH --quad material`).", ""]

    b = balance(G)
    out += ["## Structural balance", ""]
    if b.triads:
        out += [f"{b.balanced} of {b.triads} signed triads are balanced (share {number(b.share)}).", ""]
        out += [f"- {html.escape(t.sentence, quote=False)}" for t in b.unbalanced] or ["All triads are balanced."]
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

    order = [r["name"] for r in table.sort("pagerank").to_rows()]
    out += _allies_section(G, order)
    out += _quotes_section(found["quote"], limit=max(50, top * 5))
    out += _events_section(found["event"], per_actor=max(3, top // 2))
    out += _definitions_section()
    out += _skipped_section(stats, articles)
    sections = [line[3:] for line in out if line.startswith("## ")]
    out[contents_at:contents_at] = ["Contents: " + " · ".join(f"[{s}](#{anchor(s)})" for s in sections), ""]
    return "\n".join(out)


def anchor(heading: str) -> str:
    """The anchor of a heading, as GitHub and :func:`index_html` make it.

    >>> anchor("Quotes: who said what, about whom")
    'quotes-who-said-what-about-whom'
    >>> anchor("Communities (co-mention, Louvain)")
    'communities-co-mention-louvain'
    """
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


_PAGE_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #d5d5d5; padding: .25rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; } tr:nth-child(even) td { background: #fafafa; }
img { max-width: 100%; height: auto; display: block; margin: 1rem 0; border: 1px solid #eee; }
code { background: #f3f3f3; padding: 0 .2rem; }
"""


def index_html(markdown: str, title: str = "graphkit report") -> str:
    """``index.md`` as a self-standing web page: the same sections, with anchors.

    Rendered with markdown-it-py with raw HTML off, so nothing from the
    news (already escaped in the Markdown) can become markup or script.

    >>> page = index_html("# graphkit report\\n\\n## Quotes: who said what\\n\\n| a |\\n|---|\\n| <b>x</b> |\\n")
    >>> '<h2 id="quotes-who-said-what">' in page, "<b>" in page
    (True, False)
    """
    from markdown_it import MarkdownIt

    body = MarkdownIt("js-default").render(markdown)
    body = re.sub(r"<h([23])>(.*?)</h\1>",
                  lambda m: f'<h{m.group(1)} id="{anchor(html.unescape(re.sub("<[^>]+>", "", m.group(2))))}">'
                            f"{m.group(2)}</h{m.group(1)}>", body)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'\">\n"
        "<meta name=\"generator\" content=\"graphkit report\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_PAGE_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


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

    from graphkit.io.guard import check_report_folder

    folder = Path(folder)
    inputs = list(inputs)
    # Before anything is read or written: never replace a folder graphkit did not write.
    check_report_folder(folder, inputs)
    kwargs = {"on_problem": on_problem} if on_problem is not None else {}
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    except OSError as e:
        raise write_error(folder, e) from None
    umask = os.umask(0)
    os.umask(umask)
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
                # laid out for the figure (sized discs, drawn actors only), as graphkit plot does
                draw(G, tmp / name, view=view, evidence=evidence)
            except GraphkitError:
                continue  # nothing to draw for this corpus (no stances, no dates)
            figures.append(name)
        material = material_stances(G)
        if material is not None:
            draw(material, tmp / "factions-material.png", view="factions",
                 title="Factions on material stances (what actors do)",
                 note="filtered: --quad material")
            figures.append("factions-material.png")
        from graphkit.viz.page import write_page

        write_page(G, tmp / f"{GRAPH_NAME}.html", evidence, positions=positions, title="graphkit report",
                   links=[("The report: articles, actors, quotes, events, definitions", "index.html")])
        articles = _articles(inputs, options, evidence)
        text = index_markdown(G, result.stats, evidence, top, figures, articles=articles)
        atomic_write(tmp / "index.md", text)
        atomic_write(tmp / "index.html", index_html(text))
        files = sorted(p.relative_to(tmp) for p in tmp.iterdir())
        try:
            tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; a report is not
            _swap_into_place(tmp, folder)
        except OSError as e:
            raise write_error(folder, e) from None
    except GraphkitError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        # Name the report folder, not the hidden one it was being written in.
        raise GraphkitError(str(e).replace(str(tmp), str(folder))) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ReportResult(folder, result.stats, [folder / f for f in files])


def _articles(inputs, options: Options | None, evidence: Path) -> list[ArticleRow] | None:
    """Every article read, with title, date and source (None when one input is stdin)."""
    from graphkit.io.readers import ArticleReader

    inputs = list(inputs)
    if any(str(i) == "-" for i in inputs):
        return None  # standard input cannot be read twice
    used = {rec["article"] for rec in _evidence_of_kinds(evidence, {"mention"})["mention"]}
    opts = options or Options()
    reader = ArticleReader(inputs, date_from_text=opts.date_from_text, max_bytes=opts.max_bytes)
    return [ArticleRow(a.id, a.title, a.date, a.source, a.id in used) for a in reader]


def _swap_into_place(tmp: Path, folder: Path) -> None:
    old = None
    if folder.exists():
        # A fresh name: a fixed ".<name>-old" could be a folder of the user's.
        old = Path(tempfile.mkdtemp(prefix=f".{folder.name}-old-", dir=folder.parent))
        folder.rename(old / folder.name)
    try:
        tmp.rename(folder)
    except OSError:
        if old is not None:  # the previous report goes back where it was
            (old / folder.name).rename(folder)
            old.rmdir()
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
