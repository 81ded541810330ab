"""Speakers and stances between people on a fourth set of election copy
(Poland 1995, Kenya 2007, Indonesia 2014, Mexico 2000, Turkey 2023, Peru
1990; 36 paragraphs), written and annotated before graphkit read it, to
measure the leftovers of issue 12: a possessive speaker ("His party said",
"Her party said", "His office said", "His coalition said"), negated quotes
("We do not want Erdogan"), election verbs ("defeated", "beating", "led him
in the polls", "trailed"), insults ("called his rival a puppet").
Annotation rules and the measure as in ``tests/test_political_news.py``;
``NOT_STANCES`` are readings the guidelines rule out (an election result or
a poll lead is no stance; a negated wish is no cooperation).

First reading (before any fix of this round, annotation as committed in
b7d25dc): speaker accuracy 47/53 = 0.887 on 53 of
54 quotes matched (one annotation error: "bye bye, Kemal" is three words,
below the guidelines' four-word quote, and was dropped); misses were the
four possessive bodies ("His party said" -> '', not the party the article
gave the person), a pronoun taken for the object of the sentence before
("congratulated Fujimori. 'I wish him success,' he said" -> Fujimori), and
"he called his rival 'a puppet'" given to the rival. People stances
recalled 5/12; ruled-out readings made 2/11 ("defeated" read as material
conflict twice). The Turkish article covers the same runoff as
``tr-2023`` in the second set, in other words and with other people.

After the fixes of this round: speaker accuracy 53/53 (a possessive body
is the party the article tied the person to — "X of the Orange Democratic
Movement", "X, the leader of the Good Party" — and a pronoun takes the
subject of the paragraph's last main clause over the last speaker; a
given name's usual gender yields to the pronoun). People stances 5/12 ->
8/12 and ruled-out readings 2/11 -> 0/11: contest verbs ("defeated",
"beating", "led ... in the polls") in a sentence that names the vote are no
event (GUIDELINES, added), nor is the valence of quoted words on the result;
"called his rival 'a puppet'" reads the epithet from CAMEO's "call X"
patterns and the lexicon's epithets, with "his rival" the other side of the
contest the article told, and is no phone call (CAMEO 041); a negated
first-person wish or recognition is a refusal ("we will not recognise
Kibaki", "we do not want Erdogan"); a registry person's short form the
resolver left untagged ("Prabowo", "Yoon") is that person for the stance
rules.
"""

from __future__ import annotations

import pytest

from conftest import DATA
from test_political_news import _fold, check_speakers

pytestmark = pytest.mark.model

SPEAKERS = [
    ("pl-1995", "taking 51.7 percent of the vote", {None, "electoral commission", "the electoral commission"}),
    ("pl-1995", "I want to be the president of all Poles", "Aleksander Kwasniewski"),
    ("pl-1995", "The divisions of the past must not decide", "Aleksander Kwasniewski"),
    ("pl-1995", "the result was a tragedy for the country", "Lech Walesa"),
    ("pl-1995", "We did not fight for freedom", "Lech Walesa"),
    ("pl-1995", "the president would decide on Monday", "Lech Walesa"),
    ("pl-1995", "Walesa had lost because he had divided", "Jacek Kuron"),
    ("pl-1995", "People were tired of his quarrels", "Jacek Kuron"),
    ("pl-1995", "she had voted for Kwasniewski", "Barbara Nowak"),
    ("pl-1995", "I do not want to go back to the old days", "Barbara Nowak"),
    ("ke-2007", "We do not accept these results", "Raila Odinga"),
    ("ke-2007", "the commission had inflated Kibaki's votes", "Raila Odinga"),
    ("ke-2007", "it would hold a million-man rally", "Orange Democratic Movement"),
    ("ke-2007", "The election is over and it is time to heal", "Mwai Kibaki"),
    ("ke-2007", "he had been pressed to announce the result", "Samuel Kivuitu"),
    ("ke-2007", "I do not know whether Kibaki won", "Samuel Kivuitu"),
    ("ke-2007", "a predictable result of a stolen election", "Maina Kiai"),
    ("id-2014", "a massive, structured and systematic fraud", "Prabowo Subianto"),
    ("id-2014", "We reject this process", "Prabowo Subianto"),
    ("id-2014", "the victory belonged to ordinary people", "Joko Widodo"),
    ("id-2014", "This is a victory for all the people of Indonesia", "Joko Widodo"),
    ("id-2014", "I call on Prabowo to join us", "Joko Widodo"),
    ("id-2014", "the team would take its case", "Hashim Djojohadikusumo"),
    ("id-2014", "the challenge had little chance", None),
    ("id-2014", "Prabowo has no evidence", "Burhanuddin Muhtadi"),
    ("id-2014", "He is playing to his base", "Burhanuddin Muhtadi"),
    ("id-2014", "she had waited five hours", "Sri Wahyuni"),
    ("id-2014", "He is one of us, not one of the elite", "Sri Wahyuni"),
    ("mx-2000", "ours is a mature democracy", "Ernesto Zedillo"),
    ("mx-2000", "The citizens made a decision that we must respect", "Francisco Labastida"),
    ("mx-2000", "it would review what had gone wrong", "Institutional Revolutionary Party"),
    ("mx-2000", "a puppet of the old system", {"Vicente Fox Quesada", "Vicente Fox"}),
    ("mx-2000", "Mexico has woken up", {"Vicente Fox Quesada", "Vicente Fox"}),
    ("mx-2000", "We will not betray your trust", {"Vicente Fox Quesada", "Vicente Fox"}),
    ("mx-2000", "he would not join a Fox government", "Cuauhtemoc Cardenas"),
    ("mx-2000", "We do not share his program", "Cuauhtemoc Cardenas"),
    ("mx-2000", "because Mexicans stopped being afraid", "Denise Dresser"),
    ("tr-2023", "We are not the only winners", "Recep Tayyip Erdogan"),
    ("tr-2023", "the most unfair election in years", "Kemal Kilicdaroglu"),
    ("tr-2023", "All the means of the state were mobilised", "Kemal Kilicdaroglu"),
    ("tr-2023", "the opposition alliance had to examine its mistakes", "Meral Aksener"),
    ("tr-2023", "it would not attend a joint meeting", "Good Party"),
    ("tr-2023", "he had made the right choice", "Sinan Ogan"),
    ("tr-2023", "the opposition had failed to reach conservative voters", "Berk Esen"),
    ("tr-2023", "Kilicdaroglu was never able to convince them", "Berk Esen"),
    ("tr-2023", "she was disappointed", "Ayse Demir"),
    ("tr-2023", "We do not want Erdogan for another five years", "Ayse Demir"),
    ("pe-1990", "This is the triumph of the poor", "Alberto Fujimori"),
    ("pe-1990", "I wish him success, because Peru needs it", "Mario Vargas Llosa"),
    ("pe-1990", "it would be a responsible opposition", "Democratic Front"),
    ("pe-1990", "I will not be anyone's hostage", "Alberto Fujimori"),
    ("pe-1990", "a face like theirs", "Fernando Rospigliosi"),
    ("pe-1990", "The white elite of Lima never understood this", "Fernando Rospigliosi"),
]

