"""Stances in quotes: a speaker toward the actors named in their words.

The quote readings of :class:`graphkit.extraction.stances.StanceReader`,
kept apart from the clause readings: the speaker toward the actors named in
the quoted words, with the polarity of the quoted clause (VADER's valence,
falling back on the stance lexicon's cues), and clauses inside a quote whose
subject is "we"/"I" belong to the speaker. News outlets report; they take no
stance by quoting. Blame falls on the agents of the conflict a quote
describes, never on its victims; actors a quote names only to describe
something else ("Syrian President Assad", "in Syria") take no stance.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from graphkit.records import QUAD_POLARITY, Quote

#: |valence| below this leaves a quote's polarity to the stance lexicon.
QUOTE_POLARITY_THRESHOLD = 0.3

_FIRST_PERSON = {"we", "i", "us"}
_TARGET_PREPS = {"to", "for", "against", "on", "with", "toward", "towards", "at", "upon", "over", "into"}
_SOURCE_PREPS = {"by", "from"}
#: Where a quote completes a reported clause as what its subject is or did:
#: 'said Trump was "unfit"', 'said Harris had "failed the American people"'.
_PREDICATES = {"acomp", "attr", "dobj", "xcomp", "oprd"}

Reading = tuple[str, str, str, str, str]  # source, target, quad, cue, via


@functools.lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def valence(text: str) -> float:
    """Polarity of ``text`` in [-1, 1]: VADER's compound score.

    >>> valence("terrorists must be purged") < 0 < valence("with our Syrian friends")
    True
    """
    return _vader().polarity_scores(text)["compound"]


def _reported_will(verb: Token) -> bool:
    """``verb``'s modal is a reported "will" ("said it would not recognise"),
    with no condition on it ("would respond if attacked")."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    return not any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                   for c in (verb, *(c for c in verb.children if c.dep_ == "advcl")) for m in c.children)


