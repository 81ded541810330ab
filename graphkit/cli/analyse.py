"""Commands that analyse a graph file: centrality, communities, factions, balance, ego, diff."""

from __future__ import annotations

import click

from graphkit.cli.app import main
from graphkit.cli.common import (
    CONTEXT, GRAPH, Defined, GraphFile, backend_option, fail_on_graphkit_error, filter_options, format_option,
    level_option, load_graph, need_stances, network_for, seed_option, show,
)

_MEASURES = ("degree", "strength", "in_strength", "out_strength", "betweenness", "closeness", "eigenvector", "pagerank", "hub", "authority")


@main.command(cls=Defined, context_settings=CONTEXT, definitions=_MEASURES)
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
@fail_on_graphkit_error
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

    network = network_alias or network_for(filters["kinds"], "all")
    table = compute(
        load_graph(graph, **filters), network=network, approximate=approximate,
        k=samples or samples_alias, seed=seed, backend=backend,
    )
    table = table.top(top, sort=sort_by) if top else table.sort(sort_by)
    show(table, fmt)


@main.command(cls=Defined, context_settings=CONTEXT, definitions=("modularity",))
@GRAPH
@format_option
@click.option("--method", type=click.Choice(["louvain", "greedy"]), default="louvain", show_default=True, help="Louvain (seeded, fast) or greedy modularity (no randomness, slower).")
@click.option("--resolution", type=float, default=1.0, show_default=True, help="Above 1 gives more, smaller communities.")
@backend_option
@seed_option
@filter_options
@fail_on_graphkit_error
def communities(graph, fmt, method, resolution, backend, seed, **filters):
    """Communities of actors named together (co-mention edges by default;
    --kind stance groups actors that take stances toward each other, whatever
    their sign).

    \b
    Example:
      graphkit communities outputs/idlib.graphml
    """
    from graphkit.analysis import communities as compute

    network = network_for(filters["kinds"], "co-mention")
    show(compute(load_graph(graph, **filters), method=method, network=network, resolution=resolution, seed=seed, backend=backend), fmt)


@main.command(cls=Defined, context_settings=CONTEXT, definitions=("net stance", "frustration", "affiliation tie"))
@GRAPH
@format_option
@click.option("--groups", type=click.IntRange(2), default=2, show_default=True, help="Most factions to split the actors into.")
@click.option("-k", "groups_alias", type=click.IntRange(2), default=None, hidden=True)
@click.option("--weighted", is_flag=True, default=False, show_default=True, help="Count frustration by net stance records  [default: by pair]")
@level_option
@seed_option
@filter_options
@fail_on_graphkit_error
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

    G = need_stances(graph, load_graph(graph, level=level, **filters), "factions", filters)
    result = compute(G, k=groups_alias or groups, weighted=weighted, seed=seed)
    if fmt == "table":
        how = "net records" if result.weighted else "pairs"
        click.echo(f"frustration {result.frustration:g} ({how} that break the split); level {level}")
    show(result, fmt)


@main.command(cls=Defined, context_settings=CONTEXT, definitions=("net stance", "balanced triad", "balance share", "affiliation tie"))
@GRAPH
@format_option
@click.option("--limit", type=click.IntRange(1), default=None, help="List at most N unbalanced triads  [default: all]")
@level_option
@filter_options
@fail_on_graphkit_error
def balance(graph, fmt, limit, level, **filters):
    """Structural balance: the share of balanced signed triads, and the
    unbalanced ones in words.

    \b
    Example:
      graphkit balance outputs/idlib.graphml
      graphkit balance outputs/idlib.graphml --level state
    """
    from graphkit.analysis import balance as compute

    result = compute(need_stances(graph, load_graph(graph, level=level, **filters), "balance", filters), limit=limit)
    if fmt == "table":
        share = "n/a" if result.share is None else f"{result.share:.2f}"
        click.echo(f"{result.balanced} of {result.triads} signed triads balanced (share {share}); level {level}")
    show(result, fmt)


@main.command(cls=Defined, context_settings=CONTEXT, definitions=("net stance",))
@GRAPH
@click.argument("actor")
@click.option("--radius", type=click.IntRange(1), default=1, show_default=True, help="Hops of the neighbourhood kept in JSON output (allies and opponents are always direct).")
@format_option
@filter_options
@fail_on_graphkit_error
def ego(graph, actor, radius, fmt, **filters):
    """An actor's neighbourhood: allies and opponents ranked by net stance,
    and the actors most often named with it. ACTOR is a name or an alias,
    any case.

    \b
    Example:
      graphkit ego outputs/idlib.graphml Turkey --radius 1
    """
    from graphkit.analysis import ego as compute

    show(compute(load_graph(graph, **filters), actor, radius=radius), fmt)


@main.command(context_settings=CONTEXT)
@click.argument("graph_a", type=GraphFile())
@click.argument("graph_b", type=GraphFile())
@format_option
@filter_options
@fail_on_graphkit_error
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

    show(diff_graphs(load_graph(graph_a, **filters), load_graph(graph_b, **filters)), fmt)

