"""Time in resolution: whether a registry person fits an article's date.

A bare surname names a registry person of the article's place and time
(tests/data/GUIDELINES.md): "Johnson" in Washington copy of 2020 is not
Lyndon B. Johnson. The resolver runs inside the spaCy pipeline, which
does not see the article's date; :func:`fit_surnames_to_date` re-reads its
bare-surname readings after it, with the date the extractor holds (a role's
dates come from the registry: CAMEO role codes with start and end).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graphkit.extraction.coref import HONORIFICS
from graphkit.extraction.registry import Actor, Registry, fold_diacritics


#: Out of office this many years before an article's date (or, where the
#: resolver has no date, the registry's newest record): a historical figure,
#: not whom a bare surname names.
HISTORICAL_YEARS = 25


def year_of(date: str | None) -> int | None:
    """The year of an ISO date, ``None`` when there is none."""
    try:
        return int(str(date)[:4]) if date else None
    except ValueError:
        return None


def _span_years(role) -> tuple[int | None, int | None]:
    return (int(role.start[:4]) if role.start else None, int(role.end[:4]) if role.end else None)


def _in_office(actor: Actor, year: int) -> bool:
    """A role of ``actor`` spans ``year`` (an open end runs on, an unknown
    start reaches back)."""
    return any((s is None or s <= year) and (e is None or year <= e) for s, e in map(_span_years, actor.roles))


def _fits_year(actor: Actor, year: int) -> bool:
    """``actor`` can be whom an article of ``year`` names by surname: no dates
    known, in office, or out of office for less than :data:`HISTORICAL_YEARS`
    (and not yet come: a role that starts a decade later is another time)."""
    spans = [_span_years(r) for r in actor.roles]
    if not spans or all(s is None and e is None for s, e in spans):
        return True
    return any((s is None or s - 10 <= year) and (e is None or year <= e + HISTORICAL_YEARS) for s, e in spans)


def fit_surnames_to_date(doc: Doc, registry: Registry, date: str | None) -> None:
    """Re-read each bare surname the resolver gave a registry person
    ("Johnson") against the article's ``date``: keep the person when they
    fit it, else take another holder of the surname who does (of the same
    country first, then one in office that year), else drop the reading.
    A surname whose person the article names in full keeps them."""
    year = year_of(date)
    candidates = doc.user_data.get("gk_surname_candidates") or {}
    if year is None or not candidates or "actors" not in doc.spans:
        return
    spans = list(doc.spans["actors"])
    full = {s.kb_id_ for s in spans if len(s) > 1}
    out, changed = [], False
    for s in spans:
        actor = registry.get(s.kb_id_) if len(s) == 1 and s.label_ == "leader" and s.start in candidates else None
        if actor is None or actor.name in full or (_fits_year(actor, year) and _in_office(actor, year)):
            out.append(s)
            continue
        holders = [a for a in (registry.get(n) for n in dict.fromkeys([actor.name, *candidates[s.start]]))
                   if a is not None and a.name not in full and _fits_year(a, year)]
        holders.sort(key=lambda a: (a.country != actor.country, not _in_office(a, year), a.name != actor.name))
        changed = changed or not holders or holders[0].name != actor.name
        if holders:
            out.append(Span(doc, s.start, s.end, label=s.label_, kb_id=holders[0].name))
    if changed:
        doc.spans["actors"] = out


def _surnames(registry: Registry) -> dict[str, list[str]]:
    """Folded last name word -> registry leaders of that surname (compiled once per registry content)."""
    index = _SURNAMES.get(id(registry))
    if index is None or index[0] is not registry:
        def build() -> dict[str, list[str]]:
            out: dict[str, list[str]] = {}
            for actor in registry:
                words = actor.name.split()
                if actor.type == "leader" and len(words) > 1:
                    out.setdefault(fold_diacritics(words[-1].lower()), []).append(actor.name)
            return out

        index = _SURNAMES[id(registry)] = (registry, registry._compiled("registry-surnames-1", build))
    return index[1]


#: id(registry) -> (registry, its surname index): registries live as long as their extractor.
_SURNAMES: dict[int, tuple[Registry, dict[str, list[str]]]] = {}


def fit_titled_surnames(doc: Doc, registry: Registry, date: str | None, titles: frozenset[str],
                        vessels: frozenset[str] = frozenset()) -> None:
    """A titled surname the registry holds under a full name: "President
    Bush" in Washington copy of 1990 is the registry's George Bush, "President
    Yeltsin" in Moscow copy Boris Yeltsin.

    A one-word PERSON entity no actor covers, after one of ``titles`` (the
    lexicon's role words; "Mrs. Reagan" is no office; after one of
    ``vessels`` it is a ship, "the carrier Admiral Kuznetsov"), whose surname is that of exactly one registry
    leader of a country the article names, in office in the article's year
    (any year without a date), is that leader. Several such leaders, or
    none, leave the name as the text gives it.
    """
    if "actors" not in doc.spans:
        return
    year = year_of(date)
    spans = list(doc.spans["actors"])
    covered = {i for s in spans for i in range(s.start, s.end)}
    countries = {a.country for a in (registry.get(s.kb_id_) for s in spans) if a is not None and a.country}
    added = []
    for ent in doc.ents:
        if (ent.label_ != "PERSON" or len(ent) != 1 or ent.start in covered or ent.start == 0
                or doc[ent.start - 1].lower_.rstrip(".") not in titles or doc[ent.start - 1].lower_ in HONORIFICS
                or ent.start >= 2 and doc[ent.start - 2].lemma_.lower() in vessels):
            continue
        holders = [a for a in (registry.get(n) for n in _surnames(registry).get(fold_diacritics(ent.text.lower()), ()))
                   if a is not None and a.country in countries and (year is None or _in_office(a, year))]
        if len(holders) == 1:
            added.append(Span(doc, ent.start, ent.end, label="leader", kb_id=holders[0].name))
    if added:
        doc.spans["actors"] = sorted(spans + added, key=lambda s: s.start)


#: Words before a title that put its holder out of office: "former
#: president Denis Sassou Nguesso", "ex-premier Nawaz Sharif".
_FORMER = frozenset({"former", "ex", "ex-"})


def former_leaders(doc: Doc) -> set[str]:
    """Leaders every mention of whom in ``doc`` the text calls former
    ("accused militiamen loyal to former president Denis Sassou Nguesso"):
    out of office in the article, they act for no state, so that the state
    can take a stance toward them. A leader named once without "former"
    keeps his state."""
    seen: dict[str, bool] = {}
    spans = list(doc.spans["actors"]) if "actors" in doc.spans else []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        if s.label_ != "leader":
            continue
        i = s.start  # the title before the name, back to a verb, a comma or another name
        while i > max(s.sent.start, s.start - 4) and doc[i - 1].i not in taken and doc[i - 1].pos_ not in ("VERB", "AUX") \
                and doc[i - 1].text not in (",", "(", ")", ";"):
            i -= 1
        former = any(t.text.lower().rstrip("-") in _FORMER or t.text.lower().startswith("ex-") for t in doc[i : s.start])
        seen[s.kb_id_] = seen.get(s.kb_id_, True) and former
    return {name for name, former in seen.items() if former}
