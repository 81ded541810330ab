"""Words said about an act whose doer the sentence names (graphkit.extraction.relations, implied).

"Somalia recalled its ambassador to Ethiopia and called Ethiopia's port
deal an attack on its sovereignty" is a cut in relations and words, two
records (one per source, target, quad and sentence: tests/data/GUIDELINES.md);
"counter India's decision to revoke ..., calling the move illegal": the move
named again is the decision's owner's. Sentences from several regions and
decades, written as wire copy.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_a_cut_in_relations_and_words_in_one_sentence_are_two_records(extractor):
    got = stances(extractor, "RABAT, 2021 - Morocco recalled its ambassador to Germany and called Berlin's "
                             "stance on Western Sahara a hostile act.")
    assert {("Morocco", "Germany", "material_conflict"), ("Morocco", "Germany", "verbal_conflict")} <= got
    got = stances(extractor, "CANBERRA, 1995 - Australia recalled its ambassador to France and called the "
                             "French nuclear tests an insult to the Pacific.")
    assert {("Australia", "France", "material_conflict"), ("Australia", "France", "verbal_conflict")} <= got


def test_the_move_named_again_is_the_owner_of_the_decision_named_before(extractor):
    got = stances(extractor, "ISLAMABAD, Aug 5 (Reuters) - Pakistan vowed to counter India's decision to "
                             "revoke the special status of Kashmir, calling the move illegal.")
    assert ("Pakistan", "India", "verbal_conflict") in got
    got = stances(extractor, "MOSCOW, 2018 - Russia criticised Britain's decision to expel 23 diplomats, "
                             "calling the step a provocation.")
    assert ("Russia", "United Kingdom", "verbal_conflict") in got
    # two owners: nobody is guessed
    got = stances(extractor, "CAIRO, 1979 - Syria attacked Egypt's plan and Israel's proposal, calling the move "
                             "a betrayal.")
    assert not any(q == "verbal_cooperation" for _, _, q in got)
