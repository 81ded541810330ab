"""People and bodies the registry does not list, datelines, "the country".

Wire and campaign copy names bodies the Phoenix/CAMEO registry lacks (a
labour federation, an employers' group, a super PAC), refers to a state as
"the country" or "the kingdom" after naming it, and opens with a dateline
before the first name. One test per construction, several regions and
decades each; unit tests on hand-built Docs where the rule needs no model.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graphkit.records import Article


def read(extractor, text: str):
    return next(iter(extractor.extract([Article(id="t", text=text)])))


def stances(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(s.source, s.target, s.quad) for s in read(extractor, text).stances}


# -- bodies outside the registry -------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("The AFL-CIO endorsed Walter Mondale in October 1983, the earliest endorsement in its history.",
     ("AFL-CIO", "Walter F. Mondale", "verbal_cooperation")),
    ("The Congress of South African Trade Unions accused Jacob Zuma of betraying the workers who elected him.",
     ("Congress of South African Trade Unions", "Jacob Zuma", "verbal_conflict")),
    ("The Confederation of British Industry criticized Gordon Brown over the new tax on pensions.",
     ("Confederation of British Industry", "Gordon Brown", "verbal_conflict")),
    ("The Federation of Kenya Employers warned Uhuru Kenyatta against raising the minimum wage.",
     ("Federation of Kenya Employers", "Uhuru Kenyatta", "verbal_conflict")),
    ("The Chamber of Commerce praised Ronald Reagan for cutting taxes.",
     ("Chamber of Commerce", "Ronald Reagan", "verbal_cooperation")),
])
def test_a_body_the_registry_lacks_acts_as_an_organisation(extractor, text, stance):
    rec = read(extractor, text)
    assert stance in {(s.source, s.target, s.quad) for s in rec.stances}
    assert {a.name: a.type for a in rec.actors}[stance[0]] == "organization"


@pytest.mark.model
def test_the_union_said_is_the_union_named_before(extractor):
    rec = read(extractor, "The United Auto Workers endorsed Joe Biden on Wednesday. "
                          "The union said Biden had stood with striking workers.")
    assert [(q.speaker, q.speaker_type) for q in rec.quotes] == [("United Auto Workers", "organization")]


@pytest.mark.model
def test_a_body_named_in_passing_is_no_actor(extractor):
    rec = read(extractor, "Ross Perot, who founded Electronic Data Systems in 1962, attacked George Bush over the deficit.")
    assert "Electronic Data Systems" not in {a.name for a in rec.actors}
    assert all(m.actor != "Electronic Data Systems" for m in rec.mentions)
    # a person the NER typed as a body is no organisation
    rec = read(extractor, "Gustavo Petro criticized Ivan Duque on Monday.")
    assert {a.name: a.type for a in rec.actors}.get("Gustavo Petro") != "organization"


def _parsed(words, heads, deps, pos, ents):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_only_a_body_that_does_something_is_taken():
    from graphkit.extraction.actors import ActorResolver, cached_registry
    from graphkit.extraction.lexicon import Lexicon

    resolver = ActorResolver(cached_registry(), Lexicon.load())
    # "The Teamsters Union Local endorsed Carter ." : subject of a verb
    doc = _parsed(["The", "Acme", "Workers", "Local", "endorsed", "Carter", "."],
                  [3, 3, 3, 4, 4, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                  ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                  ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    resolver(doc)
    assert [(s.text, s.label_) for s in doc.spans["actors"]] == [("Acme Workers Local", "organization")]
    assert doc._.gk_actors["Acme Workers Local"]["acting"] is True
    # the same name as an object: no actor
    doc = _parsed(["Carter", "visited", "Acme", "Workers", "Local", "."],
                  [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
                  ["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT"],
                  ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    resolver(doc)
    assert list(doc.spans["actors"]) == []


# -- "the country", "the kingdom" --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Saudi Arabia cut ties with Qatar on Monday. The kingdom accused Doha of financing militant groups.",
     ("Saudi Arabia", "Qatar", "verbal_conflict")),
    ("Turkey blocked Sweden's bid to join NATO on Tuesday. The country's president accused Stockholm of harbouring terrorists.",
     ("Turkey", "Sweden", "verbal_conflict")),
    ("Taiwan held military drills on Tuesday. The island nation accused China of provocations.",
     ("Taiwan", "China", "verbal_conflict")),
    ("Ghana closed its border with Togo in 1982. The country accused Lome of sheltering dissidents.",
     ("Ghana", "Togo", "verbal_conflict")),
])
def test_the_country_is_the_state_last_named_as_a_subject(extractor, text, stance):
    assert stance in stances(extractor, text)


@pytest.mark.model
def test_the_country_speaks_for_its_state(extractor):
    rec = read(extractor, "Iran rejected the proposal on Sunday. The country's foreign minister said the talks had failed.")
    assert [(q.speaker, q.speaker_type) for q in rec.quotes] == [("Iran", "state")]


@pytest.mark.model
def test_a_described_or_related_state_is_no_back_reference_to_the_subject(extractor):
    # the island nation is the one just named, not the subject that sent aid
    rec = read(extractor, "Japan pledged $5 million in emergency aid to Tonga on Monday after a volcanic eruption "
                          "and tsunami cut the island nation off from the world.")
    assert "nation" not in next(a for a in rec.actors if a.name == "Japan").aliases
    # the neighbouring country is another state
    rec = read(extractor, "Rwanda closed its border on Friday. The neighbouring country accused Kigali of spying.")
    assert "country" not in next(a for a in rec.actors if a.name == "Rwanda").aliases
    # several countries are no one state
    rec = read(extractor, "Mexico said all the countries of the Americas must be invited to the summit.")
    assert all("countries" not in a.aliases for a in rec.actors)


def test_a_description_with_several_candidates_goes_to_the_last_subject():
    from graphkit.extraction.descriptions import description_mentions
    from graphkit.extraction.lexicon import Lexicon

    words = ["Chile", "recalled", "its", "envoy", "from", "Peru", ".", "The", "country", "accused", "Lima", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 8, 9, 9, 9, 9]
    deps = ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 6 + [True] + [False] * 4)
    found = [(0, 1, "Chile", "state"), (5, 6, "Peru", "state"), (10, 11, "Peru", "state")]
    assert list(description_mentions(doc, found, Lexicon.load())) == [(8, 9, "Chile", "state")]
    # the state the clause names as another party is not the description
    words = ["Chile", "accused", "Peru", "of", "invading", "the", "country", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = [(0, 1, "Chile", "state"), (2, 3, "Peru", "state")]
    assert list(description_mentions(doc, found, Lexicon.load())) == []


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("The European Union threatened to impose new sanctions on Belarus after the disputed election.", "European Union", "Belarus"),
    ("Britain threatened to impose oil sanctions on Rhodesia in 1965.", "United Kingdom", "Zimbabwe"),
    ("Nigeria threatened to impose sanctions on Niger after the coup.", "Nigeria", "Niger"),
])
def test_a_threatened_sanction_is_a_threat_not_a_sanction(extractor, text, source, target):
    got = stances(extractor, text)
    assert (source, target, "verbal_conflict") in got
    assert (source, target, "material_conflict") not in got


@pytest.mark.model
def test_a_sanction_threatened_in_an_infinitive_the_parser_hung_as_an_adverbial_is_not_imposed(extractor):
    # "to impose" parsed as an adverbial clause of "threatened"
    assert ("United States", "Nicaragua", "material_conflict") not in stances(
        extractor, "Washington threatened in 1985 to impose a trade embargo on Nicaragua.")


# -- people named by a role noun with a place -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("Gov. Mario Cuomo of New York and Gov. Michael Dukakis of Massachusetts met in Albany. "
     "The New York governor said Ronald Reagan had failed the cities.", "Mario Cuomo"),
    ("Ohio Secretary of State Kenneth Blackwell certified the results on Monday. "
     "Ohio's secretary of state told reporters the count had been fair.", "Kenneth Blackwell"),
    ("Chief Minister Mamata Banerjee of West Bengal and Chief Minister Arvind Kejriwal of Delhi met in Kolkata. "
     "The West Bengal chief minister said Narendra Modi had betrayed the states.", "Mamata Banerjee"),
    ("Premier Doug Ford of Ontario and Premier Francois Legault of Quebec met in Ottawa. "
     "The Quebec premier said Justin Trudeau had ignored the provinces.", "Francois Legault"),
])
def test_a_role_with_a_place_is_the_person_whose_office_is_there(extractor, text, speaker):
    assert [q.speaker for q in read(extractor, text).quotes] == [speaker]


@pytest.mark.model
@pytest.mark.parametrize("text, office", [
    ("The Texas governor said Bill Clinton had raised taxes.", "Texas governor"),
    ("Ohio's secretary of state told reporters the count had been fair.", "Ohio's secretary of state"),
    ("The Punjab chief minister said India would not release the water.", "Punjab chief minister"),
])
def test_an_office_no_one_is_named_in_speaks_without_an_edge(extractor, text, office):
    rec = read(extractor, text)
    assert [(q.speaker, q.speaker_type) for q in rec.quotes] == [(office, None)]
    assert not [s for s in rec.stances if office in (s.source, s.target)]


@pytest.mark.model
def test_what_someone_is_called_in_quotes_is_no_role_of_theirs(extractor):
    rec = read(extractor, "Mary Matalin, the Bush campaign's political director, called Clinton \"a failed governor of "
                          "a small state.\"\n\nSenator Al Gore of Tennessee praised the Arkansas governor as \"a man who keeps his word.\"")
    assert not [s for s in rec.stances if s.target == "Mary Matalin"]


def test_an_office_is_named_by_its_place():
    from graphkit.extraction.coref import office_name

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Ohio", "'s", "secretary", "of", "state", "said"], spaces=[False] + [True] * 5, heads=[2, 0, 5, 2, 3, 5],
              deps=["poss", "case", "nsubj", "prep", "pobj", "ROOT"], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert office_name(doc[2]) == "Ohio's secretary of state"
    doc = Doc(vocab, words=["the", "former", "governor", "said"], heads=[2, 2, 3, 3],
              deps=["det", "amod", "nsubj", "ROOT"])
    assert office_name(doc[2]) is None  # no place: nobody named
    doc = Doc(vocab, words=["the", "Texas", "rancher", "said"], heads=[2, 2, 3, 3],
              deps=["det", "compound", "nsubj", "ROOT"], ents=["O", "B-GPE", "O", "O"])
    assert office_name(doc[2]) is None  # no office


# -- datelines ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("BOSTON - Mitt Romney criticized Barack Obama on Thursday. Romney said the economy was failing.", "Mitt Romney"),
    ("BOSTON, Aug. 3 - Michael Dukakis criticized George Bush on Thursday. Dukakis said the deficit was growing.",
     "Michael Dukakis"),
    ("BOGOTA, Colombia (AP) — Gustavo Petro criticized Ivan Duque on Monday. Petro said the peace deal was at risk.",
     "Gustavo Petro"),
    ("MANILA - Leni Robredo criticized Rodrigo Duterte on Monday. Robredo said the drug war had failed.", "Leni Robredo"),
])
def test_the_name_after_a_dateline_is_the_person_the_copy_opens_with(extractor, text, name):
    rec = read(extractor, text)
    assert [q.speaker for q in rec.quotes] == [name]
    person = next(a for a in rec.actors if a.name == name)
    assert person.aliases[0] == name
    # offsets still point into the text as given
    first = next(m for m in rec.mentions if m.actor == name)
    assert text[first.start:first.end] == name
    assert any(s.source == name for s in rec.stances)


@pytest.mark.model
def test_a_body_after_a_dateline_is_no_person(extractor):
    rec = read(extractor, "WASHINGTON - House Republicans criticized Barack Obama on Tuesday.")
    assert "House Republicans" not in {a.name for a in rec.actors}


# -- acts done through an ad or a statement ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("The National Rifle Association ran ads attacking Barack Obama in Ohio.",
     ("National Rifle Association", "Barack Obama", "verbal_conflict")),
    ("Harold Wilson's Labour Party ran advertisements attacking Edward Heath in 1970.",
     ("Labour Party", "Edward Heath", "verbal_conflict")),
    ("Raila Odinga issued a statement condemning William Ruto on Sunday.",
     ("Raila Odinga", "William Ruto", "verbal_conflict")),
    ("Bernie Sanders released a video praising Joe Biden.", ("Bernie Sanders", "Joe Biden", "verbal_cooperation")),
])
def test_whoever_puts_out_an_ad_or_a_statement_acts_through_it_in_words(extractor, text, stance):
    got = stances(extractor, text)
    assert stance in got
    assert (stance[0], stance[1], stance[2].replace("verbal", "material")) not in got


@pytest.mark.model
def test_a_participle_on_a_thing_that_is_no_statement_acts_for_nobody(extractor):
    assert stances(extractor, "Turkish jets struck targets attacking Kurdish positions.") == set()


@pytest.mark.model
def test_an_unnamed_officer_of_a_body_named_before_speaks_for_it(extractor):
    rec = read(extractor, "Labour won the by-election in Hartlepool. The party's chairman said Boris Johnson had misled voters.")
    assert [(q.speaker, q.speaker_type) for q in rec.quotes] == [("Labour Party", "organization")]
    got = stances(extractor, "The African National Congress lost its majority in May. "
                             "The party's secretary-general blamed Jacob Zuma for the defeat.")
    assert ("African National Congress", "Jacob Zuma", "verbal_conflict") in got
    # named in apposition, the officer speaks for himself
    rec = read(extractor, "Fidesz won the election in 2010. The party's leader, Viktor Orban, said Brussels had no say.")
    assert [q.speaker for q in rec.quotes] == ["Viktor Orban"]


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Kenyan Foreign Minister Raphael Tuju met his Ugandan counterpart on Monday. "
     "The Kenyan foreign minister warned Uganda against sending troops.", ("Raphael Tuju", "Uganda", "verbal_conflict")),
    ("Brazilian Finance Minister Guido Mantega spoke in Sao Paulo in 2010. The Brazilian finance minister "
     "accused the United States of waging a currency war.", ("Guido Mantega", "United States", "verbal_conflict")),
    # nobody named in the office: the state it serves
    ("The Kenyan foreign minister warned Uganda against sending troops.", ("Kenya", "Uganda", "verbal_conflict")),
])
def test_a_state_office_is_the_person_named_in_it_else_the_state(extractor, text, stance):
    assert stance in stances(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("The Teamsters union endorsed Ronald Reagan in 1980.", ("Teamsters union", "Ronald Reagan", "verbal_cooperation")),
    ("The Solidarity trade union accused Wojciech Jaruzelski of betraying the workers.",
     ("Solidarity trade union", "Wojciech Jaruzelski", "verbal_conflict")),
])
def test_a_one_word_name_before_the_kind_of_body_is_that_body(extractor, text, stance):
    assert stance in stances(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("text, name, kind", [
    ("HARARE, March 30 (Reuters) - The opposition Movement for Democratic Change accused President Robert Mugabe "
     "of rigging the vote.", "Movement for Democratic Change", "organization"),
    ("MONTEVIDEO, Oct 31 (AP) - The leftist Broad Front coalition accused President Jorge Batlle of "
     "mismanaging the banking crisis.", "Broad Front", "organization"),
    ("DEMBI DOLO, Ethiopia, Jan 9 (Reuters) - The Oromo Liberation Front ambushed government troops in western "
     "Ethiopia, killing 12 soldiers.", "Oromo Liberation Front", "armed_group"),
])
def test_movement_and_front_name_a_party_unless_the_name_holds_armed_struggle(extractor, text, name, kind):
    types = {a.name: a.type for a in read(extractor, text).actors}
    # the kind of body after the name may stay in it ("the Broad Front coalition")
    assert [t for n, t in types.items() if n.startswith(name)] == [kind], types


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("CARACAS, Aug 4 (Reuters) - Drones loaded with explosives detonated near President Nicolas Maduro during a "
     "military parade in Caracas, and the government accused Colombia of involvement.",
     ("Venezuela", "Colombia", "verbal_conflict")),
    ("DAMASCUS, Aug 21 (Reuters) - Rockets hit the eastern suburbs of Damascus overnight. The regime accused "
     "Turkey of arming the rebels.", ("Syria", "Turkey", "verbal_conflict")),
])
def test_the_government_is_the_state_the_article_is_about(extractor, text, stance):
    assert stance in stances(extractor, text)


@pytest.mark.model
def test_of_two_subjects_the_parser_gives_a_speech_verb_the_nearest_speaks(extractor):
    rec = read(extractor, "CARACAS, Aug 4 (Reuters) - Drones loaded with explosives detonated near President Nicolas "
                          "Maduro during a military parade in Caracas, and the government accused Colombia of "
                          "involvement.")
    assert [q.speaker for q in rec.quotes] == ["Venezuela"]
