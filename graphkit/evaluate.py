"""Score extraction records against gold annotations.

Gold files (``tests/data/gold/<article>.json``) and predictions (dicts from
:meth:`graphkit.records.Extraction.to_dict`, or lines of the JSON Lines file
``graphkit extract`` writes) share one shape: ``article``, ``actors``,
``stances``, ``quotes``. Scoring is per article, summed over articles (micro
averages).

One concern that reads best whole: the matching rules below depend on each
other (stances and quotes are matched through the actor matching), so they
stay in one module rather than being split by record kind.

Actors
    A predicted actor matches a gold actor of the same article when their
    names are equal after :func:`normalize_name`; failing that, when the name
    of one is among the aliases of the other; failing that, when they share an
    alias. Matching is one-to-one, taken in that order of strength (ties go to
    the pair sharing more aliases, then the same type, then names in sorted
    order). Precision, recall and F1 count matched pairs; type accuracy is
    measured on matched pairs, affiliation accuracy on matched gold leaders.
Names in stances, quotes and affiliations
    A predicted name that resolves to a matched predicted actor (by its
    canonical name, else by a unique alias) stands for that gold actor; any
    other name stays as written. Names are compared after
    :func:`normalize_name`.
Stances
    Unique ``(source, target, polarity)`` triples per article (polarity from
    the record, else from its quad). A matched triple is *quad-correct* when
    the quads predicted for it share at least one quad with the gold quads for
    it: a sentence can carry both a verbal and a material act, and one shared
    class is enough to show the right kind of act was read.
Quotes
    A predicted quote matches a gold quote of the same article when at least
    half of the word tokens of the shorter text are also in the other
    (multiset intersection, tokens ``re.findall(r"\\w+")`` of the lower-cased
    text). Pairs are taken greedily, best overlap first (ties: overlap relative
    to the longer text, then same speaker, then same ``direct``). Speaker
    accuracy is measured on matched pairs; two null speakers agree.
Zero denominators
    Precision with nothing predicted, or recall with nothing to find, is 1.0
    when the other side is empty too (nothing to find, nothing found) and 0.0
    otherwise. An accuracy with nothing to measure is ``None``.

Articles in the gold set without a prediction count as all false negatives;
predictions for articles without gold are ignored and listed.

>>> gold = {"a": {"article": "a",
...     "actors": [{"name": "Recep Tayyip Erdogan", "type": "leader",
...                 "aliases": ["Erdogan"], "affiliation": "Turkey"},
...                {"name": "Syria", "type": "state", "aliases": ["Syria"]}],
...     "stances": [{"source": "Recep Tayyip Erdogan", "target": "Syria",
...                  "quad": "verbal_conflict"}],
...     "quotes": []}}
>>> pred = {"article": "a",
...     "actors": [{"name": "Erdoğan", "type": "leader", "aliases": ["Erdoğan"],
...                 "affiliation": "Turkey"}],
...     "stances": [{"source": "Erdoğan", "target": "Syria",
...                  "quad": "verbal_conflict", "polarity": -1}],
...     "quotes": []}
>>> s = score([pred], gold)
>>> s.actors.precision, s.actors.recall, s.stances.f1
(1.0, 0.5, 1.0)
>>> [str(e) for e in s.errors()]
['a: actors false negative: Syria']
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphkit.errors import InputError
from graphkit.records import QUAD_POLARITY

__all__ = [
    "PRF",
    "Accuracy",
    "ArticleScores",
    "EvalError",
    "Scores",
    "load_gold",
    "normalize_name",
    "quote_overlap",
    "read_predictions",
    "score",
]

#: A predicted and a gold quote match from this overlap on.
QUOTE_THRESHOLD = 0.5

_DASHES = re.compile(r"[\-\u2010-\u2015\u2212]")
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"\w+")


# -- normalisation ---------------------------------------------------------


def normalize_name(name: str) -> str:
    """Return the form of an actor name used to compare names.

    Case-folds, strips diacritics, drops possessive ``'s``/``’s``, turns
    hyphens and dashes into spaces, drops full stops (``U.S.`` = ``US``),
    collapses whitespace and drops a leading "the".

    >>> normalize_name("  The  Erdoğan's ")
    'erdogan'
    >>> normalize_name("Bashar al-Assad") == normalize_name("Bashar al Assad")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _POSSESSIVE.sub("", text)
    text = _DASHES.sub(" ", text).replace(".", "")
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text


