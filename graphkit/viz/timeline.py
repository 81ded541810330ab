"""Stance counts by month (quarter, year over long spans) and quad class, from the evidence file."""

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
from graphkit.viz.common import (
    short_label,
    _QUAD_STYLE,
    _RC,
    _figure,
    _format,
    _kind,
    _nothing,
    _save,
    _source,
)


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


#: Most bars a panel draws: past this many months the timeline counts by
#: quarter, and past this many quarters by year, so that a corpus spanning
#: decades gives a figure of readable width rather than a 50-inch strip.
MAX_PERIODS = 36

PERIODS = ("month", "quarter", "year")


def _period_of(month: str, period: str) -> str:
    """The ``period`` holding ``month`` (``YYYY-MM``): itself, ``YYYY-Qn`` or ``YYYY``."""
    if period == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    if period == "year":
        return month[:4]
    return month


def choose_period(months: Sequence[str], most: int = MAX_PERIODS) -> str:
    """The finest of month, quarter and year that spans ``months`` in at most ``most`` bars.

    >>> choose_period(["2018-09", "2020-03"]), choose_period(["2012-01", "2019-12"])
    ('month', 'quarter')
    >>> choose_period(["1982-04", "2024-11"])
    'year'
    """
    if not months:
        return "month"
    span = _months(min(months), max(months))
    for period in PERIODS[:-1]:
        if len({_period_of(m, period) for m in span}) <= most:
            return period
    return "year"


def busiest_pairs(monthly_counts, most: int) -> list[tuple[str, str]]:
    """The ``most`` pairs with most records, busiest first (ties by name)."""
    totals = {p: sum(sum(q.values()) for q in months.values())
              for p, months in monthly_counts.items()}
    return sorted((p for p in totals if totals[p] > 0),
                  key=lambda p: (-totals[p], str(p)))[:most]


def plot_timeline(
    monthly_counts: Mapping[tuple[str, str], Mapping[str, Mapping[str, int]]],
    path: str | os.PathLike,
    pairs: Sequence[tuple[str, str]] | None = None,
    title: str | None = None,
    max_pairs: int = 6,
    note: str | None = None,
    source: str | None = None,
    period: str | None = None,
) -> Path:
    """Stance records per month (or quarter, or year) for actor pairs, one panel per pair.

    Cooperation is stacked above zero and conflict below it (material
    darker than verbal), so a panel reads as the pair's relation over time.
    Months with no record between the first and last month are shown empty.
    Over more than :data:`MAX_PERIODS` months the bars count quarters, and
    over more than that many quarters years (``period`` chooses).
    When every record falls in one month there is no timeline to draw: the
    figure then says so in words (and names the month and the counts)
    rather than drawing one bar that looks like a trend.

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
    note : str, optional
        What was counted (subtitle), for example the records left undated
        and the filters; default the number of dated records drawn.
    source : str, optional
        The source line.
    period : {"month", "quarter", "year"}, optional
        What one bar counts; default :func:`choose_period` of the drawn span.

    Raises
    ------
    GraphkitError
        When there is nothing to plot or a month is not ``YYYY-MM``.
    """
    fmt = _format(path)
    if pairs is None:
        pairs = busiest_pairs(monthly_counts, max_pairs)
    pairs = [tuple(p) for p in pairs]
    months_seen = sorted({m for p in pairs for m in monthly_counts.get(p, {})})
    for m in months_seen:
        if not (len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit()
                and 1 <= int(m[5:]) <= 12):
            raise GraphkitError(f"{path}: month {m!r} is not YYYY-MM")
    if not pairs or not months_seen:
        raise _nothing(path, "no stance records by month")
    months = _months(months_seen[0], months_seen[-1])
    drawn = sum(sum(q.values()) for p in pairs for q in monthly_counts.get(p, {}).values())
    subtitle = note or f"{drawn} dated stance records"
    if len(months) == 1:
        return _save(_one_period(monthly_counts, pairs, months[0], title, subtitle, source),
                     path, fmt)
    period = period or choose_period(months)
    if period not in PERIODS:
        raise GraphkitError(f"{path}: period {period!r} is not one of {', '.join(PERIODS)}")
    if period != "month":
        # Fold the months into their quarters or years; every period from the
        # first to the last is kept, empty ones too, as with months.
        monthly_counts = {
            p: _fold(monthly_counts.get(p, {}), period) for p in pairs}
        months = list(dict.fromkeys(_period_of(m, period) for m in months))
    x = np.arange(len(months))
    with matplotlib.rc_context(_RC):
        fig = _figure(min(16.0, max(8.0, 0.32 * len(months) + 4.0)), 1.9 * len(pairs) + 2.0)
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
            ax.set_title(f"{short_label(pair[0])} → {short_label(pair[1])}", loc="left", fontsize=10.5)
            ax.spines[["top", "right"]].set_visible(False)
            ax.grid(axis="y", color="#e5e5e5", lw=0.6)
            ax.set_axisbelow(True)
            ax.tick_params(labelsize=8)
        for ax in axes:
            ax.set_xlim(-0.6, len(months) - 0.4)
            ax.set_ylim(-ymax * 1.15, ymax * 1.15)
            ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4, integer=True))
            # A signed axis: conflict counts below zero read "−3", not "3".
            ax.yaxis.set_major_formatter(
                matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:+g}".replace("-", "−")
                                                if v else "0"))
        step = max(1, math.ceil(len(months) / 18))
        axes[-1].set_xticks(x[::step], months[::step], rotation=45, ha="right",
                            rotation_mode="anchor")
        W, H = fig.get_size_inches()
        fig.subplots_adjust(left=0.95 / W, right=1 - 0.3 / W, top=1 - 1.25 / H,
                            bottom=1.0 / H, hspace=0.55)
        fig.supylabel(f"Records a {period} (+ cooperation, − conflict)", fontsize=9.5, x=0.1 / W)
        fig.text(0.1 / W, 1 - 0.12 / H, title or "Stance over time", fontsize=14,
                 fontweight="bold", ha="left", va="top")
        fig.text(0.1 / W, 1 - 0.45 / H, subtitle, fontsize=9.5, color="#555555",
                 ha="left", va="top")
        handles = [Patch(facecolor=_QUAD_STYLE[q][1], label=_QUAD_STYLE[q][0])
                   for q in ("material_cooperation", "verbal_cooperation",
                             "verbal_conflict", "material_conflict")]
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.05 / W, 1 - 0.68 / H),
                   ncols=4, frameon=False, fontsize=8.5)
        fig.text(0.1 / W, 0.08 / H, source or "Source: news articles · extracted by graphkit",
                 fontsize=8, color="#666666", ha="left", va="bottom")
        return _save(fig, path, fmt)


