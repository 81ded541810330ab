"""Election contests: results and poll standings, and "his rival".

An election result or a poll standing is no stance (tests/data/GUIDELINES.md):
"X defeated Y in the runoff", "beating Y by eight million votes", "X leads Y
in the polls" say what voters did. The lexicon's ``contest_verbs`` count so
when their sentence names the vote (``electoral_nouns``). The contest still
says who ran against whom, and so who "his rival" is. Mixed into
:class:`graphkit.extraction.stances.StanceReader`, whose parse helpers it uses.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns for the other side of an election contest ("his rival").
CONTEST_RIVALS = frozenset({"rival", "opponent", "challenger", "adversary"})


class ContestReadings:
    """Contest readings; mixed into ``StanceReader``."""

    def electoral_contest(self, verb: Token) -> bool:
        """Whether ``verb`` tells an election result or a poll standing
        ("defeated Walesa in the runoff", "beating Prabowo by eight million
        votes", "had led him in several polls"): the voters decided, neither
        candidate acted on the other, so the guidelines read no stance. A
        contest verb counts so when its own clause names the vote: "the
        army had taken three soldiers, Modi said on the campaign trail" is
        no result."""
        if verb.lemma_.lower() not in self.lex.contest_verbs:
            return False
        nouns = self.lex.electoral_nouns
        if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in verb.subtree if t.pos_ in ("NOUN", "PROPN")):
            return True
        if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i and self.electoral_contest(verb.head):
            return True  # "won the runoff with 56 percent, defeating Kast": the same result
        # A standing a poll reports: "a Gallup poll showed Nixon leading
        # Humphrey", "a new survey has Biden leading Trump" (the vote named
        # as the subject of the verb whose complement the standing is).
        head = verb
        while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i:
            head = head.head
            if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in nouns or c.lower_ in nouns)
                   for c in head.children):
                return True
        return False

    def _rival(self, noun: Token, clause: Token | None) -> str | None:
        """"his rival", "her opponent" in election copy: the person who stood
        against the possessor in a contest the article told ("Fox defeated
        Labastida", "beating opposition leader Kilicdaroglu"), the latest
        before ``noun``. ``None`` without such a contest."""
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None:
            return None
        owner = self.subjects(clause) if clause is not None else []
        if not owner and self.coref is not None:
            p = self.coref.pronoun(poss, follow_speaker=False)
            owner = [p.name] if p is not None and p.name in self.people else []
        if len(owner) != 1:
            return None
        rival = None
        for v in self.doc[: noun.i]:
            if v.pos_ != "VERB" or not self.electoral_contest(v):
                continue
            winners = self.subjects(v)
            losers = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass") for a in self.phrase_actors(c)]
            for side, other in ((winners, losers), (losers, winners)):
                if owner[0] in side:
                    rival = next((a for a in other if a != owner[0] and self._is_leader(a) or a in self.people), rival)
        for n in self.doc[: noun.i]:
            # "Kilicdaroglu won ... four days before a runoff against President
            # Tayyip Erdogan": the contest named as a noun, its clause's subject
            # against whom "against" names.
            if n.pos_ != "NOUN" or n.lemma_.lower() not in self.lex.electoral_nouns:
                continue
            others = [a for p in n.children if p.dep_ == "prep" and p.lower_ == "against"
                      for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o)]
            verb = n.head
            while verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
            sides = self.subjects(verb) if others and verb.pos_ == "VERB" else []
            for side, other in ((sides, others), (others, sides)):
                if owner[0] in side:
                    rival = next((a for a in other if a != owner[0] and (self._is_leader(a) or a in self.people)), rival)
        return rival
