"""Beyond the seeds: hand-written wire copy about other conflicts and outlets.

Guards against rules that only fit the Idlib articles: datelines, other
leaders and alliances, sanctions, arms deliveries, proxies.
"""

from __future__ import annotations

import pytest

from conftest import DATA

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def records(extractor):
    from graphkit.io.readers import ArticleReader

    return {r.article: r for r in extractor.extract(ArticleReader([DATA / "other_conflicts.jsonl"]))}


def stances(record):
    return {(s.source, s.target, s.quad) for s in record.stances}


def test_dateline_agency_is_no_actor_and_no_speaker(records):
    r = records["ukr1"]
    assert "Reuters" not in {a.name for a in r.actors}
    assert {q.speaker for q in r.quotes} <= {"Volodymyr Zelensky", "Dmitry Peskov", "Jens Stoltenberg"}


def test_leaders_resolve_with_their_affiliation(records):
    actors = {a.name: a for a in records["ukr1"].actors}
    assert actors["Volodymyr Zelensky"].affiliation == "Ukraine"
    assert actors["Jens Stoltenberg"].affiliation == "NATO"
    assert actors["Dmitry Peskov"].affiliation == "Russia"


def test_places_are_not_actors(records):
    assert "Gaza" not in {a.name for a in records["gaza1"].actors}


def test_stances_from_other_conflicts(records):
    assert {
        ("Volodymyr Zelensky", "Russia", "verbal_conflict"),
        ("European Union", "Russia", "material_conflict"),
        ("United States", "Russia", "material_conflict"),
        ("Germany", "Ukraine", "material_cooperation"),
    } <= stances(records["ukr1"])
    assert {
        ("Israel", "Hamas", "material_conflict"),
        ("Hezbollah", "Israel", "material_conflict"),
        ("Iran", "Hezbollah", "material_cooperation"),
        ("Antony Blinken", "Benjamin Netanyahu", "verbal_cooperation"),
    } <= stances(records["gaza1"])


def test_unknown_group_from_its_name_and_acronym(records):
    r = records["p3"]
    actors = {a.name: a for a in r.actors}
    tplf = actors["Tigray People's Liberation Front"]
    assert tplf.type == "armed_group" and "TPLF" in tplf.aliases
    assert [q.speaker for q in r.quotes][0] == "Tigray People's Liberation Front"


def test_whose_clause_names_its_antecedent(records):
    assert ("Eritrea", "Ethiopia", "material_cooperation") in stances(records["p3"])


# -- wire copy from other regions and decades: CAMEO verbs, agents, one-sided events --


def events(record):
    return {(e.source, e.quad) for e in record.events}


def test_agents_of_a_state_are_the_state_and_demonyms_of_people_are_not(records):
    # "Kenyan troops pushed into Somalia", "Kenyan police arrested three Somali nationals",
    # "more than 400,000 Somali refugees"
    ken = records["ken1"]
    assert ("Kenya", "Somalia", "material_conflict") in stances(ken)
    assert ("Kenya", "Somalia", "verbal_conflict") not in stances(ken)
    # Somalia is named ("southern Somalia", "Somalia's transitional government"),
    # but not by "Somali refugees"
    assert not any(m.actor == "Somalia" and "refugees" in sud_text(ken, m) for m in ken.mentions)
    assert any(m.actor == "Somalia" for m in ken.mentions)
    # "A Sudanese woman who fled to Chad": no mention of Sudan from her
    sud = records["sud1"]
    assert not any(m.actor == "Sudan" and "woman" in sud_text(sud, m) for m in sud.mentions)
    assert any(m.actor == "Sudan" and "army" in sud_text(sud, m) for m in sud.mentions)


def sud_text(record, mention):
    from conftest import DATA
    import json

    text = next(json.loads(line)["text"] for line in (DATA / "other_conflicts.jsonl").read_text().splitlines()
                if json.loads(line)["id"] == record.article)
    return text[mention.start : mention.end + 8]


