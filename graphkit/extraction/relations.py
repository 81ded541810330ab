"""People as actors: who beyond the registry takes part in the graph.

A person the article names in full (see :mod:`graphkit.extraction.coref`)
joins the article's actors when they speak, or are the source or target of
a stance: type ``leader`` when the article gives them a political role (a
member of a legislature, a minister, a spokesman, a campaign aide), affiliated
with the state, party or group named in that role; type ``person`` otherwise
(an analyst, a voter, an activist). People named only in passing stay out.

:func:`with_people` lends the stance rules the people's names as actor spans,
so "the governor called her rival a liar" reads like any other stance;
:func:`people_records` then keeps those who took part.

>>> from spacy.tokens import Span
>>> from graphkit.extraction.coref import People
>>> doc = spacy.blank("en")("Amara Okafor voted .")
>>> doc.ents = [Span(doc, 0, 2, "PERSON")]
>>> doc.spans["actors"] = []
>>> people = People(doc)
>>> with with_people(doc, people):
...     [(s.text, s.label_) for s in doc.spans["actors"]]
[('Amara Okafor', 'person')]
"""

from __future__ import annotations

import bisect
import re
import contextlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.tokens import Doc, Span

from graphkit.extraction.coref import People, Person, tokens_where
from graphkit.extraction.text import doc_text, misparsed_main_verb
from graphkit.records import ActorInfo, Mention, Quote, Stance


#: Nouns that, in an apposition, say where a person stands toward someone:
#: "Lopez, a longtime ally of the governor", "a vocal critic of the prime minister".
STANCE_NOUNS = {
    "ally": 1, "supporter": 1, "friend": 1, "backer": 1, "confidant": 1, "protege": 1, "protégé": 1, "loyalist": 1,
    "critic": -1, "opponent": -1, "rival": -1, "foe": -1, "enemy": -1, "detractor": -1, "adversary": -1,
}


def apposition_stances(doc: Doc, people: People) -> list[Stance]:
    """Stances said by an apposition or a predicate nominal: "Lopez, a longtime
    ally of the governor" (+), "Ruiz, a vocal critic of the prime minister" (−),
    "Lopez is a close ally of Brennan" (+). Source and target are actors or
    people of the article (role nouns resolved by the coreference).

    >>> apposition_stances(spacy.blank("en")("no parse here"), None)
    []
    """
    if not doc.has_annotation("DEP"):
        return []
    actors = doc.spans["actors"] if "actors" in doc.spans else ()
    by_token = {i: s.kb_id_ for s in actors for i in range(s.start, s.end)}

    def who(token) -> str | None:
        if token.i in by_token:
            return by_token[token.i]
        p = people.at(token)
        return p.name if p is not None else None

    out: list[Stance] = []
    for noun in (doc[i] for i in tokens_where(doc, "LEMMA", STANCE_NOUNS)):
        polarity = STANCE_NOUNS.get(noun.lemma_.lower())
        if polarity is None:
            continue
        if noun.dep_ == "appos":
            holder = noun.head
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        else:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if holder is None or obj is None:
            continue
        source, target = who(holder), who(obj)
        if source and target and source != target:
            sent = noun.sent
            quad = "verbal_cooperation" if polarity > 0 else "verbal_conflict"
            out.append(Stance(source, target, quad, polarity, noun.text, sent.text.strip(),
                              sent.start_char, sent.end_char, "apposition"))
    return out


#: Verbs that name what someone is: "called her rival a liar".
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "describe"})


