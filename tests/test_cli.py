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
