"""The visual conventions files and figures share: colours, sizes, Gephi positions.

Type and stance colours are the Okabe-Ito palette, readable under the common
colour-vision deficiencies; GraphML/GEXF exports and the figures read the
same table, so Gephi and the PNG agree. It lives with the file formats
because they are the lowest stage that needs it (``graphkit.viz`` imports it
from here, never the other way round).

:func:`gephi_ready` is the graph every writer writes: sorted, cleaned
(lists joined, empty values dropped, one type per attribute) and with
``label``, colour and ``size`` filled in.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import networkx as nx

from graphkit.io.attrs import _clean, _unify

# ---------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------

#: Node colour (r, g, b) by actor type, from the Okabe-Ito palette, which
#: stays distinguishable under the common colour-vision deficiencies. Plots
#: and exports both read it, so Gephi and the PNG agree. It shares no hue
#: with the stance colours below (a figure never uses one colour for a type
#: and a sign): the bluish green and vermillion of the signs, and the orange
#: close to vermillion, are kept out. A new type takes one of
#: :data:`SPARE_TYPE_COLOURS`; ``tests/test_figures_read.py`` checks that
#: every type colour stays far from every sign colour, also as seen with
#: protanopia, deuteranopia and tritanopia.
TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "state": (0, 114, 178),  # blue
    "leader": (86, 180, 233),  # sky blue
    "armed_group": (204, 121, 167),  # reddish purple
    "organization": (240, 228, 66),  # yellow
    "person": (68, 34, 136),  # dark purple
    "unknown": (240, 240, 240),  # near white: no type
}

#: Colours free for a new actor type (far from the sign colours and from
#: the types above): sand.
SPARE_TYPE_COLOURS: tuple[tuple[int, int, int], ...] = ((221, 204, 119),)

#: Stance edge colours: cooperation bluish green, conflict vermillion
#: (Okabe-Ito), mixed/neutral dark grey; co-mention light grey.
COOPERATION_COLOUR: tuple[int, int, int] = (0, 158, 115)
CONFLICT_COLOUR: tuple[int, int, int] = (213, 94, 0)
NEUTRAL_COLOUR: tuple[int, int, int] = (110, 110, 110)
COMENTION_COLOUR: tuple[int, int, int] = (195, 195, 195)

#: The colours that mean a relation (sign or kind), never a type.
SIGN_COLOURS: tuple[tuple[int, int, int], ...] = (
    COOPERATION_COLOUR, CONFLICT_COLOUR, NEUTRAL_COLOUR, COMENTION_COLOUR,
)


def type_colour(actor_type: Any) -> tuple[int, int, int]:
    """The (r, g, b) colour of an actor type; unknown types are grey.

    >>> type_colour("state")
    (0, 114, 178)
    >>> type_colour(None) == TYPE_COLOURS["unknown"]
    True
    """
    return TYPE_COLOURS.get(actor_type, TYPE_COLOURS["unknown"])  # type: ignore[arg-type]


def hex_colour(rgb: tuple[int, int, int]) -> str:
    """``#rrggbb`` for an (r, g, b) triple of ints.

    >>> hex_colour((0, 114, 178))
    '#0072b2'
    """
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _stance_colour(sign: Any) -> tuple[int, int, int]:
    if isinstance(sign, (int, float)) and sign > 0:
        return COOPERATION_COLOUR
    if isinstance(sign, (int, float)) and sign < 0:
        return CONFLICT_COLOUR
    return NEUTRAL_COLOUR


def simple_projection(G: nx.Graph) -> nx.Graph:
    """Undirected simple graph with edge ``weight`` summed over kinds and directions.

    Missing weights count 1; negative weights count 0.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="co-mention", weight=2.0)
    >>> _ = G.add_edge("B", "A", key="stance", weight=1.0)
    >>> simple_projection(G)["A"]["B"]["weight"]
    3.0
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes, key=str))
    for u, v, data in sorted(
        G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))
    ):
        if u == v:
            continue
        w = data.get("weight", 1.0)
        w = float(w) if isinstance(w, (int, float)) and math.isfinite(w) else 1.0
        w = max(w, 0.0)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


