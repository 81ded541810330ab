"""The seed gold as a regression test: extraction must stay above the issue targets.

The gold files are a development set; these thresholds are the floor the
product promises (actors F1 0.90, type accuracy 0.95, every leader's
affiliation; stance F1 0.75 with quad accuracy 0.8; quote F1 0.85 with
speaker accuracy 0.9).
"""

from __future__ import annotations

import pytest

from graphkit.evaluate import load_gold, score
from conftest import GOLD

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(seed_records):
    return score([r.to_dict() for r in seed_records], load_gold(GOLD))


def test_actor_targets(scores):
    assert scores.actors.f1 >= 0.90
    assert scores.actor_type.value >= 0.95
    assert scores.affiliation.value == 1.0


def test_stance_targets(scores):
    assert scores.stances.f1 >= 0.75
    assert scores.quad.value >= 0.8


def test_quote_targets(scores):
    assert scores.quotes.f1 >= 0.85
    assert scores.speaker.value >= 0.9


def test_every_stance_carries_its_evidence(seed_records):
    from conftest import SEEDS

    for rec in seed_records:
        text = (SEEDS / rec.article).read_text(encoding="utf-8")
        names = {a.name for a in rec.actors}
        for s in rec.stances:
            assert text[s.start : s.end] == s.sentence
            assert s.source in names and s.target in names and s.source != s.target
        for q in rec.quotes:
            assert text[q.start : q.end] == q.text
