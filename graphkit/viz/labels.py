"""Label placement: pick a spot around each node that overlaps no node, edge or other label."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from graphkit.viz.common import _ARC_RAD, _HALO, short_label

# Candidate label spots around a node, as (dx, dy) unit directions, in order
# of preference: above, below, right, left, then the diagonals.
_SPOTS = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
#: A label nearer than this (pixels) to another node's disc seems to name it.
_NEAR_PX = 10.0


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
            gap = np.hypot(qx - obstacles[:, 0], qy - obstacles[:, 1]) - obstacle_r
            cost += 40.0 * float(np.sum(gap < 0))
            # A label that touches another node reads as that node's name
            # ("Walid Muallem ● United States ●"): a spot clear of others wins.
            other = np.hypot(obstacles[:, 0] - a[0], obstacles[:, 1] - a[1]) > 1e-6
            cost += 8.0 * float(np.sum(other & (gap >= 0) & (gap < _NEAR_PX)))
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
    c = _separate(c, w, h, bounds)
    # Alternate pushes off node discs with label-label separation: the
    # repulsion pass can leave a label where both pushes balance, on a
    # node's rim; a few rounds of each settle it clear of both.
    for _ in range(40):
        moved = _off_nodes(c, w, h, obstacles, obstacle_r, bounds)
        if moved is None:
            break
        c = _separate(moved, w, h, bounds)
    return _repair(c, w, h, anchors, radii, obstacles, obstacle_r, bounds)


def _covers(x0, x1, y0, y1, obstacles, obstacle_r) -> bool:
    qx = np.clip(obstacles[:, 0], x0, x1)
    qy = np.clip(obstacles[:, 1], y0, y1)
    return bool(np.any(np.hypot(qx - obstacles[:, 0], qy - obstacles[:, 1]) < obstacle_r + 1.0))


def _repair(c, w, h, anchors, radii, obstacles, obstacle_r, bounds):
    """Move a label still on a node (wedged between two discs) to the nearest
    free spot on wider rings round its node; a leader line then joins them."""
    xmin, ymin, xmax, ymax = bounds
    c = c.copy()
    for i in range(len(c)):
        x0, x1 = c[i, 0] - w[i] / 2, c[i, 0] + w[i] / 2
        y0, y1 = c[i, 1] - h[i] / 2, c[i, 1] + h[i] / 2
        if not _covers(x0, x1, y0, y1, obstacles, obstacle_r):
            continue
        others = np.delete(np.arange(len(c)), i)
        for ring in (1.0, 1.5, 2.2, 3.0, 4.0):
            found = None
            for sx, sy in _SPOTS:
                cx = anchors[i, 0] + sx * (radii[i] * ring + w[i] / 2 + 2.0)
                cy = anchors[i, 1] + sy * (radii[i] * ring + h[i] / 2 + 2.0)
                bx0, bx1, by0, by1 = cx - w[i] / 2, cx + w[i] / 2, cy - h[i] / 2, cy + h[i] / 2
                if bx0 < xmin or bx1 > xmax or by0 < ymin or by1 > ymax:
                    continue
                if _covers(bx0, bx1, by0, by1, obstacles, obstacle_r):
                    continue
                ox = np.minimum(bx1, c[others, 0] + w[others] / 2) - np.maximum(bx0, c[others, 0] - w[others] / 2)
                oy = np.minimum(by1, c[others, 1] + h[others] / 2) - np.maximum(by0, c[others, 1] - h[others] / 2)
                if np.any((ox > 0) & (oy > 0)):
                    continue
                found = (cx, cy)
                break
            if found is not None:
                c[i] = found
                break
    return c


def _off_nodes(c, w, h, obstacles, obstacle_r, bounds):
    """Labels pushed off the node discs they cover, or None when none covers one."""
    qx = np.clip(obstacles[None, :, 0], (c[:, 0] - w / 2)[:, None], (c[:, 0] + w / 2)[:, None])
    qy = np.clip(obstacles[None, :, 1], (c[:, 1] - h / 2)[:, None], (c[:, 1] + h / 2)[:, None])
    dist = np.hypot(qx - obstacles[None, :, 0], qy - obstacles[None, :, 1])
    depth = obstacle_r[None, :] + 2.0 - dist
    hit = depth > 0
    if not hit.any():
        return None
    # out of the disc along the shorter axis: up/down unless the box is
    # mostly beside the disc
    vx = c[:, None, 0] - obstacles[None, :, 0]
    vy = c[:, None, 1] - obstacles[None, :, 1]
    side = np.abs(vx) - w[:, None] / 2 > np.abs(vy) - h[:, None] / 2
    sx = np.where(vx >= 0, 1.0, -1.0)
    sy = np.where(vy >= 0, 1.0, -1.0)
    move_x = np.where(hit & side, sx * (depth + 0.5), 0.0).sum(axis=1)
    move_y = np.where(hit & ~side, sy * (depth + 0.5), 0.0).sum(axis=1)
    out = c + np.clip(np.stack([move_x, move_y], axis=1), -10.0, 10.0)
    xmin, ymin, xmax, ymax = bounds
    out[:, 0] = np.clip(out[:, 0], xmin + w / 2, xmax - w / 2)
    out[:, 1] = np.clip(out[:, 1], ymin + h / 2, ymax - h / 2)
    return out


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
            0, 0, short_label(v), fontsize=fontsize, ha="center", va="center", zorder=6,
            fontweight="bold" if v in bold else "normal", color="#222222",
            bbox=_HALO,
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
