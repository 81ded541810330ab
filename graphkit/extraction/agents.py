"""Demonyms and agents: when "Kenyan" names Kenya, and when it does not.

A demonym before an agent of a state is that state, whatever the verb:
"Kenyan police", "Ethiopian federal forces", "Venezuelan government
officials", "Russian warplanes", "U.S. diplomats". The agent words come from
the Phoenix agents dictionary (``graphkit/data/agents.json``, sectors GOV,
MIL, COP, JUD, SPY, LEG ...), the lexicon's ``force_nouns`` and
``government_nouns``, and its ``role_words`` that Phoenix gives no other
sector ("a Turkish official", "the Iranian negotiator").

A demonym before people who are no agents of the state names no actor:
"Syrian refugees", "a Syrian woman", "Rwandan farmers" are people of that
nationality (Phoenix sectors REF, CVL, AGR, OPP ..., and the lexicon's
``people_nouns`` Phoenix leaves out: "Somali nationals"), a demonym before
a group it qualifies ("Bosnian Serb forces", the lexicon's ``ethnonyms``)
names the group, not the state, and "the Syrian war",
"the Syrian crisis" a setting (the lexicon's ``setting_nouns``). Such a
demonym is no mention of the state, so it neither counts as one nor makes a
stance end. Before an act ("Russian air strikes", "Turkish-backed rebels")
or a place or thing of the state ("Israeli positions", "Vietnamese
vessels") it still names the state, as in PETRARCH.

This is the one place the rule lives; the actor resolver calls
:func:`qualifies_no_agent` for each demonym it finds.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from spacy.tokens import Span, Token

from graphkit.extraction.lexicon import Lexicon

#: Phoenix sectors whose people act for a state.
STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "SPY", "LEG", "ELI")

_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")


@functools.lru_cache(maxsize=1)
def agent_words() -> dict[str, str]:
    """Phoenix agent words -> sector code (``graphkit/data/agents.json``).

    >>> agent_words()["refugee"], agent_words()["police"]
    ('REF', 'COP')
    """
    text = resources.files("graphkit").joinpath("data/agents.json").read_text(encoding="utf-8")
    return json.loads(text)["agents"]


def sector(tok: Token) -> str | None:
    """Phoenix sector of a noun ("troops" -> ``MIL``), by lemma or word."""
    words = agent_words()
    low = tok.text.lower()
    # "Soldiers detained ...": a capitalised plural the tagger took for a name keeps its "s" in the lemma
    return words.get(tok.lemma_.lower()) or words.get(low) or (words.get(low[:-1]) if low.endswith("s") else None)


def is_state_agent(tok: Token, lex: Lexicon) -> bool:
    """``tok`` names people or things acting for a state ("police", "warplanes")."""
    low, lemma = tok.text.lower(), tok.lemma_.lower()
    if low in lex.force_nouns or lemma in lex.force_nouns or lemma in lex.government_nouns:
        return True
    code = sector(tok)
    if code is not None:
        return code.startswith(STATE_SECTORS)
    # Role words Phoenix leaves out ("official", "spokesman", "negotiator").
    return lemma in lex.role_words or low in lex.role_words


def before_ethnonym(span: Span, lex: Lexicon) -> bool:
    """``span`` qualifies a group named right after it ("Bosnian Serb",
    "Kosovo Albanian", "Iraqi Kurdish"): the lexicon's ``ethnonyms``."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.lower_ in lex.ethnonyms or nxt.lemma_.lower() in lex.ethnonyms


