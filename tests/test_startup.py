"""Start-up: compiled tables are reused until their sources change; graph-only commands never import spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graphkit.extraction import compiled as comp
from tests.conftest import DATA, ROOT


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_compiled_table_is_built_once_and_rebuilt_when_a_source_changes(cache_dir):
    calls = []

    def build():
        calls.append(1)
        return {("lebanese", "army"): [("Lebanon", "alias", "title")]}

    first = comp.compiled("t", ["registry v1", "tok"], build)
    again = comp.compiled("t", ["registry v1", "tok"], build)
    assert first == again and len(calls) == 1
    comp.compiled("t", ["registry v2", "tok"], build)
    assert len(calls) == 2
    # Sources are length-prefixed: moving a boundary is a different key.
    assert comp.table_key("t", ["ab", "c"]) != comp.table_key("t", ["a", "bc"])


def test_a_damaged_table_is_rebuilt(cache_dir):
    comp.compiled("t", ["s"], lambda: {"a": 1})
    path = comp.table_path("t", ["s"])
    path.write_bytes(b"\x00garbage")
    assert comp.compiled("t", ["s"], lambda: {"a": 2}) == {"a": 2}
    assert comp.compiled("t", ["s"], lambda: {"a": 3}) == {"a": 2}


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(blocker))
    assert comp.compiled("t", ["s"], lambda: [1, 2]) == [1, 2]


def test_registry_from_compiled_rows_equals_a_fresh_parse(cache_dir):
    from graphkit.extraction.registry import Registry

    blob = (ROOT / "graphkit" / "data" / "actors.jsonl").read_bytes()[:200_000]
    blob = blob[: blob.rfind(b"\n") + 1]
    path = cache_dir / "small.jsonl"
    path.write_bytes(blob)
    fresh = list(Registry.load(path))
    cached = list(Registry.load(path))  # second load reads the compiled rows
    assert [a.to_dict() for a in fresh] == [a.to_dict() for a in cached]
    assert any(p.name.startswith("registry-rows-") for p in (cache_dir / "compiled").iterdir())


def test_changed_user_actors_change_the_compiled_forms(cache_dir, tmp_path):
    import spacy

    from graphkit.extraction.actors import cached_forms
    from graphkit.extraction.registry import Registry

    nlp = spacy.blank("en")
    base = Registry.load(DATA / "mini_actors.yaml")
    extra = tmp_path / "extra.yaml"
    extra.write_text("- name: Bougainville Revolutionary Army\n  type: armed_group\n  aliases: [BRA]\n")
    extended = Registry.load(DATA / "mini_actors.yaml", extra=[extra])
    assert base.version != extended.version
    assert ("bra",) not in cached_forms(nlp, base)
    assert cached_forms(nlp, extended)[("bra",)] == [("Bougainville Revolutionary Army", "alias", "upper")]


def test_dict_matcher_finds_what_phrase_matcher_finds():
    """The ruler's look-up finds every (overlapping) match spaCy's PhraseMatcher on NORM finds."""
    import json

    import spacy
    from spacy.matcher import PhraseMatcher

    from graphkit.extraction.actors import ActorRuler, _fold_norms
    from graphkit.extraction.registry import Registry

    nlp = spacy.blank("en")
    registry = Registry.load()
    ruler = ActorRuler(nlp, registry)
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    patterns = []
    for key in ruler._forms:
        doc = spacy.tokens.Doc(nlp.vocab, words=list(key))
        for tok, norm in zip(doc, key):
            tok.norm_ = norm
        patterns.append(doc)
    matcher.add("A", patterns)
    texts = [json.loads(line)["text"] for line in (DATA / "other_conflicts.jsonl").open()]
    texts += [p.read_text() for p in sorted((ROOT / "seeds").iterdir())]
    for text in texts:
        doc = nlp(text)
        ours = ruler.matches(doc)
        _fold_norms(doc)
        theirs = sorted({(s, e) for _, s, e in matcher(doc)})
        assert ours == theirs


GRAPH_ONLY = [
    ["centrality", "{g}"],
    ["communities", "{g}"],
    ["factions", "{g}"],
    ["balance", "{g}"],
    ["diff", "{g}", "{g}"],
    ["export", "{g}", "-o", "{out}/x.gexf"],
]


@pytest.mark.slow
@pytest.mark.parametrize("argv", GRAPH_ONLY, ids=lambda a: a[0])
def test_graph_only_commands_never_import_spacy(argv, tmp_path):
    graph = ROOT / "outputs" / "idlib.graphml"
    args = [a.format(g=graph, out=tmp_path) for a in argv]
    code = (
        "import sys\n"
        "from graphkit.cli import main\n"
        "try:\n"
        f"    main({args!r}, standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "assert 'thinc' not in sys.modules, 'thinc imported'\n"
    )
    if argv[0] == "centrality":
        # an article's graph needs neither scipy (0.3 s to import) nor plotting
        code += "assert not {'scipy', 'pandas', 'matplotlib'} & set(sys.modules), 'heavy import'\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.model
@pytest.mark.slow
def test_records_do_not_depend_on_the_hash_seed(tmp_path):
    """Two processes (Dask or --jobs workers, a cached run) must write the same records."""
    import os

    outs = []
    for seed in ("0", "11"):
        out = tmp_path / f"x{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "graphkit", "--quiet", "extract", str(ROOT / "seeds"), "-o", str(out)],
            check=True, cwd=ROOT, env=env, capture_output=True, timeout=600,
        )
        outs.append(out.read_text())
    assert outs[0] and outs[0] == outs[1]


def test_prominence_is_networkx_pagerank_without_scipy():
    """Node sizes of an article's graph come from plain-Python PageRank, equal to networkx's."""
    import random

    import networkx as nx

    from graphkit.io.style import PURE_PAGERANK_MAX, prominence, simple_projection

    rng = random.Random(7)
    for n in (3, 12, 40, PURE_PAGERANK_MAX):
        G = nx.MultiDiGraph()
        G.add_nodes_from(f"A{i}" for i in range(n))
        for _ in range(2 * n):
            u, v = rng.sample(range(n), 2)
            kind = rng.choice(["co-mention", "stance"])
            G.add_edge(f"A{u}", f"A{v}", key=f"{kind}{rng.random()}", kind=kind, weight=rng.uniform(0.5, 4.0))
        ours = prominence(G)
        H = simple_projection(G)
        wmax = max(d["weight"] for *_, d in H.edges(data=True))
        for *_, d in H.edges(data=True):
            d["weight"] /= wmax
        theirs = nx.pagerank(H, weight="weight", max_iter=1000)
        assert ours.keys() == theirs.keys()
        assert all(abs(ours[v] - theirs[v]) < 1e-9 for v in ours)


@pytest.mark.model
@pytest.mark.slow
def test_build_of_one_article_imports_no_scipy(tmp_path):
    """``build`` lays out and sizes an article's graph with numpy alone: scipy costs 0.1-0.3 s to import."""
    article = sorted((ROOT / "seeds").iterdir())[0]
    out = tmp_path / "g.graphml"
    code = (
        "import sys\n"
        "from graphkit.cli import main\n"
        "try:\n"
        f"    main(['--quiet', 'build', {str(article)!r}, '-o', {str(out)!r}], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'pandas', 'matplotlib'})\n"
        "assert not heavy, f'heavy import: {heavy}'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "<node id=" in out.read_text(encoding="utf-8")


def test_spellings_index_from_the_compiled_table_finds_the_same_leaders(cache_dir):
    from graphkit.extraction.registry import Registry
    from graphkit.extraction.spellings import Spellings

    registry = Registry.load()
    first = Spellings(registry)  # builds and stores the table
    again = Spellings(registry)  # reads it
    assert again.index == Spellings._build(registry) == first.index
    assert any(p.name.startswith("spellings-index-") for p in (cache_dir / "compiled").iterdir())
    leader = next(a for a in registry if a.type == "leader" and a.country and len(a.name.split()) == 2
                  and len(a.name.split()[1]) > 6)
    assert again.variant(leader.name, [leader.country]) == leader


@pytest.mark.model
def test_loading_the_extractor_pauses_the_gc_and_freezes_what_it_loaded(monkeypatch):
    """No cyclic collection while spaCy and the tables load (a fifth of start-up); the thresholds come back."""
    import gc

    from graphkit.extraction import engines
    from graphkit.extraction.options import Options

    seen = []
    real = engines._load_extractor

    def load(*args):
        seen.append(gc.get_threshold()[0])
        out = real(*args)
        seen.append(gc.get_threshold()[0])
        return out

    monkeypatch.setattr(engines, "_load_extractor", load)
    before = gc.get_threshold()
    engines._extractor.cache_clear()
    try:
        ex = engines._extractor(*engines._extractor_args(Options()))
    finally:
        engines._extractor.cache_clear()
    assert seen == [0, 0]  # paused throughout, whatever srsly does to gc.enable()
    assert gc.get_threshold() == before and gc.get_freeze_count() > 0
    assert ex.nlp.pipe_names
