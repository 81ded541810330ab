"""Plain-text conventions of news copy that the pipeline must respect.

Datelines ("KYIV, March 1 (Reuters) -") are not part of the first sentence's
grammar, and every line break starts a sentence: the ``line_breaks``
component registered here tells the parser so. The news sentence "Name,
role, verbed ..." the parser can take for a noun phrase with a participle:
:func:`misparsed_main_verb` finds its main verb's subject again.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

#: A wire-service dateline at the start of a line: "KYIV, March 1 (Reuters) - ",
#: "BEIRUT, Lebanon (AP) — ", "BAKU/YEREVAN, Oct 4 (Reuters) - " (a story
#: filed from two cities). Not part of the first sentence's grammar.
DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,40}(?:,[^()\n]{0,40})?\s*\([A-Za-z .&-]{2,30}\)\s*[-–—]+\s*", re.M)


#: A dateline without an agency: "LONDON — ", "MOSCOW, Oct 10 - ".
CAPS_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,40}(?:,[^\n—–]{0,40}?)?\s+[—–-]{1,2}\s", re.M)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per ``Doc``.

    spaCy rebuilds ``doc.text`` from every token on each read, and the
    pipeline's components and the extraction read it several times per
    article; the text of a processed ``Doc`` never changes, so the first
    read is kept in ``doc.user_data``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Turkey warned Syria.")
    >>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    True
    """
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = "gk_text"


def dateline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of ``doc``'s datelines, with or without an agency.

    >>> import spacy
    >>> sorted(dateline_tokens(spacy.blank("en")("MOSCOW, Oct 10 - Armenia agreed.")))
    [0, 1, 2, 3, 4]
    """
    text = doc_text(doc)
    out: set[int] = set()
    for s, e in dateline_spans(text) + [m.span() for m in CAPS_DATELINE.finditer(text)]:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of datelines in ``text``.

    >>> dateline_spans("KYIV, March 1 (Reuters) - Ukraine said...")
    [(0, 26)]
    """
    return [m.span() for m in DATELINE.finditer(text)]


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline.

    News copy puts each paragraph, headline and byline on its own line, often
    without closing punctuation; the parser would otherwise run a headline
    into the next sentence and find its subject there.
    """
    # A line break is always inside a whitespace token (a token's own
    # trailing whitespace is at most one space): only those are looked at.
    spaces = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    for i in range(len(doc) - 1):
        if spaces[i] and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    text = doc_text(doc)
    for _, end in dateline_spans(text):
        span = doc.char_span(end, len(text), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


def misparsed_main_verb(verb: Token) -> Token | None:
    """The subject of a finite verb the parser took for a participle, or None.

    In 'Bob Dole, Ford's running mate, called Carter "..."' the parser makes
    the sentence a noun phrase (the root a noun) and "called" a participle
    on the apposition ("a man called Carter"). A participle after a comma,
    in a sentence whose root is a noun, is the main verb; the root noun
    phrase is its subject.
    """
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ == "appos":
        head = head.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


#: A hyphen after an abbreviation's full stop, before a lower-case word:
#: "U.S.-led", "U.N.-backed", "U.S.-brokered". spaCy's English infixes split
#: a hyphen only between letters, so "U.S.-led" stayed one token and named
#: nobody, where "US-led" is "US" "-" "led". A compound of two names
#: ("U.S.-Soviet talks") stays one token, as the treebank the model learnt
#: from writes it.
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)-(?=[a-z])"


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Split "U.S.-led" into "U.S." "-" "led", as "US-led" is split."""
    from spacy.util import compile_infix_regex

    if splits_abbreviation_hyphens(nlp):
        return
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer


def splits_abbreviation_hyphens(nlp: Language) -> bool:
    """Whether :func:`split_abbreviation_hyphens` set up ``nlp``'s tokenizer."""
    found = getattr(nlp.tokenizer, "infix_finditer", None)
    return ABBREVIATION_HYPHEN in getattr(getattr(found, "__self__", None), "pattern", "")


#: Words that make a capitalised run after a dateline a body or a place.
_NOT_A_NAME = frozenset({
    "party", "campaign", "committee", "council", "union", "university", "house", "senate", "congress",
    "court", "department", "ministry", "army", "police", "government", "administration", "state", "city",
})


def name_after_dateline(doc: Doc) -> list[Span]:
    """The person's name that opens the copy after a dateline, where the NER
    read none ("BOSTON - Mitt Romney criticized ...": the NER, seeing the
    dateline, takes "Mitt Romney" for no entity, or runs "BOSTON - Mitt
    Romney" together as a body). A run of two to four capitalised proper
    nouns right after the dateline, holding no word of a body or a place,
    that is the subject of the first clause. Needs a parse.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["BOSTON", "-", "Mitt", "Romney", "spoke", "."],
    ...           heads=[3, 3, 3, 4, 4, 4], deps=["compound", "punct", "compound", "nsubj", "ROOT", "punct"],
    ...           pos=["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"])
    >>> [s.text for s in name_after_dateline(doc)]
    ['Mitt Romney']
    """
    if not doc.has_annotation("DEP"):
        return []
    text = doc_text(doc)
    out = []
    for _, end in dateline_spans(text) + [m.span() for m in CAPS_DATELINE.finditer(text)]:
        after = doc.char_span(end, len(text), alignment_mode="expand")
        if after is None or not len(after):
            continue
        i = j = after.start
        while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha:
            j += 1
        run = doc[i:j]
        if len(run) < 2 or any(t.lower_ in _NOT_A_NAME for t in run):
            continue
        if any(t.ent_type_ == "PERSON" or (t.ent_type_ and t.ent_iob_ == "B") for t in run):
            continue  # the NER read a name, or an entity of its own, here
        if run.root.dep_ in ("nsubj", "nsubjpass") or (run.root.head.i < i and run[-1].dep_ in ("nsubj", "nsubjpass")):
            out.append(run)
    return out
