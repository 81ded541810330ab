"""Held-out set 6: blind wire copy on diplomacy, trade, U.N. votes and ceasefires.

``tests/data/heldout_set_6.jsonl`` holds 30 short wire items (1962-2021, every
continent) on kinds of story the other sets have little of: tariffs and
sanctions imposed or lifted, envoys expelled and relations cut, summits and
treaties, U.N. votes, vetoes and peacekeeping, border clashes, hostage
releases and a prisoner swap, an aid pledge, coups and their condemnation,
disputed elections, protests met by police, an arrest for extradition and an
extradition, ceasefires, and two items with no stance. They are annotated in
``tests/heldout_gold_6.py`` by ``tests/data/GUIDELINES.md``; the gold was
committed (874b4a7) before graphkit first read the items, and nobody has
fitted a rule to them.

First (blind) reading, at a4f196f (no rule changed since): stances recall
34/55 = 0.618, precision 34/42 = 0.810 (quad included); quad right on 34/40
read stances whose pair and polarity are gold; events recall 2/3, precision
2/3; quotes found 10/10, speakers right 10/10; one of the two silent items
loud ("Boric won the runoff ..., defeating Kast" read as material conflict).

Misses by class: an act named again as a noun standing for its doers ("called
the vote", "disgusted by the veto", "denounced the treaty": 5); actors not
found (M23, not in the registry, read as words of an event target: 3; a name
with a quoted nickname, 'Joaquin "El Chapo" Guzman': 1); "the government" as
the state after an opposition leader's accusation (2); a broker named by an
adjective ("a Norwegian-brokered ceasefire": 2); "voted to seat X and expel
Y" (2, the expulsion read toward X); lifted sanctions read as verbal, not
material, cooperation (2, also counted false); one each: a demand for
someone's release of those who hold him, naming inside a relative clause
("a cable in which he called X ..."), a passive clash ("were killed in a
clash with Chinese troops"), a threat conditioned on "if the North attacked
again". False stances: the two lifted-sanctions quads, "agreed to end the
fighting" also read as material cooperation (2), an election "defeating"
(1), the expulsion toward the seated state (1), "a resolution that backed
an Arab League plan" as the Security Council's material cooperation (1),
"at the request of a Spanish judge" as Spain toward Britain (1, arguable).
The event miss: "fired shells onto the island of Yeonpyeong" takes the
shells as target.

After the first reading (no longer blind): a rival beaten in the result
the clause just told is no blow ("won the runoff ..., defeating Kast",
``tests/test_election_copy.py``): precision 34/41 = 0.829, both silent
items silent. Sanctions lifted are eased (CAMEO 08, material cooperation)
although PETRARCH's "LIFT * SANCTION" says 0351, an intent:
recall 36/55 = 0.655, precision 36/41 = 0.878.

The bars sit at the latest reading, so a regression fails.
"""

from __future__ import annotations

import pytest

from heldout_gold_6 import EVENTS, POLARITY, SILENT, SPEAKERS, STANCES, score_events, score_stances
from heldout_sets import (
    articles_named, check_bars, check_polarity, check_quotes_and_speakers, event_rows, loud_silent,
    quad_on_gold_pairs, read_set, stance_rows,
)

pytestmark = pytest.mark.model

STANCE_RECALL, STANCE_PRECISION = 36 / 55, 36 / 41
EVENT_RECALL, EVENT_PRECISION = 2 / 3, 2 / 3
#: Quotes found of the 10, and speakers right of those found.
QUOTES_FOUND, SPEAKERS_RIGHT = 10, 10
#: Share of read stances on a gold pair and polarity that carry the gold quad.
QUAD = 34 / 40
#: Silent items read with a stance or an event (first reading: 1, chl7, an
#: election result read as "defeating").
LOUD_SILENT = 0


@pytest.fixture(scope="module")
def records(extractor):
    return read_set(extractor, "heldout_set_6.jsonl")


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


def test_silent_items_stay_silent(records):
    loud = loud_silent(records, SILENT)
    assert len(loud) <= LOUD_SILENT, loud


def test_polarity_follows_the_quad(records):
    check_polarity(records, POLARITY)
