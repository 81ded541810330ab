"""Build graphkit/data/given_names.tsv from reference/names/nam_dict.txt.

Keeps the given names that the list marks as used (mostly) for one gender,
counting, as gender-guesser does, the countries where each reading is used;
names used for both about equally are left out.

Run:  python tools/build_names.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "reference" / "names" / "nam_dict.txt"
TARGET = ROOT / "graphkit" / "data" / "given_names.tsv"

_GENDER = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


def _weight(values: str) -> tuple[int, int]:
    codes = [ord(c) for c in values.replace(" ", "")]
    return len(codes), sum(c - 55 if c > 64 else c - 48 for c in codes)


def fold(name: str) -> str:
    """Lower case without accents: how the coreference looks names up."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def build() -> dict[str, str]:
    scores: dict[str, dict[str, tuple[int, int]]] = {}
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        gender = _GENDER.get(parts[0])
        if gender is None:
            continue
        for name in {parts[1].replace("+", r) for r in ("", " ", "-")}:
            key = fold(name)
            if " " in key:
                continue
            best = scores.setdefault(key, {})
            w = _weight(line[30:-1])
            best[gender] = max(best.get(gender, (0, 0)), w)
    out = {}
    for name, by in sorted(scores.items()):
        m, f = by.get("m", (0, 0)), by.get("f", (0, 0))
        if m[0] > 2 * f[0] and m[0] > 0:
            out[name] = "m"
        elif f[0] > 2 * m[0] and f[0] > 0:
            out[name] = "f"
    return out


def main() -> None:
    names = build()
    lines = ["# given name<TAB>m|f, built by tools/build_names.py from reference/names/nam_dict.txt (GFDL 1.2+)"]
    lines += [f"{k}\t{v}" for k, v in names.items()]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
