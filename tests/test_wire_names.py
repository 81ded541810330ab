"""Names in wire copy: a quoted nickname inside a name, a leader the text calls former.

'Ernesto "Che" Guevara', 'Joaquin "El Chapo" Guzman' are one person each,
named in full (graphkit.extraction.coref); "former president Denis Sassou
Nguesso" is out of office in the story and acts for no state, so the
government can take a stance toward him (graphkit.extraction.tenure).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from graphkit.extraction.tenure import former_leaders
from graphkit.records import Article


def read(extractor, text):
    return next(iter(extractor.extract([Article(id="t", text=text)])))


def _doc(words, spans):
    doc = Doc(Vocab(), words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.spans["actors"] = [Span(doc, s, e, label="leader", kb_id=k) for s, e, k in spans]
    return doc


def test_a_leader_every_mention_of_whom_is_former_acts_for_no_state():
    doc = _doc(["police", "arrested", "former", "president", "Zuma", "and", "President", "Ramaphosa", "spoke"],
               [(4, 5, "Jacob Zuma"), (7, 8, "Cyril Ramaphosa")])
    assert former_leaders(doc) == {"Jacob Zuma"}
    # named once without "former": he keeps his state
    doc = _doc(["ex-", "premier", "Sharif", "met", "Sharif"], [(2, 3, "Nawaz Sharif"), (4, 5, "Nawaz Sharif")])
    assert former_leaders(doc) == set()


@pytest.mark.model
def test_a_state_takes_a_stance_toward_its_former_leader(extractor):
    rec = read(extractor, "BRAZZAVILLE, June 7 (Reuters) - Congo's government accused militiamen loyal to former "
                          "president Denis Sassou Nguesso of attacking army posts in the capital.")
    assert ("Republic of the Congo", "Denis Sassou Nguesso", "verbal_conflict") in {
        (s.source, s.target, s.quad) for s in rec.stances}
    rec = read(extractor, "ISLAMABAD, Oct 12 (Reuters) - Pakistan's army detained former prime minister Nawaz "
                          "Sharif on Tuesday.")
    assert ("Pakistan", "Nawaz Sharif", "material_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}


@pytest.mark.model
def test_a_quoted_nickname_stays_inside_the_name(extractor):
    rec = read(extractor, 'LA PAZ, Oct 9 (AP) - Bolivian army troops captured Ernesto "Che" Guevara near the '
                          'village of La Higuera on Monday.')
    assert ("Bolivia", 'Ernesto "Che" Guevara', "material_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}
    rec = read(extractor, 'MEXICO CITY, Feb 22 (Reuters) - Mexican marines captured Joaquin "El Chapo" Guzman '
                          'in the resort of Mazatlan on Saturday.')
    assert 'Joaquin "El Chapo" Guzman' in {a.name for a in rec.actors}
    assert "Guzman" not in {a.name for a in rec.actors}


@pytest.mark.model
def test_a_dateline_run_into_the_subject_does_not_act(extractor):
    rec = read(extractor, "GEORGETOWN, Guyana, Dec 8 - Venezuela denied on Friday that it had sent troops to its "
                          "border with Guyana.")
    assert not any(s.source == "Guyana" for s in rec.stances)
    rec = read(extractor, "PORT MORESBY, Papua New Guinea, March 17 - Australia warned Indonesia on Monday.")
    got = {(s.source, s.target, s.quad) for s in rec.stances}
    assert ("Australia", "Indonesia", "verbal_conflict") in got
    assert not any(s == "Papua New Guinea" for s, _, _ in got)


@pytest.mark.model
def test_the_new_junta_is_the_state_named_before(extractor):
    rec = read(extractor, "BAMAKO, March 22 (Reuters) - Soldiers seized power in Mali on Thursday. The European "
                          "Union suspended aid and condemned the new junta.")
    assert ("European Union", "Mali", "verbal_conflict") in {(s.source, s.target, s.quad) for s in rec.stances}
    rec = read(extractor, "NIAMEY, Feb 19 (AP) - Soldiers overthrew President Mamadou Tandja of Niger. France "
                          "criticised the interim junta.")
    assert any(s.source == "France" and s.target == "Niger" for s in rec.stances)
    # "the new country" is still another state: left alone
    rec = read(extractor, "JUBA, July 9 (Reuters) - Sudan recognised South Sudan. Eritrea praised the new country.")
    assert not any(s.source == "Eritrea" and s.target == "Sudan" for s in rec.stances)


@pytest.mark.model
def test_whoever_is_on_a_visit_makes_it(extractor):
    rec = read(extractor, "ACCRA, Feb 24 (Reuters) - Ghana's army overthrew President Kwame Nkrumah on Thursday "
                          "while he was on a state visit to China.")
    assert ("Kwame Nkrumah", "China", "verbal_cooperation") in {(s.source, s.target, s.quad) for s in rec.stances}
    rec = read(extractor, "MANILA, 1986 - President Ferdinand Marcos was on a three-day trip to Indonesia.")
    assert ("Ferdinand E. Marcos", "Indonesia", "verbal_cooperation") in {(s.source, s.target, s.quad) for s in rec.stances}
    # being on a mission of one's own names no host
    rec = read(extractor, "KABUL, 2002 - British troops were on a mission in Helmand.")
    assert not any(q == "verbal_cooperation" for q in (s.quad for s in rec.stances))
