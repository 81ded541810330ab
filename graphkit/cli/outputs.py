"""Commands that write a graph file for others: export, plot, view."""

from __future__ import annotations

import click

from graphkit.cli.app import main
from graphkit.cli.common import (
    CONTEXT, GRAPH, evidence_for, fail_on_graphkit_error, filter_options, filters_note, load_graph,
    parse_pair, quiet, wrote,
)
from graphkit.io.guard import refuse_inputs_as_outputs


def outputs_first(output, graph, check) -> None:
    """Refuse a bad output (its format, or the graph or its evidence) before the graph is read.

    A bad output path costs no reading, and an input is never written over.
    """
    check(output)
    refuse_inputs_as_outputs([output], [graph, evidence_for(graph)])


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write; the format follows its extension (missing folders are created).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "graphology", "csv"]), default=None, help="Format, when the extension does not say ('graphology' writes graphology's JSON).  [default: from the extension]")
@filter_options
@click.pass_context
@fail_on_graphkit_error
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

    outputs_first(output, graph, lambda o: graph_format(o, fmt))
    G = load_graph(graph, **filters)
    with output_folder(output):
        written = write(G, output, format=fmt, positions=layout(G))
    wrote(ctx, written, f"{G.number_of_nodes()} actors, {G.number_of_edges()} edges")


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Image to write (.png, .svg or .pdf; missing folders are created).")
@click.option("--view", type=click.Choice(["network", "centrality", "matrix", "factions", "timeline"]), default="network", show_default=True, help="What to draw.")
@click.option("--top", type=click.IntRange(1), default=None, help="Draw the N most central actors (network and factions), the N with most stance records (matrix), N bars per panel (centrality)  [default: 40 actors, 30 in the matrix, 15 bars]")
@click.option("--pair", "pairs", multiple=True, metavar="SOURCE>TARGET", help="Actor pair for --view timeline (repeatable)  [default: the 6 pairs with most records]")
@click.option("--title", default=None, help="Figure title  [default: the view's name, e.g. 'Actor network']")
@filter_options
@click.pass_context
@fail_on_graphkit_error
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
    from graphkit.viz.figures import plot as draw

    outputs_first(output, graph, _format)
    G = load_graph(graph, **filters)
    with output_folder(output):
        plotted = draw(
            G, output, view=view, top=top, pairs=[parse_pair(p) for p in pairs],
            title=title, evidence=evidence_for(graph), note=filters_note(**filters),
            since=filters["since"], until=filters["until"],
        )
    wrote(ctx, [output], plotted.what)


@main.command(context_settings=CONTEXT)
@GRAPH
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML page to write.")
@click.option("--evidence", default=None, type=click.Path(exists=True, dir_okay=False), help="Evidence file (default: <graph>.evidence.jsonl beside the graph, when present).")
@click.option("--cap", type=click.IntRange(0), default=5, show_default=True, help="Evidence sentences kept per edge (and quotes per actor); the rest are counted.")
@click.option("--title", default=None, help="Page title (default: the graph's file name).")
@click.pass_context
@fail_on_graphkit_error
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
    if not quiet(ctx):
        click.echo(f"{output}: {result.nodes} actors, {result.edges} edges, {result.size / 1024:.0f} KiB", err=True)

