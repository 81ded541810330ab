"""The network view: actors sized by centrality, stance edges over co-mentions, labels placed clear of nodes.

What keeps it readable on a large corpus: by default only the
:data:`~graphkit.viz.common.MAX_NODES` most central actors are drawn (the
subtitle says how many were left out), co-mentions are thinned to each
actor's strongest few, stance arrows are drawn over them, and actors with no
drawn tie sit in a strip under the network instead of scattered round it.
"""

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
    short_label,
    _ARC_RAD,
    _RC,
    _TYPE_NAMES,
    MAX_LABELS,
    _centrality,
    MAX_NODES,
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
    _source,
    _stance_width,
    _subtitle,
    _title,
    _weight,
    source_line,
    top_actors,
)
from graphkit.viz.labels import _draw_labels


#: Co-mention edges kept per actor when thinning (its strongest).
CO_MENTIONS_PER_ACTOR = 3
#: Stance edges drawn at most: this many per drawn actor, and never fewer
#: than :data:`STANCE_CAP_MIN` (the heaviest are kept).
STANCE_PER_ACTOR = 2.5
STANCE_CAP_MIN = 60


def _areas(values: Mapping[Any, float], nodes) -> dict[Any, float]:
    nodes = list(nodes)
    lo, hi = (160.0, 1800.0) if len(nodes) <= 25 else (70.0, 900.0)
    return scale_sizes({v: values.get(v, 0.0) for v in nodes}, lo, hi)


