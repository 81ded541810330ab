"""Quotes: quote-mark scanning (no model) and speaker attribution (model)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from graphkit.extraction.quotes import _PAIRS, _WORD, MIN_DIRECT_WORDS, QuoteMark, _find_single_close, find_quote_marks


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


def _every_character(text: str) -> list[QuoteMark]:
    # find_quote_marks as it was before it jumped from mark to mark: every
    # character tried against every opening mark.
    out: list[QuoteMark] = []
    i, n = 0, len(text)
    while i < n:
        opener = None
        for open_mark, closers in _PAIRS:
            if text.startswith(open_mark, i):
                opener = (open_mark, closers)
                break
        if opener is None:
            # Straight or curly single marks open a quote only at a word start.
            if text[i] in "'‘" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1].isalpha():
                close = _find_single_close(text, i + 1)
                if close is not None and len(_WORD.findall(text[i + 1 : close])) >= MIN_DIRECT_WORDS:
                    out.append(QuoteMark(i + 1, close, True))
                    i = close + 1
                    continue
            i += 1
            continue
        open_mark, closers = opener
        start = i + len(open_mark)
        para_end = text.find("\n\n", start)
        para_end = n if para_end == -1 else para_end
        best = None
        for c in closers:
            j = text.find(c, start, para_end)
            if j != -1 and (best is None or j < best[0]):
                best = (j, len(c))
        if best is None:
            end = para_end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(QuoteMark(start, end, False))
            i = para_end
            continue
        j, width = best
        if j > start:
            out.append(QuoteMark(start, j, True))
        i = j + width
    return out


@settings(max_examples=300)
@example("He said 'we will go home' and left; 'a b c d'")
@example("“one two” and ‘we will go home’ «a b» \"c\"")
@given(st.lists(st.sampled_from(["we", "a", "b", "we a", " ", " ", "'", "‘", "’", "“", "”", "«", "»", '"', "\n", "\n\n", "."]),
                max_size=40).map("".join))
def test_jumping_from_mark_to_mark_finds_what_every_character_finds(text):
    assert find_quote_marks(text) == _every_character(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # the parser hangs "called" on the apposition as a participle
        ('Mary Matalin, the Bush campaign\'s political director, called Clinton "a failed governor of a small state."',
         "Mary Matalin"),
        ('Bob Dole, Ford\'s running mate, called Carter "the most inconsistent candidate in thirty years."', "Bob Dole"),
        ('Lech Walesa, the Solidarity leader, called Kwasniewski "a man of the old regime" at a rally in Gdansk.',
         "Lech Walesa"),
        # quoted words a verb gives through "as"
        ('Stacey Abrams, the former Democratic nominee for governor, praised Warnock as a pastor who '
         '"has spent his life fighting for others."', "Stacey Abrams"),
        ('Senator Al Gore praised the Arkansas governor as "a man who keeps his word."', "Al Gore"),
        ('Nigel Farage dismissed the report as "a stitch-up by the establishment" on Tuesday.', "Nigel Farage"),
    ],
)
def test_quoted_words_a_naming_verb_gives_have_its_subject_for_speaker(extractor, text, speaker):
    qs = _quotes(extractor, text)
    assert [q.speaker for q in qs if q.direct] == [speaker], qs

