"""In-article coreference of people: who "Okafor", "the senator" and "she" are.

:class:`People` reads one parsed article (spaCy parse, NER and the actor
spans) and keeps every person it introduces by full name — a registry
leader under its canonical name, anyone else as the article names them —
with the short forms that later stand for them:

* surnames and given names alone ("Okafor"), with or without an honorific
  ("Mrs. Lindqvist", "Mr. Okafor");
* the role the article gave them, by title ("Senator Amara Okafor") or
  apposition ("Dan Reyes, the campaign's spokesman"), for "the senator",
  "the spokesman";
* pronouns ("he", "she"): the most recent person of that gender named in
  the paragraph or the sentence before, preferring speakers and subjects;
  across paragraphs only the last speaker (a quotation continued).

Gender comes from honorifics, gendered role nouns ("spokeswoman"), pronouns
already resolved and given names (``data/given_names.tsv``, built by
``tools/build_names.py`` from gender-guesser's name list).

>>> gender_of_given_name("Amara"), gender_of_given_name("John"), gender_of_given_name("Xq")
('f', 'm', None)
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from graphkit.extraction.name_parts import whole_name
from graphkit.extraction.offices import PLACE_ENTS, in_quotes, known_place, named_place, office_place, place_words
from graphkit.extraction.text import name_after_dateline

#: Honorifics before a name and the gender they tell.
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dr": None, "dr.": None}

#: Role nouns that say the person's gender.
_GENDERED_ROLES = {
    "congressman": "m", "congresswoman": "f", "spokesman": "m", "spokeswoman": "f",
    "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "widow": "f", "mother": "f",
    "father": "m", "son": "m", "daughter": "f", "wife": "f", "husband": "m",
}

#: Roles that make a person a political actor (``leader``) rather than a
#: ``person``: they hold office or speak for someone who does.
POLITICAL_ROLES = frozenset({
    "president", "vice-president", "premier", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "diplomat", "governor", "senator", "lawmaker", "legislator",
    "congressman", "congresswoman", "representative", "mp", "parliamentarian", "mayor", "chancellor",
    "official", "aide", "adviser", "advisor", "chairman", "chairwoman", "candidate", "leader", "speaker",
    "deputy", "strategist", "manager", "director", "commander", "general", "king", "queen", "prince",
    "emir", "sultan", "councillor", "councilman", "councilwoman", "assemblyman", "assemblywoman", "nominee",
    "incumbent", "challenger", "opponent", "rival", "prosecutor", "attorney", "judge",
    "treasurer", "commissioner", "whip", "secretary-general",
})

#: Abbreviated titles before a name and the role they stand for.
_TITLES = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative",
    "gov.": "governor", "gov": "governor", "pres.": "president", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "capt.": "captain", "amb.": "ambassador", "supt.": "superintendent",
}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: Words in a PERSON entity that are not part of the name.
_NOT_NAME = {"'s", "’s", "'", "’"}


def tokens_where(doc: Doc, attr: str, values) -> list[int]:
    """Indexes of the tokens whose ``attr`` (``"LEMMA"``, ``"LOWER"``,
    ``"POS"``...) is one of ``values`` (strings), read from one array: the
    rules below look at a few tokens of long articles, and making a Token
    for each of them costs more than the rule itself.

    >>> import spacy
    >>> tokens_where(spacy.blank("en")("a Rival and a rival"), "LOWER", {"rival"})
    [1, 4]
    """
    if not len(doc):
        return []
    if attr == "POS":
        from spacy.parts_of_speech import IDS

        wanted = {IDS[v] for v in values}
    else:
        strings = doc.vocab.strings
        wanted = {strings.add(v) for v in values}
    col = doc.to_array([attr])
    return [i for i, v in enumerate(col.tolist()) if v in wanted]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    text = resources.files("graphkit").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, g = line.partition("\t")
            out[name] = g
    return out


@functools.lru_cache(maxsize=65536)
def gender_of_given_name(name: str) -> str | None:
    """``'m'``, ``'f'`` or ``None`` for a given name (case and accents ignored)."""
    return _given_names().get(_fold(name))


@dataclass
class Person:
    """One person of an article.

    ``name`` is the canonical actor name for a registry leader, else the
    fullest name the article gives; ``actor`` says which.
    """

    name: str
    actor: bool = False
    gender: str | None = None
    #: The gender is only the given name's usual one ("Raila" is a woman's
    #: name in Finland): a pronoun, a title or an honorific overrules it.
    guessed: bool = False
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    keys: set[str] = field(default_factory=set)
    #: The party, coalition or other body the article ties the person to
    #: ("X of the Orange Democratic Movement", "X, the leader of the Good
    #: Party"): the registry name, else the name as the article gives it.
    #: It speaks for "his party said".
    body: str | None = None
    #: The places the article ties the person's office to ("Gov. Michael
    #: Dukakis of Massachusetts", "Ohio Secretary of State X"), folded: "the
    #: Massachusetts governor" is the governor of that place only.
    places: set[str] = field(default_factory=set)

    @property
    def political(self) -> bool:
        return self.actor or any(r in POLITICAL_ROLES for r in self.roles)


@dataclass(frozen=True)
class _Mention:
    person: Person
    token: int  # head token of the mention
    paragraph: int
    sentence: int
    subject: bool


class People:
    """The people of one article and where each is mentioned.

    Parameters
    ----------
    doc : Doc
        A parsed article (``doc.ents`` from the NER; actor spans, if any, in
        ``doc.spans["actors"]``).
    inside_quote : list of bool, optional
        Per token, whether it is inside quote marks: names in quoted words are
        not antecedents of pronouns outside them.
    vessels : set of str, optional
        The lexicon's ``vessel_nouns``: "the cruiser General Belgrano" is a ship.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Amara Okafor spoke . Okafor left .")
    >>> doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 5, "PERSON")]
    >>> People(doc).at(doc[4]).name
    'Amara Okafor'
    """

    def __init__(self, doc: Doc, inside_quote: list[bool] | None = None, vessels: frozenset[str] = frozenset()):
        self.doc = doc
        self.inside_quote = inside_quote or [False] * len(doc)
        self.people: list[Person] = []
        self.by_key: dict[str, Person] = {}
        #: Every part of every full name -> the people who have it: "Yoon" for
        #: Yoon Suk Yeol, where the family name comes first.
        self._parts: dict[str, list[Person]] = {}
        self.by_token: dict[int, Person] = {}
        self.mentions: list[_Mention] = []
        self.last_speaker: Person | None = None
        self._para = _paragraph_of_tokens(doc)
        has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        self._sent = [0] * len(doc)
        if has_sents and len(doc):  # sentence number of each token, from the sentence starts in one array
            n = -1
            for i, start in enumerate(doc.to_array(["SENT_START"]).tolist()):
                n += start == 1 or i == 0
                self._sent[i] = n
        actors = doc.spans["actors"] if "actors" in doc.spans else ()
        self._actor_at = {i: s for s in actors for i in range(s.start, s.end)}
        spans = [s for s in actors if s.label_ == "leader"]
        covered = {i for s in spans for i in range(s.start, s.end)}
        places = {e.text for e in doc.ents if e.label_ == "PERSON" and _place_use(e)}  # "the capital, Grozny": Grozny after
        spans += [whole_name(e) for e in doc.ents if e.label_ == "PERSON" and not any(i in covered for i in range(e.start, e.end))
                  and e.text not in places and not _body_name(e)]
        # Names the NER missed or mistyped ("Keir Mather", "Nana Patole" as an
        # organisation): a given name the names package knows, then surnames.
        covered |= {i for s in spans for i in range(s.start, s.end)}
        spans += [r for r in _given_name_runs(doc) + name_after_dateline(doc)
                  if not any(i in covered for i in range(r.start, r.end))]
        spans = [s for s in spans if s.label_ == "leader" or not _after(s, vessels)]
        for span in sorted(spans, key=lambda s: s.start):
            if span.label_ == "leader":
                self._add(span)
            else:
                for part in _name_runs(_widen(span)):
                    self._add(part)
            self._nickname(span)
        # Short forms the NER missed ("Okafor told reporters").
        taken = set(self.by_token) | set(self._actor_at)
        short_forms = {k for k in self.by_key if " " not in k} | {k for k, v in self._parts.items() if len(v) == 1}
        for t in (doc[i] for i in tokens_where(doc, "NORM", short_forms) if i not in taken):
            # A surname the tagger took for a word ("Marcal, who ...") counts
            # when it stands where a name does, as subject or object.
            name_like = t.pos_ == "PROPN" or (t.is_title and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos"))
            if t.i not in taken and name_like and t.ent_type_ != "PERSON" and self._short(t.text) is not None:
                if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                    continue  # part of another name
                self._add(doc[t.i : t.i + 1])
        self.mentions.sort(key=lambda m: m.token)
        self._office_mentions()

    def _office_mentions(self) -> None:
        """"Kenyan Foreign Minister Raphael Tuju ... the Kenyan foreign
        minister warned": a role with the place the article tied the
        person's office to is a mention of the person, not of the state."""
        doc = self.doc
        if not any(p.places for p in self.people):
            return
        for tok in (doc[i] for i in tokens_where(doc, "LOWER", POLITICAL_ROLES) if i not in self.by_token):
            place = office_place(tok) if any(c.lower_ == "the" for c in tok.children) else None
            person = self.role(tok) if place is not None else None
            if person is not None and place in person.places:
                self.by_token[tok.i] = person
                self.mentions.append(_Mention(person, tok.i, self._para[tok.i], self._sent[tok.i], tok.dep_ in ("nsubj", "nsubjpass")))
        self.mentions.sort(key=lambda m: m.token)

    # -- building ---------------------------------------------------------------

    def _add(self, span: Span) -> None:
        words = [t for t in span if t.text not in _NOT_NAME and not t.is_punct]
        titles = []
        while words and (words[0].lower_ in HONORIFICS or words[0].lower_ in _TITLES):
            titles.append(words[0])
            words = words[1:]
        # A title the NER took into the name ("Treasurer Josh Frydenberg"):
        # a word that is no given name, before one that is.
        while (len(words) >= 3 and words[0].lower_ not in _PARTICLES and gender_of_given_name(words[0].text) is None
               and gender_of_given_name(words[1].text) is not None and span.label_ != "leader"):
            titles.append(words[0])
            words = words[1:]
        if not words:
            return
        honorific = self._honorific(span)
        actor = span.kb_id_ if span.label_ == "leader" and span.kb_id_ else None
        person = None
        if actor is not None:
            person = self.by_key.get("=" + actor)
            if person is None:
                person = Person(actor, actor=True, keys={"=" + actor})
                self.by_key["=" + actor] = person
                given = actor.split()[0]
                person.gender = gender_of_given_name(given) if len(actor.split()) > 1 else None
                person.guessed = person.gender is not None
                self._register(person, actor.split())
            self._register(person, [t.text for t in words])
        elif len(words) >= 2:
            full = self.doc[words[0].i : words[-1].i + 1].text  # keeps "Materska-Sosnowska" whole
            person = self.by_key.get(_fold(full))
            if person is None:
                # A full name never joins someone else's surname ("Ahmed Awad
                # bin Mubarak" is not the Mubarak named earlier).
                person = Person(full, gender=gender_of_given_name(words[0].text))
                person.guessed = person.gender is not None
                self._register(person, [t.text for t in words])
                self._register(person, [full])
        else:
            person = self._short(words[0].text)
            if person is None:
                before = span[0] if span[0].lower_ == honorific else self.doc[span.start - 1]
                name = (before.text + " " + words[0].text) if honorific else words[0].text
                person = Person(name)
                self._register(person, [words[0].text])
        if honorific and HONORIFICS.get(honorific):
            if person.gender is None or person.guessed:
                person.gender, person.guessed = HONORIFICS[honorific], False
        self._roles(span, person, titles)
        head = span.root
        self.mentions.append(_Mention(person, head.i, self._para[head.i], self._sent[head.i], head.dep_ in ("nsubj", "nsubjpass")))
        for i in range(span.start, span.end):
            self.by_token[i] = person

    def _nickname(self, span: Span) -> None:
        """"Mohamed Hamdan Dagalo, better known as Hemedti": the short name
        the article gives stands for the person from then on."""
        person = self.by_token.get(span.end - 1)
        if person is None:
            return
        words = nickname_after(span)
        if not words:
            return
        nick = self.doc[words[0] : words[1]]
        other = self._actor_at.get(nick.start)
        if other is not None and other.kb_id_ != person.name:
            return  # a registry entry of its own
        keys = [t.text for t in nick if not t.is_punct]
        for k in {_fold(" ".join(keys)), _fold(keys[-1])}:
            person.keys.add(k)
            self.by_key[k] = person

    def _register(self, person: Person, words: list[str]) -> None:
        if person not in self.people:
            self.people.append(person)
        keys = {_fold(" ".join(words))}
        while len(words) > 1 and _fold(words[-1]).rstrip(".") in _SUFFIXES:
            words = words[:-1]  # "Ferdinand Marcos Jr." is "Marcos" for short
        keys.add(_fold(words[-1]))
        if len(words) > 2:
            keys.add(_fold(" ".join(words[-2:])))  # "bin Mubarak", "de Klerk"
        for k in keys:
            person.keys.add(k)
            self.by_key.setdefault(k, person)
        if len(words) > 1:
            for w in words:
                k = _fold(w)
                if len(k) > 2 and k not in _PARTICLES and k.rstrip(".") not in _SUFFIXES:
                    owners = self._parts.setdefault(k, [])
                    if person not in owners:
                        owners.append(person)

    def _short(self, word: str) -> Person | None:
        """The person a one-word name stands for: a surname or short form they
        were given, else a part of one full name only ("Yoon", "Lee")."""
        k = _fold(word)
        p = self.by_key.get(k)
        if p is None:
            owners = self._parts.get(k, [])
            p = owners[0] if len(owners) == 1 else None
        return p

    def _honorific(self, span: Span) -> str | None:
        first = span[0].lower_
        if first in HONORIFICS:
            return first
        if span.start > 0 and self.doc[span.start - 1].lower_ in HONORIFICS:
            return self.doc[span.start - 1].lower_
        return None

    def _roles(self, span: Span, person: Person, titles: list[Token]) -> None:
        """Titles before the name and appositions: "Senator X", "X, the mayor"."""
        doc, head = self.doc, span.root
        role_tokens: list[Token] = list(titles)
        i = span.start - 1
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in POLITICAL_ROLES and doc[i].is_title:
            i -= 2  # "Secretary of State Kenneth Blackwell": the title is "secretary"
        while i >= 0 and i >= span.start - 3 and not doc[i].ent_type_ and (
            doc[i].pos_ in ("NOUN", "PROPN") or doc[i].lower_ in _TITLES
        ):
            role_tokens.append(doc[i])
            i -= 1
        titled = bool(role_tokens)
        # "Ohio Secretary of State X", "Kansas Sen. X": the place before the title.
        while i >= 0 and i >= span.start - 6 and doc[i].ent_type_ in PLACE_ENTS:
            person.places.update(place_words(doc[i]))
            i -= 1
        # Without a parse the tree is unset: spaCy crashes walking its children.
        if doc.has_annotation("DEP"):
            role_tokens += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                role_tokens.append(head.head)
            # What someone is called in quotes is no role of theirs
            # ('called Clinton "a failed governor"').
            role_tokens = [t for t in role_tokens if not in_quotes(t)]
            # "Gov. X of Massachusetts", "X, the governor of Massachusetts".
            for top in [head] + [t for t in role_tokens if t.dep_ == "appos" or t.i == head.head.i]:
                for prep in (c for c in top.children if c.dep_ == "prep" and c.lower_ == "of"):
                    person.places.update(place_words(prep))
        for t in role_tokens:
            lemma = _TITLES.get(t.lower_) or t.lemma_.lower() or t.lower_
            if t.lower_ in HONORIFICS:
                continue
            if t.lower_ in _GENDERED_ROLES:
                if person.gender is None or person.guessed:
                    person.gender, person.guessed = _GENDERED_ROLES[t.lower_], False
            if lemma not in person.roles:
                person.roles.append(lemma)
            if t.dep_ == "appos" or t.i == head.head.i:
                for d in t.subtree:
                    s = self._actor_at.get(d.i)
                    if s is not None and s.label_ != "leader" and person.affiliation is None:
                        person.affiliation = s.kb_id_
        if person.affiliation is None and titled:
            person.affiliation = self._premodifier_affiliation(span)
        if person.body is None:
            person.body = self._body_of(span, role_tokens)
        if person.body is None and person.affiliation and self._is_body(person.affiliation):
            person.body = person.affiliation

    def _is_body(self, name: str) -> bool:
        return any(s.kb_id_ == name and s.label_ == "organization" for s in self._actor_at.values())

    def _body_of(self, span: Span, role_tokens: list[Token]) -> str | None:
        """The organisation named in an "of" phrase on the name or in an
        apposition ("Raila Odinga of the Orange Democratic Movement", "Meral
        Aksener, the leader of the nationalist Good Party"): a registry
        organisation, else an organisation the NER found, as the text names it."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None
        head = span.root
        # "Nelson Chamisa and Tendai Biti of the Movement for Democratic Change":
        # the "of" phrase on the last of people named together is everyone's.
        places = [c for h in [head, *(t for t in head.conjuncts if t.i > head.i)]
                  for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
        places += [t for t in role_tokens if t.dep_ == "appos" or (head.dep_ == "appos" and t.i == head.head.i)]
        for top in places:
            for d in top.subtree:
                if self.inside_quote[d.i] or d.i in range(span.start, span.end):
                    continue
                s = self._actor_at.get(d.i)
                if s is not None:
                    if s.label_ in ("organization", "armed_group"):
                        return s.kb_id_
                    continue
                if d.ent_iob_ == "B" and d.ent_type_ in ("ORG", "PERSON", "NORP"):
                    end = d.i + 1
                    while end < len(doc) and doc[end].ent_iob_ == "I":
                        end += 1
                    ent = doc[d.i:end]
                    if ent.label_ != "ORG" and not _body_name(ent):
                        continue
                    words = [t for t in ent if t.lower_ != "the"]
                    if words:
                        return doc[words[0].i : words[-1].i + 1].text
        return None

    def _premodifier_affiliation(self, span: Span) -> str | None:
        """The party, state or group named in the words before a title:
        "BJP lawmaker Ravi Sharma", "Iranian Foreign Ministry spokesman X"
        (the nearest such actor, no punctuation between)."""
        doc = self.doc
        i = span.start - 1
        while i >= 0 and i >= span.start - 6:
            t = doc[i]
            if t.is_punct and t.text not in ("-",) or t.pos_ in ("VERB", "AUX", "ADP", "PRON"):
                return None
            s = self._actor_at.get(i)
            if s is not None and s.label_ != "leader":
                return s.kb_id_
            i -= 1
        return None

    # -- resolving --------------------------------------------------------------

    def at(self, token: Token) -> Person | None:
        """The person a name, a title, a role noun or a pronoun at ``token`` stands for."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        low = token.lower_
        if low in ("he", "she", "him", "her"):
            return self.pronoun(token)
        if token.pos_ == "PROPN":
            p = self._short(token.text)
            if p is not None:
                return p
        # A role noun: "the senator" (tagged a proper noun at times, lower case all the same).
        if (token.pos_ == "NOUN" or token.is_lower) and (
            any(c.lower_ == "the" for c in token.children) or office_place(token) is not None
        ):
            return self.role(token)  # "Ohio's secretary of state" as well
        return None

    def role(self, token: Token) -> Person | None:
        """"The senator": the last person the article gave that role; "the
        Massachusetts governor" the last one whose office the article tied
        to that place, or to none."""
        lemma = token.lemma_.lower() or token.lower_
        place = office_place(token)
        best = None
        for m in self.mentions:
            if m.token < token.i and lemma in m.person.roles:
                if place is None or not m.person.places or place in m.person.places:
                    best = m.person
        return best

    def pronoun(self, token: Token, follow_speaker: bool = True) -> Person | None:
        """The most recent compatible person before ``token`` (see the module notes).

        ``follow_speaker=False`` leaves out the last speaker (a reader that
        does not go through the article in order, as the stance rules do)."""
        gender = _PRONOUN_GENDER.get(token.lower_)
        para, sent = self._para[token.i], self._sent[token.i]
        near = [
            m for m in self.mentions
            if m.token < token.i and not self.inside_quote[m.token]
            and (m.paragraph == para or m.sentence >= sent - 1)
            and m.person.gender in (gender, None)
        ]
        # The subject of the last main clause in the paragraph outweighs the
        # last speaker: "Vargas Llosa conceded and congratulated Fujimori.
        # 'I wish him success,' he said" is Vargas Llosa, though Fujimori
        # spoke last.
        main = [m for m in near if m.subject and m.paragraph == para and self._main_clause(m.token)]
        if main and main[-1].person is not self.last_speaker:
            chosen = main[-1].person
            self._learn(chosen, gender)
            return chosen
        if follow_speaker and self.last_speaker is not None and self.last_speaker.gender in (gender, None):
            if any(m.person is self.last_speaker for m in near) or not near:
                chosen = self.last_speaker
                self._learn(chosen, gender)
                return chosen
        if not near:
            # Only a guess from a given name stood in the way: the pronoun
            # tells the gender ("Raila Odinga ... his party").
            near = [
                m for m in self.mentions
                if m.token < token.i and not self.inside_quote[m.token]
                and (m.paragraph == para or m.sentence >= sent - 1) and m.person.guessed
            ]
        if not near:
            return None
        subjects = [m for m in near if m.subject]
        chosen = (subjects or near)[-1].person
        self._learn(chosen, gender)
        return chosen

    def _main_clause(self, i: int) -> bool:
        """Whether the token at ``i`` is the subject of its sentence's main
        verb (or of a verb coordinated with it), not of a reported clause."""
        head = self.doc[i].head
        return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")

    @staticmethod
    def _learn(person: Person, gender: str | None) -> None:
        if gender is not None and (person.gender is None or person.guessed):
            person.gender, person.guessed = gender, False

    def spoke(self, person: Person | None) -> None:
        """Remember the last person who spoke, for "he added" and continued quotes."""
        if person is not None:
            self.last_speaker = person

    def person_named(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def spans_of(self, person: Person) -> list[tuple[int, int]]:
        """Token ranges of the names (not pronouns) that stand for ``person``."""
        out: list[tuple[int, int]] = []
        for i in sorted(i for i, p in self.by_token.items() if p is person):
            if out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1)
            else:
                out.append((i, i + 1))
        return out


