"""Read articles from files, folders and standard input (stage 1 of the flow).

Inputs are paths or ``-`` for standard input:

- a text file (any name other than ``*.jsonl``) is one :class:`Article` whose
  id is the file name and whose text is the file's content, unchanged (offsets
  in every later record refer to it); its date is the one the text states at
  its top, a date line or a wire dateline (:mod:`graphkit.io.dates`), unless
  ``date_from_text=False``; its title is its first line when that line reads
  as a headline (:mod:`graphkit.io.headline`);
- a JSON Lines file (``*.jsonl``) holds one article per line,
  ``{"id": ..., "text": ...}`` with optional ``date``, ``title`` and
  ``source``; it is streamed line by line, never read whole;
- a folder is searched recursively for ``*.txt`` and ``*.jsonl`` files, read
  in path order (hidden files and folders are left out);
- ``-`` reads standard input: JSON Lines when its first non-blank character
  is ``{``, else one text article with id ``stdin``.

Bad input never stops a run: each problem becomes an
:class:`~graphkit.errors.InputError` handed to ``on_problem`` (or collected on
an :class:`ArticleReader`), and reading goes on with the next line or input.

>>> import io
>>> reader = ArticleReader(["-"], stdin=io.StringIO(
...     '{"id": "a1", "text": "Turkey warned Syria.", "date": "2018-09-19"}\\n'
...     '{"id": "a1", "text": "Again."}\\n'))
>>> [(a.id, a.date, a.origin) for a in reader]
[('a1', '2018-09-19', 'stdin:1')]
>>> reader.summary()
'1 article read, 1 skipped'
>>> print(reader.problems[0])
stdin:2: duplicate id 'a1' (first read from stdin:1)
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any

from graphkit.errors import InputError
from graphkit.io.dates import date_from_text, parse_date
from graphkit.io.headline import headline
from graphkit.records import Article

#: Largest file (or JSON Lines line) read, in bytes: ``--max-bytes``. A
#: device such as ``/dev/zero`` or an endless FIFO stops here instead of
#: eating all memory.
MAX_BYTES = 20_000_000

# Byte-order marks of the encodings decoded besides UTF-8; UTF-32 first, as
# its little-endian mark starts with UTF-16's.
_UTF_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

__all__ = [
    "STDIN",
    "STDIN_ID",
    "ArticleReader",
    "ReadStats",
    "iter_articles",
    "parse_date",
]

#: The input name that means standard input.
STDIN = "-"
#: Article id (and error-message source) of a text article read from stdin.
STDIN_ID = "stdin"

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)

_BOM = "\ufeff"
_BOM_BYTES = b"\xef\xbb\xbf"
_NUL = b"\0"

@dataclass
class ReadStats:
    """What a reading pass did.

    Attributes
    ----------
    read : int
        Articles yielded.
    skipped : int
        Files and records that gave no article (missing, unreadable, malformed,
        duplicate ...).
    problems : list of InputError
        Every problem met, in reading order; includes those that did not skip
        anything (an invalid date is dropped, the article kept).
    """

    read: int = 0
    skipped: int = 0
    problems: list[InputError] = field(default_factory=list)
    undated: int = 0

    def summary(self) -> str:
        """One line for the user, e.g. ``5 articles read, 1 skipped``.

        Undated articles are counted when there are any (they drop out of
        every date filter and the timeline).

        >>> ReadStats(read=5, skipped=1).summary()
        '5 articles read, 1 skipped'
        >>> ReadStats(read=5, skipped=0, undated=2).summary()
        '5 articles read, 0 skipped, 2 undated'
        """
        noun = "article" if self.read == 1 else "articles"
        undated = f", {self.undated} undated" if self.undated else ""
        return f"{self.read} {noun} read, {self.skipped} skipped{undated}"


class ArticleReader:
    """Iterate over the articles of several inputs, recording problems.

    Parameters
    ----------
    inputs : sequence of str or Path
        Files, folders, or ``-`` for standard input.
    stdin : file object, optional
        Stream read for ``-``: text (``io.StringIO``) or binary. Defaults to
        ``sys.stdin`` (its binary buffer, so that text reaches the article
        byte for byte).
    on_problem : callable, optional
        Called with each :class:`InputError` as it is met, besides being
        collected in :attr:`problems`. If it raises, reading stops there.
    date_from_text : bool
        Date a text file by the date it states at its top
        (:func:`graphkit.io.dates.date_from_text`); JSON Lines records are
        dated by their ``date`` field either way.

    Notes
    -----
    Iterating again reads the inputs again and restarts the counts (standard
    input can be read only once). Article ids must be unique across all
    inputs: a repeated id is reported and the later article skipped.
    """

    def __init__(
        self,
        inputs: Sequence[str | Path],
        stdin: IO[Any] | None = None,
        on_problem: Callable[[InputError], None] | None = None,
        date_from_text: bool = True,
        max_bytes: int = MAX_BYTES,
    ):
        if isinstance(inputs, (str, Path)):
            # A lone path would otherwise be iterated character by character.
            inputs = [inputs]
        self.inputs = list(inputs)
        self.stats = ReadStats()
        self._stdin = stdin
        self._on_problem = on_problem
        self._stdin_read = False
        self._date_from_text = date_from_text
        self._max_bytes = max_bytes

    @property
    def problems(self) -> list[InputError]:
        """Problems met so far in the current pass."""
        return self.stats.problems

    def summary(self) -> str:
        """Same as ``self.stats.summary()``."""
        return self.stats.summary()

    def __iter__(self) -> Iterator[Article]:
        self.stats = ReadStats()
        first_seen: dict[str, str] = {}
        for item in self.inputs:
            for article in self._read_input(item):
                if article.id in first_seen:
                    self._problem(
                        article.origin,
                        f"duplicate id {article.id!r} (first read from "
                        f"{first_seen[article.id]})",
                    )
                    continue
                first_seen[article.id] = article.origin
                self.stats.read += 1
                self.stats.undated += article.date is None
                yield article

    # -- problems -------------------------------------------------------

    def _problem(self, source: str, problem: str, skipped: bool = True) -> None:
        error = InputError(source, problem)
        self.stats.problems.append(error)
        if skipped:
            self.stats.skipped += 1
        if self._on_problem is not None:
            self._on_problem(error)

    # -- dispatch -------------------------------------------------------

    def _read_input(self, item: str | Path) -> Iterator[Article]:
        if isinstance(item, str) and item == STDIN:
            yield from self._read_stdin()
            return
        path = Path(item)
        source = str(item)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except OSError as exc:
            self._problem(source, _os_problem(exc))
            return
        if is_dir and path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
            # "news.txt/" named as a file: most likely a mistake, say so.
            self._problem(source, "is a folder, not a file")
            return
        if is_dir:
            yield from self._read_folder(path)
        elif _is_jsonl(path):
            yield from self._read_jsonl(path, source)
        else:
            # Any other explicitly named file is text, whatever its suffix
            # (FIFOs such as /dev/stdin or <(...) included).
            yield from self._read_text(path, source)

    def _read_folder(self, root: Path) -> Iterator[Article]:
        walk_errors: list[OSError] = []
        found: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=walk_errors.append):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and name.lower().endswith(
                    TEXT_SUFFIXES + JSONL_SUFFIXES
                ):
                    found.append(Path(dirpath, name))
        for exc in walk_errors:
            self._problem(exc.filename or str(root), _os_problem(exc))
        if not found and not walk_errors:
            self._problem(str(root), "no .txt or .jsonl files in folder", skipped=False)
        # Sorting by path parts keeps a folder's files together ("a/b.txt"
        # before "a-c.txt"), independent of the file system's listing order.
        for path in sorted(found, key=lambda p: p.relative_to(root).parts):
            try:
                mode = path.stat().st_mode  # follows a symlink to what it names
            except OSError as exc:
                self._problem(str(path), _os_problem(exc))
                continue
            if not stat.S_ISREG(mode):
                # A FIFO would hang the walk, /dev/zero would fill memory.
                self._problem(str(path), "not a regular file (FIFO, device or socket); skipped")
                continue
            if _is_jsonl(path):
                yield from self._read_jsonl(path, str(path))
            else:
                yield from self._read_text(path, str(path))

    # -- text -------------------------------------------------------------

    def _read_text(self, path: Path, source: str) -> Iterator[Article]:
        try:
            with open(path, "rb") as fh:
                data = fh.read(self._max_bytes + 1)
        except OSError as exc:
            self._problem(source, _os_problem(exc))
            return
        if len(data) > self._max_bytes:
            self._problem(source, f"larger than {self._max_bytes:,} bytes (raise --max-bytes to read it)")
            return
        text = self._decode_file(data, source)
        if text is not None:
            article = self._text_article(text, path.name, source)
            if article is not None:
                yield article

    def _decode_file(self, data: bytes, source: str) -> str | None:
        for bom, codec in _UTF_BOMS:
            if data.startswith(bom):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError as exc:
                    self._problem(source, f"not valid {codec.upper()} (byte {exc.start})")
                    return None
        if _NUL in data:
            self._problem(source, f"binary file (NUL byte at offset {data.index(_NUL)})")
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self._problem(source, _utf8_problem(data, exc))
            return None

    def _text_article(self, text: str, article_id: str, source: str) -> Article | None:
        # A byte-order mark is an encoding marker, not content: keeping it
        # would shift every offset by one against what an editor shows.
        if text.startswith(_BOM):
            text = text[1:]
        if "\0" in text:
            self._problem(source, f"binary file (NUL character at offset {text.index(chr(0))})")
            return None
        if not text.strip():
            self._problem(source, "file is empty")
            return None
        date = None
        if self._date_from_text:
            try:
                date = date_from_text(text)
            except ValueError as exc:
                self._problem(source, f"{exc} at the top of the text (ignored)", skipped=False)
        return Article(id=article_id, text=text, date=date, title=headline(text), origin=source)

    # -- JSON Lines ---------------------------------------------------------

    def _read_jsonl(self, path: Path, source: str) -> Iterator[Article]:
        try:
            handle = open(path, "rb")
        except OSError as exc:
            self._problem(source, _os_problem(exc))
            return
        with handle:
            head = handle.read(4)
            handle.seek(0)
            if any(head.startswith(bom) for bom, _ in _UTF_BOMS):
                data = handle.read(self._max_bytes + 1)
                if len(data) > self._max_bytes:
                    self._problem(source, f"larger than {self._max_bytes:,} bytes (raise --max-bytes to read it)")
                    return
                text = self._decode_file(data, source)
                if text is not None:
                    yield from self._jsonl_lines(text.splitlines(keepends=True), source)
                return
            try:
                yield from self._jsonl_lines(self._capped_lines(_read_lines(handle, self._max_bytes), source), source)
            except OSError as exc:  # e.g. a read error half way through
                self._problem(source, _os_problem(exc))

    def _jsonl_lines(self, lines: Iterable[bytes | str], name: str) -> Iterator[Article]:
        """Yield the articles of JSON Lines given as byte or text lines."""
        offset = 0  # byte (or character) offset of the current line
        records = 0
        for lineno, raw in enumerate(lines, 1):
            start, offset = offset, offset + len(raw)
            where = f"{name}:{lineno}"
            if isinstance(raw, bytes):
                if lineno == 1 and raw.startswith(_BOM_BYTES):
                    raw = raw[len(_BOM_BYTES):]
                    start += len(_BOM_BYTES)
                if _NUL in raw:
                    # The rest is not worth parsing line by line.
                    self._problem(
                        name, f"binary file (NUL byte at offset {start + raw.index(_NUL)})"
                    )
                    return
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    records += 1
                    self._problem(where, _utf8_problem(raw, exc, start))
                    continue
            else:
                line = raw[1:] if lineno == 1 and raw.startswith(_BOM) else raw
            if not line.strip():
                continue
            records += 1
            # Without its line break, an error's column is on the line itself.
            article = self._jsonl_record(line.rstrip("\r\n"), where)
            if article is not None:
                yield article
        if records == 0:
            self._problem(name, "file is empty")

    def _jsonl_record(self, line: str, where: str) -> Article | None:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            self._problem(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            return None
        except RecursionError:
            self._problem(where, "malformed JSON (nested too deeply)")
            return None
        if not isinstance(record, dict):
            self._problem(where, f"record is not a JSON object (got {_json_type(record)})")
            return None

        article_id = record.get("id")
        if article_id is None:
            self._problem(where, "record has no 'id'")
            return None
        if isinstance(article_id, int) and not isinstance(article_id, bool):
            # Data sets often number their records; the id is still a name.
            article_id = str(article_id)
        if not isinstance(article_id, str) or not article_id.strip():
            self._problem(where, f"'id' must be a non-empty string (got {_json_type(article_id)})")
            return None

        for key in ("id", "text", "title", "source"):
            value = record.get(key)
            if isinstance(value, str):
                bad = _lone_surrogate(value)
                if bad is not None:
                    self._problem(where, f"'{key}' holds a lone surrogate (\\u{ord(value[bad]):04x}) at character {bad}")
                    return None

        text = record.get("text")
        if text is None:
            self._problem(where, "record has no 'text'")
            return None
        if not isinstance(text, str):
            self._problem(where, f"'text' is not a string (got {_json_type(text)})")
            return None
        if not text.strip():
            self._problem(where, "'text' is empty")
            return None

        date = record.get("date")
        if date is not None:
            try:
                if not isinstance(date, str):
                    raise ValueError
                date = parse_date(date)
            except ValueError:
                self._problem(where, f"invalid date {_short(date)} (ignored)", skipped=False)
                date = None

        optional: dict[str, str | None] = {}
        for key in ("title", "source"):
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                self._problem(
                    where, f"'{key}' is not a string (got {_json_type(value)}; ignored)",
                    skipped=False,
                )
                value = None
            optional[key] = value
        return Article(id=article_id, text=text, date=date, origin=where, **optional)

    # -- standard input -----------------------------------------------------

    def _capped_lines(self, lines: Iterable[bytes | str], source: str) -> Iterator[bytes | str]:
        """``lines`` (read with :func:`_read_lines`) up to the first longer than ``--max-bytes``.

        That line and the rest of the input are skipped with one problem: a
        device or a line without end stops here.
        """
        limit = self._max_bytes
        for lineno, raw in enumerate(lines, 1):
            if len(raw) > limit:
                self._problem(f"{source}:{lineno}", f"line longer than {limit:,} bytes (raise --max-bytes to read it); rest of file skipped")
                return
            yield raw

    def _read_stdin(self) -> Iterator[Article]:
        if self._stdin_read:
            self._problem(STDIN_ID, "standard input given more than once")
            return
        self._stdin_read = True
        stream = self._stdin
        if stream is None:
            stream = getattr(sys.stdin, "buffer", sys.stdin)
        # Standard input is read with the same limits as a file: a line of at
        # most --max-bytes for JSON Lines, at most --max-bytes in all for a
        # text (`cat /dev/zero | graphkit build -` stops, it does not fill memory).
        limit = self._max_bytes
        too_large = f"larger than {limit:,} bytes (raise --max-bytes to read it)"
        lines = _read_lines(stream, limit)
        head: list[bytes | str] = []
        first = None
        size = 0
        for line in lines:
            head.append(line)
            size += len(line)
            if isinstance(line, bytes) and size == len(line) and any(line.startswith(b) for b, _ in _UTF_BOMS):
                # UTF-16/32 cannot be split into lines as bytes: decode it
                # whole (within the limit), then read it as text lines.
                yield from self._read_stdin_encoded(chain(head, lines))
                return
            stripped = line.strip()
            if isinstance(stripped, bytes):
                stripped = stripped.removeprefix(_BOM_BYTES).lstrip()
            else:
                stripped = stripped.removeprefix(_BOM).lstrip()
            if stripped:
                first = stripped
                break
            if size > limit:
                self._problem(STDIN_ID, too_large)
                return
        if first is None:
            self._problem(STDIN_ID, "input is empty")
            return
        if first[:1] in ("{", b"{"):
            yield from self._jsonl_lines(self._capped_lines(chain(head, lines), STDIN_ID), STDIN_ID)
            return
        data = self._read_capped(chain(head, lines))
        if data is None:
            self._problem(STDIN_ID, too_large)
            return
        text = self._decode_file(data, STDIN_ID) if isinstance(data, bytes) else data
        if text is not None:
            article = self._text_article(text, STDIN_ID, STDIN_ID)
            if article is not None:
                yield article

    def _read_capped(self, lines: Iterable[bytes | str]) -> bytes | str | None:
        """``lines`` joined, or None once they pass ``--max-bytes`` (the rest is not read)."""
        parts: list[bytes | str] = []
        size = 0
        for line in lines:
            size += len(line)
            if size > self._max_bytes:
                return None
            parts.append(line)
        if not parts:
            return ""
        return parts[0][:0].join(parts)

    def _read_stdin_encoded(self, lines: Iterable[bytes]) -> Iterator[Article]:
        data = self._read_capped(lines)
        if data is None:
            self._problem(STDIN_ID, f"larger than {self._max_bytes:,} bytes (raise --max-bytes to read it)")
            return
        text = self._decode_file(data, STDIN_ID)
        if text is None:
            return
        if text.lstrip().startswith("{"):
            yield from self._jsonl_lines(text.splitlines(keepends=True), STDIN_ID)
            return
        article = self._text_article(text, STDIN_ID, STDIN_ID)
        if article is not None:
            yield article


def iter_articles(
    inputs: Sequence[str | Path],
    on_problem: Callable[[InputError], None] | None = None,
    stdin: IO[Any] | None = None,
) -> Iterator[Article]:
    """Yield the articles of files, folders and standard input, lazily.

    Parameters
    ----------
    inputs : sequence of str or Path
        Files, folders, or ``-`` for standard input.
    on_problem : callable, optional
        Called with an :class:`InputError` for each bad input, which is then
        skipped. Without it problems are dropped silently; use
        :class:`ArticleReader` to keep them.
    stdin : file object, optional
        Stream read for ``-`` (default ``sys.stdin``).

    Yields
    ------
    Article

    Examples
    --------
    >>> problems = []
    >>> list(iter_articles(["no/such/file.txt"], on_problem=problems.append))
    []
    >>> print(problems[0])
    no/such/file.txt: no such file or directory
    """
    yield from ArticleReader(inputs, stdin=stdin, on_problem=on_problem)


# -- helpers ------------------------------------------------------------------


def _read_lines(stream: IO[Any], limit: int) -> Iterator[bytes | str]:
    """Lines of ``stream``, none read past ``limit + 1`` characters or bytes.

    ``readline`` with a size: a line without end (``/dev/zero``, an endless
    pipe) comes back in pieces of ``limit + 1``, which the caller refuses.
    """
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        yield raw


def _lone_surrogate(value: str) -> int | None:
    """Index of the first lone surrogate in ``value`` (from a JSON ``\\ud800``), else None.

    >>> _lone_surrogate("ok"), _lone_surrogate("a\\ud800")
    (None, 1)
    """
    try:
        value.encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        return exc.start


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "cannot read (permission denied)"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({(exc.strerror or str(exc)).lower()})"


def _utf8_problem(data: bytes, exc: UnicodeDecodeError, base: int = 0) -> str:
    return f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {base + exc.start})"


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             int: "number", float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(value: Any, limit: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."
