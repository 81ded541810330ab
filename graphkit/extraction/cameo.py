"""CAMEO event codes from PETRARCH2's verb patterns, matched on the parse.

``graphkit/data/cameo.json`` (built by ``tools/build_lexicon.py`` from
``reference/cameo/CAMEO.2.0.txt``) lists about 1,800 verbs in about 400
blocks, and 4,500 patterns: the words around a verb that give it a more
precise code ("accuse ... of rights abuses" is 1122, "send ... &FOOD" is
073). A pattern is matched on spaCy's dependency parse, not on word order:

* words after the ``*`` must be in the verb's object phrases or particles;
* ``(PREP words)`` must be a preposition of the verb or its object, with the
  words in its object;
* words before the ``*`` must be in the verb's subject phrase.

The most specific pattern that matches wins; without one the verb's own code
applies; ``---`` means no event. Patterns are found through an index of
their words, so a token costs a few dictionary lookups, not a scan of the
dictionary.

CAMEO codes map to the quad classes by their two-digit root (01-05 verbal
cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
material conflict); codes 01x (public statements) state no stance.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Chile", "accused", "Peru", "of", "rights", "abuses"],
...           heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
...           lemmas=["Chile", "accuse", "Peru", "of", "right", "abuse"])
>>> Cameo.load().code(doc[1])
'1122'
>>> quad_of("1122"), quad_of("190"), quad_of("010")
('verbal_conflict', 'material_conflict', None)
"""

from __future__ import annotations

import functools
import itertools
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from graphkit.errors import InputError
from graphkit.extraction.tables import TokenTable, token_table

_OBJECT_DEPS = {"dobj", "attr", "oprd", "acomp", "dative", "prt", "xcomp", "ccomp", "npadvmod"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "advmod", "neg", "aux"}

Element = frozenset  # alternatives, each a tuple of words


def quad_of(code: str | None) -> str | None:
    """Quad class of a CAMEO code; ``None`` for no event or a public statement.

    >>> quad_of("042:043"), quad_of("---"), quad_of("0862"), quad_of("010"), quad_of("018")
    ('verbal_cooperation', None, 'material_cooperation', None, 'verbal_cooperation')
    """
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    if root <= 1:
        # 01x: a statement about nobody in particular, except sympathy (018:
        # "offered condolences to Bush") and accord (019) shown to someone
        return "verbal_cooperation" if code[:3] in ("018", "019") else None
    if root <= 5:
        return "verbal_cooperation"
    if root <= 8:
        return "material_cooperation"
    if root <= 13:
        return "verbal_conflict"
    return "material_conflict" if root <= 20 else None


@dataclass(frozen=True)
class Pattern:
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    preps: tuple[tuple[str, tuple[Element, ...]], ...]
    code: str

    @functools.cached_property
    def weight(self) -> int:
        # Object words say more than a bare preposition: "rushed food to"
        # is aid (073) before it is a visit "to" somewhere (042).
        return len(self.pre) + 2 * len(self.post) + sum(1 + 2 * len(w) for _, w in self.preps)

    @functools.cached_property
    def ends(self) -> frozenset[str]:
        """Last words of the object phrases the pattern names (the head nouns)."""
        return frozenset(alt[-1] for e in self.post for alt in e)

    @functools.cached_property
    def tests(self) -> tuple:
        """``pre``, ``post`` and ``preps`` with each element as :func:`_split` makes it, for :func:`_matches`."""
        return (tuple(_split(e) for e in self.pre), tuple(_split(e) for e in self.post),
                tuple((p, tuple(_split(e) for e in ws)) for p, ws in self.preps))


