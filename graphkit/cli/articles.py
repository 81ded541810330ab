"""Commands that read articles: build, extract, actors, quotes, events, evaluate, report."""

from __future__ import annotations

import json
import sys

import click

from graphkit.cli.app import main
from graphkit.cli.common import (
    CONTEXT, QUAD_CHOICES, fail_on_graphkit_error, finish, format_option, input_options, quiet, render, run_options,
)
from graphkit.io.guard import refuse_inputs_as_outputs


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Graph file to write (.graphml, .gexf, .json or .csv).")
@click.option("--window", type=click.Choice(["sentence", "paragraph", "article"]), default="sentence", show_default=True, help="Co-mention window.")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True, help="At 'state', leaders roll up into the state they act for and people outside politics are left out.")
@click.pass_context
@fail_on_graphkit_error
def build(ctx, inputs, output, window, level, **kw):
    """Build the actor graph of INPUTS (files, folders, JSON Lines, - for stdin).

    Writes the graph and, beside it, an evidence file
    (<name>.evidence.jsonl) tracing every mention, stance and quote to its
    article, sentence and offsets.

    \b
    Example:
      graphkit build seeds/ -o outputs/idlib.graphml
      graphkit build examples/news.jsonl -o out/news.gexf --window paragraph --jobs 2
    """
    from graphkit.graph.build import build as run_build

    result = run_build(inputs, output, window=window, level=level, options=run_options(ctx, **kw))
    G = result.graph
    if not quiet(ctx):
        click.echo(f"{output}: {G.number_of_nodes()} actors, {G.number_of_edges()} edges; evidence in {result.evidence_path}", err=True)
    finish(ctx, result.stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False, allow_dash=True), help="JSON Lines file to write (default: standard output).")
@click.pass_context
@fail_on_graphkit_error
def extract(ctx, inputs, output, **kw):
    """Write one extraction record (actors, stances, quotes) per article as JSON Lines.

    \b
    Example:
      graphkit extract seeds/ -o outputs/idlib.extract.jsonl
      echo '{"id": "a1", "text": "Turkey warned Syria."}' | graphkit extract -
    """
    from graphkit.extraction.options import RunStats
    from graphkit.extraction.run import extractions

    refuse_inputs_as_outputs([output], inputs)
    stats = RunStats()
    lines = (json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in extractions(inputs, run_options(ctx, **kw), stats=stats))
    if output in (None, "-"):
        for line in lines:
            sys.stdout.write(line)
    else:
        from graphkit.io.atomic import atomic_open

        with atomic_open(output) as fh:
            fh.writelines(lines)
    finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.pass_context
@fail_on_graphkit_error
def actors(ctx, inputs, fmt, **kw):
    """List the actors of INPUTS: type, country, mentions, articles, aliases seen.

    \b
    Example:
      graphkit actors seeds/ --format csv
    """
    from graphkit.extraction.summaries import actor_rows

    _list_records(ctx, inputs, fmt, actor_rows, kw)


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.pass_context
@fail_on_graphkit_error
def quotes(ctx, inputs, fmt, **kw):
    """List who said what, about whom: speaker, direct or reported, targets, text.

    \b
    Example:
      graphkit quotes seeds/004_24b1d2f398d6a64a.txt
    """
    from graphkit.extraction.summaries import quote_rows

    _list_records(ctx, inputs, fmt, quote_rows, kw)


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.option("--actor", "actors", multiple=True, help="Keep the events of this actor (repeatable)  [default: all]")
@click.option("--quad", "quads", multiple=True, type=click.Choice(QUAD_CHOICES),
              help="Keep this quad class or family, e.g. material_conflict or conflict (repeatable)  [default: all]")
@click.pass_context
@fail_on_graphkit_error
def events(ctx, inputs, fmt, actors, quads, **kw):
    """List one-sided events: what an actor did to places and people that are no actors.

    Each row: article, source actor, quad class, CAMEO code, cue word, what
    was acted on, and the sentence. Stances between actors are the graph's
    edges (graphkit extract); these are counted on the source's node.

    \b
    Example:
      graphkit events seeds/ --actor Russia --quad material_conflict
    """
    from graphkit.extraction.summaries import event_rows

    _list_records(ctx, inputs, fmt, lambda recs: event_rows(recs, actors, quads), kw)


def _list_records(ctx, inputs, fmt, to_rows, kw) -> None:
    """Extract ``inputs`` and print ``to_rows(records)`` as a table."""
    from graphkit.extraction.options import RunStats
    from graphkit.extraction.run import extractions

    stats = RunStats()
    click.echo(render(to_rows(extractions(inputs, run_options(ctx, **kw), stats=stats)), fmt), nl=False)
    finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format.")
@click.pass_context
@fail_on_graphkit_error
def evaluate(ctx, inputs, gold, fmt, **kw):
    """Score extraction on INPUTS against gold annotations.

    Actors, stances and quotes: precision, recall and F1, with type, quad and
    speaker accuracy on what matched.

    \b
    Example:
      graphkit evaluate --gold tests/data/gold seeds/
    """
    from graphkit.evaluate import load_gold, score
    from graphkit.extraction.options import RunStats
    from graphkit.extraction.run import extractions

    stats = RunStats()
    gold_records = load_gold(gold)
    scores = score((r.to_dict() for r in extractions(inputs, run_options(ctx, **kw), stats=stats)), gold_records)
    if fmt == "json":
        click.echo(json.dumps(scores.to_dict(), indent=2, sort_keys=True))
    else:
        header, *rows = scores.to_rows()
        click.echo(render([dict(zip(header, r)) for r in rows], "table"), nl=False)
    finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="Folder to write the report into.")
@click.option("--window", type=click.Choice(["sentence", "paragraph", "article"]), default="sentence", show_default=True, help="Co-mention window (as build --window).")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True, help="At 'state', leaders roll up into the state they act for (as build --level).")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Actors per ranking.")
@click.pass_context
@fail_on_graphkit_error
def report(ctx, inputs, output, window, level, top, **kw):
    """Run the whole flow and write one folder: the graph in every format,
    every plot, the explorable graph.html, and index.md (and the same as
    index.html) summarising articles, actors, rankings, factions, quotes, events,
    unbalanced triads and the strongest stances with their evidence.

    \b
    Example:
      graphkit report seeds/ -o outputs/report/
    """
    from graphkit.viz.report import write_report

    result = write_report(inputs, output, window=window, level=level, top=top, options=run_options(ctx, **kw))
    if not quiet(ctx):
        click.echo(f"{output}: report on {result.stats.read} articles", err=True)
    finish(ctx, result.stats)

