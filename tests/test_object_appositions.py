"""A name set off by commas right after a verb's object is the object's apposition.

The parser sometimes hangs the name on the verb as a bare noun-phrase
adverbial ("In Georgia, Senator Kelly Loeffler attacked her Democratic
challenger, Raphael Warnock, in a new ad", of the campaign set);
``clauses.split_clauses`` mends it, so the stance reaches the person the
role noun names. The hand-built Docs prove the mend; the parser misparses
only some such sentences, so the model sentences below guard the reading
whichever parse they get.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.extraction.clauses import split_clauses
from graphkit.records import Article


def _doc(words, heads, deps, tags):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_name_between_commas_after_the_object_becomes_its_apposition():
    words = ["Kohl", "attacked", "his", "challenger", ",", "Gerhard", "Schroeder", ",", "in", "a", "speech", "."]
    heads = [1, 1, 3, 1, 1, 6, 1, 6, 1, 10, 8, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "punct", "compound", "npadvmod", "punct", "prep", "det", "pobj", "punct"]
    tags = ["NNP", "VBD", "PRP$", "NN", ",", "NNP", "NNP", ",", "IN", "DT", "NN", "."]
    doc = _doc(words, heads, deps, tags)
    assert split_clauses(doc) == 1
    assert (doc[6].dep_, doc[6].head.text) == ("appos", "challenger")


def test_a_name_not_right_after_the_object_stays():
    # "on Friday" stands between the object and the name: nothing to mend
    words = ["Kohl", "attacked", "Schroeder", "on", "Friday", ",", "Bonn", ",", "too", "."]
    heads = [1, 1, 1, 1, 3, 1, 1, 6, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "npadvmod", "punct", "advmod", "punct"]
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", ",", "NNP", ",", "RB", "."]
    doc = _doc(words, heads, deps, tags)
    assert split_clauses(doc) == 0
    assert doc[6].dep_ == "npadvmod"


@pytest.mark.model
def test_the_stance_reaches_the_named_challenger(extractor):
    rec = extractor.extract_one(Article(id="t", text="BONN (AP) - Chancellor Helmut Kohl attacked his Social "
                                                     "Democratic challenger, Rudolf Scharping, in a speech in Bremen."))
    assert ("Helmut Kohl", "Rudolf Scharping", "verbal_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}
    rec = extractor.extract_one(Article(id="t", text="MANILA (Reuters) - President Ferdinand Marcos denounced his "
                                                     "main rival, Corazon Aquino, at a rally in Cebu."))
    assert ("Ferdinand E. Marcos", "Corazon Aquino", "verbal_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}
