"""Hostile settings and graph files: YAML actors and lexicons, GEXF viz attributes (issue 10).

Every case is met at the command line: one line naming file and line, a
non-zero exit, no traceback, and no time or memory spent on what a file
merely claims to hold.
"""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from graphkit.cli import main


@pytest.fixture
def news(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text(json.dumps({"id": "a1", "text": "Kenya and Uganda met in Nairobi.", "date": "2011-07-19"}) + "\n",
                 encoding="utf-8")
    return p


def _one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output[:2000]
    return lines[0]


def _run(args):
    # `actors` reads the settings before any article: these tests need no model.
    start = time.monotonic()
    result = CliRunner().invoke(main, ["--quiet", *args])
    return result, time.monotonic() - start


def _bomb(levels: int = 9, width: int = 9) -> str:
    """A billion-laughs document: ``width ** levels`` values in a few hundred bytes."""
    out = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        out.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "\n".join(out) + "\n"


# -- alias bombs ---------------------------------------------------------------


def test_alias_bomb_in_a_lexicon_is_refused_fast(tmp_path, news):
    lex = tmp_path / "lex.yaml"
    lex.write_text(_bomb(), encoding="utf-8")
    result, took = _run(["actors", str(news), "--lexicon", str(lex)])
    line = _one_line_error(result)
    assert "lex.yaml:" in line and "aliases expand to more than" in line
    assert took < 30 and len(result.output) < 300


@pytest.mark.parametrize("key", ["type", "aliases", "country", "name"])
def test_alias_bomb_in_actors_is_refused_fast(tmp_path, news, key):
    anchors = "{" + ", ".join(_bomb().strip().splitlines()) + "}"  # the same anchors as one flow mapping
    actors = tmp_path / "actors.yaml"
    actors.write_text(f"- name: Wakanda\n  type: state\n  notes: {anchors}\n- name: Genovia\n  {key}: *a8\n",
                      encoding="utf-8")
    result, took = _run(["actors", str(news), "--actors", str(actors)])
    line = _one_line_error(result)
    assert "actors.yaml:" in line and "aliases expand to more than" in line
    assert took < 30 and len(result.output) < 300


def test_self_referring_alias_is_refused(tmp_path, news):
    actors = tmp_path / "actors.yaml"
    actors.write_text("- &e\n  name: Wakanda\n  type: state\n  aliases: [*e]\n", encoding="utf-8")
    line = _one_line_error(_run(["actors", str(news), "--actors", str(actors)])[0])
    assert "actors.yaml:1" in line and "refers to itself" in line


@pytest.mark.parametrize("key, value", [("type", "x" * 100_000), ("country", ["ABC"] * 100_000),
                                        ("aliases", [["nested"] * 1000] * 100)])
def test_a_huge_value_is_quoted_short_in_the_error(tmp_path, news, key, value):
    actors = tmp_path / "actors.yaml"
    actors.write_text(json.dumps([{"name": "Wakanda", "type": "state", key: value}]), encoding="utf-8")
    line = _one_line_error(_run(["actors", str(news), "--actors", str(actors)])[0])
    assert "actors.yaml:1" in line and len(line) < 300


# -- dates --------------------------------------------------------------------


@pytest.mark.parametrize("start", ["2000-13-45", "2000-02-30", "1999-00-10"])
def test_an_impossible_date_in_actor_roles_names_its_line(tmp_path, news, start):
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        f"- name: Amina Mohammed Bello\n  type: leader\n  roles:\n    - code: NGAGOV\n      start: {start}\n",
        encoding="utf-8")
    line = _one_line_error(_run(["actors", str(news), "--actors", str(actors)])[0])
    assert "actors.yaml:4" in line and start in line and "YYYY-MM-DD" in line


def test_real_dates_in_actor_roles_still_load(tmp_path, news):
    actors = tmp_path / "actors.yaml"
    actors.write_text("- name: Amina Mohammed Bello\n  type: leader\n  country: NGA\n  roles:\n"
                      "    - code: NGAGOV\n      start: 2000-02-29\n      end: '2004-12-31'\n", encoding="utf-8")
    result, _ = _run(["actors", str(news), "--actors", str(actors)])
    assert result.exit_code == 0, result.output


