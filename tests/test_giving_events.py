"""One-sided events of giving: the target is who receives, not what is given.

"Japan sent blankets and tents to earthquake survivors in Gujarat": the act
is done to the survivors. The blankets are what Japan gave, so they are no
target (EXTRACT_FORMAT.md: an event's target is what the act is done to).
When no recipient is named, what an aid verb (CAMEO 07) gives counts as a
target only if it is people or a place. Wire sentences from several regions.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def events(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(e.source, e.quad, e.target_text) for e in rec.events}


def test_the_recipient_of_a_giving_act_is_its_target(extractor):
    got = events(extractor, "NEW DELHI, Jan 30 (Reuters) - Japan sent blankets and tents to earthquake survivors "
                            "in Gujarat on Tuesday.")
    assert got == {("Japan", "material_cooperation", "earthquake survivors in Gujarat")}
    got = events(extractor, "ISLAMABAD, Oct 10 - Pakistan's army airlifted tents and food to villagers in Muzaffarabad.")
    assert got == {("Pakistan", "material_cooperation", "villagers in Muzaffarabad")}
    got = events(extractor, "MEKELLE, 2021 - Ethiopian troops delivered food aid to displaced families near Shire.")
    assert got == {("Ethiopia", "material_cooperation", "displaced families near Shire")}


def test_aid_with_no_recipient_names_no_thing_as_target(extractor):
    assert not events(extractor, "KATHMANDU, April 27 (Reuters) - India sent trucks and transport aircraft on Monday.")
    # people helped are still the target of a verb that helps them
    assert ("Turkey", "material_cooperation", "numerous rebel groups in the province") in events(
        extractor, "ANKARA - Turkey backs numerous rebel groups in the province.")
    got = events(extractor, "GENEVA - The Red Cross evacuated hundreds of civilians from the besieged town.")
    assert {(s, q) for s, q, t in got if t.endswith("civilians")} == {
        ("International Committee of the Red Cross", "material_cooperation")}
