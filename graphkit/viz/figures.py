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

import networkx as nx

from graphkit.errors import GraphkitError

VIEWS = ("network", "centrality", "matrix", "factions", "timeline")

#: Measures drawn in the centrality chart, one panel each.
CHART_MEASURES = ("pagerank", "betweenness", "eigenvector", "strength")


def faction_order(G: nx.MultiDiGraph, factions) -> list[str]:
    """Actors ordered by faction, then the unplaced, for the stance matrix."""
    order = [name for group in factions.groups for name in group]
    return order + [n for n in factions.unplaced if n not in order]


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
    the filters, so that it counts what the matrix counts.
    """
    from graphkit.viz.centrality import plot_centrality
    from graphkit.viz.factions import plot_factions
    from graphkit.viz.matrix import plot_stance_matrix
    from graphkit.viz.network import plot_network
    from graphkit.viz.timeline import plot_timeline, stance_counts
    from graphkit.analysis import centrality, factions

    from graphkit.viz.common import source_line

    source = source_line(G, extra=note or "")
    if view == "network":
        sizes = centrality(G, measures=["pagerank"]).column("pagerank") if G.number_of_nodes() else None
        return plot_network(G, path, sizes=sizes, top=top, positions=positions, title=title,
                            source=source)
    if view == "centrality":
        table = centrality(G, measures=list(CHART_MEASURES))
        values = {m: table.column(m) for m in CHART_MEASURES}
        types = {n: d.get("type", "") for n, d in G.nodes(data=True)}
        n = top or 15
        sub = (f"top {min(n, G.number_of_nodes())} of {G.number_of_nodes()} actors by each measure, "
               "on co-mention and stance edges together as one undirected network")
        return plot_centrality(values, path, top=n, types=types, title=title, subtitle=sub,
                               source=source)
    if view == "matrix":
        f = factions(G)
        return plot_stance_matrix(G, path, order=faction_order(G, f), factions=f.groups,
                                  title=title, source=source)
    if view == "factions":
        return plot_factions(G, path, factions(G).groups, positions=positions, title=title,
                             top=top, source=source)
    if view == "timeline":
        if evidence is None:
            raise GraphkitError(f"{path}: the timeline needs the graph's evidence file beside it")
        from graphkit.io.evidence import read_evidence

        counts, undated = stance_counts(read_evidence(evidence), G, since, until)
        dated = sum(sum(q.values()) for ms in counts.values() for q in ms.values())
        sub = (f"{dated} dated stance records by month and CAMEO quad class, the records "
               f"the stance matrix counts; {undated} undated records not placed")
        return plot_timeline(counts, path, pairs=list(pairs) or None, title=title,
                             note=sub, source=source)
    raise GraphkitError(f"unknown view '{view}' (one of {', '.join(VIEWS)})")