def qualifies_no_agent(span: Span, lex: Lexicon) -> bool:
    """True when the demonym ``span`` qualifies a noun that is no agent of its state.

    Needs a parse; without one nothing is ruled out.
    """
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "ethnic":
        return True  # "ethnic Albanian rebels", "ethnic Russians": a people, not a state's agents
    if not doc.has_annotation("DEP"):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "Russian and Syrian jets"
    if tok.dep_ not in _MODIFIER_DEPS or tok.head is tok:
        return False  # "the Syrians said": the demonym is the noun
    head = tok.head
    if head.i < span.start:
        return False
    if doc[span.end - 1].i + 1 < len(doc) and doc[span.end].text == "-":
        return False  # "Turkish-backed", "Syrian-Turkish": a compound of its own
    phrase = [head]
    while head.dep_ in ("compound", "amod") and head.head is not head and head.head.i > head.i:
        head = head.head  # "Syrian army jets": jets
        phrase.append(head)
    if head.pos_ == "PROPN" or head.ent_type_ or head.pos_ not in ("NOUN", "PROPN"):
        return False  # "Syrian President Assad", or a parse that is no noun phrase
    if before_ethnonym(span, lex):
        return True  # "Bosnian Serb forces": the Serbs of Bosnia, not Bosnia's forces
    words = [t for t in doc[span.end : head.i + 1] if not t.is_punct] + phrase
    if any(is_state_agent(t, lex) for t in words):
        return False
    between = [t.lemma_.lower() for t in doc[span.end : head.i + 1] if not t.is_punct]
    agents = agent_words()
    for n in (2, 3):  # "coast guard ships", "border police units"
        for k in range(len(between) - n + 1):
            code = agents.get(" ".join(between[k : k + n]))
            if code is not None and code.startswith(STATE_SECTORS):
                return False
    lemma = head.lemma_.lower()
    if lemma in lex.setting_nouns or head.text.lower() in lex.setting_nouns:
        return True
    # People of the nationality, in a sector that is not the state's
    # ("refugees", "women", "farmers", "protesters"); a place or thing of
    # the state ("Israeli positions", "Vietnamese vessels") still names it.
    if lemma in lex.people_nouns or head.text.lower() in lex.people_nouns:
        return True  # "Somali nationals", "Filipino sailors": Phoenix gives them no sector
    code = sector(head)
    if code is None or code.startswith(STATE_SECTORS):
        return False
    # A craft, vehicle, weapon or fort Phoenix files under a civilian sector
    # ("airliner" CVL, "tanker" BUS) is still the state's when a blow falls
    # on it: "shot down an Iranian airliner" strikes Iran, as PETRARCH codes
    # IRNCVL. CAMEO has no set of ships: the lexicon's ``vessel_nouns``.
    things = struck_things() | lex.vessel_nouns
    return not (lemma in things or head.text.lower() in things) or not _struck(head, lex)


#: CAMEO synonym sets of things a state fields or owns: a blow on one with a
#: demonym strikes the state.
THING_SETS = ("&AIRCRAFT", "&WEAPON", "&CAR", "&STRONGHOLD")


@functools.lru_cache(maxsize=1)
def struck_things() -> frozenset[str]:
    """Words of CAMEO's synonym sets of things (:data:`THING_SETS`).

    >>> "airliner" in struck_things(), "refugee" in struck_things()
    (True, False)
    """
    text = resources.files("graphkit").joinpath("data/cameo.json").read_text(encoding="utf-8")
    synsets = json.loads(text).get("synsets", {})
    return frozenset(w for name in THING_SETS for w in synsets.get(name, ()))


def _struck(head: Token, lex: Lexicon) -> bool:
    """``head`` is what a blow falls on: the object, passive subject or
    prepositional object of a verb the lexicon or CAMEO codes material
    conflict ("shot down an Iranian airliner", "fired on Pakistani
    positions", "an Iranian airliner was shot down"), or of a blow named as
    a noun ("the seizure of an American tanker")."""
    from graphkit.extraction.cameo import Cameo, quad_of

    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.pos_ == "NOUN" and head.dep_ == "pobj":
        # "the seizure of an American tanker", "the downing of a Korean airliner"
        return lex.noun_quad(verb.lemma_.lower()) == "material_conflict"
    if verb.pos_ != "VERB":
        return False
    return lex.verb_quad(verb.lemma_) == "material_conflict" or quad_of(Cameo.load().code(verb)) == "material_conflict"
