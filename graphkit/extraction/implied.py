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

from graphkit.extraction.joint import _add
from graphkit.extraction.noun_stances import Reading

#: Nouns for what someone said or did, which stand for their author when a
#: relative clause names one ("condemned the remarks the senator made").
_UTTERANCES = frozenset({"remark", "comment", "statement", "word", "claim", "speech", "post", "tweet",
                         "policy", "decision", "plan", "bill", "proposal", "action", "attack", "insult"})


class ImpliedTargets:
    """Readings of implied targets; mixed into ``StanceReader``."""

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
        if not any(c.dep_ in ("dobj", "nsubj") and (c.lower_ in self.lex.force_nouns or c.lemma_.lower() in self.lex.force_nouns)
                   for c in verb.children):
            return []
        return [a for b in borders for p in b.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o)]

    def _the_event(self, verb: Token) -> bool:
        """``verb``'s object is a material event named again: "the invasion",
        "the intervention" (a definite event noun naming nobody)."""
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (self.noun_quad(c) or "").startswith("material")
                   and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                   and not any(self.actor_at(d) for d in c.subtree) for c in verb.children)

    def _strikers(self, verb: Token, victims: list[str] | None) -> list[str]:
        """Subjects of material conflict before ``verb`` in its sentence whose
        targets include one of ``victims`` (any target when ``None``)."""
        out: list[str] = []
        for t in verb.sent:
            if t.i >= verb.i:
                break
            if t.pos_ != "VERB" or (t.i == verb.head.i and verb.dep_ == "xcomp") or self.verb_quad(t) != "material_conflict":
                continue
            if self.negated(t) or self.hypothetical(t):
                continue
            hit = self.objects(t) or self._taken_from(t)
            if hit and (victims is None or set(hit) & set(victims)):
                _add(out, [s for s in self.subjects(t) if victims is None or s not in victims])
        return out

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

    def _the_pair(self, token: Token, clause: Token | None) -> list[str]:
        """"both sides", "the two countries": the last two states or groups
        named before ``token`` in its sentence, leaving out the clause's own
        subject ("Colombia and the FARC signed a ceasefire, and Ban praised
        both sides")."""
        own, inside = set(), range(0)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subj is not None and token.dep_ != "nsubj":
            own = set(self.subjects(clause))
            inside = range(subj.left_edge.i, subj.right_edge.i + 1)  # "U.N. Secretary-General Ban"
        out: list[str] = []
        for s in reversed(self.spans):
            if s.start >= token.i or s.start < token.sent.start or s.label_ in ("leader", "person") or s.start in inside:
                continue
            if s.kb_id_ not in own and s.kb_id_ not in out:
                out.append(s.kb_id_)
                if len(out) == 2:
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
