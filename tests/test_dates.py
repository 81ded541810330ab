"""Article dates: what the top of a text says, JSON Lines dates, --date-from-text."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from graphkit.io.dates import date_from_text
from graphkit.io.readers import ArticleReader


@pytest.mark.parametrize("text,date", [
    ("date 2018-09-19\nTurkish President Recep Tayyip Erdogan said ...", "2018-09-19"),
    (" date 2018-09-19 Turkish President Recep Tayyip Erdogan's diplomacy ...", "2018-09-19"),
    ("Published: 19 September 2018\n\nThe United States and Turkey ...", "2018-09-19"),
    ("By Ahval\n\nSeptember 19, 2018\n\nThe United States and Turkey ...", "2018-09-19"),
    ("ANKARA, Sept. 19, 2018 (Reuters) — Turkey warned Syria ...", "2018-09-19"),
    ("Sept. 19, 2018 (Reuters) — Turkey warned Syria ...", "2018-09-19"),
    ("BOGOTA, Colombia, Nov. 24, 2016 (AP) -- Colombia's government and the FARC signed ...", "2016-11-24"),
    ("ASMARA, Eritrea, June 3, 1998 — Eritrean troops shelled the Ethiopian town ...", "1998-06-03"),
    ("Kashmir clashes\nDated: 26 February 2019\nIndian jets struck Balakot ...", "2019-02-26"),
    ("Updated 4 April 1994\nKIGALI — The Rwandan government ...", "1994-04-04"),
])
def test_dates_at_the_top_of_an_article(text, date):
    assert date_from_text(text) == date


@pytest.mark.parametrize("text", [
    "Turkey warned Syria on Sept. 19, 2018, that an offensive would be a disaster.",
    "KYIV, March 1 (Reuters) - Ukraine said ...",  # no year: not a date we can keep
    "Syria 2018: the year Idlib held\n\nThe offensive never came ...",  # a headline with a year
    "By Ahval\n\nThe United States and Turkey ...\n\nOn September 19, 2018 the talks ...",
    "BEIRUT (AP) — Syrian troops advanced on Idlib on Sept. 19, 2018 ...",
    "",
])
def test_no_date_where_the_top_states_none(text):
    assert date_from_text(text) is None


def test_a_day_that_does_not_exist_is_reported_and_the_article_kept():
    problems = []
    reader = ArticleReader(["-"], stdin=io.StringIO("date 2018-02-30\nIraq and Iran signed ..."),
                           on_problem=problems.append)
    (article,) = list(reader)
    assert article.date is None and article.text.startswith("date 2018-02-30")
    assert len(problems) == 1 and "invalid date '2018-02-30'" in str(problems[0])
    assert reader.stats.undated == 1


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                max_value=__import__("datetime").date(2099, 12, 31)),
       st.sampled_from(["%B %d, %Y", "%d %B %Y", "%b. %d, %Y", "%Y-%m-%d"]),
       st.sampled_from(["NAIROBI, ", "MANILA, Philippines, ", ""]),
       st.sampled_from(["(Reuters) —", "(AFP) —", "—"]))
def test_any_dateline_gives_its_day(day, fmt, place, agency):
    text = f"{place}{day.strftime(fmt)} {agency} Officials said talks would resume."
    assert date_from_text(text) == day.isoformat()


def _jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": "June 3, 1998 — Eritrea shelled Ethiopia.", "date": "1998-06-05"}) + "\n"
        + json.dumps({"id": "a2", "text": "Ethiopia condemned Eritrea."}) + "\n", encoding="utf-8")
    return path


def test_jsonl_records_keep_their_date_field(tmp_path):
    reader = ArticleReader([_jsonl(tmp_path)])
    assert [(a.id, a.date) for a in reader] == [("a1", "1998-06-05"), ("a2", None)]
    assert reader.stats.undated == 1 and reader.summary().endswith("1 undated")


def test_date_from_text_off(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("ASMARA, Eritrea, June 3, 1998 — Eritrean troops shelled Ethiopia.", encoding="utf-8")
    assert [a.date for a in ArticleReader([path])] == ["1998-06-03"]
    assert [a.date for a in ArticleReader([path], date_from_text=False)] == [None]


def test_cli_option_and_undated_count(tmp_path, monkeypatch):
    from graphkit.cli import main

    path = tmp_path / "a.txt"
    path.write_text("MANILA, Philippines, Feb. 25, 1986 (AP) — Marcos fled as Aquino was sworn in.", encoding="utf-8")
    seen = {}

    def fake_extractions(inputs, options, stats=None, **kw):
        seen["options"] = options
        stats.read, stats.undated = 1, 0 if options.date_from_text else 1
        return iter(())

    monkeypatch.setattr("graphkit.extraction.run.extractions", fake_extractions)
    out = CliRunner().invoke(main, ["extract", str(path), "--date-from-text", "off"])
    assert out.exit_code == 0, out.output
    assert seen["options"].date_from_text is False and "1 undated" in out.output
    out = CliRunner().invoke(main, ["extract", str(path)])
    assert seen["options"].date_from_text is True and "undated" not in out.output
