"""Clauses the parser misread: ", and <subject> <verb>" run into the clause
before it, and causatives ("had X arrested").

Wire copy joins two clauses with a comma and "and": "Niger's army detained
President Tandja, and ECOWAS condemned the coup". The small English model
often reads the second subject as one more object of the first verb
("detained Tandja and ECOWAS") and leaves the second verb without a
subject, or makes the whole list the second verb's subject ("detained
Prime Minister Bavadra and his cabinet, and Australia and New Zealand
condemned the coup" gives "detained" no object and "Bavadra ... Australia
... New Zealand" as the subject of "condemned"). Every reader downstream
(stances, events, quotes) then reads the wrong pair.

:func:`split_clauses` mends the tree before anything reads it. It looks at
a verb coordinated with an earlier verb (``conj``) and at the chain of
coordinated nouns between the two. When that chain breaks at a comma
followed by a coordinator (", and", ", but", ", while") and the part after
the break runs up to the second verb, that part is the second verb's
subject and the part before it the first verb's object. A list inside one
clause ("warned Assad, Iran and Russia") has no verb right after it, and
wire style writes no comma before a list's last "and", so it is left
alone.

A causative ("Senghor had Prime Minister Dia arrested") comes out as a
clause "Dia arrested" under "had"; :func:`split_clauses` makes X the
participle's object and the participle the causer's act (:func:`_causative`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_NOMINAL = {"NOUN", "PROPN", "PRON"}
_VERBAL = {"VERB", "AUX"}
#: Words that may stand between a subject and its verb and belong to the verb.
_BETWEEN = {"aux", "auxpass", "neg", "advmod", "punct"}
_OBJECT_DEPS = {"dobj", "attr", "dative"}


def _chain(token: Token) -> list[Token]:
    """``token`` and the nouns coordinated with it, in text order."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in _NOMINAL)
    return sorted(out, key=lambda t: t.i)


def _break_before(t: Token) -> tuple[Token, Token] | None:
    """The comma and coordinator just before conjunct ``t`` (", and"), or None."""
    doc = t.doc
    first = t.left_edge.i
    if first < 2:
        return None
    cc, comma = doc[first - 1], doc[first - 2]
    if cc.dep_ == "cc" and comma.text == ",":
        return comma, cc
    return None


def _reaches(t: Token, verb: Token) -> bool:
    """The phrase of ``t`` ends where ``verb``'s own words before it begin."""
    doc = verb.doc
    i = t.right_edge.i + 1
    while i < verb.i and doc[i].head.i == verb.i and doc[i].dep_ in _BETWEEN:
        i += 1
    return i == verb.i


