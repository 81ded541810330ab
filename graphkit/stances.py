"""Stances: who cooperates with or opposes whom, with evidence.

Read from clauses, through the dependency parse, with the stance lexicon
(:mod:`graphkit.lexicon`) deciding the quad class of each cue:

* verbs: subject actor -> object or prepositional actor ("Iran has lent
  military support to Assad"); passives ("backed by Iran" -> Iran backs);
  relative clauses ("Assad, who has been backed by Russia"); coordinated
  subjects and objects, appositions ("warned Assad and his allies Iran and
  Russia" -> three edges);
* nouns: possessor or modifier -> ``for``/``to``/``against``/``on`` object
  ("Russia's support for Assad", "Russian air strikes on Idlib"), joint
  events between several actors ("a meeting between Erdogan and Putin",
  "the Turkey-Russia deal") one stance per ordered pair;
* participles: "Turkish-backed rebels";
* negation drops a stance ("did not attack"), and so do hypotheticals
  ("would respond if"), except threats and warnings, which are verbal
  conflict whatever their mood;
* quotes: the speaker toward the actors named in the quoted words, with the
  polarity of the quoted clause (VADER's valence, with the stance lexicon's
  cues), and clauses inside a quote whose subject is "we"/"I" belong to the
  speaker.

Each record carries its sentence, the sentence's offsets, the cue and how it
was read (``via``: ``verb``, ``passive``, ``noun``, ``modifier``, ``joint``,
``quote``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from itertools import permutations

from spacy.tokens import Doc, Span, Token

from graphkit.actors import actor_spans
from graphkit.lexicon import Lexicon
from graphkit.records import QUAD_POLARITY, Quote, Stance

#: |valence| below this leaves a quote without a stance.
QUOTE_POLARITY_THRESHOLD = 0.25

_RELATIVE = {"who", "which", "that", "whom"}
_FIRST_PERSON = {"we", "i", "us", "our"}
_TARGET_PREPS = {"to", "for", "against", "on", "with", "toward", "towards", "at", "upon", "over", "into"}
_SOURCE_PREPS = {"by", "from"}
_PHRASE_DEPS = {"compound", "amod", "poss", "nmod"}


@functools.lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def valence(text: str, lex: Lexicon | None = None) -> float:
    """Polarity of ``text`` in [-1, 1]: VADER's compound score.

    >>> valence("terrorists must be purged") < 0 < valence("with our Syrian friends")
    True
    """
    return _vader().polarity_scores(text)["compound"]


class _Index:
    """Actor spans of a doc, by token."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.spans = list(actor_spans(doc))
        self.by_token: dict[int, Span] = {}
        for s in self.spans:
            for i in range(s.start, s.end):
                self.by_token[i] = s

    def actor_at(self, token: Token) -> str | None:
        s = self.by_token.get(token.i)
        return s.kb_id_ if s is not None else None


def _conjuncts(token: Token) -> list[Token]:
    """``token`` with its coordinated and appositive expansions, in order."""
    out, todo, seen = [], [token], set()
    while todo:
        t = todo.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if c.dep_ in ("conj", "appos"):
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