def office_name(token: Token) -> str | None:
    """An office a role noun names by its place, as the article words it
    ("the Texas governor" -> "Texas governor", "Ohio's secretary of state"),
    or None: a speaker who is no actor when the article names nobody in it."""
    if token.lower_.rstrip(".") not in POLITICAL_ROLES or office_place(token) is None:
        return None
    doc = token.doc
    start = min(c.left_edge.i for c in token.children if c.i < token.i and c.dep_ in ("compound", "poss", "nmod", "amod"))
    end = token.i + 1
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None and len(list(of.children)) == 1 and of.right_edge.i == end + 1:
        end += 2  # "secretary of state"
    return doc[start:end].text


#: Generational suffixes after a surname.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words that make a capitalised run a body or a place, not a person.
_NOT_PERSON_WORDS = frozenset({
    "party", "university", "college", "bank", "council", "committee", "commission", "union", "institute",
    "foundation", "group", "front", "movement", "alliance", "league", "court", "ministry", "department",
    "association", "federation", "coalition", "news", "times", "post", "press", "network", "corporation",
    "company", "club", "school", "hospital", "street", "station", "airport", "square", "county", "city",
    "province", "district", "state", "republic", "kingdom", "river", "valley", "island", "islands", "day",
})
#: Prepositions before a place ("in Capao Redondo"), and nouns whose "of"
#: names a place ("the district of ...").
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
_PLACE_NOUNS = frozenset({"district", "city", "town", "village", "province", "state", "region", "county",
                          "suburb", "neighbourhood", "neighborhood", "municipality", "constituency", "seat"})


