"""Reading a held-out set and printing its scores, shared by the held-out tests.

Each ``tests/test_heldout_*.py`` extracts one JSON Lines file of
``tests/data`` once per module and scores the records with its gold's
scorers (``heldout_gold_2.score_stances`` and ``score_events``).
"""

from __future__ import annotations

from conftest import DATA


def read_set(extractor, name: str) -> dict:
    """Extraction records of ``tests/data/<name>`` by article id."""
    from graphkit.io.readers import ArticleReader

    return {r.article: r for r in extractor.extract(ArticleReader([DATA / name]))}


def stance_rows(records: dict) -> dict[str, set[tuple[str, str, str]]]:
    """(source, target, quad) of each article's stances, as the scorers take them."""
    return {a: {(s.source, s.target, s.quad) for s in r.stances} for a, r in records.items()}


def event_rows(records: dict) -> dict[str, list[tuple[str, str, str]]]:
    """(source, quad, target_text) of each article's events, as the scorers take them."""
    return {a: [(e.source, e.quad, e.target_text) for e in r.events] for a, r in records.items()}


def show(kind: str, result: dict) -> None:
    """Print a scorer's result: recall, precision, and the rows missed and extra (``pytest -s``)."""
    print(f"\n{kind} recall {result['found']}/{result['gold']} = {result['recall']:.3f}, "
          f"precision {result['read'] - len(result['extra'])}/{result['read']} = {result['precision']:.3f}")
    for row in result["missed"]:
        print("   missed", row)
    for row in result["extra"]:
        print("   extra ", row)
