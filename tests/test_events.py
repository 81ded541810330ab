"""One-sided events on hand-built parses (no model), their graph counts and evidence."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from graphkit.extraction.events import extract_events
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.summaries import event_rows
from graphkit.graph.build import evidence_records
from graphkit.graph.builder import build_graph
from graphkit.records import QUADS, ActorInfo, Event, Extraction, Mention

LEX = Lexicon.load()
NLP = spacy.blank("en")


def _doc(rows, actors):
    """``rows``: (word, head, dep, pos, lemma); ``actors``: (start, end, name)."""
    words, heads, deps, pos, lemmas = zip(*rows)
    doc = Doc(NLP.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), lemmas=list(lemmas),
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.spans["actors"] = [Span(doc, s, e, label="state", kb_id=n) for s, e, n in actors]
    return doc


def _events(doc):
    return [(e.source, e.quad, e.cue, e.target_text) for e in extract_events(doc, LEX)]


def test_army_jets_bombing_a_market_is_an_event_of_the_state():
    doc = _doc([("Sudanese", 2, "amod", "ADJ", "sudanese"), ("army", 2, "compound", "NOUN", "army"),
                ("jets", 3, "nsubj", "NOUN", "jet"), ("bombed", 3, "ROOT", "VERB", "bomb"),
                ("a", 5, "det", "DET", "a"), ("market", 3, "dobj", "NOUN", "market"),
                ("in", 5, "prep", "ADP", "in"), ("Nyala", 6, "pobj", "PROPN", "Nyala"), (".", 3, "punct", "PUNCT", ".")],
               [(0, 1, "Sudan")])
    assert _events(doc) == [("Sudan", "material_conflict", "bombed", "a market in Nyala")]
    ev = extract_events(doc, LEX)[0]
    assert ev.sentence == doc.text.strip() and doc.text[ev.start : ev.end] == ev.sentence and ev.polarity == -1


def test_a_state_after_in_only_says_where_the_struck_thing_is():
    # "Turkish jets struck militia positions in Syria": the positions are struck, Syria is where
    rows = [("Turkish", 1, "amod", "ADJ", "turkish"), ("jets", 2, "nsubj", "NOUN", "jet"),
            ("struck", 2, "ROOT", "VERB", "strike"), ("militia", 4, "compound", "NOUN", "militia"),
            ("positions", 2, "dobj", "NOUN", "position"), ("in", 4, "prep", "ADP", "in"),
            ("Syria", 5, "pobj", "PROPN", "Syria"), (".", 2, "punct", "PUNCT", ".")]
    doc = _doc(rows, [(0, 1, "Turkey"), (6, 7, "Syria")])
    assert _events(doc) == [("Turkey", "material_conflict", "struck", "militia positions in Syria")]
    # "... struck Syrian positions": the positions are Syria's, a stance and no event
    rows[3] = ("Syrian", 4, "amod", "ADJ", "syrian")
    doc = _doc(rows[:5] + [(".", 2, "punct", "PUNCT", ".")], [(0, 1, "Turkey"), (3, 4, "Syria")])
    assert _events(doc) == []


def test_a_phrasal_verb_of_violence_acts_on_any_thing():
    # "blew up" (CAMEO's BLOW_UP, 190) is no general verb like "took": it
    # destroyed the pipeline even though a pipeline is no place or people
    rows = [("Hamas", 1, "nsubj", "PROPN", "Hamas"), ("blew", 1, "ROOT", "VERB", "blow"),
            ("up", 1, "prt", "ADP", "up"), ("a", 4, "det", "DET", "a"), ("pipeline", 1, "dobj", "NOUN", "pipeline"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _events(_doc(rows, [(0, 1, "Hamas")])) == [("Hamas", "material_conflict", "blew", "a pipeline")]
    # "took a pipeline" (CAMEO's general TAKE) is no event on it
    took = [rows[0], ("took", 1, "ROOT", "VERB", "take")] + rows[3:]
    took = [(w, h - 1 if h > 1 else h, d, p, l) for w, h, d, p, l in took]
    assert _events(_doc(took, [(0, 1, "Hamas")])) == []


def test_passive_by_agent_and_negation():
    shelled = _doc([("A", 1, "det", "DET", "a"), ("convoy", 3, "nsubjpass", "NOUN", "convoy"),
                    ("was", 3, "auxpass", "AUX", "be"), ("shelled", 3, "ROOT", "VERB", "shell"),
                    ("by", 3, "agent", "ADP", "by"), ("Serbian", 6, "amod", "ADJ", "serbian"),
                    ("forces", 4, "pobj", "NOUN", "force"), (".", 3, "punct", "PUNCT", ".")],
                   [(5, 6, "Serbia")])
    assert _events(shelled) == [("Serbia", "material_conflict", "shelled", "A convoy")]
    not_raided = _doc([("Kenya", 3, "nsubj", "PROPN", "Kenya"), ("did", 3, "aux", "AUX", "do"),
                       ("not", 3, "neg", "PART", "not"), ("raid", 3, "ROOT", "VERB", "raid"),
                       ("the", 5, "det", "DET", "the"), ("camp", 3, "dobj", "NOUN", "camp"), (".", 3, "punct", "PUNCT", ".")],
                      [(0, 1, "Kenya")])
    assert _events(not_raided) == []


def test_an_actor_object_makes_a_stance_not_an_event():
    doc = _doc([("Ghana", 1, "nsubj", "PROPN", "Ghana"), ("attacked", 1, "ROOT", "VERB", "attack"),
                ("Togo", 1, "dobj", "PROPN", "Togo"), (".", 1, "punct", "PUNCT", ".")],
               [(0, 1, "Ghana"), (2, 3, "Togo")])
    assert _events(doc) == []


def test_verbal_events_need_people():
    warned = _doc([("Chile", 1, "nsubj", "PROPN", "Chile"), ("warned", 1, "ROOT", "VERB", "warn"),
                   ("journalists", 1, "dobj", "NOUN", "journalist"), (".", 1, "punct", "PUNCT", ".")],
                  [(0, 1, "Chile")])
    assert _events(warned) == [("Chile", "verbal_conflict", "warned", "journalists")]
    criticised = _doc([("Chile", 1, "nsubj", "PROPN", "Chile"), ("criticised", 1, "ROOT", "VERB", "criticise"),
                       ("the", 3, "det", "DET", "the"), ("budget", 1, "dobj", "NOUN", "budget"), (".", 1, "punct", "PUNCT", ".")],
                      [(0, 1, "Chile")])
    assert _events(criticised) == []


def test_event_noun_with_an_actor_modifier_on_a_place():
    # "Russian strikes on Aleppo killed dozens."
    doc = _doc([("Russian", 1, "amod", "ADJ", "russian"), ("strikes", 4, "nsubj", "NOUN", "strike"),
                ("on", 1, "prep", "ADP", "on"), ("Aleppo", 2, "pobj", "PROPN", "Aleppo"),
                ("killed", 4, "ROOT", "VERB", "kill"), ("dozens", 4, "dobj", "NOUN", "dozen"), (".", 4, "punct", "PUNCT", ".")],
               [(0, 1, "Russia")])
    assert ("Russia", "material_conflict", "strikes", "Aleppo") in _events(doc)


def test_graph_counts_events_on_the_source_and_evidence_has_them():
    ev = Event("Russia", "material_conflict", -1, "195", "struck", "Idlib", "Russian jets struck Idlib.", 0, 26)
    rec = Extraction("a", actors=[ActorInfo("Russia", "state", ["Russian"], None, "RUS", 1)],
                     mentions=[Mention("Russia", "Russian", 0, 7, 0)], events=[ev])
    G = build_graph([rec])
    assert G.nodes["Russia"]["events_material_conflict"] == 1
    assert all(isinstance(G.nodes["Russia"][f"events_{q}"], int) for q in QUADS)
    lines = [r for r in evidence_records(rec) if r["kind"] == "event"]
    assert lines == [{"id": "a#e0", "kind": "event", "article": "a", "date": None, **ev.to_dict()}]
    assert Extraction.from_dict(rec.to_dict()).events == [ev]
    assert event_rows([rec], actors=["russia"], quads=["material"])[0]["cue"] == "struck"


# -- demonyms before agents and before other nouns (extraction.agents) ----------------

from graphkit.extraction.agents import is_state_agent, qualifies_no_agent  # noqa: E402


def _phrase(words, lemmas, pos, deps, heads):
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


@pytest.mark.parametrize(
    "words, lemmas, pos, deps, heads, no_agent",
    [
        # "Kenyan police arrested ...": police is an agent of the state
        (["Kenyan", "police", "arrested"], ["kenyan", "police", "arrest"], ["ADJ", "NOUN", "VERB"], ["amod", "nsubj", "ROOT"], [1, 2, 2], False),
        # "Venezuelan government officials said"
        (["Venezuelan", "government", "officials", "said"], ["venezuelan", "government", "official", "say"],
         ["ADJ", "NOUN", "NOUN", "VERB"], ["amod", "compound", "nsubj", "ROOT"], [2, 2, 3, 3], False),
        # "Ethiopian federal forces advanced"
        (["Ethiopian", "federal", "forces", "advanced"], ["ethiopian", "federal", "force", "advance"],
         ["ADJ", "ADJ", "NOUN", "VERB"], ["amod", "amod", "nsubj", "ROOT"], [2, 2, 3, 3], False),
        # "a Turkish spokesman said": a role word Phoenix lacks
        (["a", "Turkish", "spokesman", "said"], ["a", "turkish", "spokesman", "say"],
         ["DET", "ADJ", "NOUN", "VERB"], ["det", "amod", "nsubj", "ROOT"], [2, 2, 3, 3], False),
        # "Russian air strikes killed": an act of the state
        (["Russian", "air", "strikes", "killed"], ["russian", "air", "strike", "kill"],
         ["ADJ", "NOUN", "NOUN", "VERB"], ["amod", "compound", "nsubj", "ROOT"], [2, 2, 3, 3], False),
        # "Syrian refugees protested": people of that nationality
        (["Syrian", "refugees", "protested"], ["syrian", "refugee", "protest"], ["ADJ", "NOUN", "VERB"], ["amod", "nsubj", "ROOT"], [1, 2, 2], True),
        # "a Syrian woman was killed"
        (["a", "Syrian", "woman", "died"], ["a", "syrian", "woman", "die"], ["DET", "ADJ", "NOUN", "VERB"], ["det", "amod", "nsubj", "ROOT"], [2, 2, 3, 3], True),
        # "the Syrian war displaced millions": a setting, though "war" is an event noun
        (["the", "Syrian", "war", "displaced"], ["the", "syrian", "war", "displace"], ["DET", "ADJ", "NOUN", "VERB"], ["det", "amod", "nsubj", "ROOT"], [2, 2, 3, 3], True),
        # "Rwandan farmers fled"
        (["Rwandan", "farmers", "fled"], ["rwandan", "farmer", "flee"], ["ADJ", "NOUN", "VERB"], ["amod", "nsubj", "ROOT"], [1, 2, 2], True),
        # "Hezbollah shelled Israeli positions": a place of the state names it
        (["Israeli", "positions", "came"], ["israeli", "position", "come"], ["ADJ", "NOUN", "VERB"], ["amod", "nsubj", "ROOT"], [1, 2, 2], False),
        # "the Iraqis voted": the demonym is the noun
        (["the", "Iraqis", "voted"], ["the", "iraqi", "vote"], ["DET", "PROPN", "VERB"], ["det", "nsubj", "ROOT"], [1, 2, 2], False),
    ],
)
def test_a_demonym_names_its_state_only_before_an_agent_or_an_act(words, lemmas, pos, deps, heads, no_agent):
    doc = _phrase(words, lemmas, pos, deps, heads)
    i = next(k for k, w in enumerate(words) if w[0].isupper() and w not in ("The",))
    assert qualifies_no_agent(doc[i : i + 1], LEX) is no_agent


def test_agent_words_come_from_phoenix_sectors():
    doc = _phrase(["troops", "refugees", "judges", "journalists"], ["troop", "refugee", "judge", "journalist"],
                  ["NOUN"] * 4, ["ROOT", "dep", "dep", "dep"], [0, 0, 0, 0])
    assert [is_state_agent(t, LEX) for t in doc] == [True, False, True, False]


def test_without_a_parse_no_demonym_is_ruled_out():
    doc = NLP("Syrian refugees fled")
    assert qualifies_no_agent(doc[0:1], LEX) is False
