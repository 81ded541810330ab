"""A state's name inside a person's name, and names the NER cut at a particle.

"Acting Homeland Security Secretary Chad Wolf", "Israeli Foreign Minister
Israel Katz", "Jordan Bardella": a given name that is also a state's name
opens a person's name, and the state is not mentioned. "Marine Le Pen",
"Dominique de Villepin", "Rafik al-Hariri": the small model's PERSON entity
often stops at the particle, and no name ends there.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.name_parts import whole_name
from graphkit.extraction.state_names import opens_personal_name
from graphkit.records import Article

LEX = Lexicon.load()
NLP = spacy.blank("en")


def _doc(words, heads, deps, pos):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_given_name_compounded_onto_a_surname_opens_a_persons_name():
    doc = _doc(["Secretary", "Chad", "Wolf", "said"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
               ["PROPN", "PROPN", "PROPN", "VERB"])
    assert opens_personal_name(doc[1:2], LEX).text == "Chad Wolf"
    # a title after the state keeps it the state ("Chad President Idriss Deby")
    doc = _doc(["Chad", "President", "Deby", "said"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
               ["PROPN", "PROPN", "PROPN", "VERB"])
    assert opens_personal_name(doc[0:1], LEX) is None
    # a state that is no given name stays the state ("Kuwait Airways")
    doc = _doc(["Kuwait", "Airways", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["PROPN", "PROPN", "VERB"])
    assert opens_personal_name(doc[0:1], LEX) is None


def test_a_name_particle_after_a_state_name_makes_it_a_persons():
    doc = _doc(["Dominique", "de", "Villepin", "spoke"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
               ["PROPN", "PROPN", "PROPN", "VERB"])
    assert opens_personal_name(doc[0:1], LEX).text == "Dominique de Villepin"


@pytest.mark.parametrize("words, cut, whole", [
    (["Marine", "Le", "Pen", "spoke"], 2, "Marine Le Pen"),
    (["Charles", "de", "Gaulle", "spoke"], 2, "Charles de Gaulle"),
    (["Rafik", "al", "-", "Hariri", "died"], 3, "Rafik al-Hariri"),
    (["Marine", "Le", "spoke"], 2, "Marine Le"),  # nothing to take in
    (["Joe", "Biden", "Administration"], 2, "Joe Biden"),  # no particle: the name is whole
])
def test_a_name_cut_at_its_particle_is_taken_to_its_end(words, cut, whole):
    spaces = [not (w == "al" or w == "-") for w in words]
    doc = Doc(NLP.vocab, words=words, spaces=spaces)
    assert whole_name(doc[0:cut]).text == whole


@pytest.mark.model
@pytest.mark.parametrize("text, person, state", [
    ("WASHINGTON, Aug 20 (Reuters) - Acting Homeland Security Secretary Chad Wolf said on Thursday that federal "
     "agents would stay in Portland.", "Chad Wolf", "Chad"),
    ("PARIS, June 10 (Reuters) - National Rally president Jordan Bardella attacked President Emmanuel Macron's "
     "record on Monday.", "Jordan Bardella", "Jordan"),
    ("PARIS, Feb 14 (AP) - Foreign Minister Dominique de Villepin criticised Secretary of State Colin Powell's "
     "case for war.", "Dominique de Villepin", "Dominica"),
])
def test_a_state_name_opening_a_persons_name_is_no_state(extractor, text, person, state):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    names = {a.name for a in rec.actors}
    assert person in names and state not in names


@pytest.mark.model
def test_a_name_the_ner_cut_at_le_is_whole(extractor):
    rec = next(iter(extractor.extract([Article(id="t", text=(
        "PARIS, April 20 (Reuters) - Far-right leader Marine Le Pen attacked President Emmanuel Macron's record "
        "on immigration in a televised debate on Wednesday."))])))
    assert ("Marine Le Pen", "Emmanuel Macron") in {(s.source, s.target) for s in rec.stances}