def test_cameo_verbs_beyond_the_hand_lexicon(records):
    assert ("Vietnam", "China", "verbal_conflict") in stances(records["scs1"])  # filed a complaint against
    assert ("Philippines", "Vietnam", "material_cooperation") in stances(records["scs1"])
    assert ("United States", "Argentina", "material_conflict") in stances(records["fal1"])  # imposing sanctions
    assert ("United States", "United Kingdom", "verbal_cooperation") in stances(records["fal1"])  # sided with
    assert ("Argentina", "United States", "verbal_conflict") in stances(records["fal1"])
    assert ("African Union", "Kenya", "verbal_cooperation") in stances(records["ken1"])
    assert ("Al-Shabaab", "Kenya", "verbal_conflict") in stances(records["ken1"])
    coded = [s for r in records.values() for s in r.stances if s.via == "verb"]
    assert sum(1 for s in coded if s.cameo) >= 0.8 * len(coded)
    for s in coded:
        if s.cameo:
            assert {"01": None}.get(s.cameo[:2], True)  # no stance from a bare statement code


def test_describing_is_no_event_of_the_verb(records):
    # "the United States called China's move provocative": not a phone call (CAMEO 041)
    assert ("United States", "China", "verbal_cooperation") not in stances(records["scs1"])


def test_one_sided_events_on_places_and_people(records):
    sud = records["sud1"]
    assert {("Sudan", "material_conflict"), ("Rapid Support Forces", "material_conflict")} <= events(sud)
    assert any(e.source == "Rapid Support Forces" and "hospital" in e.target_text for e in sud.events)
    assert any(e.source == "Sudan" and "market" in e.target_text for e in sud.events)
    assert ("Kenya", "material_conflict") in events(records["ken1"])
    for r in records.values():
        for e in r.events:
            assert e.target_text and e.target_text.split()[-1] in e.sentence
            assert e.target_text not in {a.name for a in r.actors}


# --- Campaign copy: people beyond the registry, parties as organisations ------


def test_uk_campaign_spokeswoman_speaks_for_her_party(extractor):
    from graphkit.records import Article

    text = ("LONDON — Priya Raman, a spokeswoman for the Labour Party, said the budget would hurt pensioners. "
            "The Conservative Party rejected the claim. \"These figures are simply invented,\" said Oliver Hartley, "
            "a Tory strategist.")
    r = extractor.extract_one(Article("uk2024", text, "2024-06-12"))
    actors = {a.name: a for a in r.actors}
    assert actors["Labour Party"].type == "organization"
    assert actors["Priya Raman"].type == "leader" and actors["Priya Raman"].affiliation == "Labour Party"
    assert [q.speaker for q in r.quotes] == ["Priya Raman", "Oliver Hartley"]


def test_indian_election_copy_names_india_and_its_parties(extractor):
    from graphkit.records import Article

    text = ("NEW DELHI (AP) — Indian voters queued for hours on Saturday as the Bharatiya Janata Party and the "
            "Indian National Congress traded accusations of vote buying.\n\n"
            "\"Nobody here has seen a rupee from anyone,\" said Sunita Devi, a farmer in Varanasi. "
            "She said her village still lacked a paved road.")
    r = extractor.extract_one(Article("ind2019", text, "2019-05-18"))
    names = {a.name for a in r.actors}
    assert {"India", "Bharatiya Janata Party", "Indian National Congress"} <= names  # the dateline names India
    assert "British Indian Ocean Territory" not in names
    assert {q.speaker for q in r.quotes} == {"Sunita Devi"}
    assert {a.name: a.type for a in r.actors}["Sunita Devi"] == "person"


@pytest.mark.parametrize(
    "text, state",
    [
        ("WASHINGTON (Reuters) - President Joe Biden met congressional leaders on Tuesday. The Syrian government "
         "rejected the plan. The administration said it would veto the bill.", "United States"),
        ("President Vladimir Putin hosted Turkish officials in Sochi. The administration said the talks had gone well.",
         "Russia"),
    ],
)
def test_the_administration_is_the_government_of_the_leader_named(extractor, text, state):
    from graphkit.records import Article

    r = extractor.extract_one(Article("adm", text))
    assert [m.actor for m in r.mentions if m.text == "administration"] == [state]


