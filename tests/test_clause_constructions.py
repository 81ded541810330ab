"""Clauses joined by ", and" that the parser runs together (graphkit.extraction.clauses).

Wire copy joins a second clause with a comma and "and": "the army detained
President X, and <a body> condemned ...". The small English model often
hangs the second subject on the first clause's object, or makes the whole
list the second verb's subject; these tests read sentences from several
regions and decades and check the stances that come out, and check the
tree repair itself on hand-built parses without the model.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.extraction.clauses import split_clauses
from graphkit.records import Article


def _doc(words, heads, deps, pos):
    lemmas = ["have" if w == "had" else w.lower() for w in words]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_past_tense_clause_on_a_second_object_is_a_clause_of_its_own():
    # "Soldiers overthrew Allende , and the leader accused Allende": "leader" made
    # a second object of "overthrew", "accused" an acl on it
    words = ["Soldiers", "overthrew", "Allende", ",", "and", "the", "leader", "accused", "Allende"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 6, 1, 6, 7],
              deps=["nsubj", "ROOT", "dobj", "punct", "cc", "det", "dobj", "acl", "dobj"],
              pos=["NOUN", "VERB", "PROPN", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PROPN"],
              tags=["NNS", "VBD", "NNP", ",", "CC", "DT", "NN", "VBD", "NNP"])
    assert split_clauses(doc) == 1
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "accused")
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "overthrew")
    # a participle ("the leader named by the junta") is left alone
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 6, 1, 6, 7],
              deps=["nsubj", "ROOT", "dobj", "punct", "cc", "det", "dobj", "acl", "dobj"],
              pos=["NOUN", "VERB", "PROPN", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PROPN"],
              tags=["NNS", "VBD", "NNP", ",", "CC", "DT", "NN", "VBN", "NNP"])
    assert split_clauses(doc) == 0


def test_a_second_subject_hung_on_the_object_becomes_the_second_verbs_subject():
    # "Troops detained Sharif and his brother, and Britain urged calm"
    words = ["Troops", "detained", "Sharif", "and", "brother", ",", "and", "Britain", "urged", "calm"]
    doc = _doc(words, heads=[1, 1, 1, 2, 2, 2, 2, 2, 1, 8],
               deps=["nsubj", "ROOT", "dobj", "cc", "conj", "punct", "cc", "conj", "conj", "dobj"],
               pos=["NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "NOUN"])
    assert split_clauses(doc) == 1
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "urged")
    assert (doc[4].dep_, doc[4].head.text) == ("conj", "Sharif")  # the first list keeps its own conjunct
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "detained")


def test_a_whole_list_made_the_second_subject_is_split_at_the_comma():
    # "Rabuka detained Bavadra and his cabinet, and Australia and New Zealand
    # condemned the coup", parsed with the whole list under "condemned".
    words = ["Rabuka", "detained", "Bavadra", "and", "cabinet", ",", "and", "Australia", "and", "Zealand",
             "condemned", "coup"]
    doc = _doc(words, heads=[1, 1, 10, 2, 2, 4, 2, 2, 7, 7, 1, 10],
               deps=["nsubj", "ROOT", "nsubj", "cc", "conj", "punct", "cc", "conj", "cc", "conj", "conj", "dobj"],
               pos=["PROPN", "VERB", "PROPN", "CCONJ", "NOUN", "PUNCT", "CCONJ", "PROPN", "CCONJ", "PROPN",
                    "VERB", "NOUN"])
    assert split_clauses(doc) == 1
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "detained")
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "condemned")
    assert doc[9].head.text == "Australia"


def test_a_list_inside_one_clause_is_left_alone():
    # "Russia warned Georgia, Ukraine and Moldova": no verb after the list.
    words = ["Russia", "warned", "Georgia", ",", "Ukraine", "and", "Moldova"]
    doc = _doc(words, heads=[1, 1, 1, 2, 2, 4, 4], deps=["nsubj", "ROOT", "dobj", "punct", "conj", "cc", "conj"],
               pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"])
    assert split_clauses(doc) == 0
    # a list with no comma before its "and" runs into no second clause either
    words = ["Army", "detained", "Tandja", "and", "Seini", "condemned", "coup"]
    doc = _doc(words, heads=[1, 1, 1, 2, 2, 1, 5], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "conj", "dobj"],
               pos=["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"])
    assert split_clauses(doc) == 0


@pytest.mark.model
def test_run_together_clauses_on_the_trained_parser(extractor):
    def stances(text):
        rec = next(iter(extractor.extract([Article(id="t", text=text)])))
        return {(s.source, s.target, s.quad) for s in rec.stances}

    # the second subject is no object of the coup makers' arrest
    got = stances("HARARE, Nov 15 (Reuters) - Zimbabwe's army seized the state broadcaster and detained President "
                  "Robert Mugabe, and the Southern African Development Community called an emergency summit.")
    assert ("Zimbabwe", "Robert Mugabe", "material_conflict") in got
    assert not any(t == "Southern African Development Community" for _, t, _ in got)
    got = stances("ISLAMABAD, July 5 (AP) - Pakistan's army seized power on Tuesday and arrested Prime Minister "
                  "Zulfikar Ali Bhutto and his ministers, and India and Afghanistan expressed concern.")
    assert ("Pakistan", "Zulfikar Ali Bhutto", "material_conflict") in got
    assert not any(t in ("India", "Afghanistan") for _, t, _ in got)
    # the list sits in a preposition of the first clause's object
    got = stances("MALE, Nov 3 (Reuters) - Indian paratroopers landed in Male on Thursday and crushed a coup attempt "
                  "against President Maumoon Abdul Gayoom, and Sri Lanka and Pakistan praised India.")
    assert {("Sri Lanka", "India", "verbal_cooperation"), ("Pakistan", "India", "verbal_cooperation")} <= got
    assert not any(s == "India" and t in ("Sri Lanka", "Pakistan") for s, t, _ in got)
    # lists inside one clause keep every member
    got = stances("TBILISI, 2008 - Russia warned Georgia, Ukraine and Moldova, and NATO criticized Moscow.")
    assert {("Russia", "Georgia", "verbal_conflict"), ("Russia", "Ukraine", "verbal_conflict"),
            ("Russia", "Moldova", "verbal_conflict"), ("NATO", "Russia", "verbal_conflict")} <= got


def test_a_causative_participle_becomes_the_causers_act_on_its_noun():
    # "Stalin had Trotsky expelled", parsed as a clause "Trotsky expelled" under "had"
    doc = _doc(["Stalin", "had", "Trotsky", "expelled"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp"], pos=["PROPN", "VERB", "PROPN", "VERB"])
    doc[3].tag_ = "VBN"
    assert split_clauses(doc) == 1
    assert (doc[2].dep_, doc[2].head.text, doc[3].dep_) == ("dobj", "expelled", "xcomp")
    # "Amin had Luwum arrested", parsed as "Luwum, arrested" (a participle on the object)
    doc = _doc(["Amin", "had", "Luwum", "arrested"], heads=[1, 1, 1, 2],
               deps=["nsubj", "ROOT", "dobj", "acl"], pos=["PROPN", "VERB", "PROPN", "VERB"])
    doc[3].tag_ = "VBN"
    assert split_clauses(doc) == 1
    assert (doc[3].head.text, doc[3].dep_, doc[2].head.text, doc[2].dep_) == ("had", "xcomp", "arrested", "dobj")
    # a participle with an auxiliary of its own is a clause of its own; "have" as an auxiliary causes nothing
    doc = _doc(["He", "had", "said", "Sharif", "was", "arrested"], heads=[2, 2, 2, 5, 5, 2],
               deps=["nsubj", "aux", "ROOT", "nsubjpass", "auxpass", "ccomp"],
               pos=["PRON", "AUX", "VERB", "PROPN", "AUX", "VERB"])
    doc[5].tag_ = "VBN"
    assert split_clauses(doc) == 0


@pytest.mark.model
def test_causatives_on_the_trained_parser(extractor):
    def stances(text):
        rec = next(iter(extractor.extract([Article(id="t", text=text)])))
        return {(s.source, s.target, s.quad) for s in rec.stances}

    got = stances("KAMPALA, Feb 17 (Reuters) - President Idi Amin had Archbishop Janani Luwum arrested on Wednesday, "
                  "accusing him of plotting against the government.")
    # the arrest is Amin's, and words alongside it leave it an arrest
    assert {(s, q) for s, _, q in got} == {("Idi Amin", "material_conflict"), ("Idi Amin", "verbal_conflict")}
    assert ("Stalin", "Leon Trotsky", "material_conflict") in stances(
        "MOSCOW, 1929 - Stalin had Leon Trotsky expelled from the Soviet Union.")
    assert not stances("ISLAMABAD (AP) - Nawaz Sharif said Pervez Musharraf had the judges arrested.") - {
        ("Nawaz Sharif", "Pervez Musharraf", "verbal_conflict")}


@pytest.mark.model
def test_the_one_helped_is_the_subject_of_a_bare_infinitive(extractor):
    def read_all(text):
        rec = next(iter(extractor.extract([Article(id="t", text=text)])))
        return {(s.source, s.target, s.quad) for s in rec.stances}, {(e.source, e.target_text) for e in rec.events}

    # "help the Salvadoran government fight ...": the government is helped, and still fights
    got, events = read_all("SAN SALVADOR, March 2 (Reuters) - The United States sent military advisers to help the "
                           "Salvadoran government fight leftist rebels.")
    assert ("United States", "El Salvador", "material_cooperation") in got
    assert ("El Salvador", "leftist rebels") in events
    got, events = read_all("BEIRUT, June 1 (AP) - Syria sent tanks into Lebanon to help the Lebanese army crush "
                           "Palestinian guerrillas.")
    assert ("Syria", "Lebanon", "material_cooperation") in got and ("Lebanon", "Palestinian guerrillas") in events
    # a "that" clause is what is demanded, read as before
    got, _ = read_all("MOSCOW - Russia demanded that Turkey withdraw its troops.")
    assert got == {("Russia", "Turkey", "verbal_conflict")}


def test_a_second_subject_with_an_apposition_the_parser_hung_on_the_object(extractor):
    def stances(extractor, text):
        rec = next(iter(extractor.extract([Article(id="t", text=text)])))
        return {(s.source, s.target, s.quad) for s in rec.stances}

    # ", and Iraq's foreign minister, Saadoun Hammadi, condemned": a new clause,
    # not one more apposition of the first verb's object
    got = stances(extractor, "Israeli jets struck the Iraqi reactor at Osirak, and Iraq's foreign minister, "
                  "Saadoun Hammadi, condemned the raid.")
    assert ("Saadun Hammadi", "Israel", "verbal_conflict") in got
    assert not {s for s in got if s[0] == "Israel" and s[1] == "Saadun Hammadi"}
    got = stances(extractor, "French agents sank the Greenpeace ship Rainbow Warrior in Auckland harbour, and "
                  "New Zealand's prime minister, David Lange, called it an act of state-sponsored terrorism.")
    assert not {s for s in got if s[0] == "France" and s[1] in ("New Zealand", "David Lange")}
    # the person a role is in apposition with is the one who acts, not the role's state
    got = stances(extractor, "Russian jets bombed a market in Idlib, and Turkey's foreign minister, "
                  "Mevlut Cavusoglu, condemned the attack.")
    assert got == {("Mevlut Cavusoglu", "Russia", "verbal_conflict")}



@pytest.mark.model
@pytest.mark.parametrize("text, stance, event", [
    ("CARACAS, Jan 23 (AP) - The United States recognised opposition leader Juan Guaido as interim president, "
     "prompting President Nicolas Maduro to break diplomatic relations with Washington.",
     ("Nicolas Maduro", "United States", "material_conflict"), None),
    ("ACCRA, Jan 1970 (Reuters) - A wave of unrest led Ghana to expel thousands of Nigerian traders.",
     None, ("Ghana", "Nigerian traders")),
    ("ADDIS ABABA, Sept 12 (AP) - The famine forced Ethiopia's military government to appeal to the United "
     "Nations for food aid.", ("Ethiopia", "United Nations", "verbal_cooperation"), None),
])
def test_the_object_of_a_causing_verb_does_the_act(extractor, text, stance, event):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    stances = {(s.source, s.target, s.quad) for s in rec.stances}
    if stance is not None:
        assert stance in stances
    if event is not None:
        assert event in {(e.source, e.target_text) for e in rec.events}
    # whoever or whatever caused it is no actor of the act
    assert not [s for s in rec.stances if s.cue in ("prompting", "led", "forced")]


@pytest.mark.model
def test_the_object_of_a_request_has_not_done_the_act(extractor):
    rec = next(iter(extractor.extract([Article(id="t", text=(
        "NEW DELHI, May 1 (Reuters) - Britain urged Pakistan to expel the militants.")) ])))
    assert not [e for e in rec.events if e.source == "Pakistan"]
    assert not [s for s in rec.stances if s.source == "Pakistan"]


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("NEW DELHI, Aug 5 (Reuters) - India revoked the special status of Kashmir on Monday, and Pakistan "
     "downgraded diplomatic ties and suspended bilateral trade in response.", ("Pakistan", "India")),
    ("GAZA, Nov 14 (Reuters) - Israel killed a senior Hamas commander in an air strike on Wednesday. Hamas "
     "fired dozens of rockets at southern towns in retaliation.", ("Hamas", "Israel")),
    ("TEHRAN, July 19 (Reuters) - Iran seized a tanker in the Strait of Hormuz in retaliation for Britain's "
     "seizure of an Iranian supertanker off Gibraltar.", ("Iran", "United Kingdom")),
])
def test_an_act_done_in_response_answers_whoever_acted_before(extractor, text, stance):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    assert stance + ("material_conflict",) in {(s.source, s.target, s.quad) for s in rec.stances}


@pytest.mark.model
def test_a_response_with_no_one_before_it_answers_no_one(extractor):
    rec = next(iter(extractor.extract([Article(id="t", text=(
        "NAIROBI, May 2 (Reuters) - In response to questions from reporters, Kenya said the talks would resume "
        "in June. Kenya and Uganda later closed their border in response."))])))
    assert not rec.stances


@pytest.mark.model
def test_it_in_calling_it_is_the_thing_just_criticised_not_the_last_actor(extractor):
    def stances(text):
        rec = next(iter(extractor.extract([Article(id="t", text=text)])))
        return {(s.source, s.target, s.quad) for s in rec.stances}

    # "it" is the move, not the People Power Party named just before
    got = stances("SEOUL, Dec 4 (Yonhap) - President Yoon Suk Yeol declared martial law on Tuesday night. Han "
                  "Dong-hoon, the leader of Yoon's own People Power Party, also criticised the move, calling it \"wrong\".")
    assert not [s for s in got if s[1] == "People Power Party"]
    # the act named again still stands for who did it
    assert ("Russia", "NATO", "verbal_conflict") in stances(
        "BELGRADE, March 25 (Reuters) - NATO jets bombed Serbian army barracks overnight, and Russia condemned the "
        "attack, calling it an act of aggression.")


@pytest.mark.model
@pytest.mark.parametrize("text, challenger, incumbent", [
    ("ANKARA, May 26 (Reuters) - Turkish opposition leader Kemal Kilicdaroglu secured the backing of nationalist "
     "politician Umit Ozdag on Wednesday, boosting his challenge to President Tayyip Erdogan in Sunday's runoff.",
     "Kemal Kilicdaroglu", "Recep Tayyip Erdogan"),
    ("KIEV, April 2 (Reuters) - The endorsement boosted comedian Volodymyr Zelenskiy's challenge to President Petro "
     "Poroshenko before the runoff.", "Volodymyr Zelensky", "Petro Poroshenko"),
])
def test_a_challenge_to_someone_is_no_cooperation_with_them(extractor, text, challenger, incumbent):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    toward = {s.quad for s in rec.stances if (s.source, s.target) == (challenger, incumbent)}
    assert toward == {"verbal_conflict"}


@pytest.mark.model
def test_whom_a_speaker_asks_to_act_on_someone_else_is_addressed_not_judged(extractor):
    rec = next(iter(extractor.extract([Article(id="t", text=(
        "WARSAW, Feb 24 (Reuters) - Poland said on Thursday it would take in refugees fleeing Ukraine and urged the "
        "European Union to impose tough sanctions on Moscow."))])))
    assert not [s for s in rec.stances if (s.source, s.target) == ("Poland", "European Union")]
    # asked to stop its own act, the one asked is judged, and the act asked to stop is no event of the asker
    rec = next(iter(extractor.extract([Article(id="t", text=(
        "HELSINKI, Dec 10 (Reuters) - European Union leaders urged Moscow on Friday to halt the bombing of "
        "civilians in Chechnya."))])))
    assert ("European Union", "Russia", "verbal_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}
    assert not rec.events


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("AUCKLAND, July 10 (AP) - French agents sank the Greenpeace ship Rainbow Warrior in Auckland harbour, and New "
     "Zealand's prime minister, David Lange, called it an act of state-sponsored terrorism.",
     ("David Lange", "France", "verbal_conflict")),
    ("BEIRUT, Dec 29 (Reuters) - Israeli commandos blew up 13 airliners at Beirut airport on Saturday. Lebanon "
     "called it an act of war.", ("Lebanon", "Israel", "verbal_conflict")),
])
def test_a_blow_called_an_act_of_something_is_judged_against_its_doer(extractor, text, stance):
    rec = next(iter(extractor.extract([Article(id="t", text=text)])))
    assert stance in {(s.source, s.target, s.quad) for s in rec.stances}


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("VIENNA, Jan 16 (AFP) - The United States and the European Union lifted sanctions on Iran on Saturday.",
     ("United States", "Iran", "material_cooperation")),
    ("PRETORIA, July 10 (Reuters) - The European Community lifted its sanctions on South Africa on Monday.",
     ("European Community", "South Africa", "material_cooperation")),
    ("WASHINGTON, Dec 17 (AP) - The United States pledged on Wednesday to lift sanctions on Cuba.",
     ("United States", "Cuba", "verbal_cooperation")),
])
def test_sanctions_lifted_are_eased_and_a_pledge_to_lift_them_is_words(extractor, text, stance):
    got = {(s.source, s.target, s.quad) for s in next(iter(extractor.extract([Article(id="t", text=text)]))).stances}
    assert stance in got
