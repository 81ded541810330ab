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
    args = p.parse_args(argv)

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
