"""The command line, through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit import __version__
from graphkit.cli import main
from conftest import GOLD, SEEDS

SEED_004 = str(SEEDS / "004_24b1d2f398d6a64a.txt")


@pytest.fixture
def runner():
    return CliRunner()


def test_version_and_help(runner):
    assert runner.invoke(main, ["--version"]).output.strip().endswith(__version__)
    result = runner.invoke(main, ["-h"])
    assert result.exit_code == 0 and "build" in result.output


@pytest.mark.parametrize("command", ["build", "extract", "actors", "quotes", "evaluate"])
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(main, [command, "-h"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"graphkit {command}" in result.output


def test_missing_model_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["build", SEED_004, "-o", str(tmp_path / "g.graphml"), "--model", "no_such_model_xx"])
    assert result.exit_code != 0
    assert "no_such_model_xx" in result.output and "install" in result.output
    assert not (tmp_path / "g.graphml").exists()


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5", ""])
def test_jobs_takes_auto_or_a_whole_number(runner, tmp_path, value):
    result = runner.invoke(main, ["actors", SEED_004, "--jobs", value])
    assert result.exit_code == 2
    assert "--jobs" in result.output and "neither 'auto' nor a whole number" in result.output


@pytest.mark.model
@pytest.mark.parametrize("value", ["auto", "AUTO", "1"])
def test_jobs_auto_on_a_short_input_runs_here(runner, value):
    # One short article never pays for a worker process: the same listing as --jobs 1.
    one = runner.invoke(main, ["actors", SEED_004, "--jobs", "1", "--format", "csv"])
    result = runner.invoke(main, ["actors", SEED_004, "--jobs", value, "--format", "csv"])
    assert result.exit_code == 0 and result.output == one.output


def test_malformed_actor_file_names_file_and_line(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: X, type: state}\n- {name: Y, type: planet}\n", encoding="utf-8")
    result = runner.invoke(main, ["actors", SEED_004, "--actors", str(bad)])
    assert result.exit_code != 0
    assert "bad.yaml:2" in result.output


@pytest.mark.model
def test_build_reports_skipped_inputs_and_exits_non_zero(runner, tmp_path):
    out = tmp_path / "g.graphml"
    result = runner.invoke(main, ["--quiet", "build", SEED_004, str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "missing.txt" in result.output
    assert "1 article read, 1 skipped" in result.output
    assert out.exists()


@pytest.mark.model
def test_extract_writes_the_record_format(runner, tmp_path):
    out = tmp_path / "x.jsonl"
    result = runner.invoke(main, ["--quiet", "extract", SEED_004, "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["article"] == "004_24b1d2f398d6a64a.txt"
    for key in ("actors", "stances", "quotes"):
        assert isinstance(record[key], list) and record[key]
    actor = record["actors"][0]
    assert {"name", "type", "aliases", "affiliation", "country", "mentions"} <= set(actor)
    stance = record["stances"][0]
    assert {"source", "target", "quad", "polarity", "sentence", "start", "end", "cue", "via"} <= set(stance)


@pytest.mark.model
def test_extract_reads_standard_input(runner):
    result = runner.invoke(main, ["--quiet", "extract", "-"], input='{"id": "a1", "text": "Turkey warned Syria on Monday."}\n')
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["article"] == "a1"
    assert [(s["source"], s["target"], s["quad"]) for s in record["stances"]] == [("Turkey", "Syria", "verbal_conflict")]


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_actors_and_quotes_formats(runner, fmt):
    for command in ("actors", "quotes"):
        result = runner.invoke(main, ["--quiet", command, SEED_004, "--format", fmt])
        assert result.exit_code == 0, result.output
        if fmt == "json":
            rows = json.loads(result.output)
            assert rows and isinstance(rows[0], dict)
        else:
            assert "Zarif" in result.output


@pytest.mark.model
def test_evaluate_json(runner):
    result = runner.invoke(main, ["--quiet", "evaluate", "--gold", str(GOLD), str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert 0 <= scores["actors"]["f1"] <= 1


# -- analysis, export, plot and report commands ------------------------------------


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    from graphkit.graph.build import build

    out = tmp_path_factory.mktemp("g") / "idlib.graphml"
    build([SEEDS], out, on_problem=None)
    return str(out)


@pytest.mark.parametrize("command", ["centrality", "communities", "factions", "balance", "ego", "diff", "export", "plot", "report", "view"])
def test_analysis_commands_have_help_with_an_example(runner, command):
    result = runner.invoke(main, [command, "-h"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"graphkit {command}" in result.output


@pytest.mark.model
def test_centrality_table_csv_json_top_and_sort(runner, seed_graph):
    result = runner.invoke(main, ["centrality", seed_graph, "--top", "3", "--sort", "betweenness", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert len(rows) == 3
    assert [r["betweenness"] for r in rows] == sorted((r["betweenness"] for r in rows), reverse=True)
    csv_out = runner.invoke(main, ["centrality", seed_graph, "--format", "csv", "--kind", "stance"])
    assert csv_out.exit_code == 0 and csv_out.output.startswith("name,type,")
    bad = runner.invoke(main, ["centrality", seed_graph, "--sort", "fame"])
    assert bad.exit_code != 0 and "fame" in bad.output


@pytest.mark.model
@pytest.mark.parametrize("command", [["communities"], ["factions"], ["balance"], ["ego", "Turkey"]])
def test_camps_balance_and_ego_run_on_the_seeds(runner, seed_graph, command):
    result = runner.invoke(main, [command[0], seed_graph, *command[1:], "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)


@pytest.mark.model
def test_ego_unknown_actor_suggests_names(runner, seed_graph):
    result = runner.invoke(main, ["ego", seed_graph, "Turky"])
    assert result.exit_code != 0 and "Turkey" in result.output


@pytest.mark.model
def test_diff_of_a_graph_with_itself_is_empty(runner, seed_graph):
    result = runner.invoke(main, ["diff", seed_graph, seed_graph, "--format", "json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert not any(d[k] for k in d if isinstance(d[k], list))


@pytest.mark.model
@pytest.mark.parametrize("ext", ["gexf", "json", "csv", "graphml"])
def test_export_round_trips(runner, seed_graph, tmp_path, ext):
    from graphkit.io.graphfile import read_graph

    out = tmp_path / f"g.{ext}"
    result = runner.invoke(main, ["export", seed_graph, "-o", str(out)])
    assert result.exit_code == 0, result.output
    G, H = read_graph(seed_graph), read_graph(out)
    assert set(G.nodes) == set(H.nodes)
    assert set(G.edges(keys=True)) == set(H.edges(keys=True))


def test_graph_commands_read_a_csv_pair_by_the_name_export_wrote(runner, tmp_path):
    import networkx as nx

    from graphkit.io.graphfile import write_graph

    G = nx.MultiDiGraph()
    G.add_node("Chad", type="state")
    G.add_node("Libya", type="state")
    G.add_edge("Chad", "Libya", key="co-mention", kind="co-mention", weight=2.0)
    write_graph(G, tmp_path / "g.csv")
    assert not (tmp_path / "g.csv").exists()  # the pair is g.nodes.csv and g.edges.csv
    for args in (["centrality", "g.csv", "--format", "csv"], ["diff", "g.csv", "g.csv"]):
        result = runner.invoke(main, [args[0], *(str(tmp_path / a) if a == "g.csv" else a for a in args[1:])])
        assert result.exit_code == 0, result.output
    assert "Chad" in runner.invoke(main, ["centrality", str(tmp_path / "g.csv")]).output
    missing = runner.invoke(main, ["centrality", str(tmp_path / "h.csv")])
    assert missing.exit_code != 0 and "does not exist" in missing.output


@pytest.mark.model
@pytest.mark.parametrize("view", ["network", "centrality", "matrix", "factions"])
def test_plot_views(runner, seed_graph, tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = runner.invoke(main, ["plot", seed_graph, "-o", str(out), "--view", view])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.model
def test_plot_timeline_needs_dated_evidence(runner, seed_graph, tmp_path):
    out = tmp_path / "t.svg"
    result = runner.invoke(main, ["plot", seed_graph, "-o", str(out), "--view", "timeline"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.model
def test_report_writes_one_complete_folder(runner, tmp_path):
    out = tmp_path / "report"
    result = runner.invoke(main, ["--quiet", "report", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert {"index.md", "index.html", "graph.graphml", "graph.gexf", "graph.json", "graph.nodes.csv", "graph.edges.csv", "network.png", "matrix.png", "graph.html"} <= names
    index = (out / "index.md").read_text(encoding="utf-8")
    for heading in ("Most central actors", "Factions", "Structural balance", "Strongest stances"):
        assert heading in index
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]
    assert '<a href="index.html">' in (out / "graph.html").read_text(encoding="utf-8")
    assert 'href="graph.html"' in (out / "index.html").read_text(encoding="utf-8")


def _options_of(cmd):
    import click

    return [p for p in cmd.params if isinstance(p, click.Option) and not p.hidden and p.name != "help"]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_option_has_help_and_shows_its_default(command):
    """Each visible option says what it does and, unless required or a flag, its default."""
    cmd = main.commands[command]
    for p in _options_of(cmd):
        assert p.help and len(p.help) > 8, f"{command} {p.opts[-1]}: no help text"
        if p.required or p.is_flag or p.count:
            continue
        shown = p.show_default or "default" in p.help.lower()
        assert shown, f"{command} {p.opts[-1]}: the help does not show the default"


def test_one_option_name_for_one_idea():
    """A flag means one thing everywhere, and one thing has one flag."""
    flag_to_name, name_to_flag = {}, {}
    for command, cmd in sorted(main.commands.items()):
        for p in _options_of(cmd):
            flag = max(p.opts, key=len)
            assert flag_to_name.setdefault(flag, p.name) == p.name, f"{command} {flag}"
            assert name_to_flag.setdefault(p.name, flag) == flag, f"{command} {p.name}"
    # sampled sources and the number of factions are two ideas, two names
    assert flag_to_name["--samples"] != flag_to_name["--groups"]
    assert "--network" not in flag_to_name  # the edge kind is --kind everywhere
    assert flag_to_name["--kind"] == "kinds"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_help_prints_every_default(runner, command):
    out = runner.invoke(main, [command, "-h"]).output
    assert "default" in out.lower() or not [
        p for p in _options_of(main.commands[command]) if not (p.required or p.is_flag)
    ]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_quiet_is_taken_before_or_after_the_command_name(command):
    cmd = main.commands[command]
    assert any("--quiet" in p.opts for p in cmd.params), f"{command} does not take --quiet"


def test_quiet_after_the_command_silences_it(runner, tmp_path):
    import networkx as nx

    from graphkit.io import write_graph

    G = nx.MultiDiGraph()
    G.add_node("Chad", type="state")
    G.add_node("Libya", type="state")
    G.add_edge("Chad", "Libya", key="stance", kind="stance", weight=1.0, score=-1.0, sign=-1)
    write_graph(G, tmp_path / "g.graphml")
    loud = runner.invoke(main, ["plot", str(tmp_path / "g.graphml"), "-o", str(tmp_path / "new" / "g.png")])
    assert loud.exit_code == 0, loud.output
    assert "g.png" in loud.output and (tmp_path / "new" / "g.png").is_file()
    for argv in (["--quiet", "plot"], ["plot", "--quiet"]):
        out = runner.invoke(main, argv + [str(tmp_path / "g.graphml"), "-o", str(tmp_path / "q.png")])
        assert out.exit_code == 0 and out.output == "", out.output
