"""Gephi's spreadsheet import: a node table and an edge table, written and read as a pair.

Nodes ``Id,Label,...``; edges ``Source,Target,Type,Weight,Kind,...``.
Column types come from ``docs/GRAPH_SCHEMA.md`` so that reading back does
not have to guess.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.io.atomic import atomic_files
from graphkit.io.attrs import _xml_text
from graphkit.io.style import gephi_ready

# ---------------------------------------------------------------------------
# CSV (Gephi spreadsheet import)
# ---------------------------------------------------------------------------

# Column types from docs/GRAPH_SCHEMA.md, so that reading back does not have
# to guess (a country code or an evidence id must stay a string).
_CSV_NODE_TYPES: dict[str, type] = {
    "label": str, "type": str, "country": str, "affiliation": str,
    "aliases": str, "first_date": str, "last_date": str,
    "mentions": int, "articles": int, "r": int, "g": int, "b": int,
    "size": float, "x": float, "y": float,
}
_CSV_EDGE_TYPES: dict[str, type] = {
    "kind": str, "evidence": str, "first_date": str, "last_date": str,
    "label": str, "articles": int, "sign": int,
    "verbal_cooperation": int, "material_cooperation": int,
    "verbal_conflict": int, "material_conflict": int,
    "weight": float, "score": float,
}
_INT_TEXT = re.compile(r"[+-]?\d+\Z")


# CSV cells spell values as the XML formats do.
_csv_text = _xml_text


def _infer(cells: list[str]) -> type:
    """The type of an unknown column, from its non-empty cells."""
    if cells and all(_INT_TEXT.match(c) for c in cells):
        return int
    if cells and all(c in ("true", "false") for c in cells):
        return bool
    try:
        for c in cells:
            float(c)
    except ValueError:
        return str
    return float if cells else str


def _parse(cell: str, t: type, where: str, column: str) -> Any:
    if t is str:
        return cell
    if t is bool:
        return cell == "true"
    try:
        return t(cell)
    except ValueError:
        raise InputError(where, f"column {column!r}: {cell!r} is not {t.__name__}") from None


#: First characters a spreadsheet reads as a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(cell: str) -> str:
    """``cell`` made safe for a spreadsheet: a leading ``'`` before a formula start.

    A cell that already starts with ``'`` gets one more, so
    :func:`unneutral_cell` gives back exactly what was written; numbers
    (``-3.5``) are left as they are.

    >>> neutral_cell("=HYPERLINK(1)"), neutral_cell("-2.5"), neutral_cell("'x")
    ("'=HYPERLINK(1)", '-2.5', "''x")
    >>> unneutral_cell(neutral_cell("@SUM(A1)"))
    '@SUM(A1)'
    """
    if cell and (cell[0] == "'" or cell[0] in _FORMULA_START):
        if cell[0] in "+-":
            try:
                float(cell)
                return cell
            except ValueError:
                pass
        return "'" + cell
    return cell


def unneutral_cell(cell: str) -> str:
    """The cell as it was before :func:`neutral_cell`."""
    return cell[1:] if cell.startswith("'") else cell


def _csv_text_of(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    # RFC 4180 line ends: the csv module quotes a cell only if it holds a
    # character of the line terminator, so with "\n" a lone "\r" would
    # go out unquoted and split the row when read back.
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([neutral_cell(c) for c in header])
    w.writerows([neutral_cell(c) for c in row] for row in rows)
    return buf.getvalue()


def write_csv(
    G: nx.Graph,
    nodes_path: str | os.PathLike,
    edges_path: str | os.PathLike,
) -> tuple[Path, Path]:
    """Write Gephi spreadsheet-import CSVs: a node table and an edge table.

    Nodes: ``Id,Label`` then the other attributes, sorted. Edges:
    ``Source,Target,Type,Weight,Kind`` then the other attributes, sorted;
    ``Type`` is ``Undirected`` for co-mention edges and ``Directed``
    otherwise. A ``Key`` column is added only when some edge's key differs
    from its ``kind``. Empty cells mean "no value". Graph-level attributes
    are not written.
    """
    # No colours or sizes added: the spreadsheet importer ignores them.
    H = gephi_ready(G, fill=False, where=str(nodes_path))
    ncols = sorted({c for _, d in H.nodes(data=True) for c in d} - {"label"})
    nodes_out = [
        [str(n), str(d.get("label", n))]
        + [_csv_text(d[c]) if c in d else "" for c in ncols]
        for n, d in H.nodes(data=True)
    ]
    edges = list(H.edges(keys=True, data=True))
    need_key = any(d.get("kind") != k for _, _, k, d in edges)
    ecols = sorted({c for *_, d in edges for c in d} - {"weight", "kind"})
    header = ["Source", "Target", "Type", "Weight", "Kind"] + (["Key"] if need_key else [])
    edges_out = []
    for u, v, k, d in edges:
        row = [
            str(u), str(v),
            "Undirected" if d.get("kind", k) == "co-mention" else "Directed",
            _csv_text(d["weight"]) if "weight" in d else "",
            _csv_text(d["kind"]) if "kind" in d else "",
        ]
        if need_key:
            row.append(str(k))
        row += [_csv_text(d[c]) if c in d else "" for c in ecols]
        edges_out.append(row)
    # Both tables or neither: a full disk never leaves nodes without edges.
    with atomic_files([nodes_path, edges_path], "wb") as (fn, fe):
        fn.write(_csv_text_of(["Id", "Label"] + ncols, nodes_out).encode("utf-8"))
        fe.write(_csv_text_of(header + ecols, edges_out).encode("utf-8"))
    return Path(nodes_path), Path(edges_path)


def _read_table(path: Any, required: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = [unneutral_cell(c) for c in reader.fieldnames or []]
            reader.fieldnames = header
            rows = [{k: unneutral_cell(v) if isinstance(v, str) else v for k, v in r.items()} for r in reader]
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(str(path), f"not readable as CSV ({e})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(str(path), f"missing column {missing[0]!r}")
    return header, rows


def _typed_columns(
    header: list[str], rows: list[dict[str, str]], reserved: set[str],
    known: dict[str, type],
) -> dict[str, type]:
    out = {}
    for c in header:
        if c in reserved:
            continue
        out[c] = known.get(c) or _infer([r[c] for r in rows if r.get(c)])
    return out


def read_csv(
    nodes_path: str | os.PathLike, edges_path: str | os.PathLike
) -> nx.MultiDiGraph:
    """Read the two tables written by :func:`write_csv` into a MultiDiGraph.

    Columns named in ``docs/GRAPH_SCHEMA.md`` get their schema type; other
    columns are typed by their cells (all whole numbers: int; all numbers:
    float; all ``true``/``false``: bool; else str). An edge's key is its
    ``Key`` cell when there is that column, else its ``Kind``. Edge ends
    that are not in the node table are added as bare nodes, as Gephi does.

    Raises
    ------
    InputError
        When a file is missing, lacks a required column, or a cell does not
        parse as its column's type.
    """
    nheader, nrows = _read_table(nodes_path, ["Id"])
    eheader, erows = _read_table(edges_path, ["Source", "Target"])
    ntypes = _typed_columns(nheader, nrows, {"Id", "Label"}, _CSV_NODE_TYPES)
    etypes = _typed_columns(
        eheader, erows, {"Source", "Target", "Type", "Weight", "Kind", "Key"},
        _CSV_EDGE_TYPES,
    )
    G = nx.MultiDiGraph()
    for i, r in enumerate(nrows, start=2):
        where = f"{nodes_path}:{i}"
        d: dict[str, Any] = {}
        if r.get("Label"):
            d["label"] = r["Label"]
        for c, t in ntypes.items():
            if r.get(c):
                d[c] = _parse(r[c], t, where, c)
        G.add_node(r["Id"], **dict(sorted(d.items())))
    for i, r in enumerate(erows, start=2):
        where = f"{edges_path}:{i}"
        d = {}
        if r.get("Weight"):
            d["weight"] = _parse(r["Weight"], float, where, "Weight")
        if r.get("Kind"):
            d["kind"] = r["Kind"]
        for c, t in etypes.items():
            if r.get(c):
                d[c] = _parse(r[c], t, where, c)
        key = r["Key"] if "Key" in r else r.get("Kind") or None
        G.add_edge(r["Source"], r["Target"], key=key, **dict(sorted(d.items())))
    return G


def _csv_pair(path: Path) -> tuple[Path, Path]:
    name, stem = path.name, path.stem
    for suffix in (".nodes.csv", ".edges.csv", ".csv"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")
