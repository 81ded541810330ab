"""Where extraction runs: this process, a pool of processes, or a Dask cluster.

Every engine reads articles in windows, answers what it can from the cache,
extracts the rest, and yields ``(article, record)`` pairs in input order, so
that the graph folded from them is the same whichever engine ran. Nothing but
the current window is held in memory.

The model is loaded lazily: a run whose every article is cached never loads
it.
"""

from __future__ import annotations

import functools
import gc
import itertools
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from graphkit.extraction.cache import ExtractionCache
from graphkit.records import Article, Extraction

if TYPE_CHECKING:
    from graphkit.extraction.options import Options, RunStats

#: Chunks per worker in each window: enough to keep every worker busy.
_CHUNKS_PER_WORKER = 4

#: Most characters of text in one chunk (one ``nlp.pipe`` batch), about 4,000
#: tokens of news. spaCy's tok2vec keeps every layer's activations for the
#: whole batch, about 14 KB a token with ``en_core_web_sm``: 32 articles of
#: 600 tokens took 255 MB more peak memory than 8 (bench/README.md), at the
#: same speed, and the cost grows with article length. A longer article still
#: goes alone in its chunk.
CHUNK_CHARS = 20_000

#: Characters of text that pay for one more worker process under
#: ``jobs="auto"``. A worker spends about a second of CPU loading the model;
#: 100,000 characters of news take two to three seconds to extract, so below
#: that a second process would mostly wait for its own start-up.
AUTO_CHARS_PER_WORKER = 100_000


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def workers_for(jobs: "int | str", chars: int, articles: int) -> int:
    """Worker processes for ``jobs`` on ``articles`` articles of ``chars`` characters.

    A number is taken as given; ``"auto"`` is one worker per usable CPU, but
    only as many as the text pays for (:data:`AUTO_CHARS_PER_WORKER` each)
    and never more than the articles, since an article is never split
    between workers.

    >>> workers_for(3, 10, 1)
    3
    >>> workers_for("auto", 10, 1)
    1
    """
    if jobs != "auto":
        return max(int(jobs), 1)
    return max(1, min(usable_cpus(), chars // AUTO_CHARS_PER_WORKER, articles))


def _extractor_args(options: "Options") -> tuple:
    return (options.model, options.registry, tuple(options.actors), options.lexicon, options.batch_size)


@functools.lru_cache(maxsize=2)
def _extractor(model, registry, actors, lexicon, batch_size):
    # Importing spaCy, loading the model and the compiled tables make a few
    # hundred thousand objects that live as long as the process; the cyclic
    # GC would rescan them again and again while they are made (a third of
    # the actor ruler's load), for nothing. It is off while they load, and
    # they are then frozen, so later collections skip them too (and forked
    # workers do not copy their pages by touching them). A zero threshold
    # rather than gc.disable(): srsly, which reads the model, enables the GC
    # again after each file.
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        return _load_extractor(model, registry, actors, lexicon, batch_size)
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def _load_extractor(model, registry, actors, lexicon, batch_size):
    from graphkit.extraction.extractor import Extractor

    return Extractor.load(model, actors=registry, extra_actors=actors, lexicon=lexicon, batch_size=batch_size)


def extract_chunk(args: tuple, articles: list[Article]) -> list[Extraction]:
    """Extract a chunk of articles with a pipeline loaded once per process."""
    return list(_extractor(*args).extract(articles))


def version_key(options: "Options") -> str:
    """The cache version key for ``options``, computed without loading the model."""
    from graphkit.extraction.actors import cached_registry
    from graphkit.extraction.extractor import version_key as vk
    from graphkit.extraction.lexicon import Lexicon
    from graphkit.extraction.pipeline import DEFAULT_MODEL, model_id

    registry = cached_registry(options.registry, tuple(options.actors))
    return vk(model_id(options.model or DEFAULT_MODEL), registry, Lexicon.load(options.lexicon))


class _Local:
    def __init__(self, options: "Options"):
        self.args = _extractor_args(options)

    def run(self, chunks: list[list[Article]], done=None) -> list[list[Extraction]]:
        out = []
        for c in chunks:
            out.append(extract_chunk(self.args, c))
            if done is not None:
                done(out[-1])
        return out

    def close(self) -> None:
        pass


class _Pool:
    def __init__(self, options: "Options", workers: int):
        self.args = _extractor_args(options)
        from graphkit.io.guard import die_with_parent

        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)

    def run(self, chunks: list[list[Article]], done=None) -> list[list[Extraction]]:
        futures = [self.pool.submit(extract_chunk, self.args, c) for c in chunks]
        out = []
        for f in futures:
            out.append(f.result())
            if done is not None:
                done(out[-1])
        return out

    def close(self, abort: bool = False) -> None:
        if abort:
            # Interrupted (Ctrl-C, SIGTERM): stop the workers now rather than
            # wait for their chunks to finish.
            for p in list(getattr(self.pool, "_processes", {}).values()):
                p.terminate()
        self.pool.shutdown(wait=not abort, cancel_futures=True)


class _Dask:
    def __init__(self, options: "Options", workers: int):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the install
            from graphkit.errors import GraphkitError

            raise GraphkitError("--engine dask needs Dask: pip install 'graphkit[dask]'") from exc
        self.args = _extractor_args(options)
        self.cluster = None
        if options.scheduler:
            self.client = Client(options.scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=max(workers, 2), threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)

    def run(self, chunks: list[list[Article]], done=None) -> list[list[Extraction]]:
        futures = self.client.map(extract_chunk, [self.args] * len(chunks), chunks, pure=False)
        out = self.client.gather(futures)
        if done is not None:
            for records in out:
                done(records)
        return out

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _make(options: "Options", workers: int):
    if options.engine == "dask":
        return _Dask(options, workers)
    if workers > 1:
        return _Pool(options, workers)
    return _Local(options)


def _progress(options: "Options"):
    """A progress bar on stderr, only on a terminal and without ``--quiet``."""
    if not options.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False, mininterval=0.2, delay=0)


