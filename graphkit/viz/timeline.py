"""Stance counts by month and quad class, from the evidence file."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib
import matplotlib.ticker
import numpy as np
from matplotlib.patches import Patch

from graphkit.errors import GraphkitError
from graphkit.viz.common import _QUAD_STYLE, _RC, _figure, _format, _nothing, _save


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
