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

from graphkit.extraction.actors import actor_spans
from graphkit.extraction.coref import HONORIFICS, People, office_name, tokens_where
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.quote_marks import _PAIRS, _WORD, MIN_DIRECT_WORDS, QuoteMark, _find_single_close, find_quote_marks  # noqa: F401
from graphkit.extraction.tables import lemmas_in
from graphkit.extraction.text import dateline_tokens, doc_text, misparsed_main_verb
from graphkit.records import Quote

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
#: Verbs that put quoted words on something ('called it "a disgrace"'): the
#: quoted words are the subject's, though the verb reports no statement.
_NAMING_VERBS = frozenset({"call", "describe", "dub", "label", "brand", "term"})
#: Nouns for which a person named inside them speaks ("the Whitfield
#: campaign", "Okafor's office"), besides the roles of people.
_SPEAKING_BODIES = frozenset({"campaign", "office", "team", "camp", "spokesman", "spokeswoman", "spokesperson",
                              "aide", "aides", "lawyer", "lawyers", "attorney", "adviser", "advisers", "staff"})
_PRONOUNS_OTHER = {"it", "they", "we"}
_REFLEXIVES = frozenset({"himself", "herself"})
#: Roles held abroad: unnamed diplomats in a capital are mostly other states'
#: envoys, so they do not speak for the dateline's state ("diplomats said").
_ENVOYS = frozenset({"diplomat", "ambassador", "envoy"})


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Speakers:
    """Resolve the speaker of a reporting verb from the parse.

    Keeps the last speaker and the last *person* speaker (a leader, or an
    unnamed official standing for a state), so that "it said" and "he
    added" continue the right voice.
    """

    def __init__(self, doc: Doc, lex: Lexicon, marks: list[QuoteMark], people: People | None = None):
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
        self.types = {s.kb_id_: s.label_ for s in self.spans}
        # A dateline ("LONDON —", "PORT SUDAN, June 3 -") the parser made a subject never speaks.
        self.in_dateline = dateline_tokens(doc)
        # The state whose capital opens the article's dateline ("KATHMANDU,
        # June 2 (Reuters) -"): unnamed officials of the story speak for it.
        self.dateline_state = next((sp.kb_id_ for sp in self.spans
                                    if sp.label_ == "state" and sp.start in self.in_dateline), None)
        self.people = people if people is not None else People(doc)
        self.people.inside_quote = self.inside_quote
        self.last_speaker: str | None = None
        self.last_person: tuple[str, int] | None = None  # (speaker, sentence start)

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, climbing through participles, conjuncts and
        prepositional clauses ("..., highlighting that", "in declaring that")."""
        cur = verb
        for _ in range(6):
            subjects = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
            own = [c for c in subjects if c.i not in self.in_dateline]
            if own:
                # Of two subjects the parser gives a verb, the one nearest it speaks.
                return self._named_apposition(cur, own[-1])
            for child in subjects:
                # The parser hung the real subject on the dateline as an
                # apposition ("COLUMBUS, Ohio — Rep. Okafor, ..., said").
                appos = [c for c in child.children if c.dep_ == "appos" and c.i not in self.in_dateline]
                if appos:
                    return appos[0]
            noun = misparsed_main_verb(cur)
            if noun is not None:
                return noun
            if cur.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "acl") and cur.head.i != cur.i:
                cur = cur.head
                continue
            if cur.dep_ == "dobj" and cur.pos_ in ("NOUN", "PROPN") and cur.head.i != cur.i:
                # "released a statement calling Raman ...": the statement's
                # author is the subject of the verb that issued it.
                cur = cur.head
                continue
            break
        return None

    def speakers(self, verb: Token) -> list[str | None]:
        """Speakers of ``verb``: one per coordinated subject; ``[None]`` if unknown."""
        if verb.lower_ == "according":
            for t in verb.subtree:
                if t.dep_ == "pobj":
                    return [self._actor_in(t)]
            return [None]
        subj = self.subject(verb)
        if subj is None:
            # A misparsed subject: the actor named right before the verb.
            i = verb.i - 1
            while i >= 0 and self.doc[i].dep_ in ("aux", "advmod", "neg") and not self.doc[i].is_punct:
                i -= 1
            if i >= 0 and i in self.by_token and self.doc[i].sent.start == verb.sent.start:
                return [self.by_token[i].kb_id_]
            # "In the suburb of La Matanza, Graciela Pereyra, 61, who runs a
            # soup kitchen, said ...": the parser hung the name elsewhere; the
            # last person named before the verb, outside any clause, speaks.
            for t in reversed(self.doc[verb.sent.start : verb.i]):
                if self.inside_quote[t.i] or any(a.dep_ in ("relcl", "acl", "ccomp", "advcl") and a.i < verb.i for a in t.ancestors):
                    continue
                if t.i in self.by_token and self.by_token[t.i].label_ == "leader":
                    return [self.by_token[t.i].kb_id_]
                if t.i in self.people.by_token:
                    return [self._person(self.people.by_token[t.i])]
            return [None]
        if subj.lower_ == "they":
            group = self._they(subj)
            if group is not None:
                return group
        out: list[str | None] = []
        # Coordinated subjects only ("Obi and Abubakar said"), not the
        # coordinations inside one ("Law and Justice leader X", "who came
        # third and later endorsed Erdogan").
        for t in [subj] + list(subj.conjuncts):
            name = self._actor_in(t)
            if name not in out:
                out.append(name)
        named = [n for n in out if n is not None]
        return named or [None]

    def _actor_in(self, head: Token) -> str | None:
        state = self._ministry_state(head)
        if state is not None:
            return state
        if head.i in self.by_token:
            return self.by_token[head.i].kb_id_
        low = head.lower_
        if low in ("who", "which", "that"):
            if head.head.dep_ == "relcl":
                return self._actor_in(head.head.head)
            # A relative clause the parser attached elsewhere: its antecedent
            # is the actor named just before (", who asked").
            i = head.i - 1
            while i >= 0 and self.doc[i].is_punct:
                i -= 1
            return self.by_token[i].kb_id_ if i in self.by_token else None
        if low in _PRONOUNS_PERSON:
            if self.last_person is not None and self.last_person[1] >= self._previous_sentence_start(head):
                return self.last_person[0]
            person = self.people.pronoun(head)
            if person is not None:
                return self._person(person)
            return self._antecedent(head, {"leader"})
        if low in _PRONOUNS_OTHER:
            if self.last_speaker and self._type(self.last_speaker) != "leader":
                return self.last_speaker
            return self._antecedent(head, {"state", "organization", "armed_group"})
        # "Assad's office", "a Turkish official", "Iranian spokesman X":
        # prefer people, then any actor inside the subject phrase.
        subtree = {t.i for t in head.subtree}
        found = [self.by_token[i] for i in sorted(subtree) if i in self.by_token and not self.inside_quote[i]]
        # Actors inside a relative clause of the subject do not speak.
        found = [s for s in found if not any(a.dep_ == "relcl" and a.i in subtree for a in self.doc[s.start].ancestors)]
        # "The Labour Party candidate, Peter Obi, ... said": the person in
        # apposition to the subject speaks.
        for c in head.children:
            if c.dep_ == "appos" and not self.inside_quote[c.i]:
                if c.i in self.by_token and self.by_token[c.i].label_ == "leader":
                    return self.by_token[c.i].kb_id_
                if c.i in self.people.by_token:
                    return self._person(self.people.by_token[c.i])
        named = self._self_named(head)
        if named is not None:
            return named
        if head.i in self.people.by_token and not self.inside_quote[head.i]:
            # A named person is the subject; the party or state of the
            # apposition ("Okafor, a Democratic congresswoman") does not speak.
            found = [s for s in found if s.label_ == "leader" and self.people.by_token.get(s.start) is self.people.by_token[head.i]]
            if not found:
                return self._person(self.people.by_token[head.i])
        if found:
            people = [s for s in found if s.label_ == "leader"]
            return (people or found)[0].kb_id_
        person = self.people.at(head)
        body = self._members_body(head) if person is None else None
        if body is not None:
            return body
        if person is None and head.lemma_.lower() in _SPEAKING_BODIES:
            # "Her campaign said", "his office said": the person the pronoun stands for.
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if poss is not None:
                person = self.people.pronoun(poss)
        if person is None:
            # "Rep. Amara Okafor": a title the parser made the head; "the
            # Whitfield campaign". Not a person inside a clause on the subject
            # ("Nunes, who is backed by Bolsonaro") nor one a noun merely
            # describes ("a Marcos supporter").
            person = next((self.people.by_token[i] for i in sorted(subtree)
                           if i in self.people.by_token and not self.inside_quote[i]
                           and self._speaks_for(head, self.doc[i])), None)
        if person is not None:
            return self._person(person)
        if (office := office_name(head)) is not None:  # "the Texas governor said", nobody named: the office speaks
            self.types.setdefault(office, None)
            return office
        if head.lemma_.lower() in self.lex.descriptor_heads and any(t.lower_ == "the" for t in head.children):
            if self.last_speaker:
                return self.last_speaker
            return self._antecedent(head, {"organization", "state"})
        body = self._body(head)
        if body is None and self._unnamed_official(head):
            return self.dateline_state
        return body

    def _named_apposition(self, verb: Token, subj: Token) -> Token:
        """"The Dutch lawmaker who wrote the report, Judith Sargentini, said":
        the name in apposition after a clause on the subject speaks, though
        the parser made it a second subject of the verb or hung it on the
        clause's last noun ("who led the inquiry, Benigno Aquino,")."""
        clause = {t.i for r in subj.children if r.dep_ in ("relcl", "acl") for t in r.subtree}
        for c in (*verb.children, *(self.doc[i] for i in sorted(clause))):
            second = c.dep_ == "nsubj" and c.head.i == verb.i and c.i > subj.i
            hung = c.dep_ == "appos" and c.head.i in clause and c.right_edge.i + 2 == verb.i
            if ((second or hung) and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == "," and not self.inside_quote[c.i]
                    and (c.i in self.people.by_token or c.i in self.by_token and self.by_token[c.i].label_ == "leader")):
                return c
        return subj

    def _self_named(self, head: Token) -> str | None:
        """"a rebel who called himself Subcomandante Marcos", "a man who
        identified himself as Ahmed Salem": the name the subject gives itself
        in a clause on it is the speaker's."""
        for rel in head.children:
            if rel.dep_ not in ("relcl", "acl") or not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in rel.children):
                continue
            for c in rel.children:
                name = c if c.dep_ in ("oprd", "attr") else next(
                    (p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else None
                if name is None or self.inside_quote[name.i]:
                    continue
                if name.i in self.by_token and self.by_token[name.i].label_ == "leader":
                    return self.by_token[name.i].kb_id_
                if name.i in self.people.by_token:
                    return self._person(self.people.by_token[name.i])
        return None

    def _ministry_state(self, head: Token) -> str | None:
        """"the Interior Ministry said": a named ministry the phrase ties to
        no state speaks for the one state the article named before it; with
        two or more ("Britain broke off relations with Argentina, and the
        Foreign Office said") the text alone does not say whose it is."""
        low = head.lemma_.lower()
        if not (low in self.lex.office_nouns or low == "office") or not head.text[:1].isupper():
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or not any(
                c.dep_ == "compound" and c.text[:1].isupper() for c in head.children):
            return None
        if head.i in self.by_token and self.by_token[head.i].label_ != "organization" or self.inside_quote[head.i] or any(
                t.i in self.by_token and self.by_token[t.i].label_ == "state" for t in head.subtree):
            return None  # "the Syrian Foreign Ministry" names its state; a registry body is its own
        named = {s.kb_id_ for s in self.spans if s.label_ == "state" and s.start < head.i and not self.inside_quote[s.start]}
        return named.pop() if len(named) == 1 else None

    def _unnamed_official(self, head: Token) -> bool:
        """"a government spokesman", "an army spokesman", "officials": someone
        who speaks for a state the phrase does not name (no "the": a definite
        one refers back to someone the article named)."""
        low = head.lemma_.lower()
        if low not in self.lex.role_words and low not in self.lex.office_nouns or low in _ENVOYS:
            return False
        return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)

    def _members_body(self, head: Token) -> str | None:
        """"His party said", "her ministry said": the body of the person the
        possessive stands for — the party or coalition the article tied them
        to, or, for a ministry or government, the state a leader serves.
        ``None`` when the article ties the person to no such body."""
        low = head.lemma_.lower()
        party, office = low in self.lex.membership_nouns, low in self.lex.office_nouns
        if not (party or office):
            return None
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)
        if poss is None:
            return None
        if poss.lower_ == "their" and (self.last_person is None or not party):
            return None  # "their party": only after people the article just named, for their party
        person = None
        if self.last_person is not None and self.last_person[1] >= self._previous_sentence_start(head):
            person = self.people.person_named(self.last_person[0])
        if person is None:
            person = self.people.pronoun(poss)
        if person is None:
            return None
        if party and person.body:
            name = person.body
        elif office and person.affiliation and self.types.get(person.affiliation) == "state":
            name = person.affiliation
        else:
            return None
        self.types.setdefault(name, None)
        return name

    def _body(self, head: Token) -> str | None:
        """A body the registry does not hold, named in full ("the Electoral
        Reform Society said"): its name as the article gives it. It speaks but
        is no actor (``speaker_type`` null): its quotes add no edge."""
        if head.ent_type_ != "ORG" or self.inside_quote[head.i] or head.i in self.in_dateline:
            return None
        doc, start, end = self.doc, head.i, head.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ent = doc[start:end]
        if ent.root.i != head.i:
            return None
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(words) < 2 and not words[0].is_upper:
            return None  # a lone capitalised word is too often a misread name
        return self.doc[words[0].i : words[-1].i + 1].text

    def _speaks_for(self, head: Token, token: Token) -> bool:
        """Whether a person named at ``token`` inside the subject ``head`` is
        the one who speaks: no clause between them, and a head that is the
        name itself, a title, a role or a body that speaks for a person."""
        t = token
        while t.i != head.i:
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
                return False
            if t.head.i == t.i:
                return False
            t = t.head
        low = head.lemma_.lower()
        return (head.pos_ == "PROPN" or low in _SPEAKING_BODIES or low in self.lex.role_words
                or head.lower_.rstrip(".") in HONORIFICS)

    def _they(self, pronoun: Token) -> list[str | None] | None:
        """"They said": the nearest plural antecedent in this or the sentence
        before (subjects first) — people named together ("Holt and Diaz"), a
        body (party, group, state), or a plural noun naming nobody ("the
        protesters": ``[None]``). ``None`` when there is none."""
        doc = self.doc
        floor = min(self._previous_sentence_start(pronoun), self._paragraph_start(pronoun))
        cands: list[tuple[bool, int, list[str | None]]] = []
        for t in doc[floor : pronoun.i]:
            if self.inside_quote[t.i] or t.i in self.in_dateline:
                continue
            subject = t.dep_ in ("nsubj", "nsubjpass")
            person = self.people.by_token.get(t.i)
            if person is not None and t.dep_ != "conj":
                members = [person] + [self.people.by_token[c.i] for c in t.conjuncts if c.i in self.people.by_token]
                names = list(dict.fromkeys(self._person(p) for p in members))
                if len(names) > 1:
                    cands.append((subject, t.i, names))
                continue
            span = self.by_token.get(t.i)
            if span is not None:
                if t.i == span.root.i and span.label_ != "leader":
                    conj = [self.by_token[c.i].kb_id_ for c in t.conjuncts if c.i in self.by_token]
                    cands.append((subject, t.i, list(dict.fromkeys([span.kb_id_] + conj))))
                elif t.i == span.root.i and any(c.i in self.by_token for c in t.conjuncts):
                    names = [span.kb_id_] + [self.by_token[c.i].kb_id_ for c in t.conjuncts if c.i in self.by_token]
                    cands.append((subject, t.i, list(dict.fromkeys(names))))
                continue
            if t.tag_ in ("NNS", "NNPS") and subject and t.i not in self.people.by_token:
                cands.append((subject, t.i, [None]))
        if not cands:
            return None
        subjects = [c for c in cands if c[0]]
        return (subjects or cands)[-1][2]

    def _person(self, person) -> str:
        """A person's name as a speaker; a person outside the registry gets a type."""
        if person.name not in self.types:
            self.types[person.name] = "leader" if person.political else "person"
        return person.name

    def _type(self, name: str) -> str | None:
        return self.types.get(name)

    def _paragraph_start(self, token: Token) -> int:
        i = token.i
        while i > 0 and not ("\n\n" in self.doc[i - 1].whitespace_ or (self.doc[i - 1].is_space and "\n\n" in self.doc[i - 1].text)):
            i -= 1
        return i

    def _previous_sentence_start(self, token: Token) -> int:
        sent = token.sent
        return self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start

    def remember(self, verb: Token, speaker: str | None) -> None:
        if speaker is None:
            return
        self.last_speaker = speaker
        subj = self.subject(verb)
        person = self._type(speaker) == "leader" or (
            subj is not None and subj.lemma_.lower() in self.lex.role_words and subj.i not in self.by_token
        )
        if person:
            self.last_person = (speaker, verb.sent.start)
        self.people.spoke(self.people.person_named(speaker))

    def _antecedent(self, token: Token, types: set[str]) -> str | None:
        """Nearest actor of ``types`` named before ``token`` in this or the previous sentence."""
        floor = self._previous_sentence_start(token)
        for s in reversed(self.spans):
            if s.start >= token.i or s.start < floor:
                continue
            if s.label_ in types and not self.inside_quote[s.start]:
                return s.kb_id_
        return None


