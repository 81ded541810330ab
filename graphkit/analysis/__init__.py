"""Analyses of a graphkit graph, one module per family of algorithms.

================  ==========================================================
``filters``       :func:`filter_graph`, :func:`project` (to simple graphs)
``centrality``    :func:`centrality` -> :class:`CentralityTable`
``camps``         :func:`communities`, :func:`factions`, :func:`frustration`
``balance``       :func:`balance` (structural balance of signed triads)
``neighbourhood`` :func:`ego`, :func:`resolve_actor`
``diff``          :func:`diff_graphs`
``synthetic``     :func:`synthetic_graph` (benchmarks and scale tests)
``definitions``   :data:`DEFINITIONS`: what every measure means, as text
================  ==========================================================

Every function takes the ``networkx.MultiDiGraph`` of
``docs/GRAPH_SCHEMA.md`` and returns a dataclass. Each result has
``columns()`` (column names), ``to_rows()`` (a list of flat dicts, one per
table row, for table and CSV output) and ``as_dict()`` (a JSON-ready dict).
Results are deterministic: iteration is sorted and randomised steps take a
``seed``.

>>> G = synthetic_graph(30, 120, seed=3)
>>> table = centrality(G)
>>> table.columns()[:3]
['name', 'type', 'degree']
>>> len(table.to_rows()) == G.number_of_nodes()
True
"""

from graphkit.analysis.balance import Balance, Triad, balance
from graphkit.analysis.camps import (
    Communities,
    Factions,
    FrustratedEdge,
    communities,
    factions,
    frustration,
)
from graphkit.analysis.centrality import MEASURES, CentralityRow, CentralityTable, centrality
from graphkit.analysis.definitions import DEFINITIONS
from graphkit.analysis.diff import EdgeChange, GraphDiff, SignFlip, diff_graphs
from graphkit.analysis.filters import (
    FilterError,
    affiliation_ties,
    filter_graph,
    project,
    roll_up,
    signed_pairs,
)
from graphkit.analysis.neighbourhood import Ego, Partner, ego, resolve_actor
from graphkit.analysis.synthetic import synthetic_graph

__all__ = [
    "DEFINITIONS",
    "MEASURES",
    "Balance",
    "CentralityRow",
    "CentralityTable",
    "Communities",
    "EdgeChange",
    "FilterError",
    "Ego",
    "Factions",
    "FrustratedEdge",
    "GraphDiff",
    "Partner",
    "SignFlip",
    "Triad",
    "affiliation_ties",
    "balance",
    "centrality",
    "communities",
    "diff_graphs",
    "ego",
    "factions",
    "filter_graph",
    "frustration",
    "project",
    "resolve_actor",
    "roll_up",
    "signed_pairs",
    "synthetic_graph",
]
