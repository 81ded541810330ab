"""Targets a clause implies but does not name.

"seized the town of Heglig from Sudan", "raided a base inside Libya", "moved
troops to its border with Afghanistan": the state struck is in a
preposition the object readings do not take. "Libya vowed to retaliate",
"the OAS deplored the intervention": the target is whoever struck earlier
in the same sentence. "X accused Y of Z, a charge Y rejected", "warned
against travel to Mali", "insist that Assad must go": targets a summing
noun, an action noun or a that-clause names. "Iran warned that it would strike Israel if
attacked", "threatened sanctions unless Iran halted enrichment": a threat's
target is in its own clause or its condition. "praised both sides": the two
parties named before. Mixed into
:class:`~graphkit.extraction.stances.StanceReader`, whose parse helpers
these readings use.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphkit.extraction.agents import sector
from graphkit.extraction.joint import _add
from graphkit.extraction.noun_stances import Reading

#: Nouns for what someone said or did, which stand for their author when a
#: relative clause names one ("condemned the remarks the senator made").
_UTTERANCES = frozenset({"remark", "comment", "statement", "word", "claim", "speech", "post", "tweet",
                         "policy", "decision", "plan", "bill", "proposal", "action", "attack", "insult"})


def names_act(token: Token, sent, lex) -> bool:
    """``token`` may point at an act done before: "the" before a blow ("the
    attack"), a charge ("the warnings") or a thing said ("the statement",
    "the ad"), which stand for their doer, or the "back" of words or blows
    said back ("hit back"), which answer it; sentences with one actor are
    read for them."""
    if token.lower_ == "back":
        return True
    if token.lower_ != "the" or token.i + 1 >= sent.end:
        return False
    noun = token.nbor()
    return noun.pos_ == "NOUN" and (lex.noun_quad(noun.lemma_) in ("material_conflict", "verbal_conflict")
                                    or noun.lemma_.lower() in lex.said_in_nouns or noun.lower_ in lex.member_nouns)


class ImpliedTargets:
    """Readings of implied targets; mixed into ``StanceReader``."""

    def only_asked(self, verb: Token) -> bool:
        """``verb`` is an act someone was asked, urged or told to do, and
        nobody has done yet: not one a commander ordered his own forces to
        do ("ordered the army to strike"), nor one a causing verb made its
        object do ("forced Iraq to withdraw")."""
        return self.directed(verb) and not self.commanded(verb) and self.made_to(verb) is None

    def made_to(self, verb: Token) -> Token | None:
        """The object a causing verb makes do ``verb``, or None.

        "The embargo forced Iraq to withdraw", "prompting Maduro to break
        ties": after a lexicon ``causing_verbs`` verb the infinitive's act is
        done, by the object; after "urged" or "told" it is only asked.
        """
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in self.lex.causing_verbs:
            return None
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)

    def _taken_from(self, verb: Token) -> list[str]:
        """"seized the town of Heglig from Sudan" (CAMEO 171 seize, 192
        occupy): the one deprived; "raided a base inside Libya" (CAMEO 19,
        20), "struck targets across Yugoslavia": the state whose ground it is."""
        code = self.code(verb) or ""
        out: list[str] = []
        for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
            for p in h.children:
                if p.dep_ == "prep" and (p.lower_ == "from" and code[:3] in ("171", "192")
                                         or p.lower_ in ("inside", "across", "throughout") and code[:2] in ("18", "19", "20")):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            _add(out, self.phrase_actors(o, clause=verb))
        return out

    def _border_posture(self, verb: Token) -> list[str]:
        """States faced by forces moved to a border: "moved troops to its
        border with Afghanistan", "Russian forces massed along the border
        with Ukraine" (CAMEO 154, "FORCES * (TO BORDER) (WITH +)"): a show
        of force toward the state across it, whatever the verb."""
        borders = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards", "along", "on", "near")
                   for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("border", "frontier")]
        if not borders or self.negated(verb) or self.hypothetical(verb):
            return []
        if not any(c.dep_ in ("dobj", "nsubj") and (c.lower_ in self.lex.force_nouns or c.lemma_.lower() in self.lex.force_nouns
                                                    or self.armed_noun(c))  # "ordered ten battalions to the border"
                   for c in verb.children):
            return []
        # "with X" on the border, or hung on the verb right after it ("ordered
        # troops to the border with Turkey" as the parser may read it)
        withs = [p for b in borders for p in [*b.children, *(c for c in verb.children if c.i == b.right_edge.i + 1)]
                 if p.dep_ == "prep" and p.lower_ == "with"]
        return [a for p in withs for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o)]

    def act_named_again(self, verb: Token) -> Token | None:
        """``verb``'s object when it is an act named again: "the invasion",
        "the intervention" (a definite event noun naming nobody), "the
        action" (the lexicon's ``act_nouns``), or "the recognition" after
        "recognised" (a noun of an act done just before)."""
        for c in verb.children:
            if (c.dep_ == "dobj" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                    and not any(self.actor_at(d) for d in c.subtree)
                    and ((self.noun_quad(c) or "").startswith("material") or self.noun_quad(c) == "verbal_conflict"
                         or c.lemma_.lower() in self.lex.act_nouns
                         or self._acts_named(verb, c))):
                return c
        return None

    def _acts_named(self, verb: Token, event: Token) -> list[Token]:
        """Acts done before ``verb`` (in its sentence, then the one before)
        whose verb shares the first four letters of ``event``'s lemma
        ("recognised" for "the recognition", "invaded" for "the invasion")
        or the CAMEO root of its code ("arrived", 040, for "the visit", 042)."""
        sent = verb.sent
        before = self.sentence_before(sent)
        start = before.start if before is not None else sent.start
        stem = event.lemma_.lower()[:4]
        root = (self.cameo.noun_code(event.lemma_.lower()) or "")[:2]  # "the visit" (042) after "arrived" (040)
        return [t for t in self.doc[start : verb.i] if t.pos_ == "VERB" and t.i != verb.i
                and ((t.lemma_.lower()[:4] == stem or root and (self.code(t) or "")[:2] == root)
                     and self.verb_quad(t) is not None or self._done_in(t, event))
                and not self.negated(t) and not self.hypothetical(t)]

    def sentence_before(self, sent):
        """The sentence before ``sent``, past the blank lines between
        paragraphs (the parser makes them sentences of their own)."""
        i = sent.start - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i].sent if i >= 0 else None

    def _done_in(self, verb: Token, event: Token) -> bool:
        """``verb`` was done in a thing said of ``event``'s name: "Murayama
        said in a statement ... South Korea welcomed the statement",
        "attacked her challenger in a new ad ... said the ad was a smear"
        (lexicon ``said_in_nouns``)."""
        lemma = event.lemma_.lower()
        if lemma not in self.lex.said_in_nouns:
            return False
        return any(p.dep_ == "prep" and p.lower_ in ("in", "through", "during")
                   and any(o.dep_ == "pobj" and o.lemma_.lower() == lemma for o in p.children) for p in verb.children)

    def act_doers(self, verb: Token, noun: Token, against: list[str] = ()) -> list[str]:
        """Who did the act ``noun`` names again as the subject of a clause
        ``verb`` heads: 'Obama's campaign said the attack was "a smear"',
        "said the ad was a distraction". A definite noun naming nobody that
        is a blow, an act, a thing said or the name of an act just done (see
        :meth:`act_named_again`) stands for its doer; a charge in words
        ("accused Obama of ...") is the attack a reply names when no blow
        was struck."""
        if (noun.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
                or any(self.actor_at(d) for d in noun.subtree)):
            return []
        quad = self.noun_quad(noun) or ""
        if not (quad.startswith("material") or noun.lemma_.lower() in self.lex.act_nouns or self._acts_named(verb, noun)):
            return []
        return self.doers_of(verb, noun, against)

    def doers_of(self, verb: Token, event: Token, against: list[str] = ()) -> list[str]:
        """Who did the act ``event`` names again (see :meth:`strikers`); for
        a conflict in words ("dismissed the warnings", "said the attack was a
        smear"), who charged ``against`` (the judges) or, failing that, the
        one who charged anybody in the sentences before. A blow ("the
        assault") stands for the one doer of the article's blows before it,
        and for a charge in words only when no blow was struck."""
        found = self.strikers(verb, None, event)
        quad = self.noun_quad(event) or ""
        if found or not quad.endswith("conflict"):
            return found
        if quad.startswith("material"):
            blows = [t for t in self.doc[: verb.sent.start] if self._blow(t, verb)]
            if blows:
                doers = {a for t in blows for a in self.subjects(t)} - set(against)
                return sorted(doers) if len(doers) == 1 else []
        return self.charged(verb, against)

    def charged(self, verb: Token, against: list[str] = ()) -> list[str]:
        """Who took a stance of conflict (a charge, a rebuke, a blow) toward
        ``against`` or their side in the three sentences before ``verb``'s,
        the latest first; else the one source of conflict in words in the
        nearest of them that has one. Words said back ("Humphrey hit back",
        "dismissed the warnings") answer them."""
        sents, sent = [], verb.sent
        for _ in range(3):
            sent = self.sentence_before(sent)
            if sent is None:
                break
            sents.append([t for t in sent if t.pos_ == "VERB" and (self.verb_quad(t) or "").endswith("conflict")
                          and not self.negated(t) and not self.hypothetical(t)])
        for acts in sents:
            for t in reversed(acts):
                if against and any(self.same_side(o, a) for o in self.objects(t) for a in against):
                    doers = [d for d in self.subjects(t) if not any(self.same_side(d, a) for a in against)]
                    if doers:
                        return doers
        for acts in sents:
            doers = {a for t in acts if self.verb_quad(t) == "verbal_conflict" for a in self.subjects(t)}
            doers = {d for d in doers if not any(self.same_side(d, a) for a in against)}
            if doers:
                return sorted(doers) if len(doers) == 1 else []
        return []

    def named_group(self, noun: Token) -> list[str]:
        """"the rebels", "the militants" (lexicon ``member_nouns``, plural,
        definite) after the article named one armed group: that group, or of
        several the one it called by that noun ("the rebel Sudan Liberation
        Army") (GUIDELINES: generic collectives are actors once the group is
        named)."""
        if (noun.tag_ not in ("NNS", "NNPS") or not self.is_member(noun)
                or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)):
            return []
        spans = [s for s in self.spans if s.start < noun.i and s.label_ == "armed_group"]
        groups = {s.kb_id_ for s in spans}
        if len(groups) > 1:
            # of several, the one the article called by the same noun ("the
            # rebel Sudan Liberation Army" ... "the rebels")
            lemma = noun.lemma_.lower().rstrip("s")
            groups = {s.kb_id_ for s in spans if s.start > 0 and self.doc[s.start - 1].lemma_.lower().rstrip("s") == lemma}
        return sorted(groups) if len(groups) == 1 else []

    def members_of(self, noun: Token, found: list[str]) -> list[str]:
        """Whom the members ``noun`` names act for, of the actors ``found``
        in its "of" phrase: a group ("rebels of the Zapatista National
        Liberation Army"); the state a cabinet or government governs
        ("members of Murayama's cabinet": Japan); nobody for a family or a
        state's people. Without an "of" phrase, the one armed group named
        before (:meth:`named_group`)."""
        bodies = self.lex.office_nouns | self.lex.government_nouns
        if any(o.dep_ == "pobj" and o.lemma_.lower() in bodies for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children):
            return sorted({a if a in self.states else self.affiliation.get(a) for a in found} & self.states)
        return [a for a in found if a not in self.states and a not in self.people] or self.named_group(noun)

    def named_after(self, mod: Token, head: Token) -> bool:
        """``mod`` is a person's name compounded onto a thing named after
        them: "the Yasukuni shrine", "the Lenin mausoleum", "the Bush team".
        Bodies that act for the person ("the Obama administration", "the
        Trump campaign"), roles and acts ("the Nixon visit") keep them."""
        if mod.dep_ != "compound" or head.pos_ != "NOUN" or self.actor_at(mod) not in self.people:
            return False
        low = head.lemma_.lower()
        lex = self.lex
        keep = (lex.role_words | lex.speaking_for_nouns | lex.government_nouns | lex.office_nouns
                | lex.membership_nouns | lex.force_nouns | lex.said_in_nouns | lex.member_nouns)
        return low not in keep and head.lower_ not in keep and self.noun_quad(head) is None

    def is_member(self, noun: Token) -> bool:
        """``noun`` names the people of a group (lexicon ``member_nouns``;
        "Fighters" opening a sentence is tagged a proper noun, lemma and all)."""
        return noun.lemma_.lower() in self.lex.member_nouns or noun.lower_ in self.lex.member_nouns

    def strikes_back(self, verb: Token) -> bool:
        """``verb`` answers a blow or a charge: a verb of retaliation, or one
        with "back" ("hit back", "struck back", "fired back"), or a verb and
        its object the lexicon lists among them ("South Korea returned fire")."""
        lemma = verb.lemma_.lower()
        return lemma in self.lex.retaliation_verbs or any(
            c.lower_ == "back" and (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1)
            or c.dep_ == "dobj" and f"{lemma} {c.lower_}" in self.lex.retaliation_verbs for c in verb.children)

    def authors(self, noun: Token, clause: Token | None = None) -> list[str]:
        """Who made a thing named with its maker: "the falsehoods spread by
        the three governments", "the claims made by Iran", "the aid sent by
        Japan" (a participle's "by" phrase). What someone said or did
        stands for them."""
        if noun.pos_ != "NOUN" or self.actor_at(noun) is not None:
            return []
        return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                for o in g.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=clause)]

    def strikers(self, verb: Token, victims: list[str] | None, event: Token | None = None) -> list[str]:
        """Who did a blow before ``verb``.

        With ``victims``: subjects of material conflict earlier in the
        sentence whose targets include one of them ("Chadian troops raided
        a base inside Libya, and Libya vowed to retaliate"). With ``None``,
        for ``event``, an act named again: the doer of the act of that name
        in this sentence or the one before ("Iraqi troops invaded Kuwait ...
        The Security Council condemned the invasion"); else the doers of
        blows on actors earlier in this sentence; else the one doer of the
        blows of this sentence or of the one before ("U.S. cruise missiles
        destroyed a factory ... Bashir called the attack a criminal act").
        """
        sent = verb.sent
        before = self.sentence_before(sent) if victims is None else None
        acts = [t for t in self.doc[sent.start : verb.i] if self._blow(t, verb)]
        earlier = [t for t in before if self._blow(t, verb)] if before is not None else []
        out: list[str] = []
        if victims is not None:
            for t in acts:
                hit = self.objects(t) or self._taken_from(t)
                # with the states the struck phrase names ("Iranian commander Qassem Soleimani")
                hit = hit + [a for c in t.children if c.dep_ == "dobj" for x in c.subtree for a in [self.actor_at(x)] if a]
                if any(self._root(h) == self._root(v) for h in hit for v in victims):
                    # a blow on the threatener's own ("killed Iranian commander Soleimani")
                    _add(out, [s for s in self.subjects(t) if s not in victims])
            # else, words or blows said back answer who struck before ("Humphrey hit back")
            return out or (self.charged(verb, victims) if self.strikes_back(verb) else [])
        if event is not None:
            # the latest act of the event's name: this sentence, then the one before
            own = set(self.subjects(verb))
            doers = [d for t in self._acts_named(verb, event) for d in [self.subjects(t)] if d and not own & set(d)]
            if doers:
                return doers[-1]
            owners = self._act_owners(verb, own)
            if owners:
                return owners
        for t in acts:
            if self.objects(t) or self._taken_from(t):
                _add(out, self.subjects(t))
        if out:
            return out
        own = self.subjects(verb)
        for pool in (acts, earlier):
            # the one doer of the blows of this sentence, else of the one before
            doers = {a for t in pool for a in self.subjects(t) if a not in own and not any(self.same_side(a, s) for s in own)}
            if doers:
                return sorted(doers) if len(doers) == 1 else []
        return []

    def responded_to(self, verb: Token, own: list[str]) -> list[str]:
        """Whom an act done "in response" or "in retaliation" answers.

        "India revoked Kashmir's status, and Pakistan suspended trade in
        response": the one other actor who acted earlier in the sentence
        (else in the one before); "in retaliation for Israel's raid": the
        actors the phrase after "for" or "to" names, or whose act it names.
        """
        # on the verb, a later verb of the same subject, or their objects ("fired rockets at towns in retaliation")
        verbs = {verb.i} | {v.i for v in verb.conjuncts if v.i > verb.i}
        phrase = next((o for v in verbs for p in self.doc[v].subtree if p.dep_ == "prep" and p.lower_ == "in"
                       and next(a for a in p.ancestors if a.pos_ in ("VERB", "AUX")).i in verbs
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.retaliation_nouns), None)
        if phrase is None:
            return []
        named: list[str] = []
        for p in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                _add(named, self.phrase_actors(o) or self.act_agents(o))
        if named:
            return [a for a in named if not any(self.same_side(a, s) for s in own)]
        sent = verb.sent
        before = self.doc[sent.start - 1].sent if sent.start > 0 else None
        for span in (self.doc[sent.start : verb.i], before):
            doers: list[str] = []
            for t in span if span is not None else ():
                if t.pos_ == "VERB" and t.i != verb.i:
                    _add(doers, [a for a in self.subjects(t) if a not in own and not any(self.same_side(a, s) for s in own)])
            if doers:
                return doers if len(doers) == 1 else []
        return []

    def _coordinated_targets(self, verb: Token, sources: list[str]) -> list[str]:
        """A threat that names no target aims at whom the act it is
        coordinated with falls on: "ECOWAS imposed sanctions on Niger's junta
        and threatened to use force" threatens Niger; the act must be a
        conflict done by the same subject."""
        head = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.threat_cues else verb
        pals = [head.head] if head.dep_ == "conj" and head.head.pos_ == "VERB" else []
        pals += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        out: list[str] = []
        for v in pals:
            quads = {self.verb_quad(v), *(self.noun_quad(c) for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN")}
            if self.negated(v) or self.hypothetical(v) or not any(q and q.endswith("conflict") for q in quads):
                continue
            if set(self.subjects(v)) == set(sources):
                _add(out, [t for t in self.objects(v) if not any(self.same_side(t, s) for s in sources)])
        return out

    def _act_owners(self, verb: Token, own: set[str]) -> list[str]:
        """The one actor whose act or word an earlier noun of the sentence
        names by its possessor ("counter India's decision to revoke ...,
        calling the move illegal": the move is India's), other than ``own``."""
        owners: list[str] = []
        for t in self.doc[verb.sent.start : verb.i]:
            if t.pos_ == "NOUN" and (t.lemma_.lower() in _UTTERANCES or t.lemma_.lower() in self.lex.act_nouns):
                _add(owners, [a for c in t.children if c.dep_ == "poss" for a in [self.actor_at(c)]
                              if a and a not in own and not any(self.same_side(a, o) for o in own)])
        return owners if len(owners) == 1 else []

    def _blow(self, t: Token, verb: Token) -> bool:
        """``t`` is a material conflict done (not denied, not hypothetical),
        other than the verb ``verb`` governs."""
        return (t.pos_ == "VERB" and not (t.i == verb.head.i and verb.dep_ == "xcomp")
                and self.verb_quad(t) == "material_conflict" and not self.negated(t) and not self.hypothetical(t))

    def _summarised(self, verb: Token) -> list[str]:
        """"X accused Y of Z, a charge Y rejected": a relative clause on a noun
        that sums up the clause before it (an utterance, or a verbal event
        noun, hung on that clause's verb) answers that clause's subject."""
        noun = verb.head
        if verb.dep_ != "relcl" or noun.dep_ not in ("npadvmod", "appos") or noun.head.pos_ != "VERB":
            return []
        lemma = noun.lemma_.lower()
        said = lemma in _UTTERANCES or lemma == "charge" or (self.noun_quad(noun) or "").startswith("verbal")
        return self.subjects(noun.head) if said else []

    def _small_clause(self, verb: Token) -> list[str]:
        """"sent trucks to help the Ethiopian government move food": the
        parser makes the one helped the subject of a bare infinitive under
        the verb (no "to", "that" or auxiliary: "help X move", "let X go");
        that subject is whom the verb acts on."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ == "ccomp" and c.tag_ == "VB" and not any(
                    g.dep_ in ("aux", "auxpass", "mark", "neg") for g in c.children):
                for s in c.children:
                    if s.dep_ == "nsubj" and verb.i < s.i < c.i:
                        _add(out, self.phrase_actors(s, clause=verb))
        return out

    def _action_targets(self, noun: Token, verb: Token) -> list[str]:
        """"warned against travel to Mali", "pressed for talks with the
        Taliban": a prepositional object that is an action (an event noun
        or a CAMEO verb's noun) passes on the targets of its own preposition."""
        if noun.pos_ != "NOUN" or (self.noun_quad(noun) is None and noun.lemma_.lower() not in self.cameo.verbs):
            return []
        out: list[str] = []
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "against", "on", "with", "into"):
                for pobj in p.children:
                    if pobj.dep_ == "pobj":
                        _add(out, self.phrase_actors(pobj, clause=verb))
        return out

    def _clause_subjects(self, verb: Token) -> list[str]:
        out: list[str] = []
        for c in verb.children:
            if c.dep_ == "ccomp":
                for clause in [c] + [x for x in c.children if x.dep_ == "conj"]:
                    for s in clause.children:
                        if s.dep_ in ("nsubj", "nsubjpass"):
                            _add(out, self.phrase_actors(s))
        return out

    def _conditions(self, verb: Token) -> list[str]:
        """Named subjects of the "if"/"unless" clauses on ``verb`` or on the
        infinitive or clause it governs. A pronoun ("if they did") is left
        alone: "they" after "Assad and his allies Iran and Russia" is the
        whole coordination, which the last-actor reading of pronouns misses."""
        out: list[str] = []
        for v in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]:
            for c in v.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    if not any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PRON" for s in c.children):
                        _add(out, self.subjects(c))
        return out

    def _conditional_threat(self, act: Token) -> Iterator[Reading]:
        """"Iran warned that it would strike Israel if attacked": a blow the
        speaker says it would deal is a threat (CAMEO 138), verbal conflict
        from the speaker toward the act's targets. A blow someone else would
        deal ("said Israel would strike Iran") threatens nothing of the
        speaker's."""
        clause = act
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        said = clause.head
        if clause.dep_ != "ccomp" or said.pos_ != "VERB" or self.negated(said):
            return
        lemma = said.lemma_.lower()
        if lemma not in self.lex.reporting_verbs and lemma not in self.lex.threat_cues:
            return
        speakers, doers = self.subjects(said), self.subjects(act)
        if not speakers or not doers or not all(any(self.same_side(d, s) for s in speakers) for d in doers):
            return
        yield from self._pairs(speakers, self.objects(act), "verbal_conflict", said.text, "verb")

    def _the_pair(self, token: Token, clause: Token | None, count: int = 2) -> list[str]:
        """"both sides", "the three governments": the last ``count`` states or
        groups named before ``token`` in its sentence (three or more also
        from the sentence before), leaving out the clause's own subject ("Colombia
        and the FARC signed a ceasefire, and Ban praised both sides")."""
        own, inside = set(), range(0)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subj is not None and token.dep_ != "nsubj":
            own = set(self.subjects(clause))
            inside = range(subj.left_edge.i, subj.right_edge.i + 1)  # "U.N. Secretary-General Ban"
        out: list[str] = []
        floor = token.sent.start
        if count > 2 and floor > 0:
            floor = self.doc[floor - 1].sent.start  # "the three governments" named in the sentence before
        for s in reversed(self.spans):
            if s.start >= token.i or s.start < floor or s.label_ in ("leader", "person") or s.start in inside:
                continue
            if s.kb_id_ not in own and s.kb_id_ not in out:
                out.append(s.kb_id_)
                if len(out) == count:
                    return out[::-1]
        return []

    def _recipients(self, verb: Token, targets: list[str]) -> list[str]:
        """Of ``targets``, who receives what ``verb`` hands over: "extradited
        a FARC commander to the United States", "sent Russian-made jets to
        Syria" (what is handed over is no party of the act)."""
        given = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=verb)]
        if not given or not any(c.dep_ == "dobj" for c in verb.children):
            return targets
        return [t for t in targets if t in given]

    def _asked_of(self, verb: Token) -> list[str]:
        """Who is asked by a demand or an appeal (CAMEO 10, 02) through "from":
        "demanded an explanation from Washington", "sought help from the
        Arab League"."""
        return [a for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for c in h.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for o in c.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=verb)]

    def _armed_subject(self, verb: Token) -> bool:
        """The subject of ``verb`` is a state's armed men ("the army", "Chile's
        armed forces", "mutinous soldiers"; Phoenix sectors MIL and COP) or
        its legislature or courts ("Brazil's Senate removed President Dilma
        Rousseff", "parliament impeached President Park"; LEG and JUD), who
        can act against the state's own leader."""
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and self.actor_at(c) is None:
                return sector(c) in ("MIL", "COP", "LEG", "JUD") or c.lemma_.lower() in ("force", "forces", "troops")
            if c.dep_ in ("nsubj", "nsubjpass"):
                return False
        # "Niger's army stormed the palace and detained President Tandja": a conjoined verb's subject
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
            return self._armed_subject(verb.head)
        return False

    def _soldiers_of(self, verb: Token) -> list[str]:
        """"Soldiers detained Niger's President Mohamed Bazoum": armed men no
        state is named for, acting on a leader, are that leader's state's
        (a coup: foreign troops are named as such)."""
        if not self._armed_subject(verb):
            return []
        return [a for t in self.objects(verb) if t in self.leaders for a in [self.affiliation.get(t)] if a in self.states]

    def _root(self, name: str) -> str:
        """Whom ``name`` acts for in the end: Soleimani -> Quds Force -> Iran."""
        for _ in range(3):
            up = self.affiliation.get(name)
            if not up:
                break
            name = up
        return name

    def _visited(self, verb: Token) -> list[str]:
        """The state a leader arrives in (CAMEO 04, a visit): "Sadat arrived
        in Israel". Only states: a city is where, not whom."""
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=verb) if a in self.states]

    def on_behalf(self, verb: Token, sources: list[str], targets: list[str], quad: str, cue: str) -> Iterator[Reading]:
        """The clause's stances, with whom a demand is made for taken as backed.

        A demand (CAMEO 10) is made of someone, on behalf of whom "for"
        names: "Clinton will campaign for Robb", "the union lobbied for
        Mondale" back Robb and Mondale (verbal cooperation), they make no
        demand of them.
        """
        backed: list[str] = []
        if quad == "verbal_conflict" and (self.code(verb) or "")[:2] == "10":
            backed = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=verb)]
        yield from self._pairs(sources, [t for t in targets if t not in backed], quad, cue, "verb")
        yield from self._pairs(sources, [t for t in targets if t in backed], "verbal_cooperation", cue, "verb")

    def reporter_of(self, pronoun: Token) -> str | None:
        """The person who says what a "he"/"she" subject of their report does:
        "Olusegun Obasanjo, who helped bring Jonathan to power, has said he
        will vote for Buhari" (Obasanjo, not Jonathan, named last); else None.
        """
        clause = pronoun.head
        if (pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she") or clause.dep_ != "ccomp"
                or clause.head.lemma_.lower() not in self.lex.reporting_verbs):
            return None
        said = [a for a in self.subjects(clause.head) if a in self.people]
        return said[0] if len(said) == 1 else None

