"""Publication plots of the actor graph (PNG, SVG or PDF by extension).

Every function takes plain inputs (the graph of ``docs/GRAPH_SCHEMA.md``,
dicts and lists), draws on its own :class:`matplotlib.figure.Figure` (never
pyplot's global state, so there is no figure to close or leak and no
backend to switch: raster output is rendered by Agg), and writes the file
atomically. Output is deterministic: the layout has a fixed seed, SVG ids a
fixed salt and no file carries a date, so the same input gives the same
bytes.

Colours come from :data:`graphkit.export.TYPE_COLOURS` (actor types) and the
stance colours there, the Okabe-Ito palette, so the plots and the Gephi
exports agree and stay readable under colour-vision deficiencies.

Nothing to draw (an empty graph, no stance edge for the matrix, no counts
for the timeline) raises :class:`~graphkit.errors.GraphkitError` naming the
output file, rather than writing a blank image that looks like a result.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("Russia", "Turkey", key="co-mention", kind="co-mention", weight=3.0)
>>> _ = G.add_edge("Iran", "Russia", key="co-mention", kind="co-mention", weight=1.0)
>>> pos = layout(G)
>>> sorted(pos)
['Iran', 'Russia', 'Turkey']
>>> all(-1.0 <= c <= 1.0 for xy in pos.values() for c in xy)
True
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import networkx as nx
import numpy as np
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch

from graphkit.errors import GraphkitError
from graphkit.export import (
    COMENTION_COLOUR,
    CONFLICT_COLOUR,
    COOPERATION_COLOUR,
    NEUTRAL_COLOUR,
    TYPE_COLOURS,
    atomic_write,
    hex_colour,
    prominence,
    scale_sizes,
    simple_projection,
    type_colour,
)

__all__ = [
    "FACTION_COLOURS",
    "MAX_LABELS",
    "layout",
    "monthly_stance_counts",
    "plot_centrality",
    "plot_factions",
    "plot_network",
    "plot_stance_matrix",
    "plot_timeline",
    "top_actors",
]

#: Labels drawn at most; beyond that only the most central actors are named.
MAX_LABELS = 50

#: Faction colours (Okabe-Ito without vermillion, which marks conflict).
FACTION_COLOURS = (
    "#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#F0E442", "#000000",
)
_UNASSIGNED = "#BBBBBB"

_TYPE_NAMES = {
    "state": "State",
    "leader": "Leader",
    "armed_group": "Armed group",
    "organization": "Organization",
    "unknown": "Other",
}

_QUAD_STYLE = {
    # (label, colour, sign); verbal classes lighter than material ones.
    "material_cooperation": ("Material cooperation", "#009E73", 1),
    "verbal_cooperation": ("Verbal cooperation", "#8CD3BE", 1),
    "verbal_conflict": ("Verbal conflict", "#EFAE80", -1),
    "material_conflict": ("Material conflict", "#D55E00", -1),
}

# Settings that make output byte-identical between runs: a fixed SVG id salt
# and glyphs as paths (no font subsetting that could vary).
_RC = {
    "svg.hashsalt": "graphkit",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "font.family": "DejaVu Sans",
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
}
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
}
_DPI = 150
_HALO = [patheffects.withStroke(linewidth=3, foreground="white")]
_ARC_RAD = 0.18  # curvature of stance arrows


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------


def _format(path: str | os.PathLike) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in _METADATA:
        shown = f"'.{fmt}'" if fmt else "none"
        raise GraphkitError(
            f"{path}: unknown image format {shown} (use .png, .svg or .pdf)"
        )
    return fmt


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(fig)  # a renderer, to measure text before saving
    return fig


def _save(fig: Figure, path: str | os.PathLike, fmt: str) -> Path:
    def write(f):
        fig.savefig(
            f, format=fmt, dpi=_DPI, metadata=_METADATA[fmt],
            bbox_inches="tight", pad_inches=0.25, facecolor="white",
        )

    with matplotlib.rc_context(_RC):
        return atomic_write(path, write)


def _rgb(rgb: tuple[int, int, int]) -> str:
    return hex_colour(rgb)


def _nothing(path: Any, what: str) -> GraphkitError:
    return GraphkitError(f"{path}: nothing to plot ({what})")


def _kind(key: Any, data: Mapping) -> str:
    return str(data.get("kind", key))


def _sign(data: Mapping) -> int:
    """The stance edge's sign; from its score when it has no ``sign``."""
    value = data.get("sign", data.get("score", 0))
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return 0
    return (value > 0) - (value < 0)


def _weight(data: Mapping) -> float:
    w = data.get("weight", 1.0)
    return float(w) if isinstance(w, (int, float)) and math.isfinite(w) else 1.0


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


