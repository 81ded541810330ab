"""Election copy: results and poll standings are no stances, negated wishes
are refusals, epithets say a stance, "his rival" is the other candidate
(tests/data/GUIDELINES.md, issue 12). Sentences written as reporters write
them, from several countries and decades."""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def _stances(extractor, text):
    return {(s.source, s.target, s.polarity) for s in extractor.extract_one(Article("e", text)).stances}


@pytest.mark.parametrize(
    "text, winner, loser",
    [
        ("WARSAW (Reuters) - Aleksander Kwasniewski defeated President Lech Walesa in Poland's presidential runoff "
         "on Sunday.", "Aleksander Kwasniewski", "Lech Walesa"),
        ("JAKARTA - Joko Widodo was declared the winner of the election, beating former general Prabowo Subianto "
         "by more than eight million votes.", "Joko Widodo", "Prabowo Subianto"),
        ("NAIROBI - Raila Odinga led Mwai Kibaki in most opinion polls before the December vote.",
         "Raila Odinga", "Mwai Kibaki"),
        ("LIMA - Alberto Fujimori, who had trailed Mario Vargas Llosa in the polls until March, won the runoff.",
         "Alberto Fujimori", "Mario Vargas Llosa"),
    ],
)
def test_an_election_result_or_poll_standing_is_no_stance(extractor, text, winner, loser):
    got = _stances(extractor, text)
    assert not {s for s in got if {s[0], s[1]} == {winner, loser}}, got


def test_defeat_outside_an_election_is_still_a_stance(extractor):
    got = _stances(extractor, "Nigerian troops defeated Boko Haram near Maiduguri on Tuesday, the army said.")
    assert any(s[2] == -1 for s in got), got


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Speaking at a campaign rally in Ohio on Tuesday, the senator said Russian forces had defeated "
         "Ukrainian troops near Bakhmut.", "Russia", "Ukraine"),
        ("Days before the vote, Prime Minister Narendra Modi said Indian troops had beaten Pakistani forces "
         "in Kashmir.", "India", "Pakistan"),
    ],
)
def test_a_defeat_told_in_election_copy_is_still_a_stance(extractor, text, source, target):
    # the vote is named in another clause than the defeat's: no election result
    assert (source, target, -1) in _stances(extractor, text)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ('"We do not want Erdogan for another five years," said Ayse Demir, a teacher in Istanbul.',
         "Ayse Demir", "Recep Tayyip Erdogan"),
        ('NAIROBI - "We will not recognise Mwai Kibaki as president," Raila Odinga told a news conference.',
         "Raila Odinga", "Mwai Kibaki"),
    ],
)
def test_a_negated_wish_or_recognition_in_a_quote_is_a_refusal(extractor, text, source, target):
    got = _stances(extractor, text)
    assert (source, target, -1) in got and (source, target, 1) not in got, got


def test_a_negated_threat_in_a_quote_is_no_stance(extractor):
    got = _stances(extractor, '"We will not attack Kenya," Yoweri Museveni told reporters in Kampala.')
    assert not {s for s in got if s[0] == "Yoweri Museveni"}, got


@pytest.mark.parametrize(
    "text, source, target, polarity",
    [
        # CAMEO's "call X a criminal" (1121), VADER silent or not.
        ('Yoon Suk-yeol had called Lee Jae-myung "a criminal" over a land scandal.', "Yoon Suk Yeol", "Lee Jae-myung", -1),
        # A lexicon epithet VADER misses.
        ('Vicente Fox called Francisco Labastida "a puppet of the old system" at a rally in Leon.',
         "Vicente Fox", "Francisco Labastida", -1),
        ("Senator Ana Reyes called Governor Tom Ruiz a true patriot on Monday.", "Ana Reyes", "Tom Ruiz", 1),
    ],
)
def test_what_someone_is_called_says_the_stance(extractor, text, source, target, polarity):
    assert (source, target, polarity) in _stances(extractor, text)


def test_calling_someone_a_name_is_no_phone_call(extractor):
    got = _stances(extractor, 'Vicente Fox called Francisco Labastida "a puppet of the old system" on Friday.')
    assert ("Vicente Fox", "Francisco Labastida", 1) not in got


