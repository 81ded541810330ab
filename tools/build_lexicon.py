"""Build ``graphkit/data/cameo.json``, ``agents.json`` and ``places.json``.

Sources, both copied unchanged with their MIT licences into ``reference/``:

- ``reference/cameo/CAMEO.2.0.txt``: PETRARCH2's verb pattern dictionary
  (synonym sets, verb blocks, patterns with their CAMEO codes);
- ``reference/phoenix/Phoenix.agents.txt``: the Phoenix agent words
  ("police", "troops", "refugee") with their sector codes;
- ``reference/phoenix/Phoenix.Countries.actors.txt``: each country's
  synonyms, its cities and regions among them ("+LAHORE_" under
  "PAKISTAN_ [PAK]").

``cameo.json`` holds, in plain editable JSON:

- ``synsets``: ``&NAME`` -> words (lower case, several words joined by a space);
- ``verbs``: lemma (or "lash out") -> ``{"block": ..., "code": ...}``, the
  verb's own code or its block's (``"---"``: no event by itself);
- ``blocks``: block name -> list of patterns, each
  ``{"pre": [...], "post": [...], "preps": [[prep, [words]], ...], "code": "1122"}``:
  the words before the verb (its subject), after it (object, particles) and the
  prepositional phrases, each element a word, a ``&SET`` or a phrase of
  words joined by spaces;
- ``nouns``: event noun -> CAMEO code ("sanctions": "163", "complaint":
  "114"), read off the patterns of CAMEO's light verbs (``LIGHT_BLOCKS``:
  verbs coded ``---`` by themselves that carry out what their object names,
  "launched air strikes", "lodged a complaint", "sent aid"). A noun is kept
  when the patterns of at least two light verbs name it and two thirds
  of them agree on the quad class, and it is no Phoenix agent word ("troops" are people, no event).

``agents.json`` maps agent words to their Phoenix sector code (``"police":
"COP"``). ``places.json`` maps the lower-case synonyms of each Phoenix
country (names, spellings, cities, regions: "lahore", "goma") to its ISO
code, so that a name the NER typed a person ("Indian jets attacked Lahore")
is known for a place.

Run ``make lexicon`` (or ``.venv/bin/python tools/build_lexicon.py``). The
output is sorted and byte-identical for the same inputs.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAMEO = ROOT / "reference" / "cameo" / "CAMEO.2.0.txt"
AGENTS = ROOT / "reference" / "phoenix" / "Phoenix.agents.txt"
COUNTRIES = ROOT / "reference" / "phoenix" / "Phoenix.Countries.actors.txt"
OUT = ROOT / "graphkit" / "data"

_CODE = re.compile(r"\[([0-9A-Za-z:\-]+)\]")
# Markers PETRARCH reads as actor slots or skips; graphkit finds actors itself.
_SLOTS = {"$", "+", "^", "%", "@", "|"}


def _word(w: str) -> str:
    """``CASH_`` -> ``cash``; ``WEAPON_OF_MASS`` -> ``weapon of mass``."""
    return " ".join(p for p in w.strip().lower().split("_") if p)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _elements(text: str) -> list[str]:
    """Words and ``{brace phrases}`` of a pattern part, slot markers dropped."""
    out: list[str] = []
    for m in re.finditer(r"\{([^}]*)\}|(\S+)", text):
        if m.group(1) is not None:
            words = [_word(w) if not w.startswith("&") else w for w in m.group(1).split() if w not in _SLOTS]
            if words:
                out.append(" ".join(words))
        else:
            w = m.group(2)
            if w in _SLOTS or w == "*":
                continue
            out.append(w if w.startswith("&") else _word(w))
    return [w for w in out if w]


def parse_pattern(body: str) -> dict | None:
    """One ``- pre * post (PREP words) [code]`` line as a pattern record.

    >>> parse_pattern("- * (OF {RIGHTS ABUSES})   [1122]  # ACCUSE")
    {'pre': [], 'post': [], 'preps': [['of', ['rights abuses']]], 'code': '1122'}
    """
    code = _CODE.search(body)
    if code is None or "*" not in body:
        return None
    text = _strip_comment(body[: code.start()])[1:]
    pre, post = text.split("*", 1)
    preps = []
    for m in re.finditer(r"\(([^)]*)\)", post):
        words = m.group(1).split()
        if not words:
            continue
        preps.append([_word(words[0]), _elements(" ".join(words[1:]))])
    post = re.sub(r"\([^)]*\)", " ", post)
    return {"pre": _elements(pre), "post": _elements(post), "preps": preps, "code": code.group(1)}


def parse_cameo(text: str) -> dict:
    """The verb dictionary as ``{"synsets", "verbs", "blocks"}``."""
    synsets: dict[str, list[str]] = {}
    verbs: dict[str, dict[str, str]] = {}
    blocks: dict[str, list[dict]] = {}
    section, current_set, block, block_code = None, None, None, "---"
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("#######") or line.startswith("########"):
            section = "synsets" if "SYNONYM" in line else "verbs" if "VERB PATTERNS" in line else "other"
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if section == "synsets":
            if line.startswith("&"):
                current_set = line.split()[0]
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                w = _word(_strip_comment(line[1:]))
                if w and w not in synsets[current_set]:
                    synsets[current_set].append(w)
        elif section == "verbs":
            head = re.match(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---", line)
            if head:
                block, block_code = _word(head.group(1)), head.group(2)
                blocks.setdefault(block, [])
                continue
            if block is None:
                continue
            if line.startswith("-"):
                p = parse_pattern(line)
                if p is not None and p not in blocks[block]:
                    blocks[block].append(p)
                continue
            body = _strip_comment(line)
            code = _CODE.search(body)
            own = code.group(1) if code else block_code
            name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
            if not name:
                continue
            lemma = _word(name[0].lstrip("+"))
            if lemma and lemma not in verbs:
                verbs[lemma] = {"block": block, "code": own}
    return {
        "synsets": {k: sorted(v) for k, v in sorted(synsets.items())},
        "verbs": dict(sorted(verbs.items())),
        "blocks": {k: v for k, v in sorted(blocks.items())},
    }


#: CAMEO blocks of light verbs: they carry out what their object names
#: ("launch", "mount", "wage", "lodge", "file", "send", "impose", "voice").
#: Blocks of verbs that undo or refuse the object ("cancel", "lift",
#: "refuse") are not among them.
LIGHT_BLOCKS = ("start", "make", "bring", "send", "lodge", "file", "hurl", "sound",
                "wage", "mount", "unleash", "perpetuate", "impose", "grant", "despatch")


def _quad_root(code: str) -> str | None:
    head = code.split(":")[0]
    if not head[:2].isdigit() or int(head[:2]) <= 1:
        return None
    r = int(head[:2])
    return "vcoop" if r <= 5 else "mcoop" if r <= 8 else "vconf" if r <= 13 else "mconf"


def event_nouns(cameo: dict, agents: dict[str, str]) -> dict[str, str]:
    """Event noun -> CAMEO code, from the light verbs' one-object patterns.

    >>> pats = [{"pre": [], "post": ["complaint"], "preps": [], "code": "114"}]
    >>> event_nouns({"synsets": {}, "blocks": {"lodge": pats, "file": pats}}, {})
    {'complaint': '114'}
    """
    votes: dict[str, list[str]] = {}
    blocks: dict[str, set[str]] = {}
    for block in LIGHT_BLOCKS:
        for p in cameo["blocks"].get(block, []):
            if len(p["post"]) != 1 or p["pre"]:
                continue
            w = p["post"][0]
            for word in cameo["synsets"].get(w, []) if w.startswith("&") else [w]:
                if " " not in word and word not in agents and not w.startswith("&"):
                    votes.setdefault(word, []).append(p["code"].split(":")[0])
                    blocks.setdefault(word, set()).add(block)
    out: dict[str, str] = {}
    for word, codes in sorted(votes.items()):
        if len(codes) < 2:
            continue  # one pattern ("set up a camp") says little of the noun
        quads = [_quad_root(c) for c in codes]
        best = max(sorted(set(quads), key=str), key=quads.count)
        if best is not None and 3 * quads.count(best) >= 2 * len(quads):
            out[word] = next(c for c, q in zip(codes, quads) if q == best)
    return out


def parse_agents(text: str) -> dict[str, str]:
    """Agent words -> sector code (``"police": "COP"``), ``!PERSON!`` expanded."""
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*\[~([A-Z]+)\]", re.sub(r"\{[^}]*\}", " ", line))
        if not m or not m.group(1):
            continue
        names = [m.group(1)]
        for key, words in subs.items():
            names = [n.replace(key, w if n.startswith(key) else "_" + w) for n in names for w in words] if any(key in n for n in names) else names
        for n in names:
            w = _word(n.replace("!", ""))
            if w and re.fullmatch(r"[a-z][a-z \-'.]*", w):
                out.setdefault(w, m.group(2))
    return dict(sorted(out.items()))


def parse_places(text: str) -> dict[str, str]:
    """Lower-case synonyms of each country entry ("NIGERIA_  [NGA]" and the
    "+LAGOS_" lines after it) -> the country's code; a synonym two
    countries share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    code = None
    for raw in text.splitlines():
        line = _strip_comment(raw).rstrip()
        head = re.match(r"^[A-Z][A-Z_\-'.]*_?\s+\[([A-Z]{3})\]\s*$", line)
        if head:
            code = head.group(1)
            continue
        if not line.startswith("+") or code is None:
            code = None if line.strip() else code
            continue
        word = line[1:].strip().rstrip("_").replace("_", " ").lower()
        if not re.fullmatch(r"[a-z][a-z \-'.]*", word):
            continue
        if out.get(word, code) != code:
            shared.add(word)
        out.setdefault(word, code)
    return dict(sorted((w, c) for w, c in out.items() if w not in shared))


