"""index.md: articles, actors, quotes, allies and opponents, events, definitions, numbers."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphkit.analysis.definitions import DEFINITIONS
from graphkit.errors import InputError
from graphkit.extraction.options import RunStats
from graphkit.viz.report import ArticleRow, index_markdown, number


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(first_date="1998-06-03", last_date="1998-06-05")
    G.add_node("Ethiopia", type="state", country="ETH", mentions=6, articles=2, aliases="Addis Ababa; Ethiopia")
    G.add_node("Eritrea", type="state", country="ERI", mentions=5, articles=2, aliases="Asmara; Eritrea")
    G.add_node("Isaias Afwerki", type="leader", country="ERI", affiliation="Eritrea", mentions=2, articles=1,
               aliases="Isaias; Isaias Afwerki")
    G.add_node("African Union", type="organization", mentions=1, articles=1, aliases="OAU")
    G.add_edge("Eritrea", "Ethiopia", key="co-mention", kind="co-mention", weight=3.0)
    G.add_edge("Ethiopia", "Eritrea", key="stance", kind="stance", weight=3.0, score=-1.0, sign=-1,
               evidence="a1#s0")
    G.add_edge("African Union", "Ethiopia", key="stance", kind="stance", weight=2.0, score=1.0, sign=1,
               evidence="a2#s0")
    G.add_edge("Isaias Afwerki", "African Union", key="stance", kind="stance", weight=1.0, score=1.0, sign=1,
               evidence="a2#s1")
    return G


def _evidence(tmp_path):
    lines = [
        {"kind": "mention", "id": "a1#m0", "article": "a1", "date": "1998-06-03", "actor": "Ethiopia"},
        {"kind": "mention", "id": "a2#m0", "article": "a2", "date": None, "actor": "Eritrea"},
        {"kind": "stance", "id": "a1#s0", "article": "a1", "sentence": "Ethiopian jets bombed Asmara airport."},
        {"kind": "stance", "id": "a2#s0", "article": "a2", "sentence": "The OAU backed Ethiopia's peace plan."},
        {"kind": "stance", "id": "a2#s1", "article": "a2", "sentence": "Isaias praised the OAU envoys."},
        {"kind": "quote", "id": "a2#q0", "article": "a2", "speaker": "Isaias Afwerki", "direct": True,
         "targets": ["Ethiopia"], "text": "Ethiopia has declared war on our people", "start": 10},
        {"kind": "quote", "id": "a2#q1", "article": "a2", "speaker": None, "direct": False,
         "targets": [], "text": "the border town of Badme was shelled overnight", "start": 90},
        {"kind": "event", "id": "a1#e0", "article": "a1", "source": "Ethiopia", "cue": "bombed",
         "target_text": "Asmara airport", "quad": "material_conflict", "sentence": "Ethiopian jets bombed Asmara airport.",
         "start": 0},
    ]
    path = tmp_path / "graph.evidence.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


@pytest.fixture
def index(tmp_path):
    stats = RunStats(read=3, skipped=1, undated=1,
                     problems=[InputError("news/c.txt", "no actors found")])
    articles = [ArticleRow("a1", "Ethiopian jets bomb Asmara", "1998-06-03", "Reuters"),
                ArticleRow("a2", "OAU plan", None, "AFP"),
                ArticleRow("c.txt", None, None, None, used=False)]
    return index_markdown(_graph(), stats, _evidence(tmp_path), 5, [], articles=articles)


def _section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def test_articles_listed_with_title_date_source_and_undated(index):
    part = _section(index, "Articles")
    assert "| a1 | Ethiopian jets bomb Asmara | 1998-06-03 | Reuters | yes |" in part
    assert "| a2 | OAU plan | undated | AFP | yes |" in part
    assert "| c.txt |  | undated |  | no actors |" in part
    assert "2 undated" in part


def test_actors_with_types_and_aliases(index):
    part = _section(index, "Actors")
    assert "| Isaias Afwerki | leader | ERI | Eritrea | 2 | 1 | Isaias; Isaias Afwerki |" in part
    assert part.index("| Ethiopia |") < part.index("| African Union |")  # by mentions


def test_quotes_say_who_said_what_about_whom(index):
    part = _section(index, "Quotes")
    assert "| Isaias Afwerki | Ethiopia | direct | Ethiopia has declared war on our people | a2 |" in part
    assert "(unknown)" in part


def test_allies_and_opponents_by_net_stance(index):
    part = _section(index, "Strongest allies and opponents")
    row = next(line for line in part.splitlines() if line.startswith("| Ethiopia |"))
    assert "African Union (2)" in row.split("|")[2] and "Eritrea (-3)" in row.split("|")[3]


def test_one_sided_events(index):
    assert "| Ethiopia | bombed | Asmara airport | material_conflict |" in _section(index, "One-sided events")


def test_every_definition_and_what_was_skipped(index):
    part = _section(index, "Definitions")
    for name in DEFINITIONS:
        assert f"**{name}**" in part
    skipped = _section(index, "Undated and skipped")
    assert "1 articles undated, 1 skipped" in skipped and "news/c.txt: no actors found" in skipped


def test_numbers_for_reading(index):
    assert "0.000000" not in index and ".0 |" not in index
    assert [number(x) for x in (3.0, 7, 0.456789, 98765.4, 2 / 3, -1.0)] == ["3", "7", "0.457", "98800", "0.667", "-1"]


def test_articles_default_to_the_evidence(tmp_path):
    text = index_markdown(_graph(), RunStats(read=2), _evidence(tmp_path), 5, [])
    part = _section(text, "Articles")
    assert "| a1 |  | 1998-06-03 |" in part and "| a2 |  | undated |" in part


def test_html_page_has_every_section_with_the_contents_links(index):
    from graphkit.viz.report import index_html

    page = index_html(index)
    headings = [line[3:] for line in index.splitlines() if line.startswith("## ")]
    assert {"Articles", "Actors", "Quotes: who said what, about whom", "Strongest allies and opponents",
            "One-sided events", "Definitions", "Undated and skipped"} <= set(headings)
    contents = next(line for line in index.splitlines() if line.startswith("Contents: "))
    for anchor in re.findall(r"\]\(#([^)]+)\)", contents):
        assert f'id="{anchor}"' in page and f'href="#{anchor}"' in page
    assert len(re.findall(r"\]\(#", contents)) == len(headings)
    assert "<table>" in page and "Ethiopian jets bomb Asmara" in page and "<script" not in page


def test_html_page_never_turns_news_text_into_markup(tmp_path):
    from graphkit.viz.report import index_html

    stats = RunStats(read=1)
    articles = [ArticleRow("x1", "<script>alert(1)</script> <img src=x onerror=alert(2)>", None, "Wire")]
    page = index_html(index_markdown(_graph(), stats, _evidence(tmp_path), 5, [], articles=articles))
    assert "<script>alert" not in page and "<img src=x" not in page and "&lt;script&gt;" in page


def test_one_day_is_one_date_not_a_span(tmp_path):
    text = index_markdown(_graph(), RunStats(read=1), _evidence(tmp_path), 5, [],
                          articles=[ArticleRow("a1", "T", "1998-06-03", None)])
    assert "dated 1998-06-03;" in _section(text, "Articles") and "to 1998-06-03" not in _section(text, "Articles")


def test_events_grouped_by_actor_with_counts_and_sentences(tmp_path):
    from graphkit.viz.report import _events_section

    events = [{"source": a, "cue": c, "target_text": "t", "quad": q, "sentence": f"{a} {c} t.", "article": f"a{i}", "start": i}
              for i, (a, c, q) in enumerate([("Sudan", "shelled", "material_conflict")] * 4
                                            + [("RSF", "looted", "material_conflict"), ("RSF", "threatened", "verbal_conflict")])]
    text = "\n".join(_events_section(events, per_actor=3))
    assert "| Sudan | 4 | material_conflict 4 |" in text
    assert "| RSF | 2 | material_conflict 1, verbal_conflict 1 |" in text
    assert text.count("| Sudan | shelled |") == 3 and "1 more in" in text
    assert text.index("| Sudan | shelled |") < text.index("| RSF | looted |")


def test_undated_articles_are_named(index):
    part = _section(index, "Undated and skipped")
    assert "Undated (no place on a timeline" in part and "`a2`" in part and "`c.txt`" in part and "`a1`" not in part


def test_factions_on_material_stances_beside_all_stances(tmp_path):
    """Leaders who hold talks across a front line look allied on all stances;
    the report also gives the camps of what actors do (material stances)."""
    from graphkit.graph.builder import build_graph
    from graphkit.records import QUAD_POLARITY, ActorInfo, Extraction, Mention, Stance

    states = ["Turkey", "Syria", "Russia", "United States"]
    actors = [ActorInfo(s, "state", [s], None, s[:3].upper(), 0) for s in states]

    def st(a, b, quad, n):
        return [Stance(a, b, quad, QUAD_POLARITY[quad], "cue", "s", 0, 1, "verb")] * n

    stances = (st("Turkey", "Russia", "verbal_cooperation", 6)      # the summits
               + st("Russia", "Turkey", "verbal_cooperation", 6)
               + st("Turkey", "Syria", "material_conflict", 2)      # the front line
               + st("Russia", "Syria", "material_cooperation", 2)
               + st("United States", "Turkey", "material_cooperation", 1)
               + st("United States", "Syria", "material_conflict", 1))
    rec = Extraction("a1", date=None, actors=actors,
                     mentions=[Mention(s, s, 0, 1, 0, 0) for s in states], stances=stances)
    G = build_graph([rec])
    evidence = tmp_path / "e.jsonl"
    evidence.write_text("", encoding="utf-8")
    text = index_markdown(G, RunStats(read=1, skipped=0, undated=1), evidence, 5, [])
    section = _section(text, "Factions (signed stances)")
    overall, material = section.split("### On material stances only")
    groups = [line for line in material.splitlines() if line[:1].isdigit()]
    camps = [set(g.split(". ", 1)[1].split(", ")) for g in groups]
    assert {"Turkey", "United States"} in camps and {"Russia", "Syria"} in camps
    assert any({"Turkey", "Russia"} <= set(g.split(". ", 1)[1].split(", "))
               for g in overall.splitlines() if g[:1].isdigit())
    assert "Frustration: 0." in material


def test_the_date_span_says_how_many_articles_it_covers(index):
    assert "3 articles read, 1 skipped; 2 dated 1998-06-03 to 1998-06-05, 1 undated." in index
