"""CAMEO verb patterns on hand-built parses (no model) and the lexicon build."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from graphkit.errors import InputError
from graphkit.extraction.cameo import Cameo, quad_of
from graphkit.extraction.lexicon import Lexicon
from graphkit.extraction.stances import extract_stances

ROOT = Path(__file__).resolve().parents[1]
LEX = Lexicon.load()
CAMEO = Cameo.load()
NLP = spacy.blank("en")
STATES = ["Chile", "Peru", "Kenya", "Somalia", "Vietnam", "Cambodia", "Serbia", "Croatia", "Ghana", "Togo"]


def _doc(words, heads, deps, pos, lemmas, actors):
    """A parsed one-sentence Doc; ``actors`` are (start, end, name)."""
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.spans["actors"] = [Span(doc, s, e, label="state", kb_id=n) for s, e, n in actors]
    return doc


def _stances(doc):
    return [(s.source, s.target, s.quad, s.cameo) for s in extract_stances(doc, [], LEX)]


def _simple(source, verb, lemma, target):
    """"<source> <verb> <target> ." parsed as subject, verb, object."""
    return _doc([source, verb, target, "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                ["PROPN", "VERB", "PROPN", "PUNCT"], [source, lemma, target, "."],
                [(0, 1, source), (2, 3, target)])


def _cameo_only_verbs(root: int) -> list[str]:
    """One-word CAMEO verbs of a root that the hand lexicon does not list."""
    out = []
    for lemma, (block, code) in sorted(CAMEO.verbs.items()):
        if " " in lemma or LEX.verb_quad(lemma) or lemma in LEX.reporting_verbs or lemma in LEX.negations:
            continue
        if code[:2].isdigit() and int(code[:2]) == root and not any(
            p.post == () and p.preps == () for ps in CAMEO.patterns.get(block, {}).values() for p in ps
        ):
            out.append(lemma)
    return out


# -- the dictionary ---------------------------------------------------------------


def test_shipped_dictionary_is_large_and_rebuilds_identically(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    build_lexicon.build(tmp_path)
    for name in ("cameo.json", "agents.json"):
        shipped = resources.files("graphkit").joinpath(f"data/{name}").read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == shipped, f"{name}: run make lexicon"
    assert CAMEO.n_patterns >= 3000
    assert len(CAMEO.verbs) >= 1000


def test_pattern_line_parses_words_sets_and_prepositions():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    p = build_lexicon.parse_pattern("- &MILITARY * POLICE (TO BORDER)   [153]   # RUSH")
    assert p == {"pre": ["&MILITARY"], "post": ["police"], "preps": [["to", ["border"]]], "code": "153"}
    assert build_lexicon.parse_pattern("- * (TO {BANNED PARTIES}) $  [1722]")["preps"] == [["to", ["banned parties"]]]


@pytest.mark.parametrize(
    "code, quad",
    [("020", "verbal_cooperation"), ("057", "verbal_cooperation"), ("073", "material_cooperation"),
     ("0862", "material_cooperation"), ("112", "verbal_conflict"), ("138", "verbal_conflict"),
     ("145", "material_conflict"), ("195", "material_conflict"), ("010", None), ("---", None), ("", None)],
)
def test_codes_map_to_quads_by_root(code, quad):
    assert quad_of(code) == quad


def test_a_user_file_replaces_the_dictionary(tmp_path):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps({"synsets": {}, "verbs": {"snub": {"block": "snub", "code": "125"}},
                             "blocks": {"snub": [{"pre": [], "post": [], "preps": [["at", ["summit"]]], "code": "---"}]}}))
    mine = Cameo.load(f)
    doc = _simple("Ghana", "snubbed", "snub", "Togo")
    assert mine.code(doc[1]) == "125"
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(InputError):
        Cameo.load(bad)


# -- verbs from the dictionary, one root at a time ----------------------------------


@pytest.mark.parametrize("root", [r for r in range(2, 21) if _cameo_only_verbs(r)])
@settings(max_examples=8, derandomize=True, deadline=None)
@given(data=st.data())
def test_dictionary_verbs_give_their_quad_and_direction(root, data):
    verb = data.draw(st.sampled_from(_cameo_only_verbs(root)))
    a, b = data.draw(st.lists(st.sampled_from(STATES), min_size=2, max_size=2, unique=True))
    form = verb + "ed" if not verb.endswith("e") else verb + "d"
    got = _stances(_simple(a, form, verb, b))
    quad = quad_of(CAMEO.verbs[verb][1])
    assert [(s, t, q) for s, t, q, _ in got] == [(a, b, quad)]
    assert got[0][3][:2] == f"{root:02d}"


def test_a_statement_code_states_no_stance():
    verbs = [v for v in _cameo_only_verbs(1)]
    assert verbs, "the dictionary has 01x verbs"
    for verb in verbs[:10]:
        assert _stances(_simple("Serbia", verb + "ed", verb, "Croatia")) == []


# -- patterns on the parse ------------------------------------------------------------


def test_prepositional_pattern_refines_the_code():
    # "Vietnam accused Cambodia of rights abuses" (1122), not bare "accused" (112)
    doc = _doc(["Vietnam", "accused", "Cambodia", "of", "rights", "abuses", "."], [1, 1, 1, 1, 5, 3, 1],
               ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
               ["PROPN", "VERB", "PROPN", "ADP", "NOUN", "NOUN", "PUNCT"],
               ["Vietnam", "accuse", "Cambodia", "of", "right", "abuse", "."],
               [(0, 1, "Vietnam"), (2, 3, "Cambodia")])
    assert CAMEO.code(doc[1]) == "1122"
    assert _stances(doc) == [("Vietnam", "Cambodia", "verbal_conflict", "1122")]
    plain = _simple("Vietnam", "accused", "accuse", "Cambodia")
    assert CAMEO.code(plain[1]) == "112"


def test_object_word_pattern_turns_a_neutral_verb_into_an_event():
    # "rushed food to Somalia": RUSH is [---] by itself, "* &FOOD" is 073 (aid)
    doc = _doc(["Kenya", "rushed", "food", "to", "Somalia", "."], [1, 1, 1, 1, 3, 1],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
               ["Kenya", "rush", "food", "to", "Somalia", "."],
               [(0, 1, "Kenya"), (4, 5, "Somalia")])
    assert CAMEO.code(doc[1]) == "073"
    assert _stances(doc) == [("Kenya", "Somalia", "material_cooperation", "073")]
    bare = _doc(["Kenya", "rushed", "to", "Somalia", "."], [1, 1, 1, 2, 1],
                ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                ["Kenya", "rush", "to", "Somalia", "."], [(0, 1, "Kenya"), (3, 4, "Somalia")])
    assert CAMEO.code(bare[1]) != "073"


def test_passive_with_by_agent_keeps_the_direction():
    verb = _cameo_only_verbs(17)[0] if _cameo_only_verbs(17) else "abduct"
    form = verb + "ed" if not verb.endswith("e") else verb + "d"
    doc = _doc(["Togo", "was", form, "by", "Ghana", "."], [2, 2, 2, 2, 3, 2],
               ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
               ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
               ["Togo", "be", verb, "by", "Ghana", "."], [(0, 1, "Togo"), (4, 5, "Ghana")])
    got = _stances(doc)
    assert [(s, t) for s, t, _, _ in got] == [("Ghana", "Togo")]
    assert got[0][2] == "material_conflict"


def test_negated_dictionary_verb_gives_no_stance():
    verb = _cameo_only_verbs(19)[0]
    doc = _doc(["Serbia", "did", "not", verb, "Croatia", "."], [3, 3, 3, 3, 3, 3],
               ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
               ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
               ["Serbia", "do", "not", verb, "Croatia", "."], [(0, 1, "Serbia"), (4, 5, "Croatia")])
    assert _stances(doc) == []


def test_hand_lexicon_overrides_the_dictionary():
    # "reject" is [---] in CAMEO's REFUSE block by itself; the hand lexicon says verbal conflict
    assert quad_of(CAMEO.code(_simple("Peru", "rejected", "reject", "Chile")[1])) is None
    got = _stances(_simple("Peru", "rejected", "reject", "Chile"))
    assert [(s, t, q) for s, t, q, _ in got] == [("Peru", "Chile", "verbal_conflict")]


# -- patterns from the dictionary, one root at a time ----------------------------------


def _object_doc(a: str, verb: str, noun: str, prep: str, b: str):
    """"<a> <verb>ed the <noun> <prep> <b> ." parsed as subject, verb, object, its preposition."""
    form = verb + "d" if verb.endswith("e") else verb + "ed"
    return _doc([a, form, "the", noun, prep, b, "."], [1, 1, 3, 1, 3, 4, 1],
                ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                [a, verb, "the", noun, prep, b, "."], [(0, 1, a), (5, 6, b)])


def _prep_for(root: int) -> str:
    return "with" if 3 <= root <= 5 else "to" if root <= 8 else "against"


def _object_patterns(root: int) -> list[tuple[str, str, str]]:
    """(verb, object noun, code) of one-object patterns coded in ``root``, as the parse reads them."""
    out = []
    verbs_of: dict[str, list[str]] = {}
    for lemma, (block, _) in sorted(CAMEO.verbs.items()):
        if " " not in lemma and not LEX.verb_quad(lemma) and lemma not in LEX.reporting_verbs | LEX.negations:
            verbs_of.setdefault(block, []).append(lemma)
    for block, index in sorted(CAMEO.patterns.items()):
        if block not in verbs_of:
            continue
        for pats in index.values():
            for p in pats:
                if p.pre or p.preps or len(p.post) != 1 or not p.code[:2].isdigit() or int(p.code[:2]) != root:
                    continue
                for alt in sorted(p.post[0]):
                    noun = alt[0]
                    if len(alt) != 1 or not noun.isalpha() or noun in STATES:
                        continue
                    verb = verbs_of[block][0]
                    if CAMEO.code(_object_doc("Chile", verb, noun, _prep_for(root), "Peru")[1]) == p.code:
                        out.append((verb, noun, p.code))
                    break
    return sorted(set(out))


@pytest.mark.parametrize("root", [r for r in range(1, 21) if _object_patterns(r)])
@settings(max_examples=10, derandomize=True, deadline=None)
@given(data=st.data())
def test_dictionary_patterns_give_their_quad_and_direction(root, data):
    """"Chile imposed the sanctions against Peru": the pattern's code, source to target."""
    verb, noun, code = data.draw(st.sampled_from(_object_patterns(root)))
    a, b = data.draw(st.lists(st.sampled_from(STATES), min_size=2, max_size=2, unique=True))
    got = _stances(_object_doc(a, verb, noun, _prep_for(root), b))
    quad = quad_of(code)
    if quad is None:  # 01x: a statement toward nobody
        assert got == []
        return
    assert (a, b, quad) in {(s, t, q) for s, t, q, _ in got}
    assert all((s, t) == (a, b) for s, t, _, _ in got)
    assert code.split(":")[0] in {c for _, _, q, c in got if q == quad}