def build(out_dir: Path = OUT) -> tuple[Path, ...]:
    cameo = parse_cameo(CAMEO.read_text(encoding="utf-8", errors="replace"))
    agent_words = parse_agents(AGENTS.read_text(encoding="utf-8", errors="replace"))
    cameo = {"source": "reference/cameo/CAMEO.2.0.txt (PETRARCH2, MIT)", **cameo,
             "nouns": event_nouns(cameo, agent_words)}
    agents = {"source": "reference/phoenix/Phoenix.agents.txt (Phoenix, MIT)", "agents": agent_words}
    places = {"source": "reference/phoenix/Phoenix.Countries.actors.txt (Phoenix, MIT)",
              "places": parse_places(COUNTRIES.read_text(encoding="utf-8", errors="replace"))}
    paths = (out_dir / "cameo.json", out_dir / "agents.json", out_dir / "places.json")
    for path, data in zip(paths, (cameo, agents, places)):
        path.write_text(json.dumps(data, indent=0, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="folder to write cameo.json, agents.json and places.json to")
    args = ap.parse_args()
    for p in build(args.out):
        print(p)
    data = json.loads((args.out / "cameo.json").read_text())
    n = sum(len(v) for v in data["blocks"].values())
    print(f"{len(data['verbs'])} verbs, {len(data['blocks'])} blocks, {n} patterns, {len(data['synsets'])} synonym sets")


if __name__ == "__main__":
    main()
