#!/usr/bin/env python
"""Do a speed change and the code before it extract the same records?

Extracts every article of the seeds, of each ``tests/data/*.jsonl`` corpus,
of ``examples/news.jsonl`` and of one long article (the seeds joined until
it is parsed in pieces) with the model, and writes the records as JSON
Lines, one file per corpus, exactly as ``graphkit extract`` prints them
(articles with no actor included)::

    .venv/bin/python bench/identity.py --save build/identity/before    # on the code before
    .venv/bin/python bench/identity.py --compare build/identity/before # after: byte for byte

``--compare`` exits 1 and names the first differing article and field of
each corpus that differs. A change meant only to make extraction faster
must leave every file identical; run it before landing such a change.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def corpora() -> dict[str, list]:
    """Name -> articles, in a fixed order."""
    from graphkit.extraction.extractor import LONG_ARTICLE
    from graphkit.io.readers import ArticleReader
    from graphkit.records import Article

    sets = {"seeds": list(ArticleReader([str(ROOT / "seeds")]))}
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")) + [ROOT / "examples" / "news.jsonl"]:
        if path.exists():
            sets[f"{path.parent.name}-{path.stem}"] = list(ArticleReader([str(path)]))
    # One article long enough to be parsed in pieces (extractor.piece_bounds).
    text, k = "", 0
    seeds = sets["seeds"]
    while len(text) <= LONG_ARTICLE * 1.5:
        text += seeds[k % len(seeds)].text.strip() + "\n\n"
        k += 1
    sets["long"] = [Article("long", text, date=seeds[0].date)]
    return sets


def extract_all(out: Path) -> dict[str, int]:
    """Write ``out/<corpus>.jsonl`` for every corpus; articles per corpus."""
    from graphkit.extraction.extractor import Extractor

    ex = Extractor.load()
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, articles in corpora().items():
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for rec in ex.extract(articles):
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        counts[name] = len(articles)
    return counts


def _first_difference(a: dict, b: dict, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items before, {len(b)} now"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {json.dumps(a)[:200]} before, {json.dumps(b)[:200]} now"


def compare(before: Path, now: Path) -> list[str]:
    """One line per corpus file of ``before`` that ``now`` does not reproduce byte for byte."""
    problems = []
    for old in sorted(before.glob("*.jsonl")):
        new = now / old.name
        if not new.exists():
            problems.append(f"{old.name}: not extracted now")
            continue
        a, b = old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8")
        if a == b:
            continue
        la, lb = a.splitlines(), b.splitlines()
        for x, y in zip(la, lb):
            if x != y:
                rx, ry = json.loads(x), json.loads(y)
                problems.append(f"{old.name}: article {rx.get('article')}: {_first_difference(rx, ry)}")
                break
        else:
            problems.append(f"{old.name}: {len(la)} records before, {len(lb)} now")
    return problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="DIR", help="write the records of this checkout to DIR")
    mode.add_argument("--compare", metavar="DIR", help="extract again and compare with the records saved in DIR")
    p.add_argument("--check", action="store_true", help="check the arguments, say what would run, and stop")
    args = p.parse_args(argv)
    missing = args.compare and not Path(args.compare).is_dir()
    if args.check:
        names = ", ".join(corpora())
        where = f"write them to {args.save}" if args.save else f"compare them with {args.compare}"
        print(f"would extract {names} and {where}" + (" (not saved yet: run --save first)" if missing else ""))
        return 0
    if missing:
        p.error(f"not found: {args.compare} (save the records first with --save)")
    t = time.perf_counter()
    if args.save:
        counts = extract_all(Path(args.save))
        print(f"saved {sum(counts.values())} records of {len(counts)} corpora to {args.save} in {time.perf_counter() - t:.0f} s")
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        counts = extract_all(Path(d))
        problems = compare(Path(args.compare), Path(d))
    for line in problems:
        print(line)
    verdict = "DIFFERENT" if problems else "identical"
    print(f"{sum(counts.values())} records of {len(counts)} corpora: {verdict} ({time.perf_counter() - t:.0f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
