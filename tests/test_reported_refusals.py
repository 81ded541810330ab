"""A negated recognition in reported speech is a refusal, as in a direct quote.

GUIDELINES: "we will not recognise X as president", "we do not accept X"
reject X (verbal conflict). Reported speech says the same with the
speaker's pronoun and a back-shifted "would": "the United States said it
would not recognise Nicolas Maduro as president". A "would" under a
condition stays hypothetical, and a negated blow says no stance.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def stances(extractor, text):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    return {(s.source, s.target, s.quad) for s in rec.stances}


def test_a_reported_refusal_to_recognise_is_verbal_conflict(extractor):
    assert stances(extractor, "WASHINGTON, Jan 10 (Reuters) - The United States said it would not recognise "
                              "Nicolas Maduro as president.") == {("United States", "Nicolas Maduro", "verbal_conflict")}
    assert stances(extractor, "ABIDJAN, Dec 5 (Reuters) - Alassane Ouattara said he would not accept Laurent "
                              "Gbagbo as president.") == {("Alassane Ouattara", "Laurent Gbagbo", "verbal_conflict")}
    assert stances(extractor, "LONDON (AP) - Britain said it would not recognise the Taliban government.") == {
        ("United Kingdom", "Taliban", "verbal_conflict")}


def test_a_reported_negated_blow_says_nothing(extractor):
    assert not stances(extractor, "WASHINGTON - The United States said it would not attack Iran.")
