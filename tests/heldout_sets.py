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


def articles_named(*golds) -> set[str]:
    """Every article id the gold lists name (rows' first field, or the ids themselves)."""
    return {row[0] if isinstance(row, tuple) else row for gold in golds for row in gold}


def check_bars(kind: str, result: dict, recall: float, precision: float) -> None:
    """Print a scorer's result and hold it to its recall and precision bars."""
    show(kind, result)
    assert result["recall"] >= recall, (result["recall"], result["missed"])
    assert result["precision"] >= precision, (result["precision"], result["extra"])


def check_quotes_and_speakers(records: dict, speakers, found: int, right: int) -> None:
    """Quotes found of the gold's and speakers right of those found, held to their bars."""
    from test_political_news import score

    matched, correct, misses = score(records, speakers)
    print(f"\nspeakers right {correct}/{matched}; quotes found {matched}/{len(speakers)}")
    for m in misses:
        print("  ", m)
    assert matched >= found and correct >= right, misses


def quad_on_gold_pairs(records: dict, stances, polarity: dict) -> tuple[int, int]:
    """(right, read): of the read stances whose (source, target, polarity) a
    gold row holds, how many also carry that row's quad."""
    from heldout_gold_2 import _names

    pairs = agree = 0
    for a, r in records.items():
        for s in r.stances:
            rows = [row for row in stances if row[0] == a and s.source in _names(row[1])
                    and s.target in _names(row[2]) and polarity[row[3]] == s.polarity]
            if rows:
                pairs += 1
                agree += any(row[3] == s.quad for row in rows)
    print(f"\nquad right on {agree}/{pairs} read stances whose pair and polarity are gold")
    return agree, pairs


def loud_silent(records: dict, silent) -> dict:
    """Silent articles read with a stance or an event: their stances and event cues."""
    loud = {a: ([(s.source, s.target, s.cue) for s in records[a].stances], [e.cue for e in records[a].events])
            for a in silent if records[a].stances or records[a].events}
    print(f"\nsilent items read loud: {loud}")
    return loud


def check_polarity(records: dict, polarity: dict) -> None:
    """Every stance's polarity is its quad's."""
    for r in records.values():
        for s in r.stances:
            assert s.polarity == polarity[s.quad]
