"""Orders to one's own forces and suspensions from a body (graphkit.extraction.commands).

"X ordered the army to strike Y" is X's strike on Y (the soldiers are X's
means), while "X ordered Iraq to withdraw" is a demand made of Iraq;
"X ordered battalions to the border with Y" is a show of force toward Y.
"The African Union suspended Madagascar" takes a state out of a body: CAMEO
16, material conflict. Sentences from several regions and decades, written
as wire copy.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.stances import StanceReader
from graphkit.records import Article


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_armed_nouns_come_from_the_force_list_and_phoenix_sectors():
    doc = Doc(Vocab(), words=["army", "battalion", "police", "officials", "farmers", "government"],
              pos=["NOUN"] * 6, lemmas=["army", "battalion", "police", "official", "farmer", "government"])
    reader = StanceReader(doc, Lexicon.load())
    assert [reader.armed_noun(t) for t in doc] == [True, True, True, False, False, False]


@pytest.mark.model
def test_a_commander_ordering_his_forces_to_strike_does_the_strike(extractor):
    got = stances(extractor, "NEW DELHI, Dec 3 (Reuters) - Prime Minister Indira Gandhi ordered the air force "
                             "to bomb Pakistani airfields in the west on Friday.")
    assert ("Indira Gandhi", "Pakistan", "material_conflict") in got
    got = stances(extractor, "MOSCOW, Dec 11 (AP) - President Boris Yeltsin ordered the army to crush the forces "
                             "of Dzhokhar Dudayev.")
    assert ("Boris Yeltsin", "Dzhokhar Dudayev", "material_conflict") in got
    got = stances(extractor, "MANILA, Feb 22 - President Ferdinand Marcos instructed the troops to attack "
                             "the rebel camp of Juan Ponce Enrile.")
    assert ("Ferdinand E. Marcos", "Juan Ponce Enrile", "material_conflict") in got


@pytest.mark.model
def test_ordering_another_actor_to_act_stays_a_demand(extractor):
    got = stances(extractor, "WASHINGTON, Aug 3 (Reuters) - President George Bush ordered Iraq to withdraw "
                             "its troops from Kuwait.")
    assert ("George Bush", "Iraq", "verbal_conflict") in got
    assert ("George Bush", "Kuwait", "material_conflict") not in got
    # another state's soldiers are no commander's own
    got = stances(extractor, "ADDIS ABABA - The African Union ordered Sudanese troops to leave Darfur.")
    assert not any(q == "material_conflict" for _, _, q in got)


@pytest.mark.model
def test_forces_ordered_to_a_border_face_the_state_across_it(extractor):
    got = stances(extractor, "CARACAS, March 3 (AP) - President Hugo Chavez ordered ten battalions to the border "
                             "with Colombia on Sunday.")
    assert ("Hugo Chavez", "Colombia", "material_conflict") in got
    got = stances(extractor, "ATHENS, 1974 - The Greek government ordered troops and tanks to the border with Turkey.")
    assert ("Greece", "Turkey", "material_conflict") in got


@pytest.mark.model
def test_a_body_suspending_a_state_reduces_relations(extractor):
    got = stances(extractor, "WASHINGTON, July 4 (AP) - The Organization of American States suspended Honduras "
                             "on Saturday over the coup.")
    assert ("Organization of American States", "Honduras", "material_conflict") in got
    got = stances(extractor, "ADDIS ABABA, 2012 - The African Union suspended Mali after soldiers seized power.")
    assert ("African Union", "Mali", "material_conflict") in got
    # suspending an event is that event reversed, read as before
    got = stances(extractor, "BRUSSELS, 2006 - The European Union suspended aid to Belarus.")
    assert ("European Union", "Belarus", "material_conflict") in got
    # a suspension denied is none
    got = stances(extractor, "ABUJA - ECOWAS did not suspend Guinea on Friday.")
    assert ("Economic Community of West African States", "Guinea", "material_conflict") not in got


@pytest.mark.model
def test_asking_someone_to_resign_or_stop_their_own_act_opposes_them(extractor):
    got = stances(extractor, "SANTIAGO, 1973 - The Christian Democrats called on President Salvador Allende "
                             "to resign.")
    assert ("Salvador Allende", "verbal_conflict") in {(t, q) for _, t, q in got}
    got = stances(extractor, "UNITED NATIONS, April 3 (Reuters) - The U.N. Security Council called on Iraq "
                             "to withdraw its forces from Kuwait.")
    assert ("UN Security Council", "Iraq", "verbal_conflict") in got
    got = stances(extractor, "GENEVA, 2017 - The European Union urged Myanmar to stop burning Rohingya villages.")
    assert ("European Union", "Myanmar", "verbal_conflict") in got
    got = stances(extractor, "WASHINGTON, 2002 - The United States urged India to halt its troop build-up.")
    assert ("United States", "India", "verbal_conflict") in got


@pytest.mark.model
def test_asking_for_help_against_a_third_party_stays_an_appeal(extractor):
    got = stances(extractor, "KINSHASA, 1998 - Congo appealed to the United Nations to halt the offensive.")
    assert ("Democratic Republic of the Congo", "United Nations", "verbal_cooperation") in got or (
        "Republic of the Congo", "United Nations", "verbal_cooperation") in got
    assert not any(q == "verbal_conflict" for _, _, q in got)
    got = stances(extractor, "LIMA, 1995 - Peru called on Ecuador not to withdraw from the talks.")
    assert ("Peru", "Ecuador", "verbal_conflict") not in got


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("BAMAKO, Jan 11 (Reuters) - French warplanes struck Islamist rebels in central Mali on Friday after the Malian "
     "government asked Paris for military help to stop their advance toward the capital.", "Mali", "France"),
    ("KABUL, Aug 2 (Reuters) - The government asked NATO for air support to stop the Taliban offensive.",
     "Afghanistan", "NATO"),
])
def test_help_asked_to_stop_someone_else_is_an_appeal_not_a_demand(extractor, text, source, target):
    got = {(s.source, s.target, s.quad) for s in next(iter(extractor.extract([Article(id="t", text=text)]))).stances}
    assert (source, target, "verbal_cooperation") in got and (source, target, "verbal_conflict") not in got
