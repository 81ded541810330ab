"""Actor resolution: from names in text to canonical actors.

Two spaCy components do the work:

``actor_ruler``
    Placed before the statistical NER. Matches every name, alias, demonym and
    capital of the registry (case-aware, diacritic-insensitive) and sets them
    as entities carrying the actor's canonical name in ``kb_id_``, so the NER
    only labels what the registry does not know.

``actor_resolver``
    Placed last. Decides which entities are actor mentions and writes them to
    ``doc.spans["actors"]`` (``label_`` = actor type, ``kb_id_`` = canonical
    name):

    * capitals count when used for the government ("Moscow said"), not as
      places ("in Damascus");
    * "<leader> regime/government" and bare "the regime" / "government
      forces" resolve to the state the article makes clear;
    * a surname after a full name ("Bashar al-Assad" ... "Assad") is the same
      person;
    * an unknown PERSON with a political role ("Iranian Foreign Ministry
      spokesman Bahram Qassemi") becomes a leader affiliated with the state
      named beside the role; an unknown ORG with armed-group cues becomes an
      armed group, with organisation cues an organisation;
    * other places, products, bylines and hashtags are dropped.

Actors found outside the registry are described in ``doc._.gk_actors``.

>>> import spacy
>>> from graphkit.extraction.registry import Registry
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> _ = nlp.add_pipe("actor_ruler")
>>> _ = nlp.add_pipe("actor_resolver")
>>> doc = nlp("Moscow said Erdoğan met Putin in Damascus.")
>>> [(s.text, s.kb_id_) for s in doc.spans["actors"]]
[('Moscow', 'Russia'), ('Erdoğan', 'Recep Tayyip Erdogan'), ('Putin', 'Vladimir Putin')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX, NORM
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.extraction.agents import before_ethnonym, qualifies_no_agent
from graphkit.extraction.bodies import NAME_LINKS, acting_body, body_kind, body_name_goes_on, body_noun_after
from graphkit.extraction.coref import POLITICAL_ROLES, tokens_where
from graphkit.extraction.descriptions import description_mentions
from graphkit.extraction.groups import named_groups
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.name_parts import NAME_PARTICLES, fold, in_other_name, name_goes_on, whole_name
from graphkit.extraction.registry import Actor, Registry, normalize
from graphkit.extraction.spellings import Spellings
from graphkit.extraction.state_names import ShortNames, capital_is_place, in_place_name, opens_personal_name
from graphkit.extraction.tables import capitalised, lemmas_in
from graphkit.extraction.tenure import HISTORICAL_YEARS
from graphkit.extraction.text import dateline_spans, doc_text, splits_abbreviation_hyphens

if not Doc.has_extension("gk_actors"):
    # name -> {"type", "country", "affiliation"} for actors the registry lacks
    Doc.set_extension("gk_actors", default=None)

#: spaCy labels the ruler gives registry actors, so that NER-aware code
#: (pronoun resolution, for one) treats them like the NER's own.
TYPE_LABELS = {"state": "GPE", "leader": "PERSON", "armed_group": "ORG", "organization": "ORG"}

_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # the NER takes them in: "President William Ruto's"
# Kinds of surface form, most specific first: of several actors one text matches, the best kind wins.
_KIND_RANK = {"name": 0, "alias": 1, "capital": 2, "demonym": 3}
_TYPE_RANK = {"state": 0, "organization": 1, "armed_group": 2, "leader": 3}


def _casing(form: str) -> str:
    """How a match of ``form`` must be written: ``upper``, ``title`` or ``any``."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "upper"
    if letters and letters[0].isupper():
        return "title"
    return "any"


def _case_ok(span: Span, casing: str) -> bool:
    text = span.text
    if casing == "upper":
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if casing == "title":
        first = next((c for c in text if c.isalpha()), "")
        return first.isupper()
    return True


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_norms(doc: Doc) -> None:
    # Only tokens with diacritics need it; the rest keep their lexeme norm,
    # which is what the patterns were built with. They are found from the
    # text's non-ASCII characters (curly quotes, mostly), not token by token.
    text = doc_text(doc)
    if text.isascii():
        return
    starts = doc.to_array(IDX).tolist()
    for i in sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _NON_ASCII.finditer(text)}):
        token = doc[i]
        if not token.text.isascii():
            token.norm_ = fold(token.text)