def naming_stances(doc: Doc, reader) -> list[Stance]:
    """Stances said by naming someone: "the governor called her rival a liar"
    (−), "called Okafor a friend of every farmer" (+), "described Yoon as a
    puppet of prosecutors" (−). The target is the actor
    or person named as the verb's object (a role noun resolved by the
    coreference); the polarity is the valence of the other nouns it is
    called. ``reader`` is the article's
    :class:`~graphkit.extraction.stances.StanceReader`.

    >>> naming_stances(spacy.blank("en")("no parse here"), None)
    []
    """
    from graphkit.extraction.quote_stances import QUOTE_POLARITY_THRESHOLD, valence

    if reader is None or not doc.has_annotation("DEP"):
        return []
    out: list[Stance] = []
    for verb in (doc[i] for i in tokens_where(doc, "LEMMA", NAMING_VERBS)):
        if verb.pos_ != "VERB" or reader.negated(verb):
            continue
        if any(c.dep_ == "prt" for c in verb.children):
            continue  # "called off the talks", "called up reservists": a phrasal verb names nobody
        heads = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
        # "criticised the move, calling it wrong": "it" is the thing just
        # criticised, not the last actor named.
        said_of = verb.head if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and any(
            h.lower_ in ("it", "them") and h.dep_ == "dobj" for h in heads) else None
        if said_of is not None and not any(c.dep_ == "dobj" for c in said_of.children):
            said_of = None
        targets: list[str] = []
        for h in [c for c in said_of.children if c.dep_ == "dobj"] if said_of is not None else list(heads):
            for name in reader.phrase_actors(h, clause=said_of or verb):
                if name not in targets:
                    targets.append(name)
        event = reader.act_named_again(said_of or verb) if not targets else None
        if event is not None:
            # "called the attack a criminal act": the act named again stands
            # for who did it (as "condemned the attack" does).
            targets = [a for a in reader.strikers(said_of or verb, None, event) if a not in reader.subjects(verb)]
        elif said_of is None and any(h.lower_ == "it" and h.dep_ == "dobj" for h in heads):
            # "French agents sank the Rainbow Warrior, and Lange called it an
            # act of terrorism": "it" is the blow just told, which stands for its doer.
            struck = [a for a in reader.strikers(verb, None) if a not in reader.subjects(verb)]
            targets = struck or targets
        # What the target is called: nouns of the object phrases that name
        # nobody and hold no possessive ("a liar", not "her rival"); after
        # "described X as", the object of "as".
        called = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        root = misparsed_main_verb(verb)
        if root is not None:
            # The parser hung what the object is called on the subject as an
            # apposition: 'Bob Dole, Ford's running mate, called Carter "the
            # most inconsistent candidate"'.
            called += [c for r in {root, verb.head} for c in r.children if c.dep_ == "appos" and c.i > verb.i]
        if verb.lemma_.lower() == "describe" and not called:
            continue
        nouns, kinds, todo = [], [], list(heads) + called
        while todo:
            n = todo.pop()
            todo.extend(c for c in n.children if c.dep_ in ("appos", "conj", "oprd"))
            if n.pos_ == "NOUN" and reader.actor_at(n) is None and not any(c.dep_ == "poss" for c in n.children):
                nouns.append(" ".join(t.text for t in n.lefts if t.dep_ in ("amod", "compound", "advmod")) + " " + n.text)
                # "an act of war", "a case of aggression": what the act is of
                kinds += [o.text for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and reader.actor_at(o) is None]
        # "called the junta illegitimate": an adjective after the object (the
        # parser makes it the verb's or the object's) is what it is called.
        adjectives = [a for h in heads for a in [h, *h.children]
                      if a.pos_ == "ADJ" and a.dep_ in ("oprd", "acomp", "amod", "ccomp", "xcomp") and (a is h or a.i > h.i)]
        nouns += [t.text for a in adjectives for t in [a, *a.conjuncts]]
        v = sum(_negated_stem(t) if t.lower().startswith("un") and not valence(t) else valence(t) for t in nouns)
        if abs(v) < QUOTE_POLARITY_THRESHOLD:
            v = sum(valence(t) for t in kinds)  # a neutral noun says what it is by its "of"
        if abs(v) < QUOTE_POLARITY_THRESHOLD:
            # VADER is silent on "a puppet", "a criminal": CAMEO's "call X"
            # patterns (111 liar, 1121 criminal) and the lexicon's epithets.
            v = _epithet_valence(verb, heads + called, reader)
        if not targets or abs(v) < QUOTE_POLARITY_THRESHOLD:
            continue
        quad = "verbal_cooperation" if v > 0 else "verbal_conflict"
        sent = verb.sent
        for source in reader.subjects(verb):
            for target in targets:
                if source != target and not reader.same_side(source, target):
                    out.append(Stance(source, target, quad, 1 if v > 0 else -1, verb.text, sent.text.strip(),
                                      sent.start_char, sent.end_char, "verb"))
    return out


