"""Stream extraction records from inputs: :func:`extractions`.

Articles are read by :class:`graphkit.io.readers.ArticleReader` and extracted
through the cache by an engine (this process, ``--jobs N`` processes, or a
Dask cluster; :mod:`graphkit.extraction.engines`), always in input order.
Problems (unreadable inputs, articles with no actors) are counted in
:class:`~graphkit.extraction.options.RunStats` and the run goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graphkit.errors import InputError
from graphkit.extraction.options import Options, RunStats
from graphkit.io.readers import ArticleReader
from graphkit.records import Extraction


def _stderr_problem(err: InputError) -> None:
    print(f"graphkit: {err}", file=sys.stderr)


def extractions(
    inputs: Iterable[str | Path],
    options: Options | None = None,
    on_problem: Callable[[InputError], None] | None = _stderr_problem,
    stats: RunStats | None = None,
    stdin=None,
) -> Iterator[Extraction]:
    """Stream one extraction record per readable article with actors.

    Problems (unreadable inputs, articles with no actors) go to
    ``on_problem`` and are counted in ``stats``; everything else goes on.
    """
    options = options or Options()
    stats = stats if stats is not None else RunStats()

    def report(err: InputError) -> None:
        stats.problems.append(err)
        if on_problem is not None:
            on_problem(err)

    reader = ArticleReader(list(inputs), stdin=stdin, on_problem=report, date_from_text=options.date_from_text, max_bytes=options.max_bytes)
    from graphkit.extraction.engines import run_engine

    for article, record in run_engine(iter(reader), options, stats):
        for q in record.quotes:
            if q.cue.endswith("(unclosed)"):
                # Kept (it runs to the end of its paragraph), but worth a look.
                report(InputError(article.origin or article.id, f"quote at offset {q.start} has no closing mark"))
        if not record.actors:
            stats.skipped += 1
            report(InputError(article.origin or article.id, "no actors found"))
            continue
        yield record
    stats.read = reader.stats.read
    stats.undated = reader.stats.undated
    stats.skipped += reader.stats.skipped
