"""Tests for graphkit.evaluate: matching rules, scores, gold loading."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.evaluate import (
    PRF,
    Accuracy,
    EvalError,
    load_gold,
    normalize_name,
    quote_overlap,
    read_predictions,
    score,
)
from graphkit.records import ACTOR_TYPES, QUADS, ActorInfo, Extraction, Quote, Stance

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


def actor(name, type="state", aliases=(), affiliation=None):
    return {"name": name, "type": type, "aliases": list(aliases), "affiliation": affiliation}


def stance(source, target, quad="verbal_conflict", **extra):
    return {"source": source, "target": target, "quad": quad, "sentence": "", **extra}


def quote(text, speaker=None, direct=True):
    return {"speaker": speaker, "text": text, "direct": direct, "targets": []}


def record(article="a", actors=(), stances=(), quotes=()):
    return {"article": article, "actors": list(actors), "stances": list(stances),
            "quotes": list(quotes)}


def one(pred, gold):
    """Score a single predicted record against a single gold record."""
    return score([pred], {gold["article"]: gold})


ALL_PRF = ("actors", "stances", "quotes")
ALL_ACC = ("actor_type", "affiliation", "quad", "speaker", "direct")


# -- the seed gold -------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD_DIR)


def test_load_gold_keys_by_article(gold):
    files = sorted(GOLD_DIR.glob("*.json"))
    assert sorted(gold) == sorted(json.loads(p.read_text())["article"] for p in files)
    assert len(gold) == len(files) == 5


def test_gold_against_itself_is_perfect(gold):
    s = score(copy.deepcopy(list(gold.values())), gold)
    for name in ALL_PRF:
        prf = getattr(s, name)
        assert prf.tp > 0 and (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    for name in ALL_ACC:
        acc = getattr(s, name)
        assert acc.total > 0 and acc.value == 1.0, name
    assert s.errors() == []
    assert s.missing == [] and s.ignored == []


def test_empty_predictions_have_zero_recall(gold):
    s = score([], gold)
    assert s.missing == sorted(gold)
    for name in ALL_PRF:
        prf = getattr(s, name)
        assert (prf.tp, prf.fp) == (0, 0) and prf.fn > 0
        assert (prf.precision, prf.recall, prf.f1) == (0.0, 0.0, 0.0)
    assert all(getattr(s, name).value is None for name in ALL_ACC)
    assert len(s.errors()) == sum(getattr(s, n).fn for n in ALL_PRF)

    s2 = score([record(art) for art in gold], gold)
    assert s2.missing == [] and s2.actors.recall == 0.0


def test_seed_gold_with_one_article_dropped(gold):
    dropped = sorted(gold)[0]
    s = score([g for a, g in gold.items() if a != dropped], gold)
    assert s.missing == [dropped]
    assert s.articles[dropped].actors.fn == len(gold[dropped]["actors"])
    assert s.actors.precision == 1.0 and s.actors.recall < 1.0


# -- actor matching --------------------------------------------------------------------


def test_normalize_name():
    assert normalize_name("Erdoğan") == normalize_name("ERDOGAN") == "erdogan"
    assert normalize_name("the  United   Nations") == "united nations"
    assert normalize_name("Russia’s") == normalize_name("Russia's") == "russia"
    assert normalize_name("U.S.") == "us"
    assert normalize_name("Theresa May") == "theresa may"  # "the" only as a word


def test_alias_matching_erdogan():
    gold = record(actors=[actor("Recep Tayyip Erdogan", "leader", ["Recep Tayyip Erdogan",
                                                                  "Erdogan"], "Turkey")])
    pred = record(actors=[actor("Erdoğan", "leader", ["Erdoğan"], "Turkey")])
    s = one(pred, gold)
    assert (s.actors.tp, s.actors.fp, s.actors.fn) == (1, 0, 0)
    assert s.actor_type.value == 1.0 and s.affiliation.value == 1.0

    unrelated = record(actors=[actor("Tayyip", "leader", ["Tayyip"])])
    assert one(unrelated, gold).actors.tp == 0


def test_matching_is_one_to_one_and_prefers_names():
    gold = record(actors=[actor("Syria", aliases=["Syria", "Assad regime"]),
                          actor("Bashar al-Assad", "leader", ["Assad", "Bashar"], "Syria")])
    # The first predicted actor shares more aliases with the leader, but its
    # name is the state's: it must go to the state, "Assad" to the leader,
    # and the second "Syria" is left over.
    pred = record(actors=[actor("Syria", "state", ["Syria", "Assad", "Bashar"]),
                          actor("Assad", "leader", [], "Syria"),
                          actor("the Syria", aliases=["Syria"])])
    s = one(pred, gold)
    assert (s.actors.tp, s.actors.fp, s.actors.fn) == (2, 1, 0)
    assert s.actor_type.value == 1.0
    assert [str(e) for e in s.errors()] == ["a: actors false positive: the Syria"]


def test_type_accuracy():
    gold = record(actors=[actor("Turkey"), actor("Hayat Tahrir al-Sham", "armed_group", ["HTS"]),
                          actor("United Nations", "organization")])
    pred = record(actors=[actor("Turkey", "state"), actor("HTS", "organization"),
                          actor("UN", "organization")])
    s = one(pred, gold)
    assert (s.actors.tp, s.actors.fp, s.actors.fn) == (2, 1, 1)
    assert (s.actor_type.correct, s.actor_type.total) == (1, 2)
    assert EvalError("a", "actors", "type", "Hayat Tahrir al-Sham: organization for armed_group") \
        in s.errors()


def test_affiliation_maps_through_actor_matching():
    gold = record(actors=[actor("Turkey", aliases=["Turkey", "Ankara"]),
                          actor("Recep Tayyip Erdogan", "leader", ["Erdogan"], "Turkey"),
                          actor("Mevlut Cavusoglu", "leader", [], "Turkey"),
                          actor("Russia")])
    pred = record(actors=[actor("Türkiye", aliases=["Ankara"]),  # alias-matched to Turkey
                          actor("Erdogan", "leader", [], "ankara"),  # by alias
                          actor("Mevlut Cavusoglu", "leader", [], "Russia"),
                          actor("Russia")])
    s = one(pred, gold)
    assert s.actors.tp == 4
    assert (s.affiliation.correct, s.affiliation.total) == (1, 2)


# -- stances ------------------------------------------------------------------------------


def test_stances_map_through_alias_matched_actors():
    gold = record(actors=[actor("Recep Tayyip Erdogan", "leader", ["Erdogan"], "Turkey"),
                          actor("Hayat Tahrir al-Sham", "armed_group", ["HTS"])],
                  stances=[stance("Recep Tayyip Erdogan", "Hayat Tahrir al-Sham",
                                  "material_conflict")])
    pred_stance = stance("Erdoğan", "HTS", "material_conflict", polarity=-1)
    pred = record(actors=[actor("Erdoğan", "leader", ["Erdoğan"]),
                          actor("HTS", "armed_group", ["HTS"])], stances=[pred_stance])
    s = one(pred, gold)
    assert (s.stances.tp, s.stances.fp, s.stances.fn) == (1, 0, 0)
    assert s.quad.value == 1.0

    # Names of actors the prediction does not list stay as written: no match.
    bare = record(stances=[pred_stance])
    assert one(bare, gold).stances.tp == 0


def test_stance_triples_polarity_and_quad_rule():
    gold = record(actors=[actor("Iran"), actor("Syria"), actor("United States")],
                  stances=[stance("Iran", "Syria", "material_cooperation"),
                           stance("Iran", "Syria", "verbal_cooperation"),  # same triple
                           stance("United States", "Iran", "verbal_conflict"),
                           stance("Syria", "Iran", "verbal_cooperation")])
    pred = record(actors=[actor("Iran"), actor("Syria"), actor("United States")],
                  stances=[stance("Iran", "Syria", "verbal_cooperation", polarity=1),
                           stance("United States", "Iran", "material_conflict", polarity=-1),
                           stance("Syria", "Iran", "verbal_conflict", polarity=-1),
                           stance("Syria", "Iran", "verbal_conflict", polarity=-1)])
    s = one(pred, gold)
    # Triples: gold {I>S+, U>I-, S>I+}; predicted {I>S+, U>I-, S>I-}.
    assert (s.stances.tp, s.stances.fp, s.stances.fn) == (2, 1, 1)
    # I>S+ shares verbal_cooperation; U>I- has material for verbal.
    assert (s.quad.correct, s.quad.total) == (1, 2)
    kinds = sorted((e.kind, e.detail) for e in s.errors() if e.task == "stances")
    assert kinds == [("false negative", "Syria -> Iran (+1)"),
                     ("false positive", "Syria -> Iran (-1)"),
                     ("quad", "United States -> Iran (-1): ['material_conflict'] for "
                              "['verbal_conflict']")]


def test_stance_with_unknown_quad_and_no_polarity_is_an_input_error():
    pred = record(stances=[stance("A", "B", "hugged")])
    with pytest.raises(InputError, match="unknown quad 'hugged'"):
        one(pred, record())


# -- quotes ----------------------------------------------------------------------------


def test_quote_overlap_threshold_is_half_of_shorter_text():
    assert quote_overlap("One two three four", "one, two: five six") == 0.5
    assert quote_overlap("one two three four five", "one two six seven eight") == 0.4
    # Multiset intersection: a repeated word counts as often as both have it.
    assert quote_overlap("no no no yes", "no maybe") == 0.5

    gold = record(quotes=[quote("one two three four", "Turkey")])
    at = one(record(quotes=[quote("one two five six", "Turkey")]), gold)
    assert (at.quotes.tp, at.quotes.fp, at.quotes.fn) == (1, 0, 0)
    below = one(record(quotes=[quote("one five six seven", "Turkey")]), gold)
    assert (below.quotes.tp, below.quotes.fp, below.quotes.fn) == (0, 1, 1)
    # The shorter text sets the denominator: 2 of 4 words, in a longer quote.
    long_gold = record(quotes=[quote("one two three four five six seven eight")])
    assert one(record(quotes=[quote("one two x y")]), long_gold).quotes.tp == 1
    assert one(record(quotes=[quote("one x y z w")]), long_gold).quotes.tp == 0


def test_quote_matching_prefers_best_overlap_then_speaker():
    text = "any regime offensive in Idlib would result in a humanitarian catastrophe"
    gold = record(actors=[actor("United Nations", "organization", ["UN"]),
                          actor("European Union", "organization", ["EU"])],
                  quotes=[quote(text, "United Nations", False),
                          quote(text, "European Union", False),
                          quote("Turkey cannot absorb more victims of the war", None, False)])
    pred = record(actors=[actor("EU", "organization", ["EU"]),
                          actor("UN", "organization", ["UN"])],
                  quotes=[quote(text, "EU", False), quote(text, "UN", False),
                          quote("it cannot absorb more victims", None, False),
                          quote("a humanitarian catastrophe in Idlib", "UN", True)])
    s = one(pred, gold)
    assert (s.quotes.tp, s.quotes.fp, s.quotes.fn) == (3, 1, 0)
    assert (s.speaker.correct, s.speaker.total) == (3, 3)
    assert (s.direct.correct, s.direct.total) == (3, 3)


def test_speaker_accuracy():
    gold = record(actors=[actor("Donald Trump", "leader", ["Trump"], "United States"),
                          actor("Bashar al-Assad", "leader", ["Assad"], "Syria")],
                  quotes=[quote("Hundreds of thousands of people could be killed", "Donald Trump"),
                          quote("the battle for Idlib will be decided", "Bashar al-Assad"),
                          quote("we have killed many terrorists already", None)])
    pred = record(actors=[actor("Trump", "leader", ["Trump"])],
                  quotes=[quote("hundreds of thousands of people could be killed", "Trump"),
                          quote("the battle for Idlib will be decided", "Donald Trump"),
                          quote("we have killed many terrorists", None)])
    s = one(pred, gold)
    assert s.quotes.tp == 3
    assert (s.speaker.correct, s.speaker.total) == (2, 3)
    [err] = [e for e in s.errors() if e.kind == "speaker"]
    assert err.detail.startswith("Donald Trump for Bashar al-Assad")


# -- inputs and outputs ----------------------------------------------------------------


def test_missing_and_ignored_articles():
    gold = {"a": record("a", actors=[actor("Iran")]), "b": record("b", actors=[actor("Iran")])}
    s = score([record("a", actors=[actor("Iran")]), record("z", actors=[actor("Iran")])], gold)
    assert s.missing == ["b"] and s.ignored == ["z"] and s.n_ignored == 1
    assert (s.actors.tp, s.actors.fp, s.actors.fn) == (1, 0, 1)
    d = s.to_dict()
    assert d["missing_articles"] == ["b"] and d["ignored_articles"] == ["z"]


def test_extraction_objects_are_accepted():
    ext = Extraction("a", actors=[ActorInfo("Iran", "state", ["Iran"]),
                                  ActorInfo("Syria", "state", ["Syria"])],
                     stances=[Stance("Iran", "Syria", "material_cooperation", 1, "lent",
                                     "Iran lent support to Syria.", 0, 27)],
                     quotes=[Quote("Iran", "support will continue", False, ("Syria",), 0, 10)])
    gold = record(actors=[actor("Iran"), actor("Syria")],
                  stances=[stance("Iran", "Syria", "material_cooperation")],
                  quotes=[quote("its support will continue", "Iran", False)])
    s = one(ext, gold)
    assert (s.actors.f1, s.stances.f1, s.quotes.f1, s.speaker.value) == (1.0, 1.0, 1.0, 1.0)


def test_duplicate_prediction_is_an_error():
    with pytest.raises(InputError, match="predicted more than once"):
        score([record("a"), record("a")], {"a": record("a")})


def test_load_gold_errors(tmp_path):
    with pytest.raises(InputError, match="no such directory"):
        load_gold(tmp_path / "nope")
    with pytest.raises(InputError, match="no gold files"):
        load_gold(tmp_path)
    (tmp_path / "ok.json").write_text(json.dumps(record("x")), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": "y",\n "actors": [}', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(tmp_path)
    assert str(info.value).startswith(f"{bad}: malformed JSON (")
    bad.write_text(json.dumps(record("x")), encoding="utf-8")
    with pytest.raises(InputError, match="article 'x' already given"):
        load_gold(tmp_path)
    bad.write_text(json.dumps({"actors": []}), encoding="utf-8")
    with pytest.raises(InputError, match=f"{bad}: record has no 'article'"):
        load_gold(tmp_path)


def test_read_predictions(tmp_path, gold):
    path = tmp_path / "extract.jsonl"
    path.write_text("".join(json.dumps(g) + "\n\n" for g in gold.values()), encoding="utf-8")
    assert score(read_predictions(path), gold).stances.f1 == 1.0
    path.write_text(json.dumps(record("a")) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"{path}:2: malformed JSON"):
        list(read_predictions(path))


def test_rows_and_dict_agree(gold):
    preds = copy.deepcopy(list(gold.values()))
    for p in preds:
        p["actors"] = p["actors"][1:]
        p["quotes"] = p["quotes"][::2]
    s = score(preds, gold)
    rows = s.to_rows(per_article=True)
    assert rows[0] == ("scope", "measure", "score", "count")
    table = {(r[0], r[1]): r for r in rows[1:]}
    assert table[("all", "actors recall")][2:] == (f"{s.actors.recall:.3f}",
                                                   f"{s.actors.tp}/{s.actors.tp + s.actors.fn}")
    assert len({r[0] for r in rows[1:]}) == 1 + len(gold)
    d = s.to_dict(errors=True)
    assert d["actors"]["recall"] == s.actors.recall
    assert sum(a["actors"]["fn"] for a in d["articles"].values()) == s.actors.fn == len(gold)
    assert sum(len(a["errors"]) for a in d["articles"].values()) == len(s.errors())
    # Same input, same bytes.
    assert json.dumps(d) == json.dumps(score(copy.deepcopy(preds), gold).to_dict(errors=True))


def test_prf_and_accuracy_edges():
    assert (PRF().precision, PRF().recall, PRF().f1) == (1.0, 1.0, 1.0)
    assert (PRF(0, 2, 0).precision, PRF(0, 2, 0).recall) == (0.0, 0.0)
    assert PRF(1, 2, 3) + PRF(1, 1, 1) == PRF(2, 3, 4)
    assert Accuracy(1, 2) + Accuracy(0, 1) == Accuracy(1, 3)


# -- properties ------------------------------------------------------------------------

_name = st.text("abcé -’'.T", min_size=1, max_size=8).filter(lambda n: normalize_name(n))


@st.composite
def gold_records(draw, articles=("a", "b")):
    out = {}
    for art in articles:
        names = draw(st.lists(_name, min_size=1, max_size=5, unique_by=normalize_name))
        actors = [actor(n, draw(st.sampled_from(ACTOR_TYPES)),
                        draw(st.lists(_name, max_size=3)),
                        draw(st.none() | st.sampled_from(names) | _name))
                  for n in names]
        stances = draw(st.lists(st.builds(stance, st.sampled_from(names),
                                          st.sampled_from(names), st.sampled_from(QUADS)),
                                max_size=6))
        quotes = draw(st.lists(st.builds(quote, st.text("xyz ,", max_size=12),
                                         st.none() | st.sampled_from(names), st.booleans()),
                               max_size=5))
        out[art] = record(art, actors, stances, quotes)
    return out


@settings(max_examples=80, deadline=None)
@given(gold=gold_records(), rnd=st.randoms(use_true_random=False))
def test_gold_scores_perfectly_against_itself_in_any_order(gold, rnd):
    preds = copy.deepcopy(list(gold.values()))
    rnd.shuffle(preds)
    for p in preds:
        for key in ("actors", "stances", "quotes"):
            rnd.shuffle(p[key])
    s = score(preds, gold)
    for name in ALL_PRF:
        prf = getattr(s, name)
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    for name in ALL_ACC:
        assert getattr(s, name).value in (None, 1.0), name
    assert s.errors() == []


@settings(max_examples=80, deadline=None)
@given(gold=gold_records(), pred=gold_records(articles=("a", "c")))
def test_scores_are_in_unit_interval(gold, pred):
    s = score(pred.values(), gold)
    for scope in [s, *s.articles.values()]:
        for name in ALL_PRF:
            prf = getattr(scope, name)
            assert all(0.0 <= v <= 1.0 for v in (prf.precision, prf.recall, prf.f1))
        for name in ALL_ACC:
            value = getattr(scope, name).value
            assert value is None or 0.0 <= value <= 1.0
    assert s.missing == ["b"] and s.ignored == ["c"]