def _negated_stem(word: str) -> float:
    """VADER knows "helpful", not "unhelpful": a word "un-" + a word with a
    valence has the opposite one.

    >>> _negated_stem("unhelpful") < 0
    True
    """
    from graphkit.extraction.quote_stances import valence

    return -valence(word[2:]) if len(word) > 4 else 0.0


def _epithet_valence(verb, heads, reader) -> float:
    """+1 or -1 when what ``verb`` calls its object is a CAMEO "call X"
    pattern or a lexicon epithet (quoted words included: 'called his rival
    "a puppet of the old system"'), else 0."""
    from graphkit.extraction.cameo import quad_of
    from graphkit.records import QUAD_POLARITY

    code, words = reader.match(verb)
    quad = quad_of(code) if words else None
    if quad is None:
        seen = [t for h in heads for t in h.subtree if t.pos_ == "NOUN" and reader.actor_at(t) is None]
        # Only the words of the phrase's head nouns: "a puppet of the old
        # system" is a puppet, whatever "system" is.
        seen = [t for t in seen if t.dep_ not in ("pobj", "poss", "compound") or t.head.pos_ != "ADP"]
        # and the adjectives said of them, or said alone: 'called her
        # "crooked"', "the most inconsistent candidate".
        seen += [t for h in heads for t in h.subtree if t.pos_ == "ADJ" and (t.i == h.i or t.head in seen or t.head.i == h.i)]
        quad = next((q for q in (reader.lex.epithet_quad(t.lemma_) for t in seen) if q), None)
    return float(QUAD_POLARITY[quad]) if quad else 0.0


def person_type(person: Person) -> str:
    """``leader`` for a person with a political role in the article, else ``person``."""
    return "leader" if person.political else "person"


def _outsiders(doc: Doc, people: People) -> list[Person]:
    known = {s.kb_id_ for s in doc.spans.get("actors", ())} if "actors" in doc.spans else set()
    return [p for p in people.people if not p.actor and p.name not in known]


@contextlib.contextmanager
def with_people(doc: Doc, people: People) -> Iterator[None]:
    """Add the names of people outside the registry to ``doc.spans["actors"]``
    for the duration of the block (the stance rules read actors there)."""
    original = list(doc.spans["actors"]) if "actors" in doc.spans else []
    taken = {i for s in original for i in range(s.start, s.end)}
    extra = []
    for p in _outsiders(doc, people):
        for start, end in people.spans_of(p):
            if not any(i in taken for i in range(start, end)):
                extra.append(Span(doc, start, end, label=person_type(p), kb_id=p.name))
    # A registry person's short form the resolver left untagged ("Yoon", a
    # family name first, "Fox" after "Vicente Fox"): the coreference knows who it is.
    for p in people.people:
        if p.actor:
            for start, end in people.spans_of(p):
                if not any(i in taken for i in range(start, end)):
                    extra.append(Span(doc, start, end, label="leader", kb_id=p.name))
    doc.spans["actors"] = sorted(original + extra, key=lambda s: (s.start, s.end))
    try:
        yield
    finally:
        doc.spans["actors"] = original


def people_records(
    doc: Doc, people: People, quotes: Iterable[Quote], stances: Iterable[Stance], events: Iterable = ()
) -> tuple[list[ActorInfo], list[Mention]]:
    """Actors and mentions for the people outside the registry who speak or
    take part in a stance or an event (see the module notes)."""
    active = {q.speaker for q in quotes if q.speaker}
    for s in stances:
        active.update((s.source, s.target))
    active.update(e.source for e in events)
    if not any(p.name in active for p in _outsiders(doc, people)):
        return [], []
    sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [0]
    para = [0] + [m.start() for m in re.finditer(r"\n\n+", doc_text(doc))]
    infos: list[ActorInfo] = []
    mentions: list[Mention] = []
    for p in _outsiders(doc, people):
        if p.name not in active:
            continue
        info = ActorInfo(p.name, person_type(p), [], p.affiliation if p.political else None, None, 0)
        for start, end in people.spans_of(p):
            span = doc[start:end]
            mentions.append(Mention(
                p.name, span.text, span.start_char, span.end_char,
                bisect.bisect_right(sent_starts, start) - 1,
                bisect.bisect_right(para, span.start_char) - 1,
            ))
            info.mentions += 1
            if span.text not in info.aliases:
                info.aliases.append(span.text)
        if info.mentions:
            infos.append(info)
    return infos, mentions
