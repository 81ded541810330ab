"""Extraction: one :class:`~graphkit.records.Extraction` per article.

:func:`extract_doc` reads a processed ``Doc`` (actor spans, quotes, stances)
into records; :class:`Extractor` streams articles through the pipeline in
batches, optionally in several processes and through a cache.

>>> from graphkit.records import Article
>>> ex = Extractor.blank()
>>> [a.name for a in ex.extract_one(Article("a", "Russia and Turkey met.")).actors]
['Russia', 'Turkey']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from graphkit.extraction.actors import actor_spans, cached_registry
from graphkit.extraction.coref import People
from graphkit.extraction.events import extract_events
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.quotes import actor_offsets, extract_quotes, quote_targets
from graphkit.extraction.registry import Registry
from graphkit.extraction.tenure import fit_surnames_to_date, fit_titled_surnames, former_leaders
from graphkit.extraction.text import doc_text
from graphkit.extraction.relations import apposition_stances, naming_stances, people_records, with_people
from graphkit.extraction.stances import StanceReader, extract_stances
from graphkit.records import ActorInfo, Article, Extraction, Mention

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")

#: Articles longer than this (characters) are parsed in pieces of at most
#: :data:`PIECE_CHARS`, cut at paragraph breaks (else sentence ends, else
#: spaces): spaCy refuses a text over ``nlp.max_length`` (E088), and parse
#: time and memory grow faster than the length of one huge ``Doc``. Shorter
#: articles are parsed whole, so nothing changes for ordinary news.
LONG_ARTICLE = 40_000
PIECE_CHARS = 20_000


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where paragraphs start (blank-line separated).

    >>> paragraph_starts("a\\n\\nb")
    [0, 3]
    """
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def piece_bounds(text: str, long: int = LONG_ARTICLE, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces a text is parsed in; they cover it exactly.

    A piece ends after a paragraph break if one falls in the second half of
    the piece, else after a sentence end, else after a space, else at
    ``limit`` characters.

    >>> piece_bounds("one.\\n\\ntwo. three", long=5, limit=8)
    [(0, 6), (6, 11), (11, 16)]
    >>> piece_bounds("short")
    [(0, 5)]
    """
    n = len(text)
    if n <= long:
        return [(0, n)]
    bounds = []
    start = 0
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = hi
        for pattern in (_PARAGRAPH_BREAK, _SENTENCE_END, _SPACE):
            last = None
            for last in pattern.finditer(text, lo, hi):
                pass
            if last is not None and last.end() < hi:
                cut = last.end()
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def mentions_of(doc: Doc) -> list[Mention]:
    """Actor mentions of ``doc`` with sentence and paragraph indexes."""
    sent_starts = [s.start for s in doc.sents]
    para_starts = paragraph_starts(doc_text(doc))
    out = []
    for span in actor_spans(doc):
        out.append(
            Mention(
                actor=span.kb_id_,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=bisect.bisect_right(sent_starts, span.start) - 1,
                paragraph=bisect.bisect_right(para_starts, span.start_char) - 1,
            )
        )
    return out


def actors_of(mentions: Iterable[Mention], registry: Registry, extra: dict | None) -> list[ActorInfo]:
    """One :class:`ActorInfo` per actor named, in order of first mention."""
    infos: dict[str, ActorInfo] = {}
    for m in mentions:
        info = infos.get(m.actor)
        if info is None:
            known = registry.get(m.actor)
            if known is not None:
                info = ActorInfo(m.actor, known.type, [], known.affiliation, known.country, 0)
            else:
                e = (extra or {}).get(m.actor, {})
                info = ActorInfo(m.actor, e.get("type", "organization"), [], e.get("affiliation"), e.get("country"), 0)
            infos[m.actor] = info
        info.mentions += 1
        if m.text not in info.aliases:
            info.aliases.append(m.text)
    return list(infos.values())


def extract_doc(doc: Doc, article: Article, registry: Registry, lexicon: Lexicon) -> Extraction:
    """Read a processed ``doc`` into an :class:`Extraction`."""
    fit_surnames_to_date(doc, registry, article.date)  # the pipeline never saw the date
    fit_titled_surnames(doc, registry, article.date, lexicon.role_words, lexicon.vessel_nouns)  # "President Bush" in 1990
    mentions = mentions_of(doc)
    actors = actors_of(mentions, registry, doc._.gk_actors)
    people = People(doc, vessels=lexicon.vessel_nouns)
    quotes = extract_quotes(doc, lexicon, people)
    affiliation = {a.name: a.affiliation for a in actors}
    affiliation.update({p.name: p.affiliation for p in people.people if not p.actor})
    affiliation.update(dict.fromkeys(former_leaders(doc)))  # "former president X" acts for no state
    # The stance and event rules see people outside the registry as actors;
    # those who take part then join the article's actors.
    with with_people(doc, people):
        # The people named in a quote are among its targets ("would back Raman").
        offsets = actor_offsets(doc) if quotes else []
        quotes = [replace(q, targets=quote_targets(doc, q.start, q.end, offsets)) for q in quotes]
        # One reader for stances and events: actor spans and CAMEO codes read once.
        reader = StanceReader(doc, lexicon, affiliation) if doc.has_annotation("DEP") else None
        if reader is not None:
            reader.coref = people
        stances = extract_stances(doc, quotes, lexicon, affiliation=affiliation, reader=reader)
        # One record per (source, target, quad, sentence): "recalled its envoy
        # to X and called X's deal an attack" is a cut in relations and words.
        seen = {(s.source, s.target, s.quad, s.start) for s in stances}
        stances += [s for s in apposition_stances(doc, people) + naming_stances(doc, reader)
                    if (s.source, s.target, s.quad, s.start) not in seen]
        events = extract_events(doc, lexicon, affiliation=affiliation, reader=reader)
    # A speaker who is no actor (a body the registry lacks) keeps its quotes
    # but takes no stance: edges join actors only.
    known = {a.name for a in actors} | {p.name for p in people.people}
    stances = [s for s in stances if s.source in known and s.target in known]
    actors, mentions = _drop_idle_bodies(actors, mentions, doc._.gk_actors, quotes, stances, events)
    more_actors, more_mentions = people_records(doc, people, quotes, stances, events)
    # A leader the resolver found outside the registry acts for the party or
    # group its apposition names ("a spokeswoman for the Labour Party").
    for a in actors:
        p = people.person_named(a.name) if a.type == "leader" and a.affiliation is None else None
        if p is not None and p.affiliation and p.affiliation != a.name:
            a.affiliation = p.affiliation
    actors += more_actors
    mentions = sorted(mentions + more_mentions, key=lambda m: (m.start, m.end))
    return Extraction(
        article=article.id,
        date=article.date,
        actors=actors,
        mentions=mentions,
        stances=stances,
        quotes=quotes,
        events=events,
        n_tokens=len(doc),
        n_sentences=sum(1 for _ in doc.sents),
    )


def _drop_idle_bodies(actors, mentions, extra, quotes, stances, events):
    """Leave out the bodies taken only because they stood as a party to a
    clause (``acting`` in ``doc._.gk_actors``) that neither speak nor take
    part in a stance or an event: like a person named in passing, a body
    named in passing is no actor (GUIDELINES.md)."""
    idle = {name for name, e in (extra or {}).items() if e.get("acting")}
    if not idle:
        return actors, mentions
    idle -= {q.speaker for q in quotes}
    idle -= {n for s in stances for n in (s.source, s.target)}
    idle -= {e.source for e in events}
    if not idle:
        return actors, mentions
    return [a for a in actors if a.name not in idle], [m for m in mentions if m.actor not in idle]


def _shifted(rec: Extraction, offset: int, sentences: int) -> Extraction:
    """``rec`` of a piece starting at ``offset`` (after ``sentences`` sentences), in article offsets."""
    rec.mentions = [
        replace(m, start=m.start + offset, end=m.end + offset, sentence=m.sentence + sentences) for m in rec.mentions
    ]
    rec.stances = [replace(s, start=s.start + offset, end=s.end + offset) for s in rec.stances]
    rec.quotes = [replace(q, start=q.start + offset, end=q.end + offset) for q in rec.quotes]
    rec.events = [replace(e, start=e.start + offset, end=e.end + offset) for e in rec.events]
    return rec


def merge_pieces(article: Article, pieces: list[Extraction]) -> Extraction:
    """One article's record from the records of its pieces (already in article offsets).

    An actor named in several pieces is one actor: mentions summed, aliases
    joined, details from the piece that named it first.
    """
    para = paragraph_starts(article.text)
    actors: dict[str, ActorInfo] = {}
    for rec in pieces:
        for a in rec.actors:
            if a.name not in actors:
                actors[a.name] = replace(a, aliases=list(a.aliases))
                continue
            known = actors[a.name]
            known.mentions += a.mentions
            known.aliases += [x for x in a.aliases if x not in known.aliases]
    return Extraction(
        article=article.id,
        date=article.date,
        actors=list(actors.values()),
        mentions=[replace(m, paragraph=bisect.bisect_right(para, m.start) - 1) for r in pieces for m in r.mentions],
        stances=[s for r in pieces for s in r.stances],
        quotes=[q for r in pieces for q in r.quotes],
        events=[e for r in pieces for e in r.events],
        n_tokens=sum(r.n_tokens for r in pieces),
        n_sentences=sum(r.n_sentences for r in pieces),
    )


def version_key(model_id: str, registry: Registry, lexicon: Lexicon) -> str:
    """The cache key part that is not the text: graphkit, model, registry, lexicon.

    >>> version_key("en_core_web_sm-3.8.0", Registry([]), Lexicon.load()).startswith("graphkit-")
    True
    """
    from graphkit import __version__

    from graphkit.extraction.cameo import Cameo

    return f"graphkit-{__version__}|{model_id}|{registry.version}|{lexicon.version}|{Cameo.load().version}"


@dataclass
class Extractor:
    """Stream articles through a pipeline into extraction records.

    Parameters
    ----------
    nlp : Language
        A pipeline with graphkit's actor components (see :mod:`graphkit.extraction.pipeline`).
    registry, lexicon
        The reference data the components use (for actor details and cues).
    batch_size : int
        Articles per ``nlp.pipe`` batch.
    """

    nlp: Language
    registry: Registry
    lexicon: Lexicon
    batch_size: int = 32
    stats: dict = field(default_factory=lambda: {"articles": 0, "tokens": 0})

    @classmethod
    def load(
        cls,
        model: str | None = None,
        actors: str | Path | None = None,
        extra_actors: Iterable[str | Path] = (),
        lexicon: str | Path | None = None,
        batch_size: int = 32,
    ) -> "Extractor":
        """Load the pipeline and reference data once."""
        from graphkit.extraction.pipeline import DEFAULT_MODEL, load_pipeline

        extra = tuple(str(p) for p in extra_actors)
        nlp = load_pipeline(model or DEFAULT_MODEL, actors=actors, extra_actors=extra, lexicon=lexicon)
        registry = cached_registry(str(actors) if actors else None, extra)
        return cls(nlp, registry, Lexicon.load(lexicon), batch_size=batch_size)

    @classmethod
    def blank(cls) -> "Extractor":
        """A model-free extractor (registry matching only), for tests and demos."""
        from graphkit.extraction.pipeline import add_actor_components, blank_pipeline

        nlp = add_actor_components(blank_pipeline())
        return cls(nlp, cached_registry(None, ()), Lexicon.load())

    def version_key(self) -> str:
        """What an extraction depends on besides the text: model, registry, lexicon."""
        from graphkit.extraction.pipeline import pipeline_id

        return version_key(pipeline_id(self.nlp), self.registry, self.lexicon)

    def extract_one(self, article: Article) -> Extraction:
        return next(self.extract([article]))

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Yield one :class:`Extraction` per article, in input order, streaming.

        A long article is parsed in pieces (:func:`piece_bounds`) whose records
        are joined with offsets into the whole text, so time and memory grow
        linearly with its length.
        """

        def pieces():
            for a in articles:
                bounds = piece_bounds(a.text)
                for k, (start, end) in enumerate(bounds):
                    yield a.text[start:end], (a, start, len(bounds) == 1, k == len(bounds) - 1)

        parts: list[Extraction] = []
        sentences = 0
        for doc, (article, offset, whole, last) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=self.batch_size):
            self.stats["tokens"] += len(doc)
            record = extract_doc(doc, article, self.registry, self.lexicon)
            if not whole:
                parts.append(_shifted(record, offset, sentences))
                sentences += record.n_sentences
                if not last:
                    continue
                record = merge_pieces(article, parts)
                parts, sentences = [], 0
            self.stats["articles"] += 1
            yield record