def _tokens(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def quote_overlap(a: str, b: str) -> float:
    """Share of the shorter text's word tokens found in the other text.

    Tokens are counted as multisets. Two texts without any word match (1.0)
    only each other: a quote with no words can be compared with nothing else.

    >>> quote_overlap("one two three four", "one two five six")
    0.5
    >>> quote_overlap("Assad must go", "they said that assad must go now")
    1.0
    """
    inter, shorter, _ = _overlap_counts(_tokens(a), _tokens(b))
    if shorter == 0:
        return 1.0 if inter else 0.0
    return inter / shorter


def _overlap_counts(ta: Counter[str], tb: Counter[str]) -> tuple[int, int, int]:
    """(intersection, shorter length, longer length); a wordless pair gives 1, 0, 0."""
    la, lb = sum(ta.values()), sum(tb.values())
    if la == 0 or lb == 0:
        return (1 if la == lb else 0), 0, max(la, lb)
    return sum((ta & tb).values()), min(la, lb), max(la, lb)


# -- result records ----------------------------------------------------------


def _ratio(num: int, den: int, other_empty: bool) -> float:
    if den == 0:
        return 1.0 if other_empty else 0.0
    return num / den


@dataclass(frozen=True)
class PRF:
    """True positive, false positive and false negative counts.

    >>> p = PRF(3, 1, 2)
    >>> round(p.precision, 3), round(p.recall, 3), round(p.f1, 3)
    (0.75, 0.6, 0.667)
    >>> PRF(0, 0, 0).f1
    1.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Accuracy:
    """Correct out of total; ``value`` is ``None`` when total is 0.

    >>> Accuracy(3, 4).value
    0.75
    >>> Accuracy().value is None
    True
    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True, order=True)
class EvalError:
    """One disagreement with the gold, for debugging.

    ``task`` is ``actors``, ``stances`` or ``quotes``; ``kind`` is
    ``false positive``, ``false negative`` or the attribute that is wrong on a
    matched pair (``type``, ``affiliation``, ``quad``, ``speaker``).
    """

    article: str
    task: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.article}: {self.task} {self.kind}: {self.detail}"


#: Counts reported for every article and for the whole set, in table order.
_PRF_FIELDS = ("actors", "stances", "quotes")
_ACC_FIELDS = ("actor_type", "affiliation", "quad", "speaker", "direct")
_MEASURES = (
    ("actors", "actors"), ("actor_type", "actors"), ("affiliation", "actors"),
    ("stances", "stances"), ("quad", "stances"),
    ("quotes", "quotes"), ("speaker", "quotes"), ("direct", "quotes"),
)


@dataclass
class ArticleScores:
    """Counts for one article.

    ``actor_type`` is measured on matched actors, ``affiliation`` on matched
    gold leaders, ``quad`` on matched stance triples, ``speaker`` and
    ``direct`` on matched quotes.
    """

    article: str
    actors: PRF = PRF()
    stances: PRF = PRF()
    quotes: PRF = PRF()
    actor_type: Accuracy = Accuracy()
    affiliation: Accuracy = Accuracy()
    quad: Accuracy = Accuracy()
    speaker: Accuracy = Accuracy()
    direct: Accuracy = Accuracy()
    errors: list[EvalError] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        """JSON-ready counts and scores (without errors)."""
        return {name: getattr(self, name).to_dict() for name, _ in _MEASURES}


