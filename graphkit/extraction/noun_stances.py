"""Event nouns: stances read from "sanctions on X", "Russia's offensive", "talks with X".

An event noun of the lexicon's noun table (or of CAMEO's light verbs) is
read with its possessor or modifier as source ("Russia's offensive",
"Turkish air strikes") or, after a light verb, the verb's subject ("imposed
sanctions on X"), and its preposition as target. The light verb may say
what happens to the event: a CAMEO pattern naming the noun ("broke off
relations" 161), an intent ("pledged aid": said, not done), a reversal
("lifted the embargo": the opposite event). Mixed into
:class:`~graphkit.extraction.stances.StanceReader`, whose parse helpers
these readings use.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

from spacy.tokens import Span, Token

from graphkit.extraction.joint import _add
from graphkit.extraction.tables import tokens_of

#: The event a reversal verb makes of its object's: undoing cooperation
#: reduces relations (CAMEO 16), undoing conflict yields (CAMEO 08).
REVERSED = {"cooperation": "material_conflict", "conflict": "material_cooperation"}
_TARGET_PREPS = {"to", "for", "against", "on", "with", "toward", "towards", "at", "upon", "over", "into"}
_SOURCE_PREPS = {"by", "from"}

Reading = tuple[str, str, str, str, str]  # source, target, quad, cue, via


class NounReadings:
    """Readings of event nouns; mixed into ``StanceReader``."""

    # -- nouns -----------------------------------------------------------------

    def _received(self, noun: Token, verb: Token, quad: str) -> list[Reading] | None:
        """Cooperation the subject of a verb of getting receives ("Bolsonaro
        won the backing this week of Garcia and of Moro", "Lula has the
        support of Tebet"): from whom "of" names, to the subject; ``None``
        when ``verb`` gets nothing from an actor.

        One person backing another (an endorsement in a campaign) backs in
        words, as one person attacking another attacks in words.
        """
        if verb.lemma_.lower() not in self.lex.receiving_verbs:
            return None
        # "of" on the noun, or hung on the verb after the noun ("won the
        # backing this week of X"), and "and of Y" coordinated with it.
        preps = [c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
        preps += [c for p in preps for c in p.conjuncts if c.lower_ == "of"]
        givers: list[str] = []
        while preps:
            p = preps.pop(0)
            for o in (c for c in p.children if c.dep_ == "pobj"):
                _add(givers, self.phrase_actors(o))
                # "of X and of Y" parsed with the second "of" under X
                if any(c.dep_ == "cc" for c in o.children):
                    preps += [c for c in o.children if c.dep_ == "prep" and c.lower_ == "of"]
        receivers = self.subjects(verb)
        if not givers or not receivers:
            return None
        if quad == "material_cooperation" and all(a in self.people for a in givers + receivers):
            quad = "verbal_cooperation"
        return list(self._pairs(givers, receivers, quad, noun.text, "noun"))

    def noun_stances(self, sent: Span) -> Iterator[Reading]:
        for tok in tokens_of(sent, "NOUN", "PROPN"):
            if self.actor_at(tok) is not None:
                continue
            quad = self.noun_quad(tok)
            # "held a meeting", "sought relations with": the verb's subject acts;
            # "expelled the envoy in protest at X": so it does in an "in" phrase.
            light = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if (light is None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB"
                    and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)):
                # a bare noun of manner ("in protest", "in retaliation"), not a
                # setting ("participates in the Syrian war")
                light = tok.head.head
            if (light is None and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("VERB", "AUX")
                    and quad == "verbal_cooperation" and tok.lemma_.lower() in self.lex.visit_nouns):
                # "while he was on a state visit to China", "arrived on a visit
                # to Japan": whoever is on the visit makes it (CAMEO 042)
                light = tok.head.head
            if light is not None and tok.dep_ == "dobj" and light.lemma_.lower() in self.lex.joining_verbs:
                # "joined the U.S.-led coalition against Iraq", "joined NATO's
                # air campaign against Libya": the joiner's part is the verb
                # reading's (JointReadings.joined); the noun is its leaders'.
                light = None
            named = False
            undo = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of") else None
            if (quad is not None and undo is not None and undo.pos_ == "NOUN" and undo.dep_ == "dobj"
                    and undo.lemma_.lower() in self.lex.reversal_verbs and undo.head.pos_ == "VERB"):
                # "declared an end to its ceasefire with Morocco": the noun
                # form of a reversal verb undoes the event as the verb does.
                light, quad, named = undo.head, REVERSED[quad.split("_")[1]], True
                if self.negated(light) or self.hypothetical(light):
                    continue
            elif light is not None:
                if self.negated(light) or self.hypothetical(light):
                    continue
                infinitive = light.dep_ == "xcomp" or (light.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in light.children))
                if infinitive and light.head.lemma_.lower() in self.lex.threat_cues | self.lex.intention_verbs:
                    # "threatened to reimpose sanctions on X", "plans to
                    # impose sanctions": nothing done yet; the verb rule reads
                    # the threat (verbal conflict), as it does for a verb.
                    continue
                named, light_quad = self.light_quad(tok, light)
                if (named and light_quad == "verbal_cooperation" and (quad or "").endswith("conflict") and self._reverses(light)
                        and any(c.dep_ == "nsubj" for c in light.children)):
                    # "lifted sanctions on Iran": PETRARCH's "LIFT * SANCTION" is
                    # 0351, an intent; a sanction lifted is eased (08), as an embargo is.
                    named = False
                if named:
                    # "broke off relations with", "lifted sanctions on": the
                    # verb's pattern says what happens to the noun's event.
                    quad = light_quad
                    if quad is not None and light.dep_ == "xcomp" and self.intends(light.head):
                        # "threatened to use rockets against X": said, not done
                        quad = f"verbal_{quad.split('_')[1]}"
                elif quad is not None and self.intends(light):
                    # "pledged aid to X", "vowed retaliation against X": an
                    # intent is said (CAMEO 03 / 13), nothing done yet.
                    quad, named = f"verbal_{quad.split('_')[1]}", True
                elif quad is not None and tok.dep_ == "dobj" and light.lemma_.lower() in self.lex.blocking_verbs:
                    # "Russia blocked sanctions against Iran": a blow kept off
                    # X shields X (verbal cooperation, in the vote or words
                    # that block it); "Israel blocked aid to Gaza" withholds
                    # (CAMEO 16, as a reversal).
                    quad = "verbal_cooperation" if quad.endswith("conflict") else REVERSED["cooperation"]
                    named = True
                elif quad is not None and tok.dep_ == "dobj" and self._reverses(light):
                    # "lifted its arms embargo on X" eases a sanction (CAMEO 08),
                    # "suspended ties with X" reduces relations (CAMEO 16): the
                    # subject undoes its own event. "diplomacy to halt the
                    # offensive" undoes nobody's own: no event.
                    if not any(c.dep_ == "nsubj" for c in light.children) and light.dep_ != "conj":
                        continue
                    quad, named = REVERSED[quad.split("_")[1]], True  # no modifier moves it
            if quad is None:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "VERB":
                # "sent troops at the request of Tokayev": the request's author
                # asked it of the verb's subject.
                authors = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o)]
                yield from self._pairs(authors, self.subjects(tok.head.head), quad, tok.text, "noun")
                continue
            if tok.dep_ == "dobj" and quad.endswith("cooperation") and light is not None:
                received = self._received(tok, light, quad)
                if received is not None:
                    yield from received
                    continue
            symmetric = tok.lemma_.lower() in self.lex.symmetric_nouns or tok.lower_ in self.lex.symmetric_nouns
            if symmetric:
                parties = self._joint_parties(tok)
                if len(parties) < 2 and light is not None:
                    parties = _add(list(parties), self.subjects(light))
                    if len(parties) < 2:
                        parties = self._coordinated_before(light)
                if len(parties) >= 2 and not self._targets_of_noun(tok, light):
                    for s, t in permutations(parties, 2):
                        if not self.same_side(s, t):
                            yield s, t, quad, tok.text, "joint"
                    continue
            sources: list[str] = []
            from_noun = False
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    _add(sources, self.phrase_actors(c, clause=tok.head))
                elif c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            # "defying warnings from its partners": "its" is the clause's subject
                            found = self.phrase_actors(p, clause=light)
                            _add(sources, found)
                            from_noun = from_noun or (bool(found) and c.lower_ == "from")
            if not sources:
                # "the invasion of Kuwait by Iraq", "the downing of an airliner
                # by Soviet fighters": a "by" the parser hung on the verb or
                # on the patient
                sources = self.act_agents(tok)
            given = False
            if light is not None and not named and not any(
                c.dep_ in ("poss", "compound", "amod", "nmod") for c in tok.children
            ):
                # "drew condemnation from Britain": the phrase may hang on the verb.
                givers = [a for c in light.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i
                          for p in c.children if p.dep_ == "pobj" for a in self.phrase_actors(p, clause=light)]
                _add(sources, givers)
                given = bool(givers) or from_noun
            if not sources and light is not None and self._does_act(light, tok, quad, named):
                sources = self.subjects(light)
            if not sources:
                continue
            targets = self._targets_of_noun(tok, light)
            if not targets and named and light is not None and (self.code(light) or "")[:2] == "16":
                # "recalled its ambassador from Turkey", "withdrew its envoy
                # from Venezuela" (CAMEO 161): the state the envoy leaves.
                targets = [a for h in (tok, light) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj" for a in self.phrase_actors(p, clause=light)]
            if not targets and light is not None and tok.lemma_.lower() in self.lex.retaliation_nouns and self.intends(light):
                # "Khamenei vowed severe revenge" after a blow on Iran's own: at whoever struck
                targets = self.strikers(light, sources)
            if not targets and light is not None and quad.endswith("conflict"):
                targets = self.responded_to(light, sources)  # "downgraded ties in response"
            if not targets and given:
                # "Argentina's invasion drew condemnation from Britain", "Kenya
                # won praise from the AU": the light verb's subject receives it.
                targets = self.subjects(light)
            for q in [quad] if named else self._noun_quads(tok, quad):
                yield from self._pairs(sources, targets, q, tok.text, "noun")

    def intends(self, light: Token) -> bool:
        """``light`` states an intent: a CAMEO verb whose default is 03x
        ("pledge", "promise", "offer") or a threat cue ("vow", "threaten"),
        or it is the infinitive such a verb governs."""
        # "threatened to use rockets against X", "pledged to send aid to X":
        # the act under an intent is as unmade as one the intent verb names.
        while True:
            entry = self.cameo.entry(light)
            if light.lemma_.lower() in self.lex.threat_cues or (entry is not None and entry[2][:2] == "03"):
                return True
            if light.dep_ != "xcomp" or light.head.i == light.i:
                return False
            light = light.head

    def _reverses(self, light: Token) -> bool:
        """``light`` undoes the event its object names ("lifted the embargo",
        "suspended ties"): lexicon ``reversal_verbs``."""
        return light.lemma_.lower() in self.lex.reversal_verbs

    def _does_act(self, light: Token, noun: Token, quad: str, named: bool) -> bool:
        """Whether the subject of ``light`` does the act its object ``noun`` names.

        A light verb carries the act ("launched air strikes", "imposed an
        embargo", "ordered a naval blockade", "announced sanctions"); a verb
        of the hand lexicon that says something of another kind about it
        judges someone else's act: "condemned the attack on Lebanon" is no
        attack by whoever condemned it.
        """
        if named or noun.dep_ != "dobj":
            return True
        own = self.lex.verb_quad(light.lemma_)
        return own is None or own == quad or not own.startswith("verbal")

    def act_agents(self, noun: Token) -> list[str]:
        """Who does the act an event noun names, when the phrase says.

        A possessor ("China's seizure of the islands", "Moscow's
        annexation"), a demonym or actor before it ("the Soviet invasion",
        "the Israeli attack on Lebanon"), a leader ("the U.S.-led invasion",
        a lexicon ``leading_participles`` word) or a "by" phrase ("the
        occupation of Namibia by South Africa", on the noun or, as the
        parser often hangs it, on the verb). A compound noun names no agent:
        "the Iraq invasion", "the Gaza blockade" name the patient.
        """
        if noun.pos_ != "NOUN" or self.noun_quad(noun) is None:
            return []
        out: list[str] = []
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "nmod") and not self._against(c):
                _add(out, self.phrase_actors(c))
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                _add(out, [a for p in c.children if p.dep_ == "pobj" for a in self.phrase_actors(p)])
            elif c.dep_ == "prep" and c.lower_ == "of":
                # "the downing of a Korean airliner by Soviet fighters": the
                # parser hangs the "by" on the patient
                _add(out, [a for p in c.children if p.dep_ == "pobj" for b in p.children
                           if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                           for o in b.children if o.dep_ == "pobj" for a in self.phrase_actors(o)])
        return out or self._verb_by_agents(noun)

    def _leaders(self, participle: Token) -> list[str]:
        """Who a leading participle names: "the U.S.-led invasion", "a
        coalition led by Saudi Arabia" (lexicon ``leading_participles``)."""
        out: list[str] = []
        for c in participle.children:
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "poss") and c.i < participle.i:
                _add(out, self.phrase_actors(c))
            elif c.dep_ in ("agent", "prep") and c.lower_ == "by":
                _add(out, [a for p in c.children if p.dep_ == "pobj" for a in self.phrase_actors(p)])
        return out

    def _verb_by_agents(self, noun: Token) -> list[str]:
        """Actors of a "by" phrase the parser hung on the active verb whose
        object ``noun`` is: "condemned the invasion of Kuwait by Iraq"."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        return [a for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i
                for p in c.children if p.dep_ == "pobj" for a in self.phrase_actors(p)]

    def _targets_of_noun(self, noun: Token, light: Token | None) -> list[str]:
        targets: list[str] = []
        at: list[str] = []
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if light is not None:
            # "signed an agreement with X": the preposition may hang on the verb.
            preps += [c for c in light.children if c.dep_ in ("prep", "dative") and c.i > noun.i]
        # "a naval blockade of Cuba", "the invasion of Iraq": after a blow,
        # "of" names what it falls on ("the support of Russia" is Russia's).
        of = (self.noun_quad(noun) or "") == "material_conflict"
        for c in preps:
            if c.lower_ in _TARGET_PREPS or (of and c.lower_ == "of" and c.head.i == noun.i):
                for p in c.children:
                    if p.dep_ == "pobj":
                        # "a complaint against Chile at the OAS": "at" is a venue beside a target
                        _add(at if c.lower_ == "at" else targets, self.phrase_actors(p))
        return targets or at
