"""Long articles are parsed in pieces with offsets into the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extraction import extractor as ex_mod
from graphkit.extraction.extractor import Extractor, piece_bounds
from graphkit.records import Article

from conftest import SEEDS


@given(st.text(alphabet=st.sampled_from("ab .!\n\t\""), max_size=400), st.integers(4, 60))
def test_pieces_cover_the_text_exactly(text, limit):
    bounds = piece_bounds(text, long=limit, limit=limit)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= limit for a, b in bounds)
    assert all(a < b for a, b in bounds) or text == ""


def test_pieces_end_at_paragraph_breaks_first():
    text = ("Turkey and Russia met. " * 10 + "\n\n") * 20
    for a, b in piece_bounds(text, long=500, limit=400)[:-1]:
        assert text[:b].endswith("\n\n")


def _long_article() -> Article:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return Article("long", "\n\n".join(texts * 3), date="2019-10-10")


def _check_offsets(rec, text):
    assert rec.mentions
    for m in rec.mentions:
        assert text[m.start : m.end] == m.text
    for s in rec.stances:
        assert text[s.start : s.end] == s.sentence
    for q in rec.quotes:
        assert text[q.start : q.end] == q.text
    sents = [m.sentence for m in rec.mentions]
    assert sents == sorted(sents)


def test_pieces_join_with_the_whole_articles_offsets(blank_nlp, monkeypatch):
    from graphkit.extraction.actors import cached_registry
    from graphkit.extraction.lexicon import Lexicon
    from conftest import MINI_ACTORS

    ex = Extractor(blank_nlp, cached_registry(str(MINI_ACTORS), ()), Lexicon.load())
    art = _long_article()
    whole = ex.extract_one(art)
    monkeypatch.setattr(ex_mod, "LONG_ARTICLE", 3000)
    monkeypatch.setattr(ex_mod, "PIECE_CHARS", 2000)
    split = ex.extract_one(art)
    _check_offsets(split, art.text)
    # Registry matching is local, so the pieces find exactly what the whole text does.
    assert [(m.actor, m.start, m.paragraph) for m in split.mentions] == [
        (m.actor, m.start, m.paragraph) for m in whole.mentions
    ]
    assert [(a.name, a.mentions) for a in split.actors] == [(a.name, a.mentions) for a in whole.actors]
    assert split.n_tokens == whole.n_tokens


def test_text_longer_than_spacys_max_length_is_extracted(blank_nlp):
    from graphkit.extraction.actors import cached_registry
    from graphkit.extraction.lexicon import Lexicon
    from conftest import MINI_ACTORS

    ex = Extractor(blank_nlp, cached_registry(str(MINI_ACTORS), ()), Lexicon.load())
    text = "Turkey criticised Russia " * (blank_nlp.max_length // 25 + 10)
    assert len(text) > blank_nlp.max_length
    rec = ex.extract_one(Article("huge", text))
    assert {a.name for a in rec.actors} >= {"Turkey", "Russia"}
    assert rec.mentions[-1].end <= len(text)


@pytest.mark.model
def test_long_article_offsets_with_the_model(extractor, monkeypatch):
    monkeypatch.setattr(ex_mod, "LONG_ARTICLE", 6000)
    monkeypatch.setattr(ex_mod, "PIECE_CHARS", 4000)
    art = _long_article()
    rec = extractor.extract_one(art)
    _check_offsets(rec, art.text)
    assert rec.stances and rec.quotes