@dataclass
class Scores:
    """Scores of a prediction set against a gold set.

    Attributes
    ----------
    articles : dict of str to ArticleScores
        One entry per gold article, in sorted order.
    missing : list of str
        Gold articles that had no prediction (scored as all false negatives).
    ignored : list of str
        Predicted articles without gold (not scored).
    """

    articles: dict[str, ArticleScores] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def _total(self, name: str):
        values = [getattr(a, name) for a in self.articles.values()]
        start = PRF() if name in _PRF_FIELDS else Accuracy()
        return sum(values, start)

    @property
    def actors(self) -> PRF:
        return self._total("actors")

    @property
    def stances(self) -> PRF:
        return self._total("stances")

    @property
    def quotes(self) -> PRF:
        return self._total("quotes")

    @property
    def actor_type(self) -> Accuracy:
        return self._total("actor_type")

    @property
    def affiliation(self) -> Accuracy:
        return self._total("affiliation")

    @property
    def quad(self) -> Accuracy:
        return self._total("quad")

    @property
    def speaker(self) -> Accuracy:
        return self._total("speaker")

    @property
    def direct(self) -> Accuracy:
        return self._total("direct")

    @property
    def n_ignored(self) -> int:
        """Number of predicted articles that had no gold."""
        return len(self.ignored)

    def errors(self) -> list[EvalError]:
        """All false positives, false negatives and wrong attributes, sorted."""
        return sorted(e for a in self.articles.values() for e in a.errors)

    def to_dict(self, per_article: bool = True, errors: bool = False) -> dict[str, Any]:
        """JSON-ready scores: totals, then (optionally) each article.

        Parameters
        ----------
        per_article : bool
            Include ``articles``: the same counts for each article.
        errors : bool
            Include each article's errors as strings (needs ``per_article``).
        """
        out: dict[str, Any] = {name: getattr(self, name).to_dict() for name, _ in _MEASURES}
        out["n_articles"] = len(self.articles)
        out["missing_articles"] = list(self.missing)
        out["ignored_articles"] = list(self.ignored)
        if per_article:
            arts = {}
            for art_id, art in self.articles.items():
                entry = art.counts()
                if errors:
                    entry["errors"] = [str(e) for e in sorted(art.errors)]
                arts[art_id] = entry
            out["articles"] = arts
        return out

    def to_rows(self, per_article: bool = False) -> list[tuple[str, str, str, str]]:
        """Rows of a table: ``(scope, measure, score, count)``, header first.

        ``scope`` is ``all`` or an article id; scores have three decimals
        (``n/a`` for an accuracy with nothing to measure); ``count`` is
        ``correct/total`` (or ``tp/predicted``, ``tp/gold`` for P and R).
        """
        rows: list[tuple[str, str, str, str]] = [("scope", "measure", "score", "count")]
        scopes: list[tuple[str, Any]] = [("all", self)]
        if per_article:
            scopes += list(self.articles.items())
        for scope, obj in scopes:
            for name, _ in _MEASURES:
                value = getattr(obj, name)
                if isinstance(value, PRF):
                    rows.append((scope, f"{name} precision", _fmt(value.precision),
                                 f"{value.tp}/{value.tp + value.fp}"))
                    rows.append((scope, f"{name} recall", _fmt(value.recall),
                                 f"{value.tp}/{value.tp + value.fn}"))
                    rows.append((scope, f"{name} f1", _fmt(value.f1), ""))
                else:
                    rows.append((scope, f"{name} accuracy", _fmt(value.value),
                                 f"{value.correct}/{value.total}"))
        return rows


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# -- reading ----------------------------------------------------------------


