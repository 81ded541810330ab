"""Pronouns inside a sentence: whom "him", "it" or "they" stands for.

Mixed into :class:`~graphkit.extraction.stances.StanceReader`, whose actor
spans and subject readings these use. Person pronouns beyond the sentence
are the article coreference's (:mod:`graphkit.extraction.coref`).
"""

from __future__ import annotations

from spacy.tokens import Token


class Pronouns:
    """Antecedents of pronouns within a sentence; mixed into ``StanceReader``."""

    def _own_subject(self, pronoun: Token) -> tuple[str, ...]:
        """Actors the subject of the clause whose object ``pronoun`` is stands for.

        An object pronoun that is not reflexive never stands for its own
        clause's subject: in "Trump recognised him", "him" is not Trump.
        """
        verb = pronoun.head
        if pronoun.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
            verb = verb.head
        elif pronoun.dep_ not in ("dobj", "dative"):
            return ()
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
            return ()
        return tuple(self.subjects(verb))

    def _antecedent(self, token: Token, person: bool, skip: tuple[str, ...] = ()) -> str | None:
        """The last actor named before ``token`` in its sentence, other than ``skip``.

        Stances stay within the sentence: a pronoun whose antecedent lies in
        another sentence ("After his meeting with Rouhani, ...") is left
        unresolved rather than guessed.
        """
        floor = token.sent.start
        # "she"/"her" is no man the article named, "he"/"him"/"his" no woman
        gender = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}.get(token.lower_) if person else None
        for s in reversed(self.spans):
            if s.start >= token.i or s.start < floor or s.kb_id_ in skip:
                continue
            if (s.label_ in ("leader", "person")) == person and not (gender and self._gender(s.kb_id_) not in (None, gender)):
                return s.kb_id_
        return None

    def _gender(self, name: str) -> str | None:
        """The gender the article's coreference gives the person ``name``, if any."""
        person = self.coref.person_named(name) if self.coref is not None else None
        return person.gender if person is not None else None