def _body_name(span: Span) -> bool:
    """A name the NER took for a person that ends in a word for a body or a
    place ("the nationalist Good Party", "Sabanci University")."""
    return span[-1].lower_ in _NOT_PERSON_WORDS


def _after(span: Span, nouns: frozenset[str]) -> bool:
    """``span`` follows one of ``nouns``, titles skipped ("the cruiser General Belgrano")."""
    doc = span.doc
    i = next((j for j in range(span.start - 1, -1, -1) if not (doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN"))), -1)
    return i >= 0 and doc[i].lemma_.lower() in nouns


def _place_use(span: Span) -> bool:
    """A PERSON entity the NER gave a place ("in Soweto", "the district of Capao Redondo", a Phoenix city) or a thing ("a no-deal Brexit")."""
    if not span.doc.has_annotation("DEP"):
        return False
    head = span.root
    if head.dep_ != "pobj":
        return named_place(head, _PLACE_NOUNS) or known_place(span) or any(  # "the capital, Grozny"; "a no-deal Brexit"
            c.dep_ == "det" and c.lower_ in ("a", "an", "no", "another") for c in head.children)
    prep = head.head
    return prep.lower_ in _PLACE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS)


def _given_name_runs(doc: Doc) -> list[Span]:
    """Runs of two to four capitalised proper nouns that open with a given
    name the names package knows and hold no word of a body or a place:
    people the NER left out or typed as something else."""
    out = []
    n = len(doc)
    starts = tokens_where(doc, "POS", {"PROPN"})
    done = -1
    for i in starts:
        if i <= done:
            continue
        t = doc[i]
        # After a title ("Vox leader Santiago Abascal") a given name the NER
        # took for a place still opens a name.
        titled = i > 0 and (doc[i - 1].lower_ in POLITICAL_ROLES or doc[i - 1].lower_ in _TITLES)
        if not (t.pos_ == "PROPN" and t.is_title and gender_of_given_name(t.text) is not None
                and (t.ent_type_ in ("", "PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART")
                     or titled and t.ent_type_ in ("GPE", "LOC"))):
            continue
        j = i + 1
        while j < n and j - i < 4 and (doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].lower_ in _PARTICLES)):
            j += 1
        run = doc[i:j]
        if (j - i >= 2 and doc[j - 1].is_title and not any(w.lower_ in _NOT_PERSON_WORDS for w in run)
                and not any(w.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for w in run[0 if not titled else 1:])):
            out.append(run)
        done = j - 1
    return out


