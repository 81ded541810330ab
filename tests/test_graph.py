"""Graph building: co-mention windows, stance aggregation, levels, invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.graph.builder import GraphBuilder, build_graph
from graphkit.records import QUADS, QUAD_POLARITY, ActorInfo, Extraction, Mention, Stance

ACTORS = {
    "Turkey": ActorInfo("Turkey", "state", ["Turkey"], None, "TUR", 0),
    "Syria": ActorInfo("Syria", "state", ["Syria"], None, "SYR", 0),
    "Russia": ActorInfo("Russia", "state", ["Russia"], None, "RUS", 0),
    "Vladimir Putin": ActorInfo("Vladimir Putin", "leader", ["Putin"], "Russia", "RUS", 0),
}


def rec(article, mentions, stances=(), date=None):
    names = {m[0] for m in mentions}
    return Extraction(
        article,
        date=date,
        actors=[ACTORS[n] for n in sorted(names)],
        mentions=[Mention(n, n, 0, 1, s, p) for n, s, p in mentions],
        stances=list(stances),
    )


def stance(src, tgt, quad):
    return Stance(src, tgt, quad, QUAD_POLARITY[quad], "cue", "s", 0, 1, "verb")


def test_comention_windows():
    r = rec("a", [("Turkey", 0, 0), ("Syria", 0, 0), ("Russia", 1, 0), ("Turkey", 2, 1)])
    by_sentence = build_graph([r], window="sentence")
    assert sorted((u, v) for u, v, k in by_sentence.edges(keys=True)) == [("Syria", "Turkey")]
    by_paragraph = build_graph([r], window="paragraph")
    assert by_paragraph["Russia"]["Syria"]["co-mention"]["weight"] == 1.0
    by_article = build_graph([r], window="article")
    assert by_article.number_of_edges() == 3


def test_comention_weight_counts_windows_and_articles():
    a = rec("a", [("Turkey", 0, 0), ("Syria", 0, 0), ("Turkey", 1, 0), ("Syria", 1, 0)])
    b = rec("b", [("Turkey", 0, 0), ("Syria", 0, 0)])
    e = build_graph([a, b])["Syria"]["Turkey"]["co-mention"]
    assert (e["weight"], e["articles"]) == (3.0, 2)


def test_stance_edge_counts_quads_sign_and_evidence():
    r = rec(
        "a",
        [("Turkey", 0, 0), ("Syria", 0, 0)],
        [stance("Turkey", "Syria", "verbal_conflict"), stance("Turkey", "Syria", "material_conflict"), stance("Turkey", "Syria", "verbal_cooperation")],
        date="2020-03-05",
    )
    e = build_graph([r])["Turkey"]["Syria"]["stance"]
    assert e["weight"] == 3.0 and e["verbal_conflict"] == 1 and e["material_conflict"] == 1
    assert e["sign"] == -1 and abs(e["score"] + 1 / 3) < 1e-6
    assert e["evidence"] == "a#s0 a#s1 a#s2"
    assert e["first_date"] == "2020-03-05"


def test_state_level_rolls_leaders_into_their_state():
    r = rec("a", [("Vladimir Putin", 0, 0), ("Turkey", 0, 0)], [stance("Vladimir Putin", "Turkey", "verbal_cooperation")])
    G = build_graph([r], level="state")
    assert sorted(G.nodes) == ["Russia", "Turkey"]
    assert G.nodes["Russia"]["type"] == "state"
    assert G["Russia"]["Turkey"]["stance"]["weight"] == 1.0


def test_no_empty_or_list_attributes():
    G = build_graph([rec("a", [("Turkey", 0, 0), ("Vladimir Putin", 0, 0)])])
    for _, data in G.nodes(data=True):
        assert all(v not in (None, "") and not isinstance(v, (list, dict, set)) for v in data.values())


names = st.sampled_from(sorted(ACTORS))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.tuples(names, st.integers(0, 3), st.integers(0, 1)), min_size=1, max_size=8), min_size=1, max_size=5),
       st.lists(st.tuples(names, names, st.sampled_from(QUADS)), max_size=6))
def test_folding_is_order_independent_within_graph_and_totals_add_up(articles, stances):
    records = []
    for i, mentions in enumerate(articles):
        present = {m[0] for m in mentions}
        st_here = [stance(s, t, q) for s, t, q in stances if s in present and t in present and s != t]
        records.append(rec(f"a{i}", mentions, st_here))
    G = build_graph(records)
    # Every mention is counted once.
    assert sum(d["mentions"] for _, d in G.nodes(data=True)) == sum(len(r.mentions) for r in records)
    # Stance weights add up to the stances kept.
    assert sum(d["weight"] for *_, k, d in G.edges(keys=True, data=True) if k == "stance") == sum(len(r.stances) for r in records)
    # Building twice gives the same graph, attribute for attribute.
    H = build_graph(records)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    for *_, d in G.edges(data=True):
        assert d["weight"] >= 1


def test_state_level_drops_people_outside_politics_and_rolls_leaders_up():
    from graphkit.records import ActorInfo, Extraction, Mention, Stance

    rec = Extraction(
        "camp",
        actors=[ActorInfo("Kenya", "state", ["Kenya"], None, "KEN", 1),
                ActorInfo("Amina Otieno", "leader", ["Amina Otieno"], "Kenya", "KEN", 1),
                ActorInfo("Joseph Kamau", "person", ["Joseph Kamau"], None, None, 1)],
        mentions=[Mention("Kenya", "Kenya", 0, 5, 0), Mention("Amina Otieno", "Amina Otieno", 6, 18, 0),
                  Mention("Joseph Kamau", "Joseph Kamau", 19, 31, 0)],
        stances=[Stance("Joseph Kamau", "Amina Otieno", "verbal_conflict", -1, "criticised", "s", 0, 31)],
    )
    people = build_graph([rec])
    assert people.nodes["Joseph Kamau"]["type"] == "person"
    states = build_graph([rec], level="state")
    assert set(states.nodes) == {"Kenya"}


def test_graph_counts_the_articles_its_date_span_covers():
    from graphkit.viz.common import source_line

    recs = [rec("a", [("Turkey", 0, 0)], date="2018-09-19"), rec("b", [("Syria", 0, 0)]),
            rec("c", [("Russia", 0, 0)])]
    G = build_graph(recs)
    assert (G.graph["articles"], G.graph["dated_articles"]) == (3, 1)
    assert "3 articles (1 dated 2018-09-19, 2 undated)" in source_line(G)
    assert "undated" not in source_line(build_graph(recs[:1]))
