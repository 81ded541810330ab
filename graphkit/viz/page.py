"""The interactive graph page: one self-contained HTML file per graph.

``graphkit view GRAPH -o graph.html`` writes a page an analyst can open from
disk, offline, and send on: the actors (coloured by type, sized by a chosen
centrality), their stance and co-mention edges, search by any alias, a panel
per actor (centralities, allies and opponents, quotes, one-sided events) and
per edge (the evidence sentences with their cue), filters and the
communities and factions of :mod:`graphkit.analysis`.

Everything the page needs is inside it: sigma.js and graphology (vendored as
package data by ``tools/vendor_js.py``, see ``graphkit/data/vendor/``), the
page's own script and style (``graphkit/data/page/``) and the graph as JSON.
A Content-Security-Policy forbids every network request, so a page that
worked once keeps working on any machine.

The layout is graphkit's seeded :func:`~graphkit.graph.layout.layout`, centralities
and groups are seeded too, and numbers are rounded, so the same graph and
evidence give a byte-identical file.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_node("Iran", type="state", label="Iran")
>>> _ = G.add_node("Syria", type="state", label="Syria")
>>> _ = G.add_edge("Iran", "Syria", key="stance", kind="stance", weight=2.0, sign=1, score=1.0)
>>> html = render_page(page_data(G))
>>> H = graph_from_page(read_page(html))
>>> sorted(H.edges(keys=True))
[('Iran', 'Syria', 'stance')]
"""

from __future__ import annotations

import html as html_lib
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import GraphkitError, InputError

__all__ = [
    "EVIDENCE_CAP",
    "ViewResult",
    "graph_from_page",
    "page_data",
    "read_page",
    "render_page",
    "view",
    "write_page",
]

#: Evidence records kept per edge (and quotes or events per actor); the rest
#: are counted, so a large corpus still gives a page that opens quickly.
EVIDENCE_CAP = 5

#: Allies and opponents listed per actor.
PARTNERS = 5

#: Centrality measures offered in the size menu, default first.
SIZE_MEASURES = (
    "pagerank", "degree", "strength", "betweenness", "closeness",
    "eigenvector", "hub", "authority", "in_strength", "out_strength",
)

_TYPE_NAMES = {
    "state": "State",
    "leader": "Leader",
    "armed_group": "Armed group",
    "organization": "Organization",
    "person": "Person",
    "unknown": "Other",
}
_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_DATA_ID = "gk-data"
_DATA_RE = re.compile(
    r'<script type="application/json" id="' + _DATA_ID + r'">(.*?)</script>', re.S
)
# Evidence fields the page shows; offsets and internal bookkeeping stay in
# the evidence file.
_EVIDENCE_FIELDS = (
    "id", "article", "date", "sentence", "text", "cue", "quad", "polarity",
    "via", "source", "target", "speaker", "targets", "direct", "target_text", "cameo",
)


@dataclass
class ViewResult:
    """What :func:`view` wrote."""

    path: Path
    nodes: int
    edges: int
    evidence: Path | None
    size: int


def _num(value: Any) -> Any:
    """Floats to 6 significant digits: stable bytes, smaller file."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return float(f"{value:.6g}") + 0.0
    return value


def _scalar(value: Any) -> Any:
    """A JSON-ready attribute value (schema attributes are scalars)."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    try:  # numpy scalars
        return value.item()
    except AttributeError:
        return str(value)


def _attrs(data: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k): _scalar(v) for k, v in sorted(data.items(), key=lambda kv: str(kv[0]))}


def _evidence_view(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _EVIDENCE_FIELDS if record.get(k) not in (None, "", [])}


