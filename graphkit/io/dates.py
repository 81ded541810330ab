"""Article dates: ISO dates from records, and the date a text article states at its top.

JSON Lines records give their ``date`` field (:func:`parse_date`, an ISO
date or timestamp). A text file has no field, but news text often says its
date at the top, as a line of its own (``date 2018-09-19``, ``Published:
19 September 2018``, ``September 19, 2018``) or in the wire-service
dateline that opens the story (``ANKARA, Sept. 19, 2018 (Reuters) —``).
:func:`date_from_text` reads those with python-dateutil's parser; only
what sits at the top counts, and only a date with a year, so a date
that merely occurs in the lead sentence is never taken for the article's.

>>> date_from_text("date 2018-09-19\\nTurkey warned Syria.")
'2018-09-19'
>>> date_from_text("BEIRUT, Sept. 19, 2018 (Reuters) — Turkey warned Syria.")
'2018-09-19'
>>> date_from_text("Turkey warned Syria on Sept. 19, 2018.") is None
True
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _dateutil

__all__ = ["date_from_text", "parse_date"]

# Feeds often give a timestamp; the article keeps only its date.
_ISO_DATE = re.compile(
    r"(\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)

# "date 2018-09-19 Turkish President ..." (scraped text keeps the date and the
# lead on one line): an ISO date right at the start, with or without a label.
_ISO_AT_START = re.compile(
    r"[ \t]*(?:(?:dated|date|published|updated)[ \t]*[:=]?[ \t]*)?(\d{4}-\d{2}-\d{2})(?![\d])", re.I
)
# A line that is only a date, perhaps labelled: "Published: 19 September 2018".
_LABEL = re.compile(r"^\s*(?:dated|date|published(?:\s+on)?|updated|posted(?:\s+on)?)\s*[:=]?\s*", re.I)
# A wire dateline: "[PLACE, ]DATE (AGENCY) —" or "PLACE, DATE —", at the start
# of the story; the dash ends it.
_DATELINE = re.compile(r"^\s*(?P<head>[^\n—–]{4,80}?)\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)\s*)?[—–]|^\s*(?P<head2>[^\n]{4,80}?)\s+\((?P<agency2>[A-Za-z][\w .&/-]{0,30})\)\s*-{1,2}\s")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_HAS_LETTER_OR_DIGIT = re.compile(r"\w")
#: Lines at the top of an article searched for its date.
TOP_LINES = 3
_MAX_LINE = 120


def parse_date(value: str) -> str:
    """Return the ``YYYY-MM-DD`` date of an ISO date or timestamp.

    Parameters
    ----------
    value : str
        ``2018-09-19`` or a timestamp such as ``2018-09-19T10:00:00Z``.

    Returns
    -------
    str
        The calendar date.

    Raises
    ------
    ValueError
        When ``value`` is not an ISO date or names a day that does not exist.

    Examples
    --------
    >>> parse_date("2018-09-19T08:30:00+03:00")
    '2018-09-19'
    >>> parse_date("2018-02-30")
    Traceback (most recent call last):
    ...
    ValueError: day is out of range for month
    """
    m = _ISO_DATE.fullmatch(value.strip())
    if m is None:
        raise ValueError(f"not an ISO date: {value!r}")
    _dt.date.fromisoformat(m.group(1))
    return m.group(1)


def _parse_words(text: str, fuzzy: bool) -> str | None:
    """The date ``text`` names (with its year), or None."""
    if not _YEAR.search(text):
        return None  # dateutil would fill in this year: not the article's date
    try:
        # Two defaults that differ in every field: a date is kept only when
        # the text itself fixed year, month and day.
        a = _dateutil.parse(text, fuzzy=fuzzy, default=_dt.datetime(2000, 1, 1))
        b = _dateutil.parse(text, fuzzy=fuzzy, default=_dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if a.date() != b.date():
        return None
    return a.date().isoformat()


def date_from_text(text: str) -> str | None:
    """The date ``text`` states at its top, as ``YYYY-MM-DD``, or None.

    Looked for, in the first :data:`TOP_LINES` non-empty lines: an ISO date
    at the start of a line (``date 2018-09-19 ...``); a line that is only a
    date (``19 September 2018``, ``Published: Sept. 19, 2018``); a wire
    dateline (``ANKARA, Sept. 19, 2018 (Reuters) —``). A date must name its
    year, month and day.

    Raises
    ------
    ValueError
        When the top of the article names a day that does not exist
        (``date 2018-02-30``), so that the reader can report it.

    >>> date_from_text("By Ahval\\n\\nPublished: 19 September 2018\\n\\nThe United States ...")
    '2018-09-19'
    >>> date_from_text("NAIROBI, Kenya, March 3, 1998 (AP) -- Kenyan police said ...")
    '1998-03-03'
    >>> date_from_text("KYIV, March 1 (Reuters) - Ukraine said ...") is None
    True
    """
    lines = [line for line in text.split("\n", 20)[:20] if _HAS_LETTER_OR_DIGIT.search(line)]
    for line in lines[:TOP_LINES]:
        m = _ISO_AT_START.match(line)
        if m is not None:
            try:
                return parse_date(m.group(1))
            except ValueError:
                raise ValueError(f"invalid date {m.group(1)!r}") from None
        short = line.strip()
        if len(short) <= _MAX_LINE:
            found = _parse_words(_LABEL.sub("", short), fuzzy=False)
            if found:
                return found
        m = _DATELINE.match(line)
        if m is not None:
            head = m.group("head") or m.group("head2")
            found = _parse_words(head, fuzzy=True)
            if found:
                return found
    return None
