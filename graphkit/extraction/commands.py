"""Orders to one's own forces, and acts done to an actor as a whole.

"Prime Minister Abiy Ahmed ordered the army to strike the TPLF", "Yeltsin
ordered troops into Chechnya", "Chavez ordered ten battalions to the border
with Colombia": a commander telling his own soldiers or police to act does
the act himself (the soldiers are his means, as in a causative "had X
arrested"), unlike "urged Russia to rein in Assad", where the one told is
another actor and the telling is the event (CAMEO 10 or 02). Who is
commanded is read from the Phoenix agents dictionary (a military, police or
intelligence sector: "army", "battalion", "police") or the lexicon's
``force_nouns``; the commanding verbs are the lexicon's ``command_verbs``.

"The African Union suspended Madagascar", "the Commonwealth suspended Fiji",
"the OAS suspended Honduras": a reversal verb whose object is an actor
itself, not an event ("suspended talks", "suspended aid" are read as the
noun's event reversed), takes the actor out of a relation: CAMEO 16 (reduce
relations), material conflict.

"Called on Prime Minister Julius Chan to resign", "urged Thailand to stop
towing boats", "called on Argentina to withdraw its forces": asking someone
to give up office or to stop or undo their own act opposes them, however
politely it is asked (CAMEO's demand codes 1041 and 105x; its appeals 0241
and 025x for the same content are read as the demand: tests/data/GUIDELINES.md).
The verbs of yielding are the lexicon's ``yield_verbs``; "stop", "halt",
"cease", "end" and "abandon" yield only when what is stopped is the asked
one's own ("stop towing boats", "halt its attacks"): "appealed to the UN to
halt the offensive" asks the UN's help against a third party's act and
stays an appeal (verbal cooperation).

Mixed into :class:`~graphkit.extraction.stances.StanceReader`, whose parse
helpers these readings use.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extraction.agents import sector

#: Verbs of yielding that yield only what is the asked one's own.
_STOPPING = frozenset({"stop", "halt", "cease", "end", "abandon", "suspend"})
_OWN = frozenset({"its", "their", "his", "her"})
#: Verbs of yielding that give up an office (CAMEO 1041, demand leadership change).
_LEAVING = frozenset({"resign", "quit", "abdicate", "step", "stand"})
#: Phoenix sectors of the people a commander sends: soldiers, police, spies.
_ARMED_SECTORS = ("MIL", "COP", "SPY")


class CommandReadings:
    """Orders to one's own forces and suspensions; mixed into ``StanceReader``."""

    def armed_noun(self, tok: Token) -> bool:
        """``tok`` names soldiers, police or their units ("the army", "ten
        battalions", "riot police"): the lexicon's ``force_nouns`` or a
        Phoenix military, police or intelligence sector."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in self.lex.force_nouns or lemma in self.lex.force_nouns:
            return lemma not in self.lex.government_nouns and low not in ("officials", "diplomats", "envoys",
                                                                           "ministers", "representatives", "delegation")
        return (sector(tok) or "").startswith(_ARMED_SECTORS)

    def own_forces(self, tok: Token, sources: list[str]) -> bool:
        """``tok`` is an armed body that names nobody but ``sources``' side:
        "the army", "Ethiopian troops" under an Ethiopian commander, not
        "Russia" or "the rebels' fighters" of another actor."""
        if tok.pos_ not in ("NOUN", "PROPN") or not self.armed_noun(tok):
            return False
        named = self.phrase_actors(tok)
        return all(any(a == s or self.same_side(a, s) for s in sources) for a in named)

    def commanded(self, verb: Token) -> bool:
        """``verb`` is what a commander ordered his own forces to do: "ordered
        the army to strike the TPLF" is the commander's strike."""
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        head = verb.head
        if head.lemma_.lower() not in self.lex.command_verbs:
            return False
        told = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
        return len(told) == 1 and self.own_forces(told[0], self.subjects(head))

    def commands_forces(self, verb: Token) -> bool:
        """``verb`` is a command verb whose object is the subject's own forces
        ("ordered the army to ...", "ordered ten battalions to the border"):
        no demand made of anyone, whatever CAMEO codes the verb."""
        if verb.lemma_.lower() not in self.lex.command_verbs:
            return False
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return len(told) == 1 and self.own_forces(told[0], self.subjects(verb))

    def suspended_actors(self, verb: Token) -> list[str]:
        """Actors a reversal verb takes out of a relation by name: "the
        African Union suspended Madagascar" (CAMEO 16, material conflict).
        Event objects ("suspended aid to X", "suspended talks") are the
        noun's event reversed and read elsewhere."""
        if verb.lemma_.lower() not in self.lex.suspension_verbs or self.negated(verb) or self.hypothetical(verb):
            return []
        out: list[str] = []
        for c in verb.children:
            # The object is an actor by name ("Madagascar", "the junta"), not
            # a thing of one ("its ambassador", "Russia's membership").
            if c.dep_ == "dobj" and self.actor_at(c) is not None:
                out += [a for a in self.phrase_actors(c, clause=verb) if a not in out]
        return out

    def yield_code(self, verb: Token) -> tuple[str, tuple[str, ...]] | None:
        """CAMEO's demand code when ``verb`` asks its object to resign,
        withdraw or stop its own act ("called on Chan to resign": 1041
        demand leadership change; "urged Thailand to stop towing boats": 105
        demand that the target yield), as :meth:`Cameo.match` gives codes;
        None otherwise."""
        if verb.pos_ != "VERB":
            return None
        asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")
                 or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i == verb.i + 1)]
        if not asked:
            return None
        # "asked Paris for military help to stop their advance": after a "for"
        # the infinitive is what the help is for, not an act asked of Paris.
        help_for = min((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > asked[0].i), default=len(verb.doc))
        for c in verb.children:
            if (c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and asked[0].i < c.i < help_for
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    and not any(a.dep_ == "neg" for a in c.children) and self._yields(c)):
                return ("1041" if c.lemma_.lower() in _LEAVING else "105"), ()
        return None

    def _yields(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        words = {lemma, *(f"{lemma} {p}" for p in particles)}
        if not words & self.lex.yield_verbs:
            return False
        if lemma not in _STOPPING:
            return True  # "to resign", "to withdraw its forces", "to step down"
        # "stop towing boats", "halt its attacks": the asked one's own act
        return any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children) or any(
            c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in _OWN for g in c.children) for c in verb.children)