def actor_offsets(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, actor)`` of each actor span, read once."""
    return [(s.start_char, s.end_char, s.kb_id_) for s in actor_spans(doc)]


def quote_targets(doc: Doc, start: int, end: int, offsets: list[tuple[int, int, str]] | None = None) -> tuple[str, ...]:
    """Actors named between character offsets ``start`` and ``end``, once each,
    in order (``offsets`` from :func:`actor_offsets`, read here if not given)."""
    out: list[str] = []
    for s, e, name in offsets if offsets is not None else actor_offsets(doc):
        if s >= start and e <= end and name not in out:
            out.append(name)
    return tuple(out)


def _is_reporting(token: Token, lex: Lexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.reporting_verbs


def _clause_bounds(verb: Token, comp: Token, lex: Lexicon) -> tuple[int, int]:
    """Token range of a complement, stopping before a coordinated reporting verb
    ("said it cannot ... and has accused X of ...": two statements)."""
    last = comp.right_edge.i
    for c in comp.children:
        if (c.dep_ == "advcl" and c.i > comp.i and verb.doc[c.left_edge.i - 1].text == ","
                and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)
                and any(n.dep_ == "nsubj" and n.pos_ == "PROPN" for n in c.children)):
            # "said the federation would redouble its efforts for Carter, while
            # former President Gerald Ford ... praised Reagan": someone else
            # named doing something else is the writer's, not the speaker's.
            last = min(last, c.left_edge.i - 2)
        if c.dep_ == "conj" and c.i > comp.i and _is_reporting(c, lex):
            cut = min(t.i for t in c.subtree)
            # drop the "and" before it
            while cut - 1 > comp.i and verb.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            last = min(last, cut - 1)
    return comp.left_edge.i, last


def _reported_clause(verb: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """First and last token of what a reporting verb reports, if anything."""
    doc = verb.doc
    right = [c for c in verb.children if c.i > verb.i]
    left_ccomp = [c for c in verb.children if c.i < verb.i and c.dep_ == "ccomp"]
    ccomp = [c for c in right if c.dep_ == "ccomp"]
    xcomp = [c for c in right if c.dep_ == "xcomp"]
    objs = [c for c in right if c.dep_ == "dobj"]
    if ccomp:
        i, j = _clause_bounds(verb, ccomp[0], lex)
        j = max(j, _clause_bounds(verb, ccomp[-1], lex)[1])
    elif left_ccomp:
        # "..., Foreign Policy said."
        i, j = _clause_bounds(verb, left_ccomp[0], lex)
    elif content := [k for c in right if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" for k in p.children
                     if k.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)]:
        # "said in a statement that ...": the parser hung the clause on the noun.
        i, j = _clause_bounds(verb, content[0], lex)
    elif xcomp:
        # "warned Assad not to attack", "vowed to defeat"
        first = objs[0] if objs and objs[0].i < xcomp[0].i else xcomp[0]
        i, j = first.left_edge.i, xcomp[-1].right_edge.i
    else:
        preps = [c for c in right if c.dep_ == "prep" and c.lower_ == "of"]
        if not (objs and preps):
            return None
        # "accused the West of refusing ..."
        i, j = objs[0].left_edge.i, preps[-1].right_edge.i
    while i <= j and ((doc[i].dep_ == "mark" and doc[i].lower_ == "that") or doc[i].is_punct):
        i += 1
    while j >= i and doc[j].is_punct and doc[j].text not in ('"', "”", "’’"):
        j -= 1
    if i > j:
        return None
    return doc[i], doc[j]


@dataclass
class _Candidate:
    start: int  # character offsets of the quoted words
    end: int
    direct: bool
    verb: Token | None
    cue: str
    closed: bool = True


def extract_quotes(doc: Doc, lex: Lexicon, people: People | None = None) -> list[Quote]:
    """All direct quotes and reported statements of ``doc``, in text order.

    ``doc`` must carry actor spans (``doc.spans["actors"]``); without a
    parse only direct quotes (with no speaker) are found. ``people``, the
    article's coreference (made here when not given), names speakers the
    registry does not hold; ``speaker_type`` says what each speaker is.
    """
    text = doc_text(doc)
    marks = find_quote_marks(text)
    speakers = _Speakers(doc, lex, marks, people)
    has_parse = doc.has_annotation("DEP")
    candidates: list[_Candidate] = []
    direct_ranges: list[tuple[int, int]] = []

    for m in marks:
        start, end = _strip(text, m.start, m.end)
        if len(_WORD.findall(text[start:end])) < MIN_DIRECT_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = _verb_for(span, lex, speakers) if (span is not None and has_parse) else None
        candidates.append(_Candidate(start, end, True, verb, verb.text if verb is not None else "", m.closed))
        direct_ranges.append((start, end))

    direct_verbs = {c.verb.i for c in candidates if c.verb is not None}
    if has_parse:
        # Only a token with a reporting verb's lemma can be one: found from one array.
        for token in (doc[i] for i in lemmas_in(doc, lex.reporting_verbs)):
            if not _is_reporting(token, lex) or speakers.inside_quote[token.i]:
                continue
            if any(c.dep_ == "aux" and c.lower_ in lex.unsaid_modals for c in token.children):
                continue  # "Saudi Arabia must reveal who ...": asked for, not said
            clause = _reported_clause(token, lex)
            if clause is None:
                continue
            first, last = clause
            start, end = first.idx, last.idx + len(last.text)
            if any(s < end and start < e for s, e in direct_ranges) or token.i in direct_verbs:
                continue  # it holds a quotation of its own: that is the record
            if len(_WORD.findall(text[start:end])) < 3:
                continue
            if speakers.subject(token) is None and speakers.speakers(token) == [None]:
                continue  # passives and subjectless uses ("has been described as")
            candidates.append(_Candidate(start, end, False, token, token.text))

    if has_parse:
        for token in (doc[i] for i in tokens_where(doc, "LOWER", {"according"})):
            clause = _according_to(token, speakers)
            if clause is None:
                continue
            start, end = clause
            if any(s < end and start < e for s, e in direct_ranges) or any(c.start == start for c in candidates):
                continue
            candidates.append(_Candidate(start, end, False, token, "according to"))

    # Resolve speakers in text order, so that "it said" / "he added" follow
    # the voice before them.
    records: list[Quote] = []
    offsets = actor_offsets(doc)
    prev: tuple[_Candidate, list[str | None]] | None = None
    ordered = sorted(candidates, key=lambda c: _order_key(doc, c))
    for c in ordered:
        cue = c.cue
        if c.verb is not None:
            who = speakers.speakers(c.verb)
        elif c.direct and prev is not None and (prev[0].direct or prev[1] != [None]) and _adjacent(text, prev[0], c):
            # A quote continued after its attribution: '"X," he said. "Y"',
            # '"X," Arafat told reporters at a shelter in the Fakhani
            # district. "Y"', '..., where he said the plan would fail. "Y"'.
            who, cue = prev[1], "continued"
        else:
            who = [None]
        if not c.closed:
            cue = (cue + " (unclosed)").strip()
        for speaker in who:
            records.append(Quote(speaker, text[c.start : c.end], c.direct, quote_targets(doc, c.start, c.end, offsets), c.start, c.end, cue,
                                 speakers._type(speaker) if speaker else None))
        if c.verb is not None:
            speakers.remember(c.verb, who[0])
        prev = (c, who)
    records.sort(key=lambda q: (q.start, q.end))
    return _dedupe(records)


def _according_to(token: Token, speakers: "_Speakers") -> tuple[int, int] | None:
    """"Russia is ready to help, according to Lavrov": the clause before the
    phrase is Lavrov's statement."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    if speakers.inside_quote[token.i]:
        return None
    clause = token.head
    if clause.pos_ not in ("VERB", "AUX") or _is_reporting(clause, speakers.lex):
        return None  # "X said ..., according to Fars": X's statement, already read
    if token.i < clause.i:
        # "According to Datafolha, Nunes leads Boulos by 11 points."
        first = max(t.i for t in token.subtree) + 1
        while first < clause.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        last = clause.right_edge.i
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last - first < 2:
            return None
        return doc[first].idx, doc[last].idx + len(doc[last].text)
    first = clause.left_edge.i
    last = token.i - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _order_key(doc: Doc, c: _Candidate) -> tuple[int, int]:
    # A statement counts from its verb when the verb comes first ("X said
    # that ..."), else from its words ('"...," X said').
    if c.verb is not None and c.verb.idx < c.start:
        return (c.verb.idx, c.start)
    return (c.start, c.start)


