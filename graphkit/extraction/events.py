"""One-sided events: what an actor does to places and people that are no actors.

"Sudanese army jets bombed a market in Nyala", "Russian jets struck Idlib",
"Ethiopian troops delivered aid to refugees in Tigray": the actor acts, but
on no actor of the graph, so there is no stance edge. These are events of
their source: the graph counts them on its node (``events_<quad>``) and
``graphkit events`` lists them.

Read with the stance reader's machinery (:class:`StanceReader`): the same
cue verbs (hand lexicon, then CAMEO codes), nouns, negation, hypotheticals
and passives, and the same subjects, agent phrases and possessors as
sources. The thing acted on must be a noun phrase that names no actor:

* material events (CAMEO 06-08, 14-20) on any such thing ("a hospital", "a
  convoy", "Idlib", "civilians");
* verbal events only on people (Phoenix agent words such as "refugees",
  "journalists", or a person's name): "warned journalists".

>>> sorted(agent_words()[w] for w in ("refugee", "police"))
['COP', 'REF']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from graphkit.extraction.agents import agent_words
from graphkit.extraction.cameo import stance_code
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.clauses import stray_objects
from graphkit.extraction.stances import StanceReader
from graphkit.extraction.tables import tokens_of
from graphkit.records import QUAD_POLARITY, Event

#: Longest target text kept, in tokens.
MAX_TARGET_TOKENS = 10

_PRONOUNS = {"it", "they", "them", "him", "her", "us", "me", "you", "itself", "themselves", "this", "that", "those", "these", "what", "which", "who", "whom", "all", "some", "one"}
_OBJECT_PREPS = {"on", "against", "at", "upon", "into", "in", "near", "to", "for"}
_ON_PREPS = {"on", "against", "at", "upon", "into"}
_PERSON_ENTS = {"PERSON", "NORP"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _target_text(tok: Token) -> str:
    """The noun phrase of ``tok``: its subtree without clauses, at most a few words."""
    cut = [c for c in tok.children if c.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl")]
    end = min([c.left_edge.i for c in cut if c.i > tok.i] + [tok.right_edge.i + 1])
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    words = tok.doc[start:end]
    if len(words) > MAX_TARGET_TOKENS:
        words = tok.doc[max(start, tok.i - 3) : min(end, tok.i + MAX_TARGET_TOKENS - 3)]
    return words.text.strip(" ,;:-–—")


class EventReader:
    """Read one-sided events from a parsed ``Doc`` with actor spans."""

    def __init__(self, reader: StanceReader):
        self.r = reader
        self.lex = reader.lex
        self.agents = agent_words()

    def _names_actor(self, tok: Token) -> bool:
        # "whose forces", "its bases": a pronoun standing for an actor names it
        # too. A state after "in" or "near" only says where: "struck militia
        # positions in northeastern Syria" struck the positions.
        where = {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "near")
                 for o in p.children if o.dep_ == "pobj" and self.r.actor_at(o) in self.r.states for t in p.subtree}
        return any(self.r.actor_at(t) is not None for t in tok.subtree if t.i not in where) or bool(self.r.phrase_actors(tok))

    def _is_person(self, tok: Token) -> bool:
        if tok.ent_type_ == "ORG" and tok.pos_ == "PROPN":
            return False  # "appealed to the European Community": a body's name, whatever its words ("community")
        if tok.ent_type_ in _PERSON_ENTS:
            return True
        return self.agents.get(tok.lemma_.lower()) is not None or self.agents.get(tok.lower_) is not None

    def _is_place(self, tok: Token) -> bool:
        return tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in self.lex.place_nouns

    def _fits(self, tok: Token, quad: str, strict: bool = False) -> bool:
        """``tok`` heads a thing a ``quad`` event can act on.

        ``strict``: only a place or people, for cues that only CAMEO codes
        (its general verbs, "take", "march", read events on anything else).
        """
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _PRONOUNS:
            return False
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY") or self._names_actor(tok):
            return False
        lemma = tok.lemma_.lower()
        if self.lex.noun_quad(lemma) or self.lex.noun_quad(tok.lower_):
            return False  # "launched an offensive": the noun is the event, read as one
        if quad.startswith("material") and not strict:
            return True
        return self._is_person(tok) or (quad.startswith("material") and self._is_place(tok))

    def _event_sources(self, verb: Token) -> list[str]:
        """"civilians were killed in Russian bombings": the actors of the event noun."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
                for p in c.children:
                    quad = self.lex.noun_quad(p.lemma_) if p.dep_ == "pobj" else None
                    if quad is not None and quad.startswith("material"):
                        for m in p.children:
                            if m.dep_ in ("poss", "compound", "amod", "nmod"):
                                out += [a for a in self.r.phrase_actors(m) if a not in out]
        return out

    def _things(self, verb: Token, quad: str, passive: bool, strict: bool = False) -> list[Token]:
        out: list[Token] = []
        if passive:
            heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not heads and verb.dep_ in ("acl", "amod"):
                heads = [verb.head]  # "a convoy hit by shells"
        else:
            heads = [c for c in verb.children if c.dep_ == "dobj"]
            if heads:
                heads += stray_objects(verb)
            elif not ((verb.lemma_.lower() in self.lex.symmetric_verbs or self.r.reciprocal(verb) is not None)
                      and len(self.r.subjects(verb)) >= 2):
                # Joint parties of a mutual act ("Soviet and Chinese guards
                # clashed on Damansky Island") act on each other; the
                # preposition there says where.
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and not (c.lower_ == "against" and "cooperation" in quad):
                        # "fired on a convoy" acts on it; "escalated in Hama" only where
                        pobjs = [p for p in c.children if p.dep_ == "pobj"]
                        heads.extend(p for p in pobjs if c.lower_ in _ON_PREPS or self._is_person(p))
        given = heads
        if not passive and heads:
            heads = self._past_idiom(verb, heads)
        if "cooperation" in quad and not passive and given:
            # "airlifted grain to famine victims", "delivered aid to refugees
            # in Tigray": a giving act is done to whoever receives it, not
            # to what is given ("grain", "trucks"); with no recipient named,
            # what aid (CAMEO 07) gives is a target only as people or a place.
            recipients = self._recipients(verb, given)
            if recipients:
                heads = recipients
            elif (self.r.code(verb) or "")[:2] == "07":
                strict = True
        for h in heads:
            for t in [h] + [c for c in h.children if c.dep_ == "conj"]:
                if self._fits(t, quad, strict):
                    out.append(t)
                elif not self._names_actor(t):
                    # "arrested dozens of protesters": the people are in the "of" phrase
                    out.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj" and self._fits(p, quad, strict))
        return out

    def _past_idiom(self, verb: Token, objects: list[Token]) -> list[Token]:
        """``objects`` without those a CAMEO pattern names as part of the act.

        "seized power" (180), "fired tear gas" (175), "took control" (192):
        the pattern's object words say what the act is, not what it is done
        to. The act falls on what a preposition of the verb or of that noun
        names ("fired tear gas at opposition supporters", "took control of
        the town"), or on nothing it names.
        """
        named = set(self.r.match(verb)[1])
        # A bare noun ("power", "tear gas"), as the idiom has it; "rebel
        # positions", "the town", "ten civilians" are things acted on even
        # where a pattern names them.
        idiom = [o for o in objects if (o.lower_ in named or o.lemma_.lower() in named) and all(
            c.dep_ not in ("det", "poss", "nummod", "amod", "quantmod", "compound", "nmod") or c.lower_ in named
            for c in o.children if c.i < o.i)]
        if not idiom:
            return objects
        rest = [o for o in objects if o not in idiom]
        for h in [verb, *idiom]:
            for c in h.children:
                if c.dep_ == "prep" and (c.lower_ in _ON_PREPS or (c.lower_ == "of" and h is not verb)):
                    rest += [p for p in c.children if p.dep_ == "pobj"]
        return rest

    @staticmethod
    def _recipients(verb: Token, objects: list[Token]) -> list[Token]:
        """Objects of "to"/"for" on ``verb`` or on its ``objects``: who receives what it gives."""
        return [p for h in [verb, *objects] for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                for p in c.children if p.dep_ == "pobj"]

    def verb_events(self, sent: Span) -> Iterator[tuple[str, str, Token, Token]]:
        """(source, quad, cue, thing) from the verbs of ``sent``."""
        r = self.r
        for tok in tokens_of(sent, "VERB"):
            quad = r.verb_quad(tok)
            if quad is None or r.negated(tok) or r.hypothetical(tok) or r.commands_forces(tok):
                continue  # "ordered the army to ...": no demand on the army (graphkit.extraction.commands)
            if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in self.lex.intention_verbs or r.intends(tok.head)) or r.only_asked(tok):
                continue  # "plans to", "pledged to", "threatened to": not done
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
                tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
            )
            if passive:
                sources: list[str] = []
                for c in tok.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                sources += [a for a in r.phrase_actors(p) if a not in sources]
                if not sources:
                    sources = self._event_sources(tok)
            else:
                sources = r.subjects(tok)
            if not sources or r.objects(tok) and not passive:
                continue  # no actor acts, or it acts on an actor: a stance, not an event
            # CAMEO's general verbs ("take", "march") act only on places and
            # people; a phrasal verb of violence it lists ("blew up", "wiped
            # out") says what it did to anything.
            entry = r.cameo.entry(tok) if quad == "material_conflict" else None
            strict = self.lex.verb_quad(tok.lemma_) is None and not (
                entry is not None and " " in entry[0] and entry[2][:2] in ("18", "19", "20"))
            for thing in self._things(tok, quad, passive, strict):
                for s in sources:
                    yield s, quad, tok, thing

    def noun_events(self, sent: Span) -> Iterator[tuple[str, str, Token, Token]]:
        """"Russian air strikes on Idlib": possessor or modifier -> on/against thing."""
        r = self.r
        for tok in tokens_of(sent, "NOUN", "PROPN"):
            if r.actor_at(tok) is not None:
                continue
            quad = self.lex.noun_quad(tok.lemma_) or self.lex.noun_quad(tok.lower_)
            if quad is None or not quad.startswith("material"):
                continue
            if tok.lemma_.lower() in self.lex.symmetric_nouns or tok.lower_ in self.lex.symmetric_nouns:
                continue  # "the conflict on its border" is between sides, not one side's act
            if tok.head.pos_ in ("VERB", "AUX") and tok.dep_ != "dobj" and r.hypothetical(tok.head):
                continue  # "an offensive on Idlib would be ..."
            light = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if light is not None and (r.negated(light) or r.hypothetical(light) or r.only_asked(light)
                                      or light.lemma_.lower() in self.lex.negations):
                continue  # "halted the bombing", "urged Moscow to halt the bombing": no bombing reported
            if light is not None and (r.verb_quad(light) or "").startswith("verbal"):
                continue  # "warned an offensive ...": words about an event, not the event
            sources: list[str] = []
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    sources += [a for a in r.phrase_actors(c) if a not in sources]
            if not sources and light is not None:
                sources = r.subjects(light)
            if not sources:
                continue
            preps = [c for c in tok.children if c.dep_ == "prep"]
            if light is not None:
                preps += [c for c in light.children if c.dep_ == "prep" and c.i > tok.i]
            for c in preps:
                if c.lower_ not in ("on", "against", "at", "upon", "in", "near") or c.lower_ in ("in", "near") and not self._place_after(c):
                    continue
                for p in c.children:
                    if p.dep_ == "pobj" and self._fits(p, quad):
                        for s in sources:
                            yield s, quad, tok, p

    @staticmethod
    def _place_after(prep: Token) -> bool:
        return any(p.dep_ == "pobj" and p.ent_type_ in _PLACE_ENTS for p in prep.children)


def extract_events(
    doc: Doc,
    lex: Lexicon,
    affiliation: Mapping[str, str | None] | None = None,
    reader: StanceReader | None = None,
) -> list[Event]:
    """The one-sided events of ``doc``, one per (source, cue, thing).

    ``doc`` must carry a parse and actor spans.
    """
    if not doc.has_annotation("DEP"):
        return []
    r = reader if reader is not None else StanceReader(doc, lex, affiliation)
    events = EventReader(r)
    out: list[Event] = []
    seen: set[tuple[str, int, int]] = set()
    for sent in doc.sents:
        if not any(i in r.by_token for i in range(sent.start, sent.end)):
            continue
        for source, quad, cue, thing in list(events.verb_events(sent)) + list(events.noun_events(sent)):
            key = (source, cue.i, thing.i)
            if key in seen:
                continue
            seen.add(key)
            text = sent.text
            stripped = text.strip()
            start = sent.start_char + len(text) - len(text.lstrip())
            code = stance_code(r.code, sent, cue.text, quad)
            out.append(Event(source, quad, QUAD_POLARITY[quad], code, cue.text, _target_text(thing), stripped, start, start + len(stripped)))
    out.sort(key=lambda e: (e.start, e.source, e.cue))
    return out
