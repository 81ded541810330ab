"""GEXF 1.3, Gephi's own format: writer and reader.

Nodes carry ``viz`` colour, size and position; attributes are typed
columns; nodes and edges with ISO ``first_date``/``last_date`` get spells so
that Gephi's timeline plays the graph.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit import __version__
from graphkit.errors import InputError
from graphkit.io.atomic import atomic_write
from graphkit.io.attrs import (
    _XSI,
    _check_ids,
    _column_types,
    _serialise,
    _undirected,
    _xml_text,
    edge_type,
)
from graphkit.io.style import (
    COMENTION_COLOUR,
    _gephi_positions,
    _stance_colour,
    gephi_ready,
)

# ---------------------------------------------------------------------------
# GEXF 1.3
# ---------------------------------------------------------------------------

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
_GEXF_TYPE = {"int": "integer", "long": "long", "double": "double",
              "boolean": "boolean", "string": "string"}
_GEXF_INT_TYPES = {"integer", "long", "short", "byte", "biginteger", "int"}
_GEXF_FLOAT_TYPES = {"double", "float", "bigdecimal"}
# Node attributes carried by reserved XML attributes or viz elements.
_NODE_RESERVED = {"label", "r", "g", "b", "size", "x", "y"}
_EDGE_RESERVED = {"label", "weight"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _iso_date(value: Any) -> str | None:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return None
        return value
    return None


def _spell(parent: ET.Element, data: Mapping[str, Any]) -> bool:
    start, end = _iso_date(data.get("first_date")), _iso_date(data.get("last_date"))
    if start is None and end is None:
        return False
    attrs = {}
    if start is not None:
        attrs["start"] = start
    if end is not None:
        attrs["end"] = end
    ET.SubElement(ET.SubElement(parent, "spells"), "spell", attrs)
    return True


def _edge_label(key: Any, data: Mapping[str, Any]) -> str:
    return str(data.get("kind", key))


#: Graph attributes kept in ``<meta><description>``, with their types.
_DESCRIBED = {"articles": int, "dated_articles": int, "first_date": str, "last_date": str,
              "level": str, "window": str}
_DESCRIPTION_HEAD = "graphkit graph:"


def describe_graph(meta) -> str:
    """The graph attributes a figure needs, as ``<meta><description>`` text.

    >>> describe_graph({"articles": 5, "dated_articles": 1, "first_date": "2018-09-19", "x": 1})
    'graphkit graph: articles=5; dated_articles=1; first_date=2018-09-19'
    """
    pairs = [f"{k}={meta[k]}" for k in _DESCRIBED
             if k in meta and meta[k] is not None and ";" not in str(meta[k])
             and "=" not in str(meta[k])]
    return f"{_DESCRIPTION_HEAD} {'; '.join(pairs)}" if pairs else ""


def read_description(text: str) -> dict:
    """Graph attributes back from :func:`describe_graph` text; other text gives none.

    >>> read_description("graphkit graph: articles=5; dated_articles=1; level=actor")
    {'articles': 5, 'dated_articles': 1, 'level': 'actor'}
    >>> read_description("Made by hand in Gephi")
    {}
    """
    text = text.strip()
    if not text.startswith(_DESCRIPTION_HEAD):
        return {}
    out = {}
    for part in text[len(_DESCRIPTION_HEAD):].split(";"):
        key, eq, value = part.strip().partition("=")
        if not eq or key not in _DESCRIBED:
            continue
        try:
            out[key] = _DESCRIBED[key](value)
        except ValueError:
            continue  # a hand-edited count that is no number: leave it out
    return out


def write_gexf(
    G: nx.Graph,
    path: str | os.PathLike,
    positions: Mapping[str, tuple[float, float]] | None = None,
    sizes: Mapping[str, float] | None = None,
) -> Path:
    """Write ``G`` as GEXF 1.3 for Gephi.

    Nodes carry ``label`` and ``viz:color``/``viz:size``/``viz:position``;
    edges carry ``label`` (the edge's kind unless it has its own label),
    ``weight``, and ``kind`` = the edge key (so that Gephi keeps a stance and
    a co-mention edge between the same pair apart). ``defaultedgetype``
    follows what the file holds: ``undirected`` when every edge is a
    co-mention, ``directed`` when every edge is a stance, and ``mixed`` only
    when both are there, each edge then saying its own ``type`` (Gephi and
    graphology read mixed graphs; networkx's ``read_gexf`` does not: write one
    kind with ``graphkit export --kind``). Other attributes are typed ``<attvalue>`` columns
    (the edge's ``kind`` attribute among them). Nodes and edges with ISO
    ``first_date``/``last_date`` get a ``<spell>`` and the graph is written
    ``mode="dynamic" timeformat="date"``, so Gephi's timeline plays it.

    GEXF has no graph-level attributes: the generator goes to
    ``<meta><creator>`` and what a figure's source line needs (articles,
    dated articles, date span, level, window) to ``<meta><description>`` as
    ``key=value`` pairs, which :func:`read_gexf` reads back.

    Parameters
    ----------
    G : networkx graph
        The actor graph.
    path : path-like
        Output file.
    positions : dict, optional
        Layout in ``[-1, 1]``, normally the plot's, written times
        :data:`GEPHI_SCALE` (to 2 decimals); default the nodes' own ``x``/``y``
        (:func:`graphkit.graph.export.export` fills in the seeded layout).
    sizes : dict, optional
        Centrality by node, as for :func:`gephi_ready`.
    """
    H = gephi_ready(G, sizes, _gephi_positions(positions), xml=True, where=str(path))
    _check_ids(H, path)
    node_cols = _column_types(
        {k: v for k, v in d.items() if k not in _NODE_RESERVED}
        for _, d in H.nodes(data=True)
    )
    edge_cols = _column_types(
        {k: v for k, v in d.items() if k not in _EDGE_RESERVED}
        for _, _, d in H.edges(data=True)
    )
    root = ET.Element(
        "gexf",
        {
            "xmlns": GEXF_NS,
            "xmlns:viz": GEXF_VIZ_NS,
            "xmlns:xsi": _XSI,
            "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd",
            "version": "1.3",
        },
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = str(
        H.graph.get("generator", f"graphkit {__version__}")
    )
    described = describe_graph(H.graph)
    if described:
        ET.SubElement(meta, "description").text = described
    direction = edge_type(H)
    graph = ET.SubElement(root, "graph", {"defaultedgetype": direction})
    node_ids, edge_ids = {}, {}
    for cls, cols, ids in (("node", node_cols, node_ids), ("edge", edge_cols, edge_ids)):
        if not cols:
            continue
        decl = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for i, (title, t) in enumerate(cols.items()):
            ids[title] = str(i)
            ET.SubElement(
                decl, "attribute", {"id": str(i), "title": title, "type": _GEXF_TYPE[t]}
            )

    def attvalues(parent: ET.Element, data: Mapping[str, Any], ids: dict) -> None:
        values = [(ids[k], v) for k, v in data.items() if k in ids]
        if values:
            box = ET.SubElement(parent, "attvalues")
            for aid, v in values:
                ET.SubElement(box, "attvalue", {"for": aid, "value": _xml_text(v)})

    dynamic = False
    nodes_el = ET.SubElement(graph, "nodes")
    # Prefixed tag names written literally: the root declares xmlns:viz, and
    # ElementTree would otherwise invent an "ns0" prefix.
    for n, d in H.nodes(data=True):
        el = ET.SubElement(nodes_el, "node", {"id": str(n), "label": str(d["label"])})
        attvalues(el, d, node_ids)
        dynamic |= _spell(el, d)
        ET.SubElement(
            el, "viz:color",
            {"r": str(d["r"]), "g": str(d["g"]), "b": str(d["b"])},
        )
        ET.SubElement(el, "viz:size", {"value": _xml_text(d["size"])})
        if "x" in d and "y" in d:
            ET.SubElement(
                el, "viz:position",
                {"x": _xml_text(d["x"]), "y": _xml_text(d["y"]), "z": "0.0"},
            )
    edges_el = ET.SubElement(graph, "edges")
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True)):
        attrs = {"id": str(i), "source": str(u), "target": str(v)}
        kind = d.get("kind", k)
        if direction == "mixed":
            attrs["type"] = "undirected" if _undirected(k, d) else "directed"
        attrs["label"] = str(d.get("label", _edge_label(k, d)))
        attrs["kind"] = str(k)
        if "weight" in d:
            attrs["weight"] = _xml_text(d["weight"])
        el = ET.SubElement(edges_el, "edge", attrs)
        attvalues(el, d, edge_ids)
        dynamic |= _spell(el, d)
        rgb = COMENTION_COLOUR if kind == "co-mention" else _stance_colour(d.get("sign"))
        ET.SubElement(
            el, "viz:color",
            {"r": str(rgb[0]), "g": str(rgb[1]), "b": str(rgb[2])},
        )
    graph.set("mode", "dynamic" if dynamic else "static")
    if dynamic:
        graph.set("timeformat", "date")
    return atomic_write(path, _serialise(root))


def _gexf_value(text: str, gexf_type: str) -> Any:
    if gexf_type in _GEXF_INT_TYPES:
        return int(text)
    if gexf_type in _GEXF_FLOAT_TYPES:
        return float(text)
    if gexf_type == "boolean":
        return text.strip().lower() == "true"
    return text


def _cut(text: Any, n: int = 40) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 3] + "..."


def _element(el: ET.Element) -> str:
    """``node 'Chad'`` or ``edge 'Chad' -> 'Niger'``: where in the file, in words."""
    if el.tag.endswith("}edge"):
        return f"edge {_cut(el.get('source'))!r} -> {_cut(el.get('target'))!r}"
    return f"node {_cut(el.get('id'))!r}"


def _viz_number(path: Any, el: ET.Element, what: str, attr: str, text: str,
                whole: bool = False, signed: bool = False) -> float | int:
    """A number from a viz element or a weight, or one line saying which element holds what.

    Colours are whole numbers 0-255, sizes and weights finite and >= 0,
    positions any finite number: anything else would end in a traceback
    in a figure or an analysis far from the file.
    """
    try:
        value: float | int = int(text) if whole else float(text)
        ok = math.isfinite(value) and (signed or value >= 0) and (not whole or value <= 255)
    except (TypeError, ValueError):
        ok = False
    if not ok:
        need = "a whole number 0-255" if whole else "a finite number" if signed else "a finite number >= 0"
        raise InputError(str(path), f"{_element(el)}: {what} {attr}={_cut(text)!r} is not {need}")
    return value


def read_gexf(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read GEXF 1.3 (as written by :func:`write_gexf`) into a MultiDiGraph.

    ``viz:color`` becomes ``r``/``g``/``b``, ``viz:size`` ``size``,
    ``viz:position`` ``x``/``y``; an edge's ``kind`` is its key, and its
    label is kept only when it differs from its kind.

    Raises
    ------
    InputError
        When the file is missing, is not XML, or is not GEXF 1.3.
    """
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (ET.ParseError, OSError) as e:
        raise InputError(str(path), f"not readable as XML ({e})") from None
    ns, viz = f"{{{GEXF_NS}}}", f"{{{GEXF_VIZ_NS}}}"
    if root.tag != f"{ns}gexf":
        raise InputError(str(path), "not a GEXF 1.3 file (root element or namespace)")
    graph = root.find(f"{ns}graph")
    if graph is None:
        raise InputError(str(path), "GEXF file has no <graph>")
    declared: dict[str, dict[str, tuple[str, str, str | None]]] = {"node": {}, "edge": {}}
    for decl in graph.findall(f"{ns}attributes"):
        cls = decl.get("class", "node")
        for a in decl.findall(f"{ns}attribute"):
            default = a.find(f"{ns}default")
            declared.setdefault(cls, {})[a.get("id", "")] = (
                a.get("title", a.get("id", "")),
                a.get("type", "string"),
                default.text if default is not None else None,
            )

    def where(el: ET.Element) -> str:
        return _element(el)

    def values(el: ET.Element, cls: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        decl = declared.get(cls, {})
        for title, t, default in decl.values():
            if default is not None:
                try:
                    out[title] = _gexf_value(default, t)
                except ValueError:
                    raise InputError(str(path), f"attribute {_cut(title)!r} default {_cut(default)!r} is not {t}") from None
        box = el.find(f"{ns}attvalues")
        for av in box.findall(f"{ns}attvalue") if box is not None else ():
            aid = av.get("for", av.get("id", ""))
            title, t, _ = decl.get(aid, (aid, "string", None))
            try:
                out[title] = _gexf_value(av.get("value", ""), t)
            except ValueError:
                raise InputError(
                    str(path), f"{where(el)}: attribute {_cut(title)!r} value {_cut(av.get('value'))!r} is not {t}"
                ) from None
        return out

    G = nx.MultiDiGraph()
    description = root.find(f"{ns}meta/{ns}description")
    if description is not None and description.text:
        G.graph.update(read_description(description.text))
    nodes_el = graph.find(f"{ns}nodes")
    nodes = []
    for el in nodes_el.findall(f"{ns}node") if nodes_el is not None else ():
        nid = el.get("id")
        if nid is None:
            raise InputError(str(path), "a node has no id")
        d = values(el, "node")
        if el.get("label") is not None:
            d["label"] = el.get("label")
        colour = el.find(f"{viz}color")
        if colour is not None:
            for c in "rgb":
                if colour.get(c) is not None:
                    d[c] = _viz_number(path, el, "viz:color", c, colour.get(c), whole=True)
        size = el.find(f"{viz}size")
        if size is not None and size.get("value") is not None:
            d["size"] = _viz_number(path, el, "viz:size", "value", size.get("value"))
        pos = el.find(f"{viz}position")
        if pos is not None:
            d["x"], d["y"] = (_viz_number(path, el, "viz:position", a, pos.get(a, "0"), signed=True) for a in "xy")
        nodes.append((nid, dict(sorted(d.items()))))
    G.add_nodes_from(sorted(nodes, key=lambda n: n[0]))
    edges_el = graph.find(f"{ns}edges")
    edges = []
    for i, el in enumerate(edges_el.findall(f"{ns}edge") if edges_el is not None else ()):
        u, v = el.get("source"), el.get("target")
        if u is None or v is None:
            raise InputError(str(path), f"edge {el.get('id', i)} has no source or target")
        key = el.get("kind", el.get("id", str(i)))
        d = values(el, "edge")
        if el.get("weight") is not None:
            d["weight"] = _viz_number(path, el, "edge", "weight", el.get("weight"))
        label = el.get("label")
        if label is not None and label != _edge_label(key, d):
            d["label"] = label
        edges.append((u, v, key, dict(sorted(d.items()))))
    for u, v, k, d in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        G.add_edge(u, v, key=k, **d)
    return G