# Up to this many actors PageRank runs in plain Python: networkx runs it on
# scipy, whose import (0.1-0.3 s) costs an article's graph more than the
# iteration.
PURE_PAGERANK_MAX = 150


def out_edges(P: nx.Graph, nodes: list[Any], attr: str) -> list[dict[int, float]]:
    """``rows[i][j]``: the ``attr`` of edge ``nodes[i] -> nodes[j]`` (both ways when undirected).

    The same entries as ``nx.to_scipy_sparse_array(P, nodes, weight=attr)``.
    """
    index = {v: i for i, v in enumerate(nodes)}
    rows: list[dict[int, float]] = [{} for _ in nodes]
    both = not P.is_directed()
    for u, v, d in P.edges(data=True):
        w = float(d.get(attr, 1))
        i, j = index[u], index[v]
        rows[i][j] = rows[i].get(j, 0.0) + w
        if both and i != j:
            rows[j][i] = rows[j].get(i, 0.0) + w
    return rows


def pagerank_python(
    P: nx.Graph, alpha: float = 0.85, max_iter: int = 100, tol: float = 1.0e-6
) -> dict[Any, float]:
    """``nx.pagerank(P, weight="weight")`` step for step, without scipy.

    networkx runs PageRank on scipy; for an article's graph importing scipy
    costs more than the iteration (``build`` sizes nodes by it, and
    :mod:`graphkit.analysis.centrality` reports it). Same transition matrix (rows scaled by
    their sums), same start, dangling and stopping rule, so the values agree
    to rounding (a test).
    """
    nodes = list(P)
    n = len(nodes)
    rows = out_edges(P, nodes, "weight")
    sums = [sum(row.values()) for row in rows]
    rows = [{j: (1.0 / t) * w for j, w in row.items()} if t != 0 else {} for row, t in zip(rows, sums)]
    dangling = [i for i, t in enumerate(sums) if t == 0]
    p = 1.0 / n
    x = [p] * n
    for _ in range(max_iter):
        last = x
        y = [0.0] * n
        for i, row in enumerate(rows):
            xi = last[i]
            for j, a in row.items():
                y[j] += xi * a
        lost = sum(last[i] for i in dangling) * p
        x = [alpha * (yj + lost) + (1 - alpha) * p for yj in y]
        if sum(abs(a - b) for a, b in zip(x, last)) < n * tol:
            return dict(zip(nodes, x))
    raise nx.PowerIterationFailedConvergence(max_iter)


def prominence(G: nx.Graph) -> dict[str, float]:
    """PageRank on :func:`simple_projection`: the default node size.

    The analysis package computes richer measures; this one exists so that
    plots and exports have a sensible size without depending on it.

    >>> G = nx.MultiDiGraph([("A", "B"), ("A", "C")])
    >>> p = prominence(G)
    >>> max(p, key=p.get)
    'A'
    """
    H = simple_projection(G)
    if H.number_of_nodes() == 0:
        return {}
    # Relative weights: PageRank only needs proportions, and weights near the
    # float limits (tiny or huge) would otherwise overflow its normalisation.
    wmax = max((d["weight"] for _, _, d in H.edges(data=True)), default=0.0)
    for u, v, d in list(H.edges(data=True)):
        rel = d["weight"] / wmax if wmax > 0 else 0.0
        if rel < 1e-9:
            H.remove_edge(u, v)
        else:
            d["weight"] = rel
    if H.number_of_edges() == 0:
        return {n: 1.0 / H.number_of_nodes() for n in H}
    try:
        if H.number_of_nodes() <= PURE_PAGERANK_MAX:
            return pagerank_python(H, max_iter=1000)
        return nx.pagerank(H, weight="weight", max_iter=1000)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - defensive
        total = sum(d for _, d in H.degree(weight="weight")) or 1.0
        return {n: d / total for n, d in H.degree(weight="weight")}