class Shown:
    """What a network figure draws of ``G``: which actors, which edges, and what it left out.

    >>> G = nx.MultiDiGraph()
    >>> for a, b, w in [("A", "B", 3), ("A", "C", 1), ("B", "C", 2), ("A", "D", 1)]:
    ...     _ = G.add_edge(a, b, key="co-mention", kind="co-mention", weight=w)
    >>> G.add_nodes_from(["E", "F"])
    >>> s = Shown(G, {"A": .4, "B": .3, "C": .2, "D": .1, "E": .05, "F": .01}, top=5,
    ...           per_actor=1)
    >>> sorted(s.graph.nodes), s.isolates, s.left_out, s.co_total, s.co_drawn
    (['A', 'B', 'C', 'D'], ['E'], 1, 4, 3)
    """

    def __init__(self, G: nx.MultiDiGraph, values: Mapping[Any, float], top: int | None,
                 per_actor: int = CO_MENTIONS_PER_ACTOR):
        self.total = G.number_of_nodes()
        limit = MAX_NODES if top is None else top
        keep = top_actors({v: values.get(v, 0.0) for v in G.nodes}, limit)
        self.top = len(keep)
        self.left_out = self.total - len(keep)
        H = G.subgraph(keep)
        linked = {x for u, v in H.edges() if u != v for x in (u, v)}
        self.isolates = sorted((v for v in H.nodes if v not in linked),
                               key=lambda v: (-values.get(v, 0.0), str(v)))
        co = [(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
              if _kind(k, d) == "co-mention" and u != v]
        self.co_total = len(co)
        # Thinning: every actor keeps its strongest co-mentions, so no
        # actor loses all its ties; the rest of the grey mesh goes.
        best: set = set()
        by_node: dict[Any, list] = {}
        for u, v, k in co:
            w = _weight(H.edges[u, v, k])
            for x in (u, v):
                by_node.setdefault(x, []).append((-w, str(u), str(v), str(k), (u, v, k)))
        for x, edges in by_node.items():
            best.update(e[-1] for e in sorted(edges)[:per_actor])
        # Stance arrows are the story, but past a few per actor they are a
        # hairball too: keep the heaviest, say how many.
        stance = sorted(
            ((u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
             if _kind(k, d) != "co-mention" and u != v),
            key=lambda e: (-_weight(H.edges[e]), str(e[0]), str(e[1]), str(e[2])))
        self.stance_total = len(stance)
        cap = max(STANCE_CAP_MIN, int(STANCE_PER_ACTOR * len(linked)))
        strong = set(stance[:cap])
        D = nx.MultiDiGraph()
        D.graph.update(G.graph)
        D.add_nodes_from((v, G.nodes[v]) for v in sorted(linked, key=str))
        for u, v, k, d in H.edges(keys=True, data=True):
            if u == v:
                continue
            if (u, v, k) not in (best if _kind(k, d) == "co-mention" else strong):
                continue
            D.add_edge(u, v, key=k, **d)
        self.graph = D
        self.co_drawn = sum(1 for u, v, k, d in D.edges(keys=True, data=True)
                            if _kind(k, d) == "co-mention")
        self.stance = D.number_of_edges() - self.co_drawn
        self.per_actor = per_actor

    def subtitle(self, size_label: str) -> str:
        """What was counted and what was left out, in one line."""
        shown = self.top
        parts = [f"{shown} actors" if not self.left_out
                 else f"top {shown} of {self.total} actors by {size_label} ({self.left_out} left out)"]
        if self.co_drawn < self.co_total:
            parts.append(f"{self.co_drawn} of {self.co_total} co-mention pairs "
                         f"(each actor's {self.per_actor} strongest)")
        else:
            parts.append(f"{self.co_total} co-mention pairs")
        if self.stance < self.stance_total:
            parts.append(f"the {self.stance} heaviest of {self.stance_total} stance edges")
        else:
            parts.append(f"{self.stance} stance edges")
        return " · ".join(parts)


def _draw_strip(fig, ax, isolates, colours, areas, fontsize: float = 8.0, most: int = 12) -> None:
    """Actors with no drawn tie, in a row under the network, labels below.

    A name wider than its slot is wrapped to two slots' width and the labels
    alternate between two rows, so neighbours never touch.
    """
    import textwrap

    ax.set_axis_off()
    shown = isolates[:most]
    n = len(shown)
    slots = max(n, 6)
    ax.set_xlim(0, slots)
    ax.set_ylim(-1.6, 0.6)
    ax.text(0, 0.55, "With no tie to the actors above:" if n else "", fontsize=8.5,
            color="#555555", ha="left", va="bottom")
    xs = np.arange(n) + 0.5
    ax.scatter(xs, np.zeros(n), s=[min(areas[v], 200.0) for v in shown],
               c=[colours[v] for v in shown], edgecolors="#333333", linewidths=0.8, zorder=4)
    box = ax.get_window_extent()
    slot_px = box.width / slots
    unit_px = box.height / 2.2
    renderer = fig.canvas.get_renderer()
    texts = []
    for x, v in zip(xs, shown):
        name = short_label(v)
        t = ax.text(x, -0.4, name, fontsize=fontsize, ha="center", va="top", color="#222222")
        w = t.get_window_extent(renderer).width
        if w > 1.9 * slot_px:
            chars = max(6, int(len(name) * 1.9 * slot_px / w))
            t.set_text("\n".join(textwrap.wrap(name, chars)[:2]))
        texts.append(t)
    widths = [t.get_window_extent(renderer).width for t in texts]
    if any(w > 0.95 * slot_px for w in widths):
        first = max((t.get_window_extent(renderer).height for t in texts[::2]), default=0.0)
        for t in texts[1::2]:
            t.set_y(-0.4 - first / unit_px - 0.08)
    if len(isolates) > most:
        ax.annotate(f"+{len(isolates) - most} more", (slots, 0), xytext=(4, 0),
                    textcoords="offset points", fontsize=8, color="#555555", ha="left",
                    va="center", annotation_clip=False)


def _fit_areas(ax, pts: np.ndarray, area: np.ndarray) -> np.ndarray:
    """Shrink every node alike when discs would cover their neighbours.

    The layout spaces nodes by hops, not by the size centrality gives them;
    in a dense core big discs would hide each other and the arrows between
    them. Scaled so that nine in ten nodes clear their nearest neighbour
    (never below a fifth of the area, so the ranking stays visible).
    """
    if len(pts) < 2:
        return area
    px = ax.transData.transform(pts)
    r = _marker_radius_px(area)
    d = np.hypot(px[:, None, 0] - px[None, :, 0], px[:, None, 1] - px[None, :, 1])
    ratio = d / (r[:, None] + r[None, :] + 3.0)
    np.fill_diagonal(ratio, np.inf)
    nearest = ratio.min(axis=1)
    scale = min(1.0, float(np.quantile(nearest, 0.1)))
    return area * max(scale, 0.45) ** 2


def _separate(px: np.ndarray, r: np.ndarray, pad: float, iterations: int = 300) -> np.ndarray | None:
    """Move discs (centres ``px``, radii ``r``, in pixels) apart until none covers another.

    Each overlapping pair is pushed apart along the line between the two
    centres, half the overlap each, damped, so the picture keeps its shape:
    only nodes that touch move. Returns ``None`` when nothing overlapped.

    >>> moved = _separate(np.array([[0.0, 0.0], [5.0, 0.0], [100.0, 0.0]]), np.array([10.0, 10.0, 10.0]), 2.0)
    >>> bool(np.hypot(*(moved[1] - moved[0])) >= 21.5), moved[2].tolist()
    (True, [100.0, 0.0])
    """
    px = px.astype(float).copy()
    n = len(px)
    need = r[:, None] + r[None, :] + pad
    # Coincident centres part in a fixed direction per pair, so runs repeat.
    angle = np.arange(n)[:, None] * 2.399963 - np.arange(n)[None, :] * 1.1
    fallback = np.stack([np.cos(angle), np.sin(angle)], axis=-1)
    changed = False
    for _ in range(iterations):
        diff = px[:, None, :] - px[None, :, :]
        d = np.hypot(diff[..., 0], diff[..., 1])
        np.fill_diagonal(d, np.inf)
        over = np.where(d < need, need - d, 0.0)
        if not (over > 0.25).any():
            break
        changed = True
        unit = np.where((d > 1e-9)[..., None], diff / np.maximum(d, 1e-9)[..., None], fallback)
        px += 0.55 * (unit * (over / 2)[..., None]).sum(axis=1)
    return px if changed else None


def _spread(ax, pts: np.ndarray, r_px: np.ndarray, pad: float = 4.0, rounds: int = 4) -> np.ndarray:
    """Positions (data units) at which no node's disc covers another's.

    Hop-distance layouts put a dense core's hubs a hop apart, however big
    centrality draws them, so a large corpus stacks its main actors on one
    another. The discs are separated in pixels, and the limits refitted
    (which shrinks the scale a little, hence a few rounds).
    """
    for _ in range(rounds):
        _fit_limits(ax, pts)
        moved = _separate(ax.transData.transform(pts), r_px, pad)
        if moved is None:
            break
        pts = ax.transData.inverted().transform(moved)
    _fit_limits(ax, pts)
    return pts


def _draw_network(
    fig, ax, G: nx.MultiDiGraph, pos: Mapping, node_colours: Mapping[Any, str],
    values: Mapping[Any, float], edge_style, areas: Mapping[Any, float] | None = None,
) -> list[Any]:
    """Draw nodes, edges and labels; return the nodes in drawing order."""
    nodes = sorted(G.nodes, key=str)
    pts = np.array([pos[v] for v in nodes], dtype=float)
    _fit_limits(ax, pts)
    n = len(nodes)
    if areas is None:
        areas = _areas(values, nodes)
    area = _fit_areas(ax, pts, np.array([areas[v] for v in nodes]))
    radius_pt = dict(zip(nodes, np.sqrt(area) / 2))
    pts = _spread(ax, pts, _marker_radius_px(area))
    pos = {**pos, **{v: (float(x), float(y)) for v, (x, y) in zip(nodes, pts)}}

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
    source: str | None = None,
) -> Path:
    """Draw the actor network: colour by type, size by centrality, signed stances.

    The :data:`~graphkit.viz.common.MAX_NODES` most central actors are drawn
    unless ``top`` says otherwise (the subtitle counts the rest). Co-mention
    edges are thin grey lines, thinned to each actor's
    :data:`CO_MENTIONS_PER_ACTOR` strongest when there are many; stance edges
    are curved arrows drawn over them, bluish green for cooperation,
    vermillion for conflict and grey for mixed (sign 0), their width growing
    with the number of records (the key shows three widths). Actors with no
    drawn tie stand in a strip under the network. Up to :data:`MAX_LABELS`
    labels are drawn with a white halo, clear of the nodes and each other.

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
        How many of the most central actors to draw; default
        :data:`~graphkit.viz.common.MAX_NODES`.
    positions : dict, optional
        ``(x, y)`` by actor; default :func:`layout` of the drawn graph.
    title : str, optional
        Default "Actor network".
    size_label : str
        What ``sizes`` measures, for the legend.
    source : str, optional
        The source line; default from the graph's metadata
        (:func:`~graphkit.viz.common.source_line`).

    Raises
    ------
    GraphkitError
        When the graph has no actors, or the extension is not an image
        format.
    """
    fmt = _format(path)
    return _save(network_figure(G, path, sizes, top, positions, title, size_label, source), path, fmt)


def network_figure(G, path, sizes=None, top=None, positions=None, title=None,
                   size_label="PageRank", source=None):
    """The figure :func:`plot_network` saves (for tests that measure it)."""
    if G.number_of_nodes() == 0:
        raise _nothing(path, "the graph has no actors")
    if top is not None and top < 1:
        raise GraphkitError(f"{path}: --top must be at least 1, not {top}")
    values = _centrality(G, sizes)
    shown = Shown(G, values, top)
    D = shown.graph
    pos = _positions(path, D, positions, _areas(values, list(D.nodes) + shown.isolates))
    _, st_max = _edge_weights(D)

    def style(u, v, k, d):
        if _kind(k, d) == "co-mention":
            return (_rgb(COMENTION_COLOUR), 0.8, 0.85, False, 1)
        sign = _sign(d)
        colour = (COOPERATION_COLOUR if sign > 0 else CONFLICT_COLOUR if sign < 0
                  else NEUTRAL_COLOUR)
        # light edges fainter, so the heavy ones carry the picture
        alpha = 0.45 + 0.45 * (_weight(d) / st_max) ** 0.5 if st_max > 0 else 0.85
        return (_rgb(colour), _stance_width(_weight(d), st_max), alpha, True, 3)

    with matplotlib.rc_context(_RC):
        fig = _figure(13.0, 9.5 if shown.top > 12 else 8.0)
        ax, strip = _network_axes(fig, bool(shown.isolates))
        drawn = list(D.nodes) + shown.isolates
        colours = {v: _rgb(type_colour(G.nodes[v].get("type"))) for v in drawn}
        areas = _areas(values, drawn)
        if D.number_of_nodes():
            _draw_network(fig, ax, D, pos, colours, values, style, areas)
        else:
            ax.set_axis_off()
        if strip is not None:
            _draw_strip(fig, strip, shown.isolates, colours, areas)
        _title(fig, title or "Actor network")
        _subtitle(fig, f"{shown.subtitle(size_label)} · node size: {size_label}")
        _source(fig, source or source_line(G))
        present = sorted({G.nodes[v].get("type") if G.nodes[v].get("type") in TYPE_COLOURS
                          else "unknown" for v in drawn},
                         key=list(TYPE_COLOURS).index)
        type_handles = [
            Line2D([], [], marker="o", linestyle="", markersize=10,
                   markerfacecolor=_rgb(TYPE_COLOURS[t]), markeredgecolor="#333333",
                   label=_TYPE_NAMES.get(t, str(t).replace("_", " ").capitalize()))
            for t in present
        ]
        edge_handles = [
            Line2D([], [], color=_rgb(COOPERATION_COLOUR), lw=2.5, label="Cooperation →"),
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=2.5, label="Conflict →"),
            Line2D([], [], color=_rgb(NEUTRAL_COLOUR), lw=2.5, label="Mixed stance →"),
            Line2D([], [], color=_rgb(COMENTION_COLOUR), lw=0.8, label="Named together"),
        ]
        _legends(fig, [("Actor type", type_handles), ("Relation", edge_handles),
                       ("Stance width", width_key(st_max))])
        return fig


def width_key(st_max: float, extra: float = 0.0, colour: str = "#555555") -> list[Line2D]:
    """Legend lines for 1 record, about half the most, and the most records.

    >>> [h.get_label() for h in width_key(10)]
    ['1 record', '5 records', '10 records']
    >>> [h.get_label() for h in width_key(1)]
    ['1 record']
    """
    top = max(1, int(round(st_max)))
    steps = sorted({1, max(1, top // 2), top})
    return [Line2D([], [], color=colour, lw=extra + _stance_width(w, top),
                   label=f"{w} record{'s' if w != 1 else ''}") for w in steps]


def _positions(path, D, positions, areas=None):
    pos = dict(positions) if positions is not None else layout(D, sizes=areas)
    missing = [v for v in D.nodes if v not in pos]
    if missing:
        raise GraphkitError(f"{path}: no position for actor {str(sorted(missing, key=str)[0])!r}")
    return pos