def test_every_root_has_dictionary_patterns_to_test():
    assert [r for r in range(1, 21) if not _object_patterns(r)] == []


def test_the_readme_lexicon_override_example_loads_and_applies(tmp_path):
    """The `--lexicon` example in the README is valid and does what it says."""
    import re

    from conftest import ROOT
    from graphkit.extraction.lexicon import Lexicon

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "my-lexicon.yaml" in b)
    path = tmp_path / "my-lexicon.yaml"
    path.write_text(block, encoding="utf-8")
    lex = Lexicon.load(path)
    assert lex.verb_quad("snub") == "verbal_conflict" and lex.verb_quad("lash out") == "verbal_conflict"
    assert lex.noun_quad("airlift") == "material_cooperation"
    assert "pilgrims" in lex.people_nouns and "rohingya" in lex.ethnonyms and "unfreeze" in lex.reversal_verbs
    assert lex.noun_quad("pressure") is None and lex.verb_quad("pressure") is None
    assert Lexicon.load().noun_quad("pressure") == "verbal_conflict"  # the shipped one is untouched


_WORDS = st.sampled_from(["armed", "forces", "troops", "peace", "keeping", "force", "aid", "food"])


@given(st.frozensets(st.lists(_WORDS, min_size=1, max_size=3).map(tuple), max_size=8), st.sets(_WORDS, max_size=6))
def test_a_split_pattern_element_matches_as_its_alternatives_do(element, words):
    from graphkit.extraction.cameo import _has, _split

    # The speed-up of pattern matching (one-word alternatives as a set, the
    # longer ones by their first word) says what the alternatives say.
    assert _has(_split(element), words) == any(all(w in words for w in alt) for alt in element)


def test_an_object_pattern_reads_the_objects_own_words_not_a_nested_phrases():
    # "Troops demolished the homes of militants": DESTROY's block holds DISARM's
    # "* MILITANT" (082, easing dissent), which the militants the homes belong to
    # must not match; the homes are demolished (1712).
    words = ["Troops", "demolished", "the", "homes", "of", "militants", "."]
    doc = _doc(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               ["troop", "demolish", "the", "home", "of", "militant", "."], [])
    code, _ = CAMEO.match(doc[1])
    assert code == "1712" and quad_of(code) == "material_conflict"
    # ... while "disarmed the militants" is DISARM's pattern itself
    doc = _doc(["Troops", "disarmed", "the", "militants", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
               ["troop", "disarm", "the", "militant", "."], [])
    assert CAMEO.match(doc[1])[0] == "082"
