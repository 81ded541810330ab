"""Tests for graphkit.io.readers: files, folders, JSON Lines, stdin, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.io.readers import STDIN_ID, ArticleReader, iter_articles, parse_date
from graphkit.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def read(inputs, **kwargs):
    reader = ArticleReader(inputs, **kwargs)
    return list(reader), reader


def messages(reader):
    return [str(p) for p in reader.problems]


# -- text files ----------------------------------------------------------------


def test_text_file_is_one_article_kept_byte_for_byte(tmp_path):
    raw = "Line one.\r\n\r\n  Turkey warned Syria.  \n\u00e9 \u2019 end"
    path = tmp_path / "story.txt"
    path.write_bytes(raw.encode("utf-8"))
    articles, reader = read([path])
    assert articles == [Article(id="story.txt", text=raw, origin=str(path))]
    assert reader.problems == []
    assert reader.summary() == "1 article read, 0 skipped, 1 undated"


def test_text_file_with_other_suffix_is_text(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("Iran backed Syria.", encoding="utf-8")
    [article] = iter_articles([path])
    assert article.id == "story.md"


def test_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfRussia bombed Idlib.")
    [article] = iter_articles([path])
    assert article.text == "Russia bombed Idlib."


@pytest.mark.parametrize(
    "first_line, date",
    [
        (" date 2018-09-19 Turkish President spoke.", "2018-09-19"),
        ("2020-03-05 Moscow talks", "2020-03-05"),
        ("Date: 2019-12-31", "2019-12-31"),
        ("Talks due on 2018-09-19 in Sochi.", None),  # a date, but not a dateline
        ("No date here.", None),
    ],
)
def test_dateline_sets_date_and_keeps_text(tmp_path, first_line, date):
    text = first_line + "\nSecond line 2017-01-01.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = iter_articles([path])
    assert article.date == date
    assert article.text == text


def test_invalid_dateline_is_reported_and_article_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("2018-02-30 Something happened.", encoding="utf-8")
    articles, reader = read([path])
    assert [a.date for a in articles] == [None]
    assert messages(reader) == [f"{path}: invalid date '2018-02-30' at the top of the text (ignored)"]
    assert reader.stats.skipped == 0


def test_parse_date_accepts_timestamps_and_rejects_garbage():
    assert parse_date("2018-09-19") == "2018-09-19"
    assert parse_date("2018-09-19T10:00:00Z") == "2018-09-19"
    assert parse_date("2018-09-19 10:00") == "2018-09-19"
    for bad in ("19/09/2018", "2018-13-01", "2018-09-19junk", ""):
        with pytest.raises(ValueError):
            parse_date(bad)


# -- bad files ---------------------------------------------------------------------


def test_missing_path(tmp_path):
    missing = tmp_path / "missing.txt"
    articles, reader = read([missing])
    assert articles == []
    assert messages(reader) == [f"{missing}: no such file or directory"]
    assert reader.summary() == "0 articles read, 1 skipped"


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t "])
def test_empty_text_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    articles, reader = read([path])
    assert articles == []
    assert messages(reader) == [f"{path}: file is empty"]


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02")
    articles, reader = read([path])
    assert articles == []
    assert messages(reader) == [f"{path}: binary file (NUL byte at offset 6)"]


def test_not_utf8_reports_byte_and_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Erdogan said\xff more")
    articles, reader = read([path])
    assert articles == []
    assert messages(reader) == [f"{path}: not UTF-8 (invalid byte 0xff at offset 12)"]


def test_bad_input_does_not_stop_the_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Iran backed Syria.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28")
    seen = []
    articles = list(iter_articles([tmp_path / "nope", bad, good], on_problem=seen.append))
    assert [a.id for a in articles] == ["good.txt"]
    assert [e.source for e in seen] == [str(tmp_path / "nope"), str(bad)]
    assert all(isinstance(e, InputError) for e in seen)


def test_on_problem_can_stop_the_run(tmp_path):
    def strict(error):
        raise error

    with pytest.raises(InputError, match="no such file"):
        list(iter_articles([tmp_path / "x.txt"], on_problem=strict))


def test_duplicate_id_keeps_first(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = tmp_path / "a" / "same.txt"
    second = tmp_path / "b" / "same.txt"
    first.write_text("First.", encoding="utf-8")
    second.write_text("Second.", encoding="utf-8")
    articles, reader = read([tmp_path])
    assert [a.text for a in articles] == ["First."]
    assert messages(reader) == [f"{second}: duplicate id 'same.txt' (first read from {first})"]
    assert reader.summary() == "1 article read, 1 skipped, 1 undated"


# -- folders -------------------------------------------------------------------------


def test_folder_is_read_recursively_in_path_order(tmp_path):
    names = ["b.txt", "a/z.jsonl", "a/b/c.txt", "a-c.txt", "a/a.txt", "notes.md", ".hidden.txt",
             ".git/x.txt"]
    for i, name in enumerate(names):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".jsonl"):
            path.write_text(json.dumps({"id": f"j{i}", "text": "x"}) + "\n", encoding="utf-8")
        else:
            path.write_text(f"text {i}", encoding="utf-8")
    articles, reader = read([tmp_path])
    origins = [Path(a.origin.removesuffix(":1")) for a in articles]
    assert [p.relative_to(tmp_path).as_posix() for p in origins] == [
        "a/a.txt", "a/b/c.txt", "a/z.jsonl", "a-c.txt", "b.txt"]
    assert reader.problems == []


def test_empty_folder_is_reported(tmp_path):
    articles, reader = read([tmp_path])
    assert articles == []
    assert messages(reader) == [f"{tmp_path}: no .txt or .jsonl files in folder"]


def test_seed_folder():
    articles, reader = read([SEEDS])
    assert reader.problems == []
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(articles) == 5
    by_id = {a.id: a for a in articles}
    assert by_id["003_c6601cb46829a255.txt"].date == "2018-09-19"
    for article in articles:
        raw = (SEEDS / article.id).read_bytes().decode("utf-8")
        assert article.text == raw


# -- JSON Lines ----------------------------------------------------------------------


def write_lines(path, lines):
    path.write_bytes(b"".join(line if isinstance(line, bytes) else line.encode() + b"\n"
                              for line in lines))


def test_jsonl_records_with_optional_fields(tmp_path):
    path = tmp_path / "data.jsonl"
    write_lines(path, [
        json.dumps({"id": "a", "text": "One.", "date": "2018-09-19", "title": "T",
                    "source": "Reuters", "extra": [1]}),
        "",
        "   ",
        json.dumps({"id": 7, "text": "Two.\r\nLines."}),
        json.dumps({"id": "c", "text": "Three.", "date": "2020-03-05T12:00:00+03:00",
                    "title": None}),
    ])
    articles, reader = read([path])
    assert articles == [
        Article("a", "One.", "2018-09-19", "T", "Reuters", f"{path}:1"),
        Article("7", "Two.\r\nLines.", origin=f"{path}:4"),
        Article("c", "Three.", "2020-03-05", origin=f"{path}:5"),
    ]
    assert reader.problems == []


@pytest.mark.parametrize(
    "line, problem, kept",
    [
        ('{"id": "a" "text": "x"}', "malformed JSON (Expecting ',' delimiter at column 12)", False),
        ('{"id": "a", "text": "x"', "malformed JSON (Expecting ',' delimiter at column 24)", False),
        ('["a", "x"]', "record is not a JSON object (got array)", False),
        ('{"text": "x"}', "record has no 'id'", False),
        ('{"id": "", "text": "x"}', "'id' must be a non-empty string (got string)", False),
        ('{"id": ["a"], "text": "x"}', "'id' must be a non-empty string (got array)", False),
        ('{"id": "a"}', "record has no 'text'", False),
        ('{"id": "a", "text": 5}', "'text' is not a string (got number)", False),
        ('{"id": "a", "text": " "}', "'text' is empty", False),
        ('{"id": "a", "text": "x", "date": "2018-13-01"}', "invalid date \"2018-13-01\" (ignored)",
         True),
        ('{"id": "a", "text": "x", "date": 2018}', "invalid date 2018 (ignored)", True),
        ('{"id": "a", "text": "x", "title": 3}', "'title' is not a string (got number; ignored)",
         True),
    ],
)
def test_bad_jsonl_record(tmp_path, line, problem, kept):
    path = tmp_path / "data.jsonl"
    write_lines(path, [json.dumps({"id": "first", "text": "ok"}), line,
                       json.dumps({"id": "last", "text": "ok"})])
    articles, reader = read([path])
    expected = ["first", "a", "last"] if kept else ["first", "last"]
    assert [a.id for a in articles] == expected
    assert messages(reader) == [f"{path}:2: {problem}"]
    assert reader.stats.skipped == (0 if kept else 1)
    if kept:
        assert articles[1].date is None and articles[1].title is None


def test_jsonl_not_utf8_line_reports_file_offset(tmp_path):
    path = tmp_path / "data.jsonl"
    first = json.dumps({"id": "a", "text": "ok"}).encode() + b"\n"
    path.write_bytes(first + b'{"id": "b", "text": "\xff"}\n' + b'{"id": "c", "text": "ok"}\n')
    articles, reader = read([path])
    assert [a.id for a in articles] == ["a", "c"]
    offset = len(first) + len(b'{"id": "b", "text": "')
    assert messages(reader) == [f"{path}:2: not UTF-8 (invalid byte 0xff at offset {offset})"]


def test_jsonl_binary_and_empty(tmp_path):
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    articles, reader = read([binary, empty])
    assert articles == []
    assert messages(reader) == [f"{binary}: binary file (NUL byte at offset 0)",
                                f"{empty}: file is empty"]


def test_jsonl_is_streamed(tmp_path):
    path = tmp_path / "data.jsonl"
    write_lines(path, [json.dumps({"id": "a", "text": "x"})])
    reader = iter(ArticleReader([path]))
    assert next(reader).id == "a"
    # The file is open only while its lines are being read: appending after
    # the first article shows up, which would not happen had it been slurped.
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "b", "text": "y"}) + "\n")
    assert [a.id for a in reader] == ["b"]


# -- standard input ------------------------------------------------------------------


def test_stdin_text():
    text = "\n  Turkey warned Syria.\r\nMore.\n"
    articles, reader = read(["-"], stdin=io.StringIO(text))
    assert articles == [Article(STDIN_ID, text, origin=STDIN_ID)]


def test_stdin_binary_text_with_dateline():
    raw = " date 2018-09-19 Turkey warned Syria.\r\n".encode()
    [article] = iter_articles(["-"], stdin=io.BytesIO(raw))
    assert article.text == raw.decode()
    assert article.date == "2018-09-19"


def test_stdin_jsonl():
    data = "\n" + json.dumps({"id": "x", "text": "A."}) + "\n{bad\n" + \
        json.dumps({"id": "y", "text": "B.", "date": "2018-09-19"}) + "\n"
    articles, reader = read(["-"], stdin=io.StringIO(data))
    assert articles == [Article("x", "A.", origin=f"{STDIN_ID}:2"),
                        Article("y", "B.", "2018-09-19", origin=f"{STDIN_ID}:4")]
    assert [p.source for p in reader.problems] == [f"{STDIN_ID}:3"]


def test_stdin_empty_and_repeated():
    articles, reader = read(["-", "-"], stdin=io.StringIO(" \n"))
    assert articles == []
    assert messages(reader) == [f"{STDIN_ID}: input is empty",
                                f"{STDIN_ID}: standard input given more than once"]


def test_stdin_not_utf8():
    articles, reader = read(["-"], stdin=io.BytesIO(b"ok \xfe"))
    assert articles == []
    assert messages(reader) == [f"{STDIN_ID}: not UTF-8 (invalid byte 0xfe at offset 3)"]


# -- round trip ------------------------------------------------------------------------

# Lone surrogates cannot be written as UTF-8; everything else can.
_chars = st.characters(blacklist_categories=("Cs",))
_opt_text = st.none() | st.text(_chars, max_size=20)
_record = st.fixed_dictionaries(
    {"id": st.text(_chars, min_size=1, max_size=12).filter(str.strip),
     "text": st.text(_chars, min_size=1, max_size=80).filter(str.strip)},
    optional={"date": st.none() | st.dates().map(lambda d: d.isoformat()),
              "title": _opt_text, "source": _opt_text},
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(_record, max_size=6, unique_by=lambda r: r["id"]),
       ascii_only=st.booleans())
def test_jsonl_round_trip(tmp_path, records, ascii_only):
    path = tmp_path / "round.jsonl"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")
    articles, reader = read([path])
    expected = [Article(r["id"], r["text"], r.get("date"), r.get("title"), r.get("source"),
                        f"{path}:{i}") for i, r in enumerate(records, 1)]
    assert articles == expected
    assert messages(reader) == ([f"{path}: file is empty"] if not records else [])
