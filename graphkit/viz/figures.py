"""Figures: each plot view, with the analysis it needs.

The ``plot_*`` modules of :mod:`graphkit.viz` draw from plain inputs; this module computes those
inputs (centrality for node sizes, factions for the matrix order, monthly
counts from the evidence file) so that the CLI and the report ask for a view
by name.

>>> VIEWS
('network', 'centrality', 'matrix', 'factions', 'timeline')
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from graphkit.errors import GraphkitError

VIEWS = ("network", "centrality", "matrix", "factions", "timeline")

#: Measures drawn in the centrality chart, one panel each.
CHART_MEASURES = ("pagerank", "betweenness", "eigenvector", "strength")
#: Pairs the timeline draws when none are named (as ``plot_timeline``).
MAX_PAIRS = 6


def faction_order(G: nx.MultiDiGraph, factions) -> list[str]:
    """Actors ordered by faction, then the unplaced, for the stance matrix."""
    order = [name for group in factions.groups for name in group]
    return order + [n for n in factions.unplaced if n not in order]


class Plotted(NamedTuple):
    """A figure written: its path, and what it shows in words (for ``wrote ...``)."""

    path: Path
    what: str


def draw(
    G: nx.MultiDiGraph,
    path: str | Path,
    view: str = "network",
    top: int | None = None,
    pairs: Sequence[tuple[str, str]] = (),
    title: str | None = None,
    evidence: str | Path | None = None,
    positions=None,
    note: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Path:
    """Draw one view of ``G`` to ``path`` (PNG, SVG or PDF by extension).

    ``evidence`` (the graph's evidence file) is needed for ``timeline``.
    ``note`` (for example the filters that made ``G``) is added to every
    subtitle; ``since``/``until`` keep the timeline to the same dates as
    the filters, so that it counts what the matrix counts. :func:`plot`
    does the same and also says what was drawn.
    """
    return plot(G, path, view, top, pairs, title, evidence, positions, note, since, until).path


def plot(
    G: nx.MultiDiGraph,
    path: str | Path,
    view: str = "network",
    top: int | None = None,
    pairs: Sequence[tuple[str, str]] = (),
    title: str | None = None,
    evidence: str | Path | None = None,
    positions=None,
    note: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Plotted:
    """As :func:`draw`, returning the path and what the figure shows.

    The words count what was drawn, not what the graph holds: the network's
    top actors of all, the matrix's actors with a stance edge, the
    timeline's pairs and dated records.

    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("Ethiopia", "Eritrea", key="stance", kind="stance", weight=2.0, score=-1.0, sign=-1)
    >>> G.add_node("African Union", type="organization")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     plot(G, Path(d) / "m.svg", view="matrix").what
    'matrix of 2 actors with stance edges (of 3)'
    """
    from graphkit.viz.centrality import plot_centrality
    from graphkit.viz.factions import plot_factions
    from graphkit.viz.matrix import MATRIX_TOP, plot_stance_matrix
    from graphkit.viz.network import Shown, plot_network
    from graphkit.viz.timeline import busiest_pairs, choose_period, plot_timeline, stance_counts
    from graphkit.analysis import centrality, factions

    from graphkit.viz.common import _kind, source_line

    source = source_line(G, extra=note or "")
    total = G.number_of_nodes()
    if view in ("network", "factions"):
        sizes = centrality(G, measures=["pagerank"]).column("pagerank") if total else None
        shown = Shown(G, sizes or {}, top)
        actors = f"{shown.top} actors" if not shown.left_out else f"top {shown.top} of {total} actors"
        if view == "network":
            out = plot_network(G, path, sizes=sizes, top=top, positions=positions, title=title,
                               source=source)
            return Plotted(out, f"network of {actors}")
        groups = factions(G).groups
        out = plot_factions(G, path, groups, positions=positions, sizes=sizes, title=title,
                            top=top, source=source)
        return Plotted(out, f"factions of {actors} in {len(groups)} factions")
    if view == "centrality":
        table = centrality(G, measures=list(CHART_MEASURES))
        values = {m: table.column(m) for m in CHART_MEASURES}
        types = {n: d.get("type", "") for n, d in G.nodes(data=True)}
        n = top or 15
        sub = (f"top {min(n, total)} of {total} actors by each measure, "
               "on co-mention and stance edges together as one undirected network")
        out = plot_centrality(values, path, top=n, types=types, title=title, subtitle=sub,
                              source=source)
        return Plotted(out, f"centrality of the top {min(n, total)} of {total} actors by {len(CHART_MEASURES)} measures")
    if view == "matrix":
        f = factions(G)
        most = top or MATRIX_TOP
        out = plot_stance_matrix(G, path, order=faction_order(G, f), factions=f.groups,
                                 title=title, source=source, top=most)
        involved = {x for u, v, k, d in G.edges(keys=True, data=True)
                    if _kind(k, d) != "co-mention" for x in (u, v)}
        if len(involved) > most:
            return Plotted(out, f"matrix of the {most} of {len(involved)} actors with stance "
                                f"edges that have most stance records (of {total})")
        return Plotted(out, f"matrix of {len(involved)} actors with stance edges (of {total})")
    if view == "timeline":
        if evidence is None:
            raise GraphkitError(f"{path}: the timeline needs the graph's evidence file beside it")
        from graphkit.io.evidence import read_evidence

        counts, undated = stance_counts(read_evidence(evidence), G, since, until)
        dated = sum(sum(q.values()) for ms in counts.values() for q in ms.values())
        chosen = [tuple(p) for p in pairs] or busiest_pairs(counts, MAX_PAIRS)
        period = choose_period(sorted({m for p in chosen for m in counts.get(p, {})}))
        sub = (f"{dated} dated stance record{'s' if dated != 1 else ''} by {period} and CAMEO "
               f"quad class, the records the stance matrix counts; {undated} undated "
               f"record{'s' if undated != 1 else ''} not placed")
        out = plot_timeline(counts, path, pairs=chosen or None, title=title,
                            max_pairs=MAX_PAIRS, note=sub, source=source, period=period)
        drawn = len(pairs) or min(MAX_PAIRS, sum(1 for ms in counts.values()
                                                 if any(sum(q.values()) for q in ms.values())))
        months = {m for ms in counts.values() for m in ms}
        span = ("one month, told in words" if len(months) == 1
                else f"{len(months)} months with records, drawn by {period}")
        pair = "actor pair" if drawn == 1 else "actor pairs"
        return Plotted(out, f"timeline of {drawn} {pair}; {dated} dated stance records in all ({span}), {undated} undated")
    raise GraphkitError(f"unknown view '{view}' (one of {', '.join(VIEWS)})")