def _component_layout(H: nx.Graph, seed: int) -> dict[Any, np.ndarray]:
    n = H.number_of_nodes()
    nodes = sorted(H.nodes, key=str)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n == 2:
        return {nodes[0]: np.array([-0.5, 0.0]), nodes[1]: np.array([0.5, 0.0])}
    # Kamada-Kawai on hop distance spaces news-sized graphs evenly (hubs do
    # not swallow their neighbourhood as in a weighted spring layout); it
    # is quadratic, so large components get a seeded spring layout instead.
    S = nx.Graph()
    S.add_nodes_from(nodes)
    S.add_edges_from(sorted(H.edges, key=lambda e: (str(e[0]), str(e[1]))))
    if n <= 300:
        pos = nx.kamada_kawai_layout(S, weight=None)
    else:
        pos = nx.spring_layout(S, k=1.6 / math.sqrt(n), seed=seed, iterations=80)
    arr = np.array([pos[v] for v in nodes])
    arr = arr - arr.mean(axis=0)
    return dict(zip(nodes, arr))


def layout(G: nx.Graph, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Node positions in ``[-1, 1]``, the same for plots and GEXF export.

    Each connected component of the undirected projection (all edge kinds)
    is laid out on its own (Kamada-Kawai up to 300 actors, else a spring
    layout with a fixed seed), scaled to its size, and the components
    are packed in rows, largest first, so isolated actors sit beside the
    main network instead of being flung to its edges. Coordinates are
    rounded to 4 decimals so files do not depend on the last floating bits.

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    seed : int
        Seed of the spring layout (components over 300 actors).

    Returns
    -------
    dict
        ``(x, y)`` by node.
    """
    H = simple_projection(G)
    if H.number_of_nodes() == 0:
        return {}
    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(H)),
        key=lambda c: (-len(c), str(c[0])),
    )
    boxes = []
    for comp in comps:
        pos = _component_layout(H.subgraph(comp), seed)
        arr = np.array([pos[v] for v in comp])
        span = max(float(np.ptp(arr, axis=0).max()), 1e-9)
        # Side of the component's box grows with the square root of its
        # size, so node density is similar in every component.
        side = math.sqrt(len(comp))
        arr = arr / span * side if len(comp) > 1 else arr
        boxes.append((comp, arr, side))
    # Shelf packing: rows no wider than the largest component (or the
    # square root of the total area, if that is wider).
    gap = 0.8
    width = max(boxes[0][2], math.sqrt(sum((s + gap) ** 2 for *_, s in boxes)))
    placed: dict[Any, np.ndarray] = {}
    x = y = 0.0
    row_h = 0.0
    for comp, arr, side in boxes:
        if x > 0 and x + side > width + 1e-9:
            x, y = 0.0, y - row_h - gap
            row_h = 0.0
        centre = np.array([x + side / 2, y - side / 2])
        for v, p in zip(comp, arr):
            placed[v] = p + centre
        x += side + gap
        row_h = max(row_h, side)
    nodes = sorted(placed, key=str)
    arr = np.array([placed[v] for v in nodes])
    arr = arr - (arr.max(axis=0) + arr.min(axis=0)) / 2
    scale = float(np.abs(arr).max()) or 1.0
    arr = arr / scale
    return {v: (round(float(a), 4) + 0.0, round(float(b), 4) + 0.0)
            for v, (a, b) in zip(nodes, arr)}


# ---------------------------------------------------------------------------
# Network drawing
# ---------------------------------------------------------------------------


def _fit_limits(ax, pts: np.ndarray, pad: float = 0.12) -> None:
    """Set limits with equal scale on both axes, filling the axes box."""
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - span * pad, hi + span * pad
    span = hi - lo
    bbox = ax.get_window_extent()
    box_ratio = bbox.height / bbox.width
    if span[1] / span[0] < box_ratio:  # too flat: grow y
        extra = span[0] * box_ratio - span[1]
        lo[1], hi[1] = lo[1] - extra / 2, hi[1] + extra / 2
    else:
        extra = span[1] / box_ratio - span[0]
        lo[0], hi[0] = lo[0] - extra / 2, hi[0] + extra / 2
    ax.set_xlim(lo[0], hi[0])
    ax.set_ylim(lo[1], hi[1])


# Candidate label spots around a node, as (dx, dy) unit directions, in order
# of preference: above, below, right, left, then the diagonals.
_SPOTS = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))


def _choose_spots(
    anchors: np.ndarray, radii: np.ndarray, w: np.ndarray, h: np.ndarray,
    obstacles: np.ndarray, obstacle_r: np.ndarray, edge_pts: np.ndarray,
    bounds: tuple,
) -> np.ndarray:
    """Greedy first placement: each label (most central first) takes the spot
    around its node that covers the fewest placed labels, nodes and edge
    points."""
    xmin, ymin, xmax, ymax = bounds
    placed: list[tuple[float, float, float, float]] = []
    out = np.zeros_like(anchors)
    for i, (a, r) in enumerate(zip(anchors, radii)):
        best, best_cost = None, math.inf
        for rank, (sx, sy) in enumerate(_SPOTS):
            cx = a[0] + sx * (r + w[i] / 2 + 1.0) * (1.0 if sy == 0 else 0.55)
            cy = a[1] + sy * (r + h[i] / 2 + 1.0)
            x0, x1, y0, y1 = cx - w[i] / 2, cx + w[i] / 2, cy - h[i] / 2, cy + h[i] / 2
            cost = rank * 0.3
            if x0 < xmin or x1 > xmax or y0 < ymin or y1 > ymax:
                cost += 1000.0
            for px0, px1, py0, py1 in placed:
                ox = min(x1, px1) - max(x0, px0)
                oy = min(y1, py1) - max(y0, py0)
                if ox > 0 and oy > 0:
                    cost += 50.0 + ox * oy / 10.0
            qx = np.clip(obstacles[:, 0], x0, x1)
            qy = np.clip(obstacles[:, 1], y0, y1)
            cost += 40.0 * float(np.sum(np.hypot(qx - obstacles[:, 0], qy - obstacles[:, 1])
                                        < obstacle_r))
            if len(edge_pts):
                inside = ((edge_pts[:, 0] > x0) & (edge_pts[:, 0] < x1)
                          & (edge_pts[:, 1] > y0) & (edge_pts[:, 1] < y1))
                cost += 1.0 * float(inside.sum())
            if cost < best_cost:
                best, best_cost = (cx, cy), cost
        out[i] = best
        placed.append((best[0] - w[i] / 2, best[0] + w[i] / 2,
                       best[1] - h[i] / 2, best[1] + h[i] / 2))
    return out


def _place_labels(
    anchors: np.ndarray, radii: np.ndarray, sizes: np.ndarray,
    obstacles: np.ndarray, obstacle_r: np.ndarray, bounds: tuple,
    edge_pts: np.ndarray | None = None, iterations: int = 250,
) -> np.ndarray:
    """Label centres (pixels) near their nodes, not overlapping each other or nodes.

    Labels first take the free-est of eight spots around their node
    (:func:`_choose_spots`, which also avoids edges); then a small
    deterministic repulsion pass pushes overlapping label boxes apart along
    the axis of least overlap and off node discs, while a weak spring pulls
    each label back toward its chosen spot (fading, so that the push wins).
    """
    n = len(anchors)
    w, h = sizes[:, 0] + 4.0, sizes[:, 1] + 2.0
    if edge_pts is None:
        edge_pts = np.zeros((0, 2))
    home = _choose_spots(anchors, radii, w, h, obstacles, obstacle_r, edge_pts, bounds)
    c = home.copy()
    xmin, ymin, xmax, ymax = bounds
    for it in range(iterations):
        move = np.zeros_like(c)
        # label-label overlaps
        dx = c[:, None, 0] - c[None, :, 0]
        dy = c[:, None, 1] - c[None, :, 1]
        ox = (w[:, None] + w[None, :]) / 2 - np.abs(dx)
        oy = (h[:, None] + h[None, :]) / 2 - np.abs(dy)
        overlap = (ox > 0) & (oy > 0)
        np.fill_diagonal(overlap, False)
        if overlap.any():
            # tie-break exact coincidences by index so the pass is deterministic
            order = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])
            sx = np.where(dx == 0, order, np.sign(dx))
            sy = np.where(dy == 0, order, np.sign(dy))
            along_y = oy * 1.5 < ox  # vertical moves keep labels by their nodes
            px = np.where(overlap & ~along_y, sx * ox / 2, 0.0)
            py = np.where(overlap & along_y, sy * oy / 2, 0.0)
            move[:, 0] += px.sum(axis=1) * 0.5
            move[:, 1] += py.sum(axis=1) * 0.5
        # label-node overlaps (closest point of the box to the disc centre)
        qx = np.clip(obstacles[None, :, 0], (c[:, 0] - w / 2)[:, None], (c[:, 0] + w / 2)[:, None])
        qy = np.clip(obstacles[None, :, 1], (c[:, 1] - h / 2)[:, None], (c[:, 1] + h / 2)[:, None])
        ddx, ddy = qx - obstacles[None, :, 0], qy - obstacles[None, :, 1]
        dist = np.hypot(ddx, ddy)
        depth = obstacle_r[None, :] + 1.5 - dist
        hit = depth > 0
        if hit.any():
            # push away from the disc centre; a box centred on the disc goes up
            vx = c[:, None, 0] - obstacles[None, :, 0]
            vy = c[:, None, 1] - obstacles[None, :, 1]
            norm = np.hypot(vx, vy)
            vx = np.where(norm > 1e-9, vx / np.maximum(norm, 1e-9), 0.0)
            vy = np.where(norm > 1e-9, vy / np.maximum(norm, 1e-9), 1.0)
            move[:, 0] += np.where(hit, vx * depth, 0.0).sum(axis=1) * 0.5
            move[:, 1] += np.where(hit, vy * depth, 0.0).sum(axis=1) * 0.5
        # The pull home fades out over the first 60% of the pass: with a
        # constant pull, crowded labels settle where it balances the push,
        # still overlapping a little.
        move += (home - c) * 0.02 * max(0.0, 1.0 - it / (0.6 * iterations))
        if np.abs(move).max() < 0.05:
            break
        c = c + np.clip(move, -8.0, 8.0)
        c[:, 0] = np.clip(c[:, 0], xmin + w / 2, xmax - w / 2)
        c[:, 1] = np.clip(c[:, 1], ymin + h / 2, ymax - h / 2)
    return _separate(c, w, h, bounds)


def _separate(c: np.ndarray, w: np.ndarray, h: np.ndarray, bounds: tuple, rounds: int = 200) -> np.ndarray:
    """Push apart label boxes that still overlap, labels only.

    The repulsion pass can settle where the push off a node balances the
    push between two labels; legibility wins over touching a node, so this
    last pass ignores nodes and separates labels along their axis of least
    overlap until none overlap.
    """
    n = len(c)
    xmin, ymin, xmax, ymax = bounds
    order = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])
    for _ in range(rounds):
        dx = c[:, None, 0] - c[None, :, 0]
        dy = c[:, None, 1] - c[None, :, 1]
        ox = (w[:, None] + w[None, :]) / 2 - np.abs(dx)
        oy = (h[:, None] + h[None, :]) / 2 - np.abs(dy)
        overlap = (ox > 0.5) & (oy > 0.5)
        np.fill_diagonal(overlap, False)
        if not overlap.any():
            break
        sx = np.where(dx == 0, order, np.sign(dx))
        sy = np.where(dy == 0, order, np.sign(dy))
        along_y = oy * 1.5 < ox
        move = np.stack(
            [np.where(overlap & ~along_y, sx * (ox + 0.5) / 2, 0.0).sum(axis=1),
             np.where(overlap & along_y, sy * (oy + 0.5) / 2, 0.0).sum(axis=1)],
            axis=1,
        )
        c = c + np.clip(move, -8.0, 8.0)
        c[:, 0] = np.clip(c[:, 0], xmin + w / 2, xmax - w / 2)
        c[:, 1] = np.clip(c[:, 1], ymin + h / 2, ymax - h / 2)
    return c


def _edge_points(ax, segments: list[tuple[Any, Any, bool]], step: float = 6.0) -> np.ndarray:
    """Points every ``step`` pixels along drawn edges (arcs as Bezier curves)."""
    to_px = ax.transData.transform
    pts = []
    for a, b, curved in segments:
        p0, p2 = to_px(np.array([a, b], dtype=float))
        d = p2 - p0
        length = float(np.hypot(*d))
        if length < 1e-6:
            continue
        t = np.linspace(0.0, 1.0, max(2, int(length / step)))[:, None]
        if curved:
            # the control point matplotlib's arc3 uses
            p1 = (p0 + p2) / 2 + _ARC_RAD * np.array([d[1], -d[0]])
            pts.append((1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2)
        else:
            pts.append(p0 + t * d)
    return np.concatenate(pts) if pts else np.zeros((0, 2))


def _draw_labels(fig, ax, nodes, pos, radii_px, label_nodes, fontsize, bold=(),
                 segments=()) -> None:
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    anchors_all = to_px(np.array([pos[v] for v in nodes]))
    radius_of = dict(zip(nodes, radii_px))
    texts, sizes = [], []
    for v in label_nodes:
        t = ax.text(
            0, 0, str(v), fontsize=fontsize, ha="center", va="center", zorder=6,
            fontweight="bold" if v in bold else "normal", color="#222222",
            path_effects=_HALO,
        )
        bb = t.get_window_extent(renderer)
        texts.append(t)
        sizes.append((bb.width, bb.height))
    if not texts:
        return
    anchors = to_px(np.array([pos[v] for v in label_nodes]))
    radii = np.array([radius_of[v] for v in label_nodes])
    axbb = ax.get_window_extent()
    centres = _place_labels(
        anchors, radii, np.array(sizes), anchors_all, np.asarray(radii_px),
        (axbb.x0, axbb.y0, axbb.x1, axbb.y1), _edge_points(ax, list(segments)),
    )
    inv = ax.transData.inverted()
    for t, v, a, c, r, (w, h) in zip(texts, label_nodes, anchors, centres, radii, sizes):
        t.set_position(inv.transform(c))
        # A leader line when the repulsion pass pushed the label away from
        # its node: from the disc to the nearest point of the label's box.
        near = np.clip(a, c - (w / 2 + 2, h / 2 + 1), c + (w / 2 + 2, h / 2 + 1))
        gap = float(np.hypot(*(near - a))) - r
        if gap > 8:
            edge = a + (near - a) / max(float(np.hypot(*(near - a))), 1e-9) * r
            p0, p1 = inv.transform(edge), inv.transform(near)
            ax.plot([p0[0], p1[0]], [p0[1], p1[1]], color="#777777", lw=0.6, zorder=5)


def _marker_radius_px(area_pt2: np.ndarray) -> np.ndarray:
    return np.sqrt(area_pt2) / 2 * _DPI / 72.0


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


def _stance_width(w: float, wmax: float) -> float:
    return 0.9 + 2.6 * math.sqrt(w / wmax) if wmax > 0 else 1.5


def _edge_weights(G: nx.MultiDiGraph) -> tuple[float, float]:
    co = [_weight(d) for _, _, k, d in G.edges(keys=True, data=True) if _kind(k, d) == "co-mention"]
    st = [_weight(d) for _, _, k, d in G.edges(keys=True, data=True) if _kind(k, d) != "co-mention"]
    return max(co, default=1.0), max(st, default=1.0)


def top_actors(values: Mapping[Any, float], n: int) -> list[Any]:
    """The ``n`` actors with the highest values; ties go by name.

    >>> top_actors({"Iran": 0.2, "Syria": 0.5, "Russia": 0.2}, 2)
    ['Syria', 'Iran']
    """
    return sorted(values, key=lambda v: (-values[v], str(v)))[:n]


def _centrality(G: nx.Graph, sizes: Mapping | None) -> dict[Any, float]:
    if sizes is None:
        return prominence(G)
    return {v: float(sizes.get(v, 0.0)) for v in G.nodes}


def _network_axes(fig):
    # Fixed axes box (no automatic layout), so label placement measured in
    # pixels stays valid when the figure is saved. The right column holds
    # the legends, clear of the nodes.
    return fig.add_axes((0.02, 0.03, 0.72, 0.86))


def _subtitle(fig, text: str) -> None:
    fig.text(0.02, 0.915, text, fontsize=10, color="#555555", ha="left", va="bottom")


def _title(fig, text: str) -> None:
    fig.text(0.02, 0.945, text, fontsize=15, fontweight="bold", ha="left", va="bottom")


def _legends(fig, groups, top: float = 0.86) -> None:
    """Legends stacked down the right-hand column, each below the last."""
    renderer = fig.canvas.get_renderer()
    y = top
    for title, handles in groups:
        leg = fig.legend(
            handles=handles, title=title, loc="upper left", bbox_to_anchor=(0.76, y),
            frameon=False, fontsize=9.5, title_fontsize=10.5, alignment="left",
            handlelength=2.2, borderaxespad=0.0,
        )
        leg.get_title().set_fontweight("bold")
        box = leg.get_window_extent(renderer).transformed(fig.transFigure.inverted())
        y = box.y0 - 0.035


def _count_edges(G: nx.MultiDiGraph) -> tuple[int, int]:
    co = sum(1 for _, _, k, d in G.edges(keys=True, data=True) if _kind(k, d) == "co-mention")
    return co, G.number_of_edges() - co


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
        PageRank (:func:`graphkit.export.prominence`).
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


def plot_factions(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    factions: Sequence[Sequence[str]],
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
    title: str | None = None,
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
    positions, sizes, title
        As for :func:`plot_network`.

    Raises
    ------
    GraphkitError
        When the graph has no actors or an actor is in two factions.
    """
    fmt = _format(path)
    if G.number_of_nodes() == 0:
        raise _nothing(path, "the graph has no actors")
    faction_of: dict[Any, int] = {}
    for i, group in enumerate(factions):
        for v in group:
            if v in faction_of and faction_of[v] != i:
                raise GraphkitError(f"{path}: actor {v!r} is in two factions")
            faction_of[v] = i
    values = _centrality(G, sizes)
    pos = dict(positions) if positions is not None else layout(G)
    _, st_max = _edge_weights(G)

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
        n = G.number_of_nodes()
        fig = _figure(13.0, 9.5 if n > 12 else 8.0)
        ax = _network_axes(fig)
        colours = {
            v: FACTION_COLOURS[faction_of[v] % len(FACTION_COLOURS)] if v in faction_of
            else _UNASSIGNED
            for v in G.nodes
        }
        _draw_network(fig, ax, G, pos, colours, values, style)
        _title(fig, title or "Factions")
        cross = sum(
            1 for u, v, k, d in G.edges(keys=True, data=True)
            if _kind(k, d) != "co-mention" and _sign(d) < 0
            and u in faction_of and v in faction_of and faction_of[u] != faction_of[v]
        )
        used = sorted({faction_of[v] for v in G.nodes if v in faction_of})
        _subtitle(fig, f"{n} actors · {len(used)} factions · "
                       f"{cross} conflict edges across factions")
        handles = []
        for i in used:
            members = sorted((v for v in G.nodes if faction_of.get(v) == i),
                             key=lambda v: (-values.get(v, 0.0), str(v)))
            lead = ", ".join(str(m) for m in members[:2])
            more = f" +{len(members) - 2}" if len(members) > 2 else ""
            handles.append(Line2D(
                [], [], marker="o", linestyle="", markersize=10,
                markerfacecolor=FACTION_COLOURS[i % len(FACTION_COLOURS)],
                markeredgecolor="#333333", label=f"{i + 1}: {lead}{more}",
            ))
        if any(v not in faction_of for v in G.nodes):
            handles.append(Line2D([], [], marker="o", linestyle="", markersize=10,
                                  markerfacecolor=_UNASSIGNED, markeredgecolor="#333333",
                                  label="No faction"))
        edge_handles = [
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=3.5, label="Conflict across factions"),
            Line2D([], [], color=_rgb(COOPERATION_COLOUR), lw=1.0, alpha=0.5,
                   label="Other cooperation"),
            Line2D([], [], color=_rgb(CONFLICT_COLOUR), lw=1.0, alpha=0.5,
                   label="Other conflict"),
            Line2D([], [], color=_rgb(COMENTION_COLOUR), lw=1.0, alpha=0.5, label="Co-mention"),
        ]
        _legends(fig, [("Faction", handles), ("Relation", edge_handles)])
        return _save(fig, path, fmt)


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------