@dataclass
class Cameo:
    """The verb pattern dictionary, indexed for lookup.

    Parameters
    ----------
    verbs : dict
        lemma -> (block, code); several-word verbs ("lash out") by their words.
    patterns : dict
        block -> key word -> patterns needing that word ("of" for a
        preposition); key ``""`` holds the patterns with no object words.
    """

    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    patterns: dict[str, dict[str, list[Pattern]]] = field(default_factory=dict)
    n_patterns: int = 0
    version: str = ""
    nouns: dict[str, str] = field(default_factory=dict)

    def noun_quad(self, lemma: str) -> str | None:
        """Quad of an event noun of CAMEO's light verbs ("complaint" -> verbal conflict)."""
        return quad_of(self.nouns.get(lemma.lower()))

    def noun_code(self, lemma: str) -> str | None:
        """CAMEO code of an event noun: CAMEO's light-verb noun ("offensive"
        190), else the code of the verb spelt the same ("blockade",
        "embargo", "strike", "raid"), which is what the act is when a light
        verb ("ordered a naval blockade of Cuba") carries it.

        >>> Cameo.load().noun_code("offensive"), Cameo.load().noun_code("raid")
        ('190', '190')
        """
        low = lemma.lower()
        code = self.nouns.get(low)
        if code is None and low in self.verbs:
            code = self.verbs[low][1]
        return code if code and code[:2].isdigit() else None

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Cameo":
        """The shipped dictionary, or the JSON file at ``path`` (same format)."""
        return _load(str(path) if path else None)

    def entry(self, verb: Token) -> tuple[str, str, str] | None:
        """(lemma, block, code) of a verb, a several-word verb first."""
        # Read from the token table: the readings ask this of every verb
        # several times, and ``verb.children`` builds a Token per child.
        table = token_table(verb.doc)
        i = verb.i
        lemma = table.lemma[i]
        dep, lower = table.dep, table.lower
        for c in table.children[i]:
            if (dep[c] in ("prt", "prep") and c > i) or (
                    dep[c] == "advmod" and c == i + 1 and _particle(verb, verb.doc[c])):
                hit = self.verbs.get(f"{lemma} {lower[c]}")
                if hit is not None:
                    return f"{lemma} {lower[c]}", *hit
        hit = self.verbs.get(lemma) or self.verbs.get(lower[i])
        return (lemma, *hit) if hit is not None else None

    def code(self, verb: Token) -> str | None:
        """CAMEO code of ``verb`` in its clause; ``None`` if it is no CAMEO verb."""
        return self.match(verb)[0]

    def match(self, verb: Token) -> tuple[str | None, tuple[str, ...]]:
        """CAMEO code of ``verb`` and the object words its pattern named.

        The words say what the code was read from: "imposed sanctions" is
        163 because of "sanctions", so a reading of the noun defers to it.

        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Chile", "broke", "off", "relations"], heads=[1, 1, 1, 1],
        ...           deps=["nsubj", "ROOT", "prt", "dobj"], lemmas=["Chile", "break", "off", "relation"])
        >>> code, words = Cameo.load().match(doc[1])
        >>> quad_of(code), "relations" in words
        ('material_conflict', True)
        """
        found = self.entry(verb)
        if found is None:
            return None, ()
        _, block, default = found
        index = self.patterns.get(block)
        if not index:
            return (None if predicates(verb) else default), ()
        post, preps, pre = _slots(verb)
        candidates: list[Pattern] = list(index.get("", ()))
        # Sorted: set order changes with the hash seed, and ties keep the first pattern.
        for key in sorted(post | {f"({p})" for p, _ in preps}):
            candidates.extend(index.get(key, ()))
        # Equal weights: a pattern naming the object's own head ("broke off
        # relations" 161) before one naming a particle ("broke off" 130).
        table = token_table(verb.doc)
        objects = [c for c in table.children[verb.i] if table.dep[c] == "dobj"]
        heads = {w for c in objects for w in (table.lower[c], table.lemma[c])}
        # "sent a team of military advisers": what the container holds
        # ("&MILITARY advisors" 072) says more than the container ("team" 036).
        held = {w for c in objects for p in table.children[c] if table.dep[p] == "prep" and table.lower[p] == "of"
                for o in table.children[p] if table.dep[o] == "pobj" for w in (table.lower[o], table.lemma[o])}
        best: Pattern | None = None
        best_key = (-1, 0)
        for p in candidates:
            if p.weight < best_key[0]:
                continue
            ends = p.ends
            key = (p.weight, 2 if held and not ends.isdisjoint(held) else 1 if not ends.isdisjoint(heads) else 0)
            if key > best_key and _matches(p, post, preps, pre):
                best, best_key = p, key
        if best is not None:
            named = tuple(dict.fromkeys(w for e in best.post for alt in e for w in alt if w in post))
            code = best.code
            if block == "sign" and code[:2] == "06":
                # "signed a defence pact" (062), "a trade treaty" (061): the
                # signature is the act (057, as for any formal agreement); the
                # cooperation it promises is not done yet, as a pledge's is not.
                code = ":".join("057" if part else part for part in code.split(":"))
            return _directive(verb, code, default), named
        if predicates(verb):
            return None, ()  # "called the move provocative" says what it is, no event of the verb
        return _directive(verb, default, default), ()


