"""CAMEO coding and one-sided events with the model: the seeds and the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from conftest import SEEDS

pytestmark = pytest.mark.model


def test_events_command_lists_the_russian_bombings_of_the_seeds():
    result = CliRunner().invoke(main, ["--quiet", "events", str(SEEDS), "--actor", "Russia", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(r["source"] == "Russia" for r in rows)
    assert any(r["quad"] == "material_conflict" and "Idlib" in r["target"] for r in rows)
    assert any("civilians" in r["target"] for r in rows)


def test_seed_stances_carry_cameo_codes(seed_records):
    verbs = [s for r in seed_records for s in r.stances if s.via == "verb"]
    assert verbs and sum(1 for s in verbs if s.cameo) >= len(verbs) // 2
    assert all(s.cameo[:2] not in ("01", "00") for s in verbs if s.cameo)
