"""Corpus-level summaries of extraction records, as rows for tables.

>>> from graphkit.records import Extraction, ActorInfo
>>> recs = [Extraction("a", actors=[ActorInfo("Turkey", "state", ["Turkey"], None, "TUR", 2)]),
...         Extraction("b", actors=[ActorInfo("Turkey", "state", ["Ankara"], None, "TUR", 1)])]
>>> actor_rows(recs)[0]["aliases"]
'Ankara; Turkey'
"""

from __future__ import annotations

from collections.abc import Iterable

from graphkit.records import Extraction


def actor_rows(records: Iterable[Extraction]) -> list[dict]:
    """One row per actor across all ``records``, most mentioned first."""
    merged: dict[str, dict] = {}
    for rec in records:
        for a in rec.actors:
            row = merged.setdefault(
                a.name,
                {"actor": a.name, "type": a.type, "country": a.country, "affiliation": a.affiliation,
                 "mentions": 0, "articles": 0, "aliases": set()},
            )
            row["mentions"] += a.mentions
            row["articles"] += 1
            row["aliases"].update(a.aliases)
    rows = sorted(merged.values(), key=lambda r: (-r["mentions"], r["actor"]))
    for r in rows:
        r["aliases"] = "; ".join(sorted(r["aliases"]))
    return rows


def quote_rows(records: Iterable[Extraction]) -> list[dict]:
    """One row per quote, in article and text order."""
    return [
        {"article": rec.article, "speaker": q.speaker, "direct": q.direct, "targets": "; ".join(q.targets),
         "text": q.text, "start": q.start, "end": q.end}
        for rec in records
        for q in rec.quotes
    ]