def predicates(verb: Token) -> bool:
    """``verb`` says what its object is: "called the move provocative" (an
    object predicate), "called Russia's annexation illegal" (the parser's
    adjective after the object). No event of the verb."""
    return any(
        c.dep_ == "oprd" or (c.dep_ == "dobj" and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i for a in c.children))
        for c in verb.children
    )


#: CAMEO's "demand, not specified below": what a statement telling someone to act is.
DEMAND = "100"


def _directive(verb: Token, code: str | None, default: str) -> str | None:
    """"told Vietnam to withdraw": a statement verb with an object told to act is a demand.

    PETRARCH codes some of these by what the object is told to do ("TELL *
    WITHDRAW" 0874, the withdrawal); the speaker's act toward the object is
    the demand.
    """
    if not default[:2].isdigit() or int(default[:2]) not in (0, 1, 10):
        return code  # statement (01x) and demand (10x) verbs: "ordered Washington to vacate the base"
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    if has_object and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return DEMAND
    return code


def _words(table: TokenTable, positions) -> set[str]:
    """Lower-case words and lemmas of the tokens at ``positions``."""
    lower, lemma = table.lower, table.lemma
    out: set[str] = set()
    for t in positions:
        out.add(lower[t])
        out.add(lemma[t])
    return out


def _particle(verb: Token, c: Token) -> bool:
    """An adverb right after its verb that the parser did not call a particle:
    "hit back at Yerevan" (advmod) is the phrasal verb CAMEO codes 111."""
    return c.dep_ == "advmod" and c.i == verb.i + 1 and c.pos_ in ("ADV", "ADP") and c.is_alpha


def _nested(table: TokenTable, obj: int) -> set[int]:
    """Words of the phrases nested in a noun object, which its patterns do not read.

    "demolished the homes of militants" demolishes homes; it disarms no
    militants ("* MILITANT", 082, is DISARM's pattern in the same block).
    What an indefinite container holds stays the object's: "sent a team of
    military advisers", "hundreds of troops".
    """
    dep, lower = table.dep, table.lower
    if dep[obj] not in ("dobj", "dative"):
        return set()
    definite = any(dep[c] in ("det", "poss") and lower[c] not in ("a", "an", "some", "more") for c in table.children[obj])
    own = table.children[obj]
    return {t for p in table.subtree(obj) if p != obj and dep[p] == "prep"
            and (definite or lower[p] != "of" or p not in own) for t in table.subtree(p)}


