"""Signed stance matrix: who (rows) stands how toward whom (columns), ordered by faction."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import networkx as nx
import numpy as np
from matplotlib.colors import LinearSegmentedColormap, TwoSlopeNorm

from graphkit.io.style import CONFLICT_COLOUR, COOPERATION_COLOUR
from graphkit.viz.common import (
    short_label,
    _RC,
    FACTION_COLOURS,
    _figure,
    _format,
    _kind,
    _nothing,
    _rgb,
    _save,
    _weight,
    source_line,
)

#: Conflict (vermillion) through white to cooperation (bluish green): the
#: network's sign colours, so a colour means the same on every figure; both
#: ends stay apart under the common colour-vision deficiencies.
SIGNED_CMAP = LinearSegmentedColormap.from_list(
    "graphkit_signed", [_rgb(CONFLICT_COLOUR), "#FFFFFF", _rgb(COOPERATION_COLOUR)]
).with_extremes(bad="white")

#: Most actors the matrix draws by default: past this the cells are too small
#: to read (83 actors gave a 4,000-pixel square of 6-point names, nearly all
#: blank). The subtitle says how many actors, edges and records were left out.
MATRIX_TOP = 30


def plot_stance_matrix(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    order: Sequence[str] | None = None,
    factions: Sequence[Sequence[str]] | None = None,
    title: str | None = None,
    note: str | None = None,
    source: str | None = None,
    top: int | None = MATRIX_TOP,
) -> Path:
    """Heat map of signed stance scores, source rows by target columns.

    Cells hold the stance edge's ``score`` (from -1 all conflict to +1 all
    cooperation) on a diverging colour-blind-safe map centred at 0
    (:data:`SIGNED_CMAP`, with a signed colour bar), with
    the number of records written in the cell; pairs with no stance are
    blank. Only actors in at least one stance edge are shown, and of them the
    ``top`` with most stance records (as source or target; ties by name);
    the subtitle counts what was left out.

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
        Sets the order faction by faction, draws lines between them and
        labels each block ("Faction 1", ..., "No faction").
    title : str, optional
        Default "Stance between actors".
    note : str, optional
        Added to the subtitle (for example the filters applied).
    source : str, optional
        The source line; default from the graph's metadata.
    top : int or None, optional
        Most actors drawn (default :data:`MATRIX_TOP`); ``None`` draws all.

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
    all_edges, all_records, all_actors = len(cells), int(sum(w for _, w in cells.values())), len(involved)
    if top is not None and len(involved) > top:
        activity: dict[Any, float] = {}
        for (u, v), (_, w) in cells.items():
            activity[u] = activity.get(u, 0.0) + w
            activity[v] = activity.get(v, 0.0) + w
        involved = set(sorted(involved, key=lambda a: (-activity[a], str(a)))[:top])
        cells = {p: c for p, c in cells.items() if p[0] in involved and p[1] in involved}
    groups = [list(g) for g in factions] if factions is not None else [list(order or ())]
    actors: list[Any] = []
    boundaries = []
    blocks = []  # (label, first row, end row, colour)
    for i, group in enumerate(groups):
        start = len(actors)
        for a in group:
            if a in involved and a not in actors:
                actors.append(a)
        boundaries.append(len(actors))
        if factions is not None and len(actors) > start:
            blocks.append((f"Faction {i + 1}", start, len(actors),
                           FACTION_COLOURS[i % len(FACTION_COLOURS)]))
    rest = sorted(involved - set(actors), key=str)
    if factions is not None and rest:
        blocks.append(("No faction", len(actors), len(actors) + len(rest), "#DDDDDD"))
    actors += rest
    n = len(actors)
    idx = {a: i for i, a in enumerate(actors)}
    M = np.full((n, n), np.nan)
    for (u, v), (score, _) in cells.items():
        M[idx[u], idx[v]] = score
    with matplotlib.rc_context(_RC):
        # Axes placed by hand, in inches: square cells, room for the longest
        # tick label, the colour bar on the right.
        fs = 9 if n <= 20 else 7.5 if n <= 35 else 6
        longest = max(len(short_label(a)) for a in actors)
        cell = 0.4 if n <= 30 else 0.28
        label_in = 0.25 + 0.075 * fs / 9 * min(longest, 40)
        side = cell * n
        left, right = label_in + 0.45, 2.5
        bottom, top = 0.8, label_in * 0.85 + 1.3
        W, H = left + side + right, bottom + side + top
        fig = _figure(W, H)
        ax = fig.add_axes((left / W, bottom / H, side / W, side / H))
        cbar_h = min(side, 3.5)
        cax = fig.add_axes(((left + side + 0.85) / W, (bottom + (side - cbar_h) / 2) / H,
                            0.18 / W, cbar_h / H))
        im = ax.imshow(np.ma.masked_invalid(M), cmap=SIGNED_CMAP,
                       norm=TwoSlopeNorm(vcenter=0.0, vmin=-1.0, vmax=1.0),
                       interpolation="nearest", aspect="equal")
        for (u, v), (score, w) in cells.items():
            ax.text(idx[v], idx[u], f"{w:g}", ha="center", va="center",
                    fontsize=fs * 0.85, color="white" if abs(score) > 0.75 else "#222222")
        for i in range(n):
            ax.add_patch(matplotlib.patches.Rectangle(
                (i - 0.5, i - 0.5), 1, 1, facecolor="#e8e8e8", edgecolor="none"))
        ax.set_xticks(range(n), [short_label(a) for a in actors], rotation=55, ha="left",
                      rotation_mode="anchor", fontsize=fs)
        ax.set_yticks(range(n), [short_label(a) for a in actors], fontsize=fs)
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
        # Faction blocks named beside the rows, on a band of the faction's
        # colour (the colour it has in the factions figure).
        for label, a, b, colour in blocks:
            ax.add_patch(matplotlib.patches.Rectangle(
                (n - 0.5 + 0.12, a - 0.5), 0.3, b - a, facecolor=colour, edgecolor="#333333",
                lw=0.5, clip_on=False))
            ax.annotate(f"{label} ({b - a})", xy=(n - 0.5 + 0.42, (a + b - 1) / 2),
                        xytext=(8, 0), textcoords="offset points", rotation=270,
                        ha="center", va="center", fontsize=8.5, fontweight="bold",
                        annotation_clip=False, rotation_mode="anchor")
        cb = fig.colorbar(im, cax=cax, ticks=[-1, -0.5, 0, 0.5, 1])
        cb.ax.set_yticklabels(["−1 all conflict", "−0.5", "0 mixed", "+0.5", "+1 all cooperation"],
                              fontsize=8.5)
        cb.set_label("net stance (score)", fontsize=8.5)
        cb.outline.set_visible(False)
        fig.text(0.15 / W, 1 - 0.2 / H, title or "Stance between actors", fontsize=14,
                 fontweight="bold", ha="left", va="top")
        records = int(sum(w for _, w in cells.values()))
        if n < all_actors:
            sub = (f"the {n} actors with most stance records ({all_actors - n} left out): "
                   f"{len(cells)} of {all_edges} stance edges, {records} of {all_records} "
                   "stance records")
        else:
            sub = f"{len(cells)} stance edges, {records} stance records among {n} actors"
        sub += f" · {note}" if note else ""
        fig.text(0.15 / W, 1 - 0.5 / H, sub, fontsize=9.5, color="#555555", ha="left", va="top")
        fig.text(0.15 / W, 0.3 / H, "Colour: mean polarity of the source's stance "
                 "records toward the target. Number: records. Blank: none.",
                 fontsize=8, color="#555555", ha="left", va="bottom")
        fig.text(0.15 / W, 0.08 / H, source or source_line(G), fontsize=8, color="#666666",
                 ha="left", va="bottom")
        return _save(fig, path, fmt)