@functools.lru_cache(maxsize=4)
def cached_registry(path: str | None = None, extra: tuple[str, ...] = ()) -> Registry:
    """:meth:`Registry.load`, once per process and argument set."""
    return Registry.load(path, extra=extra)


def _tokenizer_id(nlp: Language) -> str:
    # The forms' token norms depend on the tokeniser: spaCy's version, the
    # language and the pipeline that may carry its own tokeniser settings.
    import spacy

    meta = nlp.meta
    split = "abbr-hyphen" if splits_abbreviation_hyphens(nlp) else ""
    return f"{spacy.__version__}|{nlp.lang}|{meta.get('name')}|{meta.get('version')}|{split}"


def compile_forms(nlp: Language, registry: Registry) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """Token norms of every surface form -> the actors it may name, ``(actor, kind, casing)``.

    >>> import spacy
    >>> from graphkit.extraction.registry import Actor
    >>> compile_forms(spacy.blank("en"), Registry([Actor("Syria", "state", aliases=("Syria",))]))
    {('syria',): [('Syria', 'name', 'title')]}
    """
    seen: set[tuple[str, str]] = set()
    forms, owners = [], []
    for form, actor, kind in registry.surface_forms():
        if form.strip() and (form, actor) not in seen:
            seen.add((form, actor))
            forms.append(form)
            owners.append((actor, kind, _casing(form)))
    table: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for doc, owner in zip(nlp.tokenizer.pipe(forms, batch_size=1000), owners):
        _fold_norms(doc)
        key = tuple(t.norm_ for t in doc)
        if not key:
            continue
        entry = table.setdefault(key, [])
        if owner not in entry:
            entry.append(owner)
    return table


def cached_forms(nlp: Language, registry: Registry) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """:func:`compile_forms`, built once per registry content and tokeniser (:mod:`.compiled`).

    A registry made in memory (no content hash) is compiled every time.
    """
    if not registry.version:
        return compile_forms(nlp, registry)
    from graphkit.extraction.compiled import compiled

    return compiled("actor-forms", [registry.version, _tokenizer_id(nlp)], lambda: compile_forms(nlp, registry))


class ActorRuler:
    """Mark registry actors as entities before the NER runs.

    Matching is a dictionary look-up of token-norm n-grams (what spaCy's
    ``PhraseMatcher`` on ``NORM`` finds, every match, overlapping ones too),
    against a table compiled once per registry (:func:`cached_forms`), so that
    loading the ruler costs milliseconds instead of tokenising every form.

    Parameters
    ----------
    nlp : Language
    registry : Registry
    """

    def __init__(self, nlp: Language, registry: Registry, name: str = "actor_ruler"):
        self.name = name
        self.registry = registry
        # Token norms of a surface form -> the actors it may name.
        self._forms = cached_forms(nlp, registry)
        # First norm -> the lengths of forms starting with it, longest first.
        lengths: dict[str, set[int]] = {}
        for key in self._forms:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """``(start, end)`` of every registry form in ``doc`` (norms folded first)."""
        _fold_norms(doc)
        strings = doc.vocab.strings
        norms = [strings[h] for h in doc.to_array(NORM).tolist()] if len(doc) else []
        lengths = self._lengths
        forms = self._forms
        out = []
        n = len(norms)
        for i, norm in enumerate(norms):
            for size in lengths.get(norm, ()):
                if i + size <= n and (size == 1 or tuple(norms[i : i + size]) in forms):
                    out.append((i, i + size))
        out.sort()
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        governed = self.registry.governed()
        for start, end in self.matches(doc):
            span = doc[start:end]
            best = None
            for actor, kind, casing in self._forms.get(tuple(t.norm_ for t in span), ()):
                if not _case_ok(span, casing):
                    continue
                info = self.registry.get(actor)
                # Among states sharing a form, the sovereign one (see Registry.governed).
                sovereign = -governed.get(actor, 0) if info is not None and info.type == "state" else 0
                rank = (_KIND_RANK.get(kind, 9), _TYPE_RANK.get(info.type if info else "", 9), sovereign, actor)
                if best is None or rank < best[0]:
                    label = "NORP" if kind == "demonym" else TYPE_LABELS.get(info.type if info else "", "ORG")
                    best = (rank, label, actor)
            if best is not None:
                spans.append(Span(doc, start, end, label=best[1], kb_id=best[2]))
                if end - start == 1:
                    # A bare surname ("Johnson"): every leader it may name, so
                    # that the resolver can pick the one of the article's place.
                    leaders = [a for a, _, c in self._forms.get((span[0].norm_,), ())
                               if _case_ok(span, c) and (self.registry.get(a) or _NO_ACTOR).type == "leader"]
                    if len(leaders) > 0:
                        doc.user_data.setdefault("gk_surname_candidates", {})[start] = leaders
        doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "actor_ruler",
    default_config={"registry_path": None, "extra_paths": []},
)
def make_actor_ruler(nlp: Language, name: str, registry_path: str | None, extra_paths: list[str]):
    return ActorRuler(nlp, cached_registry(registry_path, tuple(extra_paths)), name=name)