def _slots(verb: Token) -> tuple[set[str], list[tuple[str, set[str]]], set[str]]:
    """Object words, (preposition, its object's words), subject words.

    Read from the ``Doc``'s :func:`~graphkit.extraction.tables.token_table`:
    the subtrees walked here are walked again for every verb of a sentence.
    A preposition's words are those of its object, without the preposition.
    """
    table = token_table(verb.doc)
    dep, children, subtree = table.dep, table.children, table.subtree
    post: set[str] = set()
    preps: list[tuple[str, set[str]]] = []
    pre: set[str] = set()
    heads = [verb.i]
    doc = verb.doc
    for c in children[verb.i]:
        if dep[c] in _OBJECT_DEPS or (dep[c] == "advmod" and _particle(verb, doc[c])):
            post |= _words(table, (t for t in subtree(c) if t not in _nested(table, c)))
            heads.append(c)
        elif dep[c] in _SUBJECT_DEPS:
            pre |= _words(table, subtree(c))
    for h in heads:
        for c in children[h]:
            if dep[c] in ("prep", "agent"):
                preps.append((table.lower[c], _words(table, (t for t in subtree(c) if t != c))))
                # "charged him with the murder of": nested phrases count too
                for g in subtree(c):
                    if g != c and dep[g] == "prep":
                        preps.append((table.lower[g], _words(table, (t for t in subtree(g) if t != g))))
    if not any(dep[c] in _OBJECT_DEPS for c in children[verb.i]):
        # "Rebels were accused of": a passive's subject is its object.
        for c in children[verb.i]:
            if dep[c] == "nsubjpass":
                post |= _words(table, subtree(c))
    return post, preps, pre


def _split(element: Element) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """An element's one-word alternatives as a set, and the longer ones by their first word.

    A synonym set expands to hundreds of alternatives: a set test finds
    the one-word ones at once, and only longer ones that start with a word
    of the phrase need their other words looked up.
    """
    longer: dict[str, list[tuple[str, ...]]] = {}
    for a in element:
        if len(a) > 1:
            longer.setdefault(a[0], []).append(a[1:])
    return frozenset(a[0] for a in element if len(a) == 1), longer


def _has(element: tuple[frozenset[str], dict[str, list[tuple[str, ...]]]], words: set[str]) -> bool:
    """Some alternative of a :func:`_split` element has all its words in
    ``words``: a one-word one, else a longer one whose first word is there."""
    singles, longer = element
    if not singles.isdisjoint(words):
        return True
    if not longer:
        return False
    firsts = (w for w in words if w in longer) if len(words) < len(longer) else (w for w in longer if w in words)
    return any(all(w in words for w in rest) for first in firsts for rest in longer[first])


def _matches(p: Pattern, post: set[str], preps: list[tuple[str, set[str]]], pre: set[str]) -> bool:
    pre_tests, post_tests, prep_tests = p.tests
    if not all(_has(e, post) for e in post_tests):
        return False
    if not all(_has(e, pre) for e in pre_tests):
        return False
    for prep, elements in prep_tests:
        if not any(name == prep and all(_has(e, words) for e in elements) for name, words in preps):
            return False
    return True


#: Spelling pairs (American, British) of word endings: PETRARCH's patterns
#: mix the two ("ARMOUR", "DEFENSE", "ADVISORS"), wire copy uses either.
_SPELLINGS = (("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"),
              ("isors", "isers"), ("isor", "iser"), ("ense", "ence"), ("ors", "ours"), ("or", "our"),
              ("ters", "tres"), ("ter", "tre"), ("ram", "ramme"), ("rams", "rammes"))


def spellings(word: str) -> set[str]:
    """``word`` and its other spelling, American or British.

    >>> sorted(spellings("advisors")), sorted(spellings("defence")), sorted(spellings("armour"))
    (['advisers', 'advisors'], ['defence', 'defense'], ['armor', 'armour'])
    """
    out = {word}
    if len(word) < 5 or word.endswith("oor"):
        return out
    for american, british in _SPELLINGS:
        if word.endswith(american):
            out.add(word[: -len(american)] + british)
            break
        if word.endswith(british):
            out.add(word[: -len(british)] + american)
            break
    return out


