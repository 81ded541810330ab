"""Per-Doc token tables read what the Token objects say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.extraction.tables import token_table


@st.composite
def trees(draw):
    # Any tree over n tokens, projective or not: the tokens, in a random
    # order, each hang on one placed before them; the first is the root.
    n = draw(st.integers(1, 12))
    order = draw(st.permutations(range(n)))
    heads = [0] * n
    heads[order[0]] = order[0]
    for k in range(1, n):
        heads[order[k]] = order[draw(st.integers(0, k - 1))]
    words = draw(st.lists(st.sampled_from(["Turkey", "warned", "of", "Syria", "BACKED", "talks"]), min_size=n, max_size=n))
    deps = ["ROOT" if heads[i] == i else draw(st.sampled_from(["nsubj", "dobj", "prep", "pobj", "conj"])) for i in range(n)]
    return words, heads, deps


@given(trees())
def test_the_table_gives_each_tokens_children_subtree_words_and_lemmas(tree):
    words, heads, deps = tree
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=[w.upper() for w in words])
    table = token_table(doc)
    assert token_table(doc) is table  # read once
    for t in doc:
        assert table.children[t.i] == [c.i for c in t.children]
        assert sorted(table.subtree(t.i)) == sorted(s.i for s in t.subtree)
        assert (table.lower[t.i], table.lemma[t.i], table.dep[t.i]) == (t.text.lower(), t.lemma_.lower(), t.dep_)


def test_the_word_memo_gives_the_same_table_when_it_is_emptied(monkeypatch):
    import graphkit.extraction.tables as tables

    # The memo of words by hash is emptied when full; a table read then is the same.
    words = ["Kenya", "accused", "Somalia", "of", "raids"]
    doc = Doc(Vocab(), words=words, lemmas=["Kenya", "accuse", "Somalia", "of", "raid"])
    full = {1: ("x", "x"), 2: ("y", "y"), 3: ("z", "z")}
    monkeypatch.setattr(tables, "_WORDS", full)
    monkeypatch.setattr(tables, "_WORDS_MAX", 3)
    table = tables.TokenTable(doc)
    assert table.text == words and table.lower == [w.lower() for w in words]
    assert table.lemma == ["kenya", "accuse", "somalia", "of", "raid"]
    assert 1 not in full and len(full) <= len(set(words) | {"accuse", "raid", ""})


def test_an_empty_doc_has_an_empty_table():
    table = token_table(Doc(Vocab(), words=[]))
    assert table.children == [] and table.lower == []


def test_per_token_works_a_reading_out_once_per_token():
    from graphkit.extraction.tables import per_token

    class Reader:
        calls = 0

        @per_token
        def quad(self, token):
            Reader.calls += 1
            return token.text.upper() if token.i else None  # None is remembered too

    doc = Doc(Vocab(), words=["Turkey", "warned", "Syria"])
    r = Reader()
    assert [r.quad(t) for t in doc] + [r.quad(t) for t in doc] == [None, "WARNED", "SYRIA"] * 2
    assert Reader.calls == 3


@given(st.lists(st.sampled_from(["Kyiv", "said", ".", " ", "  ", "\n", "\n\n", " \n ", "\t"]), max_size=15).map("".join))
def test_line_breaks_start_a_sentence_after_every_whitespace_token_with_a_newline(text):
    # As the line_breaks component read it token by token, before it looked
    # only at the whitespace tokens.
    import spacy

    from graphkit.extraction.text import line_breaks

    doc = spacy.blank("en").make_doc(text)
    want = [False] * len(doc)
    for token in doc[:-1]:
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            want[token.i + 1] = True
    doc = line_breaks(doc)
    assert [bool(t.is_sent_start) for t in doc][1:] == want[1:]