def test_the_administration_without_a_state_in_the_story_is_no_actor(extractor):
    from graphkit.records import Article

    r = extractor.extract_one(Article("adm0", "Students gathered outside the hall. The administration said it would respond soon."))
    assert r.mentions == [] and [q.speaker for q in r.quotes] == [None]


# --- More regions and decades: Sri Lanka 2009, Yemen 2015, Korea 2010, Kuwait
# 1990, Western Sahara 2020. Written and annotated after the held-out fixes of
# tests/test_heldout_events.py, before graphkit read them: a second check that
# those fixes generalise. First reading: recall 8/16 = 0.50, precision 8/12
# = 0.67 (a pledge of aid read as aid given, "an end to its ceasefire" read
# as the ceasefire, "the Polisario" an actor of its own); after fixing those
# classes 10/16 and 10/11. Still missed: targets the sentence leaves implicit
# ("accused both sides", "condemned the intervention", "returned fire"), a
# hyphenated transliteration ("Abd-Rabbu Mansour Hadi"), a threat inside an
# "if" clause against "the North". The wire-copy round of 2026-11-29 reads
# "South Korea returned fire" against the North (lexicon retaliation_verbs):
# 13/17, precision 13/14 (the gold has a row more than at first; main at the
# round's start read 11/17 of it, precision 11/12).

MORE_GOLD = {
    "lka1": {("Sri Lanka", "Liberation Tigers of Tamil Eelam", "material_conflict"),
             ("India", "Sri Lanka", "verbal_cooperation"),
             ("United Nations", "Sri Lanka", "verbal_conflict"),
             ("United Nations", "Liberation Tigers of Tamil Eelam", "verbal_conflict")},
    "yem1": {("Saudi Arabia", "Houthis", "material_conflict"),
             ("Iran", "Saudi Arabia", "verbal_conflict"),
             # "The Houthis vowed to fight back": a threat to strike back names its
             # target by what came before (GUIDELINES, "Libya vowed to retaliate");
             # added when the reader first looked back past its own sentence
             ("Houthis", "Saudi Arabia", "verbal_conflict"),
             ("Abd al-Rab Mansur al-Hadi", "Saudi Arabia", "verbal_cooperation")},
    "kor1": {("North Korea", "South Korea", "material_conflict"),
             ("South Korea", "North Korea", "material_conflict"),
             ("Lee Myung Bak", "North Korea", "verbal_conflict")},
    "kuw1": {("Iraq", "Kuwait", "material_conflict"),
             ("United States", "Iraq", "material_conflict"),
             ("UN Security Council", "Iraq", "verbal_conflict")},
    "wsa1": {("Polisario Front", "Morocco", "material_conflict"),
             ("Algeria", "Polisario Front", "material_cooperation"),
             ("Algeria", "Morocco", "verbal_conflict")},
}


def test_gold_of_more_regions(records):
    found = read = 0
    for article, gold in MORE_GOLD.items():
        got = stances(records[article])
        found += len(gold & got)
        read += len(got)
    total = sum(map(len, MORE_GOLD.values()))
    assert found / total >= 0.6 and found / read >= 0.85, (found, total, read)


def test_pledges_ends_and_short_names_in_more_regions(records):
    assert ("India", "Sri Lanka", "verbal_cooperation") in stances(records["lka1"])  # pledged aid: CAMEO 03
    assert ("India", "Sri Lanka", "material_cooperation") not in stances(records["lka1"])
    assert ("Polisario Front", "Morocco", "material_conflict") in stances(records["wsa1"])  # an end to its ceasefire
    assert ("Algeria", "Polisario Front", "material_cooperation") in stances(records["wsa1"])  # "the Polisario"
    assert {("Iraq", "Kuwait", "material_conflict"), ("United States", "Iraq", "material_conflict"),
            ("UN Security Council", "Iraq", "verbal_conflict")} <= stances(records["kuw1"])