#: Directed sentiment between named people the text states.
PEOPLE_STANCES = [
    ("pl-1995", "Lech Walesa", "Aleksander Kwasniewski", -1),  # called his rival "a man of the old regime"
    ("pl-1995", "Barbara Nowak", "Aleksander Kwasniewski", 1),  # voted for
    ("ke-2007", "Raila Odinga", "Mwai Kibaki", -1),  # "we will not recognise Kibaki as president"
    ("id-2014", "Joko Widodo", "Prabowo Subianto", 1),  # "I call on Prabowo to join us"
    ("id-2014", "Sri Wahyuni", "Joko Widodo", 1),  # voted for Jokowi
    ("mx-2000", "Vicente Fox Quesada", "Francisco Labastida", -1),  # called his rival "a puppet"
    ("mx-2000", "Ernesto Zedillo", "Vicente Fox Quesada", 1),  # recognised Fox's victory
    ("tr-2023", "Recep Tayyip Erdogan", "Kemal Kilicdaroglu", -1),  # mocked his rival
    ("tr-2023", "Sinan Ogan", "Recep Tayyip Erdogan", 1),  # endorsed
    ("tr-2023", "Ayse Demir", "Recep Tayyip Erdogan", -1),  # "We do not want Erdogan"
    ("pe-1990", "Mario Vargas Llosa", "Alberto Fujimori", 1),  # congratulated
    ("pe-1990", "Mario Vargas Llosa", "Alberto Fujimori", -1),  # accused
]

#: (article, source, target, polarity) the text does not state: an election
#: result or a poll standing is no stance (GUIDELINES), a negated wish or
#: refusal is no cooperation.
NOT_STANCES = [
    ("pl-1995", "Aleksander Kwasniewski", "Lech Walesa", -1),  # defeated
    ("id-2014", "Joko Widodo", "Prabowo Subianto", -1),  # beating
    ("mx-2000", "Vicente Fox Quesada", "Francisco Labastida", 1),
    ("tr-2023", "Recep Tayyip Erdogan", "Kemal Kilicdaroglu", 1),
    ("tr-2023", "Kemal Kilicdaroglu", "Recep Tayyip Erdogan", -1),  # had led him in several polls
    ("tr-2023", "Kemal Kilicdaroglu", "Recep Tayyip Erdogan", 1),
    ("tr-2023", "Ayse Demir", "Recep Tayyip Erdogan", 1),  # "We do not want Erdogan"
    ("mx-2000", "Cuauhtemoc Cardenas", "Vicente Fox Quesada", 1),  # would not join, do not share
    ("pe-1990", "Alberto Fujimori", "Mario Vargas Llosa", -1),  # defeated; had trailed
    ("pe-1990", "Alberto Fujimori", "Mario Vargas Llosa", 1),
    ("ke-2007", "Raila Odinga", "Mwai Kibaki", 1),  # "we will not recognise Kibaki"
]


@pytest.fixture(scope="module")
def records(extractor):
    from graphkit.io.readers import ArticleReader

    return {r.article: r for r in extractor.extract(ArticleReader([DATA / "political_news_4.jsonl"]))}


def _stances(records):
    return {(r.article, _fold(s.source), _fold(s.target), s.polarity) for r in records.values() for s in r.stances}


def _key(s):
    return (s[0], _fold(s[1]), _fold(s[2]), s[3])


def test_speakers_on_a_fourth_set_from_six_countries(records):
    check_speakers(records, SPEAKERS, BAR)


def test_directed_sentiment_between_people_on_the_fourth_set(records):
    got = _stances(records)
    found = [s for s in PEOPLE_STANCES if _key(s) in got]
    wrong = [s for s in NOT_STANCES if _key(s) in got]
    print(f"\npeople stances recalled {len(found)}/{len(PEOPLE_STANCES)}; ruled-out readings made {len(wrong)}/{len(NOT_STANCES)}")
    print("   missed:", [s for s in PEOPLE_STANCES if s not in found])
    print("   wrong:", wrong)
    assert len(found) >= STANCE_BAR
    assert len(wrong) <= WRONG_BAR


BAR = 0.98
STANCE_BAR = 8
WRONG_BAR = 0
