"""A measure kept from being taken (lexicon ``blocking_verbs``).

"Russia blocked sanctions against Iran" shields Iran (verbal cooperation),
it sanctions nobody; "France would veto any resolution authorising war
against Iraq" blames nobody in Iraq (the veto is France's stance toward the
body whose resolution it is); blocked help is withheld ("blocked aid to
Ukraine", CAMEO 16). Sentences from several regions and decades.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def read(extractor, text):
    return next(iter(extractor.extract([Article(id="t", text=text)])))


def stances(extractor, text):
    return {(s.source, s.target, s.quad) for s in read(extractor, text).stances}


def test_a_blow_blocked_shields_its_target(extractor):
    got = stances(extractor, "UNITED NATIONS, 2008 - China and Russia blocked sanctions against Zimbabwe "
                             "at the Security Council.")
    assert {("China", "Zimbabwe", "verbal_cooperation"), ("Russia", "Zimbabwe", "verbal_cooperation")} <= got
    assert not any(q.endswith("conflict") and t == "Zimbabwe" for _, t, q in got)
    got = stances(extractor, "NEW YORK, 1986 - The United States vetoed sanctions against South Africa.")
    assert ("United States", "South Africa", "verbal_cooperation") in got


def test_help_blocked_is_withheld(extractor):
    got = stances(extractor, "BUDAPEST, 2023 - Hungary blocked military aid to Ukraine on Monday.")
    assert ("Hungary", "Ukraine", "material_conflict") in got
    assert ("Hungary", "Ukraine", "material_cooperation") not in got


def test_who_a_vetoed_resolution_was_aimed_at_is_not_blamed_in_words(extractor):
    rec = read(extractor, "MOSCOW, March 5 (Reuters) - Foreign Minister Sergei Lavrov said Russia would veto "
                          "any resolution authorising force against Syria.")
    assert not any(s.target == "Syria" and s.quad == "verbal_conflict" for s in rec.stances)
    rec = read(extractor, "BEIJING, 2012 - China said it would block any resolution imposing sanctions on Iran.")
    assert not any(s.target == "Iran" and s.quad.endswith("conflict") for s in rec.stances)
