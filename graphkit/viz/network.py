"""The network view: actors sized by centrality, stance edges over co-mentions, labels placed clear of nodes."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import networkx as nx
import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from graphkit.errors import GraphkitError
from graphkit.io.style import (
    COMENTION_COLOUR,
    CONFLICT_COLOUR,
    COOPERATION_COLOUR,
    NEUTRAL_COLOUR,
    TYPE_COLOURS,
    scale_sizes,
    type_colour,
)
from graphkit.graph.layout import layout
from graphkit.viz.common import (
    _ARC_RAD,
    _RC,
    _TYPE_NAMES,
    MAX_LABELS,
    _centrality,
    _count_edges,
    _edge_weights,
    _figure,
    _fit_limits,
    _format,
    _kind,
    _legends,
    _marker_radius_px,
    _network_axes,
    _nothing,
    _rgb,
    _save,
    _sign,
    _stance_width,
    _subtitle,
    _title,
    _weight,
    top_actors,
)
from graphkit.viz.labels import _draw_labels


def _draw_network(
    fig, ax, G: nx.MultiDiGraph, pos: Mapping, node_colours: Mapping[Any, str],
    values: Mapping[Any, float], edge_style,
) -> list[Any]:
    """Draw nodes, edges and labels; return the nodes in drawing order."""
    nodes = sorted(G.nodes, key=str)
    pts = np.array([pos[v] for v in nodes], dtype=float)
    _fit_limits(ax, pts)
    n = len(nodes)
    lo, hi = (160.0, 1800.0) if n <= 25 else (70.0, 900.0)
    areas = scale_sizes({v: values.get(v, 0.0) for v in nodes}, lo, hi)
    area = np.array([areas[v] for v in nodes])
    radius_pt = dict(zip(nodes, np.sqrt(area) / 2))

    straight, straight_w, straight_c = [], [], []
    segments = []
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))
    ):
        if u == v:
            continue
        style = edge_style(u, v, k, d)
        if style is None:
            continue
        colour, width, alpha, curved, z = style
        segments.append((pos[u], pos[v], curved))
        if not curved:
            straight.append([pos[u], pos[v]])
            straight_w.append(width)
            straight_c.append(matplotlib.colors.to_rgba(colour, alpha))
            continue
        ax.add_patch(FancyArrowPatch(
            posA=pos[u], posB=pos[v], connectionstyle=f"arc3,rad={_ARC_RAD}",
            arrowstyle="-|>", mutation_scale=8 + 2.5 * width,
            shrinkA=radius_pt[u], shrinkB=radius_pt[v] + 1.5,
            lw=width, color=colour, alpha=alpha, zorder=z, joinstyle="miter",
        ))
    if straight:
        ax.add_collection(LineCollection(
            straight, linewidths=straight_w, colors=straight_c, zorder=1,
            capstyle="round",
        ))
    ax.scatter(
        pts[:, 0], pts[:, 1], s=area, c=[node_colours[v] for v in nodes],
        edgecolors="#333333", linewidths=0.8, zorder=4,
    )
    ranked = sorted(nodes, key=lambda v: (-values.get(v, 0.0), str(v)))
    label_nodes = ranked[:MAX_LABELS]
    fontsize = 9.5 if n <= 20 else 8.5 if n <= 35 else 7.5
    _draw_labels(
        fig, ax, nodes, pos, _marker_radius_px(area), label_nodes, fontsize,
        bold=set(ranked[: min(5, max(1, n // 5))]), segments=segments,
    )
    ax.set_axis_off()
    return nodes


def plot_network(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    sizes: Mapping[str, float] | None = None,
    top: int | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    title: str | None = None,
    size_label: str = "PageRank",
) -> Path:
    """Draw the actor network: colour by type, size by centrality, signed stances.

    Co-mention edges are thin grey lines; stance edges are curved arrows,
    bluish green for cooperation, vermillion for conflict and grey for
    mixed (sign 0), their width growing with the number of records. Up to
    :data:`MAX_LABELS` labels are drawn with a white halo and moved apart so
    they do not overlap each other or the nodes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The actor graph.
    path : path-like
        Output image; ``.png``, ``.svg`` or ``.pdf``.
    sizes : dict, optional
        Centrality by actor for node size (and for ``top``); default
        PageRank (:func:`graphkit.io.style.prominence`).
    top : int, optional
        Keep only the ``top`` most central actors.
    positions : dict, optional
        ``(x, y)`` by actor; default :func:`layout` of the drawn graph.
    title : str, optional
        Default "Actor network".
    size_label : str
        What ``sizes`` measures, for the legend.

    Raises
    ------
    GraphkitError
        When the graph has no actors, or the extension is not an image
        format.
    """
    fmt = _format(path)
    if G.number_of_nodes() == 0:
        raise _nothing(path, "the graph has no actors")
    values = _centrality(G, sizes)
    total = G.number_of_nodes()
    if top is not None and top < total:
        if top < 1:
            raise GraphkitError(f"{path}: --top must be at least 1, not {top}")
        G = G.subgraph(top_actors({v: values.get(v, 0.0) for v in G.nodes}, top))
    pos = dict(positions) if positions is not None else layout(G)
    missing = [v for v in G.nodes if v not in pos]
    if missing:
        raise GraphkitError(f"{path}: no position for actor {str(sorted(missing, key=str)[0])!r}")
    co_max, st_max = _edge_weights(G)

    def style(u, v, k, d):
        if _kind(k, d) == "co-mention":
            return (_rgb(COMENTION_COLOUR), 0.4 + 2.2 * _weight(d) / co_max, 0.55, False, 1)
        sign = _sign(d)
        colour = (COOPERATION_COLOUR if sign > 0 else CONFLICT_COLOUR if sign < 0
                  else NEUTRAL_COLOUR)
        return (_rgb(colour), _stance_width(_weight(d), st_max), 0.85, True, 3)

    with matplotlib.rc_context(_RC):
        n = G.number_of_nodes()
        fig = _figure(13.0, 9.5 if n > 12 else 8.0)
        ax = _network_axes(fig)
        colours = {v: _rgb(type_colour(G.nodes[v].get("type"))) for v in G.nodes}
        _draw_network(fig, ax, G, pos, colours, values, style)
        _title(fig, title or "Actor network")
        co, st = _count_edges(G)
        shown = f"{n} actors" if n == total else f"top {n} of {total} actors by {size_label}"
        _subtitle(fig, f"{shown} · {co} co-mention pairs · {st} stance edges · "
                       f"node size: {size_label}")
        present = sorted({G.nodes[v].get("type") if G.nodes[v].get("type") in TYPE_COLOURS
                          else "unknown" for v in G.nodes},
                         key=list(TYPE_COLOURS).index)
        type_handles = [
            Line2D([], [], marker="o", linestyle="", markersize=10,
                   markerfacecolor=_rgb(TYPE_COLOURS[t]), markeredgecolor="#333333",
                   label=_TYPE_NAMES.get(t, t))
            for t in present
        ]
        edge_handles = [
            Line2D([], [], color=_rgb(COMENTION_COLOUR), lw=1.5, label="Co-mention"),
            Line2D([], [], color=_rgb(COOPERATION_COLOUR), lw=2.5, label="Cooperation →"),
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=2.5, label="Conflict →"),
            Line2D([], [], color=_rgb(NEUTRAL_COLOUR), lw=2.5, label="Mixed stance →"),
        ]
        _legends(fig, [("Actor type", type_handles),
                       ("Relation (width: records)", edge_handles)])
        return _save(fig, path, fmt)
