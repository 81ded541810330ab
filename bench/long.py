#!/usr/bin/env python
"""Long-article benchmark: extraction time per character from 10k to 1M characters.

One article of N characters is built from the seed articles' paragraphs
repeated (``news``), and one of the same words with every punctuation mark and
line break removed (``no-punct``: one endless sentence, the worst case for a
parser). Each is extracted once with the installed model (loaded and warmed
before the clock starts); the row shows µs per character. Flat rows mean time
grows linearly with length::

    .venv/bin/python bench/long.py                 # 10k, 100k, 1M characters
    .venv/bin/python bench/long.py --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _base_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return "\n\n".join(texts)


def article_of(size: int, kind: str) -> str:
    """An article of ``size`` characters of seed text (``news``) or unpunctuated words."""
    base = _base_text()
    if kind == "no-punct":
        base = re.sub(r"[^\w ]+", " ", base)
        base = re.sub(r"\s+", " ", base)
    sep = "\n\n" if kind == "news" else " "
    text = base
    while len(text) < size:
        text = text + sep + base
    return text[:size]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="article lengths in characters")
    parser.add_argument("--kinds", default="news,no-punct", help="news and/or no-punct")
    parser.add_argument("--out", default=str(ROOT / "build" / "bench" / "long.json"), help="JSON results file (default build/bench/long.json, untracked)")
    parser.add_argument("--check", action="store_true", help="check the arguments, say what would run, and stop")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")
    if set(kinds) - {"news", "no-punct"}:
        parser.error(f"--kinds {args.kinds}: news and/or no-punct")
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes {args.sizes}: character counts, e.g. 10000,100000")
    if args.check:
        print(f"would extract {len(kinds) * len(sizes)} long articles ({args.kinds} x {args.sizes} characters); results to {args.out}")
        return 0
    from graphkit.extraction.extractor import Extractor
    from graphkit.records import Article

    ex = Extractor.load()
    ex.extract_one(Article("warm", article_of(5000, "news")))
    rows = []
    print("Long articles (one article, extraction only, model loaded and warm)")
    print(f"  {'kind':9} {'chars':>9} {'seconds':>8} {'µs/char':>8} {'actors':>6} {'stances':>7}")
    for kind in kinds:
        for size in sizes:
            text = article_of(size, kind)
            t0 = time.perf_counter()
            rec = ex.extract_one(Article(f"{kind}-{size}", text))
            secs = time.perf_counter() - t0
            row = {"kind": kind, "chars": size, "seconds": round(secs, 3), "us_per_char": round(secs / size * 1e6, 2),
                   "actors": len(rec.actors), "stances": len(rec.stances)}
            rows.append(row)
            print(f"  {kind:9} {size:>9,} {secs:>8.2f} {row['us_per_char']:>8.2f} {row['actors']:>6} {row['stances']:>7}", flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"long": rows}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
