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
