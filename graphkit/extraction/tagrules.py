"""The trained pipeline's attribute rules, applied by table look-up.

``en_core_web_sm``'s ``attribute_ruler`` maps each tagged token to its
coarse part of speech, morphology and some lemmas with 179 rules, almost
all of them one token equal to a tag, a lower-case form or a dependency
label. spaCy runs them all through its general ``Matcher``, about a tenth
of the whole pipeline's time. :func:`speed_up` makes the ruler find the
same matches with one dictionary look-up per token and rule shape, and
leaves the few rules that need the ``Matcher`` (two tokens, ``NOT_IN``,
``REGEX``) to it. The matches, their order and what is set on the tokens are
the ruler's own (a test compares every token on the seeds and a corpus).

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

import itertools
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Token attributes a rule may test by plain equality, as ``Doc.to_array`` reads them.
_PLAIN = {"TAG": "TAG", "LOWER": "LOWER", "DEP": "DEP", "IS_SPACE": "IS_SPACE", "ORTH": "ORTH", "TEXT": "ORTH", "NORM": "NORM"}


def _simple(pattern: list[dict[str, Any]]) -> bool:
    """One token, every test an equality (or an ``IN`` list) on a plain attribute."""
    if len(pattern) != 1:
        return False
    for key, value in pattern[0].items():
        if key not in _PLAIN:
            return False
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return False
        elif not isinstance(value, (str, bool)):
            return False
    return True


class TableMatcher:
    """The ``match`` and ``set_annotations`` of an ``AttributeRuler``, by look-up.

    Parameters
    ----------
    ruler : spacy.pipeline.AttributeRuler
        The loaded ruler; its rules are read once.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        # signature (attribute names) -> {value hashes: [rule ids]}
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[int]]] = {}
        self.keys: dict[int, int] = {}
        for rule_id, rule in enumerate(ruler.patterns):
            key = strings.add(str(rule_id))
            self.keys[rule_id] = key
            patterns = rule["patterns"]
            if ruler.indices[rule_id] not in (0, -1) or not all(_simple(p) for p in patterns):
                self.rest.add(key, patterns)
                continue
            for pattern in patterns:
                tests = sorted(pattern[0].items())
                names = tuple(_PLAIN[k] for k, _ in tests)
                choices = []
                for _, value in tests:
                    values = value["IN"] if isinstance(value, dict) else [value]
                    choices.append([int(v) if isinstance(v, bool) else strings.add(v) for v in values])
                table = self.tables.setdefault(names, {})
                for combo in itertools.product(*choices):
                    ids = table.setdefault(tuple(combo), [])
                    if rule_id not in ids:
                        ids.append(rule_id)
        self.columns = sorted({n for names in self.tables for n in names})
        self.where = {names: [self.columns.index(n) for n in names] for names in self.tables}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches ``(rule id, key, start, end)``, sorted as the ruler sorts them."""
        found = set()
        if len(doc) and self.tables:
            rows = doc.to_array(self.columns).tolist()
            if len(self.columns) == 1:
                rows = [[r] for r in rows]
            for names, table in self.tables.items():
                cols = self.where[names]
                if len(cols) == 1:
                    c = cols[0]
                    for i, row in enumerate(rows):
                        ids = table.get((row[c],))
                        if ids:
                            found.update((r, i) for r in ids)
                else:
                    for i, row in enumerate(rows):
                        ids = table.get(tuple(row[c] for c in cols))
                        if ids:
                            found.update((r, i) for r in ids)
        matches = [(r, self.keys[r], i, i + 1) for r, i in found]
        strings = self.ruler.vocab.strings
        for key, start, end in self.rest(doc, allow_missing=True, as_spans=False):
            matches.append((int(strings[key]), key, start, end))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """As ``AttributeRuler.set_annotations`` (the rules' indexes were checked by spaCy)."""
        for rule_id, _, start, end in matches:
            index = self.indices[rule_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[rule_id])


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