def load_gold(directory: str | Path) -> dict[str, dict[str, Any]]:
    """Read every ``*.json`` gold file of a folder, keyed by its ``article``.

    Raises
    ------
    InputError
        Naming the folder when it is missing or holds no gold file, or naming
        the file that is not valid JSON, lacks ``article`` or has a malformed
        list, or repeats an article of another file.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(str(directory), "no such directory")
    gold: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(str(directory), "no gold files (*.json)")
    for path in files:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(
                str(path), f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from None
        except UnicodeDecodeError as exc:
            raise InputError(str(path), f"not UTF-8 (invalid byte at offset {exc.start})") from None
        except OSError as exc:
            raise InputError(str(path), f"cannot read ({exc.strerror})") from None
        _check_record(record, str(path))
        art = record["article"]
        if art in gold:
            raise InputError(str(path), f"article {art!r} already given in {where[art]}")
        gold[art] = record
        where[art] = str(path)
    return gold


def read_predictions(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the extraction records of a JSON Lines file, one per line.

    Raises
    ------
    InputError
        ``path:line`` for a line that is not a JSON object with ``article``.
    """
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        problem = ("no such file or directory" if isinstance(exc, FileNotFoundError)
                   else f"cannot read ({exc.strerror})")
        raise InputError(str(path), problem) from None
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
            _check_record(record, where)
            yield record


def _check_record(record: Any, source: str) -> None:
    if not isinstance(record, dict):
        raise InputError(source, "record is not a JSON object")
    if not isinstance(record.get("article"), str):
        raise InputError(source, "record has no 'article' string")
    for key in ("actors", "stances", "quotes"):
        items = record.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(source, f"'{key}' must be a list of objects")


# -- matching -----------------------------------------------------------------


@dataclass(frozen=True)
class _Actor:
    name: str
    key: str
    names: frozenset[str]  # normalised name and aliases
    type: str | None
    affiliation: str | None


def _actors(items: list[dict[str, Any]], source: str) -> list[_Actor]:
    out = []
    for item in items:
        name = item.get("name")
        if not isinstance(name, str):
            raise InputError(source, "actor without a 'name' string")
        aliases = [a for a in item.get("aliases") or [] if isinstance(a, str)]
        key = normalize_name(name)
        out.append(_Actor(name, key, frozenset([key, *map(normalize_name, aliases)]),
                          item.get("type"), item.get("affiliation")))
    return out


class _Resolver:
    """Finds the actor a name stands for: by canonical name, else unique alias."""

    def __init__(self, actors: list[_Actor]):
        self.by_name: dict[str, list[int]] = {}
        self.by_alias: dict[str, list[int]] = {}
        for i, actor in enumerate(actors):
            self.by_name.setdefault(actor.key, []).append(i)
            for alias in actor.names:
                self.by_alias.setdefault(alias, []).append(i)

    def __call__(self, name: str) -> int | None:
        key = normalize_name(name)
        # An ambiguous name resolves to nothing, so that the answer does not
        # depend on the order actors were listed in.
        hits = self.by_name.get(key) or self.by_alias.get(key) or []
        return hits[0] if len(hits) == 1 else None


def _match_actors(pred: list[_Actor], gold: list[_Actor]) -> dict[int, int]:
    """One-to-one predicted -> gold index matching, strongest links first."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = len(p.names & g.names)
            if p.key == g.key:
                strength = 0
            elif p.key in g.names or g.key in p.names:
                strength = 1
            elif shared:
                strength = 2
            else:
                continue
            candidates.append((strength, -shared, p.type != g.type, g.key, p.key,
                               str(g.type), str(p.type), j, i))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for *_, j, i in sorted(candidates):
        if i not in matched and j not in taken:
            matched[i] = j
            taken.add(j)
    return matched


class _Names:
    """Maps names in one article's records to comparable (key, display) pairs."""

    def __init__(self, pred: list[_Actor], gold: list[_Actor], matched: dict[int, int]):
        self.pred, self.gold, self.matched = pred, gold, matched
        self.pred_resolve = _Resolver(pred)
        self.gold_resolve = _Resolver(gold)

    def pred_name(self, name: str | None) -> str | None:
        if name is None:
            return None
        i = self.pred_resolve(name)
        if i is not None and i in self.matched:
            return self.gold[self.matched[i]].name
        return name

    def gold_name(self, name: str | None) -> str | None:
        if name is None:
            return None
        j = self.gold_resolve(name)
        return self.gold[j].name if j is not None else name


def _key(name: str | None) -> str | None:
    return None if name is None else normalize_name(name)