def test_his_rival_is_the_other_side_of_the_contest_the_article_told(extractor):
    text = ("MEXICO CITY (AP) - Vicente Fox, the candidate of the National Action Party, defeated Francisco "
            "Labastida of the Institutional Revolutionary Party on Sunday.\n\n"
            "Fox had led Labastida in the polls for weeks. In the campaign he called his rival "
            "\"a puppet of the old system\" and promised to end corruption.")
    got = _stances(extractor, text)
    assert ("Vicente Fox", "Francisco Labastida", -1) in got
    assert ("Vicente Fox", "Francisco Labastida", 1) not in got


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("A Gallup poll published on Sunday showed Richard Nixon leading Hubert Humphrey by 44 percent to 36 percent.",
         "Richard M. Nixon", "Hubert H. Humphrey"),
        ("A new survey has Joe Biden leading Donald Trump by six points in Pennsylvania.", "Joe Biden", "Donald Trump"),
        ("A Datafolha poll released on Thursday showed Lula leading Jair Bolsonaro by eight points.",
         "Luiz Inacio Lula da Silva", "Jair Bolsonaro"),
    ],
)
def test_a_standing_a_poll_shows_is_no_stance(extractor, text, first, second):
    got = _stances(extractor, text)
    assert not {s for s in got if {s[0], s[1]} == {first, second}}, got



def _quads(extractor, text):
    return {(s.source, s.target, s.quad) for s in extractor.extract_one(Article("e", text)).stances}


@pytest.mark.parametrize(
    "text, source, target, quad",
    [
        ('Donald Trump also attacked the Mexican government, saying Mexico was "sending people that have lots of '
         'problems" across the border.', "Donald Trump", "Mexico", "verbal_conflict"),
        ("Marine Le Pen attacked Emmanuel Macron in a televised debate on Wednesday.",
         "Marine Le Pen", "Emmanuel Macron", "verbal_conflict"),
        ("Narendra Modi attacked Pakistan in a speech in Srinagar, accusing Islamabad of sheltering militants.",
         "Narendra Modi", "Pakistan", "verbal_conflict"),
        # a state's forces attack with arms, whatever they say of it
        ("Russian jets attacked Ukrainian positions near Bakhmut on Tuesday, saying they had destroyed a depot.",
         "Russia", "Ukraine", "material_conflict"),
    ],
)
def test_a_person_attacking_in_words_is_verbal_conflict(extractor, text, source, target, quad):
    assert (source, target, quad) in _quads(extractor, text)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ('Mary Matalin, the Bush campaign\'s political director, called Bill Clinton "a failed governor of a small '
         'state."', "Mary Matalin", "Bill Clinton"),
        ('Bob Dole, Ford\'s running mate, called Jimmy Carter "a dangerous man" on Tuesday.', "Bob Dole", "Jimmy Carter"),
        ('Lech Walesa, the Solidarity leader, called Aleksander Kwasniewski "a liar" at a rally in Gdansk.',
         "Lech Walesa", "Aleksander Kwasniewski"),
    ],
)
def test_an_epithet_after_a_subject_with_an_apposition(extractor, text, source, target):
    # the parser takes "called" for a participle on the apposition
    assert (source, target, -1) in _stances(extractor, text)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ('Donald Trump called Hillary Clinton "crooked" again at a rally in Florida on Wednesday.',
         "Donald Trump", "Hillary Clinton"),
        ('Bob Dole, Ford\'s running mate, called Jimmy Carter "the most inconsistent candidate" he had seen in '
         'thirty years of politics.', "Bob Dole", "Jimmy Carter"),
        ('Joe Biden called Donald Trump "dishonest and incompetent" in a speech in Scranton.', "Joe Biden", "Donald Trump"),
        ('Kemal Kilicdaroglu called Recep Tayyip Erdogan unfit to govern in a speech in Ankara.',
         "Kemal Kilicdaroglu", "Recep Tayyip Erdogan"),
    ],
)
def test_an_adjective_someone_is_called_says_the_stance(extractor, text, source, target):
    # VADER is silent on "crooked", "inconsistent", "unfit": the lexicon's epithets
    assert (source, target, -1) in _stances(extractor, text)


def test_a_clause_of_someone_else_s_words_leaves_the_act_material(extractor):
    # "claimed" has its own subject: the rebels' words, not the manner of the act
    got = _quads(extractor, "Colombian President Ivan Duque called off peace talks with the National Liberation "
                            "Army on Friday after the rebel group claimed a car bombing in Bogota.")
    assert ("Ivan Duque", "National Liberation Army", "verbal_conflict") not in got, got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "SANTIAGO, Dec 19 (Reuters) - Gabriel Boric won Chile's presidential runoff on Sunday with 56 percent of the "
    "vote, defeating Jose Antonio Kast.",
    "ACCRA, Dec 9 (Reuters) - Nana Akufo-Addo won Ghana's presidential election on Friday, beating President John "
    "Mahama by almost a million votes.",
])
def test_a_rival_beaten_in_the_result_just_told_is_no_blow(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    assert not [s for s in rec.stances if s.quad == "material_conflict"]
