"""Stances: who cooperates with or opposes whom, with evidence.

Read from clauses, through the dependency parse, with the stance lexicon
(:mod:`graphkit.extraction.lexicon`) deciding the quad class of each cue:

* verbs: subject actor -> object or prepositional actor ("Iran has lent
  military support to Assad"); passives ("backed by Iran" -> Iran backs);
  relative clauses ("Assad, who has been backed by Russia"); coordinated
  subjects and objects, appositions ("warned Assad and his allies Iran and
  Russia" -> three edges); pronoun subjects ("as it negotiates with Russia");
  the subject of a clause a warning or demand is about ("insist that Assad
  must go");
* event nouns: possessor or modifier -> ``for``/``to``/``against``/``on``
  object ("Russia's support for Assad", "Russian air strikes on Idlib"); a
  noun after a light verb takes the verb's subject ("Trump sought better
  relations with Russia", "Erdogan and Putin held a meeting"); joint events
  between several actors ("a meeting between Erdogan and Putin", "the
  Turkey-Russia deal") give one stance per ordered pair;
* participles: "Turkish-backed rebels";
* negation drops a stance ("did not attack"), and so do hypotheticals
  ("would respond if"), except threats and warnings, which are verbal
  conflict whatever their mood;
* quotes: the speaker toward the actors named in the quoted words, with the
  polarity of the quoted clause (VADER's valence, falling back on the stance
  lexicon's cues), and clauses inside a quote whose subject is "we"/"I"
  belong to the speaker. News outlets report; they take no stance by
  quoting (:mod:`graphkit.extraction.quote_stances`).

Each record carries its sentence, the sentence's offsets, the cue and how it
was read (``via``: ``verb``, ``passive``, ``noun``, ``modifier``, ``joint``,
``quote``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from graphkit.extraction.actors import actor_spans
from graphkit.extraction.cameo import DEMAND, Cameo, quad_of, stance_code
from graphkit.extraction.clauses import stray_objects
from graphkit.extraction.commands import CommandReadings
from graphkit.extraction.contests import CONTEST_RIVALS, ContestReadings
from graphkit.extraction.joint import JointReadings, _add
from graphkit.extraction.implied import _UTTERANCES, ImpliedTargets, names_act
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.passives import PassiveReadings
from graphkit.extraction.pronouns import Pronouns
from graphkit.extraction.noun_stances import REVERSED, _TARGET_PREPS, NounReadings  # noqa: F401  (REVERSED re-exported)
from graphkit.extraction.quote_stances import QUOTE_POLARITY_THRESHOLD, QuoteReadings, valence  # noqa: F401  (re-exported)
from graphkit.extraction.relations import NAMING_VERBS, STANCE_NOUNS
from graphkit.extraction.text import dateline_tokens, misparsed_main_verb
from graphkit.extraction.tables import per_token, tokens_of
from graphkit.records import QUAD_POLARITY, Quote, Stance

_RELATIVE = {"who", "which", "that", "whom"}
_POSSESSIVE = {"its", "their", "his", "her"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "they", "them", "its", "their"}
_PHRASE_DEPS = {"compound", "amod", "poss", "nmod"}
_PRONOUNS = _THING_PRONOUNS | _PERSON_PRONOUNS
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}  # "both sides", "the three governments"
_RELEASES = frozenset({"0253", "0353", "0841", "1053"})  # CAMEO's appeals, pledges, demands and acts to release someone
_NEVER_WORDS = frozenset({"16", "17"})  # CAMEO roots of acts no words do: cut ties, arrest, expel

Reading = tuple[str, str, str, str, str]  # source, target, quad, cue, via


def _conjuncts(token: Token) -> list[Token]:
    """``token`` with its coordinated and appositive expansions, in order."""
    out, todo, seen = [], [token], set()
    while todo:
        t = todo.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return sorted(out, key=lambda t: t.i)


def _second_object(t: Token) -> bool:
    """Whether ``t``, a child of a verb's object, is a second object the parser
    hung on the first: an apposition ("called his rival, a puppet"), or a
    noun joined with no "and"/"or" ("called Russia's annexation of Crimea a
    robbery" is parsed as annexation -conj-> robbery)."""
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "appos":
        return True
    return t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children)


