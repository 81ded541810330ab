"""The trained pipeline's attribute rules, applied by table look-up.

``en_core_web_sm``'s ``attribute_ruler`` maps each tagged token to its
coarse part of speech, morphology and some lemmas with 179 rules: one or
two tokens, each tested for equality (or ``IN``, ``NOT_IN``, ``REGEX``) on
its tag, lower-case form, dependency label or whitespace. spaCy runs them
all through its general ``Matcher``, about a tenth of the whole pipeline's
time. :func:`speed_up` makes the ruler find the same matches by look-up:
a token is described by the values the rules test (``Doc.to_array``), and
what each distinct description satisfies is worked out once, through
tables keyed by the rules' equality tests, and then remembered, so a token
costs one dictionary look-up. Rules of any other shape (quantifiers,
other attributes or predicates) are left to the ``Matcher``. The matches,
their order and what is set on the tokens are the ruler's own (a test
compares every token on the seeds and a corpus).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "hi"}]], {"LEMMA": "hello"})
>>> ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
>>> speed_up(nlp)
True
>>> [t.lemma_ for t in nlp("Hi y'all")]
['hello', 'you', '']
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Token attributes a rule may test, as ``Doc.to_array`` reads them.
_PLAIN = {"TAG": "TAG", "LOWER": "LOWER", "DEP": "DEP", "IS_SPACE": "IS_SPACE", "ORTH": "ORTH", "TEXT": "ORTH", "NORM": "NORM"}

#: Distinct token descriptions remembered before the memory is emptied (a
#: long run over new vocabulary must not grow it without bound).
MEMORY = 200_000


def _supported(pattern: list[dict[str, Any]]) -> bool:
    """Every token a set of plain tests: equality, ``IN``, ``NOT_IN`` or ``REGEX``, no quantifier."""
    for spec in pattern:
        for key, value in spec.items():
            if key not in _PLAIN:
                return False
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                    return False
                if "REGEX" in value and (key == "IS_SPACE" or not isinstance(value["REGEX"], str)):
                    return False
            elif not isinstance(value, (str, bool)):
                return False
    return bool(pattern)


class TableMatcher:
    """The ``match`` and ``set_annotations`` of an ``AttributeRuler``, by look-up.

    Parameters
    ----------
    ruler : spacy.pipeline.AttributeRuler
        The loaded ruler; its rules are read once.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.strings = strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.keys: dict[int, int] = {}
        # Every supported pattern as (rule id, length); every token test of
        # one as a "slot" (pattern number, position) with its equality tests
        # (the table it is found in) and the rest (NOT_IN, REGEX) checked after.
        self.patterns: list[tuple[int, int]] = []
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[int]]] = {}
        self.slots: list[tuple[int, int, list]] = []
        self.unindexed: list[int] = []  # slots with no equality test
        for rule_id, rule in enumerate(ruler.patterns):
            key = strings.add(str(rule_id))
            self.keys[rule_id] = key
            patterns = rule["patterns"]
            if not all(_supported(p) for p in patterns):
                self.rest.add(key, patterns)
                continue
            for pattern in patterns:
                number = len(self.patterns)
                self.patterns.append((rule_id, len(pattern)))
                for k, spec in enumerate(pattern):
                    self._add_slot(number, k, spec)
        self.columns = sorted({n for names in self.tables for n in names}
                              | {name for _, _, checks in self.slots for name, _, _ in checks})
        self.where = {names: [self.columns.index(n) for n in names] for names in self.tables}
        for _, _, checks in self.slots:
            checks[:] = [(self.columns.index(name), kind, value) for name, kind, value in checks]
        #: token description (values of ``columns``) -> (rules of one-token
        #: patterns it matches, multi-token pattern slots it fills)
        self.memory: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset]] = {}

    def _add_slot(self, number: int, k: int, spec: dict[str, Any]) -> None:
        strings = self.strings
        slot = len(self.slots)
        equal, checks = [], []
        for name, value in sorted(spec.items()):
            column = _PLAIN[name]
            if isinstance(value, dict) and "REGEX" in value:
                checks.append((column, "REGEX", re.compile(value["REGEX"])))
            elif isinstance(value, dict) and "NOT_IN" in value:
                checks.append((column, "NOT_IN", {_value(strings, v) for v in value["NOT_IN"]}))
            else:
                values = value["IN"] if isinstance(value, dict) else [value]
                equal.append((column, [_value(strings, v) for v in values]))
        self.slots.append((number, k, checks))
        if not equal:
            self.unindexed.append(slot)
            return
        names = tuple(n for n, _ in equal)
        table = self.tables.setdefault(names, {})
        for combo in itertools.product(*(vs for _, vs in equal)):
            ids = table.setdefault(tuple(combo), [])
            if slot not in ids:
                ids.append(slot)

    def _describe(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset]:
        """What a token with these column values satisfies (worked out once per description)."""
        candidates = list(self.unindexed)
        for names, table in self.tables.items():
            candidates += table.get(tuple(row[c] for c in self.where[names]), ())
        singles, filled = set(), set()
        for slot in candidates:
            number, k, checks = self.slots[slot]
            if all(self._check(row[c], kind, value) for c, kind, value in checks):
                rule_id, length = self.patterns[number]
                if length == 1:
                    singles.add(rule_id)
                else:
                    filled.add((number, k))
        found = (tuple(sorted(singles)), frozenset(filled))
        if len(self.memory) >= MEMORY:
            self.memory.clear()
        self.memory[row] = found
        return found

    def _check(self, got: int, kind: str, value) -> bool:
        if kind == "NOT_IN":
            return got not in value
        # REGEX: the Matcher searches the attribute's string.
        return value.search(self.strings[got]) is not None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches ``(rule id, key, start, end)``, sorted as the ruler sorts them.

        Like the ``Matcher``, a rule matches a span once however many of its
        patterns match it.
        """
        found: set[tuple[int, int, int]] = set()
        if len(doc) and self.slots:
            rows = doc.to_array(self.columns).tolist()
            if len(self.columns) == 1:
                rows = [(r,) for r in rows]
            memory, describe = self.memory, self._describe
            described = [memory.get(row) or describe(row) for row in map(tuple, rows)]
            n = len(described)
            for i, (singles, filled) in enumerate(described):
                for rule_id in singles:
                    found.add((rule_id, i, i + 1))
                for number, k in filled:
                    rule_id, length = self.patterns[number]
                    if k == 0 and i + length <= n and all(
                        (number, j) in described[i + j][1] for j in range(1, length)
                    ):
                        found.add((rule_id, i, i + length))
        keys = self.keys
        matches = [(r, keys[r], start, end) for r, start, end in found]
        if len(self.rest):
            strings = self.strings
            for key, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                matches.append((int(strings[key]), key, start, end))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """As ``AttributeRuler.set_annotations`` (the rules' indexes were checked by spaCy)."""
        for rule_id, _, start, end in matches:
            index = self.indices[rule_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[rule_id])


def _value(strings, value) -> int:
    """The number ``Doc.to_array`` gives for a tested value: a string's hash, a flag's 0 or 1."""
    return int(value) if isinstance(value, bool) else strings.add(value)


def speed_up(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Make the pipeline's attribute ruler match by table look-up; ``False`` when it has none."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not hasattr(ruler, "match") or not hasattr(ruler, "attrs"):
        return False
    fast = TableMatcher(ruler)
    # Instance attributes: AttributeRuler.__call__ calls self.match and
    # self.set_annotations, so the component keeps its name, place and config.
    ruler.match = fast.match
    ruler.set_annotations = fast.set_annotations
    return True


def remember_lemmas(nlp: Language, name: str = "lemmatizer") -> bool:
    """Make the pipeline's rule lemmatizer work out each lemma once per process.

    spaCy's rule lemmatizer reads every token as an object and remembers
    only some of its answers (not the base forms, most nouns and verbs), so
    it re-reads their morphology each time. Its lemma is a function of the
    token's form, part of speech and morphology alone; here the answer for
    each such triple is remembered, read from ``Doc.to_array`` and written
    back with ``Doc.from_array``. ``False`` when the pipeline has no rule
    lemmatizer. The lemmas are the lemmatizer's own (a test compares every
    token on the seeds and a corpus).
    """
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    # The component keeps its name, place, tables and config; only its
    # __call__ (which spaCy looks up on the class) changes.
    lemmatizer.__class__ = _remembering(type(lemmatizer))
    lemmatizer._gk_lemmas = {}
    return True


@functools.lru_cache(maxsize=None)
def _remembering(cls: type) -> type:
    """``cls`` (a rule ``Lemmatizer``) with a ``__call__`` that remembers its answers."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if not len(doc):
                return doc
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            memory, strings = self._gk_lemmas, self.vocab.strings
            if len(memory) >= MEMORY:
                memory.clear()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not self.overwrite:
                    continue  # set by the attribute ruler
                key = (orth, pos, morph)
                found = memory.get(key)
                if found is None:
                    found = strings.add(self.lemmatize(doc[i])[0])
                    if pos:  # no part of speech: spaCy warns each time, so ask it each time
                        memory[key] = found
                lemmas[i] = found
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    return type(cls.__name__, (cls,), {"__call__": __call__, "__module__": __name__})
