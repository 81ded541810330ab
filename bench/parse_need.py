#!/usr/bin/env python
"""Could graphkit parse less? The numbers behind the decision.

"Parse less" would run a cheap first pass (tokeniser, sentence boundaries,
actor matcher, NER) and the parser only on sentences that can yield a
record. This script measures, on the seeds and any corpus given with
``--input``, what that could save and whether records could stay the same::

    .venv/bin/python bench/parse_need.py                                  # seeds
    .venv/bin/python bench/parse_need.py --input examples/news.jsonl --input tests/data/other_conflicts.jsonl

It prints:

time per component
    Each component of graphkit's pipeline run alone over the corpus (copied
    up to ``--tokens`` tokens), and ``extract_doc`` (graphkit's own rules).
sentences
    How many sentences hold an actor mention, two or more, a quote mark,
    an actor, quote mark or pronoun, and how many hold a record (a stance,
    event or quote starting in it, or two actors: a co-mention).
boundaries
    Whether the small ``senter`` component (its own 16-wide tok2vec) puts
    sentence starts where the parser does: records carry sentence indexes
    and ``n_sentences``, so a first pass with other boundaries changes them.
parsed alone
    Whether a sentence parsed with one neighbour sentence on each side gets
    the heads, labels, tags and sentence starts it gets in its article.
bound
    The share of the NLP time parse-less could save at most: tokens of
    sentences that yield nothing times the share of the components it
    would skip (tok2vec, tagger, parser, attribute ruler, lemmatizer).
identity
    What keeps records identical out of reach of a first pass. Lines: every
    line break starts a sentence (``line_breaks``), so a line is the unit
    whose parse does not depend on the rest of the article; it counts lines
    that hold nothing a record can come from (no actor, no record, no quote
    mark) and, of those, how many the parser splits into a number of
    sentences that a rule-based sentencizer or ``senter`` does not give:
    every later mention's sentence index and ``n_sentences`` would change
    in those articles. NER: the entity recogniser never carries an entity
    over a sentence start (spaCy's ``ner.pyx``), so entities found without
    the parser's boundaries can differ; it counts articles where they do.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import read_base  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "his", "her", "their", "its", "we", "i", "him", "them"}
QUOTE = re.compile("[\"“”«»]")
SKIPPABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def component_times(nlp, texts: list[str]) -> dict[str, float]:
    docs = [nlp.make_doc(t) for t in texts]
    out = {}
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.perf_counter() - t
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--input", action="append", default=[], help="also these articles (repeatable)")
    p.add_argument("--tokens", type=int, default=20000, help="corpus size for the component timing")
    p.add_argument("--check", action="store_true", help="check the arguments and inputs, say what would run, and stop")
    args = p.parse_args(argv)
    missing = [i for i in args.input if not Path(i).exists()]
    if missing:
        p.error(f"not found: {', '.join(missing)}")
    if args.check:
        print(f"would measure components, sentences, boundaries, context and identity on seeds/"
              f"{''.join(' and ' + i for i in args.input)}, {args.tokens} tokens for the timing")
        return 0

    import spacy

    from graphkit.extraction.actors import actor_spans
    from graphkit.extraction.extractor import Extractor, extract_doc
    from graphkit.extraction.pipeline import DEFAULT_MODEL

    articles = read_base([str(ROOT / "seeds"), *args.input])
    ex = Extractor.load()
    nlp = ex.nlp
    texts = [a.text for a in articles]
    docs = list(nlp.pipe(texts))

    # -- time per component
    n_tok = sum(len(d) for d in docs)
    copies = max(1, -(-args.tokens // n_tok))
    times = component_times(nlp, texts * copies)
    parsed = list(nlp.pipe(texts * copies))
    t = time.perf_counter()
    for d, a in zip(parsed, articles * copies):
        extract_doc(d, a, ex.registry, ex.lexicon)
    times["extract_doc (graphkit rules)"] = time.perf_counter() - t
    total = sum(times.values())
    print(f"Time per component ({len(texts) * copies} articles, {n_tok * copies} tokens, one process)")
    for name, s in times.items():
        print(f"  {name:30s} {s:6.2f} s  {100 * s / total:5.1f} %")
    skippable = sum(times[n] for n in SKIPPABLE if n in times) / total

    # -- sentences
    sents = yielding = one = two = quoted = cheap = tokens = tokens_idle = 0
    for doc, article in zip(docs, articles):
        rec = extract_doc(doc, article, ex.registry, ex.lexicon)
        starts = [s.start_char for s in doc.sents]
        spans = list(actor_spans(doc))
        marks = {s.start for s in rec.stances} | {e.start for e in rec.events} | {q.start for q in rec.quotes}
        for k, s in enumerate(doc.sents):
            end = starts[k + 1] if k + 1 < len(starts) else len(doc.text)
            n = sum(1 for sp in spans if s.start <= sp.start < s.end)
            q = bool(QUOTE.search(s.text))
            hit = n >= 2 or any(s.start_char <= m < end for m in marks)
            sents += 1
            one += n >= 1
            two += n >= 2
            quoted += q
            cheap += n >= 1 or q or any(t.lower_ in PRONOUNS for t in s)
            yielding += hit
            tokens += len(s)
            tokens_idle += 0 if hit else len(s)
    print(f"Sentences ({len(docs)} articles, {sents} sentences)")
    print(f"  with an actor {one}, two or more {two}, a quote mark {quoted}, actor|quote|pronoun {cheap}")
    print(f"  holding a record (stance, event or quote starts there, or a co-mention) {yielding}")
    print(f"  tokens in sentences holding no record {tokens_idle} of {tokens} ({100 * tokens_idle / tokens:.0f} %)")

    # -- boundaries
    senter = spacy.load(DEFAULT_MODEL).get_pipe("senter")
    same_docs = agree = 0
    for doc in docs:
        cheap_doc = senter(nlp.make_doc(doc.text))
        a = {s.start for s in doc.sents}
        b = {s.start for s in cheap_doc.sents}
        same_docs += a == b
        agree += len(a & b)
    print(f"Boundaries: senter's equal the parser's in {same_docs} of {len(docs)} articles; "
          f"{agree} of {sents} parser sentence starts are senter starts")

    # -- parsed alone
    same = tried = 0
    for doc in docs:
        ss = list(doc.sents)
        for i, s in enumerate(ss):
            lo, hi = ss[max(0, i - 1)].start, ss[min(len(ss) - 1, i + 1)].end
            sub = nlp(doc[lo:hi].text)
            if len(sub) != hi - lo:
                continue
            off = s.start - lo
            tried += 1
            same += all(
                (sub[off + k].dep_, sub[off + k].head.i - off, sub[off + k].tag_, sub[off + k].is_sent_start)
                == (s[k].dep_, s[k].head.i - s.start, s[k].tag_, s[k].is_sent_start)
                for k in range(len(s))
            )
    print(f"Parsed with one neighbour sentence each side: {same} of {tried} sentences as in the article")
    print(f"Bound: skippable components are {100 * skippable:.0f} % of the time; "
          f"parsing only record-holding sentences saves at most {100 * skippable * tokens_idle / tokens:.0f} % "
          f"(less with the neighbour context), before the first pass's own cost")
    identity(ex, docs, articles)
    return 0


def _lines(doc) -> list[tuple[int, int]]:
    """Token ranges of the lines of ``doc`` (a line break token or a newline after a token ends one)."""
    out, start = [], 0
    for t in doc:
        if t.is_space and "\n" in t.text:
            if t.i > start:
                out.append((start, t.i))
            start = t.i + 1
        elif "\n" in t.whitespace_:
            out.append((start, t.i + 1))
            start = t.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def identity(ex, docs, articles) -> None:
    """Print what a first pass would have to reproduce exactly for records to stay the same."""
    import spacy

    from graphkit.extraction.actors import actor_spans
    from graphkit.extraction.extractor import extract_doc
    from graphkit.extraction.pipeline import DEFAULT_MODEL

    nlp = ex.nlp
    senter = spacy.load(DEFAULT_MODEL).get_pipe("senter")
    rules = spacy.blank("en")
    rules.add_pipe("sentencizer")
    lines = idle = idle_tokens = tokens = idle_multi = 0
    changed: dict[str, set[int]] = {"sentencizer": set(), "senter": set()}
    for k, (doc, article) in enumerate(zip(docs, articles)):
        rec = extract_doc(doc, article, ex.registry, ex.lexicon)
        marks = [s.start for s in rec.stances] + [e.start for e in rec.events] + [q.start for q in rec.quotes]
        actors = [sp.start for sp in actor_spans(doc)]
        starts = [s.start for s in doc.sents]
        sen = {s.start for s in senter(nlp.make_doc(doc.text)).sents}
        for lo, hi in _lines(doc):
            lines += 1
            tokens += hi - lo
            span = doc[lo:hi]
            if (any(lo <= a < hi for a in actors) or any(span.start_char <= m < span.end_char for m in marks)
                    or QUOTE.search(span.text)):
                continue
            idle += 1
            idle_tokens += hi - lo
            parsed = sum(1 for s in starts if lo <= s < hi)
            idle_multi += parsed > 1
            if sum(1 for _ in rules(span.text).sents) != parsed:
                changed["sentencizer"].add(k)
            if sum(1 for s in sen if lo <= s < hi) + (lo not in sen) != parsed:
                changed["senter"].add(k)
    print(f"Identity: {lines} lines (a line break always starts a sentence); {idle} hold no actor, record or quote mark "
          f"({100 * idle_tokens / max(tokens, 1):.0f} % of tokens), {idle_multi} of them more than one parser sentence")
    for name, arts in changed.items():
        print(f"  sentence counts of those lines by the {name}: differ from the parser's in {len(arts)} of {len(docs)} "
              f"articles (their later sentence indexes and n_sentences would change)")
    # NER without the parser's sentence starts (line breaks still start sentences).
    texts = [d.text for d in docs]
    with nlp.select_pipes(disable=["actor_resolver"]):
        full = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    with nlp.select_pipes(disable=["actor_resolver", "parser"]):
        cheap = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    differ = sum(a != b for a, b in zip(full, cheap))
    ents = sum(len(a) for a in full)
    lost = sum(len(set(a) - set(b)) for a, b in zip(full, cheap))
    print(f"  NER without the parser's sentence starts: entities differ in {differ} of {len(docs)} articles "
          f"({lost} of {ents} entities not found the same)")


if __name__ == "__main__":
    raise SystemExit(main())