def _element(text: str, synsets: dict[str, list[str]]) -> Element:
    """The word sequences a pattern element matches: each ``&SET`` in it
    ("&MILITARY advisors", "joint &DEFENSE &TREATY") stands for any phrase
    of that synonym set, each other word for its American or British
    spelling (the sets list the spellings they mean)."""
    parts: list[list[tuple[str, ...]]] = []
    for word in text.split():
        if word.startswith("&"):
            options = {tuple(a.split()) for a in synsets.get(word, [word]) if a.split()}
        else:
            options = {(w,) for w in spellings(word)}
        parts.append(sorted(options))
    out: set[tuple[str, ...]] = set()
    for combo in itertools.product(*parts):
        out.add(tuple(w for phrase in combo for w in phrase))
    return frozenset(out)


def _compile_rows(text: str, source: str) -> tuple[dict, dict]:
    """Verbs, pattern rows ``(keys, pre, post, preps, code)`` by block and event nouns, as :mod:`marshal` stores them."""
    try:
        data = json.loads(text)
        synsets = data.get("synsets", {})
        verbs = {k: (v["block"], v["code"]) for k, v in data["verbs"].items()}
        nouns = {str(k): str(v) for k, v in (data.get("nouns") or {}).items()}
        for noun, code in sorted(nouns.items()):
            for other in spellings(noun):
                nouns.setdefault(other, code)  # "defence" as "defense"
        rows: dict[str, list[tuple]] = {}
        for block, pats in data.get("blocks", {}).items():
            out = rows.setdefault(block, [])
            for raw in pats:
                pre = tuple(_element(w, synsets) for w in raw.get("pre", []))
                post = tuple(_element(w, synsets) for w in raw.get("post", []))
                preps = tuple((p, tuple(_element(w, synsets) for w in ws)) for p, ws in raw.get("preps", []))
                if post:
                    keys = tuple(sorted({alt[0] for alt in post[0]}))
                elif preps:
                    keys = (f"({preps[0][0]})",)
                else:
                    keys = ("",)
                out.append((keys, pre, post, preps, raw["code"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(source, f"not a CAMEO pattern file ({exc})") from None
    return verbs, rows, nouns


@functools.lru_cache(maxsize=4)
def _load(path: str | None) -> Cameo:
    import hashlib

    if path is None:
        text = resources.files("graphkit").joinpath("data/cameo.json").read_text(encoding="utf-8")
        source = "graphkit/data/cameo.json"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(path, exc.strerror or "cannot be read") from None
        source = path
    from graphkit.extraction.compiled import compiled

    # Expanding synsets into pattern elements was most of the load time: the
    # expanded rows are compiled once per file content (:mod:`.compiled`).
    verbs, rows, nouns = compiled("cameo-patterns-5", [text], functools.partial(_compile_rows, text, source))
    index: dict[str, dict[str, list[Pattern]]] = {}
    n = 0
    for block, pats in rows.items():
        table = index.setdefault(block, {})
        for keys, pre, post, preps, code in pats:
            pat = Pattern(pre, post, preps, code)
            n += 1
            for k in keys:
                table.setdefault(k, []).append(pat)
    return Cameo(verbs, index, n, hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], nouns)


def stance_code(code_of, sent, cue: str, quad: str, noun_code=None) -> str:
    """The CAMEO code of a stance's cue in ``sent``, when it agrees with ``quad``.

    A verb cue is coded in its clause; an event noun ("launched air
    strikes") by the verb it is the object of, else by its own code
    (``noun_code``, :meth:`Cameo.noun_code`): "ordered a naval blockade"
    is the blockade, whatever "order" codes. ``code_of`` codes a verb
    (:meth:`Cameo.code`, or a reader's memo of it). Empty when CAMEO codes the cue
    otherwise or not at all (the hand lexicon decided the quad).
    """
    word, text = cue.split("-")[-1], token_table(sent.doc).text
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if text[i] == word):
        for verb in (tok, tok.head) if tok.pos_ != "VERB" else (tok,):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            code = code_of(verb)
            if code and quad_of(code) == quad:
                return code.split(":")[0]
        if noun_code is not None and tok.pos_ == "NOUN":
            code = noun_code(tok.lemma_)
            if code and quad_of(code) == quad:
                return code.split(":")[0]
    return ""