def _collect_evidence(
    G: nx.MultiDiGraph, records: Iterable[Mapping[str, Any]], cap: int
) -> tuple[dict[str, dict], dict[Any, list[dict]], dict[Any, int], dict[Any, list[dict]], dict[Any, int]]:
    """Read the evidence stream once, keeping only what the page shows."""
    wanted: set[str] = set()
    for *_, d in G.edges(data=True):
        ids = str(d.get("evidence", "")).split()
        wanted.update(ids[:cap])
    by_id: dict[str, dict] = {}
    quotes: dict[Any, list[dict]] = {}
    quotes_more: dict[Any, int] = {}
    events: dict[Any, list[dict]] = {}
    events_more: dict[Any, int] = {}
    for rec in records:
        kind = rec.get("kind")
        if kind == "stance" and rec.get("id") in wanted:
            by_id[rec["id"]] = _evidence_view(rec)
        elif kind == "quote" and rec.get("speaker") in G:
            who = rec["speaker"]
            if len(quotes.setdefault(who, [])) < cap:
                quotes[who].append(_evidence_view(rec))
            else:
                quotes_more[who] = quotes_more.get(who, 0) + 1
        elif kind == "event" and rec.get("source") in G:
            who = rec["source"]
            if len(events.setdefault(who, [])) < cap:
                events[who].append(_evidence_view(rec))
            else:
                events_more[who] = events_more.get(who, 0) + 1
    return by_id, quotes, quotes_more, events, events_more


def page_data(
    G: nx.MultiDiGraph,
    evidence: Iterable[Mapping[str, Any]] | None = None,
    *,
    cap: int = EVIDENCE_CAP,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    title: str | None = None,
    evidence_name: str | None = None,
) -> dict[str, Any]:
    """Everything the page shows, as a JSON-ready dict.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph (``docs/GRAPH_SCHEMA.md``).
    evidence : iterable of dict, optional
        The records of the graph's evidence file
        (:func:`graphkit.io.evidence.read_evidence`); without it edges show their
        counts but no sentences.
    cap : int
        Evidence records kept per edge, and quotes and events per actor.
    positions : mapping, optional
        ``(x, y)`` by node; default :func:`graphkit.graph.layout.layout`.
    title : str, optional
        Shown in the page header.
    evidence_name : str, optional
        File name of the evidence, named where records are summarised.

    Returns
    -------
    dict
        ``meta`` (counts, colours, measures, groups, column names),
        ``nodes`` (rows ``[id, x, y, attributes, centralities]``), ``edges``
        (rows ``[source, target, key, attributes]``), ``extras`` (allies,
        opponents, quotes and events by node row) and ``evidence`` (records
        by edge row). Every attribute of the graph is kept, so
        :func:`graph_from_page` gives the graph back.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="co-mention", kind="co-mention", weight=1.0)
    >>> d = page_data(G)
    >>> [n[0] for n in d["nodes"]], d["meta"]["edges"]
    (['A', 'B'], 1)
    """
    from graphkit.analysis import centrality, communities, ego, factions
    from graphkit.graph.layout import layout
    from graphkit.io.style import COMENTION_COLOUR, CONFLICT_COLOUR, COOPERATION_COLOUR, NEUTRAL_COLOUR, TYPE_COLOURS, hex_colour

    if cap < 0:
        raise GraphkitError(f"evidence cap must be 0 or more, not {cap}")
    pos = dict(positions) if positions is not None else layout(G)
    nodes_sorted = sorted(G.nodes, key=str)

    measures: list[str] = []
    values: dict[str, dict[str, Any]] = {}
    groups: dict[str, list[list[str]]] = {"communities": [], "factions": []}
    if G.number_of_nodes():
        table = centrality(G)
        measures = [m for m in SIZE_MEASURES if m in table.measures]
        values = {m: table.column(m) for m in measures}
        groups["communities"] = [list(g) for g in communities(G).groups]
        groups["factions"] = [list(g) for g in factions(G).groups]

    by_id, quotes, quotes_more, events, events_more = _collect_evidence(G, evidence or (), cap)

    # Nodes and edges are rows under shared column names: a 20,000-edge
    # page would otherwise spell every attribute name 20,000 times.
    node_columns = sorted({str(k) for n in nodes_sorted for k in G.nodes[n]})
    nodes = []
    extras: dict[str, dict[str, Any]] = {}
    for i, n in enumerate(nodes_sorted):
        x, y = pos.get(n, (0.0, 0.0))
        attrs = _attrs(G.nodes[n])
        nodes.append([
            str(n), _num(float(x)), _num(float(y)),
            [attrs.get(c) for c in node_columns],
            [_num(values[m].get(str(n))) for m in measures],
        ])
        extra: dict[str, Any] = {}
        e = ego(G, n, radius=0) if G.degree(n) else None
        if e is not None and e.allies:
            extra["allies"] = [[p.name, _num(p.value), _num(p.records)] for p in e.allies[:PARTNERS]]
        if e is not None and e.opponents:
            extra["opponents"] = [[p.name, _num(p.value), _num(p.records)] for p in e.opponents[:PARTNERS]]
        for name, found, more in (("quotes", quotes, quotes_more), ("events", events, events_more)):
            if found.get(n):
                extra[name] = found[n]
                extra[f"{name}_more"] = more.get(n, 0)
        if extra:
            extras[str(i)] = extra

    edge_list = sorted(G.edges(keys=True, data=True), key=lambda r: (str(r[0]), str(r[1]), str(r[2])))
    edge_columns = sorted({str(k) for *_, d in edge_list for k in d})
    edges = []
    edge_evidence: dict[str, dict[str, Any]] = {}
    summarised = 0
    for i, (u, v, k, d) in enumerate(edge_list):
        attrs = _attrs(d)
        edges.append([str(u), str(v), _scalar(k), [attrs.get(c) for c in edge_columns]])
        ids = str(d.get("evidence", "")).split()
        if ids and evidence is not None:
            more = max(len(ids) - cap, 0)
            edge_evidence[str(i)] = {"records": [by_id[r] for r in ids[:cap] if r in by_id], "more": more}
            summarised += more

    dates = sorted(
        str(d[f])[:10] for *_, d in G.edges(data=True) for f in ("first_date", "last_date") if d.get(f)
    )
    types = sorted({str(G.nodes[n].get("type", "unknown")) for n in G})
    meta = {
        "title": title or "graphkit graph",
        "graph": _attrs(G.graph),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "directed": True,
        "cap": cap,
        "summarised": summarised,
        "evidence_file": evidence_name if evidence is not None else None,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "measures": measures,
        "node_columns": node_columns,
        "edge_columns": edge_columns,
        "types": {
            t: {"label": _TYPE_NAMES.get(t, t.replace("_", " ").capitalize()),
                "colour": hex_colour(TYPE_COLOURS.get(t, TYPE_COLOURS["unknown"]))}
            for t in types
        },
        "colours": {
            "co-mention": hex_colour(COMENTION_COLOUR),
            "cooperation": hex_colour(COOPERATION_COLOUR),
            "conflict": hex_colour(CONFLICT_COLOUR),
            "neutral": hex_colour(NEUTRAL_COLOUR),
        },
        "quads": list(_QUADS),
        "groups": groups,
    }
    return {"meta": meta, "nodes": nodes, "edges": edges, "extras": extras, "evidence": edge_evidence}


