"""Stage 3: fold extraction records into the actor graph, lay it out, write it.

- :mod:`~graphkit.graph.builder`: :class:`GraphBuilder` folds records into a
  ``networkx.MultiDiGraph`` (schema: ``docs/GRAPH_SCHEMA.md``).
- :mod:`~graphkit.graph.build`: :func:`build`, the whole flow from inputs to
  the graph file and its evidence file.
- :mod:`~graphkit.graph.layout`: the seeded layout shared by figures, GEXF and the page.
- :mod:`~graphkit.graph.export`: :func:`export`, a graph file as Gephi opens it.
"""

from graphkit.graph.build import BuildResult, build, evidence_path_for
from graphkit.graph.builder import GraphBuilder, build_graph
from graphkit.graph.export import export
from graphkit.graph.layout import layout

__all__ = ["BuildResult", "GraphBuilder", "build", "build_graph", "evidence_path_for", "export", "layout"]