class StanceReader(Pronouns, NounReadings, JointReadings, QuoteReadings, ContestReadings, ImpliedTargets, PassiveReadings,
                   CommandReadings):
    """Read stances from one parsed ``Doc`` with actor spans.

    Parameters
    ----------
    doc : Doc
    lex : Lexicon
    affiliation : mapping, optional
        Actor name -> the state or group it acts for, so that nobody is read
        as taking a stance toward their own side.
    """

    def __init__(
        self,
        doc: Doc,
        lex: Lexicon,
        affiliation: Mapping[str, str | None] | None = None,
        cameo: Cameo | None = None,
    ):
        self.doc = doc
        self.lex = lex
        self.cameo = cameo if cameo is not None else Cameo.load()
        self._codes: dict[int, str | None] = {}
        self.affiliation = dict(affiliation or {})
        self.spans = list(actor_spans(doc))
        self.by_token: dict[int, Span] = {}
        for s in self.spans:
            for i in range(s.start, s.end):
                self.by_token[i] = s
        #: Tokens of datelines ("MOSCOW, Oct 10 -"), which are nobody's subject.
        self.in_dateline = dateline_tokens(doc)
        self.leaders = {s.kb_id_ for s in self.spans if s.label_ == "leader"}
        self.states = {s.kb_id_ for s in self.spans if s.label_ == "state"}
        self.people = self.leaders | {s.kb_id_ for s in self.spans if s.label_ == "person"}
        #: The article's :class:`~graphkit.extraction.coref.People`, when the
        #: caller has it: person pronouns beyond their sentence.
        self.coref = None

    def actor_at(self, token: Token) -> str | None:
        s = self.by_token.get(token.i)
        return s.kb_id_ if s is not None else None

    def same_side(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are one side: equal, or one acts for the other."""
        return a == b or self.affiliation.get(a) == b or self.affiliation.get(b) == a

    # -- actors of a phrase ------------------------------------------------------

    def phrase_actors(self, token: Token, clause: Token | None = None) -> list[str]:
        """Actors a noun phrase headed by ``token`` stands for.

        An actor head stands for itself; a non-actor head ("troops", "office",
        "government") for the actors among its modifiers ("Turkish troops"),
        a person named there before the state that describes them ("Russian
        President Putin" is Putin). Coordinations and appositions add theirs
        ("Assad and his allies Iran and Russia"). Pronouns stand for their
        antecedent: a relative pronoun for the noun it follows, a possessive
        for the clause's subject, "it"/"he" for the last actor named. A role
        with a person in apposition is that person ("Turkey's foreign
        minister, Mevlut Cavusoglu").
        """
        named = [a for c in token.children if c.dep_ == "appos" for a in [self.actor_at(c)] if a in self.people]
        if named and self.actor_at(token) is None and token.lemma_.lower() in self.lex.role_words:
            return named
        out: list[str] = []
        for t in _conjuncts(token):
            if t.dep_ == "appos" and self.actor_at(t) is None and self.actor_at(t.head) in self.people:
                # "Whitfield, the Republican nominee": the apposition describes
                # the person; the party it names takes no part of its own.
                continue
            _add(out, self._head_actors(t, clause))
        # "Indian Prime Minister Indira Gandhi and Pakistani President Bhutto":
        # the parser made the first name and its "and" modifiers of the second.
        first = [a for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i
                 and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children) for a in [self.actor_at(c)] if a]
        return _add(first, out) if first and self.actor_at(token) is not None else out

    def _head_actors(self, t: Token, clause: Token | None) -> list[str]:
        actor = self.actor_at(t)
        if actor is not None:
            return [actor]
        if t.dep_ in ("amod", "acl") and t.tag_ == "VBN" and t.lemma_.lower() in self.lex.leading_participles:
            return self._leaders(t)
        low = t.lower_
        count = next((_COUNTS[c.lower_] for c in t.children if c.lower_ in _COUNTS and (c.lower_ == "both" or c.dep_ == "nummod")), 0)
        if count and t.lemma_.lower() in self.lex.pair_nouns:
            return self._the_pair(t, clause, count)
        if low == "whose":
            # "Eritrea, whose troops have backed ...": the relative clause's antecedent.
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            return self.phrase_actors(clause.head) if clause is not None else []
        if low in _RELATIVE:
            if t.head.dep_ == "relcl":
                antecedent = t.head.head
                if self.actor_at(antecedent) is None and antecedent.dep_ == "appos" and self.actor_at(antecedent.head) in self.people:
                    antecedent = antecedent.head  # "Ogan, the candidate who endorsed Erdogan"
                return self.phrase_actors(antecedent)
            # A relative clause the parser hung elsewhere: the actor just before.
            i = t.i - 1
            while i >= 0 and self.doc[i].is_punct:
                i -= 1
            return [self.actor_at(self.doc[i])] if i >= 0 and self.actor_at(self.doc[i]) else []
        if low in _POSSESSIVE and clause is not None and (t.dep_ == "poss" or low != "her"):  # "accused her": no possessive
            subj = self.subjects(clause)
            if subj and (low not in _PERSON_PRONOUNS or all(a in self.people or self._is_leader(a) for a in subj)):
                # "Britain and France demanded their release": joint subjects'
                # own thing is no target, and no one of them the other's. ("The
                # party demanded his resignation": "his" is a person's.)
                return subj if len(subj) == 1 else []
            if low in _PERSON_PRONOUNS and (self.code(clause) or "") in _RELEASES:
                return []  # "demanded his release": the one freed is no target; the captor is
        if low in _PERSON_PRONOUNS or low in _THING_PRONOUNS:
            found = self.reporter_of(t) or self._antecedent(t, person=low in _PERSON_PRONOUNS, skip=self._own_subject(t))
            if found is None and t.dep_ in ("nsubj", "nsubjpass", "dobj") and low in _PERSON_PRONOUNS and self.coref is not None:
                # Beyond the sentence, only the article's coreference of people
                # (gender, paragraph, last speaker) names "he" or "her".
                p = self.coref.pronoun(t, follow_speaker=False)
                found = p.name if p is not None and p.name in self.people else None
            return [found] if found else []
        found: list[str] = []
        low = t.lemma_.lower()
        if low in self.lex.speaking_for_nouns or low in self.lex.government_nouns or self.is_member(t):
            # "a spokesman for Prime Minister Tony Blair called ...": the one
            # spoken for acts (his office speaks for him, as in quotes); "the
            # government in Skopje": the state governed from there; "rebels of
            # the Zapatista National Liberation Army", "the rebels": their group.
            preps = ("for", "of") if low in self.lex.speaking_for_nouns else ("in",) if low in self.lex.government_nouns else ("of",)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    _add(found, [a for o in c.children if o.dep_ == "pobj" for a in self.phrase_actors(o)])
            if self.is_member(t):  # members of a group or a cabinet, not of a family
                found = self.members_of(t, found)
            if found:
                return found
        if t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in self.lex.force_nouns or t.lemma_.lower() in self.lex.force_nouns):
            # "Troops from the Soviet Union ... invaded": forces from a state
            # act for it (as subject only: "rockets fired from Lebanon" hit
            # from a place).
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    _add(found, [a for o in c.children if o.dep_ == "pobj" for a in self.phrase_actors(o)])
        for c in t.children:
            if c.dep_ == "poss" and t.lemma_.lower() in STANCE_NOUNS:
                continue  # "his opponent", "her rival": someone else than him or her
            if c.dep_ == "amod" and c.i > t.i and (self.lex.adjective_quad(c.lemma_) or "").endswith("cooperation"):
                # "militiamen loyal to Sassou Nguesso", "forces allied with Haftar":
                # people on someone's side stand for that side.
                _add(found, [a for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for o in p.children if o.dep_ == "pobj" for a in self.phrase_actors(o)])
            elif c.dep_ in _PHRASE_DEPS and not self._against(c) and not self.named_after(c, t):
                # "Thai and Cambodian troops": the modifier's conjuncts modify
                # the head too (the parser hangs "Cambodian" on "Thai").
                for m in _conjuncts(c) if c.dep_ != "poss" else (c,):
                    a = self.actor_at(m)
                    _add(found, [a] if a is not None else self._head_actors(m, clause))
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.leading_participles:
                # "a coalition led by Saudi Arabia" stands for its leader
                _add(found, self._leaders(c))
            elif c.dep_ == "relcl" and t.lemma_.lower() in _UTTERANCES:
                # "the remarks the senator made": the remarks stand for their author.
                for s in c.children:
                    if s.dep_ == "nsubj":
                        _add(found, self.phrase_actors(s))
        if not found and t.lemma_.lower() in CONTEST_RIVALS:
            rival = self._rival(t, clause)
            if rival is not None:
                return [rival]
        if not found and (t.pos_ == "NOUN" or t.is_lower) and self.coref is not None and any(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in t.children
        ):
            # "the senator", "her rival": the person the article gave that role.
            p = self.coref.role(t)
            if p is not None and p.name in self.people:
                return [p.name]
        people = [a for a in found if self._is_leader(a)]
        return people or found

    def _said_thing(self, verb: Token) -> Token | None:
        """The ad, statement or letter a participle describes ("ads attacking
        Obama", "a statement condemning the coup"), or None."""
        head = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i != verb.i and head.lemma_.lower() in self.lex.said_in_nouns:
            return head
        return None

    def _against(self, token: Token) -> bool:
        """"anti-Assad rebels", "pro-Iranian forces": the actor is what the
        phrase is for or against, not what it stands for."""
        start = self.by_token[token.i].start if token.i in self.by_token else token.i
        doc = self.doc
        return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro", "non")

    def _is_leader(self, name: str) -> bool:
        return name in self.leaders

    def subjects(self, verb: Token) -> list[str]:
        """Actors acting as ``verb``'s subject (through relatives and conjunctions)."""
        made = self.made_to(verb)
        if made is not None:
            return self.phrase_actors(made)  # "forced Iraq to withdraw": Iraq withdraws
        # A name the parser read as a clause ("Restore Our Future, a super
        # PAC, has spent ...": "Restore" a verb) is the subject all the same.
        subj = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "csubj" and self.actor_at(c)]
        if len(subj) > 1:
            # "MOSCOW, Oct 10 - Armenia and Azerbaijan agreed": the parser made
            # the dateline a second subject; the one nearest the verb acts.
            subj = ([c for c in subj if c.i not in self.in_dateline] or subj)[-1:]
        if subj and subj[0].i in self.in_dateline:
            # "GEORGETOWN, Guyana, Dec 8 - Venezuela denied": the dateline run into the subject
            subj = [c for c in subj[0].conjuncts if c.i not in self.in_dateline][-1:] or subj
        if subj:
            return self.phrase_actors(subj[0])
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return self.phrase_actors(verb.head)
        if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and verb.head is not verb:
            if verb.dep_ == "advcl" and verb.tag_ == "VBN":
                return []
            if verb.dep_ == "pcomp" and verb.head.lower_ != "by" and verb.head.head is not verb.head and any(
                c.dep_ == "dobj" for c in verb.head.head.children
            ):
                # "accused Tajik forces of shelling", "praised Kenya for sending":
                # the object is said to have done it, not the subject. ("broke
                # the law by arming the Contras": the means are the subject's.)
                return []
            head = verb.head.head if verb.dep_ == "pcomp" else verb.head
            return self.subjects(head)
        carrier = self._said_thing(verb)
        if carrier is not None:
            # "ran ads attacking Obama", "has spent $40 million on ads
            # attacking Obama": whoever put the ad out acts through it.
            while carrier.dep_ in ("dobj", "pobj", "prep") and carrier.head.i != carrier.i:
                carrier = carrier.head
            return self.subjects(carrier) if carrier.pos_ == "VERB" else []
        noun = misparsed_main_verb(verb)
        if noun is not None:
            # "Mary Matalin, the Bush campaign's political director, called
            # Clinton ...": the parser made the sentence a noun phrase.
            return self.phrase_actors(noun)
        return []

    # -- filters ---------------------------------------------------------------

    def carries_noun(self, verb: Token) -> bool:
        """``verb`` only carries the event its object names.

        A verb outside the hand lexicon whose CAMEO code is its default (no
        pattern named its object), with an event noun for object: "stepped
        up its protests", "continued its support", "intensified its
        attacks". The noun reading reads the event.
        """
        if self.lex.verb_quad(verb.lemma_) is not None:
            return False
        code, named = self.match(verb)
        if named or code is None or code[:2] in ("18", "19", "20"):
            # A blow of its own ("beat back a South African assault", "repelled
            # an attack", CAMEO 19x) strikes whoever the event noun names.
            return False
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and self.noun_quad(c) is not None for c in verb.children)

    def _event_object(self, verb: Token) -> bool:
        """``verb``'s direct object is an event noun ("the embargo", "ties")."""
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and self.noun_quad(c) is not None for c in verb.children)

    @staticmethod
    def directed(verb: Token) -> bool:
        """``verb`` is what someone was told, urged or asked to do.

        "told Vietnam to withdraw", "called on China to halt", "urged Iran to
        release": an infinitive after an object (object control) is not done
        by the subject, and not yet by the object; the directive is the event.
        """
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        return any(
            c.i < verb.i and (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon")))
            for c in verb.head.children
        )

    def negated(self, token: Token) -> bool:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        # "refused to attack", "failed to agree"
        return token.dep_ == "xcomp" and token.head.lemma_.lower() in self.lex.negations

    def hypothetical(self, token: Token) -> bool:
        cur = token
        while True:
            for c in cur.children:
                if c.dep_ == "aux" and c.lower_ in self.lex.modal_hypotheticals:
                    return True
                if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                    return True
            if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() == "deny":
                return True  # "denied that it had sent troops": a denial tells of no act
            if cur.dep_ in ("conj", "xcomp") and cur.head is not cur:
                cur = cur.head
                continue
            return False

    def _noun_quads(self, noun: Token, default: str) -> list[str]:
        mods = set()
        for c in noun.children:
            if c.dep_ in ("amod", "compound"):
                mods.update(t.lower_ for t in _conjuncts(c))
        kind = default.split("_")[1]  # cooperation / conflict
        quads = []
        if mods & self.lex.material_modifiers:
            quads.append(f"material_{kind}")
        if mods & self.lex.verbal_modifiers:
            quads.append(f"verbal_{kind}")
        return quads or [default]

    def _pairs(self, sources, targets, quad, cue, via) -> Iterator[Reading]:
        for s in sources:
            for t in targets:
                if not self.same_side(s, t):
                    yield s, t, quad, cue, via

    # -- verbs -----------------------------------------------------------------

    def code(self, verb: Token) -> str | None:
        """CAMEO code of ``verb`` in its clause, read once per token."""
        return self.match(verb)[0]

    def match(self, verb: Token) -> tuple[str | None, tuple[str, ...]]:
        """CAMEO code of ``verb`` and the object words it was read from (:meth:`Cameo.match`)."""
        found = self._codes.get(verb.i)
        if found is None:
            found = self._codes[verb.i] = self.yield_code(verb) or self.cameo.match(verb)
        return found

    def noun_quad(self, noun: Token) -> str | None:
        """Quad of an event noun: the hand lexicon, then CAMEO's light-verb nouns.

        Place nouns ("border", "frontier") are no events whatever CAMEO's
        patterns make of them with a verb.
        """
        lemma, low = noun.lemma_.lower(), noun.lower_
        quad = self.lex.noun_quad(lemma) or self.lex.noun_quad(low)
        if quad is None and lemma not in self.lex.place_nouns:
            quad = self.cameo.noun_quad(lemma) or self.cameo.noun_quad(low)
        return quad

    def light_quad(self, noun: Token, light: Token) -> tuple[bool, str | None]:
        """What the verb ``light`` makes of its object ``noun``.

        When a CAMEO pattern of the verb names the noun ("imposed sanctions"
        163, "broke off relations" 161, "lifted the embargo" 085), the
        pattern's quad is the event's (``None``: no event, "discussed
        sanctions"); ``(False, None)`` when no pattern names it.
        """
        code, words = self.match(light)
        if not words or not ({noun.lower_, noun.lemma_.lower()} & set(words) or any(
            w in {t.lower_ for t in noun.subtree} for w in words
        )):
            return False, None
        return True, quad_of(code)

    @per_token
    def verb_quad(self, verb: Token) -> str | None:
        """Quad of a verb, a phrasal verb or an idiom first ("side with", "call on", "shake hands").

        The hand lexicon decides the verbs it lists; any other verb takes the
        quad of its CAMEO code in its clause (:mod:`graphkit.extraction.cameo`).
        """
        if self.electoral_contest(verb):
            return None
        if verb.lemma_.lower() in NAMING_VERBS and any(
            c.dep_ == "oprd" or (c.dep_ == "dobj" and any(_second_object(a) for a in c.children))
            for c in verb.children
        ):
            return None  # "called his rival a puppet" names him (relations.naming_stances); no phone call (CAMEO 041)
        has_particle = any(c.dep_ == "prt" for c in verb.children)
        for c in verb.children:
            if c.dep_ == "prep" and (has_particle or any(
                    o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)):
                continue  # "called off the talks on Friday" is no "call on"
            if (c.dep_ in ("prt", "prep", "dobj") and c.i > verb.i) or (c.dep_ == "advmod" and c.i == verb.i + 1):
                quad = self.lex.verb_quad(f"{verb.lemma_} {c.lower_}")
                if quad is not None:
                    return quad
        quad = self.lex.verb_quad(verb.lemma_)
        if quad is not None:
            code, named = self.match(verb)
            entry = self.cameo.entry(verb)
            particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)}
            if entry is not None and entry[0].split()[1:] and entry[0].split()[1] in particles:
                # A phrasal verb CAMEO lists as a verb of its own is no use of
                # the bare lemma: "called off the talks" cancels them (160),
                # it is no call (041); its code decides, nothing if it has none.
                return quad_of(code)
            if particles & set(named) and quad_of(code) is not None:
                # A CAMEO phrasal pattern is more specific than the bare lemma:
                # "hit back at" is a rebuke (111), not a blow. (Object nouns
                # stay with the hand lexicon: PETRARCH's object patterns of
                # its verbs are too loose to overrule it.)
                return quad_of(code)
        if quad is None:
            code = self.code(verb)
            # A reporting verb reports; only telling someone to act is an event.
            if verb.lemma_.lower() not in self.lex.reporting_verbs or code == DEMAND:
                quad = quad_of(code)
        entry = self.cameo.entry(verb)
        if (quad == "material_conflict" and (entry[2] if entry else "")[:2] not in _NEVER_WORDS
                and self._in_words(verb) and self._people_act(verb)):
            # "attacked Mexico, saying ...": a verbal attack (CAMEO 111); an arrest
            # (the verb's own code) "..., accusing him of" stays an arrest.
            return "verbal_conflict"
        if quad is not None and quad.startswith("material") and self._said_thing(verb) is not None:
            return "verbal_" + quad.split("_")[1]  # "ran ads attacking Obama": an attack in words
        return quad

    def _people_act(self, verb: Token) -> bool:
        """Whether the subjects of ``verb`` are people (leaders or persons),
        who attack in words; a state's jets "attacked ..., saying" bomb."""
        subjects = self.subjects(verb)
        return bool(subjects) and all(self._is_leader(a) or a in self.people for a in subjects)

    def _in_words(self, verb: Token) -> bool:
        """Whether the act of ``verb`` is done in words: a reporting verb as
        its manner ("attacked the Mexican government, saying ...") or
        something said as its means ("attacked her challenger in a new ad",
        "hit out at the senator in a speech")."""
        for c in verb.children:
            if (c.dep_ in ("advcl", "xcomp") and c.i > verb.i and c.tag_ == "VBG" and c.lemma_.lower() in self.lex.reporting_verbs
                    and not any(g.dep_ in ("nsubj", "mark") for g in c.children)):
                return True  # "..., saying": the subject's own words, not "after the rebels claimed"
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "with", "through"):
                if any(o.dep_ == "pobj" and o.lemma_.lower() in self.lex.said_in_nouns for o in c.children):
                    return True
        return False

    def verb_stances(self, sent: Span) -> Iterator[Reading]:
        """Stances read from the verbs of ``sent``."""
        for tok in tokens_of(sent, "VERB"):
            facing = self._border_posture(tok) or self.suspended_actors(tok)  # "suspended Madagascar": CAMEO 16
            if facing:
                yield from self._pairs(self.subjects(tok), facing, "material_conflict", tok.text, "verb")
                continue
            quad = "verbal_conflict" if self.yield_code(tok) else self.verb_quad(tok)  # "called on X to resign"
            if quad is None:
                continue
            cue = tok.text
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.threat_cues:
                if any(c.dep_ == "dobj" for c in tok.head.children):
                    continue  # "warned Assad not to attack": Assad's act, not the speaker's
                # "threatened to sanction Turkey": the threat is the stance.
                quad, cue = "verbal_conflict", tok.head.text
            elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.intention_verbs:
                continue  # "plans to attack" has not attacked
            elif tok.dep_ == "xcomp" and self.intends(tok.head):
                # "pledged to send aid to X", "offered to mediate": an intent
                # is said (CAMEO 03), nothing done yet.
                quad, cue = f"verbal_{quad.split('_')[1]}", tok.head.text
            elif self.only_asked(tok):
                continue  # "urged Russia to rein in Assad": asked, not done ("ordered the army to", "forced X to" are)
            joining = tok.lemma_.lower() in self.lex.joining_verbs
            if not joining and (self.carries_noun(tok) or (self._reverses(tok) and self._event_object(tok))):
                # "stepped up its protests against Beijing": the noun is the
                # event; "lifted its embargo on Cuba": the noun's, reversed.
                continue
            threat = tok.lemma_.lower() in self.lex.threat_cues or cue != tok.text
            if (self.negated(tok) or self.hypothetical(tok)) and not threat:
                if quad == "material_conflict" and not self.negated(tok):
                    yield from self._conditional_threat(tok)
                continue
            # "backed by Iran" / "Assad, backed by Russia, ..." are passives;
            # "which has long armed Syria" (a perfect, with a subject) is not.
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
                tok.tag_ == "VBN"
                and tok.dep_ in ("acl", "advcl", "relcl", "amod")
                and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
            )
            if passive:
                yield from self._passive(tok, quad)
                continue
            sources = self.subjects(tok) or (self._soldiers_of(tok) if quad == "material_conflict" else [])
            if not sources:
                continue
            if joining or self.joint_parties_only(tok, sources):  # joint parties: JointReadings.symmetric_verbs
                yield from self.joined(tok, sources, quad) if joining else ()
                continue
            targets = self.objects(tok) or self._summarised(tok) or self._small_clause(tok)
            if quad == "material_cooperation" and len(targets) > 1:
                targets = self._recipients(tok, targets)
            if not targets and quad.endswith("conflict"):  # "seized X from Y"; "... in response"
                targets = (self._taken_from(tok) if quad == "material_conflict" else []) or self.responded_to(tok, sources)
            if not targets and (self.code(tok) or "")[:2] in ("02", "10"):
                targets = self._asked_of(tok)
            if not targets and (self.code(tok) or "")[:2] == "04" and all(s in self.leaders for s in sources):
                targets = self._visited(tok)
            if not targets and (cue != tok.text or self.strikes_back(tok)):
                # "Chadian troops raided a base inside Libya, and Libya vowed
                # to retaliate", "Seoul retaliated by scrapping a pact": a blow
                # back is aimed at whoever struck first in the same sentence.
                targets = self.strikers(tok, sources)
            if not targets and threat:
                # "imposed sanctions on Niger's junta and threatened to use force":
                # the blow it goes with; "warned of retaliation if Pyongyang attacked
                # again": the one whose act the threat is conditioned on.
                targets = self._coordinated_targets(tok, sources) or [
                    a for a in self._conditions(tok) if not any(self.same_side(a, s) for s in sources)]
            event = self.act_named_again(tok) if not targets and quad.startswith("verbal") else None
            if event is not None:
                # "U.S. troops invaded Panama, and the OAS deplored the
                # intervention": the act named again stands for who did it.
                targets = [a for a in self.doers_of(tok, event, sources) if a not in sources]
            if quad.startswith("verbal"):
                # "insist that Assad must go", "asked that Iran continue"
                _add(targets, self._clause_subjects(tok))
            yield from self.on_behalf(tok, sources, targets, quad, cue)  # "campaign for Robb": for him
            if quad.endswith("conflict") and self._armed_subject(tok):
                # "Chile's armed forces overthrew President Salvador Allende",
                # "Brazil's Senate removed President Rousseff": a state's soldiers,
                # legislature or courts against its own leader, whom ``same_side`` folds in.
                for s in sources:
                    for t in targets:
                        if t != s and self.affiliation.get(t) == s:
                            yield s, t, quad, cue, "verb"

    def objects(self, verb: Token) -> list[str]:
        """Actors the verb acts on: objects, datives and prepositional objects.

        "at" names a target only when nothing else does: "fired at Israel",
        but "filed a complaint against Chile at the OAS" names a venue.
        """
        out: list[str] = []
        at: list[str] = []
        # "accused her of dependence on Russia": a preposition the parser hung
        # on the verb after the charge's "of" belongs to the charge.
        dobj = any(c.dep_ == "dobj" for c in verb.children)
        charge = next((c.i for c in verb.children if dobj and c.dep_ == "prep" and c.lower_ == "of"), len(self.doc))
        for c in list(verb.children) + stray_objects(verb):
            if c.dep_ == "dobj" and self.verb_quad(verb) in ("verbal_conflict", "verbal_cooperation"):
                agents = self.act_agents(c) or self.authors(c, verb)
                if agents:
                    # "condemned the U.S.-led invasion of Iraq", "protested
                    # China's seizure of the islands": words about an act
                    # whose agent is named are aimed at the agent, not at
                    # whom the act fell on; so are words about a thing
                    # whose maker is named ("the falsehoods spread by X").
                    _add(out, agents)
                    continue
            # A conjoined noun is an object the parser hung on the verb
            # ("bombed a hospital in Aleppo and a bakery in Idlib"); a
            # conjoined verb is a clause of its own, whose objects are not
            # this verb's ("A and B accused each other, and C pledged
            # support to A").
            if c.dep_ in ("dobj", "attr") or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
                own = self.phrase_actors(c, clause=verb)
                _add(out, own)
                # "lent support to Assad": the object noun's own preposition;
                # "brokered a ceasefire between Moscow and Tbilisi": both sides;
                # "struck a training camp of the Jaish-e-Mohammed group": a
                # thing of an actor stands for it when it names nobody else.
                preps = ("to", "for", "against", "on", "with", "between") + (("of",) if not own else ())
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in preps:
                        for pobj in p.children:
                            if pobj.dep_ == "pobj":
                                _add(out, self.phrase_actors(pobj, clause=verb))
            elif c.dep_ in ("dative", "prep") and (c.dep_ == "dative" or c.lower_ in _TARGET_PREPS and c.i < charge):
                if c.pos_ == "ADP":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            found = self.phrase_actors(pobj, clause=verb) or self._action_targets(pobj, verb)
                            _add(at if c.lower_ == "at" else out, found)
                else:
                    _add(out, self.phrase_actors(c, clause=verb))
        return out or at