def test_a_date_in_a_lexicon_is_a_word_not_a_traceback(tmp_path, news):
    lex = tmp_path / "lex.yaml"
    lex.write_text("role_words:\n  - 2000-02-30\n", encoding="utf-8")
    result, _ = _run(["actors", str(news), "--lexicon", str(lex)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output


# -- lexicon errors name the line ------------------------------------------------------


@pytest.mark.parametrize("text, line_no, says", [
    ("verbs:\n  material_conflict:\n    - shell\n  bad_quad:\n    - raze\n", 4, "unknown quad class 'bad_quad'"),
    ("role_words:\n  - envoy\n  - 12\n", 3, "12 in 'role_words' is not a word"),
    ("verbs:\n  material_conflict: shell\n", 2, "must be a list of lemmas"),
    ("verbs:\n  material_conflict:\n    - shell\n    - {raze: 1}\n", 4, "is not a word"),
    ("role_words: [envoy]\nrol_words: [attache]\n", 2, "unknown section 'rol_words'"),
    ("verbs: [bomb]\n", 1, "section 'verbs' must map quad classes"),
    ("role_words: [envoy\n", 2, "YAML syntax error"),
    ("remove:\n  verbs: [bomb]\n", 1, "'remove' must be a list of words to drop, not a mapping"),
    ("remove: bomb\n", 1, "'remove' must be a list of words to drop, not a single word"),
    ("remove:\n  - bomb\n  - [shell]\n", 3, "in 'remove' is not a word"),
    ("- bomb\n", 1, "must be a mapping of section names"),
])
def test_lexicon_errors_name_file_and_line(tmp_path, news, text, line_no, says):
    lex = tmp_path / "lex.yaml"
    lex.write_text(text, encoding="utf-8")
    line = _one_line_error(_run(["actors", str(news), "--lexicon", str(lex)])[0])
    assert f"lex.yaml:{line_no}:" in line and says in line


def test_lexicon_remove_of_the_right_shape_drops_the_cue(tmp_path):
    from graphkit.extraction.lexicon import Lexicon

    lex = tmp_path / "lex.yaml"
    lex.write_text("remove: [bomb, Shell]\n", encoding="utf-8")
    assert Lexicon.load().verb_quad("bomb") == "material_conflict"
    loaded = Lexicon.load(lex)
    assert loaded.verb_quad("bomb") is None and loaded.verb_quad("shell") is None
    assert loaded.verb_quad("invade") == "material_conflict"


# -- GEXF viz attributes ----------------------------------------------------------------

_GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="mentions" type="integer">{default}</attribute></attributes>
<nodes>
<node id="Chad" label="Chad"><viz:color r="{r}" g="10" b="20"/><viz:size value="{size}"/>
<viz:position x="{x}" y="1.5" z="0.0"/></node>
<node id="Niger" label="Niger"><attvalues><attvalue for="0" value="{mentions}"/></attvalues></node>
</nodes>
<edges><edge id="0" source="Chad" target="Niger" kind="stance" weight="{weight}"/></edges>
</graph></gexf>
"""
_GOOD = {"r": "200", "size": "12.5", "x": "-40.25", "weight": "3", "mentions": "4", "default": ""}


@pytest.mark.parametrize("field, value, says", [
    ("r", "red", "node 'Chad': viz:color r='red' is not a whole number 0-255"),
    ("r", "300", "node 'Chad': viz:color r='300' is not a whole number 0-255"),
    ("r", "-1", "viz:color r='-1'"),
    ("size", "big", "node 'Chad': viz:size value='big' is not a finite number >= 0"),
    ("size", "nan", "viz:size value='nan'"),
    ("x", "left", "node 'Chad': viz:position x='left' is not a finite number"),
    ("x", "inf", "viz:position x='inf'"),
    ("weight", "heavy", "edge 'Chad' -> 'Niger': edge weight='heavy' is not a finite number >= 0"),
    ("mentions", "many", "node 'Niger': attribute 'mentions' value 'many' is not integer"),
    ("default", "<default>lots</default>", "attribute 'mentions' default 'lots' is not integer"),
])
@pytest.mark.parametrize("command", ["centrality", "plot"])
def test_gexf_viz_attributes_that_are_no_numbers_are_one_line(tmp_path, field, value, says, command):
    p = tmp_path / "g.gexf"
    p.write_text(_GEXF.format(**dict(_GOOD, **{field: value})), encoding="utf-8")
    args = [command, str(p)] + (["-o", str(tmp_path / "g.png")] if command == "plot" else [])
    line = _one_line_error(CliRunner().invoke(main, args))
    assert "g.gexf" in line and says in line


def test_gexf_with_good_viz_attributes_reads(tmp_path):
    from graphkit.io.gexf import read_gexf

    p = tmp_path / "g.gexf"
    p.write_text(_GEXF.format(**_GOOD), encoding="utf-8")
    G = read_gexf(p)
    assert (G.nodes["Chad"]["r"], G.nodes["Chad"]["size"], G.nodes["Chad"]["x"]) == (200, 12.5, -40.25)
    assert G.nodes["Niger"]["mentions"] == 4 and G.edges["Chad", "Niger", "stance"]["weight"] == 3.0
