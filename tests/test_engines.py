"""Engines: input order across windows, the cache under failure and interruption, Dask.

Most tests replace the extractor with a fake one (no model), so they check
only what :func:`graphkit.extraction.engines.run_engine` and
:class:`graphkit.extraction.cache.ExtractionCache` do with records.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graphkit.extraction.cache
from graphkit.extraction import engines
from graphkit.extraction.cache import ExtractionCache
from graphkit.io.readers import ArticleReader
from graphkit.records import Article, Extraction, Mention
from graphkit.extraction.options import Options, RunStats
from graphkit.extraction.run import extractions

from conftest import ROOT, SEEDS

VERSION = "test-version"


def _articles(n: int) -> list[Article]:
    return [Article(f"art{i:03d}", f"Text number {i}. " * (1 + i % 3)) for i in range(n)]


def _fake_record(article: Article) -> Extraction:
    return Extraction(article.id, date="extracted", n_tokens=len(article.text.split()))


def _cached_record(article: Article) -> Extraction:
    # Told apart from an extracted record by its date.
    return Extraction(article.id, date="cached", n_tokens=len(article.text.split()))


class FakeExtractor:
    """Stands in for ``engines.extract_chunk``; remembers every chunk it saw."""

    def __init__(self, fail_on_call: int | None = None, exc: type[BaseException] = KeyboardInterrupt):
        self.chunks: list[list[str]] = []
        self.fail_on_call = fail_on_call
        self.exc = exc

    def __call__(self, args: tuple, chunk: list[Article]) -> list[Extraction]:
        if self.fail_on_call is not None and len(self.chunks) == self.fail_on_call:
            self.fail_on_call = None  # once: the rerun goes through
            raise self.exc()
        self.chunks.append([a.id for a in chunk])
        return [_fake_record(a) for a in chunk]

    @property
    def seen(self) -> list[str]:
        return [i for c in self.chunks for i in c]


@pytest.fixture
def fake(monkeypatch):
    ex = FakeExtractor()
    monkeypatch.setattr(engines, "extract_chunk", ex)
    # The real version key reads the registry and the model's metadata.
    monkeypatch.setattr(engines, "version_key", lambda options: VERSION)
    return ex


def _assert_cache_valid(root: Path) -> int:
    """Every file under ``root`` is a complete entry; return how many."""
    n = 0
    for path in sorted(root.rglob("*")):
        if path.is_dir():
            continue
        assert not path.name.startswith(".tmp-"), f"left-over temporary file {path}"
        assert path.suffix == ".json"
        entry = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == entry["key"]  # each entry names the key it was stored under
        Extraction.from_dict(entry["record"])
        n += 1
    return n


# -- order, windows, cache hits and misses ------------------------------------------


def test_jobs1_keeps_input_order_across_windows_with_hits_and_misses(fake, tmp_path):
    arts = _articles(21)
    cache = ExtractionCache(tmp_path, VERSION)
    hits = {a.id for a in arts[::3]}  # spread over every window
    for a in arts:
        if a.id in hits:
            cache.put(a, _cached_record(a))
    stats = RunStats()
    # batch 2 x 1 worker x 4 chunks per worker: windows of 8 articles.
    options = Options(jobs=1, batch_size=2, cache_dir=str(tmp_path))
    out = list(engines.run_engine(iter(arts), options, stats))

    assert [a.id for a, _ in out] == [a.id for a in arts]
    assert [r.article for _, r in out] == [a.id for a in arts]
    assert [r.date for _, r in out] == ["cached" if a.id in hits else "extracted" for a in arts]
    assert fake.seen == [a.id for a in arts if a.id not in hits]
    # No chunk spans two windows.
    window_of = {a.id: i // 8 for i, a in enumerate(arts)}
    assert all(len({window_of[i] for i in chunk}) == 1 for chunk in fake.chunks)
    assert (stats.cached, stats.extracted) == (len(hits), len(arts) - len(hits))
    assert stats.tokens == sum(len(a.text.split()) for a in arts)
    assert _assert_cache_valid(tmp_path) == len(arts)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(0, 40),
    batch_size=st.integers(1, 5),
    cached=st.sets(st.integers(0, 39)),
)
def test_order_and_single_extraction_for_any_windows(n, batch_size, cached):
    arts = _articles(n)
    ex = FakeExtractor()
    with pytest.MonkeyPatch.context() as mp, tempfile.TemporaryDirectory() as root:
        mp.setattr(engines, "extract_chunk", ex)
        mp.setattr(engines, "version_key", lambda options: VERSION)
        cache = ExtractionCache(root, VERSION)
        for i in sorted(cached):
            if i < n:
                cache.put(arts[i], _cached_record(arts[i]))
        stats = RunStats()
        out = list(engines.run_engine(iter(arts), Options(batch_size=batch_size, cache_dir=root), stats))
        assert [r.article for _, r in out] == [a.id for a in arts]
        expected_misses = [a.id for i, a in enumerate(arts) if i not in cached]
        assert ex.seen == expected_misses  # each miss once, in order; hits never
        assert all(len(c) <= batch_size for c in ex.chunks)
        assert stats.extracted == len(expected_misses)
        # A second run is all hits and extracts nothing.
        again = list(engines.run_engine(iter(arts), Options(batch_size=batch_size, cache_dir=root), RunStats()))
        assert [r.to_dict() for _, r in again] == [r.to_dict() for _, r in out]
        assert ex.seen == expected_misses


@settings(max_examples=100, deadline=None)
@given(
    lengths=st.lists(st.integers(0, 50), max_size=40),
    n_chunks=st.integers(1, 8),
    max_chars=st.integers(1, 120),
)
def test_chunks_keep_order_and_respect_the_budget(lengths, n_chunks, max_chars):
    arts = [Article(str(i), "x" * n) for i, n in enumerate(lengths)]
    chunks = engines.chunks_of(arts, n_chunks, max_chars=max_chars)
    assert [a for c in chunks for a in c] == arts
    assert all(c for c in chunks)
    size = -(-len(arts) // n_chunks) if arts else 0
    for c in chunks:
        assert len(c) <= size
        assert len(c) == 1 or sum(len(a.text) for a in c) <= max_chars


def test_run_engine_splits_long_text_into_smaller_chunks(fake, monkeypatch):
    monkeypatch.setattr(engines, "CHUNK_CHARS", 40)
    arts = [Article(f"a{i}", "y" * 15) for i in range(16)]
    # One window of 16; 4 chunks of 4 articles (60 characters) each, split in two.
    out = list(engines.run_engine(iter(arts), Options(batch_size=8), RunStats()))
    assert [r.article for _, r in out] == [a.id for a in arts]
    assert [len(c) for c in fake.chunks] == [2] * 8
    monkeypatch.setattr(engines, "CHUNK_CHARS", 10)  # each article alone
    fake.chunks.clear()
    list(engines.run_engine(iter(arts), Options(batch_size=8), RunStats()))
    assert [len(c) for c in fake.chunks] == [1] * 16


def test_all_cached_never_starts_an_engine(fake, tmp_path, monkeypatch):
    arts = _articles(5)
    cache = ExtractionCache(tmp_path, VERSION)
    for a in arts:
        cache.put(a, _cached_record(a))

    def no_engine(options, workers):
        raise AssertionError("an engine (and so the model) was started for a fully cached run")

    monkeypatch.setattr(engines, "_make", no_engine)
    out = list(engines.run_engine(iter(arts), Options(jobs=2, cache_dir=str(tmp_path)), RunStats()))
    assert [r.date for _, r in out] == ["cached"] * 5


# -- --jobs auto ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "jobs, cpus, chars, articles, expected",
    [
        (3, 1, 10, 1, 3),  # a number is taken as given
        ("auto", 4, 10, 50, 1),  # too little text to pay for a second process
        ("auto", 4, 250_000, 50, 2),  # as many as the text pays for
        ("auto", 2, 10_000_000, 50, 2),  # never more than the CPUs
        ("auto", 1, 10_000_000, 50, 1),
        ("auto", 4, 10_000_000, 1, 1),  # one long article is never split between workers
    ],
)
def test_workers_for(monkeypatch, jobs, cpus, chars, articles, expected):
    monkeypatch.setattr(engines, "usable_cpus", lambda: cpus)
    assert engines.workers_for(jobs, chars, articles) == expected


def test_auto_jobs_starts_workers_only_for_long_input_and_keeps_order(fake, monkeypatch):
    monkeypatch.setattr(engines, "usable_cpus", lambda: 2)
    started = []

    def make(options, workers):
        started.append(workers)
        return engines._Local(options)

    monkeypatch.setattr(engines, "_make", make)
    short = _articles(3)
    out = list(engines.run_engine(iter(short), Options(jobs="auto"), RunStats()))
    assert [a.id for a, _ in out] == [a.id for a in short] and started == [1]

    started.clear()
    long = [Article(f"long{i}", "Troops shelled the town. " * 2_000) for i in range(6)]
    out = list(engines.run_engine(iter(long), Options(jobs="auto", batch_size=1), RunStats()))
    assert [a.id for a, _ in out] == [a.id for a in long]
    assert started == [2]  # chosen once, from the first window's text
    # Two workers get at least two chunks of each window to share.
    assert len(fake.chunks) >= 2


# -- atomic cache entries -----------------------------------------------------------


@pytest.mark.parametrize("exc", [TypeError, KeyboardInterrupt])
def test_a_failing_write_leaves_no_partial_entry(tmp_path, monkeypatch, exc):
    cache = ExtractionCache(tmp_path, VERSION)
    old, new = Article("a", "Turkey warned Syria."), Article("b", "Iran backed Syria.")
    cache.put(old, _cached_record(old))
    cache.put(new, _cached_record(new))
    real_dump = json.dump

    def half_dump(obj, fh, **kw):
        real_dump(obj, fh, **kw)
        fh.flush()  # the partial text really is on disk when the write fails
        raise exc("disk full")

    monkeypatch.setattr(graphkit.extraction.cache.json, "dump", half_dump)
    with pytest.raises(exc):
        cache.put(new, _fake_record(new))
    monkeypatch.undo()
    # The entry being replaced is intact, and nothing else was left behind.
    assert cache.get(new).date == "cached"
    assert cache.get(old).date == "cached"
    assert _assert_cache_valid(tmp_path) == 2


def test_an_unserialisable_record_leaves_no_entry(tmp_path):
    cache = ExtractionCache(tmp_path, VERSION)
    a = Article("a", "Turkey warned Syria.")
    bad = Extraction("a", mentions=[Mention("Turkey", "Turkey", 0, 6, 0), Mention(object(), "Syria", 14, 19, 0)])
    with pytest.raises(TypeError):
        cache.put(a, bad)
    assert cache.get(a) is None
    assert _assert_cache_valid(tmp_path) == 0


@pytest.mark.parametrize("content", ["", "{trunc", "{}", "[1, 2]", '{"article": "a", "actors": [{"name": 1}]}'])
def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path, content):
    cache = ExtractionCache(tmp_path, VERSION)
    a = Article("a", "Turkey warned Syria.")
    cache.put(a, _cached_record(a))
    entry = next(p for p in tmp_path.rglob("*.json"))
    entry.write_text(content, encoding="utf-8")
    assert cache.get(a) is None and cache.misses == 1
    cache.put(a, _fake_record(a))
    assert cache.get(a).date == "extracted"


# -- interruption -------------------------------------------------------------------


def test_closing_the_stream_midway_leaves_a_valid_cache(fake, tmp_path):
    arts = _articles(20)
    options = Options(jobs=1, batch_size=2, cache_dir=str(tmp_path))
    stream = engines.run_engine(iter(arts), options, RunStats())
    taken = [next(stream) for _ in range(11)]  # into the second window
    stream.close()  # what Ctrl-C in the consumer does to the generator
    assert [r.article for _, r in taken] == [a.id for a in arts[:11]]
    n = _assert_cache_valid(tmp_path)
    assert n == 16  # two whole windows were extracted and stored
    # The next run reuses those entries and extracts only the rest.
    stats = RunStats()
    out = list(engines.run_engine(iter(arts), options, stats))
    assert [r.article for _, r in out] == [a.id for a in arts]
    assert (stats.cached, stats.extracted) == (16, 4)


def test_ctrl_c_during_extraction_leaves_a_valid_cache(monkeypatch, tmp_path):
    monkeypatch.setattr(engines, "version_key", lambda options: VERSION)
    ex = FakeExtractor(fail_on_call=5)  # in the second window (4 chunks each)
    monkeypatch.setattr(engines, "extract_chunk", ex)
    arts = _articles(20)
    options = Options(jobs=1, batch_size=2, cache_dir=str(tmp_path))
    with pytest.raises(KeyboardInterrupt):
        for _ in engines.run_engine(iter(arts), options, RunStats()):
            pass
    assert _assert_cache_valid(tmp_path) == 8
    stats = RunStats()
    out = list(engines.run_engine(iter(arts), options, stats))
    assert [r.article for _, r in out] == [a.id for a in arts]
    assert stats.cached == 8


# -- the benchmark's corpus ---------------------------------------------------------


def _bench():
    spec = importlib.util.spec_from_file_location("graphkit_bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_corpus_is_n_copies_with_unique_ids(tmp_path):
    bench = _bench()
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Turkey warned Syria.\n\nIran agreed.", encoding="utf-8")
    (src / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "Russia backed Assad.", "date": "2018-09-19", "title": "T"}) + "\n",
        encoding="utf-8",
    )
    base = bench.read_base([src])
    path = bench.write_corpus(base, 3, tmp_path / "corpus.jsonl")
    reader = ArticleReader([path])
    corpus = list(reader)
    assert reader.stats.skipped == 0
    assert len(corpus) == 3 * len(base) == 6
    assert len({a.id for a in corpus}) == 6
    for k in range(3):
        copy = corpus[k * len(base) : (k + 1) * len(base)]
        assert [a.id for a in copy] == [bench.copy_id(b.id, k) for b in base]
        assert [(a.text, a.date, a.title) for a in copy] == [(b.text, b.date, b.title) for b in base]
    with pytest.raises(ValueError):
        bench.write_corpus(base, 0, tmp_path / "none.jsonl")


# -- Dask ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
def test_dask_engine_gives_the_local_records():
    pytest.importorskip("dask.distributed")
    local = [r.to_dict() for r in extractions([SEEDS], Options(), on_problem=None)]
    stats = RunStats()
    dask = [r.to_dict() for r in extractions([SEEDS], Options(engine="dask", jobs=2), on_problem=None, stats=stats)]
    assert local and dask == local
    assert stats.extracted == 5
