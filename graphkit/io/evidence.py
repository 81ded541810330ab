"""The evidence file: one JSON line per mention, stance and quote, beside the graph.

A stance edge's ``evidence`` attribute lists the ids of its lines; the
report, the figures and the page read sentences from here.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from graphkit.errors import GraphkitError, InputError
from graphkit.io.atomic import atomic_open
from graphkit.io.attrs import _json_default


def _record_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.asdict(record)
    raise TypeError(f"cannot write a {type(record).__name__} as evidence")


def write_evidence(records: Iterable[Any], path: str | os.PathLike) -> int:
    """Write evidence records as JSON Lines, atomically; return the count.

    Each record (a dict, or a record with ``to_dict()``) becomes one line of
    ``json.dumps(record, ensure_ascii=False, sort_keys=True)``. The records
    are streamed, so the file may be larger than memory.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "g.evidence.jsonl")
    ...     write_evidence([{"id": "a#s0", "kind": "stance"}], p)
    ...     open(p, encoding="utf-8").read()
    1
    '{"id": "a#s0", "kind": "stance"}\\n'
    """
    count = 0
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as f:
        for record in records:
            try:
                line = json.dumps(
                    _record_dict(record), ensure_ascii=False, sort_keys=True,
                    allow_nan=False, default=_json_default,
                )
            except (TypeError, ValueError) as e:
                raise GraphkitError(f"{path}: evidence record {count}: {e}") from None
            f.write(line + "\n")
            count += 1
    return count


def read_evidence(path: str | os.PathLike) -> Iterator[dict[str, Any]]:
    """Yield the records of an evidence JSON Lines file (blank lines skipped).

    Raises
    ------
    InputError
        Naming ``path:line`` when a line is not a JSON object.
    """
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    with f:
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{i}", f"not JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{i}", "not a JSON object")
            yield record
