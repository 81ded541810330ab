"""Fuzz the readers: random bytes, JSON Lines and graph files give articles or one-line problems, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError
from graphkit.io.readers import ArticleReader

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(name: str, data: bytes) -> tuple[list, list[str]]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        problems: list[str] = []
        arts = list(ArticleReader([p], on_problem=lambda e: problems.append(str(e)), max_bytes=5000))
    return arts, problems


def _one_liners(problems):
    assert all("\n" not in p and len(p) < 400 for p in problems), problems


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.jsonl"]))
def test_random_bytes(data, name):
    arts, problems = _read(name, data)
    _one_liners(problems)
    for a in arts:
        a.text.encode("utf-8")  # no lone surrogate gets through


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values | st.text(max_size=8), "text": json_values | st.text(max_size=60), "date": json_values | st.text(max_size=12)}
)


@FUZZ
@given(st.lists(records | json_values, max_size=5))
def test_random_json_lines(lines):
    data = "".join(json.dumps(r) + "\n" for r in lines).encode("utf-8")
    arts, problems = _read("a.jsonl", data)
    _one_liners(problems)
    assert len(arts) + len(problems) >= sum(1 for r in lines if r is not None) or arts or problems


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["g.graphml", "g.gexf", "g.json"]))
def test_random_graph_files_give_one_line_errors(data, name):
    from graphkit.io.graphfile import read_graph

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        try:
            read_graph(p)
        except GraphkitError as e:
            assert "\n" not in str(e)
