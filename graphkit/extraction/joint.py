"""Joint events: stances that joint parties take toward one another.

"A and B met", "A and B exchanged fire", "A and B accused each other",
"talks between A and B", "the A-B deal": one stance per ordered pair of the
parties. Mixed into :class:`~graphkit.extraction.stances.StanceReader`, whose
parse helpers these readings use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import permutations

from spacy.tokens import Span, Token

from graphkit.extraction.cameo import quad_of
from graphkit.extraction.tables import tokens_of


#: CAMEO's "sign formal agreement": both signatories act.
SIGN_AGREEMENT = "057"


def _add(out: list[str], names: Iterable[str]) -> list[str]:
    """Append the names not yet in ``out`` (order kept); return ``out``."""
    for n in names:
        if n not in out:
            out.append(n)
    return out


class JointReadings:
    """Readings of joint parties; mixed into ``StanceReader``."""

    def reciprocal(self, verb: Token) -> str | None:
        """Quad of ``verb`` done by joint subjects to one another, else ``None``.

        Verbs whose CAMEO pattern is coded both ways ("exchanged fire"
        193:193, "signed a peace treaty" 057:057): the code's second half is
        the event the other way.
        """
        # "A and B accused each other" is not read here. A test for an "each
        # other" object below the verb stood here, but it compared Token
        # objects by identity ("c.head is verb"), which never holds (spaCy
        # builds a new Token on each access), so it never fired and only
        # cost a walk of every verb's subtree. Reading it (comparing
        # ``.i``) changes records (two articles of tests/data): a rules
        # change, not made here.
        code, _ = self.match(verb)
        if code and ":" in code and code.split(":")[0] and code.split(":")[1]:
            return quad_of(code)
        return None

    def symmetric_verbs(self, sent: Span) -> Iterator[Reading]:
        """"A and B met": one stance per ordered pair of joint subjects."""
        for tok in tokens_of(sent, "VERB"):
            joint = tok.lemma_.lower() in self.lex.symmetric_verbs
            if not joint and tok.lemma_.lower() in self.lex.reporting_verbs and self.lex.verb_quad(tok.lemma_) is None:
                continue  # "X's spokesman, Y, said the vote would go ahead": a report, no joint act
            # "A and B shook hands": an idiom of the verb and its object
            quad = (self.lex.verb_quad(tok.lemma_) or self.verb_quad(tok)) if joint else self.reciprocal(tok)
            if quad is None or self.negated(tok) or self.hypothetical(tok):
                continue
            subj = self.subjects(tok)
            if joint:
                has_object = self.partnered(tok)
                if quad == "material_conflict" and self._in_words(tok) and self._people_act(tok):
                    # "Carter and Reagan clashed ... in their only debate":
                    # people who clash in a debate or a speech do it in words,
                    # as one who "attacked X in a new ad" does (verb_quad).
                    quad = "verbal_conflict"
                if has_object and self.reciprocal(tok) is not None:
                    has_object = False  # "A and B signed a peace treaty" (057:057)
            else:
                # "A and B exchanged fire": an actor object makes it one-way.
                has_object = bool(self.objects(tok))
            if len(subj) >= 2 and not has_object:
                for s, t in permutations(subj, 2):
                    yield s, t, quad, tok.text, "joint"
            elif not joint and subj and quad.endswith("conflict") and not (self.code(tok) or "").startswith("16"):
                # "exchanged fire with Cambodia" (193:193): the partner named
                # by "with" does it back; cutting relations (16x) is one-sided. (Talks "with" someone
                # stay one-way, as the seed annotation reads them; a signed agreement does not, below.)
                for t in self._with_partners(tok):
                    for s in subj:
                        if not self.same_side(s, t):
                            yield t, s, quad, tok.text, "joint"
            elif subj and (self.code(tok) or "").startswith(SIGN_AGREEMENT):
                # "Israel signed a peace treaty with Jordan" (057:057): an
                # agreement binds whoever signed it, the partner named by
                # "with" as much as the subject.
                for t in self._with_partners(tok):
                    for s in subj:
                        if not self.same_side(s, t):
                            yield t, s, quad, tok.text, "joint"

    def partnered(self, verb: Token) -> bool:
        """Whether a joint verb names a party of its own: a direct object or
        a partner after "with" ("A and B clashed with C"). "with" before a
        clause ("..., with Reagan asking viewers ...") names nobody, nor does
        the object of an idiom ("A and B shook hands", lexicon "shake hands")."""
        return any((c.dep_ == "dobj" and self.lex.verb_quad(f"{verb.lemma_} {c.lower_}") is None)
                   or (c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children))
                   for c in verb.children)

    def joint_parties_only(self, verb: Token, sources: list[str]) -> bool:
        """Whether the joint subjects of a symmetric verb are its only
        parties ("Carter and Reagan clashed over the economy, arms control
        and Iran"): what they clash or talk "over" or "about" is the topic,
        and :meth:`symmetric_verbs` reads them toward each other."""
        return len(sources) >= 2 and verb.lemma_.lower() in self.lex.symmetric_verbs and not self.partnered(verb)

    def joined(self, verb: Token, sources: list[str], quad: str) -> Iterator[Reading]:
        """Taking a side: "Australia joined the U.S.-led coalition against
        Iraq" (a lexicon ``joining_verbs`` verb).

        The joiner cooperates with whom it joins, as the verb codes it
        (CAMEO 050 "join coalition"); it opposes what the side is
        against: with the joined act's own quad when it is a blow ("joined
        the U.S.-led invasion of Iraq", "NATO's air campaign against
        Libya"), in words otherwise (a coalition or alliance against X).
        """
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            partners = self.phrase_actors(obj, clause=verb)
            act = self.noun_quad(obj) or ""
            preps = ("against", "on", "upon") + (("of",) if act == "material_conflict" else ())
            opponents = [a for p in obj.children if p.dep_ == "prep" and p.lower_ in preps
                         for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o, clause=verb)]
            opponents = [a for a in opponents if a not in partners]
            yield from self._pairs(sources, partners, quad, verb.text, "verb")
            against = act if act.endswith("conflict") else "verbal_conflict"
            yield from self._pairs(sources, opponents, against, verb.text, "verb")

    def _with_partners(self, verb: Token) -> list[str]:
        """Actors named by "with" on ``verb`` or on its direct object."""
        out: list[str] = []
        for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ == "with":
                    for pobj in p.children:
                        if pobj.dep_ == "pobj":
                            _add(out, self.phrase_actors(pobj, clause=verb))
        return out

    def _coordinated_before(self, verb: Token) -> list[str]:
        """Actors coordinated right before ``verb`` ("A and B (today) held"),
        for subjects the parser attached elsewhere."""
        doc, i, names = self.doc, verb.i - 1, []
        while i >= verb.sent.start:
            t = doc[i]
            if t.dep_ in ("advmod", "npadvmod", "aux", "neg") and self.actor_at(t) is None:
                i -= 1
            elif self.actor_at(t) is not None:
                if self.by_token[i].root.dep_ == "pobj":
                    break  # "with Rouhani, Erdogan and Putin held": Rouhani is no party
                names.append(self.actor_at(t))
                i = self.by_token[i].start - 1
                if i >= 0 and doc[i].lower_ in ("and", ","):
                    i -= 1
                else:
                    break
            else:
                break
        return _add([], reversed(names))

    def _joint_parties(self, noun: Token) -> list[str]:
        """Parties of a joint event: "meeting between A and B", "the A-B deal"."""
        parties: list[str] = []
        # "Fighting broke out between A and B", "clashes erupted among":
        # the parser hangs the parties on the verb the event is subject of.
        on_verb = [c for c in noun.head.children if c.dep_ == "prep"] if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" else []
        for c in list(noun.children) + on_verb:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        _add(parties, self.phrase_actors(p))
            elif c.dep_ in ("compound", "amod", "nmod"):
                # "Turkey-Russia deal": both names sit in the modifier's subtree.
                named = [self.actor_at(t) for t in c.subtree if self.actor_at(t)]
                if len(set(named)) >= 2:
                    _add(parties, named)
        return parties
