"""A capital after an envoy's "to" is the government the envoy is sent to.

"recalled its ambassador to Washington" names the United States, as "its
ambassador to Austria" names Austria (GUIDELINES.md: a capital that receives
an act is the state); "flew to Kyiv" stays a place.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def read(extractor, text):
    return next(iter(extractor.extract([Article(id="t", text=text)])))


def test_a_capital_after_an_envoys_to_is_its_state(extractor):
    rec = read(extractor, "ANKARA, Aug 20 (Reuters) - Turkey recalled its ambassador to Vienna on Thursday.")
    assert {(s.source, s.target, s.quad) for s in rec.stances} == {("Turkey", "Austria", "material_conflict")}
    rec = read(extractor, "TOKYO (AP) - Japan's envoy to Beijing returned home for consultations.")
    assert "China" in {a.name for a in rec.actors}
    # a capital one travels to is a place
    rec = read(extractor, "MOSCOW - The foreign minister flew to Kyiv on Monday.")
    assert "Ukraine" not in {a.name for a in rec.actors}
