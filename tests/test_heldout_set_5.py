"""A fifth held-out set, long multi-paragraph stories, read by graphkit only after its gold was landed.

``tests/data/heldout_set_5.jsonl`` holds 16 long items (five or six
paragraphs, 210-250 words) as AP, Reuters and AFP write them, with several
actors, quotes and reported speech each: conflict and crisis reporting
(Beirut 1982, the USS Stark 1987, Kuwait 1990, Grozny 1999, Darfur 2004,
Mali 2013, Nagorno-Karabakh 2020, Khartoum 2023) and election campaigns
where candidates and parties attack, endorse and answer each other (the US
1980 debate, Virginia's Senate race 1994, Britain 1997, France 2017, India
2014, Brazil 2022, Nigeria 2015, Turkey 2023). The gold
(``tests/heldout_gold_5.py``) was committed (1cd5fc7) before graphkit first
read the items.

First reading (before any fix, at main 5b94737, the gold's landing): stances
recall 43/98 = 0.439, precision 43/76 = 0.566 (quad included); quad right
on 48/49 read stances whose pair and polarity are gold; events recall 4/8,
precision 4/10; quotes found 85/87, speakers right 72/85.

Misses of the first reading, by class (false negatives / false positives):
acts or statements named again ("condemned the assault", "rejected the
finding", "dismissed the charge", "accepted the apology": 8 / 0); people
the article names whom the actor layer misses or folds into another
("Rahul Gandhi" read as Sonia Gandhi, "the Sun", "Nicolas Dupont-Aignan",
the Janjaweed, the Sudan Liberation Army, "the People's Democratic Party"
cut to "Democratic Party": 9 / 5); back-references and pairs as ends ("the
Republican nominee", "his rival", "its commander", "both generals", "the
rebels", "the commission": 8 / 1); accusations and demands in reported
speech with no cue verb ("said the president was trying to distract
voters", "said Iraq must pay", "bore responsibility": 7 / 0); verbs
coordinated after a reported clause ("said both parties were avoiding the
truth and accused Major": 3 / 0, left: the parse gives "and accused" to the
reported clause and nothing in the tree tells whose it is, "officials said
the gunmen had stormed the hotel and seized guests" is the gunmen's);
cooperation received ("won the backing of X", "has the support of X": 4 /
0); joint parties of a symmetric verb ("Carter and Reagan clashed over
the economy, arms control and Iran ..., with Reagan asking": 2 / 2);
place and ship names the NER typed as people ("the Chechen capital,
Grozny", "the U.S. frigate Stark": 1 / 5, and 3 events); a two-city
dateline's wire credit as a subject ("BAKU/YEREVAN, Oct 4 (Reuters)": 0 /
3); tone of quotes read wrong ("Nigeria has become a laughing stock",
"vote Conservative", "no negotiations with the RSF": 0 / 5); quads
("campaign for Robb" coded a demand, "attacked Major for refusing ..."
material, "calling on Armenia to withdraw" an appeal: 3 / 2); one-off
parses (7 / 10).

Fixed by class, with construction tests from other places and decades
(``tests/test_long_story_constructions.py``): joint parties of a symmetric
verb clash with each other, not with what they clash over, a clause after
"with" is no partner, and people clashing in a debate clash in words; a
name in apposition with a place noun is the place in the whole article,
and a frigate is a ship; a dateline filed from two cities is a dateline;
cooperation received through a verb of getting (the lexicon's
``receiving_verbs``) is the giver's. Reading after these (main 1fa9f06
plus the fixes): stances recall 49/98 = 0.500, precision 49/73 = 0.671;
quad 55/56; events recall 5/8, precision 5/11; speakers unchanged.

Reported judgments (``tests/test_reported_judgments.py``): a direct quote
completing a reported clause judges its subject ('Susan Platt, said North
had "made a career out of deception"', 'Lula replied that Bolsonaro had
"left 33 million people hungry"'): stances recall 51/98 = 0.520, precision
51/75 = 0.680.

A surname that opens a sentence inside another person's full name is that
person ("Rahul Gandhi hit back" after "Sonia Gandhi"), and "his rival" is
whom a contest named as a noun set against him ("four days before a runoff
against President Tayyip Erdogan ... Erdogan accused his rival"), with
construction tests in ``tests/test_long_story_constructions.py``: with
main's fixes merged (bcf03bf), stances recall 52/98 = 0.531, precision
52/76 = 0.684; quad 59/60; events recall 6/8, precision 6/12; quotes found
85/87, speakers right 74/85.

Words said back and charges named again answer who charged before
(``tests/test_reported_judgments.py``: "Erdogan rejected the accusation"
after Pashinyan accused Turkey): stances recall 53/98 = 0.541, precision
53/77 = 0.688.

A reported clause ends before ", while <another named subject> ..." (Lane
Kirkland no longer "says" Ford's praise of Reagan: two false stances go,
and the one right one they carried, Kirkland toward Carter, read from the
tone Ford's praise lent the whole sentence, goes with them); a demand
(CAMEO 10) made "for" someone backs them ("Clinton will campaign for
Robb": verbal cooperation, no longer a demand of Robb). The gold's name
set for Philip Habib gains the registry's spelling "Philip C. Habib" (an
annotation fix, no reading changed). With main at 6ad96d5 merged: stances
recall 53/98 = 0.541, precision 53/73 = 0.726; quad 60/61; events and
speakers as above. Both merged (main 4679d23): stances recall 54/98 =
0.551, precision 54/74 = 0.730; quad 61/62. A quote right after a clause
stance of its speaker toward the same actor is that stance's words ('Major
accused Labour ... "If you value the union, vote Conservative"' no longer
reads as Major toward Labour in cooperation): precision 54/73 = 0.740.

Cooperation refused in reported words is a rejection (CAMEO 12): "told Al
Jazeera there could be no negotiations with the RSF until it surrendered"
is Burhan against the RSF, no longer toward it (a cooperation cue negated,
or with "no", counted against, where it was skipped and the bare noun
counted for). Stances recall 55/98 = 0.561, precision 55/74 = 0.743; quad
62/63; with the quote-after-a-clause fix merged (main 5c6e706), precision
55/73 = 0.753.

A quote right after the sentence that attributed the one before it
continues that speaker when one sentence end and no other quotation stand
between them, however long the attribution ('"They are trying to bury us
under the rubble," Palestine Liberation Organization leader Yasser Arafat
told reporters at a shelter in the Fakhani district. "We will not raise
the white flag."'), and after a reported clause with a speaker ("...,
where he said Labour's plan would lead to independence. "Mr Blair would
sign away our veto ..."'): speakers right 76/85.

A capital that words are addressed to is its government ("Saddam Hussein
apologised to Washington": a verb of words, verbal in the lexicon, takes
the "to" capital as the state, as an event noun's "aid to Islamabad"
does; "flew to Beijing" stays a trip): stances recall 56/98 = 0.571,
precision 56/74 = 0.757; quad 63/64 (main 56de72e merged).

"he"/"she" as the subject of what someone says is the one who says it
("Obasanjo, who helped bring Jonathan to power, has said he will vote for
Buhari": no longer Jonathan's vote): precision 56/73 = 0.767 (main
ac5a7de merged).

Gold amended (no reading changed): "Erdogan ... pledged Ankara's full
support for Baku" names the support's agent by its possessor, so by the
acts-as-nouns rule Turkey may stand for Erdogan as its source: stances
recall 57/98 = 0.582, precision 57/73 = 0.781; quad 64/65.

Left, by class (at this reading): acts and statements named again whose
doer is in another clause ("condemned the assault", "called the attack
'naked aggression'", "accepted the apology", "the rebels welcomed Powell's
statement": 5); accusations, demands and insults in reported speech with
no cue word ("said Iraq must pay compensation", "bore responsibility",
"said the president was trying to distract voters", 'Rahul Gandhi was "a
prince"', "Oliver North is not fit to serve": 8); actors the registry or
the NER miss or misname ("the Sun", the Janjaweed, the Sudan Liberation
Army, Nicolas Dupont-Aignan, "People's/Peoples' Democratic Party" cut to
the Democratic Party, "Movement for Unity and Jihad" cut before "in West
Africa", King Hussein folded into Saddam Hussein: 9 misses, 4 false);
back-references and pairs as ends ("both generals", "its commander",
"the Republican nominee", "the commission", "the army", "the Kurdish
party": 6); a verb coordinated after a reported clause ("said both parties
were avoiding the truth and accused Major", "said deforestation had soared
and promised to work with Norway": 3; the tree gives the verb to the
reported clause, and "said the gunmen had stormed the hotel and seized
guests" is the gunmen's, so no rule stands on the parse alone); pledges
and help named by nouns ("with help from troops from Chad and Niger",
"said it would send two C-17 planes to help move French troops", "agreed
to open its airspace to French aircraft": 4); quote tone VADER reads
wrong ("a laughing stock", "Modi sells dreams", "vote Conservative": 4
false); quads ("attacked Major for refusing ..." read material: 1); one-off
parses (a few, e.g. "with Yemen abstaining" read as an object: a repair
for it fired on no other sentence tried, so it was not made).

With main at f04eab8 merged, 7e2159f (a CAMEO pattern naming the object's
word form beats its lemma) codes "stepping up his attacks on Tony Blair's
party" 190 where it was 138, and the stance John Major toward Tony Blair
turns from verbal conflict (optional in the gold) to material conflict (a
false stance): precision 57/74 = 0.770, the bar set there. A person's
attacks on a party in a campaign are words (GUIDELINES.md on "attacked"),
which the noun reading does not yet say.

Words said back answer the nearest charge of the three sentences before
when none was aimed at the speaker's side ("Rahul Gandhi hit back" after
"Modi accused the ruling Congress party": the quote after it, "Modi sells
dreams", is its words, no longer cooperation), and a blow named again
("The Soviet Union condemned the assault") stands for the one striker of
the article's blows before it, a charge in words only when none was
struck (``tests/test_reported_judgments.py``): stances recall 59/98 =
0.602, precision 59/74 = 0.797. (7e2159f was reverted: the noun reading
of John Major's attacks is back.)

Of two subjects the parser gives a speech verb, the nearest speaks
("Powell said the United States would ask ...": Powell, not the United
States the parser also made a subject), and "the government" is the state
named before ("the government in Khartoum" of dar04's event): speakers
right 77/85.

The bars sit at the latest reading, so a regression fails.
"""

