"""Actor ruler and resolver: fast tests on a blank pipeline, integration on the model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extraction.actors import fold


def actors_of(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_, s.label_) for s in doc.spans["actors"]]


def test_ruler_matches_names_aliases_and_demonyms(blank_nlp):
    found = actors_of(blank_nlp, "Turkish troops and Russia's Putin met Assad.")
    assert found == [
        ("Turkish", "Turkey", "state"),
        ("Russia", "Russia", "state"),
        ("Putin", "Vladimir Putin", "leader"),
        ("Assad", "Bashar al-Assad", "leader"),
    ]


def test_diacritics_and_hyphen_variants_resolve_to_one_actor(blank_nlp):
    names = {kb for _, kb, _ in actors_of(blank_nlp, "Erdoğan, Erdogan and Recep Tayyip Erdogan. Bashar al Assad.")}
    assert names == {"Recep Tayyip Erdogan", "Bashar al-Assad"}


def test_case_rules_keep_common_words_out(blank_nlp):
    # "us" is not the United States; "turkey" the bird is not Turkey.
    assert actors_of(blank_nlp, "They told us about the turkey dinner.") == []
    assert [kb for _, kb, _ in actors_of(blank_nlp, "The US and the UN spoke.")] == ["United States", "United Nations"]


def test_acronyms_must_be_upper_case(blank_nlp):
    assert actors_of(blank_nlp, "Hts is a typo.") == []


def test_longest_match_wins(blank_nlp):
    assert actors_of(blank_nlp, "Hayat Tahrir al-Sham fighters") == [("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "armed_group")]


def test_surname_after_full_name_is_the_same_person(blank_nlp):
    found = actors_of(blank_nlp, "Donald Trump spoke. Later Trump left.")
    assert [kb for _, kb, _ in found] == ["Donald Trump", "Donald Trump"]


def test_places_are_not_actors(blank_nlp):
    assert actors_of(blank_nlp, "Idlib and Aleppo are cities.") == []


def test_user_file_extends_registry(tmp_path):
    from graphkit.extraction.pipeline import add_actor_components, blank_pipeline

    extra = tmp_path / "more.yaml"
    extra.write_text("- {name: Free Syrian Army, type: armed_group, country: SYR, aliases: [FSA]}\n", encoding="utf-8")
    nlp = add_actor_components(blank_pipeline(), actors="tests/data/mini_actors.yaml", extra_actors=[extra])
    assert actors_of(nlp, "The FSA and Turkey.") == [("FSA", "Free Syrian Army", "armed_group"), ("Turkey", "Turkey", "state")]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "Zs"]), max_size=30))
def test_fold_is_idempotent_and_lower(text):
    assert fold(fold(text)) == fold(text)
    assert fold(text) == fold(text).lower()


# -- with the trained model ------------------------------------------------------


@pytest.mark.model
def test_capital_as_government_but_not_as_place(nlp):
    doc = nlp("Moscow said on Monday that the talks would go on. Zarif arrived in Damascus.")
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert ("Moscow", "Russia") in found
    assert all(text != "Damascus" for text, _ in found)


@pytest.mark.model
def test_leader_regime_is_the_state(nlp):
    doc = nlp("The Assad regime shelled the town. Later the regime denied it.")
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert found[0] == ("Assad regime", "Syria")
    assert ("regime", "Syria") in found
    assert all(kb != "Bashar al-Assad" for _, kb in found)


@pytest.mark.model
def test_unknown_official_becomes_affiliated_leader(nlp):
    # A made-up name: the registry cannot know it.
    doc = nlp("Iranian Foreign Ministry spokesman Farhad Rostamizadeh said Iran would help. Rostamizadeh added more.")
    spans = [(s.text, s.kb_id_, s.label_) for s in doc.spans["actors"]]
    assert ("Farhad Rostamizadeh", "Farhad Rostamizadeh", "leader") in spans
    assert ("Rostamizadeh", "Farhad Rostamizadeh", "leader") in spans
    assert doc._.gk_actors["Farhad Rostamizadeh"]["affiliation"] == "Iran"


@pytest.mark.model
def test_unknown_armed_group_from_cues(nlp):
    doc = nlp("The Sultan Murad Brigade attacked the village, and Turkey backed it.")
    kinds = {s.kb_id_: s.label_ for s in doc.spans["actors"]}
    assert kinds.get("Sultan Murad Brigade") == "armed_group"


def test_page_furniture_and_bylines_name_no_actors(blank_nlp):
    text = "By Reuters Staff\nTurkey warned Syria.\nMore news: Trump speaks at a rally\nBy Monday, Russia had left."
    assert [kb for _, kb, _ in actors_of(blank_nlp, text)] == ["Turkey", "Syria", "Russia"]


# -- state names that are not the state (extraction.state_names) --------------


def test_a_state_inside_a_place_name_is_no_mention(nlp):
    doc = nlp("Pirates attacked a tanker in the Gulf of Guinea, and Japan sent a destroyer to the Sea of Japan.")
    names = {s.kb_id_ for s in doc.spans["actors"]}
    assert "Guinea" not in names
    assert [s.text for s in doc.spans["actors"] if s.kb_id_ == "Japan"] == ["Japan"]
    # an agent of the state before "of" still names it
    doc = nlp("The President of Guinea met the Ambassador of France in Conakry.")
    assert {"Guinea", "France"} <= {s.kb_id_ for s in doc.spans["actors"]}


def test_a_short_form_two_states_share_follows_the_article(nlp):
    # "Congo" is the registry's alias of the Republic of the Congo; the DR Congo is "DR Congo"
    doc = nlp("KINSHASA, Oct 3 (Reuters) - Congo accused Rwanda of backing rebels in North Kivu.")
    assert [s.kb_id_ for s in doc.spans["actors"] if s.text == "Congo"] == ["Democratic Republic of the Congo"]
    doc = nlp("BRAZZAVILLE, June 7 (AP) - Congo's government said the militia had attacked army posts.")
    assert [s.kb_id_ for s in doc.spans["actors"] if s.text == "Congo"] == ["Republic of the Congo"]
    # canonical names are never re-read: Sudan beside South Sudan stays Sudan
    doc = nlp("Sudan and South Sudan agreed to reopen the border near Juba.")
    assert [s.kb_id_ for s in doc.spans["actors"]][:2] == ["Sudan", "South Sudan"]


def test_short_names_index_only_one_word_forms_states_share():
    from graphkit.extraction.registry import Actor, Registry
    from graphkit.extraction.state_names import ShortNames

    reg = Registry([
        Actor("Republic of the Congo", "state", aliases=("Republic of the Congo", "Congo")),
        Actor("Democratic Republic of the Congo", "state", aliases=("Democratic Republic of the Congo", "DR Congo")),
        Actor("Sudan", "state", aliases=("Sudan",)),
        Actor("South Sudan", "state", aliases=("South Sudan",)),
    ])
    assert ShortNames(reg).shared == {("congo",): ("Democratic Republic of the Congo", "Republic of the Congo")}


def test_a_bare_description_stands_for_the_one_actor_of_its_kind_named_before(nlp):
    doc = nlp("Al-Shabaab fighters attacked a police post in Garissa. Kenya vowed to pursue the militants into Somalia.")
    assert [s.kb_id_ for s in doc.spans["actors"] if s.text == "militants"] == ["Al-Shabaab"]
    doc = nlp("NATO jets struck radar sites on Monday. Serbia accused the alliance of aggression.")
    assert [s.kb_id_ for s in doc.spans["actors"] if s.text == "alliance"] == ["NATO"]
    # two candidates: nobody rather than a guess; a modified noun is no bare description
    doc = nlp("NATO and the European Union met in Brussels. The bloc said it would meet again.")
    assert not [s for s in doc.spans["actors"] if s.text == "bloc"]
    doc = nlp("Al-Shabaab attacked a post in Garissa. Kenya vowed to pursue the Somali militants.")
    assert not [s for s in doc.spans["actors"] if s.text == "militants"]


def test_a_transliteration_is_the_registry_leader_of_a_state_the_article_names():
    from graphkit.extraction.registry import Actor, Registry
    from graphkit.extraction.spellings import Spellings

    reg = Registry([
        Actor("Eritrea", "state", country="ERI"), Actor("Kazakhstan", "state", country="KAZ"),
        Actor("United States", "state", country="USA"),
        Actor("Isaias Afewerki", "leader", affiliation="Eritrea"),
        Actor("Kasymzhomart Tokayev", "leader", affiliation="Kazakhstan"),
        Actor("John Kerry", "leader", affiliation="United States"),
    ])
    sp = Spellings(reg)
    assert sp.variant("Isaias Afwerki", {"ERI"}).name == "Isaias Afewerki"
    assert sp.variant("Kassym-Jomart Tokayev", {"KAZ"}).name == "Kasymzhomart Tokayev"
    assert sp.variant("Isaias Afwerki", {"KAZ"}) is None  # not a state of the article
    assert sp.variant("John Berry", {"USA"}) is None  # another surname, however close
    assert sp.variant("Afwerki", {"ERI"}) is None


def test_a_transliterated_leader_resolves_in_copy(nlp):
    doc = nlp("ASMARA (AP) - Eritrean President Isaias Afwerki met Ethiopia's Abiy Ahmed on Monday.")
    assert "Isaias Afewerki" in {s.kb_id_ for s in doc.spans["actors"]}