def _newest_year(registry: Registry) -> int:
    """The latest year any role of the registry starts or ends (read once)."""
    year = getattr(registry, "_gk_newest_year", None)
    if year is None:
        year = max((int(d[:4]) for a in registry for r in a.roles for d in (r.start, r.end) if d), default=0)
        registry._gk_newest_year = year
    return year


def _historical(actor: Actor, registry: Registry) -> bool:
    """Every role of ``actor`` ended more than :data:`HISTORICAL_YEARS` before
    the registry's newest record."""
    ends = [r.end for r in actor.roles]
    if not ends or any(e is None for e in ends):
        return False
    return max(int(e[:4]) for e in ends) < _newest_year(registry) - HISTORICAL_YEARS


class _NoActor:
    type = None


_NO_ACTOR = _NoActor()


@dataclass(frozen=True)
class _Found:
    start: int  # token indexes
    end: int
    actor: str
    type: str


class ActorResolver:
    """Turn entities into actor mentions in ``doc.spans["actors"]``."""

    def __init__(self, registry: Registry, lexicon: Lexicon, name: str = "actor_resolver"):
        self.name = name
        self.registry = registry
        self.lex = lexicon
        self._short_names: ShortNames | None = None
        self._spellings: Spellings | None = None
        self._place: set[str] = set()  # countries of the article being resolved

    @property
    def short_names(self) -> ShortNames:
        """Short forms several states share ("Congo"), indexed on first use."""
        if self._short_names is None:
            self._short_names = ShortNames(self.registry)
        return self._short_names

    # -- helpers ----------------------------------------------------------------

    def _role_before(self, span: Span) -> list[Token]:
        """Role words in the words before a name ("Foreign Minister X")."""
        doc = span.doc
        out = []
        i = span.start - 1
        while i >= 0 and i >= span.start - 6:
            tok = doc[i]
            if tok.is_punct and tok.text not in ("-",):
                break
            if tok.lower_ in self.lex.role_words or tok.lemma_.lower() in self.lex.role_words:
                out.append(tok)
            elif not (tok.is_title or tok.is_upper or tok.ent_type_ or tok.pos_ in ("ADJ", "PROPN", "NOUN")):
                break
            i -= 1
        return out

    def _role_appositive(self, span: Span) -> bool:
        """"X, the foreign minister," / "X, Iran's envoy"."""
        for child in span.root.children:
            # The role is the apposition's noun or a word before it ("the
            # foreign minister"), not any word further in ("a scientist at
            # Kennesaw State University").
            if child.dep_ == "appos" and (
                child.lemma_.lower() in self.lex.role_words
                or any(t.lower_ in self.lex.role_words for t in child.lefts)
            ):
                return True
        head = span.root.head
        return span.root.dep_ == "appos" and head.lemma_.lower() in self.lex.role_words

    # -- the component ------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        found: list[_Found] = []
        extra: dict[str, dict] = {}
        surnames: dict[str, str] = {}
        other_names: set[str] = set()
        ents = list(doc.ents)
        place = self._place = self._article_countries(ents)
        full_names = {e.kb_id_ for e in ents if e.kb_id_ and len(e) > 1}
        unknown: list[Span] = []
        # Pass 1: registry entities and the state each names.
        for ent in ents:
            if ent.kb_id_:
                actor = self.registry.get(ent.kb_id_)
                if actor is None:
                    continue
                if actor.type == "leader" and len(ent) == 1 and actor.name not in full_names and place:
                    # A bare surname names a registry person of the article's
                    # place ("Johnson" in copy from London is not Lyndon B.
                    # Johnson), else nobody the registry holds.
                    actor = self._surname_of_place(doc, ent, actor, place)
                    if actor is None:
                        continue
                if actor.type == "state" and self._is_capital(ent, actor) and capital_is_place(ent, self.lex):
                    continue
                if actor.type == "state":
                    if in_place_name(ent, self.lex, actor):
                        continue  # "the Gulf of Guinea" (extraction.state_names)
                    actor = self.short_names.resolve(ent, actor, ents)  # "Congo" under a Kinshasa dateline
                if ent.label_ == "NORP" and qualifies_no_agent(ent, self.lex):
                    continue  # "Syrian refugees", "the Syrian war" (extraction.agents)
                if actor.type == "state" and before_ethnonym(ent, self.lex):
                    continue  # "Kosovo Albanian guerrillas" are no forces of a state
                longer = name_goes_on(ent, actor, self.lex) if actor.type == "leader" else (
                    opens_personal_name(ent, self.lex) if actor.type == "state" else None)  # "Chad Wolf"
                if longer is not None:
                    # "Abdullah Ocalan" is not King Abdullah: the whole name
                    # is someone the registry may lack (pass 2 reads it).
                    unknown.append(longer)
                    continue
                if actor.type == "leader" and (fold(ent.text) in other_names or in_other_name(ent, actor, self.lex)):
                    # "Ahmed Awad bin Mubarak" is not Hosni Mubarak, and nor is
                    # the "Mubarak" that stands for him later in the article.
                    other_names.add(fold(ent[-1].text))
                    continue
                found.append(_Found(ent.start, ent.end, actor.name, actor.type))
                if actor.type == "leader":
                    self._remember_surnames(actor.name, ent, surnames)
        # Pass 2: names the registry lacks.
        missed = []
        for ent in [*(e for e in doc.ents if not e.kb_id_), *unknown]:
            f = self._resolve_unknown(ent, surnames, extra)
            if f is not None:
                found.append(f)
            elif ent.label_ == "ORG":
                missed.append(ent)
        # A body that acts later is the same body where it is named before it.
        for ent in missed if any("acting" in e for e in extra.values()) else ():
            f = self._resolve_unknown(ent, surnames, extra)
            found += [f] if f is not None else []
        # Pass 2b: parties named by an adjective before a role ("a Democratic congresswoman", "the Conservative MP").
        found.extend(self._party_modifiers(doc, found))
        # Pass 2c: a party name several countries use ("Democratic Party") is the one of the states the article names.
        found = self._national_parties(found)
        # Pass 3: surnames and short forms the NER missed ("Assad" tagged ORG).
        found.extend(self._surname_tokens(doc, surnames, found, extra))
        # Pass 4: "<leader> regime", "the regime", "government forces".
        found = self._governments(doc, found)
        text = doc_text(doc)
        datelines = dateline_spans(text)
        found = [
            f for f in found
            if not self._on_boilerplate_line(doc, f, text)
            # A dateline's agency is no actor; the capital it opens with is a
            # mention of its state ("NEW DELHI (AP) —", "KYIV, March 1 (Reuters) -").
            and not any(s <= doc[f.start].idx < e and not (f.type == "state" and doc[f.start].idx == s) for s, e in datelines)
        ]
        # "M23 rebels" (extraction.groups); "the alliance", "the insurgents" after one such actor (extraction.descriptions).
        found += [_Found(*m) for m in named_groups(doc, [(f.start, f.end, f.actor, f.type) for f in found], self.lex, extra)]
        found += [_Found(*m) for m in description_mentions(doc, [(f.start, f.end, f.actor, f.type) for f in found], self.lex)]
        found.sort(key=lambda f: (f.start, f.end))
        spans = filter_spans([Span(doc, f.start, f.end, label=f.type, kb_id=f.actor) for f in found])
        doc.spans["actors"] = spans
        doc._.gk_actors = extra or None
        return doc

    def _article_countries(self, ents: list[Span]) -> set[str]:
        """Countries of the states the article names (datelines, capitals and
        demonyms included)."""
        out = set()
        for e in ents:
            a = self.registry.get(e.kb_id_) if e.kb_id_ else None
            if a is not None and a.type == "state" and a.country:
                out.add(a.country)
        return out

    def _home(self, actor: Actor) -> str | None:
        if actor.country:
            return actor.country
        aff = self.registry.get(actor.affiliation) if actor.affiliation else None
        return aff.country if aff is not None else None

    def _surname_of_place(self, doc: Doc, ent: Span, actor: Actor, place: set[str]) -> Actor | None:
        """The registry person a bare surname names: ``actor`` when of the
        article's place, else another holder of that surname who is, else
        ``actor`` unless out of office for decades (a historical figure
        abroad: "Johnson" in copy from London is not Lyndon B. Johnson)."""
        if self._home(actor) in place or self._home(actor) is None:
            return actor
        for name in doc.user_data.get("gk_surname_candidates", {}).get(ent.start, ()):
            other = self.registry.get(name)
            if other is not None and self._home(other) in place:
                return other
        return None if _historical(actor, self.registry) else actor

    def _national_parties(self, found: list[_Found]) -> list[_Found]:
        """Re-read organisations whose name another country's party extends
        ("Democratic Party" → "Democratic Party of Korea" in copy about South
        Korea, "Conservative Party" → "Conservative Party of Canada"), unless
        the organisation's own country is named too."""
        states = {f.actor for f in found if f.type == "state"}
        if not states:
            return found
        countries = {a.country for a in map(self.registry.get, states) if a is not None and a.country}
        out = []
        for f in found:
            if f.type == "organization":
                own = self.registry.get(f.actor)
                if own is not None and own.country and own.country not in countries:
                    for state in sorted(states):
                        other = self.registry.lookup(f"{f.actor} of {state}") or self.registry.lookup(f"{f.actor} ({state})")
                        if other is not None and other.type == "organization" and other.name != f.actor:
                            f = _Found(f.start, f.end, other.name, other.type)
                            break
            out.append(f)
        return out

    def _party_modifiers(self, doc: Doc, found: list[_Found]) -> list[_Found]:
        """A capitalised word right before a political role noun that names a
        party with "Party" or a plural added ("Democratic" → Democratic Party,
        "Tory" → Tory party, "Green" → the Greens): that party is mentioned."""
        taken = {i for f in found for i in range(f.start, f.end)}
        # Names shared by parties of several countries ("Liberal") are told
        # apart by the states the article names ("Liberal Party of Canada").
        states = list(dict.fromkeys(f.actor for f in found if f.type == "state"))

        def role(tok: Token) -> bool:
            low = tok.lower_
            return low in POLITICAL_ROLES or tok.lemma_.lower() in POLITICAL_ROLES or (
                low.endswith("s") and low[:-1] in POLITICAL_ROLES)

        out = []
        for t in (doc[i] for i in capitalised(doc)):  # the tokens the test below can keep
            if t.i in taken or not t.is_alpha or not (t.is_title or (t.is_upper and len(t) > 1)):
                continue
            j = t.i + 1
            while j < len(doc) and j <= t.i + 2 and doc[j].is_lower and not role(doc[j]):
                j += 1  # "Republican state senator"
            if j >= len(doc) or doc[j].is_title or not role(doc[j]):
                continue
            forms = [t.text + " Party", t.text + "s", t.text + " party"] + [f"{t.text} Party of {s}" for s in states]
            for form in forms:
                actor = self.registry.lookup(form)
                if actor is not None and actor.type == "organization":
                    out.append(_Found(t.i, t.i + 1, actor.name, actor.type))
                    break
        return out

    def _on_boilerplate_line(self, doc: Doc, f: _Found, text: str) -> bool:
        """A mention on a line of page furniture ("More news: ...", a byline); ``text`` is ``doc.text``."""
        start = doc[f.start].idx
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end == -1 else line_end].strip().lower()
        for prefix in self.lex.boilerplate_prefixes:
            if line.startswith(prefix):
                # "By Ahval" is a byline; "By Monday, Turkey had..." is not.
                return prefix != "by " or len(line.split()) <= 4
        return False

    def _is_capital(self, ent: Span, actor: Actor) -> bool:
        key = normalize(ent.text)
        return any(normalize(c) == key for c in actor.capitals)

    def _remember_surnames(self, name: str, ent: Span, surnames: dict[str, str]) -> None:
        tokens = [t for t in ent if t.is_alpha and t.lower_ not in ("al", "el", "bin", "ibn", "de")]
        if len(tokens) >= 2:
            surnames.setdefault(fold(tokens[-1].text), (name, "leader"))
            surnames.setdefault(fold(" ".join(t.text for t in tokens[-2:])), (name, "leader"))

    def _resolve_unknown(self, ent: Span, surnames: dict[str, str], extra: dict[str, dict]) -> _Found | None:
        label, ent = ent.label_, whole_name(ent)
        text = ent.text.strip()
        if not text or text.startswith("#") or text.startswith("@"):
            return None
        # Trim titles the NER sometimes includes ("President Erdogan").
        words = [t for t in ent if t.lower_ not in self.lex.role_words and not t.is_punct and t.lower_ not in _POSSESSIVE_MARKS]
        if not words:
            return None
        last = words[-1].i
        if label != "PERSON":
            # A body's name may end in a role word ("the National Liberation
            # Army", "the Revolutionary Guard"): only titles before it go.
            last = max(t.i for t in ent if not t.is_punct and t.lower_ not in _POSSESSIVE_MARKS)
        span = ent.doc[words[0].i : last + 1]
        key = fold(span.text)
        if key in surnames:
            return _Found(span.start, span.end, *surnames[key])
        actor = self.registry.lookup(span.text)
        if actor is not None and actor.type != "state":
            return _Found(span.start, span.end, actor.name, actor.type)
        words = {t.lower_ for t in span}
        if label in ("PERSON", "ORG") and not words & (self.lex.armed_group_cues | self.lex.organization_cues):
            self._spellings = self._spellings or Spellings(self.registry)
            known = self._spellings.variant(span.text, self._place) if len(span) >= 2 else None
            if known is not None:  # "Isaias Afwerki" is the registry's Isaias Afewerki (the NER may say ORG)
                self._remember_surnames(known.name, span, surnames)
                return _Found(span.start, span.end, known.name, known.type)
        if label == "PERSON" and not words & (self.lex.armed_group_cues | self.lex.organization_cues):
            return self._unknown_person(span, surnames, extra)
        if label in ("ORG", "PERSON"):
            # The NER calls "the Tigray People's Liberation Front" a person;
            # the words of the name say what it is.
            return self._unknown_org(span, surnames, extra)
        return None

    def _unknown_person(self, span: Span, surnames: dict[str, str], extra: dict[str, dict]) -> _Found | None:
        if len(span) < 2 or not all(t.is_title or t.lower_ in NAME_PARTICLES for t in span if t.is_alpha):
            return None
        roles = self._role_before(span)
        if not roles and not self._role_appositive(span):
            return None
        name = span.text
        affiliation = self._affiliation_near(span)
        country = None
        if affiliation:
            aff = self.registry.get(affiliation)
            country = aff.country if aff else None
        extra.setdefault(name, {"type": "leader", "affiliation": affiliation, "country": country})
        self._remember_surnames(name, span, surnames)
        return _Found(span.start, span.end, name, "leader")

    def _affiliation_near(self, span: Span) -> str | None:
        """The state named among the words before a role ("Iranian ... spokesman")."""
        doc = span.doc
        for ent in doc.ents:
            if ent.end <= span.start and ent.end >= span.start - 6 and ent.kb_id_:
                actor = self.registry.get(ent.kb_id_)
                if actor and actor.type == "state":
                    between = doc[ent.end : span.start]
                    if any(t.is_punct and t.text not in ("'s", "’s", "-") for t in between):
                        continue
                    if doc.has_annotation("DEP") and any(t.pos_ in ("VERB", "AUX") for t in between):
                        continue  # "Turkish commandos captured Kurdish rebel leader X": not his state
                    return actor.name
        return None

    def _unknown_org(self, span: Span, short_forms: dict, extra: dict[str, dict]) -> _Found | None:
        if span[0].lower_ == "the" and len(span) > 1:
            span = span[1:]
        span = body_noun_after(span, self.lex)  # "the Teamsters union": the name and the kind of body
        words = {t.lower_ for t in span}
        if len(span) < 2 and not span.text.isupper():
            return None
        acting = False
        if span[-1].lower_ in NAME_LINKS:
            # "the Congress of" before "South African Trade Unions": the
            # registry took the demonym, the NER the rest; the name goes on.
            span = body_name_goes_on(span)
            words = {t.lower_ for t in span}
        kind = body_kind(words, self.lex)  # "... Brigades", "... Commission"; "Movement for Democratic Change" a party
        if kind is None and ((extra.get(span.text) or {}).get("acting") or acting_body(span, self.lex)):
            kind, acting = "organization", True  # "The AFL-CIO endorsed Mondale" (extraction.bodies)
        elif kind is None:
            return None
        name = span.text
        entry = extra.setdefault(name, {"type": kind, "affiliation": None, "country": None})
        if acting and len(entry) == 3 and entry["type"] == kind:
            entry["acting"] = True
        # "... Liberation Front (TPLF)": the acronym names it from here on.
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            acronym = doc[span.end + 1]
            if acronym.is_upper and len(acronym.text) >= 2:
                short_forms.setdefault(fold(acronym.text), (name, kind))
        return _Found(span.start, span.end, name, kind)

    def _surname_tokens(self, doc: Doc, surnames: dict[str, str], found: list[_Found],
                        extra: dict[str, dict] | None = None) -> list[_Found]:
        if not surnames:
            return []
        taken = set()
        for f in found:
            taken.update(range(f.start, f.end))
        out = []
        for tok in (doc[i] for i in capitalised(doc) if i not in taken):
            known = surnames.get(fold(tok.text))
            if known is None:
                continue
            prev = doc[tok.i - 1] if tok.i else None  # a given name before, even opening the sentence ("Rahul Gandhi said")
            if (prev is not None and prev.i not in taken and prev.is_title and prev.pos_ == "PROPN" and prev.lower_ not in
                    self.lex.role_words and (not prev.is_sent_start or tok.ent_iob_ == "I" and tok.ent_type_ == "PERSON")
                    and fold(prev.text) not in fold(known[0]).split()):
                # "Osman Ocalan" after "Abdullah Ocalan": a brother, not him;
                # named with a role, someone of his own.
                other = self._unknown_person(doc[prev.i : tok.i + 1], {}, extra) if extra is not None else None
                if other is not None:
                    out.append(other)
                continue
            out.append(_Found(tok.i, tok.i + 1, *known))
        return out

    def _governments(self, doc: Doc, found: list[_Found]) -> list[_Found]:
        """Resolve "the Assad regime", "the regime" and "government forces"."""
        gov = self.lex.government_nouns
        by_end = {f.end: f for f in found}
        votes: Counter[str] = Counter()
        out: list[_Found] = []
        replaced: set[int] = set()
        for f in found:
            # "<leader> ('s) regime/government": the leader's state, not the leader.
            j = f.end
            if j < len(doc) and doc[j].text in ("'s", "’s"):
                j += 1
            if f.type == "leader" and j < len(doc) and doc[j].lemma_.lower() in gov:
                actor = self.registry.get(f.actor)
                state = actor.affiliation if actor else None
                if state is None and doc._.gk_actors is not None:
                    state = (doc._.gk_actors.get(f.actor) or {}).get("affiliation")
                if state:
                    out.append(_Found(f.start, j + 1, state, "state"))
                    replaced.add(id(f))
                    votes[state] += 1
                    continue
            k = f.end
            while k < len(doc) and k < f.end + 3 and (doc[k].text in ("'s", "’s") or doc[k].pos_ == "ADJ"):
                k += 1  # "Mali's military government"
            if f.type == "state" and (
                doc[f.end - 1].lemma_.lower() in gov or (k < len(doc) and doc[k].lemma_.lower() in gov)
            ):
                # "the Assad regime" (a registry alias), "the Syrian government"
                votes[f.actor] += 1
        kept = [f for f in found if id(f) not in replaced]
        out += self._administrations(doc, kept + out, by_end)
        if not votes:
            return kept + out
        context_state = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        covered = set()
        for f in kept + out:
            covered.update(range(f.start, f.end))
        for tok in (doc[i] for i in lemmas_in(doc, gov) if i not in covered):
            if tok.lower_ != tok.text:
                continue
            if tok.lower_ == "administration":
                continue  # read by _administrations
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and (prev.text == "-" or prev.lower_ in ("anti", "pro")):
                continue  # "anti-regime fighters"
            if tok.i in by_end:
                continue  # "Syrian government": the demonym already names it
            end = tok.i + 1
            if end < len(doc) and doc[end].lemma_.lower() in self.lex.force_nouns:
                end += 1
            out.append(_Found(tok.i, end, context_state, "state"))
        return kept + out


    def _administrations(self, doc: Doc, found: list[_Found], by_end: dict[int, _Found]) -> list[_Found]:
        """A bare "the administration" is the government of the head of
        government the article names before it ("President Biden ... the
        administration": the United States), else of the state it mentions
        most, else no actor: never a state that merely has a regime in the story."""
        out: list[_Found] = []
        covered = {i for f in found for i in range(f.start, f.end)}
        states = Counter(f.actor for f in found if f.type == "state")
        for tok in (doc[i] for i in tokens_where(doc, "LOWER", {"administration"})):
            if tok.text != tok.lower_ or tok.i in covered or tok.i in by_end:
                continue
            if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue  # "a Democratic administration", "Biden administration" (an alias)
            state = None
            for f in sorted(found, key=lambda f: f.start, reverse=True):
                if f.type == "leader" and f.end <= tok.i:
                    actor = self.registry.get(f.actor)
                    aff = actor.affiliation if actor else None
                    known = self.registry.get(aff) if aff else None
                    if known is not None and known.type == "state":
                        state = aff
                        break
            if state is None and states:
                state = max(states.items(), key=lambda kv: kv[1])[0]
            if state is not None:
                out.append(_Found(tok.i, tok.i + 1, state, "state"))
        return out


@Language.factory(
    "actor_resolver",
    default_config={"registry_path": None, "extra_paths": [], "lexicon_path": None},
)
def make_actor_resolver(
    nlp: Language, name: str, registry_path: str | None, extra_paths: list[str], lexicon_path: str | None
):
    registry = cached_registry(registry_path, tuple(extra_paths))
    return ActorResolver(registry, Lexicon.load(lexicon_path), name=name)


def actor_spans(doc: Doc) -> Iterable[Span]:
    """The actor mentions of a processed ``doc``, in text order."""
    return doc.spans["actors"] if "actors" in doc.spans else ()
