"""Speakers the parser hides behind a clause on the subject, on the trained parser.

Long political copy names a speaker after a description of them, or by a
ministry, or hangs what was said on the statement it was said in: "The Dutch
Green lawmaker who wrote the report, Judith Sargentini, said" (the name in
apposition after a relative clause, which the parser makes a second subject)
or "a rebel who called himself Subcomandante Marcos told reporters" (the name
the subject gives itself). Both were misread on the fourth held-out set
(``tests/test_heldout_quotes_4.py``); the sentences here are others, from
other regions and decades.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def speakers(extractor, text: str) -> dict[str, str | None]:
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {q.text: q.speaker for q in rec.quotes}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("NAIROBI, March 3 (Reuters) - The Kenyan lawyer who represented the families, Wanjiru Kamau, said the ruling "
     "was a victory for the victims of the 2008 violence.", "the ruling was a victory", "Wanjiru Kamau"),
    ("SANTIAGO, Jan 12 (AP) - The former minister who drafted the reform, Andres Velasco, told reporters that inflation "
     "would fall below four percent by the end of the year.", "inflation would fall", "Andres Velasco"),
    ("MANILA, Feb 9 (AFP) - The opposition senator who led the inquiry, Benigno Aquino, said \"the people deserve "
     "to know who ordered the killings\".", "the people deserve to know", "Benigno Aquino"),
])
def test_a_name_in_apposition_after_a_clause_on_the_subject_speaks(extractor, text, words, speaker):
    got = {t: s for t, s in speakers(extractor, text).items() if words in t}
    assert got and set(got.values()) == {speaker}, speakers(extractor, text)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("YANGON, Aug 9 (Reuters) - \"We will not leave this square until the generals step down,\" a student who "
     "called himself Min Ko Naing told reporters outside the Shwedagon pagoda.", "We will not leave this square",
     "Min Ko Naing"),
    ("KABUL, Oct 2 (AP) - \"Our fighters will not lay down their weapons while foreign troops remain,\" a commander "
     "who identified himself as Abdul Rahman said by telephone.", "Our fighters will not lay down", "Abdul Rahman"),
])
def test_the_name_the_subject_gives_itself_speaks(extractor, text, words, speaker):
    got = {t: s for t, s in speakers(extractor, text).items() if words in t}
    assert got and set(got.values()) == {speaker}, speakers(extractor, text)


def test_a_person_the_clause_names_otherwise_does_not_speak(extractor):
    # The name is the object of the clause, not the subject's own: nobody named speaks.
    text = ("LIMA, May 4 (Reuters) - \"We are tired of waiting for the government to keep its word,\" a miner "
            "who called President Alan Garcia a traitor told reporters in the central square.")
    got = {t: s for t, s in speakers(extractor, text).items() if "We are tired of waiting" in t}
    assert got and "Alan Garcia" not in got.values(), got
    # A description in apposition to a named subject stays silent.
    text = ("ATHENS, June 5 (Reuters) - Yanis Varoufakis, the finance minister who negotiated with the creditors, "
            "said the talks would resume on Monday.")
    got = {t: s for t, s in speakers(extractor, text).items() if "the talks would resume" in t}
    assert set(got.values()) == {"Yanis Varoufakis"}, got


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("BANGKOK, May 19 (Reuters) - The Defence Ministry said in a statement that the protesters were criminals "
     "trained abroad.", "the protesters were criminals", "Thailand"),
    ("MINSK, Aug 10 (AFP) - The Interior Ministry said in a statement that the protesters were agents paid by "
     "foreign powers, and that the police would restore order.", "the police would restore order", "Belarus"),
    ("NAIROBI, Dec 30 (AP) - Raila Odinga said in a speech that the election had been stolen from the people.",
     "the election had been stolen", "Raila Odinga"),
])
def test_a_clause_the_parser_hung_on_the_statement_is_reported(extractor, text, words, speaker):
    # "said in a statement that ...": the that-clause is what was said.
    got = {t: s for t, s in speakers(extractor, text).items() if words in t}
    assert got and set(got.values()) == {speaker}, speakers(extractor, text)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("CARACAS, Feb 4 (Reuters) - Rebel paratroopers attacked the presidential palace overnight. The Defence "
     "Ministry said in a statement that the uprising had been crushed.", "the uprising had been crushed", "Venezuela"),
    ("HANOI, Sept 2 (AFP) - Vietnam marked its national day on Sunday. The Foreign Ministry said the country would "
     "release 2,000 prisoners in an amnesty.", "would release 2,000 prisoners", "Vietnam"),
])
def test_a_named_ministry_in_a_story_of_one_state_speaks_for_it(extractor, text, words, speaker):
    got = {t: s for t, s in speakers(extractor, text).items() if words in t}
    assert got and set(got.values()) == {speaker}, speakers(extractor, text)


def test_a_named_ministry_between_two_states_is_nobodys_state(extractor):
    # Whose Defence Ministry it is, the text alone does not say.
    text = ("SEOUL, Nov 23 (Reuters) - North Korea shelled a South Korean island on Tuesday, and the Defence "
            "Ministry said two marines had been killed.")
    got = {t: s for t, s in speakers(extractor, text).items() if "two marines" in t}
    assert got and not set(got.values()) & {"North Korea", "South Korea"}, got


@pytest.mark.parametrize("text", [
    "KABUL, March 3 (Reuters) - The Taliban closed girls' secondary schools again on Wednesday, according to "
    "diplomats in the capital.",
    "BEIJING, June 5 (AP) - Troops fired on crowds near Tiananmen Square overnight and hundreds were feared dead, "
    "Western diplomats said.",
])
def test_unnamed_diplomats_do_not_speak_for_the_state_they_are_posted_in(extractor, text):
    # Diplomats in a capital are mostly other states' envoys: the text does not say whose.
    got = speakers(extractor, text)
    assert got and set(got.values()) == {None}, got


def test_an_unnamed_spokesman_still_speaks_for_the_dateline_state(extractor):
    text = ("HARARE, March 28 (Reuters) - The vote will go ahead on Saturday as planned despite the opposition's "
            "complaints, a government spokesman said.")
    got = {t: s for t, s in speakers(extractor, text).items() if "will go ahead" in t}
    assert set(got.values()) == {"Zimbabwe"}, got
