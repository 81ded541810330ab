"""Per-``Doc`` tables of the token attributes the rules read most.

Every ``Token`` a rule touches is a new Python object built on access, and
every ``token.children`` or ``token.subtree`` walk builds one per word; the
rules walk the same subtrees many times per article (each verb's objects,
prepositions and subject for its CAMEO code). :func:`token_table` reads the
words, lemmas, dependency labels and heads of a processed ``Doc`` once, as
plain lists, and keeps them with the ``Doc``, so those walks are list look-ups.

Build it only from a ``Doc`` the pipeline has finished with: the table is
read once and not updated.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Chile", "accused", "Peru", "of", "abuses"], heads=[1, 1, 1, 1, 3],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], lemmas=["Chile", "accuse", "Peru", "of", "abuse"])
>>> table = token_table(doc)
>>> table.children[1], sorted(table.subtree(3)), table.lower[4], table.lemma[1]
([0, 2, 3], [3, 4], 'abuses', 'accuse')
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.attrs import DEP, HEAD, IS_TITLE, IS_UPPER, LEMMA, ORTH, POS
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc, Span, Token

_KEY = "gk_token_table"
_POS_NAMES = {int(k): v for k, v in NAMES.items()}


class TokenTable:
    """Token attributes of one ``Doc`` as lists indexed by token position.

    Attributes
    ----------
    text : list of str
        ``token.text``.
    lower : list of str
        ``token.text.lower()``.
    lemma : list of str
        ``token.lemma_.lower()``.
    dep : list of str
        ``token.dep_``.
    pos : list of str
        ``token.pos_``.
    children : list of list of int
        The positions of ``token.children``, in order.
    """

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        if n:
            # HEAD is stored relative to the token as an unsigned 64-bit
            # number; as int64 it is the signed offset.
            array = doc.to_array([ORTH, LEMMA, DEP, HEAD, POS])
            orth, lemma, dep = (array[:, k].tolist() for k in range(3))
            heads = array[:, 3].astype("int64").tolist()
            pos = array[:, 4].tolist()
        else:
            orth = lemma = dep = heads = pos = []
        # A word's text from its hash, and its lower case, once per process
        # rather than once per token: a string-store look-up and a
        # ``lower()`` for every token of every article added up to more
        # than any reading.
        words = _words_of(doc.vocab.strings, set(orth) | set(lemma) | set(dep))
        self.text = [words[h][0] for h in orth]
        self.lower = [words[h][1] for h in orth]
        self.lemma = [words[h][1] for h in lemma]
        self.dep = [words[h][0] for h in dep]
        self.pos = [_POS_NAMES.get(p, "") for p in pos]
        self.children: list[list[int]] = [[] for _ in range(n)]
        children = self.children
        for i, offset in enumerate(heads):
            if offset:
                children[i + offset].append(i)

    def positions(self, start: int, end: int, pos: tuple[str, ...] | set[str]) -> list[int]:
        """Positions from ``start`` to ``end`` whose ``token.pos_`` is one of ``pos``."""
        tags = self.pos
        return [i for i in range(start, end) if tags[i] in pos]

    def subtree(self, i: int) -> list[int]:
        """The positions of ``doc[i].subtree`` (in no particular order)."""
        out, todo = [], [i]
        children = self.children
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(children[j])
        return out


#: String hash -> (string, its lower case). A hash names the same string in
#: every ``StringStore`` (it is the string's MurmurHash), so one memo serves
#: every ``Doc``; it is emptied when it grows past :data:`_WORDS_MAX`.
_WORDS: dict[int, tuple[str, str]] = {}
_WORDS_MAX = 500_000


def _words_of(strings, hashes) -> dict[int, tuple[str, str]]:
    """:data:`_WORDS`, holding every hash of ``hashes``."""
    words = _WORDS
    missing = [h for h in hashes if h not in words]
    if missing:
        if len(words) + len(missing) > _WORDS_MAX:
            words.clear()
            missing = list(hashes)
        for h in missing:
            text = strings[h]
            words[h] = (text, text.lower())
    return words


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, read once and kept in ``doc.user_data``."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = TokenTable(doc)
    return table


def tokens_of(span: Span, *pos: str) -> Iterator[Token]:
    """The tokens of ``span`` whose ``token.pos_`` is one of ``pos``, in order.

    The readings that look only at verbs or nouns visit a sentence several
    times each; the other tokens cost no ``Token`` object.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Turkey", "warned", "Syria"], pos=["PROPN", "VERB", "PROPN"])
    >>> [t.text for t in tokens_of(doc[0:3], "VERB")]
    ['warned']
    """
    doc = span.doc
    for i in token_table(doc).positions(span.start, span.end, pos):
        yield doc[i]


def capitalised(doc: Doc) -> list[int]:
    """Positions of the title-case or upper-case tokens, read from one array.

    The resolver looks for names among them; the other tokens of an article
    (most of them) cost no ``Token`` object.

    >>> import spacy
    >>> capitalised(spacy.blank("en")("the Assad regime and NATO"))
    [1, 4]
    """
    if not len(doc):
        return []
    return [i for i, (title, upper) in enumerate(doc.to_array([IS_TITLE, IS_UPPER]).tolist()) if title or upper]


def lemmas_in(doc: Doc, words) -> list[int]:
    """Positions of the tokens whose lower-cased lemma is one of ``words``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Regimes", "fell"], lemmas=["Regime", "fall"])
    >>> lemmas_in(doc, {"regime"})
    [0]
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    hits: dict[int, bool] = {}
    out = []
    for i, h in enumerate(doc.to_array(LEMMA).tolist()):
        hit = hits.get(h)
        if hit is None:
            hit = hits[h] = strings[h].lower() in words
        if hit:
            out.append(i)
    return out


def per_token(method):
    """Work ``method(self, token)`` out once per token of the reader's ``Doc``.

    For a method of a reader of one ``Doc`` whose answer depends on the
    token's parse and the reader's lexicon alone: the stance, event and
    quote readings ask the same verb's quad several times.
    """
    memo_name = f"_memo_{method.__name__}"

    @functools.wraps(method)
    def once(self, token: Token):
        memo = self.__dict__.get(memo_name)
        if memo is None:
            memo = self.__dict__[memo_name] = {}
        if token.i not in memo:
            memo[token.i] = method(self, token)
        return memo[token.i]

    return once