def _stance(reading: Reading, sent: Span, reader: "StanceReader | None" = None) -> Stance:
    source, target, quad, cue, via = reading
    # The sentence's own text: ``doc.text`` would join every token of the
    # article again for each stance.
    raw = sent.text
    text = raw.strip()
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    code = stance_code(reader.code, sent, cue, quad, reader.cameo.noun_code) if reader is not None else ""
    return Stance(source, target, quad, QUAD_POLARITY[quad], cue, text, start, start + len(text), via, code)


def extract_stances(
    doc: Doc,
    quotes: Iterable[Quote],
    lex: Lexicon,
    affiliation: Mapping[str, str | None] | None = None,
    reader: StanceReader | None = None,
) -> list[Stance]:
    """All stances of ``doc``, one per (source, target, quad, sentence).

    ``doc`` must carry a parse and actor spans; ``quotes`` are its quotes
    (from :func:`graphkit.extraction.quotes.extract_quotes`); ``affiliation`` maps
    leaders to the state or group they act for; ``reader`` a
    :class:`StanceReader` of ``doc`` to share with other readers (events).
    """
    if not doc.has_annotation("DEP"):
        return []
    reader = reader if reader is not None else StanceReader(doc, lex, affiliation)
    seen: set[tuple[str, str, str, int]] = set()
    out: list[Stance] = []

    def add(st: Stance) -> None:
        key = (st.source, st.target, st.quad, st.start)
        if key not in seen:
            seen.add(key)
            out.append(st)

    for sent in doc.sents:
        if sum(1 for i in range(sent.start, sent.end) if i in reader.by_token) < 2 and not any(
            t.lower_ in _PRONOUNS or t.lower_ in _COUNTS or t.lower_ in lex.retaliation_nouns
            or names_act(t, sent, lex) for t in sent
        ):
            continue  # one actor, no pronoun, no act named again ("condemned the attack", "hit back"), no reprisal
        for read in (reader.verb_stances, reader.noun_stances, reader.modifier_stances, reader.symmetric_verbs):
            for reading in read(sent):
                add(_stance(reading, sent, reader))
    # An explicit clause beats a quote's overall tone: no quote stance for a pair a clause in the
    # same sentence relates, nor of the other sign than a clause of the sentence before (its words).
    related = {(st.source, st.target, st.start) for st in out} | reader.followed(out)
    for reading, sent in reader.quote_stances(quotes):
        st = _stance(reading, sent, reader)
        if st.via == "quote" and related & {(st.source, st.target, st.start), (st.source, st.target, st.start, st.polarity)}:
            continue
        add(st)
    out.sort(key=lambda s: (s.start, s.source, s.target, s.quad))
    return out
