"""What a reported clause says of its subject, and acts named again by what was said.

GUIDELINES (Stances): naming someone is a stance when what they are called
says one, and what someone said or did stands for them. Reported speech
says the same with a clause: 'Mook said Trump was "unfit to be commander in
chief"' judges Trump as 'called Trump "unfit"' does; the quoted words
complete the clause whose subject they are said of. An act named again by
a thing said ("said in a statement ... welcomed the statement", "attacked
her rival in a new ad ... said the ad was a smear") stands for who said
it, and "the falsehoods spread by X" for X. A reason, a result and a tie
between two parties judge nobody.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model

VC, VK = "verbal_cooperation", "verbal_conflict"


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_a_reported_clause_judges_its_subject(extractor):
    got = stances(extractor, "NAIROBI, Aug 3 (Reuters) - Raila Odinga said William Ruto was \"unfit to hold "
                             "public office\" and should step aside.")
    assert ("Raila Odinga", "William Ruto", VK) in got
    got = stances(extractor, "BUENOS AIRES (AP) - Raul Alfonsin said Carlos Menem had \"betrayed the workers "
                             "of this country\" with his pension plan.")
    assert ("Raul Alfonsin", "Carlos Menem", VK) in got
    got = stances(extractor, "CANBERRA, May 9 - Kevin Rudd said Tony Abbott was \"a reckless and dangerous "
                             "man\" on the economy.")
    assert ("Kevin Rudd", "Tony Abbott", VK) in got


def test_praise_in_a_reported_clause_is_cooperation(extractor):
    got = stances(extractor, "ACCRA, Ghana (AFP) - Kofi Annan said Nelson Mandela was \"a wonderful example "
                             "of courage and generosity\" for the continent.")
    assert ("Kofi Annan", "Nelson Mandela", VC) in got


def test_the_speaker_himself_a_reason_and_a_tie_judge_nobody(extractor):
    # "he" is the speaker: no stance toward himself
    got = stances(extractor, "MANILA (Reuters) - Ferdinand Marcos said he was \"tired of the lies\" told "
                             "about his family.")
    assert not {s for s in got if s[0] == s[1]}
    # a reason for a result is no judgment of the loser
    got = stances(extractor, "MEXICO CITY - Jorge Castaneda said the PRI had lost \"because people stopped "
                             "being afraid of change.\"")
    assert not {s for s in got if s[0] == "Jorge Castaneda"}
    # a debate won is a result, no praise of the winner by his aide
    got = stances(extractor, "PARIS (AFP) - Jacques Chirac's spokeswoman, Catherine Colonna, said Jacques "
                             "Chirac had \"clearly won the debate\" against Lionel Jospin.")
    assert not {s for s in got if s[0] == "Catherine Colonna"}
    got = stances(extractor, "WASHINGTON (UPI) - Reagan's press secretary, Larry Speakes, said the "
                             "president had \"won on the issues.\"")
    assert not {s for s in got if s[0] == "Larry Speakes"}
    # what an act named again did is no judgment of its doer
    got = stances(extractor, "KABUL (AP) - American jets bombed Taliban positions on Sunday. Afghan "
                             "officials said the strikes had helped government troops retake the town of "
                             "Kunduz, which fighters of the Taliban had seized.")
    assert not {s for s in got if s[0] == "Afghanistan" and s[1] == "United States"}
    # two parties said to agree: a tie between them, no stance of the speaker
    got = stances(extractor, "TEHRAN (AFP) - Mahmoud Ahmadinejad said Iran and Venezuela \"had similar "
                             "views on all issues\" to be discussed.")
    assert ("Mahmoud Ahmadinejad", "Venezuela", VC) not in got


def test_a_thing_said_named_again_stands_for_who_said_it(extractor):
    got = stances(extractor, "SEOUL, Aug 15 (Yonhap) - \"Japan caused great suffering to its neighbours,\" "
                             "Prime Minister Junichiro Koizumi said in a statement.\n\n"
                             "China welcomed the statement.")
    assert ("China", "Junichiro Koizumi", VC) in got
    got = stances(extractor, "ATLANTA (AP) - Senator Saxby Chambliss attacked his Democratic challenger, "
                             "Max Cleland, in a new ad. Cleland's campaign said the ad was \"a dishonest "
                             "smear.\"")
    assert ("Max Cleland", "Saxby Chambliss", VK) in got


def test_what_someone_spread_stands_for_them(extractor):
    got = stances(extractor, "CARACAS, March 2 (Reuters) - Colombia, Ecuador and Peru expelled "
                             "Venezuelan diplomats. Venezuela's Foreign Ministry said it \"firmly rejects the "
                             "lies\" spread by the three governments.")
    assert {("Venezuela", "Colombia", VK), ("Venezuela", "Ecuador", VK), ("Venezuela", "Peru", VK)} <= got
    got = stances(extractor, "LONDON (AP) - Britain rejected the claims made by Argentina about the "
                             "islands.")
    assert ("United Kingdom", "Argentina", VK) in got


def test_words_said_back_answer_who_charged_before(extractor):
    got = stances(extractor, "BONN, Sept. 2 (AP) - Gerhard Schroeder accused Chancellor Helmut Kohl on Monday "
                             "of \"wasting the country's savings.\"\n\nKohl hit back at a rally in Dresden.")
    assert ("Helmut Kohl", "Gerhard Schroeder", VK) in got
    got = stances(extractor, "BAKU (AFP) - President Ilham Aliyev accused Armenia of shelling civilians in "
                             "Ganja. Armenian Prime Minister Nikol Pashinyan rejected the accusation.")
    assert ("Nikol Pashinyan", "Ilham Aliyev", VK) in got


def test_an_answer_with_no_charge_before_answers_nobody(extractor):
    got = stances(extractor, "MOSCOW (Reuters) - Russia praised China's mediation on Monday. China hit back "
                             "at critics at home.")
    assert not {s for s in got if s[0] == "China"}


def test_a_quote_after_a_clause_gives_the_clause_its_words(extractor):
    # the quote right after "hit back" is what was said back, whatever its words' tone
    got = stances(extractor, "MADRID (AFP) - Jose Maria Aznar accused Felipe Gonzalez on Monday of \"covering "
                             "up the scandal.\"\n\nGonzalez hit back at a rally in Seville. \"Mr. Aznar promises "
                             "peace and prosperity that nobody has ever seen,\" Gonzalez said.")
    assert ("Felipe Gonzalez", "Jose Maria Aznar", VK) in got
    assert ("Felipe Gonzalez", "Jose Maria Aznar", VC) not in got


def test_a_blow_the_quoted_words_say_the_subject_struck_is_a_charge(extractor):
    # VADER is silent on "torn down"; the words say Mitsotakis did a blow (CAMEO 18): an accusation
    got = stances(extractor, "ATHENS (Reuters) - Andreas Papandreou said Konstantinos Mitsotakis had \"torn "
                             "down everything we built\" in ten years.")
    assert ("Andreas Papandreou", "Konstantinos Mitsotakis", VK) in got
    # a blow denied is no charge
    got = stances(extractor, "LAGOS (Reuters) - Olusegun Obasanjo said Sani Abacha had \"not harmed anyone\" "
                             "in the north.")
    assert not {s for s in got if s[0] == "Olusegun Obasanjo"}


def test_words_said_back_answer_the_nearest_charge_before(extractor):
    # the charge is two sentences back, the quote between charges nobody in words
    got = stances(extractor, "LAGOS (Reuters) - Muhammadu Buhari accused the ruling party of looting the "
                             "treasury. \"They have stolen everything,\" Buhari told a rally in Kano.\n\n"
                             "Goodluck Jonathan hit back at a rally in Port Harcourt.")
    assert ("Goodluck Jonathan", "Muhammadu Buhari", VK) in got


def test_an_assault_named_again_is_the_one_striker_of_the_article(extractor):
    got = stances(extractor, "GROZNY (AP) - Russian jets bombed Grozny for a third day on Monday. Chechen "
                             "officials said 40 people were killed. Aslan Maskhadov said his fighters would "
                             "defend the city. The United States condemned the assault as \"disproportionate.\"")
    assert ("United States", "Russia", VK) in got
    assert ("United States", "Aslan Maskhadov", VK) not in got
