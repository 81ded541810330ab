"""What every figure shares: set-up, deterministic saving, titles, legends, edge reading.

The conventions of all ``graphkit.viz`` figures (PNG, SVG or PDF by extension):

Every function takes plain inputs (the graph of ``docs/GRAPH_SCHEMA.md``,
dicts and lists), draws on its own :class:`matplotlib.figure.Figure` (never
pyplot's global state, so there is no figure to close or leak and no
backend to switch: raster output is rendered by Agg), and writes the file
atomically. Output is deterministic: the layout has a fixed seed, SVG ids a
fixed salt and no file carries a date, so the same input gives the same
bytes.

Colours come from :data:`graphkit.io.style.TYPE_COLOURS` (actor types) and the
stance colours there, the Okabe-Ito palette, so the plots and the Gephi
exports agree and stay readable under colour-vision deficiencies.

Nothing to draw (an empty graph, no stance edge for the matrix, no counts
for the timeline) raises :class:`~graphkit.errors.GraphkitError` naming the
output file, rather than writing a blank image that looks like a result.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import networkx as nx
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from graphkit.errors import GraphkitError
from graphkit.io.atomic import atomic_write
from graphkit.io.style import hex_colour, prominence

#: Labels drawn at most; beyond that only the most central actors are named.
MAX_LABELS = 50

#: Faction colours: Okabe-Ito without the bluish green and vermillion that
#: mark cooperation and conflict (nor the orange close to vermillion).
FACTION_COLOURS = ("#0072B2", "#F0E442", "#CC79A7", "#56B4E9", "#000000", "#442288")
_UNASSIGNED = "#F0F0F0"

#: Actors drawn at most in the network views unless ``top`` says otherwise;
#: the rest are counted in the subtitle.
MAX_NODES = 40

_TYPE_NAMES = {
    "state": "State",
    "leader": "Leader",
    "armed_group": "Armed group",
    "organization": "Organization",
    "unknown": "Other",
    "person": "Person",
}

_QUAD_STYLE = {
    # (label, colour, sign); verbal classes lighter than material ones.
    "material_cooperation": ("Material cooperation", "#009E73", 1),
    "verbal_cooperation": ("Verbal cooperation", "#8CD3BE", 1),
    "verbal_conflict": ("Verbal conflict", "#EFAE80", -1),
    "material_conflict": ("Material conflict", "#D55E00", -1),
}

# Settings that make output byte-identical between runs (a fixed SVG id
# salt) and keep text as text: SVG <text> elements a reader can select,
# search and edit, and TrueType fonts embedded in PDFs (Type 42).
_RC = {
    "svg.hashsalt": "graphkit",
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "font.family": "DejaVu Sans",
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    # Names are text, never TeX: "$5bn deal$" must not be parsed as mathtext
    # (an unbalanced "$x^" would end the figure in a traceback).
    "text.parse_math": False,
}
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
}
_DPI = 150
# A label's backing, so an edge under it does not cross its letters. A box
# patch, not a stroke path effect: matplotlib draws text with path effects as
# glyph outlines, which would turn every label of an SVG into paths.
_HALO = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
_ARC_RAD = 0.18  # curvature of stance arrows


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------


#: Most characters of an actor name drawn in a figure (or on the page's
#: canvas): a 5,000-character name would otherwise make a figure megabytes
#: wide and its label placement run for minutes. The data keep the name whole.
LABEL_MAX = 40


def short_label(name: Any, limit: int = LABEL_MAX) -> str:
    """``name`` as drawn: on one line, cut to ``limit`` characters with an ellipsis.

    >>> short_label("Islamic Revolutionary Guard Corps")
    'Islamic Revolutionary Guard Corps'
    >>> short_label("Front for the Liberation of the Enclave of Cabinda and Beyond", 30)
    'Front for the Liberation of t…'
    """
    text = " ".join(str(name).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def number(value) -> str:
    """A number as a reader wants it: integers whole, others to 3 significant digits.

    >>> number(12.0), number(3), number(0.123456), number(1234.5), number(-0.00012345), number(0.5)
    ('12', '3', '0.123', '1230', '-0.000123', '0.5')
    """
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return "n/a"
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        digits = 2 - math.floor(math.log10(abs(value)))
        if digits <= 0:
            return str(int(round(value, digits)))
        return f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return str(value)


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


def _marker_radius_px(area_pt2: np.ndarray) -> np.ndarray:
    return np.sqrt(area_pt2) / 2 * _DPI / 72.0


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


def _network_axes(fig, strip: bool = False):
    """The network's axes and, when asked, the strip for actors with no tie.

    Fixed axes boxes (no automatic layout), so label placement measured in
    pixels stays valid when the figure is saved. The right column holds
    the legends, clear of the nodes; the foot the source line.
    """
    if not strip:
        return fig.add_axes((0.02, 0.05, 0.72, 0.84)), None
    return fig.add_axes((0.02, 0.17, 0.72, 0.72)), fig.add_axes((0.02, 0.03, 0.72, 0.11))


def _subtitle(fig, text: str, width: int = 140) -> None:
    # Wrapped, hanging below the title, so a long count never widens the figure.
    import textwrap

    fig.text(0.02, 0.94, "\n".join(textwrap.wrap(text, width)), fontsize=10,
             color="#555555", ha="left", va="top", linespacing=1.4)


def _title(fig, text: str) -> None:
    fig.text(0.02, 0.945, text, fontsize=15, fontweight="bold", ha="left", va="bottom")


def _source(fig, text: str, y: float = 0.005) -> None:
    """The source line at the foot of a figure."""
    fig.text(0.02, y, text, fontsize=8, color="#666666", ha="left", va="bottom")


def source_line(G: nx.Graph | None = None, extra: str = "") -> str:
    """Where the figure's numbers come from, from the graph's own metadata.

    The date span says how many articles it covers when some are undated
    (graphs written before ``dated_articles`` was kept give the span alone).

    >>> G = nx.MultiDiGraph(articles=5, first_date="2018-09-19", last_date="2018-09-19")
    >>> source_line(G)
    'Source: 5 articles, dated 2018-09-19 · extracted by graphkit'
    >>> G.graph["dated_articles"] = 1
    >>> source_line(G)
    'Source: 5 articles (1 dated 2018-09-19, 4 undated) · extracted by graphkit'
    >>> source_line(nx.MultiDiGraph(articles=3))
    'Source: 3 articles, undated · extracted by graphkit'
    """
    bits = []
    meta = G.graph if G is not None else {}
    n = meta.get("articles")
    first, last = meta.get("first_date"), meta.get("last_date")
    span = (f"dated {first}" if first == last else f"dated {first} to {last}") if first and last else ""
    dated = meta.get("dated_articles")
    if isinstance(n, int):
        head = f"{n} article{'s' if n != 1 else ''}"
        if span and isinstance(dated, int) and 0 < dated < n:
            head += f" ({dated} {span}, {n - dated} undated)"
        elif span:
            head += f", {span}"
        elif n:
            head += ", undated"
        bits.append(head)
    elif span:
        bits.append(span)
    if extra:
        bits.append(extra)
    head = ", ".join(bits) if bits else "news articles"
    return f"Source: {head} · extracted by graphkit"


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
