"""Quotes: quote-mark scanning (no model) and speaker attribution (model)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extraction.quotes import QuoteMark, find_quote_marks


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('He said "we will stay here for now" today.', ["we will stay here for now"]),
        ("He said “we will stay here for now” today.", ["we will stay here for now"]),
        ("It was a ‘’depository for regime opponents from all over Syria,’’ it said", ["depository for regime opponents from all over Syria,"]),
        ("«Nous resterons ici longtemps» dit-il.", ["Nous resterons ici longtemps"]),
        ("Syria's Idlib 'Cannot Be a Slaughter'", ["Cannot Be a Slaughter"]),
    ],
)
def test_quote_marks_of_every_kind(text, quoted):
    assert [text[m.start : m.end] for m in find_quote_marks(text)] == quoted


def test_apostrophes_are_not_quotes():
    assert find_quote_marks("Syria's army and the rebels' posts; Turkey's aim.") == []


def test_unclosed_quote_runs_to_paragraph_end():
    text = 'He said "we will never leave this place\n\nNext paragraph.'
    assert find_quote_marks(text) == [QuoteMark(9, 39, False)]


def test_split_quote_gives_two_spans():
    text = '"We will not go," he said, "whatever they do to us."'
    assert [text[m.start : m.end] for m in find_quote_marks(text)] == ["We will not go,", "whatever they do to us."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’«»\n.,")), max_size=60))
def test_quote_marks_are_ordered_disjoint_and_inside_text(text):
    marks = find_quote_marks(text)
    last = -1
    for m in marks:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last
        last = m.end


# -- with the trained model ------------------------------------------------------


def _quotes(extractor, text):
    from graphkit.records import Article

    return extractor.extract_one(Article("t", text)).quotes


@pytest.mark.model
def test_direct_quote_speaker_from_subject(extractor):
    qs = _quotes(extractor, '"Hundreds of thousands of people could be killed," Trump tweeted on Monday.')
    assert [(q.speaker, q.direct) for q in qs] == [("Donald Trump", True)]
    assert qs[0].text == "Hundreds of thousands of people could be killed,"


@pytest.mark.model
def test_split_quote_both_halves_attributed(extractor):
    qs = _quotes(extractor, '"We will not leave Idlib to anyone," Erdogan said. "Our soldiers will stay there until the end."')
    assert [(q.speaker, q.direct) for q in qs] == [("Recep Tayyip Erdogan", True), ("Recep Tayyip Erdogan", True)]


@pytest.mark.model
def test_reported_speech_with_that(extractor):
    qs = _quotes(extractor, "Vladimir Putin said that Russia would keep its bases in Syria.")
    assert len(qs) == 1
    q = qs[0]
    assert (q.speaker, q.direct) == ("Vladimir Putin", False)
    assert q.text == "Russia would keep its bases in Syria"
    assert set(q.targets) == {"Russia", "Syria"}


@pytest.mark.model
def test_pronoun_speaker_resolves_to_last_named_leader(extractor):
    qs = _quotes(extractor, "Vladimir Putin met reporters in Sochi. He said the ceasefire in Idlib would hold for now.")
    assert qs and qs[-1].speaker == "Vladimir Putin"


@pytest.mark.model
def test_unnamed_official_speaks_for_the_state(extractor):
    qs = _quotes(extractor, '"The deal will hold as long as the other side respects it," a Turkish official told reporters.')
    assert [q.speaker for q in qs] == ["Turkey"]


@pytest.mark.model
def test_unattributed_quote_has_no_speaker(extractor):
    qs = _quotes(extractor, "The town was quiet.\n\n\"We have killed, we are killing and we will kill terrorists.\"")
    assert [q.speaker for q in qs] == [None]


@pytest.mark.model
def test_unclosed_quote_is_kept_and_marked(extractor):
    qs = _quotes(extractor, 'Erdogan said "we will respond to every attack from Damascus')
    assert qs and qs[0].direct and "unclosed" in qs[0].cue


@pytest.mark.model
def test_passive_description_is_no_quote(extractor):
    assert _quotes(extractor, "The meeting in Moscow has been described as a last chance for Russia and Turkey.") == []


@pytest.mark.model
def test_inverted_attribution_and_spokesman_for_a_group(extractor):
    qs = _quotes(extractor, '"We will not allow anyone to threaten our security," said Hulusi Akar, Turkey\'s defence minister.\n'
                            '"The attack was a clear violation of the ceasefire," said a spokesman for the Syrian Democratic Forces.')
    assert [q.speaker for q in qs] == ["Hulusi Akar", "Syrian Democratic Forces"]


@pytest.mark.model
def test_according_to_makes_a_reported_statement(extractor):
    qs = _quotes(extractor, "Russia is ready to help, according to Foreign Minister Sergei Lavrov.")
    assert [(q.speaker, q.direct, q.text) for q in qs] == [("Sergei Lavrov", False, "Russia is ready to help")]


@pytest.mark.model
def test_quote_continues_after_a_long_attribution(extractor):
    qs = _quotes(extractor, '"We condemn this attack in the strongest terms," the French foreign ministry said in a statement. '
                            '"France stands with the Syrian people."')
    assert [q.speaker for q in qs] == ["France", "France"]
