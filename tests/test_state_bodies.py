"""A state's legislature or courts acting on its own leader; a handshake.

"Brazil's Senate removed President Dilma Rousseff", "South Korea's
parliament impeached President Park Geun-hye" are the state's stance toward
its own leader, as a coup by its soldiers is (tests/data/GUIDELINES.md; the
bodies are Phoenix's LEG and JUD sectors; "impeach" is a legislature's
indictment, CAMEO 173). "Kim Jong Un shook hands with Moon Jae-in" is
verbal cooperation (an idiom of the verb and its object, lexicon "shake
hands"), both ways when both are subjects.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_a_legislature_removing_or_impeaching_its_own_leader(extractor):
    got = stances(extractor, "SEOUL, Dec 9 (AP) - South Korea's parliament impeached President Park Geun-hye "
                             "on Friday.")
    assert ("South Korea", "Park Geun-hye", "material_conflict") in got
    got = stances(extractor, "KIEV, Feb 22 (Reuters) - Ukraine's parliament removed President Viktor Yanukovich "
                             "from office on Saturday.")
    assert any(t.startswith("Viktor Yanuk") and q == "material_conflict" for _, t, q in got)
    got = stances(extractor, "ASUNCION, June 22 (Reuters) - Paraguay's Senate removed President Fernando Lugo "
                             "from office on Friday.")
    assert ("Paraguay", "Fernando Lugo", "material_conflict") in got


def test_a_court_acting_on_its_own_leader(extractor):
    got = stances(extractor, "ISLAMABAD, Aug 3 (Reuters) - Pakistan's Supreme Court convicted Prime Minister "
                             "Yousuf Raza Gilani of contempt on Thursday.")
    # the registry's spelling; CAMEO codes "convicted X of" as an accusation
    assert ("Pakistan", "Yousaf Raza Gilani", "verbal_conflict") in got


def test_a_legislature_speaking_stays_within_its_state(extractor):
    # no act on the leader: nothing read against him
    got = stances(extractor, "BRASILIA (Reuters) - Brazil's Senate praised President Lula on Tuesday.")
    assert not any(q.endswith("conflict") for _, _, q in got)


def test_a_handshake_is_verbal_cooperation(extractor):
    got = stances(extractor, "PANMUNJOM, April 27 (AP) - Kim Jong Un shook hands with Moon Jae-in at the border.")
    assert ("Kim Jong Un", "Moon Jae-in", "verbal_cooperation") in got
    got = stances(extractor, "SINGAPORE, June 12 (Reuters) - Donald Trump and Kim Jong Un shook hands at a "
                             "hotel on Sentosa island.")
    assert {("Donald Trump", "Kim Jong Un", "verbal_cooperation"), ("Kim Jong Un", "Donald Trump", "verbal_cooperation")} <= got
    # a blow that shook someone is no handshake
    got = stances(extractor, "BEIRUT, 2006 - A Hezbollah rocket attack shook northern Israel.")
    assert not any(q == "verbal_cooperation" for _, _, q in got)