def _polarity(record: dict[str, Any], source: str) -> int:
    polarity = record.get("polarity")
    if polarity is None:
        quad = record.get("quad")
        if quad not in QUAD_POLARITY:
            raise InputError(source, f"stance with unknown quad {quad!r} and no polarity")
        return QUAD_POLARITY[quad]
    if isinstance(polarity, bool) or not isinstance(polarity, (int, float)):
        raise InputError(source, f"stance polarity {polarity!r} is not a number")
    return (polarity > 0) - (polarity < 0)


def _stance_table(items, resolve, source):
    """{(source key, target key, polarity): (display source, display target, quads)}."""
    table: dict[tuple, tuple[str, str, set[str]]] = {}
    for item in items:
        src, tgt = item.get("source"), item.get("target")
        if not isinstance(src, str) or not isinstance(tgt, str):
            raise InputError(source, "stance without 'source' and 'target' strings")
        src, tgt = resolve(src), resolve(tgt)
        pol = _polarity(item, source)
        entry = table.setdefault((_key(src), _key(tgt), pol), (src, tgt, set()))
        if item.get("quad") is not None:
            entry[2].add(str(item["quad"]))
    return table


def _score_article(art: str, pred: dict[str, Any] | None, gold: dict[str, Any]) -> ArticleScores:
    where = f"prediction {art}"
    gold_src = f"gold {art}"
    pred = pred or {}
    g_actors = _actors(gold.get("actors", []), gold_src)
    p_actors = _actors(pred.get("actors", []), where)
    matched = _match_actors(p_actors, g_actors)
    names = _Names(p_actors, g_actors, matched)
    errors: list[EvalError] = []

    # Actors, their type and (for leaders) their affiliation.
    for i, p in enumerate(p_actors):
        if i not in matched:
            errors.append(EvalError(art, "actors", "false positive", p.name))
    gold_hit = set(matched.values())
    for j, g in enumerate(g_actors):
        if j not in gold_hit:
            errors.append(EvalError(art, "actors", "false negative", g.name))
    type_ok = aff_ok = aff_total = 0
    for i, j in sorted(matched.items(), key=lambda ij: ij[1]):
        p, g = p_actors[i], g_actors[j]
        if p.type == g.type:
            type_ok += 1
        else:
            errors.append(EvalError(art, "actors", "type", f"{g.name}: {p.type} for {g.type}"))
        if g.type == "leader":
            aff_total += 1
            pa, ga = names.pred_name(p.affiliation), names.gold_name(g.affiliation)
            if _key(pa) == _key(ga):
                aff_ok += 1
            else:
                errors.append(EvalError(art, "actors", "affiliation", f"{g.name}: {pa} for {ga}"))
    actors = PRF(len(matched), len(p_actors) - len(matched), len(g_actors) - len(matched))

    # Stances, on unique (source, target, polarity) triples.
    g_st = _stance_table(gold.get("stances", []), names.gold_name, gold_src)
    p_st = _stance_table(pred.get("stances", []), names.pred_name, where)
    quad_ok = 0
    for key in sorted(p_st.keys() | g_st.keys(), key=repr):
        src, tgt, _ = (g_st.get(key) or p_st[key])
        label = f"{src} -> {tgt} ({key[2]:+d})"
        if key not in g_st:
            errors.append(EvalError(art, "stances", "false positive", label))
        elif key not in p_st:
            errors.append(EvalError(art, "stances", "false negative", label))
        elif p_st[key][2] & g_st[key][2]:
            quad_ok += 1
        else:
            errors.append(EvalError(art, "stances", "quad", f"{label}: "
                                    f"{sorted(p_st[key][2])} for {sorted(g_st[key][2])}"))
    tp = len(p_st.keys() & g_st.keys())
    stances = PRF(tp, len(p_st) - tp, len(g_st) - tp)

    # Quotes: greedy one-to-one matching on token overlap.
    g_q = _quotes(gold.get("quotes", []), names.gold_name, gold_src)
    p_q = _quotes(pred.get("quotes", []), names.pred_name, where)
    candidates = []
    for i, (p_text, p_spk, p_dir, p_tok) in enumerate(p_q):
        for j, (g_text, g_spk, g_dir, g_tok) in enumerate(g_q):
            inter, shorter, longer = _overlap_counts(p_tok, g_tok)
            if shorter == 0:
                if not inter:
                    continue
                short_ratio = long_ratio = 1.0
            elif 2 * inter < shorter:  # below QUOTE_THRESHOLD, in exact arithmetic
                continue
            else:
                short_ratio, long_ratio = inter / shorter, inter / longer
            candidates.append((-short_ratio, -long_ratio, _key(p_spk) != _key(g_spk),
                               p_dir != g_dir, j, p_text, str(p_spk), i))
    q_matched: dict[int, int] = {}
    q_taken: set[int] = set()
    for *_, j, _text, _spk, i in sorted(candidates):
        if i not in q_matched and j not in q_taken:
            q_matched[i] = j
            q_taken.add(j)
    for i, (text, spk, _, _) in enumerate(p_q):
        if i not in q_matched:
            errors.append(EvalError(art, "quotes", "false positive", f"{spk}: {_clip(text)}"))
    for j, (text, spk, _, _) in enumerate(g_q):
        if j not in q_taken:
            errors.append(EvalError(art, "quotes", "false negative", f"{spk}: {_clip(text)}"))
    spk_ok = dir_ok = 0
    for i, j in q_matched.items():
        (p_text, p_spk, p_dir, _), (g_text, g_spk, g_dir, _) = p_q[i], g_q[j]
        if _key(p_spk) == _key(g_spk):
            spk_ok += 1
        else:
            errors.append(EvalError(art, "quotes", "speaker",
                                    f"{p_spk} for {g_spk}: {_clip(g_text)}"))
        if p_dir == g_dir:
            dir_ok += 1
        else:
            errors.append(EvalError(art, "quotes", "direct",
                                    f"{p_dir} for {g_dir}: {_clip(g_text)}"))
    n = len(q_matched)
    quotes = PRF(n, len(p_q) - n, len(g_q) - n)

    return ArticleScores(
        article=art, actors=actors, stances=stances, quotes=quotes,
        actor_type=Accuracy(type_ok, len(matched)),
        affiliation=Accuracy(aff_ok, aff_total),
        quad=Accuracy(quad_ok, tp),
        speaker=Accuracy(spk_ok, n),
        direct=Accuracy(dir_ok, n),
        errors=sorted(errors),
    )


