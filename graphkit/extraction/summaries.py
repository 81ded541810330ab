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



def event_rows(records: Iterable[Extraction], actors: Iterable[str] = (), quads: Iterable[str] = ()) -> list[dict]:
    """One row per one-sided event, in article and text order.

    ``actors`` keeps the events of these sources (case-insensitive); ``quads``
    keeps these quad classes, or a family (``material``, ``conflict``).

    >>> from graphkit.records import Event
    >>> rec = Extraction("a", events=[Event("Russia", "material_conflict", -1, "195", "struck", "Idlib",
    ...                                     "Russian jets struck Idlib.", 0, 26)])
    >>> [r["target"] for r in event_rows([rec], quads=["conflict"])], event_rows([rec], actors=["Chad"])
    (['Idlib'], [])
    """
    who = {a.lower() for a in actors}
    kinds = set(quads)
    return [
        {"article": rec.article, "date": rec.date, "source": e.source, "quad": e.quad, "cameo": e.cameo,
         "cue": e.cue, "target": e.target_text, "sentence": e.sentence}
        for rec in records
        for e in rec.events
        if (not who or e.source.lower() in who)
        and (not kinds or e.quad in kinds or bool(kinds & set(e.quad.split("_"))))
    ]
