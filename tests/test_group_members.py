"""The people of a group act for it; "the rebels" after one named group is that group.

GUIDELINES (Actors): generic collectives ("rebels", "jihadists") are not
actors unless the article names the group. Once it does, its members act
for it ("masked rebels of the Zapatista National Liberation Army seized
four towns"), and "the rebels" is the group when the article named one
armed group (of several, the one the article called "rebel"); with two
named and neither so called, no group is meant. Members of a cabinet or a
government act for the state it governs ("members of Murayama's cabinet
visited the Yasukuni shrine, drawing protests from Beijing": China toward
Japan); members of a family for nobody (lexicon ``member_nouns``). A
person's name compounded onto a thing named after them ("the Yasukuni
shrine", "the Mao Zedong mausoleum", "the Clinton team") is not the person;
bodies that act for the person ("the Obama administration") are.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model

VK, MK = "verbal_conflict", "material_conflict"


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_members_of_a_group_act_for_it(extractor):
    got = stances(extractor, "BEIRUT, July 12 (Reuters) - Fighters of Hezbollah attacked an Israeli army "
                             "patrol near the border on Wednesday.")
    assert ("Hezbollah", "Israel", MK) in got
    got = stances(extractor, "COLOMBO (AP) - Rebels of the Liberation Tigers of Tamil Eelam overran a Sri "
                             "Lankan army camp in the north.")
    assert ("Liberation Tigers of Tamil Eelam", "Sri Lanka", MK) in got


def test_the_rebels_are_the_one_group_named(extractor):
    got = stances(extractor, "COLOMBO (AP) - The Liberation Tigers of Tamil Eelam attacked an army base in "
                             "Jaffna on Monday. The Sri Lankan government said in a statement that the rebels "
                             "were \"terrorists who murder children.\"")
    assert ("Sri Lanka", "Liberation Tigers of Tamil Eelam", VK) in got


def test_of_two_groups_the_rebels_are_the_one_called_rebel(extractor):
    got = stances(extractor, "BOGOTA (Reuters) - Clashes between the rebel Revolutionary Armed Forces of "
                             "Colombia and the paramilitary United Self-Defense Forces of Colombia left 20 dead "
                             "on Sunday. The rebels blamed President Andres Pastrana for the violence.")
    assert ("Revolutionary Armed Forces of Colombia", "Andres Pastrana", VK) in got
    assert not {s for s in got if s[0] == "United Self-Defense Forces of Colombia" and s[1] == "Andres Pastrana"}


def test_members_of_a_cabinet_act_for_the_state_it_governs(extractor):
    got = stances(extractor, "SEOUL (Yonhap) - Several members of Japanese Prime Minister Junichiro Koizumi's "
                             "cabinet visited a war shrine in Tokyo, drawing protests from Seoul.")
    assert ("South Korea", "Japan", VK) in got
    assert not {s for s in got if "Junichiro Koizumi" in s[:2]}


def test_members_of_a_family_or_two_groups_name_no_group(extractor):
    got = stances(extractor, "KATMANDU (AP) - Crown Prince Dipendra shot dead King Birendra and eight other "
                             "members of Nepal's royal family.")
    assert not {s for s in got if s[1] == "Nepal"}
    got = stances(extractor, "GAZA (AP) - Hamas and Islamic Jihad fired rockets at Israeli towns. Egypt "
                             "said the militants were \"murderers and thieves.\"")
    assert not {s for s in got if s[0] == "Egypt"}


def test_a_thing_named_after_a_person_is_not_the_person(extractor):
    # a visit to a mausoleum is no visit to the man buried there
    got = stances(extractor, "BEIJING (AP) - Chinese Prime Minister Li Peng visited the Mao Zedong mausoleum "
                             "on Monday.")
    assert not {s for s in got if s[1] == "Mao Zedong"}
    # leading someone's team is no act toward them
    got = stances(extractor, "LITTLE ROCK (AP) - James Carville, who leads the Clinton team in Arkansas, said "
                             "the polls were \"fake.\"")
    assert not {s for s in got if s[0] == "James Carville" and s[1] == "Bill Clinton"}
    # a body that acts for the person keeps it
    got = stances(extractor, "WASHINGTON (Reuters) - The Obama administration imposed new sanctions on Iran "
                             "on Friday.")
    assert ("United States", "Iran", MK) in got
