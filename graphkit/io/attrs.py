"""Attribute values every format (and Gephi) can hold, and the XML helpers the formats share.

Lists become ``"; "``-joined strings; ``None``, empty strings, NaN and
infinities are left out; each attribute gets one type across all nodes (or
edges). Outputs are deterministic: attributes sorted by name.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.io.atomic import atomic_write

# ---------------------------------------------------------------------------
# Cleaning attributes so every format (and Gephi) can hold them
# ---------------------------------------------------------------------------

_DROP = object()

# Attributes whose type the writers fix, whatever the values look like, so
# that Gephi always sees the same column type (weight a double even when all
# counts happen to be whole numbers).
_FLOAT_ATTRS = {
    "node": frozenset({"size", "x", "y"}),
    "edge": frozenset({"weight", "score"}),
    "graph": frozenset(),
}
_INT_ATTRS = {
    "node": frozenset({"r", "g", "b"}),
    "edge": frozenset(),
    "graph": frozenset(),
}

# Characters XML 1.0 cannot hold at all (most C0 controls, surrogates,
# U+FFFE/U+FFFF).
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _scalar(value: Any) -> Any:
    """A plain Python scalar for ``value``, or ``_DROP``."""
    if value is None:
        return _DROP
    item = getattr(value, "item", None)
    # numpy scalars (and 0-d arrays) turn into Python numbers.
    if item is not None and getattr(value, "shape", None) == ():
        value = item()
    elif hasattr(value, "tolist") and getattr(value, "shape", None):
        value = value.tolist()  # numpy arrays: joined like lists
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _DROP
    if isinstance(value, str):
        return value if value else _DROP
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = [_scalar(v) for v in value]
        parts = [str(p) for p in parts if p is not _DROP]
        if isinstance(value, (set, frozenset)):
            parts.sort()
        joined = "; ".join(p for p in parts if p)
        return joined if joined else _DROP
    if isinstance(value, Mapping):
        return _DROP
    text = str(value)  # dates and other objects with a readable str
    return text if text else _DROP


def _clean(data: Mapping, xml: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in sorted(data, key=str):
        value = _scalar(data[key])
        if xml and isinstance(value, str):
            # XML parsers turn \r\n and \r into \n; do it here so that what
            # is written is what is read back.
            value = _XML_BAD.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
            value = value or _DROP
        if value is not _DROP:
            out[str(key)] = value
    return out


_RANK = {bool: 0, int: 1, float: 2, str: 3}


def _convert(value: Any, to: type) -> Any:
    if to is str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return value if isinstance(value, str) else repr(value)
    if to is float:
        return float(value)
    if to is int:
        return int(value)
    return value


def _unify(items: list[dict[str, Any]], scope: str, where: str) -> None:
    """Give each attribute one type across ``items`` (in place)."""
    kinds: dict[str, set[type]] = {}
    for data in items:
        for k, v in data.items():
            kinds.setdefault(k, set()).add(type(v))
    for name, types in kinds.items():
        if name in _FLOAT_ATTRS[scope]:
            target: type = float
        elif name in _INT_ATTRS[scope]:
            target = int
        else:
            target = max(types, key=_RANK.__getitem__)
            if target is bool and len(types) == 1:
                continue
        for data in items:
            if name in data and type(data[name]) is not target:
                try:
                    data[name] = (
                        int(round(float(data[name])))
                        if target is int and not isinstance(data[name], str)
                        else _convert(data[name], target)
                    )
                except (TypeError, ValueError):
                    raise GraphkitError(
                        f"{where}: {scope} attribute {name!r} has value "
                        f"{data[name]!r}, not a number"
                    ) from None
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_INT32 = 2**31


def _xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _column_types(items: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """One GraphML/GEXF type name per attribute (after :func:`_unify`)."""
    types: dict[str, str] = {}
    for data in items:
        for k, v in data.items():
            if isinstance(v, bool):
                t = "boolean"
            elif isinstance(v, int):
                t = "long" if not -_INT32 <= v < _INT32 else "int"
                if types.get(k) == "long":
                    t = "long"
            elif isinstance(v, float):
                t = "double"
            else:
                t = "string"
            types[k] = t
    return dict(sorted(types.items()))


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    buf = io.BytesIO()
    ET.ElementTree(root).write(buf, encoding="utf-8", xml_declaration=True)
    buf.write(b"\n")
    return buf.getvalue()


def _check_ids(H: nx.MultiDiGraph, path: Any) -> None:
    for n in H.nodes:
        if _XML_BAD.search(str(n)):
            raise GraphkitError(
                f"{path}: node {str(n)!r} has characters XML cannot hold"
            )


# ---------------------------------------------------------------------------
# JSON (node-link)
# ---------------------------------------------------------------------------


def _sorted_copy(
    G: nx.Graph, positions: Mapping[str, tuple[float, float]] | None
) -> nx.MultiDiGraph:
    """``G`` as a MultiDiGraph, nodes by name, edges by (source, target, key)."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n, d in sorted(G.nodes(data=True), key=lambda n: str(n[0])):
        d = dict(d)
        if positions is not None and n in positions:
            d["x"], d["y"] = float(positions[n][0]), float(positions[n][1])
        H.add_node(n, **d)
    if G.is_multigraph():
        edges = list(G.edges(keys=True, data=True))
    else:
        edges = [(u, v, d.get("kind", 0), d) for u, v, d in G.edges(data=True)]
    for u, v, k, d in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        H.add_edge(u, v, key=k, **d)
    return H


def _dump(data: object, path: str | os.PathLike) -> Path:
    try:
        text = json.dumps(
            data, ensure_ascii=False, sort_keys=True, indent=1,
            allow_nan=False, default=_json_default,
        )
    except (TypeError, ValueError) as e:
        raise GraphkitError(f"{path}: cannot write as JSON: {e}") from None
    return atomic_write(path, text + "\n")


def _json_default(value: Any) -> Any:
    item = getattr(value, "item", None)
    if item is not None and getattr(value, "shape", None) == ():
        return item()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# ---------------------------------------------------------------------------
# Edge direction, shared by the formats that can say it
# ---------------------------------------------------------------------------

#: Edge kinds that have no direction: a co-mention names two actors together.
UNDIRECTED_KINDS = frozenset({"co-mention"})


def _undirected(key: Any, data: Mapping[str, Any]) -> bool:
    return data.get("kind", key) in UNDIRECTED_KINDS


def edge_type(G: nx.MultiDiGraph) -> str:
    """``"undirected"``, ``"directed"`` or ``"mixed"``: what ``G``'s edges hold.

    An edge graph with no edges counts as directed (the kind a stance graph has).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("Iran", "Iraq", key="co-mention", kind="co-mention")
    >>> edge_type(G)
    'undirected'
    >>> _ = G.add_edge("Iran", "Iraq", key="stance", kind="stance")
    >>> edge_type(G)
    'mixed'
    """
    seen = {_undirected(k, d) for _, _, k, d in G.edges(keys=True, data=True)}
    if seen == {True}:
        return "undirected"
    if seen == {True, False}:
        return "mixed"
    return "directed"
