"""Stances: hand-built Docs for the rules (no model), real sentences for constructions."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.stances import extract_stances, valence


def _doc(words, heads, deps, pos, lemmas, actors):
    """A parsed Doc built by hand; ``actors`` are (start, end, name, type)."""
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))
    doc.spans["actors"] = [Span(doc, s, e, label=t, kb_id=n) for s, e, n, t in actors]
    return doc


LEX = Lexicon.load()


def _pairs(doc):
    return [(s.source, s.target, s.quad, s.via) for s in extract_stances(doc, [], LEX)]


def test_active_verb():
    doc = _doc(
        ["Turkey", "attacked", "Syria", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["Turkey", "attack", "Syria", "."],
        [(0, 1, "Turkey", "state"), (2, 3, "Syria", "state")],
    )
    assert _pairs(doc) == [("Turkey", "Syria", "material_conflict", "verb")]


def test_negation_drops_the_stance():
    doc = _doc(
        ["Turkey", "did", "not", "attack", "Syria", "."],
        [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
        ["Turkey", "do", "not", "attack", "Syria", "."],
        [(0, 1, "Turkey", "state"), (4, 5, "Syria", "state")],
    )
    assert _pairs(doc) == []


def test_hypothetical_drops_action_but_keeps_threat():
    would_attack = _doc(
        ["Turkey", "would", "attack", "Syria"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
        ["PROPN", "AUX", "VERB", "PROPN"],
        ["Turkey", "would", "attack", "Syria"],
        [(0, 1, "Turkey", "state"), (3, 4, "Syria", "state")],
    )
    assert _pairs(would_attack) == []
    would_warn = _doc(
        ["Turkey", "would", "warn", "Syria"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
        ["PROPN", "AUX", "VERB", "PROPN"],
        ["Turkey", "would", "warn", "Syria"],
        [(0, 1, "Turkey", "state"), (3, 4, "Syria", "state")],
    )
    assert _pairs(would_warn) == [("Turkey", "Syria", "verbal_conflict", "verb")]


def test_passive_agent_is_the_source():
    doc = _doc(
        ["Assad", "is", "backed", "by", "Iran"],
        [2, 2, 2, 2, 3],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
        ["Assad", "be", "back", "by", "Iran"],
        [(0, 1, "Bashar al-Assad", "leader"), (4, 5, "Iran", "state")],
    )
    assert _pairs(doc) == [("Iran", "Bashar al-Assad", "material_cooperation", "passive")]


def test_coordinated_objects_give_one_stance_each():
    doc = _doc(
        ["Trump", "warned", "Assad", "and", "Iran"],
        [1, 1, 1, 2, 2],
        ["nsubj", "ROOT", "dobj", "cc", "conj"],
        ["PROPN", "VERB", "PROPN", "CCONJ", "PROPN"],
        ["Trump", "warn", "Assad", "and", "Iran"],
        [(0, 1, "Donald Trump", "leader"), (2, 3, "Bashar al-Assad", "leader"), (4, 5, "Iran", "state")],
    )
    assert _pairs(doc) == [
        ("Donald Trump", "Bashar al-Assad", "verbal_conflict", "verb"),
        ("Donald Trump", "Iran", "verbal_conflict", "verb"),
    ]


def test_noun_with_modifiers_gives_each_class():
    # "Russia's military and diplomatic support for Assad"
    doc = _doc(
        ["Russia", "'s", "military", "and", "diplomatic", "support", "for", "Assad"],
        [5, 0, 5, 2, 2, 5, 5, 6],
        ["poss", "case", "amod", "cc", "conj", "ROOT", "prep", "pobj"],
        ["PROPN", "PART", "ADJ", "CCONJ", "ADJ", "NOUN", "ADP", "PROPN"],
        ["Russia", "'s", "military", "and", "diplomatic", "support", "for", "Assad"],
        [(0, 1, "Russia", "state"), (7, 8, "Bashar al-Assad", "leader")],
    )
    assert sorted(_pairs(doc)) == [
        ("Russia", "Bashar al-Assad", "material_cooperation", "noun"),
        ("Russia", "Bashar al-Assad", "verbal_cooperation", "noun"),
    ]


def test_valence_sign():
    assert valence("a grave humanitarian mistake") < 0 < valence("our friends and allies")


# -- with the trained model ------------------------------------------------------


def _stances(extractor, text):
    from graphkit.records import Article

    return {(s.source, s.target, s.quad) for s in extractor.extract_one(Article("t", text)).stances}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran has lent crucial military support to Assad.", {("Iran", "Bashar al-Assad", "material_cooperation")}),
        ("Assad, who has been backed by Russia, took back the town.", {("Russia", "Bashar al-Assad", "material_cooperation")}),
        ("Turkish warplanes bombed Kurdish positions and Russia condemned Turkey.", {("Russia", "Turkey", "verbal_conflict")}),
        ("Erdogan and Putin met in Sochi on Monday.", {("Recep Tayyip Erdogan", "Vladimir Putin", "verbal_cooperation"), ("Vladimir Putin", "Recep Tayyip Erdogan", "verbal_cooperation")}),
        ("The talks followed a meeting between Erdogan and Putin.", {("Recep Tayyip Erdogan", "Vladimir Putin", "verbal_cooperation"), ("Vladimir Putin", "Recep Tayyip Erdogan", "verbal_cooperation")}),
        ("Russia did not attack Turkey.", set()),
        ("Russia would never bomb Turkey.", set()),
        ("Trump threatened to sanction Turkey.", {("Donald Trump", "Turkey", "verbal_conflict")}),
        ("The Iranian-backed Hezbollah attacked Israel.", {("Iran", "Hezbollah", "material_cooperation"), ("Hezbollah", "Israel", "material_conflict")}),
        ("Israel struck Hezbollah, the Iranian-backed militia, on Tuesday.", {("Iran", "Hezbollah", "material_cooperation"), ("Israel", "Hezbollah", "material_conflict")}),
        ("Turkey plans to attack the Kurdish militia and Russia wants to meet Iran.", set()),
        ("China and Russia signed a trade pact.", {("China", "Russia", "verbal_cooperation"), ("Russia", "China", "verbal_cooperation")}),
        ("The European Union imposed sanctions on Belarus.", {("European Union", "Belarus", "material_conflict")}),
        ("The African Union called on Ethiopia to stop the fighting.", {("African Union", "Ethiopia", "verbal_cooperation")}),
        ("China lashed out at the United States.", {("China", "United States", "verbal_conflict")}),
    ],
)
def test_constructions(extractor, text, expected):
    assert expected <= _stances(extractor, text) if expected else _stances(extractor, text) == set()


@pytest.mark.model
def test_quote_gives_speaker_stance_with_its_polarity(extractor):
    found = _stances(extractor, '"Syria\'s territorial integrity should be safeguarded and its people protected," Zarif said.')
    assert ("Mohammad Javad Zarif", "Syria", "verbal_cooperation") in found
    found = _stances(extractor, '"The Russians would be making a grave humanitarian mistake," Trump said.')
    assert ("Donald Trump", "Russia", "verbal_conflict") in found
