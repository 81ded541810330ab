"""A fourth held-out set, quote-heavy political copy, read by graphkit only after its gold was landed.

``tests/data/heldout_quotes_4.jsonl`` holds 13 longer items (three to five
paragraphs) as Reuters, AP, AFP and Kyodo write political stories: quotes
split over paragraphs, "he added" continuations, attribution after the
words, "according to", spokespeople for ministries; Poland, Hungary, Greece,
Spain, Ireland, Argentina, Chile, Brazil, Peru, Mexico, Zimbabwe, Japan and
Lithuania, 1982-2023. The gold (``tests/heldout_gold_4.py``) was committed
(03b24f2) before graphkit first read the items.

First reading (before any fix, at main ca1632b): quotes found 64/65,
speakers right 60/64; stances recall 16/29 = 0.552, precision 16/23 =
0.696 (quad included).

Fixed by class, with construction tests on other sentences
(``tests/test_speaker_appositions.py``): a speaker named after a clause on
the subject, in apposition the parser made a second subject or hung on the
clause ("The Dutch Green lawmaker who wrote the report, Judith Sargentini,
said"), or the name the subject gives itself ("a rebel who called himself
Subcomandante Marcos told reporters"): speakers right 62/64. Then a
that-clause the parser hung on the statement it was said in ("The Interior
Ministry said in a statement that ...") and a named ministry in a story of
one state speaking for that state: quotes found 65/65, speakers right
63/65. Then unnamed diplomats no longer speak for the state they are
posted in ("according to diplomats in New York"): speakers right 64/65,
and the two stances that wrong speaker took go (stances recall 16/29 =
0.552, precision 16/21 = 0.762).

Left, speakers: a ministry named between two states ("Britain broke off
relations with Argentina, and the Foreign Office said": whose, only the
registry could say, and it lists no Foreign Office). Stances, by class: an act named again by a noun whose
doer an earlier sentence named ("condemned the crackdown", "welcomed the
statement", "dismissed the withdrawal as a stunt", "called the vote a
parliamentary coup": 4); a back-reference as target ("the three
governments", "the rebels": 4); "call on X to withdraw" read as an appeal
(1); a state's body removing its own leader ("the Senate removed President
Dilma Rousseff", 1); a subject that is members of a group ("rebels of the
Zapatista National Liberation Army", 1); an accusation as a reported clause
("said Tsipras had 'torn down the last bridges'", 1); an act noun with its
agent after "from" ("drawing protests from Beijing", 1). False stances:
a speaker toward actors the quoted words only describe (3: "whatever
Brussels decides", "the union with Great Britain", "the indigenous peoples
of Mexico"); a valence read on an "according
to" report (1); Orban toward Belgium on "told lawmakers in Strasbourg"
(1, cause not traced).

Reported judgments and acts named again (``tests/test_reported_judgments.py``):
"the falsehoods spread by the three governments" stands for the three
(Brazil against Venezuela, Bolivia and Ecuador); "said in a statement ...
South Korea welcomed the statement" stands for who said it (Murayama):
stances recall 20/29 = 0.690, precision 20/24 = 0.833. Left: an accusation
whose valence VADER scores weakly ("torn down the last bridges", -0.25);
acts named again whose doer is further back or named otherwise ("dismissed
the withdrawal", "condemned the crackdown" under an actor the registry
reads as Russia, "called the vote a parliamentary coup"); "call on X to
withdraw" read as an appeal; the Senate removing its own president; the
false stances above.

With main's fixes merged (a demand that the asked one yield; a state's
Senate removing its own president) and words said back answering who
charged before: stances recall 22/29 = 0.759, precision 22/26 = 0.846.
Members of a named group act for it and "the rebels" after one named armed
group is that group (``tests/test_group_members.py``: "Masked rebels of the
Zapatista National Liberation Army seized four towns"); a that-clause hung
on the statement it was said in judges its subject ("said in a statement
that the rebels were professionals of violence"): stances recall 24/29 =
0.828, precision 24/28 = 0.857. Quoted words saying their subject struck a
blow are a charge where VADER is silent ('said Tsipras had "torn down the
last bridges"', CAMEO 18 in the speaker's words): stances recall 25/29 =
0.862, precision 25/29 = 0.862. Members of a cabinet act for the state it
governs ("Several members of Murayama's cabinet later visited the Yasukuni
shrine, drawing protests from Beijing": China toward Japan), and a
person's name compounded onto a thing named after them is not the person
(the shrine, which the NER reads as a person, is visited by nobody):
stances recall 26/29 = 0.897, precision 26/30 = 0.867. With the
session's later fixes merged (names, pronouns, titled surnames; not traced
to one of them): precision 26/29 = 0.897.

The bars sit at the latest reading, so a regression fails.
"""

from __future__ import annotations

import pytest

from heldout_gold_4 import POLARITY, SPEAKERS, STANCES, score_stances
from heldout_sets import (
    articles_named, check_bars, check_polarity, check_quotes_and_speakers, read_set, stance_rows,
)

pytestmark = pytest.mark.model

STANCE_RECALL, STANCE_PRECISION = 26 / 29, 26 / 29
#: Quotes found of the 65, and speakers right of those found.
QUOTES_FOUND, SPEAKERS_RIGHT = 65, 64


@pytest.fixture(scope="module")
def records(extractor):
    return read_set(extractor, "heldout_quotes_4.jsonl")


@pytest.fixture(scope="module")
def stances(records):
    return score_stances(stance_rows(records))


def test_every_gold_article_is_in_the_data(records):
    assert articles_named(STANCES, SPEAKERS) <= set(records)


def test_speakers(records):
    check_quotes_and_speakers(records, SPEAKERS, QUOTES_FOUND, SPEAKERS_RIGHT)


def test_stance_recall_and_precision(stances):
    check_bars("stances", stances, STANCE_RECALL, STANCE_PRECISION)


def test_polarity_follows_the_quad(records):
    check_polarity(records, POLARITY)
