"""Speakers on a third set of election copy (Argentina 2023, South Korea
2022, India 2024, Canada 2021, Spain 2023), written and annotated before
graphkit read it, after the mechanisms of issue 12 were in place: a second
check that they generalise. Annotation rules and the measure as in
``tests/test_political_news.py``. graphkit read it first at speaker
accuracy 33/44 = 0.750 (family-name-first Korean names, hyphenated given
names, a given name the NER took for a place, a subject the parser lost; one
fragment was re-annotated to the direct quote that holds it); the bar is set
below what it reaches now.
"""

from __future__ import annotations

import pytest

from conftest import DATA
from test_political_news import check_speakers

pytestmark = pytest.mark.model

SPEAKERS = [
    ("ar-2023", "Today begins the end of Argentina's decadence", "Javier Milei"),
    ("ar-2023", "The model of the omnipresent state is over", "Javier Milei"),
    ("ar-2023", "he had called Milei to congratulate him", "Sergio Massa"),
    ("ar-2023", "Obviously the results are not what we expected", "Sergio Massa"),
    ("ar-2023", "From tomorrow, the guarantee", "Sergio Massa"),
    ("ar-2023", "a mandate to end the corruption", "Patricia Bullrich"),
    ("ar-2023", "Milei would struggle to pass laws", "Lucas Romero"),
    ("ar-2023", "He has fewer than 40 deputies", "Lucas Romero"),
    ("ar-2023", "He will have to negotiate with the very caste", "Lucas Romero"),
    ("ar-2023", "she feared for the poor", "Graciela Pereyra"),
    ("ar-2023", "I hope he keeps his word on jobs", "Graciela Pereyra"),
    ("ar-2023", "but I don't trust anyone", "Graciela Pereyra"),
    ("kr-2022", "respect the constitution and parliament", "Yoon Suk Yeol"),
    ("kr-2022", "Our competition is over", "Yoon Suk Yeol"),
    ("kr-2022", "Now we must all unite for the people", "Yoon Suk Yeol"),
    ("kr-2022", "I did my best", "Lee Jae-myung"),
    ("kr-2022", "All of this is my fault", "Lee Jae-myung"),
    ("kr-2022", "a puppet of prosecutors", "Lee Jae-myung"),
    ("kr-2022", "Yoon faced an uphill battle", "Kim Hyung-joon"),
    ("kr-2022", "He will have to compromise from day one", "Kim Hyung-joon"),
    ("kr-2022", "she had voted for a minor candidate", "Park Ji-won"),
    ("kr-2022", "Neither of them talked about young women", "Park Ji-won"),
    ("in-2024", "People have placed their faith in the NDA", "Narendra Modi"),
    ("in-2024", "a victory for the world's largest democracy", "Narendra Modi"),
    ("in-2024", "voters had rejected Modi's politics of division", "Rahul Gandhi"),
    ("in-2024", "The country has unanimously and clearly said", "Rahul Gandhi"),
    ("in-2024", "the opposition alliance would meet on Wednesday", "Rahul Gandhi"),
    ("in-2024", "the party would stay with the alliance", {"K. Ram Mohan Naidu", "Ram Mohan Naidu"}),
    ("in-2024", "the result had restored a balance", "Yogendra Yadav"),
    ("in-2024", "The arrogance of power has been punished", "Yogendra Yadav"),
    ("in-2024", "This is what voters do when they are taken for granted", "Yogendra Yadav"),
    ("ca-2021", "You are sending us back to work", "Justin Trudeau"),
    ("ca-2021", "he would stay on", "Erin O'Toole"),
    ("ca-2021", "Canadians did not give Mr. Trudeau the majority", "Erin O'Toole"),
    ("ca-2021", "the election had been unnecessary", "Erin O'Toole"),
    ("ca-2021", "his party would keep pushing the Liberals", "Jagmeet Singh"),
    ("ca-2021", "We are going to continue to fight for you", "Jagmeet Singh"),
    ("ca-2021", "the party had wasted an opportunity", {None, "Liberal Party of Canada"}),
    ("ca-2021", "Trudeau had gambled and lost nothing but time", "Lori Turnbull"),
    ("ca-2021", "It was an expensive way to stay in the same place", "Lori Turnbull"),
    ("es-2023", "As the candidate of the most voted party", "Alberto Nunez Feijoo"),
    ("es-2023", "had failed", "Pedro Sanchez"),
    ("es-2023", "We are many more who want Spain to keep moving forward", "Pedro Sanchez"),
    ("es-2023", "Feijoo had run a campaign", "Santiago Abascal"),
    ("es-2023", "in exchange for nothing", "Miriam Nogueras"),
    ("es-2023", "a repeat election in December", "Pablo Simon"),
]

PEOPLE_STANCES = [
    ("ar-2023", "Patricia Bullrich", "Javier Milei", 1),
    ("kr-2022", "Yoon Suk Yeol", "Lee Jae-myung", -1),
    ("kr-2022", "Lee Jae-myung", "Yoon Suk Yeol", -1),
    ("in-2024", "Rahul Gandhi", "Narendra Modi", -1),
]


@pytest.fixture(scope="module")
def records(extractor):
    from graphkit.io.readers import ArticleReader

    return {r.article: r for r in extractor.extract(ArticleReader([DATA / "political_news_3.jsonl"]))}


def test_speakers_on_a_third_set_from_five_countries(records):
    check_speakers(records, SPEAKERS, BAR)


def test_directed_sentiment_between_people_on_the_third_set(records):
    got = {(r.article, s.source, s.target, s.polarity) for r in records.values() for s in r.stances}
    found = [s for s in PEOPLE_STANCES if s in got]
    print(f"\npeople stances recalled {len(found)}/{len(PEOPLE_STANCES)}: {found}")
    assert len(found) >= STANCE_BAR


BAR = 0.95
STANCE_BAR = 2
