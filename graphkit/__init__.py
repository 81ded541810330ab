"""graphkit: turn news text into an actor-relationship graph.

The package is laid out as its data flows, one folder per stage
(``docs/ARCHITECTURE.md``)::

    io (read articles)  ->  extraction (records)  ->  graph (fold, write)
                        ->  analysis (measures)   ->  viz (figures, report)

The names users need are importable from here and load lazily, so
``import graphkit`` stays cheap:

>>> import graphkit
>>> graphkit.__version__ >= "0.1"
True
>>> graphkit.read_graph.__module__
'graphkit.io.graphfile'
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

from graphkit.errors import GraphkitError, InputError  # noqa: E402

_NAMES = {
    # extraction
    "Options": "graphkit.extraction.options",
    "RunStats": "graphkit.extraction.options",
    "Extractor": "graphkit.extraction.extractor",
    "extractions": "graphkit.extraction.run",
    "Registry": "graphkit.extraction.registry",
    "Lexicon": "graphkit.extraction.lexicon",
    # graph
    "build": "graphkit.graph.build",
    "build_graph": "graphkit.graph.builder",
    "GraphBuilder": "graphkit.graph.builder",
    "export": "graphkit.graph.export",
    "layout": "graphkit.graph.layout",
    # io
    "ArticleReader": "graphkit.io.readers",
    "read_graph": "graphkit.io.graphfile",
    "write_graph": "graphkit.io.graphfile",
    "read_evidence": "graphkit.io.evidence",
    "write_evidence": "graphkit.io.evidence",
    # analysis
    "centrality": "graphkit.analysis",
    "communities": "graphkit.analysis",
    "factions": "graphkit.analysis",
    "balance": "graphkit.analysis",
    "ego": "graphkit.analysis",
    "diff_graphs": "graphkit.analysis",
    "filter_graph": "graphkit.analysis",
    # viz
    "draw": "graphkit.viz.figures",
    "write_report": "graphkit.viz.report",
    # records
    "Article": "graphkit.records",
    "Extraction": "graphkit.records",
}

__all__ = sorted(["GraphkitError", "InputError", "__version__", *_NAMES])


def __getattr__(name: str):
    try:
        module = _NAMES[name]
    except KeyError:
        raise AttributeError(f"module 'graphkit' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_NAMES))
