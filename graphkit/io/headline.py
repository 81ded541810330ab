"""The headline of a text article: its first line, when that line reads as one.

A text file has no ``title`` field, but a saved news page usually starts
with its headline on a line of its own: short, no full stop at the end, the
story below it. Many files start straight with the story, a byline or a
date line instead, and those must not become titles. :func:`headline` takes
the first line at the top that looks like a headline, passing over a byline
(``By Ahval``) or a date line (``date 2018-09-19``), and stops at the first
line that reads as body text.

>>> headline("Syria's Idlib 'Cannot Be a Slaughter'\\n\\nIdlib, Syria's last major rebel stronghold, is held by ...")
"Syria's Idlib 'Cannot Be a Slaughter'"
>>> headline("By Ahval\\n\\nThe United States and Turkey should act together, Foreign Policy magazine said.") is None
True
"""

from __future__ import annotations

import re

__all__ = ["headline"]

#: Lines at the top searched for a headline (bylines and date lines are passed over).
TOP_LINES = 3
#: Longest headline, in characters and in words.
MAX_CHARS = 150
MAX_WORDS = 24

_LABEL = re.compile(r"^\s*(?:title|headline)\s*[:=]\s*", re.I)
_BYLINE = re.compile(r"^\s*(?:by|from|written by|reporting by)\s+\S", re.I)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:dated|date|published|updated|posted)(?:\s+on)?\s*[:=]?\s*)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\b",
)
# A headline ends on a word, a quote, a question or an exclamation mark; a
# full stop, comma, colon or semicolon means a sentence or a fragment of one.
_SENTENCE_END = re.compile(r"[.,;:]\s*$")
# A wire dateline opens the story itself ("BEIRUT, Sept. 19 (Reuters) —").
_DATELINE = re.compile(r"\((?:Reuters|AP|AFP|Xinhua|Anadolu|dpa|UPI)\)|\s[—–]\s|\s--\s", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline(text: str) -> str | None:
    """Return the headline at the top of ``text``, or ``None`` when it has none.

    Parameters
    ----------
    text : str
        The article as read from its file.

    Returns
    -------
    str or None
        The first top line that reads as a headline: at most 150 characters
        and 24 words, two words or more, starting with a capital, a digit or a
        quote, not ending like a sentence (``.``, ``,``, ``;``, ``:``), not a
        byline or a date, and with the story following it.

    Examples
    --------
    >>> headline("Title: Turkey, Russia agree on Idlib buffer zone\\nSochi talks end with a deal to avert an offensive.")
    'Turkey, Russia agree on Idlib buffer zone'
    >>> headline("U.S. President Donald Trump on Monday warned Syrian President Bashar Assad not to attack Idlib.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return None  # one line is the story itself
    for line in lines[:TOP_LINES]:
        line = _LABEL.sub("", line, count=1).strip()
        if _BYLINE.match(line) and len(line.split()) <= 6:
            continue
        if _DATE_LINE.match(line) and len(line.split()) <= 6:
            continue
        return line if _reads_as_headline(line) else None
    return None


def _reads_as_headline(line: str) -> bool:
    if len(line) > MAX_CHARS or _SENTENCE_END.search(line) or _DATELINE.search(line):
        return False
    words = _WORD.findall(line)
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    first = line.lstrip("\"'‘“«")[:1]
    return bool(first) and (first.isupper() or first.isdigit())
