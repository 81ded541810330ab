"""Quotes: who said what, about whom.

Two kinds of record, as news writes them:

* **direct** quotes, words inside quote marks (straight, curly, doubled
  single marks, guillemets), of at least :data:`MIN_DIRECT_WORDS` words; a
  quote whose closing mark is missing runs to the end of its paragraph and is
  reported in the record's ``cue`` as ``unclosed``;
* **reported** speech, the clause a reporting verb introduces ("Putin said
  (that) ...", "Trump warned Assad not to ...", "Israel has threatened to
  ...").

The speaker is the subject of the reporting verb read from the dependency
parse: an actor named in the subject ("Assad's office said" -> Assad; "a
Turkish official told" -> Turkey), a pronoun resolved to the nearest
compatible actor in the sentence before, a description ("the magazine") to
the last organisation that spoke; ``None`` when the text does not say.

>>> find_quote_marks('He said "we will not leave Idlib now" today.')
[QuoteMark(start=9, end=36, closed=True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graphkit.actors import actor_spans
from graphkit.lexicon import Lexicon
from graphkit.records import Quote

#: Shorter quoted words are scare quotes ("terrorists"), not quotations.
MIN_DIRECT_WORDS = 4

_WORD = re.compile(r"\w+")
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_OTHER = {"it", "they", "we"}


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
    ("‘‘", ("’’", "‘’")),
    ("“", ("”", "“")),
    ("«", ("»",)),
    ('"', ('"', "”")),
]


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


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Speakers:
    """Resolve the speaker of a reporting verb from the parse."""

    def __init__(self, doc: Doc, lex: Lexicon, marks: list[QuoteMark]):
        self.doc = doc
        self.lex = lex
        self.spans = list(actor_spans(doc))
        self.by_token: dict[int, Span] = {}
        for s in self.spans:
            for i in range(s.start, s.end):
                self.by_token[i] = s
        self.inside_quote = [False] * len(doc)
        for m in marks:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.inside_quote[i] = True
        self.last_speaker: str | None = None
        self.types = {s.kb_id_: s.label_ for s in self.spans}

    def subject(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        # A participle or conjoined verb shares its head's subject:
        # "..., highlighting that", "said X and added that".
        if verb.dep_ in ("advcl", "conj", "xcomp", "ccomp") and verb.head is not verb and verb.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VB"):
            if verb.dep_ == "ccomp":
                return None
            return self.subject(verb.head)
        return None

    def speaker(self, verb: Token) -> str | None:
        # "according to X"
        if verb.lower_ == "according":
            for t in verb.subtree:
                if t.dep_ == "pobj":
                    return self._actor_in(t)
            return None
        subj = self.subject(verb)
        if subj is None:
            return None
        return self._actor_in(subj)

    def _actor_in(self, head: Token) -> str | None:
        if head.i in self.by_token:
            return self.by_token[head.i].kb_id_
        low = head.lower_
        if low in _PRONOUNS_PERSON:
            return self._antecedent(head, {"leader"})
        if low in _PRONOUNS_OTHER:
            if self.last_speaker and self.types.get(self.last_speaker) != "leader":
                return self.last_speaker
            return self._antecedent(head, {"state", "organization", "armed_group"})
        # "Assad's office", "a Turkish official", "Iranian spokesman X":
        # prefer people, then any actor inside the subject phrase.
        found = [self.by_token[t.i] for t in head.subtree if t.i in self.by_token]
        if found:
            people = [s for s in found if s.label_ == "leader"]
            return (people or found)[0].kb_id_
        if head.lemma_.lower() in self.lex.descriptor_heads and any(t.lower_ == "the" for t in head.children):
            if self.last_speaker:
                return self.last_speaker
            return self._antecedent(head, {"organization", "state"})
        return None

    def _antecedent(self, token: Token, types: set[str]) -> str | None:
        """Nearest actor of ``types`` named before ``token`` in this or the previous sentence."""
        sent = token.sent
        floor = sent.start
        if sent.start > 0:
            floor = self.doc[sent.start - 1].sent.start
        for s in reversed(self.spans):
            if s.start >= token.i or s.start < floor:
                continue
            if s.label_ in types and not self.inside_quote[s.start]:
                return s.kb_id_
        return None


def _targets(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    out: list[str] = []
    for s in actor_spans(doc):
        if s.start_char >= start and s.end_char <= end and s.kb_id_ not in out:
            out.append(s.kb_id_)
    return tuple(out)


def _is_reporting(token: Token, lex: Lexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.reporting_verbs


def _reported_clause(verb: Token) -> tuple[Token, Token] | None:
    """First and last token of what a reporting verb reports, if anything."""
    right = [c for c in verb.children if c.i > verb.i]
    ccomp = [c for c in right if c.dep_ == "ccomp"]
    if ccomp:
        first, last = ccomp[0].left_edge, ccomp[-1].right_edge
    else:
        xcomp = [c for c in right if c.dep_ == "xcomp"]
        if not xcomp:
            objs = [c for c in right if c.dep_ == "dobj"]
            preps = [c for c in right if c.dep_ == "prep" and c.lower_ == "of"]
            if not (objs and preps):
                return None
            first, last = objs[0].left_edge, preps[-1].right_edge
        else:
            objs = [c for c in right if c.dep_ in ("dobj",) and c.i < xcomp[0].i]
            first = (objs[0] if objs else xcomp[0]).left_edge
            last = xcomp[-1].right_edge
    # A clause before the verb ("..., Foreign Policy said") is reported too.
    if not ccomp:
        left = [c for c in verb.children if c.i < verb.i and c.dep_ == "ccomp"]
        if left:
            first, last = left[0].left_edge, left[0].right_edge
    doc = verb.doc
    i, j = first.i, last.i
    while i <= j and (doc[i].dep_ == "mark" and doc[i].lower_ == "that" or doc[i].is_punct):
        i += 1
    while j >= i and doc[j].is_punct and doc[j].text not in ('"', "”", "’’"):
        j -= 1
    if i > j:
        return None
    return doc[i], doc[j]


def _left_reported(verb: Token) -> tuple[Token, Token] | None:
    left = [c for c in verb.children if c.i < verb.i and c.dep_ == "ccomp"]
    if not left:
        return None
    doc = verb.doc
    i, j = left[0].left_edge.i, left[0].right_edge.i
    while i <= j and doc[i].is_punct:
        i += 1
    while j >= i and doc[j].is_punct:
        j -= 1
    return (doc[i], doc[j]) if i <= j else None


def extract_quotes(doc: Doc, lex: Lexicon) -> list[Quote]:
    """All direct quotes and reported statements of ``doc``, in text order.

    ``doc`` must carry actor spans (``doc.spans["actors"]``) and a parse.
    """
    text = doc.text
    marks = find_quote_marks(text)
    speakers = _Speakers(doc, lex, marks)
    has_parse = doc.has_annotation("DEP")
    records: list[tuple[int, Quote]] = []
    direct_ranges: list[tuple[int, int]] = []
    claimed_verbs: set[int] = set()

    # Direct quotes.
    prev_quote: tuple[QuoteMark, str | None] | None = None
    for m in marks:
        start, end = _strip(text, m.start, m.end)
        if len(_WORD.findall(text[start:end])) < MIN_DIRECT_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        speaker, cue = None, ""
        verb = _verb_for(span, lex, speakers) if (span is not None and has_parse) else None
        if verb is not None:
            speaker = speakers.speaker(verb)
            cue = verb.text
            claimed_verbs.add(verb.i)
        elif prev_quote is not None and _adjacent(text, prev_quote[0], m):
            # A quote continued after its attribution: '"X," he said. "Y"'.
            speaker = prev_quote[1]
            cue = "continued"
        if not m.closed:
            cue = (cue + " (unclosed)").strip()
        q = Quote(speaker, text[start:end], True, _targets(doc, start, end), start, end, cue)
        records.append((start, q))
        direct_ranges.append((start, end))
        if speaker is not None:
            speakers.last_speaker = speaker
        prev_quote = (m, speaker)

    # Reported speech.
    if has_parse:
        for token in doc:
            if not _is_reporting(token, lex) or speakers.inside_quote[token.i]:
                continue
            clause = _reported_clause(token)
            if clause is None:
                continue
            first, last = clause
            start, end = first.idx, last.idx + len(last.text)
            if any(s < end and start < e for s, e in direct_ranges):
                # Contains a quotation of its own: that is the record.
                inner = [(s, e) for s, e in direct_ranges if s < end and start < e]
                if any(len(_WORD.findall(text[s:e])) >= MIN_DIRECT_WORDS for s, e in inner):
                    continue
            if token.i in claimed_verbs and any(s >= start and e <= end for s, e in direct_ranges):
                continue
            if len(_WORD.findall(text[start:end])) < 3:
                continue
            speaker = speakers.speaker(token)
            if speaker is None and speakers.subject(token) is None:
                continue  # passives and subjectless uses ("has been described as")
            q = Quote(speaker, text[start:end], False, _targets(doc, start, end), start, end, token.text)
            records.append((start, q))
    records.sort(key=lambda r: (r[0], r[1].end))
    return _dedupe([q for _, q in records])


def _dedupe(quotes: Iterable[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        # A reported clause nested inside another of the same speaker is one
        # speech act ("said X warned that ..." keeps the outer record).
        if out and not q.direct and not out[-1].direct and q.start >= out[-1].start and q.end <= out[-1].end and q.speaker == out[-1].speaker:
            continue
        out.append(q)
    return out


def _adjacent(text: str, a: QuoteMark, b: QuoteMark) -> bool:
    between = text[a.end : b.start]
    return "\n\n" not in between and len(_WORD.findall(between)) <= 6


def _verb_for(span: Span, lex: Lexicon, speakers: _Speakers) -> Token | None:
    """The reporting verb a quotation belongs to, outside the quote marks."""
    doc = span.doc
    # An ancestor of the quoted words that is a reporting verb.
    for anc in span.root.ancestors:
        if _is_reporting(anc, lex) and not (span.start <= anc.i < span.end):
            return anc
    # Otherwise the nearest reporting verb in the same sentence(s).
    sents = {span[0].sent.start, span[-1].sent.start}
    candidates = []
    for s_start in sents:
        sent = doc[s_start].sent
        for t in sent:
            if (span.start <= t.i < span.end) or speakers.inside_quote[t.i]:
                continue
            if _is_reporting(t, lex) or (t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(doc) else False):
                dist = min(abs(t.i - span.start), abs(t.i - span.end))
                candidates.append((dist, t.i, t))
    if candidates:
        return sorted(candidates)[0][2]
    return None