def scale_sizes(
    values: Mapping[Any, float], lo: float = 10.0, hi: float = 50.0
) -> dict[Any, float]:
    """Map values linearly onto ``[lo, hi]`` (all equal: the middle).

    Results are rounded to 3 decimals so that files do not change with the
    last bits of a floating-point sum.

    >>> scale_sizes({"a": 0.1, "b": 0.3, "c": 0.2})
    {'a': 10.0, 'b': 50.0, 'c': 30.0}
    """
    finite = {k: float(v) for k, v in values.items() if math.isfinite(float(v))}
    if not finite:
        return {k: round((lo + hi) / 2, 3) for k in values}
    vmin, vmax = min(finite.values()), max(finite.values())
    out = {}
    for k in values:
        v = finite.get(k, vmin)
        frac = 0.5 if vmax - vmin <= 1e-12 * max(1.0, abs(vmax)) else (v - vmin) / (vmax - vmin)
        out[k] = round(lo + (hi - lo) * frac, 3)
    return out


#: Gephi draws nodes 10-50 units wide; layouts are in [-1, 1], so the
#: positions written to GraphML and GEXF are multiplied by this.
GEPHI_SCALE = 1000.0


def _gephi_positions(positions):
    if positions is None:
        return None
    return {
        n: (round(float(x) * GEPHI_SCALE, 2), round(float(y) * GEPHI_SCALE, 2))
        for n, (x, y) in positions.items()
    }


def gephi_ready(
    G: nx.Graph,
    sizes: Mapping[str, float] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    *,
    fill: bool = True,
    xml: bool = False,
    where: str = "graph",
) -> nx.MultiDiGraph:
    """A sorted, cleaned copy of ``G`` with what Gephi needs filled in.

    Every node gets ``label`` (its name), ``r``/``g``/``b`` (its type's
    colour) and ``size`` when it has none; ``sizes`` (raw centrality values,
    scaled to 10-50) and ``positions`` (which set ``x``/``y``) override.
    Attribute values are cleaned as the module docstring says. This is the
    graph the writers write and the readers read back.

    Parameters
    ----------
    G : networkx graph
        The actor graph; any networkx graph is accepted and returned as a
        MultiDiGraph.
    sizes : dict, optional
        Centrality by node; default :func:`prominence`.
    positions : dict, optional
        ``(x, y)`` by node.
    fill : bool
        Add ``label``, colour and ``size``; with False only clean and sort.
    xml : bool
        Also remove characters XML 1.0 cannot hold from strings.
    where : str
        Names the output in error messages.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Hamas", type="armed_group", aliases=["Hamas", ""], note=None)
    >>> d = gephi_ready(G).nodes["Hamas"]
    >>> d["aliases"], d["label"], (d["r"], d["g"], d["b"]), d["size"], "note" in d
    ('Hamas', 'Hamas', (204, 121, 167), 30.0, False)
    """
    H = nx.MultiDiGraph()
    H.graph.update(_clean(G.graph, xml))
    # Cleaned first: a size that cleaning drops (null, NaN, "") is no size,
    # so the node is given one like a node that never had it.
    nodes = [(n, _clean(data, xml)) for n, data in sorted(G.nodes(data=True), key=lambda n: str(n[0]))]
    if not fill:
        scaled = {}
    elif sizes is not None:
        scaled = scale_sizes({n: sizes.get(n, 0.0) for n, _ in nodes})
    elif any("size" not in d for _, d in nodes):
        scaled = scale_sizes(prominence(G)) if nodes else {}
    else:
        scaled = {}
    for n, d in nodes:
        if fill:
            d.setdefault("label", str(n))
            if not all(c in d for c in ("r", "g", "b")):
                d["r"], d["g"], d["b"] = type_colour(d.get("type"))
            if sizes is not None or "size" not in d:
                d["size"] = scaled[n]
        if positions is not None and n in positions:
            x, y = positions[n]
            d["x"], d["y"] = float(x), float(y)
        d = dict(sorted(d.items()))
        H.add_node(n, **d)
    _unify([d for _, d in H.nodes(data=True)], "node", where)
    if G.is_multigraph():
        edges = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(u, v, d.get("kind", 0), d) for u, v, d in G.edges(data=True)]
    edges.sort(key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, k, data in edges:
        H.add_edge(u, v, key=k, **_clean(data, xml))
    _unify([d for _, _, d in H.edges(data=True)], "edge", where)
    _unify([H.graph], "graph", where)
    return H