def _resource(*parts: str) -> str:
    ref = resources.files("graphkit").joinpath("data", *parts)
    return ref.read_text(encoding="utf-8")


def _inline_js(source: str) -> str:
    # A source map comment would name a file that is not there; and a
    # literal "</script" would end the inline script early.
    source = re.sub(r"^//# sourceMappingURL=.*$", "", source, flags=re.M)
    return source.replace("</script", "<\\/script")


def _json_for_html(data: Mapping[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # "<" only occurs inside JSON strings, where \u003c means the same, so
    # no "</script>" or "<!--" in the data can end or bend the script block.
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(data: Mapping[str, Any], links: Sequence[tuple[str, str]] = ()) -> str:
    """The HTML page for :func:`page_data`'s dict (libraries inlined).

    ``links`` are ``(text, relative URL)`` pairs shown beside the title, for
    example the report this page belongs to.
    """
    vendor = json.loads(_resource("vendor", "VENDOR.json"))
    credits = "; ".join(f"{name} {e['version']} ({e['licence']})" for name, e in sorted(vendor.items()))
    libraries = "\n".join(
        f"/* {name} {vendor[name]['version']}, {vendor[name]['licence']} licence:\n"
        + _resource("vendor", f"{name}.LICENSE.txt").replace("*/", "* /")
        + "*/\n" + _inline_js(_resource("vendor", f"{name}.min.js"))
        for name in ("graphology", "sigma")
    )
    page = _resource("page", "view.html")
    parts = {
        "@TITLE@": html_lib.escape(str(data["meta"]["title"])),
        "@LINKS@": (' <nav class="links">' + "".join(
            f'<a href="{html_lib.escape(url)}">{html_lib.escape(text)}</a>' for text, url in links
        ) + "</nav>") if links else "",
        "@CREDITS@": html_lib.escape(credits),
        "/*@CSS@*/": _resource("page", "view.css"),
        "/*@LIBRARIES@*/": libraries,
        "@DATA@": _json_for_html(data),
        "/*@APP@*/": _inline_js(_resource("page", "view.js")),
    }
    # One pass, so text substituted in (the data, a title) is never scanned
    # for the other markers.
    pattern = re.compile("|".join(re.escape(k) for k in parts))
    return pattern.sub(lambda m: parts[m.group(0)], page)


def read_page(text: str) -> dict[str, Any]:
    """The data embedded in a page written by :func:`render_page`.

    Raises
    ------
    GraphkitError
        When the text holds no graphkit page data.
    """
    m = _DATA_RE.search(text)
    if m is None:
        raise GraphkitError("not a graphkit view page (no graph data found)")
    return json.loads(m.group(1))


def graph_from_page(data: Mapping[str, Any]) -> nx.MultiDiGraph:
    """The graph a page holds, attributes and all (the inverse of :func:`page_data`)."""
    G = nx.MultiDiGraph()
    meta = data["meta"]
    G.graph.update(meta.get("graph", {}))
    # A schema graph has no None attribute, so None in a row means "absent".
    for node, _x, _y, values, _c in data["nodes"]:
        G.add_node(node, **{c: v for c, v in zip(meta["node_columns"], values) if v is not None})
    for u, v, k, values in data["edges"]:
        G.add_edge(u, v, key=k, **{c: x for c, x in zip(meta["edge_columns"], values) if x is not None})
    return G


def write_page(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    evidence: str | os.PathLike | None = None,
    *,
    cap: int = EVIDENCE_CAP,
    title: str | None = None,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    links: Sequence[tuple[str, str]] = (),
) -> int:
    """Write the page of ``G`` to ``path`` atomically; return its size in bytes.

    ``evidence`` is the graph's evidence JSON Lines file, or ``None``;
    ``links`` as for :func:`render_page`.
    """
    from graphkit.io.atomic import atomic_write
    from graphkit.io.evidence import read_evidence

    records = read_evidence(evidence) if evidence is not None else None
    name = Path(evidence).name if evidence is not None else None
    data = page_data(G, records, cap=cap, positions=positions, title=title or Path(path).stem, evidence_name=name)
    payload = render_page(data, links).encode("utf-8")
    atomic_write(path, payload)
    return len(payload)


def view(
    graph: str | os.PathLike,
    output: str | os.PathLike,
    evidence: str | os.PathLike | None = None,
    *,
    cap: int = EVIDENCE_CAP,
    title: str | None = None,
) -> ViewResult:
    """Read a graph file (and the evidence beside it) and write its page.

    Parameters
    ----------
    graph : path
        A graph file :func:`graphkit.io.graphfile.read_graph` reads.
    output : path
        The HTML file to write.
    evidence : path, optional
        The evidence file; default ``<graph>.evidence.jsonl`` beside the
        graph when it exists.
    cap : int
        Evidence records kept per edge.
    title : str, optional
        Page title; default the graph's file name.
    """
    from graphkit.graph.build import evidence_path_for
    from graphkit.io.graphfile import read_graph
    from graphkit.io.guard import refuse_inputs_as_outputs

    if evidence is None:
        beside = evidence_path_for(graph)
        evidence = beside if beside.exists() else None
    elif not Path(evidence).exists():
        raise InputError(str(evidence), "file not found")
    refuse_inputs_as_outputs([output], [graph, evidence])  # before reading: never over an input
    G = read_graph(graph)
    size = write_page(G, output, evidence, cap=cap, title=title or Path(graph).name)
    return ViewResult(Path(output), G.number_of_nodes(), G.number_of_edges(),
                      Path(evidence) if evidence is not None else None, size)
