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
) -> Path:
    """Draw one view of ``G`` to ``path`` (PNG, SVG or PDF by extension).

    ``evidence`` (the graph's evidence file) is needed for ``timeline``.
    """
    from graphkit.viz.centrality import plot_centrality
    from graphkit.viz.factions import plot_factions
    from graphkit.viz.matrix import plot_stance_matrix
    from graphkit.viz.network import plot_network
    from graphkit.viz.timeline import monthly_stance_counts, plot_timeline
    from graphkit.analysis import centrality, factions

    if view == "network":
        sizes = centrality(G, measures=["pagerank"]).column("pagerank") if G.number_of_nodes() else None
        return plot_network(G, path, sizes=sizes, top=top, positions=positions, title=title)
    if view == "centrality":
        table = centrality(G, measures=list(CHART_MEASURES))
        values = {m: table.column(m) for m in CHART_MEASURES}
        types = {n: d.get("type", "") for n, d in G.nodes(data=True)}
        return plot_centrality(values, path, top=top or 15, types=types, title=title)
    if view == "matrix":
        f = factions(G)
        return plot_stance_matrix(G, path, order=faction_order(G, f), factions=f.groups, title=title)
    if view == "factions":
        return plot_factions(G, path, factions(G).groups, positions=positions, title=title)
    if view == "timeline":
        if evidence is None:
            raise GraphkitError(f"{path}: the timeline needs the graph's evidence file beside it")
        from graphkit.io.evidence import read_evidence

        counts = monthly_stance_counts(read_evidence(evidence))
        return plot_timeline(counts, path, pairs=list(pairs) or None, title=title)
    raise GraphkitError(f"unknown view '{view}' (one of {', '.join(VIEWS)})")
