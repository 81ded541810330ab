"""The whole flow on real inputs: build, bad inputs, cache, jobs, determinism."""

from __future__ import annotations

import json

import pytest

from graphkit.extraction.options import Options, RunStats
from graphkit.extraction.run import extractions
from graphkit.graph.build import build, evidence_path_for

from conftest import SEEDS

pytestmark = pytest.mark.model


def test_build_writes_graph_and_evidence(tmp_path):
    out = tmp_path / "g.graphml"
    result = build([SEEDS], out, on_problem=None)
    assert result.stats.read == 5 and result.stats.skipped == 0
    G = result.graph
    assert {"Turkey", "Russia", "Syria", "Iran", "United States"} <= set(G.nodes)
    assert out.exists() and evidence_path_for(out).exists()
    lines = [json.loads(line) for line in evidence_path_for(out).read_text(encoding="utf-8").splitlines()]
    ids = {line["id"] for line in lines}
    # Every stance edge's evidence points at lines of the evidence file.
    for _, _, key, data in G.edges(keys=True, data=True):
        if key == "stance":
            assert set(data["evidence"].split()) <= ids
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for line in lines:
        if line["kind"] == "mention":
            assert texts[line["article"]][line["start"] : line["end"]] == line["text"]


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Ankara".encode("latin-1"))
    (tmp_path / "none.txt").write_text("The weather was fine and nobody spoke.", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text('{"id": "a", "text": "Turkey warned Syria."}\n{bad json\n', encoding="utf-8")
    problems = []
    result = build([tmp_path, tmp_path / "missing.txt"], tmp_path / "out" / "g.graphml", on_problem=problems.append)
    messages = [str(p) for p in problems]
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("latin1.txt" in m and "UTF-8" in m for m in messages)
    assert any("news.jsonl:2" in m for m in messages)
    assert any("missing.txt" in m for m in messages)
    assert any("none.txt" in m and "no actors" in m for m in messages)
    assert all("\n" not in m for m in messages)
    assert set(result.graph.nodes) == {"Turkey", "Syria"}
    assert result.stats.read == 2 and result.stats.skipped == 5


def test_same_input_same_bytes(tmp_path):
    a, b = tmp_path / "a.graphml", tmp_path / "b.graphml"
    build([SEEDS], a, on_problem=None)
    build([SEEDS], b, on_problem=None)
    assert a.read_bytes() == b.read_bytes()
    assert evidence_path_for(a).read_bytes() == evidence_path_for(b).read_bytes()


def test_cache_returns_the_same_records_and_is_used(tmp_path):
    opts = Options(cache_dir=str(tmp_path / "cache"))
    first_stats, second_stats = RunStats(), RunStats()
    first = [r.to_dict() for r in extractions([SEEDS], opts, stats=first_stats)]
    second = [r.to_dict() for r in extractions([SEEDS], opts, stats=second_stats)]
    assert first == second
    assert (first_stats.extracted, first_stats.cached) == (5, 0)
    assert (second_stats.extracted, second_stats.cached) == (0, 5)


def test_changed_lexicon_invalidates_the_cache(tmp_path):
    extra = tmp_path / "lex.yaml"
    extra.write_text("verbs:\n  material_conflict: [shell]\n", encoding="utf-8")
    cache = str(tmp_path / "cache")
    list(extractions([SEEDS / "004_24b1d2f398d6a64a.txt"], Options(cache_dir=cache)))
    stats = RunStats()
    list(extractions([SEEDS / "004_24b1d2f398d6a64a.txt"], Options(cache_dir=cache, lexicon=str(extra)), stats=stats))
    assert stats.extracted == 1


@pytest.mark.slow
def test_jobs_give_the_same_records_as_one_process():
    one = [r.to_dict() for r in extractions([SEEDS], Options(jobs=1))]
    two = [r.to_dict() for r in extractions([SEEDS], Options(jobs=2, batch_size=1))]
    assert one == two


def test_user_lexicon_is_merged_over_the_shipped_one(tmp_path):
    from graphkit.extraction.lexicon import Lexicon

    extra = tmp_path / "lex.yaml"
    extra.write_text("verbs:\n  material_conflict: [shell]\nremove: [praise]\n", encoding="utf-8")
    merged, shipped = Lexicon.load(extra), Lexicon.load()
    assert merged.verb_quad("shell") == "material_conflict"
    assert merged.verb_quad("praise") is None and shipped.verb_quad("praise") == "verbal_cooperation"
    assert merged.verb_quad("bomb") == shipped.verb_quad("bomb") == "material_conflict"
    assert merged.version != shipped.version


def test_unclosed_quote_is_reported_and_kept(tmp_path):
    src = tmp_path / "open.txt"
    src.write_text('Erdogan said "we will respond to every attack from Damascus\n\nTurkey and Russia met.', encoding="utf-8")
    problems, stats = [], RunStats()
    records = list(extractions([src], on_problem=problems.append, stats=stats))
    assert [str(p) for p in problems] == [f"{src}: quote at offset 14 has no closing mark"]
    assert records[0].quotes[0].direct and stats.skipped == 0
