"""Bar chart of the most central actors by one measure, coloured by actor type."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib
import matplotlib.ticker
from matplotlib.patches import Patch

from graphkit.errors import GraphkitError
from graphkit.io.style import (
    TYPE_COLOURS,
    type_colour,
)
from graphkit.viz.common import (
    number,
    short_label,
    _RC,
    _TYPE_NAMES,
    _figure,
    _format,
    _measure_name,
    _nothing,
    _rgb,
    _save,
)


def _ranked(values, top: int) -> list:
    """The ``top`` actors by value, highest first; actors at 0 are left out
    (their order among themselves would be by name, which ranks nothing)."""
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [(a, v) for a, v in ranked if v][:top]


def plot_centrality(
    values: Mapping[str, Mapping[str, float]],
    path: str | os.PathLike,
    measures: Sequence[str] | None = None,
    top: int = 15,
    types: Mapping[str, str] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
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
    subtitle : str, optional
        What was measured on which network; default names the number of
        actors ranked.
    source : str, optional
        The source line.

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
    # Rows as even as they come: four panels as 2 x 2, not 3 + 1 beside an
    # empty two-thirds of a row.
    rows = math.ceil(len(measures) / 3)
    cols = math.ceil(len(measures) / rows)
    nbars = min(top, max(len(values[m]) for m in measures))
    longest = max(len(short_label(a)) for m in measures for a in values[m])
    label_in = 0.2 + 0.068 * min(longest, 40)  # y tick labels at 9 pt
    panel_in = 2.9
    with matplotlib.rc_context(_RC):
        W = (label_in + 0.15) + cols * panel_in + (cols - 1) * (label_in + 0.45) + 0.45
        H = (0.28 * nbars + 0.75) * rows + 1.6
        fig = _figure(W, H)
        axes = fig.subplots(rows, cols, squeeze=False)
        fig.subplots_adjust(left=(label_in + 0.15) / W, right=1 - 0.45 / W,
                            top=1 - 1.05 / H, bottom=0.95 / H,
                            wspace=(label_in + 0.45) / panel_in, hspace=0.55 / (0.28 * nbars))
        for ax in axes.flat[len(measures):]:
            ax.set_visible(False)
        for ax, m in zip(axes.flat, measures):
            ranked = _ranked(values[m], top)
            zeros = sum(1 for v in values[m].values() if not v)
            names = [short_label(a) for a, _ in ranked][::-1]
            vals = [float(v) for _, v in ranked][::-1]
            colours = [
                _rgb(type_colour(types.get(a))) if types else _rgb(TYPE_COLOURS["state"])
                for a, _ in ranked
            ][::-1]
            # Bars from the top of the panel down, so panels line up even when
            # one has fewer bars (actors at 0 are not ranked against each other).
            ys = [nbars - len(vals) + i for i in range(len(vals))]
            ax.barh(ys, vals, color=colours, edgecolor="#333333", linewidth=0.5)
            ax.set_yticks(ys, names, fontsize=9)
            ax.set_title(_measure_name(m), loc="left", fontsize=11.5)
            vmax = max(vals) if vals and max(vals) > 0 else 1.0
            ax.set_xlim(min([0.0, *vals]), vmax * 1.22)
            for y, v in zip(ys, vals):
                ax.text(v + vmax * 0.015, y, number(v), va="center", fontsize=8, color="#333333")
            if zeros and len(vals) < nbars:
                ax.text(0.02, (nbars - len(vals) - 1) / nbars + 0.5 / nbars,
                        f"{zeros} more actor{'s' if zeros != 1 else ''} at 0, not ranked",
                        transform=ax.transAxes, fontsize=8.5, color="#555555", va="center")
            ax.spines[["top", "right"]].set_visible(False)
            ax.tick_params(axis="x", labelsize=8)
            ax.grid(axis="x", color="#e5e5e5", lw=0.6)
            ax.set_axisbelow(True)
            ax.set_ylim(-0.6, nbars - 0.4)
        ranked = max(len(values[m]) for m in measures)
        fig.text(0.15 / W, 1 - 0.12 / H, title or "Most central actors", fontsize=14,
                 fontweight="bold", ha="left", va="top")
        fig.text(0.15 / W, 1 - 0.45 / H,
                 subtitle or f"top {nbars} of {ranked} actors by each measure",
                 fontsize=9.5, color="#555555", ha="left", va="top")
        fig.text(0.15 / W, 0.08 / H, source or "Source: news articles · extracted by graphkit",
                 fontsize=8, color="#666666", ha="left", va="bottom")
        if types:
            # The types of the bars drawn, not of every actor ranked: a key
            # entry with no bar of its colour sends the reader looking for it.
            drawn = {a for m in measures for a, _ in _ranked(values[m], top)}
            present = sorted({types.get(a) if types.get(a) in TYPE_COLOURS else "unknown"
                              for a in drawn},
                             key=list(TYPE_COLOURS).index)
            fig.legend(
                handles=[Patch(facecolor=_rgb(TYPE_COLOURS[t]), edgecolor="#333333",
                               label=_TYPE_NAMES[t]) for t in present],
                loc="lower left", bbox_to_anchor=(0.1 / W, 0.3 / H), ncols=len(present),
                frameon=False, fontsize=9,
            )
        return _save(fig, path, fmt)
