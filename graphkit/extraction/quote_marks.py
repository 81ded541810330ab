"""Quote marks: where quoted words start and end in a text.

The mark-finding half of :mod:`graphkit.extraction.quotes`, which needs no
parse: straight, curly, doubled single marks and guillemets, paragraph by
paragraph, with the newswire convention of a quotation running across
paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Shorter quoted words are scare quotes ("terrorists"), not quotations.
MIN_DIRECT_WORDS = 4

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class QuoteMark:
    """Character range of quoted words (marks excluded) and whether it closed."""

    start: int
    end: int
    closed: bool


# Opening mark -> closing marks. Doubled single marks (‘‘ ’’ and ‘’ ... ’’)
# stand for double quotes in some outlets' copy.
_PAIRS = [
    ("‘’", ("’’",)),
    ("‘‘", ("’’", "‘’", '"')),
    # Copy often mixes marks: a curly opening closed by a straight one.
    ("“", ("”", "“", '"')),
    ("«", ("»",)),
    ('"', ('"', "”")),
]


#: The first characters of every opening mark (:data:`_PAIRS`, single marks).
_MARK = re.compile("[" + re.escape("".join(sorted({m[0] for m, _ in _PAIRS} | set("'‘")))) + "]")


def find_quote_marks(text: str) -> list[QuoteMark]:
    """Find quoted spans in ``text``, paragraph by paragraph.

    A quote left open at the end of its paragraph runs to the paragraph's
    end (``closed=False``) — unless the next paragraph opens a new quote,
    the newswire convention for a quotation running across paragraphs.

    >>> find_quote_marks("“One two,” he said. “Three four”")
    [QuoteMark(start=1, end=9, closed=True), QuoteMark(start=21, end=31, closed=True)]
    >>> find_quote_marks('"never closed here')
    [QuoteMark(start=1, end=18, closed=False)]
    """
    out: list[QuoteMark] = []
    i, n = 0, len(text)
    while i < n:
        # Only a quote mark can open a quote: jump to the next one instead of
        # trying every opening mark at every character.
        found = _MARK.search(text, i)
        if found is None:
            break
        i = found.start()
        opener = None
        for open_mark, closers in _PAIRS:
            if text.startswith(open_mark, i):
                opener = (open_mark, closers)
                break
        if opener is None:
            # Straight or curly single marks open a quote only at a word start.
            if text[i] in "'‘" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1].isalpha():
                close = _find_single_close(text, i + 1)
                if close is not None and len(_WORD.findall(text[i + 1 : close])) >= MIN_DIRECT_WORDS:
                    out.append(QuoteMark(i + 1, close, True))
                    i = close + 1
                    continue
            i += 1
            continue
        open_mark, closers = opener
        start = i + len(open_mark)
        para_end = text.find("\n\n", start)
        para_end = n if para_end == -1 else para_end
        best = None
        for c in closers:
            j = text.find(c, start, para_end)
            if j != -1 and (best is None or j < best[0]):
                best = (j, len(c))
        if best is None:
            end = para_end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(QuoteMark(start, end, False))
            i = para_end
            continue
        j, width = best
        if j > start:
            out.append(QuoteMark(start, j, True))
        i = j + width
    return out


def _find_single_close(text: str, start: int) -> int | None:
    limit = text.find("\n", start)
    limit = len(text) if limit == -1 else limit
    for j in range(start, limit):
        if text[j] in "'’" and text[j - 1].isalnum() and (j + 1 >= len(text) or not text[j + 1].isalnum()):
            return j
    return None