def chunks_of(articles: list[Article], n_chunks: int, max_chars: int | None = None) -> list[list[Article]]:
    """Split ``articles`` into about ``n_chunks`` runs of equal length, none over ``max_chars``.

    ``max_chars`` defaults to :data:`CHUNK_CHARS`; order is kept.

    >>> arts = [Article(str(i), "x" * 10) for i in range(6)]
    >>> [len(c) for c in chunks_of(arts, 2)]
    [3, 3]
    >>> [len(c) for c in chunks_of(arts, 2, max_chars=25)]
    [2, 1, 2, 1]
    """
    max_chars = CHUNK_CHARS if max_chars is None else max_chars
    size = max(1, -(-len(articles) // n_chunks))
    out: list[list[Article]] = []
    for k in range(0, len(articles), size):
        chunk: list[Article] = []
        chars = 0
        for a in articles[k : k + size]:
            if chunk and chars + len(a.text) > max_chars:
                out.append(chunk)
                chunk, chars = [], 0
            chunk.append(a)
            chars += len(a.text)
        out.append(chunk)
    return out


def run_engine(articles: Iterator[Article], options: "Options", stats: "RunStats") -> Iterator[tuple[Article, Extraction]]:
    """Yield ``(article, record)`` for every article, in input order.

    With ``jobs="auto"`` the first window's text decides how many workers
    start (:func:`workers_for`); later windows keep them.
    """
    # The window is sized for the most workers the run may start; how many
    # do start is known only once the first window's text is read.
    workers = usable_cpus() if options.jobs == "auto" else max(int(options.jobs), 1)
    window = options.batch_size * workers * _CHUNKS_PER_WORKER
    cache = ExtractionCache(options.cache_dir, version_key(options)) if options.cache_dir else None
    engine = None
    bar = _progress(options)
    started = time.perf_counter()
    progress_tokens = 0

    def advance(records: list[Extraction]) -> None:
        nonlocal progress_tokens
        if bar is None:
            return
        progress_tokens += sum(r.n_tokens for r in records)
        rate = progress_tokens / max(time.perf_counter() - started, 1e-9)
        bar.set_postfix_str(f"{rate:,.0f} tokens/s", refresh=False)
        bar.update(len(records))

    aborted = True
    try:
        while True:
            batch = list(itertools.islice(articles, window))
            if not batch:
                break
            records: list[Extraction | None] = [cache.get(a) if cache else None for a in batch]
            missing = [i for i, r in enumerate(records) if r is None]
            stats.cached += len(batch) - len(missing)
            advance([r for r in records if r is not None])
            if missing:
                todo = [batch[i] for i in missing]
                if engine is None:
                    workers = workers_for(options.jobs, sum(len(a.text) for a in todo), len(todo))
                    engine = _make(options, workers)
                chunks = chunks_of(todo, workers * _CHUNKS_PER_WORKER)
                done = list(itertools.chain.from_iterable(engine.run(chunks, done=advance)))
                for i, rec in zip(missing, done):
                    records[i] = rec
                    if cache is not None:
                        cache.put(batch[i], rec)
                stats.extracted += len(done)
            for article, rec in zip(batch, records):
                stats.tokens += rec.n_tokens
                yield article, rec
        aborted = False
    finally:
        if bar is not None:
            bar.close()
        if engine is not None:
            if isinstance(engine, _Pool):
                engine.close(abort=aborted)
            else:
                engine.close()