def _quotes(items, resolve, source):
    out = []
    for item in items:
        text = item.get("text")
        if not isinstance(text, str):
            raise InputError(source, "quote without a 'text' string")
        speaker = item.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise InputError(source, f"quote speaker {speaker!r} is not a string")
        out.append((text, resolve(speaker), bool(item.get("direct")), _tokens(text)))
    return out


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- entry point ---------------------------------------------------------------


def score(predictions: Iterable[Any], gold: Mapping[str, dict[str, Any]]) -> Scores:
    """Score extraction records against gold records.

    Parameters
    ----------
    predictions : iterable of dict or Extraction
        Extraction records (anything with ``to_dict()`` is converted).
    gold : mapping of str to dict
        Gold records keyed by article id, as from :func:`load_gold`.

    Returns
    -------
    Scores

    Raises
    ------
    InputError
        When a record is malformed or an article is predicted twice.
    """
    by_article: dict[str, dict[str, Any]] = {}
    for record in predictions:
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        _check_record(record, "prediction")
        art = record["article"]
        if art in by_article:
            raise InputError(art, "article predicted more than once")
        by_article[art] = record
    result = Scores()
    for art in sorted(gold):
        _check_record(gold[art], f"gold {art}")
        if art not in by_article:
            result.missing.append(art)
        result.articles[art] = _score_article(art, by_article.get(art), gold[art])
    result.ignored = sorted(set(by_article) - set(gold))
    return result