def _earlier_verbs(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` that come before it, nearest first."""
    root = verb
    while root.dep_ == "conj" and root.head.pos_ in _VERBAL and root.head.i < root.i:
        root = root.head
    out = [root]
    todo = [root]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in _VERBAL:
                out.append(c)
                todo.append(c)
    return sorted((v for v in out if v.i < verb.i), key=lambda v: -v.i)


def _last_phrase(verb: Token) -> Token | None:
    """The noun whose phrase ends right before ``verb`` (its own auxiliaries
    and adverbs aside), climbed up to the highest conjunct of a noun list."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in _BETWEEN:
        i -= 1
    if i < 0:
        return None
    t = doc[i]
    best = None
    while t.head is not t and t.right_edge.i == i:
        if t.dep_ in ("conj", "appos") and t.pos_ in _NOMINAL and t.head.pos_ in _NOMINAL:
            best = t  # an "appos" after ", and": "sank the ship ..., and New Zealand's prime minister, Lange, called"
        t = t.head
    return best


def _split(chain: list[Token], verb: Token) -> tuple[int, Token, Token] | None:
    """Where ``chain`` breaks at ", and" last before ``verb``: (index, comma, coordinator)."""
    for k in range(len(chain) - 1, 0, -1):
        found = _break_before(chain[k])
        if found is not None:
            return (k, *found)
    return None


def _attach(chain: list[Token], k: int, comma: Token, cc: Token, first: Token, verb: Token) -> None:
    """Make ``chain[k:]`` the subject of ``verb`` and ``comma``/``cc`` join the two verbs."""
    tail = chain[k]
    for t in chain[k + 1:]:
        if t.head.i < tail.i:
            t.head = tail
    tail.head = verb
    tail.dep_ = "nsubj"
    comma.head = first
    comma.dep_ = "punct"
    cc.head = first
    cc.dep_ = "cc"


def _mend(verb: Token) -> bool:
    """Give ``verb`` (a ``conj`` of an earlier verb) the subject the parser
    hung on the earlier clause; True when the tree changed."""
    earlier = _earlier_verbs(verb)
    if not earlier:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        return False
    if subjects:
        # The whole list was made the second verb's subject ("detained
        # Bavadra and his cabinet, and Australia and New Zealand condemned"):
        # only when the verb just before it is left with no object.
        start = subjects[0]
        first = next((v for v in earlier if v.i < start.i), None)
        if first is None or any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in first.children):
            return False
        chain = _chain(start)
        if chain[-1].right_edge.i >= verb.i or not _reaches(chain[-1], verb):
            return False
        cut = _split(chain, verb)
        if cut is None:
            return False
        k, comma, cc = cut
        start.head = first
        start.dep_ = "dobj"
        _attach(chain, k, comma, cc, first, verb)
        return True
    # The second subject was hung on an earlier verb's object ("detained
    # President Tandja, and ECOWAS condemned the coup").
    last = _last_phrase(verb)
    if last is None:
        return False
    root = last
    while root.dep_ == "conj" and root.head.pos_ in _NOMINAL:
        root = root.head
    # The list may sit in a preposition of the object ("crushed a coup
    # attempt against President Gayoom, and Sri Lanka and Pakistan
    # praised India"): climb to the verb it belongs to.
    top = root
    while top.head is not top and (top.dep_ in ("pobj", "prep") or top.head.pos_ in _NOMINAL):
        top = top.head
    first = top.head
    if top.dep_ not in _OBJECT_DEPS or first not in earlier:
        return False
    if last.dep_ == "appos":
        found = _break_before(last)
        if found is None:
            return False  # "the ship Rainbow Warrior": a name, not a new clause
        _attach([last], 0, *found, first, verb)
        return True
    chain = [t for t in _chain(root) if t.i <= last.i]
    if chain[-1] != last:
        return False
    cut = _split(chain, verb)
    if cut is None:
        return False
    _attach(chain, *cut, first, verb)
    return True


#: Verbs that make someone else's act the subject's own: "had X arrested",
#: "got X released".
CAUSATIVE_VERBS = frozenset({"have", "get"})


def _causative(verb: Token) -> bool:
    """Turn "had <X> <participle>" into the subject's act on X; True when changed.

    The parser reads "Senghor had Prime Minister Dia arrested" as a clause
    "Dia arrested" under "had", so Dia would be the one who arrests. In a
    causative the participle's subject is its object, and the act is the
    causer's: the participle becomes an ``xcomp`` of "had" (whose subject it
    then shares) and X its ``dobj``. A participle with an auxiliary of its
    own ("had said the leader was arrested") is a clause of its own.
    """
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "agent") for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.i > verb.head.i:
        # "Amin had Archbishop Luwum arrested", read as "Luwum, arrested":
        # the participle is the causer's act and the noun its object.
        thing, head = verb.head, verb.head.head
        if head.lemma_.lower() not in CAUSATIVE_VERBS or head.pos_ != "VERB":
            return False
        verb.head = head
        verb.dep_ = "xcomp"
        thing.head = verb
        return True
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in CAUSATIVE_VERBS or head.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not head.i < subjects[0].i < verb.i:
        return False
    subjects[0].dep_ = "dobj"
    verb.dep_ = "xcomp"
    return True


def split_clauses(doc: Doc) -> int:
    """Mend run-together clauses in ``doc`` in place; return how many.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Army", "detained", "Tandja", ",", "and", "ECOWAS", "condemned", "coup"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 2, 2, 1, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "cc", "conj", "conj", "dobj"],
    ...           pos=["NOUN", "VERB", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "NOUN"])
    >>> split_clauses(doc), doc[5].dep_, doc[5].head.text
    (1, 'nsubj', 'condemned')
    """
    mended = 0
    for verb in doc:
        if verb.dep_ == "conj" and verb.pos_ in _VERBAL:
            mended += _mend(verb)
        elif verb.dep_ in ("ccomp", "acl"):
            mended += _causative(verb) or _second_object(verb)
        elif verb.dep_ == "npadvmod" and verb.tag_ in ("NNP", "NNPS"):
            mended += _object_apposition(verb)
    return mended


def _object_apposition(name: Token) -> bool:
    """Hang a name set off by commas right after a verb's object on that
    object, as its apposition; True when changed.

    "Loeffler attacked her Democratic challenger, Raphael Warnock, in a new
    ad": the parser hangs "Warnock" on the verb as a bare noun-phrase
    adverbial; between commas, right after the object, it names the object.
    """
    verb, start, end = name.head, name.left_edge.i, name.right_edge.i
    doc = name.doc
    if not verb.tag_.startswith("VB") or start < 2 or doc[start - 1].text != ",":
        return False
    if doc[end].text != "," and end + 1 < len(doc) and doc[end + 1].text not in (",", ".", ";"):
        return False  # closed by a comma (its own, or the next token) or the sentence's end
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == start - 2), None)
    if obj is None:
        return False
    name.head, name.dep_ = obj, "appos"
    return True


def _second_object(verb: Token) -> bool:
    """Turn a past-tense ``acl`` on a second object after ", and" into a clause
    of its own; True when changed.

    "overthrew President Allende on Tuesday, and the junta's leader, General
    Pinochet, accused Allende": the parser makes "leader" one more object of
    "overthrew" and "accused" a clause on it. The object is the subject of
    the participle's verb, which joins the first verb.
    """
    noun = verb.head
    first = noun.head
    if (verb.dep_ != "acl" or verb.tag_ != "VBD" or noun.dep_ != "dobj" or first.pos_ not in _VERBAL
            or not any(c.dep_ == "dobj" and c.i < noun.i for c in first.children)):
        return False
    found = _break_before(noun)
    if found is None:
        return False
    comma, cc = found
    verb.head, verb.dep_ = first, "conj"
    noun.head, noun.dep_ = verb, "nsubj"
    comma.head = cc.head = first
    comma.dep_, cc.dep_ = "punct", "cc"
    return True


@Language.component("split_clauses")
def split_clauses_component(doc: Doc) -> Doc:
    """Pipeline component of :func:`split_clauses`, after the parser."""
    split_clauses(doc)
    return doc


def stray_objects(verb: Token) -> list[Token]:
    """Noun phrases the parser coordinated with ``verb`` instead of its object.

    "bombed a hospital in Aleppo and a bakery in Idlib" often comes out with
    "bakery" as a ``conj`` of the verb; a noun there, with no verb of its
    own below it, is a second object.
    """
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)]