class QuoteReadings:
    """Quote stances; mixed into ``StanceReader``, whose parse helpers they use."""


    def quote_stances(self, quotes: Iterable[Quote]) -> Iterator[tuple[Reading, Span]]:
        """Stances a speaker takes toward the actors named in their words."""
        for q in quotes:
            if q.speaker is None or self._is_media(q.speaker):
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span[0].sent
            own = list(self._first_person(span, q.speaker, reported=not q.direct))
            for reading in own:
                yield reading, sent
            done = {r[1] for r in own}
            yield from ((r, sent) for r in self._judgments(q, span, done))
            # "Washington said it was disappointed by the coup": an act named
            # again in the words stands for who did it, as in a clause.
            targets = list(q.targets) or self._acts_spoken_of(span, q.speaker)
            if not targets:
                continue
            cue = next((t for t in sent if t.text == q.cue), None)
            if cue is not None and self.lex.verb_quad(cue.lemma_) and cue.lemma_.lower() not in self.lex.threat_cues:
                continue  # "accused X of ...", "asked that ...": the clause rules read it
            if any(t.pos_ == "VERB" and self.electoral_contest(t) for t in span):
                # "X defeated Y in the runoff, the commission said", "I do not
                # know whether Kibaki won the election": words on the vote's
                # result; their valence is the result's, not the speaker's attitude.
                continue
            polarity = self._quote_polarity(q, span, sent)
            if polarity == 0:
                continue
            quad = "verbal_cooperation" if polarity > 0 else "verbal_conflict"
            described = self._descriptive(span)
            agents, victims = self._conflict_roles(span)
            # Blame falls on the agents of the conflict a quote describes,
            # never on its victims; a positive quote says nothing of either.
            skip = victims if polarity < 0 else agents | victims
            asked = {a for c in cue.children if c.dep_ == "dobj" for a in self.phrase_actors(c)} if cue is not None else set()
            if asked and any(a not in asked for c in cue.children if c.dep_ == "xcomp" for a in self.objects(c)):
                # "urged the EU to impose sanctions on Moscow": whom the speaker
                # asks to act on someone else is addressed, not judged ("urged
                # Moscow to halt the bombing" judges Moscow's own act).
                skip = skip | asked
            for target in targets:
                if target in done or target in described or target in skip or self.same_side(q.speaker, target):
                    continue
                yield (q.speaker, target, quad, q.cue or "said", "quote"), sent

    def _acts_spoken_of(self, span: Span, speaker: str) -> list[str]:
        """Who did the acts a quote names again ("the coup", "the invasion":
        a definite event noun of a blow, naming nobody): the doers
        :meth:`strikers` finds before the words, other than the speaker."""
        out: list[str] = []
        for t in span:
            if (t.pos_ == "NOUN" and self.noun_quad(t) == "material_conflict"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
                    and not any(self.actor_at(d) for d in t.subtree)):
                out += [a for a in self.strikers(t, None, t) if a not in out and not self.same_side(a, speaker)]
        return out

    def followed(self, stances: Iterable) -> set[tuple]:
        """(source, target, start of the next sentence, opposite polarity) of
        clause stances: a quote by the same speaker right after a clause
        ("Humphrey hit back at a rally. 'Mr. Nixon has been running on a
        secret plan for peace ...,' the vice president said") gives the
        words of that stance, whatever their tone."""
        out: set[tuple] = set()
        for st in stances:
            span = self.doc.char_span(st.start, st.end, alignment_mode="expand") if st.via != "quote" else None
            if span is None:
                continue
            i = span[-1].sent.end
            while i < len(self.doc) and self.doc[i].is_space:
                i += 1
            if i < len(self.doc):
                nxt = self.doc[i].sent
                start = nxt.start_char + len(nxt.text) - len(nxt.text.lstrip())
                out.add((st.source, st.target, start, -st.polarity))
        return out

    def _is_media(self, name: str) -> bool:
        if name in self.lex.media_names or name.lower() in self.lex.media_names:
            return True
        return bool(set(name.lower().split()) & self.lex.media_cues)

    def _judgments(self, q: Quote, span: Span, done: set[str]) -> Iterator[Reading]:
        """What a direct quote says of the subject of the reported clause it
        completes: 'Mook said Trump was "unfit to be commander in chief"',
        'said Harris had "failed the American people"', 'said Biden was
        "hiding in his basement" and too weak'. The subject, before the
        quote marks, is what the words are said of; an act named again
        ('said the attack was "a smear"') stands for its doer. The polarity
        is the whole clause's valence (VADER), else a lexicon epithet it is
        said to be ("Vance was weird"); acts the clause tells are the clause
        rules'. A result ('said the president had "won the debate"'), a
        reason ('said the PRI had lost "because ..."') and the speaker's own
        side judge nobody. Reported speech is the clause itself ('said the ad
        was a disgraceful lie'): its subject is read when no actor names it."""
        top = span.root
        while top.head.i != top.i and span.start <= top.head.i < span.end:
            top = top.head
        head = top if top.dep_ in ("ccomp", "acl") else top.head if top.dep_ in _PREDICATES and q.direct else None
        if head is None or head.dep_ not in ("ccomp", "acl") or head.i >= span.end:
            return
        said = head.head
        if head.dep_ == "acl":
            # "said in a statement that the rebels were ...": the parser hangs
            # the that-clause on the statement it was said in.
            if said.lemma_.lower() not in self.lex.said_in_nouns or said.head.dep_ != "prep":
                return
            said = said.head.head
        if (said.text != q.cue or said.lemma_.lower() not in self.lex.reporting_verbs
                or self.negated(said) or self.hypothetical(head) or self.negated(head)):
            return
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and (c.right_edge.i < span.start or not q.direct)), None)
        if subj is None:
            return
        clause = self.doc[head.left_edge.i : head.right_edge.i + 1]
        if head.lemma_.lower() in self.lex.contest_verbs or any(
                t.pos_ in ("VERB", "AUX") and self.electoral_contest(t) for t in clause):
            return  # 'said the president had "won on the issues"': a result, no judgment
        # Reported words name their actors in the quote's own targets; only
        # an act named again is left to read there, as what it is said to
        # be ("said the ad was a smear"; what it did is the clause rules').
        names = self.phrase_actors(subj, clause=head) if q.direct else self.named_group(subj)
        if not names and head.lemma_ == "be":
            names = self.act_doers(head, subj, [q.speaker])
        if not names:
            return
        v = valence(clause.text)
        polarity = (1 if v > 0 else -1) if abs(v) >= QUOTE_POLARITY_THRESHOLD else self._epithet(clause) or self._charge(head, span)
        if polarity == 0 or (polarity > 0 and len(names) > 1):
            return  # "said Iran and Syria had similar views": a tie between them, no judgment
        quad = "verbal_cooperation" if polarity > 0 else "verbal_conflict"
        for target in names:
            if target not in done and target not in q.targets and not self.same_side(q.speaker, target):
                yield q.speaker, target, quad, q.cue or "said", "quote"

    def _charge(self, head: Token, span: Span) -> int:
        """-1 when the quoted words themselves say the subject did an act of
        conflict ('said Tsipras had "torn down the last bridges"', CAMEO 18):
        an accusation (CAMEO 112) in the speaker's words, whatever VADER says."""
        if not (span.start <= head.i < span.end) or head.pos_ != "VERB" or self.negated(head):
            return 0
        return -1 if (self.verb_quad(head) or "").endswith("conflict") else 0

    def _epithet(self, clause: Span) -> int:
        """±1 when what the clause's subject is said to be is a lexicon
        epithet ("Trump was unfit", "Vance was weird"), where VADER is silent."""
        said = [t for t in clause if t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be" and not self.negated(t.head)]
        said += [c for t in said for c in t.conjuncts]
        quad = next((q for q in (self.lex.epithet_quad(t.lemma_) for t in said) if q), None)
        return QUAD_POLARITY[quad] if quad else 0

    def _quote_polarity(self, q: Quote, span: Span, sent: Span) -> int:
        cue = next((t for t in sent if t.text == q.cue), None)
        if cue is not None and cue.lemma_.lower() in self.lex.threat_cues:
            return -1  # a warning is verbal conflict whatever it says
        for t in span:
            if (t.lower_ == "responsible" and t.dep_ == "acomp" and t.head.lemma_ == "be" and not self.negated(t.head)
                    and any(c.dep_ == "nsubj" and self.phrase_actors(c) for c in t.head.children)):
                # "The Syrian regime ... are responsible": blame (CAMEO 112,
                # "HOLD * RESPONSIBLE"), however VADER scores the word.
                return -1
        v = valence(q.text)
        if abs(v) >= QUOTE_POLARITY_THRESHOLD:
            return 1 if v > 0 else -1
        # Weak valence: let the stance lexicon's cues in the words decide.
        # Cues in the main clause (the root and its objects) weigh double.
        score = 0
        root = span.root
        for t in span:
            quad = self.lex.verb_quad(t.lemma_) if t.pos_ == "VERB" else self.lex.noun_quad(t.lemma_) if t.pos_ == "NOUN" else None
            if quad is None:
                continue
            weight = 2 if t.i == root.i or t.head.i == root.i else 1
            if not (self.negated(t) or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)):
                score += weight * QUAD_POLARITY[quad]
            elif QUAD_POLARITY[quad] > 0:
                # "there could be no negotiations with the RSF", "we will not
                # talk to them": cooperation refused is a rejection (CAMEO 12);
                # a blow denied is nothing.
                score -= weight
        return (score > 0) - (score < 0)

    def _conflict_roles(self, span: Span) -> tuple[set[str], set[str]]:
        """Actors acting in, and suffering, the conflict events of a quote
        (a verb's quad as the clause rules read it: "if Washington excluded
        Cuba", CAMEO 170, makes Cuba a victim)."""
        agents: set[str] = set()
        victims: set[str] = set()
        for t in span:
            if t.pos_ == "VERB" and t.lemma_.lower() in self.lex.blocking_verbs:
                # "France would veto any resolution authorising war against
                # Iraq": who the blocked measure was aimed at is shielded, no
                # one blamed (the measure's own body, "a U.N. resolution", is).
                victims.update(a for c in t.children if c.dep_ == "dobj" for d in c.subtree
                               if d.dep_ not in ("compound", "poss", "amod") or d.head.i != c.i
                               for a in [self.actor_at(d)] if a and d.i != c.i)
            quad = self.verb_quad(t) if t.pos_ == "VERB" else self.lex.noun_quad(t.lemma_) if t.pos_ == "NOUN" else None
            if quad is None or QUAD_POLARITY[quad] > 0:
                continue
            for c in t.children:
                if t.pos_ == "VERB" and c.dep_ == "nsubj":
                    agents.update(self.phrase_actors(c))
                elif c.dep_ in ("dobj", "nsubjpass"):
                    # Who a blow falls on suffers it; who is rejected or
                    # accused ("rejected the kingdom's explanation") is opposed.
                    if quad == "material_conflict" or t.pos_ != "VERB":
                        victims.update(self.phrase_actors(c))
                elif c.dep_ in ("prep", "agent"):
                    group = agents if c.lower_ in _SOURCE_PREPS else victims if c.lower_ in _TARGET_PREPS else None
                    if group is None and c.lower_ == "of" and t.pos_ == "NOUN":
                        group = victims  # "the killing of journalist Jamal Khashoggi"
                    if group is not None:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                group.update(self.phrase_actors(p))
                elif c.dep_ in ("poss", "amod", "compound") and t.pos_ == "NOUN":
                    agents.update(self.phrase_actors(c))
        return agents, victims

    def _descriptive(self, span: Span) -> set[str]:
        """Actors a quote names only to describe something else.

        "Syrian President Assad", "Syria's Idlib province", "the Syrian town
        of Douma", "the Al-Qaeda affiliate HTS" describe a person, a place or
        another group; "in Syria" is a place. Modifiers of the state's own
        forces or government ("Syrian government forces") still name it.
        """
        roles: dict[str, set[bool]] = {}
        for s in self.spans:
            if not (span.start <= s.start and s.end <= span.end):
                continue
            roles.setdefault(s.kb_id_, set()).add(self._describes(s))
        return {name for name, kinds in roles.items() if kinds == {True}}

    def _describes(self, s: Span) -> bool:
        root = s.root
        if root.dep_ == "pobj":
            prep, noun = root.head, root.head.head
            if prep.lower_ == "of" and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lex.people_nouns:
                return True  # "the indigenous peoples of Mexico": people of a state, no state's act
            return prep.lower_ in self.lex.place_prepositions or noun.lemma_.lower() in self.lex.place_nouns
        if root.dep_ not in ("amod", "compound", "poss", "nmod"):
            return False
        head = root.head
        while head.dep_ in ("compound", "amod") and head.head is not head and self.actor_at(head) is None:
            head = head.head
        if self.actor_at(head) is not None:
            return self._is_leader(self.actor_at(head))
        lemma = head.lemma_.lower()
        if lemma in self.lex.place_nouns or any(
            c.pos_ == "PROPN" and self.actor_at(c) is None for c in head.children if c.dep_ == "compound"
        ):
            return True  # "Syria's Idlib province", "the Syrian town of Douma"
        if root.dep_ == "poss":
            return False  # "Syria's territorial integrity" is about Syria
        return lemma not in self.lex.force_nouns

    def _own_side(self, subject: Token, speaker: str) -> bool:
        """``subject`` names only the speaker or whom the speaker acts for."""
        names = [self.actor_at(t) for t in subject.subtree if self.actor_at(t)]
        return bool(names) and all(self.same_side(n, speaker) for n in names)

    def _first_person(self, span: Span, speaker: str, reported: bool = False) -> Iterator[Reading]:
        """Clauses of a quote whose subject is "we"/"I": the speaker's own acts.

        A negated act of cooperation is a refusal, verbal conflict (CAMEO 12,
        reject): "we will not recognise Kibaki as president", "we do not want
        Erdogan"; wanting someone ("we want Lula back") is support. A negated
        act of conflict ("we will not attack X") says no stance. In reported
        speech the speaker's "we" is a pronoun of its kind, the subject of the
        reported clause: "the AU said it would not recognise his government"."""
        own = {"he", "she"} if self._is_leader(speaker) or speaker in self.people else {"it", "they"}
        for tok in span:
            if tok.pos_ != "VERB":
                continue
            if not any(c.dep_ == "nsubj" and (c.lower_ in _FIRST_PERSON or reported and tok == span.root and c.lower_ in own
                                              or self.hypothetical(tok) and self._own_side(c, speaker)) for c in tok.children):
                # "we", or the speaker's own side by name saying what it would do ("Putin said Russia
                # would support the United States"; what it did is the clause's own stance)
                continue
            quad = self.lex.verb_quad(tok.lemma_)
            if quad is None and tok.lemma_.lower() in self.lex.intention_verbs and any(c.dep_ == "dobj" for c in tok.children):
                quad = "verbal_cooperation"  # wanting someone, not wanting to do something
            if quad is None and self.verb_quad(tok) is not None:
                quad = self.verb_quad(tok)  # CAMEO's code where the hand lexicon is silent
            if quad is None:
                continue
            will = reported and _reported_will(tok)
            if self.hypothetical(tok) and not will and self.negated(tok):
                continue
            if (self.hypothetical(tok) or will) and not self.negated(tok):
                # "we would support X", "said Russia would support X": an intent
                # said (CAMEO 03); "we would strike X": a threat (13)
                quad = f"verbal_{quad.split('_')[1]}"
            elif self.negated(tok):
                if QUAD_POLARITY[quad] < 0:
                    continue
                quad = "verbal_conflict"
            for t in self.objects(tok):
                if not self.same_side(speaker, t):
                    yield speaker, t, quad, tok.text, "quote"