from __future__ import annotations

import pytest

from heldout_gold_5 import EVENTS, POLARITY, SILENT, SPEAKERS, STANCES, score_events, score_stances
from heldout_sets import (
    articles_named, check_bars, check_polarity, check_quotes_and_speakers, event_rows, quad_on_gold_pairs,
    read_set, stance_rows,
)

pytestmark = pytest.mark.model

STANCE_RECALL, STANCE_PRECISION = 59 / 98, 59 / 74
EVENT_RECALL, EVENT_PRECISION = 6 / 8, 6 / 12
#: Quotes found of the 87, and speakers right of those found.
QUOTES_FOUND, SPEAKERS_RIGHT = 85, 77
#: Share of read stances on a gold pair and polarity that carry the gold quad.
QUAD = 64 / 65


@pytest.fixture(scope="module")
def records(extractor):
    return read_set(extractor, "heldout_set_5.jsonl")


@pytest.fixture(scope="module")
def stances(records):
    return score_stances(stance_rows(records))


@pytest.fixture(scope="module")
def events(records):
    return score_events(event_rows(records))


def test_every_gold_article_is_in_the_data(records):
    assert articles_named(STANCES, EVENTS, SPEAKERS, SILENT) <= set(records)


def test_stance_recall_and_precision(stances):
    check_bars("stances", stances, STANCE_RECALL, STANCE_PRECISION)


def test_stance_quad_on_matched_pairs(records):
    agree, pairs = quad_on_gold_pairs(records, STANCES, POLARITY)
    assert pairs == 0 or agree / pairs >= QUAD


def test_events(events):
    check_bars("events", events, EVENT_RECALL, EVENT_PRECISION)


def test_speakers(records):
    check_quotes_and_speakers(records, SPEAKERS, QUOTES_FOUND, SPEAKERS_RIGHT)


def test_polarity_follows_the_quad(records):
    check_polarity(records, POLARITY)