#: Words that, before "known as", still introduce a name the person goes by.
_KNOWN_ADVERBS = frozenset({"better", "widely", "popularly", "commonly", "also", "locally", "universally", "often", "simply", "affectionately"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def nickname_after(span: Span) -> tuple[int, int] | None:
    """Token range of the name a person is introduced as going by:
    "X, known as Y", "X (better known as Y)", "X, nicknamed 'Y'", "X, alias Y".

    >>> import spacy
    >>> doc = spacy.blank("en")("Mohamed Hamdan Dagalo, better known as Hemedti, said no.")
    >>> doc[slice(*nickname_after(doc[0:3]))].text
    'Hemedti'
    """
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text in (",", "("):
        i += 1
    while i < len(doc) and doc[i].lower_ in _KNOWN_ADVERBS:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "known" and doc[i + 1].lower_ == "as":
        i += 2
    elif i < len(doc) and doc[i].lower_ in ("nicknamed", "alias", "aka", "a.k.a."):
        i += 1
    else:
        return None
    while i < len(doc) and (doc[i].text in _QUOTE_MARKS or doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].is_title):
        i += 1
    start = i
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha or (doc[i].lower_ in _PARTICLES and i > start)):
        i += 1
    return (start, i) if i > start else None


#: Lower-case words that belong inside names ("Ahmed Awad bin Mubarak").
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "das", "y"})


