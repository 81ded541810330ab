"""Render result rows as a terminal table, CSV or JSON.

Every analysis result offers ``to_rows()``: a list of flat dicts. This module
is the one place that turns such rows into text, so all commands share the
same ``--format`` behaviour.

>>> print(render([{"actor": "Turkey", "pagerank": 0.25}], "csv"), end="")
actor,pagerank
Turkey,0.25
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "csv", "json")


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for row in rows:
        for key in row:
            if key not in cols:
                cols.append(key)
    return cols


def _cell(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _csv_cell(value: Any) -> Any:
    from graphkit.io.csv_pair import neutral_cell

    return neutral_cell(value) if isinstance(value, str) else value


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F]}
_CONTROL.update({0x9B: "\\x9b"})


def _safe(value: Any) -> Any:
    """Control characters shown escaped: a name must not move the terminal's cursor or change its colours."""
    return value.translate(_CONTROL) if isinstance(value, str) else value


def render(rows: Sequence[dict[str, Any]], fmt: str = "table") -> str:
    """Rows as ``table`` (aligned text), ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"
    cols = _columns(rows)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(_cell(row.get(k))) for k in cols})
        return buf.getvalue()
    if fmt == "table":
        if not rows:
            return "(no rows)\n"
        from tabulate import tabulate

        body = [[_safe(_cell(row.get(k))) for k in cols] for row in rows]
        return tabulate(body, headers=cols, floatfmt=".4g", disable_numparse=False) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
