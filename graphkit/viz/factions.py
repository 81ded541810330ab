"""The network drawn by faction: node colour is the signed partition's camp."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import networkx as nx
from matplotlib.lines import Line2D

from graphkit.errors import GraphkitError
from graphkit.io.style import (
    COMENTION_COLOUR,
    CONFLICT_COLOUR,
    COOPERATION_COLOUR,
    NEUTRAL_COLOUR,
)
from graphkit.viz.common import (
    short_label,
    _RC,
    _UNASSIGNED,
    FACTION_COLOURS,
    _centrality,
    _edge_weights,
    _figure,
    _format,
    _kind,
    _legends,
    _network_axes,
    _nothing,
    _rgb,
    _save,
    _sign,
    _source,
    _stance_width,
    _subtitle,
    _title,
    _weight,
    source_line,
)
from graphkit.viz.network import Shown, _areas, _draw_network, _draw_strip, _positions, width_key


def plot_factions(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    factions: Sequence[Sequence[str]],
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
    title: str | None = None,
    top: int | None = None,
    source: str | None = None,
) -> Path:
    """Draw the network coloured by faction, conflict across factions emphasised.

    Conflict edges between actors of different factions are thick
    vermillion arrows; other stance edges are thin and faint, co-mentions
    fainter still. Actors in no faction are light grey.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The actor graph.
    path : path-like
        Output image.
    factions : list of list of str
        Groups of actors, in the order they are numbered in the legend.
    positions, sizes, title, top, source
        As for :func:`plot_network` (the same actors are drawn, the same
        co-mentions thinned).

    Raises
    ------
    GraphkitError
        When the graph has no actors or an actor is in two factions.
    """
    fmt = _format(path)
    return _save(factions_figure(G, path, factions, positions, sizes, title, top, source), path, fmt)


def factions_figure(G, path, factions, positions=None, sizes=None, title=None, top=None,
                    source=None):
    """The figure :func:`plot_factions` saves (for tests that measure it)."""
    if G.number_of_nodes() == 0:
        raise _nothing(path, "the graph has no actors")
    faction_of: dict[Any, int] = {}
    for i, group in enumerate(factions):
        for v in group:
            if v in faction_of and faction_of[v] != i:
                raise GraphkitError(f"{path}: actor {v!r} is in two factions")
            faction_of[v] = i
    values = _centrality(G, sizes)
    shown = Shown(G, values, top)
    D = shown.graph
    pos = _positions(path, D, positions, _areas(values, list(D.nodes) + shown.isolates))
    _, st_max = _edge_weights(D)

    def style(u, v, k, d):
        if _kind(k, d) == "co-mention":
            return (_rgb(COMENTION_COLOUR), 0.6, 0.3, False, 1)
        sign = _sign(d)
        across = (u in faction_of and v in faction_of and faction_of[u] != faction_of[v])
        if sign < 0 and across:
            return (_rgb(CONFLICT_COLOUR), 1.0 + _stance_width(_weight(d), st_max), 0.95, True, 3)
        colour = COOPERATION_COLOUR if sign > 0 else CONFLICT_COLOUR if sign < 0 else NEUTRAL_COLOUR
        return (_rgb(colour), 0.9, 0.35, True, 2)

    with matplotlib.rc_context(_RC):
        fig = _figure(13.0, 9.5 if shown.top > 12 else 8.0)
        ax, strip = _network_axes(fig, bool(shown.isolates))
        drawn = list(D.nodes) + shown.isolates
        colours = {
            v: FACTION_COLOURS[faction_of[v] % len(FACTION_COLOURS)] if v in faction_of
            else _UNASSIGNED
            for v in drawn
        }
        areas = _areas(values, drawn)
        if D.number_of_nodes():
            _draw_network(fig, ax, D, pos, colours, values, style, areas)
        else:
            ax.set_axis_off()
        if strip is not None:
            _draw_strip(fig, strip, shown.isolates, colours, areas)
        _title(fig, title or "Factions")
        cross = sum(  # among the edges drawn, so the figure shows what it counts
            1 for u, v, k, d in D.edges(keys=True, data=True)
            if _kind(k, d) != "co-mention" and _sign(d) < 0
            and u in faction_of and v in faction_of and faction_of[u] != faction_of[v]
        )
        used = sorted({faction_of[v] for v in G.nodes if v in faction_of})
        _subtitle(fig, f"{len(used)} factions from signed stances (allies inside, opponents "
                       f"across) · {cross} conflict edges across them drawn · "
                       + shown.subtitle("PageRank"))
        _source(fig, source or source_line(G))
        handles = []
        for i in used:
            members = sorted((v for v in G.nodes if faction_of.get(v) == i),
                             key=lambda v: (-values.get(v, 0.0), str(v)))
            lead = ", ".join(short_label(m) for m in members[:2])
            more = f" +{len(members) - 2}" if len(members) > 2 else ""
            handles.append(Line2D(
                [], [], marker="o", linestyle="", markersize=10,
                markerfacecolor=FACTION_COLOURS[i % len(FACTION_COLOURS)],
                markeredgecolor="#333333", label=f"{i + 1}: {lead}{more}",
            ))
        if any(v not in faction_of for v in drawn):
            handles.append(Line2D([], [], marker="o", linestyle="", markersize=10,
                                  markerfacecolor=_UNASSIGNED, markeredgecolor="#333333",
                                  label="No faction (no stance)"))
        edge_handles = [
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=3.5, label="Conflict across factions"),
            Line2D([], [], color=_rgb(COOPERATION_COLOUR), lw=1.0, alpha=0.5,
                   label="Other cooperation"),
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=1.0, alpha=0.5,
                   label="Other conflict"),
            Line2D([], [], color=_rgb(COMENTION_COLOUR), lw=1.0, alpha=0.5,
                   label="Named together"),
        ]
        _legends(fig, [("Faction", handles), ("Relation", edge_handles),
                       ("Conflict width", width_key(st_max, 1.0, _rgb(CONFLICT_COLOUR)))])
        return fig
