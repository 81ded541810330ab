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

from graphkit.io.atomic import atomic_open, atomic_write
from graphkit.io.csv_pair import read_csv, write_csv
from graphkit.io.evidence import read_evidence, write_evidence
from graphkit.io.gexf import read_gexf, write_gexf
from graphkit.io.graphfile import FORMATS, read_graph, write_graph
from graphkit.io.graphml import read_graphml, write_graphml
from graphkit.io.graphology import read_graphology, write_graphology
from graphkit.io.nodelink import read_json, write_json
from graphkit.io.readers import ArticleReader, iter_articles

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
