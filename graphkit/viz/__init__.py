"""The last stage: figures, the report, pages — what a reader looks at.

One module per figure view, each drawing from plain inputs (the graph of
``docs/GRAPH_SCHEMA.md``, dicts, lists) on its own matplotlib figure:
:mod:`~graphkit.viz.network`, :mod:`~graphkit.viz.factions`,
:mod:`~graphkit.viz.centrality`, :mod:`~graphkit.viz.matrix`,
:mod:`~graphkit.viz.timeline`. :mod:`~graphkit.viz.common` holds what they
share (figure set-up, deterministic saving, legends), :mod:`~graphkit.viz.labels`
the label placement. :mod:`~graphkit.viz.figures` computes what a view needs
from a graph file and draws it; :mod:`~graphkit.viz.page` writes the
interactive HTML page; :mod:`~graphkit.viz.report` writes the whole report
folder.

Names load lazily, so importing :mod:`graphkit.viz` does not import
matplotlib until a figure is drawn.
"""

from __future__ import annotations

import importlib

_NAMES = {
    "plot_network": "graphkit.viz.network",
    "plot_factions": "graphkit.viz.factions",
    "plot_centrality": "graphkit.viz.centrality",
    "plot_stance_matrix": "graphkit.viz.matrix",
    "plot_timeline": "graphkit.viz.timeline",
    "monthly_stance_counts": "graphkit.viz.timeline",
    "top_actors": "graphkit.viz.common",
    "FACTION_COLOURS": "graphkit.viz.common",
    "MAX_LABELS": "graphkit.viz.common",
    "VIEWS": "graphkit.viz.figures",
    "draw": "graphkit.viz.figures",
    "write_report": "graphkit.viz.report",
}

__all__ = sorted(_NAMES)


def __getattr__(name: str):
    try:
        module = _NAMES[name]
    except KeyError:
        raise AttributeError(f"module 'graphkit.viz' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_NAMES))