_MEASURE_NAMES = {"pagerank": "PageRank", "hits": "HITS", "hub": "HITS hub",
                  "authority": "HITS authority"}


def _measure_name(m: str) -> str:
    """``weighted_degree`` -> ``Weighted degree``; known names spelled right.

    >>> _measure_name("pagerank"), _measure_name("in_degree")
    ('PageRank', 'In degree')
    """
    if m.lower() in _MEASURE_NAMES:
        return _MEASURE_NAMES[m.lower()]
    text = m.replace("_", " ")
    return text[:1].upper() + text[1:]


def plot_centrality(
    values: Mapping[str, Mapping[str, float]],
    path: str | os.PathLike,
    measures: Sequence[str] | None = None,
    top: int = 15,
    types: Mapping[str, str] | None = None,
    title: str | None = None,
) -> Path:
    """One horizontal bar panel per centrality measure, top actors first.

    Parameters
    ----------
    values : dict
        ``{measure: {actor: value}}``.
    path : path-like
        Output image.
    measures : list of str, optional
        Which measures, in panel order; default all, sorted.
    top : int
        Bars per panel.
    types : dict, optional
        Actor type by actor; colours the bars as in the network plot.
    title : str, optional
        Default "Most central actors".

    Raises
    ------
    GraphkitError
        When there is no value to plot or a measure is unknown.
    """
    fmt = _format(path)
    measures = list(measures) if measures is not None else sorted(values)
    for m in measures:
        if m not in values:
            raise GraphkitError(
                f"{path}: no centrality measure {m!r} (have: {', '.join(sorted(values)) or 'none'})"
            )
    measures = [m for m in measures if values[m]]
    if not measures:
        raise _nothing(path, "no centrality values")
    cols = min(len(measures), 3)
    rows = math.ceil(len(measures) / cols)
    nbars = min(top, max(len(values[m]) for m in measures))
    with matplotlib.rc_context(_RC):
        fig = _figure(4.6 * cols + 0.6, (0.28 * nbars + 1.3) * rows + 0.7)
        axes = fig.subplots(rows, cols, squeeze=False)
        for ax in axes.flat[len(measures):]:
            ax.set_visible(False)
        for ax, m in zip(axes.flat, measures):
            ranked = sorted(values[m].items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
            names = [str(a) for a, _ in ranked][::-1]
            vals = [float(v) for _, v in ranked][::-1]
            colours = [
                _rgb(type_colour(types.get(a))) if types else _rgb(TYPE_COLOURS["state"])
                for a, _ in ranked
            ][::-1]
            ax.barh(range(len(vals)), vals, color=colours, edgecolor="#333333", linewidth=0.5)
            ax.set_yticks(range(len(vals)), names, fontsize=9)
            ax.set_title(_measure_name(m), loc="left", fontsize=11.5)
            vmax = max(vals) if vals and max(vals) > 0 else 1.0
            ax.set_xlim(min(0.0, min(vals)), vmax * 1.22)
            for i, v in enumerate(vals):
                ax.text(v + vmax * 0.015, i, f"{v:.3g}", va="center", fontsize=8, color="#333333")
            ax.spines[["top", "right"]].set_visible(False)
            ax.tick_params(axis="x", labelsize=8)
            ax.grid(axis="x", color="#e5e5e5", lw=0.6)
            ax.set_axisbelow(True)
            ax.set_ylim(-0.6, len(vals) - 0.4)
        fig.suptitle(title or "Most central actors", x=0.01, ha="left",
                     fontsize=14, fontweight="bold")
        if types:
            present = sorted({types.get(a) if types.get(a) in TYPE_COLOURS else "unknown"
                              for m in measures for a in values[m]},
                             key=list(TYPE_COLOURS).index)
            fig.legend(
                handles=[Patch(facecolor=_rgb(TYPE_COLOURS[t]), edgecolor="#333333",
                               label=_TYPE_NAMES[t]) for t in present],
                loc="outside lower center", ncols=len(present), frameon=False, fontsize=9,
            )
        fig.set_layout_engine("constrained")
        return _save(fig, path, fmt)


def plot_stance_matrix(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    order: Sequence[str] | None = None,
    factions: Sequence[Sequence[str]] | None = None,
    title: str | None = None,
) -> Path:
    """Heat map of signed stance scores, source rows by target columns.

    Cells hold the stance edge's ``score`` (from -1 all conflict to +1 all
    cooperation) on a diverging colour-blind-safe map centred at 0, with
    the number of records written in the cell; pairs with no stance are
    blank. Only actors in at least one stance edge are shown.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The actor graph.
    path : path-like
        Output image.
    order : list of str, optional
        Actor order (for example faction by faction); actors it leaves out
        follow, sorted by name.
    factions : list of list of str, optional
        Sets the order faction by faction and draws lines between them.
    title : str, optional
        Default "Stance between actors".

    Raises
    ------
    GraphkitError
        When the graph has no stance edge.
    """
    fmt = _format(path)
    cells: dict[tuple[Any, Any], tuple[float, float]] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        if _kind(k, d) == "co-mention":
            continue
        score = d.get("score", d.get("sign", 0.0))
        cells[(u, v)] = (float(score), _weight(d))
    if not cells:
        raise _nothing(path, "the graph has no stance edges")
    involved = {a for pair in cells for a in pair}
    groups = [list(g) for g in factions] if factions is not None else [list(order or ())]
    actors: list[Any] = []
    boundaries = []
    for group in groups:
        for a in group:
            if a in involved and a not in actors:
                actors.append(a)
        boundaries.append(len(actors))
    actors += sorted(involved - set(actors), key=str)
    n = len(actors)
    idx = {a: i for i, a in enumerate(actors)}
    M = np.full((n, n), np.nan)
    for (u, v), (score, _) in cells.items():
        M[idx[u], idx[v]] = score
    with matplotlib.rc_context(_RC):
        # Axes placed by hand, in inches: square cells, room for the longest
        # tick label, the colour bar on the right.
        fs = 9 if n <= 20 else 7.5 if n <= 35 else 6
        longest = max(len(str(a)) for a in actors)
        cell = 0.4 if n <= 30 else 0.28
        label_in = 0.25 + 0.075 * fs / 9 * min(longest, 40)
        side = cell * n
        left, right = label_in + 0.45, 1.9
        bottom, top = 0.55, label_in * 0.85 + 1.0
        W, H = left + side + right, bottom + side + top
        fig = _figure(W, H)
        ax = fig.add_axes((left / W, bottom / H, side / W, side / H))
        cbar_h = min(side, 3.5)
        cax = fig.add_axes(((left + side + 0.3) / W, (bottom + (side - cbar_h) / 2) / H,
                            0.18 / W, cbar_h / H))
        cmap = matplotlib.colormaps["RdBu"].with_extremes(bad="white")
        im = ax.imshow(np.ma.masked_invalid(M), cmap=cmap,
                       norm=TwoSlopeNorm(vcenter=0.0, vmin=-1.0, vmax=1.0),
                       interpolation="nearest", aspect="equal")
        for (u, v), (score, w) in cells.items():
            ax.text(idx[v], idx[u], f"{w:g}", ha="center", va="center",
                    fontsize=fs * 0.85, color="white" if abs(score) > 0.6 else "#222222")
        for i in range(n):
            ax.add_patch(matplotlib.patches.Rectangle(
                (i - 0.5, i - 0.5), 1, 1, facecolor="#e8e8e8", edgecolor="none"))
        ax.set_xticks(range(n), [str(a) for a in actors], rotation=55, ha="left",
                      rotation_mode="anchor", fontsize=fs)
        ax.set_yticks(range(n), [str(a) for a in actors], fontsize=fs)
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
        ax.set_xlabel("Target", fontsize=10, labelpad=8)
        ax.set_ylabel("Source", fontsize=10)
        ax.set_xticks(np.arange(-0.5, n), minor=True)
        ax.set_yticks(np.arange(-0.5, n), minor=True)
        ax.grid(which="minor", color="#d9d9d9", lw=0.5)
        ax.tick_params(which="minor", length=0)
        ax.tick_params(which="major", length=0)
        if factions is not None:
            for b in sorted(set(boundaries)):
                if 0 < b < n:
                    ax.axhline(b - 0.5, color="#222222", lw=1.4)
                    ax.axvline(b - 0.5, color="#222222", lw=1.4)
        cb = fig.colorbar(im, cax=cax, ticks=[-1, -0.5, 0, 0.5, 1])
        cb.ax.set_yticklabels(["−1 conflict", "−0.5", "0 mixed", "0.5", "+1 cooperation"],
                              fontsize=8.5)
        cb.outline.set_visible(False)
        fig.text(0.15 / W, 1 - 0.2 / H, title or "Stance between actors", fontsize=14,
                 fontweight="bold", ha="left", va="top")
        fig.text(0.15 / W, 0.1 / H, "Colour: mean polarity of the source's stance "
                 "records toward the target. Number: records. Blank: none.",
                 fontsize=8, color="#555555", ha="left", va="bottom")
        return _save(fig, path, fmt)


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def plot_timeline(
    monthly_counts: Mapping[tuple[str, str], Mapping[str, Mapping[str, int]]],
    path: str | os.PathLike,
    pairs: Sequence[tuple[str, str]] | None = None,
    title: str | None = None,
    max_pairs: int = 6,
) -> Path:
    """Stance records per month for actor pairs, one panel per pair.

    Cooperation is stacked above zero and conflict below it (material
    darker than verbal), so a panel reads as the pair's relation over time.
    Months with no record between the first and last month are shown empty.

    Parameters
    ----------
    monthly_counts : dict
        ``{(source, target): {"YYYY-MM": {quad: count}}}``, ``quad`` one of
        :data:`graphkit.records.QUADS` (others are ignored). Built from
        evidence records by :func:`monthly_stance_counts`.
    path : path-like
        Output image.
    pairs : list of (source, target), optional
        Pairs to draw, in order; default the ``max_pairs`` pairs with most
        records.
    title : str, optional
        Default "Stance over time".

    Raises
    ------
    GraphkitError
        When there is nothing to plot or a month is not ``YYYY-MM``.
    """
    fmt = _format(path)
    if pairs is None:
        totals = {
            p: sum(sum(q.values()) for q in months.values())
            for p, months in monthly_counts.items()
        }
        pairs = sorted((p for p in totals if totals[p] > 0),
                       key=lambda p: (-totals[p], str(p)))[:max_pairs]
    pairs = [tuple(p) for p in pairs]
    months_seen = sorted({m for p in pairs for m in monthly_counts.get(p, {})})
    for m in months_seen:
        if not (len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit()
                and 1 <= int(m[5:]) <= 12):
            raise GraphkitError(f"{path}: month {m!r} is not YYYY-MM")
    if not pairs or not months_seen:
        raise _nothing(path, "no stance records by month")
    months = _months(months_seen[0], months_seen[-1])
    x = np.arange(len(months))
    with matplotlib.rc_context(_RC):
        fig = _figure(max(8.0, 0.32 * len(months) + 4.0), 1.9 * len(pairs) + 1.4)
        axes = fig.subplots(len(pairs), 1, sharex=True, squeeze=False)[:, 0]
        ymax = 1
        for ax, pair in zip(axes, pairs):
            data = monthly_counts.get(pair, {})
            up, down = np.zeros(len(months)), np.zeros(len(months))
            for quad in ("material_cooperation", "verbal_cooperation",
                         "material_conflict", "verbal_conflict"):
                label, colour, sign = _QUAD_STYLE[quad]
                h = np.array([float(data.get(m, {}).get(quad, 0)) for m in months])
                base = up if sign > 0 else down
                ax.bar(x, h * sign, bottom=base * sign, width=0.8, color=colour,
                       edgecolor="white", linewidth=0.4, label=label)
                base += h
            ymax = max(ymax, up.max(), down.max())
            ax.axhline(0, color="#333333", lw=0.8)
            ax.set_title(f"{pair[0]} → {pair[1]}", loc="left", fontsize=10.5)
            ax.spines[["top", "right"]].set_visible(False)
            ax.grid(axis="y", color="#e5e5e5", lw=0.6)
            ax.set_axisbelow(True)
            ax.tick_params(labelsize=8)
        # At least eight months of axis, so that one or two months of data
        # show as bars rather than as blocks filling the panel.
        pad = max(0.0, (8 - len(months)) / 2)
        for ax in axes:
            ax.set_xlim(-0.6 - pad, len(months) - 0.4 + pad)
            ax.set_ylim(-ymax * 1.15, ymax * 1.15)
            ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4, integer=True))
            ax.yaxis.set_major_formatter(
                matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))
        step = max(1, math.ceil(len(months) / 18))
        axes[-1].set_xticks(x[::step], months[::step], rotation=45, ha="right",
                            rotation_mode="anchor")
        fig.supylabel("Records (cooperation up, conflict down)", fontsize=9.5)
        fig.suptitle(title or "Stance over time", x=0.01, ha="left", fontsize=14,
                     fontweight="bold")
        handles = [Patch(facecolor=_QUAD_STYLE[q][1], label=_QUAD_STYLE[q][0])
                   for q in ("material_cooperation", "verbal_cooperation",
                             "verbal_conflict", "material_conflict")]
        fig.legend(handles=handles, loc="outside upper right", ncols=4, frameon=False,
                   fontsize=8.5)
        fig.set_layout_engine("constrained")
        return _save(fig, path, fmt)


def monthly_stance_counts(
    records,
) -> dict[tuple[str, str], dict[str, dict[str, int]]]:
    """Count stance evidence records by pair, month and quad class.

    Takes evidence records (dicts as in the evidence file): those with
    ``kind == "stance"``, a ``date`` and ``source``/``target``/``quad``.

    >>> recs = [{"kind": "stance", "date": "2020-03-05", "source": "Turkey",
    ...          "target": "Syria", "quad": "material_conflict"},
    ...         {"kind": "mention", "date": "2020-03-05"}]
    >>> monthly_stance_counts(recs)
    {('Turkey', 'Syria'): {'2020-03': {'material_conflict': 1}}}
    """
    out: dict[tuple[str, str], dict[str, dict[str, int]]] = {}
    for r in records:
        if r.get("kind") != "stance" or not r.get("date"):
            continue
        pair = (r.get("source"), r.get("target"))
        if None in pair or not r.get("quad"):
            continue
        month = str(r["date"])[:7]
        q = out.setdefault(pair, {}).setdefault(month, {})
        q[r["quad"]] = q.get(r["quad"], 0) + 1
    return {p: {m: dict(sorted(q.items())) for m, q in sorted(ms.items())}
            for p, ms in sorted(out.items())}
