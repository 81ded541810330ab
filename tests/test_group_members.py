"""The people of a group act for it; "the rebels" after one named group is that group.

GUIDELINES (Actors): generic collectives ("rebels", "jihadists") are not
actors unless the article names the group. Once it does, its members act
for it ("masked rebels of the Zapatista National Liberation Army seized
four towns"), and "the rebels" is the group when the article named one
armed group; with two named, or for members of a cabinet or a family, no
group is meant (lexicon ``member_nouns``).
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


def test_members_of_a_cabinet_or_two_groups_name_no_group(extractor):
    got = stances(extractor, "TOKYO (Kyodo) - Several members of Prime Minister Junichiro Koizumi's cabinet "
                             "visited China on Monday.")
    assert not {s for s in got if s[0] == "Junichiro Koizumi"}
    got = stances(extractor, "GAZA (AP) - Hamas and Islamic Jihad fired rockets at Israeli towns. Egypt "
                             "said the militants were \"murderers and thieves.\"")
    assert not {s for s in got if s[0] == "Egypt"}
