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


def test_words_about_an_act_named_again_in_a_statement_aim_at_its_doer(extractor):
    got = stances(extractor, "BANGKOK, Sept 19 (Reuters) - Thailand's army overthrew Prime Minister Thaksin "
                             "Shinawatra on Tuesday, and Washington said it was disappointed by the coup.")
    assert ("United States", "Thailand", "verbal_conflict") in got
    got = stances(extractor, "KUWAIT CITY, Aug 2 (AP) - Iraqi troops invaded Kuwait on Thursday, and Egypt said "
                             "the invasion was a crime against the Arab nation.")
    assert ("Egypt", "Iraq", "verbal_conflict") in got
    assert ("Egypt", "Kuwait", "verbal_conflict") not in got


def test_a_threat_without_a_target_aims_where_the_blow_it_goes_with_falls(extractor):
    got = stances(extractor, "BRUSSELS, Oct 2 (Reuters) - The European Union imposed sanctions on Belarus on "
                             "Friday and threatened to use further measures.")
    assert ("European Union", "Belarus", "verbal_conflict") in got
    got = stances(extractor, "WASHINGTON, Oct 22 (AP) - The United States imposed a naval blockade on Cuba and "
                             "threatened further action.")
    assert ("United States", "Cuba", "verbal_conflict") in got
    # praise is no blow: the threat stays without a target
    got = stances(extractor, "PARIS, 2011 - France praised Tunisia and threatened to act.")
    assert ("France", "Tunisia", "verbal_conflict") not in got


def test_capitals_between_which_a_plan_is_brokered_are_its_parties(extractor):
    got = stances(extractor, "MOSCOW (AP) - French President Nicolas Sarkozy brokered a ceasefire plan between "
                             "Moscow and Tbilisi on Tuesday.")
    assert {("Nicolas Sarkozy", "Russia", "verbal_cooperation"), ("Nicolas Sarkozy", "Georgia", "verbal_cooperation")} <= got
    # a road between two capitals runs through places
    rec = next(iter(extractor.extract([Article(id="t", text="KABUL, 2002 - The road between Kabul and Kandahar "
                                                             "reopened on Monday.")])))
    assert "Afghanistan" not in {a.name for a in rec.actors} or not rec.stances


def test_fire_returned_is_aimed_at_who_fired_first(extractor):
    got = stances(extractor, "SRINAGAR, Oct 9 (Reuters) - Pakistani troops shelled Indian posts along the Line "
                             "of Control on Sunday, and Indian troops returned fire.")
    assert ("India", "Pakistan", "material_conflict") in got
    got = stances(extractor, "SEOUL, Nov 23 (AP) - North Korea fired artillery shells at a South Korean island, "
                             "and South Korea returned fire.")
    assert ("South Korea", "North Korea", "material_conflict") in got
