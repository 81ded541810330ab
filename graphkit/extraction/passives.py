"""Passives and hyphenated participles: "backed by Iran", "Turkish-backed rebels".

A passive's agent ("by" phrase) acts on its subject or on the noun the
participle describes ("Assad, backed by Russia", "talks hosted by Qatar");
an actor before a hyphen and a participle of the lexicon's ``adjectives``
acts on the noun the participle modifies ("Iranian-backed militia"). Mixed
into :class:`~graphkit.extraction.stances.StanceReader`, whose parse helpers
these readings use.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphkit.extraction.joint import _add
from graphkit.extraction.tables import token_table

Reading = tuple[str, str, str, str, str]  # source, target, quad, cue, via


class PassiveReadings:
    """Readings of passives and participles; mixed into ``StanceReader``."""

    def _passive(self, verb: Token, quad: str) -> Iterator[Reading]:
        agents: list[str] = []
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        _add(agents, self.phrase_actors(p))
        if not agents:
            return
        targets: list[str] = []
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subj:
            targets = self.phrase_actors(subj[0])
        elif verb.dep_ in ("acl", "relcl", "amod"):
            targets = self.phrase_actors(verb.head)
            noun = verb.head
            if not targets and (noun.lemma_.lower() in self.lex.symmetric_nouns or noun.lower_ in self.lex.symmetric_nouns):
                # "signed an agreement at talks hosted by Qatar": the host
                # receives the parties of the talks — named "between", or
                # the subjects of the clause the talks are the setting of.
                targets = self._joint_parties(noun)
                clause = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
                while not targets and clause is not None:
                    targets = self.subjects(clause)
                    # "agreed to restore ties at talks hosted by China": up the infinitive
                    clause = clause.head if clause.dep_ == "xcomp" else None
                targets = [t for t in targets if t not in agents]
            if not targets:
                # "attack from the Assad regime, backed by Iran": the parser
                # hung the participle on the wrong noun; it describes the
                # actor just before it.
                i = verb.i - 1
                while i >= 0 and self.doc[i].is_punct:
                    i -= 1
                targets = [self.actor_at(self.doc[i])] if i >= 0 and self.actor_at(self.doc[i]) else []
        elif verb.dep_ == "advcl":
            # "Backed by Russian air power, Assad has ..."
            targets = self.subjects(verb.head)
        yield from self._pairs(agents, targets, quad, verb.text, "passive")

    def modifier_stances(self, sent: Span) -> Iterator[Reading]:
        """"Turkish-backed rebels": actor, hyphen, participle, head noun."""
        doc = self.doc
        text = token_table(doc).text
        # Only a word after a hyphen can be one.
        for tok in (doc[i] for i in range(max(sent.start, 2), sent.end) if text[i - 1] == "-"):
            quad = self.lex.adjective_quad(tok.lower_)
            if quad is None or tok.i < 2 or doc[tok.i - 1].text != "-":
                continue
            source = self.actor_at(doc[tok.i - 2])
            if source is None:
                continue
            head = tok.head
            while head.dep_ in ("amod", "compound") and head.head is not head:
                head = head.head
            targets = self.phrase_actors(head)
            if not targets and head.dep_ == "appos":
                targets = self.phrase_actors(head.head)  # "Hezbollah, the Iranian-backed militia"
            yield from self._pairs([source], targets, quad, f"{doc[tok.i - 2].text}-{tok.text}", "modifier")