def _fold(by_month: Mapping[str, Mapping[str, int]], period: str) -> dict[str, dict[str, int]]:
    """Monthly quad counts summed into ``period`` (quarter or year)."""
    out: dict[str, dict[str, int]] = {}
    for month, quads in by_month.items():
        q = out.setdefault(_period_of(month, period), {})
        for quad, n in quads.items():
            q[quad] = q.get(quad, 0) + n
    return out


def _one_period(monthly_counts, pairs, month, title, subtitle, source):
    """The note drawn instead of a timeline when all records fall in one month."""
    total = sum(sum(monthly_counts.get(p, {}).get(month, {}).values()) for p in pairs)
    every = sum(sum(q.values()) for ms in monthly_counts.values() for q in ms.values())
    with matplotlib.rc_context(_RC):
        fig = _figure(9.0, 3.2)
        fig.text(0.02, 0.95, title or "Stance over time", fontsize=14, fontweight="bold",
                 ha="left", va="top")
        fig.text(0.02, 0.83, subtitle, fontsize=9.5, color="#555555", ha="left", va="top",
                 wrap=True)
        fig.text(0.02, 0.62,
                 f"No timeline: all {every} dated stance records fall in one month, {month}.",
                 fontsize=12, ha="left", va="center", color="#222222")
        fig.text(0.02, 0.47,
                 "A timeline needs records from more than one month. The stance matrix "
                 "shows these\nrecords by pair; "
                 f"the {len(pairs)} busiest pairs here hold {total} of them.",
                 fontsize=10, ha="left", va="top", color="#444444")
        _source(fig, source or "Source: news articles · extracted by graphkit", y=0.03)
        return fig


def stance_counts(records, G=None, since: str | None = None, until: str | None = None):
    """Count stance records by pair, month and quad, as the matrix counts them.

    Only the records the graph ``G`` still holds after its filters count: a
    record of a pair with no stance edge in ``G``, or of a quad class the
    edge no longer has, is left out, and so is one dated outside
    ``since``..``until``. Returns ``(monthly, undated)``: the monthly counts
    of :func:`monthly_stance_counts` and the number of undated records of
    the kept pairs (which a timeline cannot place), so that for every pair
    the months plus the undated add up to the matrix's number.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("Turkey", "Syria", key="stance", kind="stance",
    ...                material_conflict=2, weight=2.0)
    >>> recs = [{"kind": "stance", "date": "2020-03-05", "source": "Turkey",
    ...          "target": "Syria", "quad": "material_conflict"},
    ...         {"kind": "stance", "date": None, "source": "Turkey",
    ...          "target": "Syria", "quad": "material_conflict"},
    ...         {"kind": "stance", "date": "2020-03-09", "source": "Syria",
    ...          "target": "Turkey", "quad": "verbal_conflict"}]
    >>> stance_counts(recs, G)
    ({('Turkey', 'Syria'): {'2020-03': {'material_conflict': 1}}}, 1)
    """
    kept_quads = None
    if G is not None:
        kept_quads = {}
        for u, v, k, d in G.edges(keys=True, data=True):
            if _kind(k, d) != "co-mention":
                kept_quads.setdefault((u, v), set()).update(
                    q for q in _QUAD_STYLE if int(d.get(q, 0) or 0) > 0)
    chosen, undated = [], 0
    for r in records:
        if r.get("kind") != "stance":
            continue
        pair = (r.get("source"), r.get("target"))
        if kept_quads is not None and r.get("quad") not in kept_quads.get(pair, ()):
            continue
        day = str(r.get("date") or "")[:10]
        if not day:
            undated += 1
            continue
        if (since and day < since) or (until and day > until):
            continue
        chosen.append(r)
    return monthly_stance_counts(chosen), undated


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