class StanceReader:
    """Read stances from one parsed ``Doc`` with actor spans."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.idx = _Index(doc)

    # -- actors of a phrase ------------------------------------------------------

    def phrase_actors(self, token: Token, subject_of: Token | None = None) -> list[str]:
        """Actors a noun phrase headed by ``token`` stands for.

        An actor head stands for itself; a non-actor head ("troops", "office",
        "government") for the actors among its modifiers ("Turkish troops");
        coordinations and appositions add theirs ("Assad and his allies Iran
        and Russia"). A relative pronoun stands for its antecedent, a
        first-person or possessive pronoun for the clause's subject.
        """
        out: list[str] = []
        for t in _conjuncts(token):
            for name in self._head_actors(t, subject_of):
                if name not in out:
                    out.append(name)
        return out

    def _head_actors(self, t: Token, subject_of: Token | None) -> list[str]:
        actor = self.idx.actor_at(t)
        if actor is not None:
            return [actor]
        low = t.lower_
        if low in _RELATIVE and t.head.dep_ == "relcl":
            return self.phrase_actors(t.head.head)
        if low in ("its", "their", "his", "her") and subject_of is not None:
            return self.subjects(subject_of)
        found = []
        for c in t.children:
            if c.dep_ in _PHRASE_DEPS:
                a = self.idx.actor_at(c)
                if a is not None:
                    found.append(a)
                else:
                    found.extend(x for x in self._head_actors(c, subject_of) if x not in found)
        return found

    def subjects(self, verb: Token) -> list[str]:
        """Actors acting as ``verb``'s subject (through relatives and conjunctions)."""
        for c in verb.children:
            if c.dep_ in ("nsubj",):
                return self.phrase_actors(c)
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return self.phrase_actors(verb.head)
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            if verb.dep_ == "advcl" and verb.tag_ == "VBN":
                return []
            return self.subjects(verb.head)
        return []

    # -- filters ---------------------------------------------------------------

    def negated(self, token: Token) -> bool:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        # "refused to attack", "failed to agree"
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in self.lex.negations:
            return True
        return False

    def hypothetical(self, token: Token) -> bool:
        for c in token.children:
            if c.dep_ == "aux" and c.lower_ in self.lex.modal_hypotheticals:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
        cur = token
        while cur.dep_ in ("conj", "xcomp") and cur.head is not cur:
            cur = cur.head
            if any(c.dep_ == "aux" and c.lower_ in self.lex.modal_hypotheticals for c in cur.children):
                return True
        return False

    def _quads_for_noun(self, noun: Token, default: str) -> list[str]:
        mods = set()
        for c in noun.children:
            if c.dep_ in ("amod", "compound"):
                mods.update(t.lower_ for t in _conjuncts(c))
        kind = default.split("_")[1]  # cooperation / conflict
        quads = []
        if mods & self.lex.material_modifiers:
            quads.append(f"material_{kind}")
        if mods & self.lex.verbal_modifiers:
            quads.append(f"verbal_{kind}")
        return quads or [default]

    # -- readers -----------------------------------------------------------------

    def verb_stances(self, sent: Span) -> Iterator[tuple[str, str, str, str, str]]:
        """(source, target, quad, cue, via) read from the verbs of ``sent``."""
        for tok in sent:
            if tok.pos_ not in ("VERB",):
                continue
            quad = self.lex.verb_quad(tok.lemma_)
            if quad is None:
                continue
            threat = tok.lemma_.lower() in self.lex.threat_cues
            if self.negated(tok) and not threat:
                continue
            if self.hypothetical(tok) and not threat:
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
                tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "relcl")
            )
            if passive:
                yield from self._passive(tok, quad)
                continue
            sources = self.subjects(tok)
            if not sources:
                continue
            targets = self._objects(tok)
            for s in sources:
                for t in targets:
                    if s != t:
                        yield s, t, quad, tok.text, "verb"

    def _objects(self, verb: Token) -> list[str]:
        out: list[str] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "attr") or (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS):
                heads = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
                for h in heads:
                    for a in self.phrase_actors(h, subject_of=verb):
                        if a not in out:
                            out.append(a)
                # "lent support to Assad": the object noun's own preposition.
                if c.dep_ == "dobj":
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "for", "against", "on"):
                            for pobj in p.children:
                                if pobj.dep_ == "pobj":
                                    out.extend(a for a in self.phrase_actors(pobj) if a not in out)
        return out

    def _passive(self, verb: Token, quad: str) -> Iterator[tuple[str, str, str, str, str]]:
        agents: list[str] = []
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        agents.extend(a for a in self.phrase_actors(p) if a not in agents)
        if not agents:
            return
        targets: list[str] = []
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subj:
            targets = self.phrase_actors(subj[0])
        elif verb.dep_ in ("acl", "relcl", "amod"):
            targets = self.phrase_actors(verb.head)
        elif verb.dep_ == "advcl":
            # "Backed by Russian air power, Assad has ..."
            targets = self.subjects(verb.head)
        for s in agents:
            for t in targets:
                if s != t:
                    yield s, t, quad, verb.text, "passive"

    def noun_stances(self, sent: Span) -> Iterator[tuple[str, str, str, str, str]]:
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            quad = self.lex.noun_quad(tok.lemma_) or self.lex.noun_quad(tok.lower_)
            if quad is None:
                continue
            if self.idx.actor_at(tok) is not None:
                continue
            lemma = tok.lemma_.lower()
            if lemma in self.lex.symmetric_nouns or tok.lower_ in self.lex.symmetric_nouns:
                parties = self._joint_parties(tok)
                if len(parties) >= 2:
                    for s, t in permutations(parties, 2):
                        yield s, t, quad, tok.text, "joint"
                    continue
            sources = []
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    sources.extend(a for a in self.phrase_actors(c, subject_of=tok.head) if a not in sources)
                elif c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            sources.extend(a for a in self.phrase_actors(p) if a not in sources)
            if not sources:
                continue
            targets = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            targets.extend(a for a in self.phrase_actors(p) if a not in targets)
            for q in self._quads_for_noun(tok, quad):
                for s in sources:
                    for t in targets:
                        if s != t:
                            yield s, t, q, tok.text, "noun"

    def _joint_parties(self, noun: Token) -> list[str]:
        """Parties of a joint event: "meeting between A and B", "the A-B deal"."""
        parties: list[str] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        parties.extend(a for a in self.phrase_actors(p) if a not in parties)
            elif c.dep_ in ("compound", "amod", "nmod"):
                # "Turkey-Russia deal": both names sit in the modifier's subtree.
                for t in c.subtree:
                    a = self.idx.actor_at(t)
                    if a is not None and a not in parties:
                        parties.append(a)
        return parties

    def modifier_stances(self, sent: Span) -> Iterator[tuple[str, str, str, str, str]]:
        """"Turkish-backed rebels": actor, hyphen, participle, head noun."""
        doc = self.doc
        for tok in sent:
            quad = self.lex.adjective_quad(tok.lower_)
            if quad is None or tok.i < 2 or doc[tok.i - 1].text != "-":
                continue
            source = self.idx.actor_at(doc[tok.i - 2])
            if source is None:
                continue
            head = tok.head if tok.head is not tok else None
            while head is not None and head.dep_ in ("amod", "compound") and head.head is not head:
                head = head.head
            if head is None:
                continue
            for t in self.phrase_actors(head):
                if t != source:
                    yield source, t, quad, f"{doc[tok.i - 2].text}-{tok.text}", "modifier"

    def symmetric_verbs(self, sent: Span) -> Iterator[tuple[str, str, str, str, str]]:
        """"A and B met": one stance per ordered pair of joint subjects."""
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.symmetric_verbs:
                continue
            quad = self.lex.verb_quad(tok.lemma_)
            if quad is None or self.negated(tok) or self.hypothetical(tok):
                continue
            subj = self.subjects(tok)
            if len(subj) >= 2 and not any(c.dep_ in ("dobj",) or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
                for s, t in permutations(subj, 2):
                    yield s, t, quad, tok.text, "joint"


def _stance(source, target, quad, cue, via, sent: Span) -> Stance:
    start, end = sent.start_char, sent.end_char
    text = sent.doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Stance(source, target, quad, QUAD_POLARITY[quad], cue, text[start:end], start, end, via)


def quote_stances(doc: Doc, quotes: Iterable[Quote], lex: Lexicon, reader: StanceReader) -> Iterator[Stance]:
    """Stances a speaker takes toward the actors named in their words."""
    for q in quotes:
        if q.speaker is None or not q.targets:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        # Clauses inside the quote whose subject is the speaker ("we").
        own = _first_person_stances(span, reader, q.speaker, lex)
        for s in own:
            yield _stance(*s, sent)
        cue_lemma = q.cue.split(" ")[0].lower() if q.cue else ""
        cue_token = next((t for t in sent if t.text == q.cue), None)
        cue_quad = lex.verb_quad(cue_token.lemma_) if cue_token is not None else lex.verb_quad(cue_lemma)
        if cue_quad is not None and QUAD_POLARITY[cue_quad] < 0 and cue_quad.startswith("verbal"):
            polarity = -1.0
        else:
            polarity = valence(q.text, lex)
        if abs(polarity) < QUOTE_POLARITY_THRESHOLD:
            continue
        quad = "verbal_cooperation" if polarity > 0 else "verbal_conflict"
        own_targets = {t for _, t, *_ in own}
        for target in q.targets:
            if target == q.speaker or target in own_targets:
                continue
            yield _stance(q.speaker, target, quad, q.cue or "said", "quote", sent)


def _first_person_stances(span: Span, reader: StanceReader, speaker: str, lex: Lexicon) -> list[tuple]:
    out = []
    for tok in span:
        if tok.pos_ != "VERB":
            continue
        quad = lex.verb_quad(tok.lemma_)
        if quad is None or reader.negated(tok):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON]
        if not subj:
            continue
        for t in reader._objects(tok):
            if t != speaker:
                out.append((speaker, t, quad, tok.text, "quote"))
    return out


def extract_stances(doc: Doc, quotes: Iterable[Quote], lex: Lexicon) -> list[Stance]:
    """All stances of ``doc``, one per (source, target, quad, sentence).

    ``doc`` must carry a parse and actor spans; ``quotes`` are its quotes
    (from :func:`graphkit.quotes.extract_quotes`).
    """
    if not doc.has_annotation("DEP"):
        return []
    reader = StanceReader(doc, lex)
    seen: set[tuple[str, str, str, int]] = set()
    out: list[Stance] = []

    def add(st: Stance) -> None:
        key = (st.source, st.target, st.quad, st.start)
        if key not in seen:
            seen.add(key)
            out.append(st)

    for sent in doc.sents:
        if not any(reader.idx.by_token.get(i) for i in range(sent.start, sent.end)):
            continue
        for reading in (reader.verb_stances, reader.noun_stances, reader.modifier_stances, reader.symmetric_verbs):
            for s, t, quad, cue, via in reading(sent):
                add(_stance(s, t, quad, cue, via, sent))
    for st in quote_stances(doc, quotes, lex, reader):
        add(st)
    out.sort(key=lambda s: (s.start, s.source, s.target, s.quad))
    return out

