"""Stage 1 and the last stage: reading inputs and reading/writing files.

Nothing here knows about spaCy, analysis or figures; every other stage may
import from here.

- :mod:`~graphkit.io.readers`: articles from files, folders, JSON Lines, stdin.
- :mod:`~graphkit.io.atomic`: the one place that writes output files.
- :mod:`~graphkit.io.attrs`: attribute cleaning and typing shared by the formats.
- :mod:`~graphkit.io.style`: colours, sizes and Gephi positions shared by files and figures.
- one module per graph format, writer and reader side by side:
  :mod:`~graphkit.io.graphml`, :mod:`~graphkit.io.gexf`,
  :mod:`~graphkit.io.nodelink` (JSON), :mod:`~graphkit.io.graphology`
  (graphology's JSON), :mod:`~graphkit.io.csv_pair`;
  :mod:`~graphkit.io.graphfile` picks one by extension.
- :mod:`~graphkit.io.evidence`: the evidence JSON Lines file.
- :mod:`~graphkit.io.terminal`: tables for the terminal (table, CSV, JSON).
"""

import importlib

# Where each public name lives. Imported on first use: reading articles (what
# every extracting command does first) must not pay for networkx, which the
# graph formats import.
_HOME = {
    "atomic_open": "atomic",
    "atomic_write": "atomic",
    "read_csv": "csv_pair",
    "write_csv": "csv_pair",
    "read_evidence": "evidence",
    "write_evidence": "evidence",
    "read_gexf": "gexf",
    "write_gexf": "gexf",
    "FORMATS": "graphfile",
    "read_graph": "graphfile",
    "write_graph": "graphfile",
    "read_graphml": "graphml",
    "write_graphml": "graphml",
    "read_graphology": "graphology",
    "write_graphology": "graphology",
    "read_json": "nodelink",
    "write_json": "nodelink",
    "ArticleReader": "readers",
    "iter_articles": "readers",
}


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'graphkit.io' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"graphkit.io.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "FORMATS",
    "ArticleReader",
    "atomic_open",
    "atomic_write",
    "iter_articles",
    "read_csv",
    "read_evidence",
    "read_gexf",
    "read_graph",
    "read_graphml",
    "read_graphology",
    "read_json",
    "write_csv",
    "write_evidence",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_graphology",
    "write_json",
]
