"""The attribute ruler by table look-up sets what spaCy's own ruler sets."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from graphkit.extraction.tagrules import TableMatcher, remember_lemmas, speed_up
from tests.conftest import DATA, ROOT


def _texts() -> list[str]:
    texts = [p.read_text() for p in sorted((ROOT / "seeds").iterdir())]
    for path in (DATA / "other_conflicts.jsonl", ROOT / "examples" / "news.jsonl"):
        texts += [json.loads(line)["text"] for line in path.open() if line.strip()]
    return texts


def _blank_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["gets", "got"]}}]], {"LEMMA": "get"})
    ruler.add([[{"LOWER": "got"}]], {"LEMMA": "GOT"})  # later rules win
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"IS_SPACE": True}]], {"LEMMA": "SPACE"})
    ruler.add([[{"LOWER": {"NOT_IN": ["it", ".", "we"]}, "IS_SPACE": False}, {"LOWER": {"IN": ["it", "na"]}}]], {"NORM": "before"})
    ruler.add([[{"ORTH": {"REGEX": "^[A-Z]"}}, {"LOWER": "na"}, {"IS_SPACE": False}]], {"NORM": "three"}, index=1)
    return nlp


def test_table_matches_equal_the_matcher_on_hand_rules():
    nlp = _blank_ruler()
    ruler = nlp.get_pipe("attribute_ruler")
    text = "She got it, he gets it, we're gonna see  nothin' of it. Gon na gon na."
    stock = [(t.lemma_) for t in nlp(text)]
    doc = nlp.make_doc(text)
    assert TableMatcher(ruler).match(doc) == ruler.match(doc)
    speed_up(nlp)
    assert [t.lemma_ for t in nlp(text)] == stock
    assert "GOT" in stock and "to" in stock and "nothing" in stock and "SPACE" in stock


@given(st.lists(st.sampled_from(["got", "Gon", "na", "gon", "it", "we", "nothin'", "  ", ".", "gets", "Na"]), max_size=12))
def test_table_matches_equal_the_matcher_on_any_word_sequence(words):
    # Two- and three-token rules that end at the last token, NOT_IN, REGEX
    # and flags: the look-up finds exactly the Matcher's matches.
    nlp = _blank_ruler()
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp.make_doc(" ".join(words))
    assert _TABLE(ruler).match(doc) == ruler.match(doc)


_TABLE = TableMatcher


def test_speed_up_without_a_ruler_is_a_no_op():
    assert speed_up(spacy.blank("en")) is False
    assert remember_lemmas(spacy.blank("en")) is False


@pytest.mark.model
def test_table_ruler_sets_what_the_trained_ruler_sets():
    from graphkit.extraction.pipeline import DEFAULT_MODEL

    stock = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert speed_up(fast)
    assert remember_lemmas(fast)
    # Twice over: the second time every lemma comes from what was remembered.
    texts = _texts() * 2
    n = 0
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        doc = stock.make_doc(a.text)
        for name, proc in stock.pipeline[:3]:  # tok2vec, tagger, parser
            doc = proc(doc)
        assert fast.get_pipe("attribute_ruler").match(doc) == stock.get_pipe("attribute_ruler").match(doc)
        for s, t in zip(a, b):
            assert (s.pos_, s.tag_, str(s.morph), s.lemma_) == (t.pos_, t.tag_, str(t.morph), t.lemma_)
            n += 1
    assert n > 3000