def _name_runs(span: Span) -> list[Span]:
    """Split a PERSON entity the NER ran over a verb ("Brennan blamed Okafor")
    into the names it holds; a quoted nickname stays in its name ('Ernesto "Che" Guevara')."""
    out, start = [], None
    for t in span:
        # "Lee Jae-myung": a lower-case part joined to a name by a hyphen.
        joined = t.i >= 1 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_ and t.is_alpha
        ok = t.text[:1].isupper() or t.lower_ in _PARTICLES or t.text in _NOT_NAME or t.text in ('.', '-', '"', '“', '”') or joined
        if ok and start is None:
            start = t.i
        elif not ok and start is not None:
            out.append(span.doc[start : t.i])
            start = None
    if start is not None:
        out.append(span.doc[start : span.end])
    return out


def _widen(span: Span) -> Span:
    """Take in the name words the NER left out before a name ("Ahmed Awad bin"
    before a "Mubarak" the registry matched alone)."""
    doc, start = span.doc, span.start
    while start > 0:
        t = doc[start - 1]
        name_like = (t.is_title and t.pos_ == "PROPN" and not t.is_sent_start) or t.lower_ in _PARTICLES
        if not name_like or (t.ent_type_ and t.ent_type_ != "PERSON") or t.lower_.rstrip(".") in _TITLES or t.lower_ in HONORIFICS:
            break
        if t.lower_.rstrip(".") in POLITICAL_ROLES or t.lower_ in ("minister", "prime", "foreign"):
            break
        start -= 1
    while start < span.start and doc[start].lower_ in _PARTICLES:
        start += 1
    end = span.end
    # ... and a hyphenated name's second half ("Anna Materska-Sosnowska",
    # "Lee Jae-myung").
    while (end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha and (doc[end + 1].is_title or doc[end + 1].is_lower)):
        end += 2
    return doc[start:end]


def _paragraph_of_tokens(doc: Doc) -> list[int]:
    # Paragraph breaks are whitespace tokens holding a blank line; reading
    # them from one array avoids rebuilding ``doc.text``.
    out, para, last = [0] * len(doc), 0, 0
    if not len(doc):
        return out
    for i in [i for i, v in enumerate(doc.to_array(["IS_SPACE"]).tolist()) if v]:
        t = doc[i]
        if "\n\n" in t.text or "\n\n" in t.whitespace_:
            for j in range(last, i + 1):
                out[j] = para
            para, last = para + 1, i + 1
    for j in range(last, len(doc)):
        out[j] = para
    return out