def _dedupe(quotes: Iterable[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        # A reported clause nested inside another of the same speaker is one
        # speech act ("said X warned that ..." keeps the outer record).
        if any(
            not q.direct and not o.direct and q.start >= o.start and q.end <= o.end and q.speaker == o.speaker and o is not q
            for o in out
        ):
            continue
        out.append(q)
    return out


#: Most words between two quotes of one speaker: the attribution
#: ('"X," the French foreign ministry said in a statement on Monday. "Y"').
MAX_ATTRIBUTION_WORDS = 12


def _adjacent(text: str, a: "_Candidate", b: "_Candidate") -> bool:
    """Whether ``b`` follows ``a`` in the same paragraph with at most the rest
    of ``a``'s attribution between them: a few words, or one sentence end
    and no other quotation."""
    between = text[a.end : b.start]
    if "\n\n" in between:
        return False
    inner = between.strip().strip('"“”').strip()
    return len(_WORD.findall(between)) <= MAX_ATTRIBUTION_WORDS or (
        not any(m in inner for m in '"“”') and len(re.findall(r"[.!?](?=\s|$)", inner)) <= 1)


def _verb_for(span: Span, lex: Lexicon, speakers: _Speakers) -> Token | None:
    """The reporting verb a quotation belongs to, outside the quote marks."""
    doc = span.doc
    # An ancestor of the quoted words that is a reporting verb.
    for anc in span.root.ancestors:
        if _is_reporting(anc, lex) and not (span.start <= anc.i < span.end):
            return anc
    # Quoted words a verb of naming applies: 'called the charge "a lie,
    # plain and simple"', 'described the deal as "a blank cheque"'; any verb
    # that takes them through "as" names with them too ('praised Warnock as
    # a pastor who "has spent his life ..."', 'dismissed him as "a clown"').
    below = span.root
    for anc in span.root.ancestors:
        if not (span.start <= anc.i < span.end):
            through_as = below.dep_ == "prep" and below.lower_ == "as"
            if anc.pos_ == "VERB" and (anc.lemma_.lower() in _NAMING_VERBS or through_as):
                return anc
        if anc.pos_ == "VERB" and not (span.start <= anc.i < span.end):
            break
        below = anc
    # A naming verb the parser hung on the subject's apposition as a
    # participle ('Mary Matalin, the Bush campaign's political director,
    # called Clinton "a failed governor"'): its object stands right before
    # the quote.
    for t in doc[span[0].sent.start : span.start]:
        if t.lemma_.lower() in _NAMING_VERBS and misparsed_main_verb(t) is not None:
            obj = [c for c in t.children if c.dep_ in ("oprd", "dobj")]
            if obj and all(x.is_punct for x in doc[obj[-1].right_edge.i + 1 : span.start]):
                return t
    # Otherwise the nearest reporting verb in the same sentence(s).
    sents = {span[0].sent.start, span[-1].sent.start}
    candidates = []
    for s_start in sents:
        sent = doc[s_start].sent
        for t in sent:
            if (span.start <= t.i < span.end) or speakers.inside_quote[t.i]:
                continue
            according = t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"
            if _is_reporting(t, lex) or according:
                dist = min(abs(t.i - span.start), abs(t.i - span.end))
                candidates.append((dist, t.i, t))
    if candidates:
        return sorted(candidates)[0][2]
    return None
