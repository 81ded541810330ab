"""Gold of ``tests/data/heldout_set_6.jsonl``, annotated before graphkit read it.

30 short wire items on kinds of story the other sets have little of:
trade disputes (Reagan's chip tariffs 1987, the U.S.-China tariffs 2019),
sanctions lifted (Iran 2016), envoys expelled or relations cut (Britain and
Russia 2018, Venezuela 2019, Malawi and Britain 2011, Saudi Arabia and
Canada 2018), summits and treaties (Singapore 2018, China and Japan 1978),
U.N. votes and peacekeeping (China's seat 1971, the Syria veto 2012,
Lebanon 1978, the M23 offensive 2013), border incidents (Galwan 2020,
Preah Vihear 2011, Yeonpyeong 2010), hostage releases and a prisoner swap
(Tehran 1981, Powers and Abel 1962), an aid pledge (Saudi Arabia to
Pakistan 2018), coups and their condemnation (Mali 2020, Honduras 2009),
election disputes (Kenya 2007, Ivory Coast 2010), protests met by police
(Seoul 1987), an arrest for extradition and an extradition (Pinochet 1998,
Guzman 2017), ceasefires (Nagorno-Karabakh 2020, Sri Lanka 2002), and two
items with no stance at all (a conference opened, an election result); by
``tests/data/GUIDELINES.md``.

Same shape as ``tests/heldout_gold_3.py``:

- ``STANCES``: (article, source, target, quad), one per record the guidelines
  ask for; an end may be a set of names where the registry's canonical name is
  not fixed by the text alone (spellings, hyphens, the Soviet Union as Russia).
- ``OPTIONAL``: readings the guidelines leave open (a target only implied, a
  state's act read at the level of its leader or the reverse, people of a
  nationality as their state, a quad CAMEO leaves open); they count neither
  for recall nor against precision.
- ``SPEAKERS``: (article, words of the quote, speaker): a set is any one of
  its names.
- ``EVENTS`` / ``OPTIONAL_EVENTS``: (article, source, quad, a word of
  ``target_text``) for acts on places or people that are no actors.
- ``SILENT``: articles with no stance and no event at all.
"""

from __future__ import annotations

from heldout_gold_2 import MC, MX, POLARITY, VC, VX, score_events as _score_events, score_stances as _score_stances

__all__ = ["EVENTS", "OPTIONAL", "OPTIONAL_EVENTS", "POLARITY", "SILENT", "SPEAKERS", "STANCES",
           "score_events", "score_stances"]

US = "United States"
UK = frozenset({"United Kingdom", "Britain"})
SOV = frozenset({"Soviet Union", "Russia"})
EU = frozenset({"European Union", "EU"})
UNGA = frozenset({"UN General Assembly", "United Nations General Assembly", "United Nations"})
UNSC = frozenset({"UN Security Council", "United Nations Security Council", "United Nations"})
UN = frozenset({"United Nations", "UN"})
UN_FORCE = frozenset({*UN, "MONUSCO", "UN peacekeepers", "U.N. peacekeepers"})
AU = frozenset({"African Union", "AU"})
OAS = frozenset({"Organization of American States", "OAS"})
ARAB_LEAGUE = frozenset({"Arab League", "League of Arab States"})
NK = frozenset({"North Korea", "Democratic People's Republic of Korea"})
SK = frozenset({"South Korea", "Republic of Korea"})
TAIWAN = frozenset({"Taiwan", "Republic of China"})
CIV = frozenset({"Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"})
DRC = frozenset({"Democratic Republic of the Congo", "DR Congo", "Congo"})
LTTE = frozenset({"Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers"})
M23 = frozenset({"M23", "March 23 Movement", "M23 rebels"})
MALI = "Mali"
INDIA_ARMY = {"India", "Indian army", "the Indian army", "Indian Army"}
COUNCIL = frozenset({"Constitutional Council", "Ivory Coast's Constitutional Council", *CIV})

REAGAN = frozenset({"Ronald Reagan"})
MAY = frozenset({"Theresa May"})
MADURO = frozenset({"Nicolas Maduro"})
GUAIDO = frozenset({"Juan Guaido", "Juan Guaidó"})
TRUMP = frozenset({"Donald Trump"})
KIM = frozenset({"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"})
BUSH = frozenset({"George Bush", "George H. W. Bush", "George H.W. Bush", "George Herbert Walker Bush"})
RICE = frozenset({"Susan Rice"})
ASSAD = frozenset({"Bashar al-Assad", "Bashar Al-Assad", "Bashar Assad"})
POWERS = frozenset({"Francis Gary Powers", "Gary Powers"})
ABEL = frozenset({"Rudolf Abel"})
IMRAN = frozenset({"Imran Khan"})
COCHRANE = frozenset({"Fergus Cochrane-Dyet", "Fergus Cochrane Dyet"})
MUTHARIKA = frozenset({"Bingu Wa Mutharika", "Bingu wa Mutharika"})
IBK = frozenset({"Ibrahim Boubacar Keita", "Ibrahim Boubacar Keïta"})
ZELAYA = frozenset({"Manuel Zelaya"})
ODINGA = frozenset({"Raila Odinga"})
KIBAKI = frozenset({"Mwai Kibaki"})
GBAGBO = frozenset({"Laurent Gbagbo"})
OUATTARA = frozenset({"Alassane Ouattara"})
KYS = frozenset({"Kim Young Sam", "Kim Young-sam"})
PINOCHET = frozenset({"Augusto Pinochet", "Augusto Pinochet Ugarte"})
GUZMAN = frozenset({"Joaquin Guzman", 'Joaquin "El Chapo" Guzman', "El Chapo", "Joaquin Guzman Loera",
                    "El Chapo Guzman"})
PASHINYAN = frozenset({"Nikol Pashinyan"})
LEE = frozenset({"Lee Myung Bak", "Lee Myung-bak"})

STANCES = [
    ("jpn7", REAGAN, "Japan", VX),  # accusing Tokyo of breaking an agreement
    ("chn7", "China", US, VX),  # said it would raise tariffs (announced, not done), hitting back at Washington
    ("irn7", US, "Iran", MC),  # lifted sanctions (CAMEO 081)
    ("irn7", EU, "Iran", MC),
    ("gbr7", UK, "Russia", MX),  # expelled Russian diplomats (envoys expelled, CAMEO 16)
    ("gbr7", MAY, "Russia", VX),  # Moscow was "culpable for the attempted murder"
    ("ven7", MADURO, US, MX),  # broke diplomatic relations (CAMEO 161)
    ("ven7", US, GUAIDO, VC),  # recognised (CAMEO 054)
    ("prk7", TRUMP, KIM, VC),  # met and signed: joint subjects, each way
    ("prk7", KIM, TRUMP, VC),
    ("un71", UNGA, "China", VC),  # voted to seat the People's Republic of China
    ("un71", UNGA, TAIWAN, MX),  # expel the Nationalist government of Taiwan
    ("un71", BUSH, UNGA, VX),  # called the vote "a moment of infamy": the vote is the body's
    ("syr7", "Russia", UNSC, VX),  # vetoed a resolution: against the body whose resolution it is
    ("syr7", "China", UNSC, VX),
    ("syr7", RICE, "Russia", VX),  # "disgusted" by the veto: the veto stands for who cast it
    ("syr7", RICE, "China", VX),
    ("lbn7", UNSC, "Israel", VX),  # called on Israel to withdraw its forces (a demand)
    ("ind7", "China", "India", MX),  # Indian soldiers killed in a clash with Chinese troops
    ("khm7", "Thailand", "Cambodia", MX),  # exchanged artillery fire: each way
    ("khm7", "Cambodia", "Thailand", MX),
    ("khm7", "Cambodia", "Thailand", VX),  # accused Thailand of invading
    ("sov7", SOV, POWERS, MC),  # freed (CAMEO 0841)
    ("pak7", "Saudi Arabia", "Pakistan", VC),  # pledged support (CAMEO 03: promised, not given)
    ("mwi7", "Malawi", COCHRANE, MX),  # expelled the high commissioner
    ("mwi7", COCHRANE, MUTHARIKA, VX),  # called him "autocratic and intolerant of criticism"
    ("mwi7", UK, "Malawi", MX),  # expelling Malawi's envoy
    ("mli7", MALI, IBK, MX),  # Malian soldiers detained the president
    ("mli7", AU, MALI, MX),  # suspended Mali
    ("mli7", AU, MALI, VX),  # demanded his release: a demand of those who hold him
    ("hnd7", "Honduras", ZELAYA, MX),  # Honduran soldiers seized the president
    ("hnd7", OAS, "Honduras", VX),  # condemned the coup: the act stands for its doer
    ("ken7", ODINGA, "Kenya", VX),  # accused the government of rigging the vote
    ("civ7", UN, OUATTARA, VC),  # said Ouattara was the rightful winner
    ("kor7", KYS, SK, VX),  # accused the government of brutality
    ("chl8", UK, PINOCHET, MX),  # British police arrested a former dictator (no state's leader now)
    ("chl8", "Chile", UK, VX),  # protested the arrest: the act stands for its doer
    ("mex7", "Mexico", GUZMAN, MX),  # extradited (legal action, CAMEO 17)
    ("arm7", "Armenia", "Azerbaijan", VC),  # agreed to end the fighting: each way
    ("arm7", "Azerbaijan", "Armenia", VC),
    ("arm7", "Russia", "Armenia", VC),  # a deal brokered by Russia: the broker toward each party
    ("arm7", "Russia", "Azerbaijan", VC),
    ("lka7", "Sri Lanka", LTTE, VC),  # signed a ceasefire: each way
    ("lka7", LTTE, "Sri Lanka", VC),
    ("lka7", "Norway", "Sri Lanka", VC),  # Norwegian-brokered, as "the Saudi-led" stands for its leader
    ("lka7", "Norway", LTTE, VC),
    ("sau7", "Saudi Arabia", "Canada", MX),  # expelled Canada's ambassador, froze trade with Ottawa
    ("chn8", "China", "Japan", VC),  # signed a treaty: each way
    ("chn8", "Japan", "China", VC),
    ("chn8", SOV, "China", VX),  # denounced the treaty: the treaty stands for who signed it
    ("chn8", SOV, "Japan", VX),
    ("cod7", UN_FORCE, M23, MX),  # U.N. peacekeepers attacked M23 rebel positions
    ("cod7", DRC, M23, MX),  # Congolese troops (Goma dateline)
    ("cod7", M23, UN_FORCE, VX),  # the rebels (the one group named) accused the United Nations
    ("kor8", LEE, NK, VX),  # "enormous retaliation" if the North attacked again: a conditioned threat
]

OPTIONAL = [
    ("jpn7", REAGAN, "Japan", MX),  # tariffs on Japanese goods: goods are no craft or fort
    ("jpn7", US, "Japan", MX),
    ("jpn7", US, "Japan", VX),
    ("chn7", "China", US, MX),  # the tariff rise read as done
    ("chn7", US, "China", MX),  # Washington's increase in duties on Chinese imports
    ("gbr7", UK, "Russia", VX),
    ("gbr7", "Russia", frozenset({"Sergei Skripal"}), MX),  # the attempted murder, charged in the quote
    ("gbr7", MAY, frozenset({"Sergei Skripal"}), VC),
    ("ven7", "Venezuela", US, MX),
    ("ven7", MADURO, US, VX),
    ("ven7", US, "Venezuela", VC),
    ("prk7", US, NK, VC),
    ("prk7", NK, US, VC),
    ("prk7", TRUMP, NK, VC),
    ("prk7", KIM, US, VC),
    ("un71", UNGA, "China", MC),  # a seat given read as an act
    ("un71", US, UNGA, VX),
    ("syr7", "Russia", ASSAD, VC),  # a measure against him blocked shields him
    ("syr7", "China", ASSAD, VC),
    ("syr7", ARAB_LEAGUE, ASSAD, VX),  # a plan calling on him to step down
    ("syr7", UNSC, ASSAD, VX),
    ("syr7", US, "Russia", VX),  # "Washington was disgusted"
    ("syr7", US, "China", VX),
    ("syr7", RICE, UNSC, VC),
    ("lbn7", UNSC, "Lebanon", MC),  # a peacekeeping force "there"
    ("lbn7", "Israel", "Lebanon", MX),  # its forces in southern Lebanon
    ("ind7", "India", "China", MX),  # a clash is mutual
    ("khm7", "Thailand", "Cambodia", VX),
    ("irn8", "Iran", US, MC),  # American hostages: people of a nationality name no state
    ("irn8", "Algeria", "Iran", VC),  # an accord brokered by Algeria: parties only implied
    ("irn8", "Algeria", US, VC),
    ("sov7", SOV, US, MC),
    ("sov7", US, ABEL, MC),  # in exchange for Abel: the other side's release is implied
    ("sov7", US, SOV, MC),
    ("pak7", "Saudi Arabia", "Pakistan", MC),
    ("pak7", IMRAN, "Saudi Arabia", VC),  # the package "will ease the pressure": a result, no judgment
    ("mwi7", "Malawi", UK, MX),  # the envoy's state
    ("mwi7", UK, "Malawi", VX),  # "responded"
    ("mwi7", COCHRANE, "Malawi", VX),
    ("mli7", AU, IBK, VC),  # demanded his release
    ("mli7", MALI, IBK, VX),  # forced him to resign
    ("hnd7", OAS, ZELAYA, VC),
    ("ken7", ODINGA, KIBAKI, VX),  # "the government" is Kibaki's
    ("civ7", COUNCIL, OUATTARA, MX),  # overturning results that showed he had won
    ("civ7", COUNCIL, GBAGBO, VC),  # declaring a winner: an election result, open
    ("civ7", UN, GBAGBO, VX),
    ("chl8", frozenset({"Spain"}), PINOCHET, MX),  # a Spanish judge seeking his extradition
    ("chl8", frozenset({"Spain"}), PINOCHET, VX),
    ("chl8", "Chile", PINOCHET, VC),  # protesting his arrest
    ("mex7", "Mexico", US, MC),  # extradited to the United States
    ("mex7", US, GUZMAN, MX),  # to face charges
    ("arm7", PASHINYAN, "Russia", VX),  # the agreement "incredibly painful"
    ("arm7", PASHINYAN, "Azerbaijan", VX),
    ("sau7", "Canada", "Saudi Arabia", VX),  # called for the release of activists Riyadh jailed
    ("cod7", "United Nations", DRC, MC),  # together with Congolese troops
    ("cod7", DRC, UN, MC),
    ("kor8", NK, SK, MX),  # killing South Korean marines: people of a nationality; the island a place
    ("kor8", SK, NK, VX),  # "the South would launch"
]

SPEAKERS = [
    ("chn7", "raise tariffs on $60 billion", "China"),
    ("gbr7", "culpable for the attempted murder", set(MAY)),
    ("un71", "a moment of infamy", set(BUSH)),
    ("syr7", "disgusted", set(RICE)),
    ("ind7", "Twenty Indian soldiers were killed", INDIA_ARMY),
    ("pak7", "will ease the immediate pressure", set(IMRAN)),
    ("mwi7", "autocratic and intolerant of criticism", set(COCHRANE)),
    ("civ7", "Ouattara was the rightful winner", set(UN)),
    ("arm7", "incredibly painful for me", set(PASHINYAN)),
    ("kor8", "enormous retaliation", set(LEE)),
]

EVENTS = [
    ("irn8", "Iran", MC, "hostages"),  # freed the 52 American hostages (CAMEO 0841, on people)
    ("kor7", SK, MX, "students"),  # riot police fired tear gas at students
    ("kor8", NK, MX, "yeonpyeong"),  # shells onto the island of Yeonpyeong
]

OPTIONAL_EVENTS = [
    ("jpn7", REAGAN, MX, "goods"),
    ("jpn7", US, MX, "goods"),
    ("chn7", "China", MX, "goods"),
    ("chn7", "China", VX, "goods"),
    ("gbr7", UK, MX, "diplomats"),
    ("ven7", MADURO, MX, "diplomats"),
    ("ven7", "Venezuela", MX, "diplomats"),
    ("ind7", "China", MX, "soldiers"),
    ("lbn7", UNSC, MC, "lebanon"),
    ("mwi7", UK, MX, "envoy"),
    ("sau7", "Saudi Arabia", MX, "trade"),
    ("sau7", "Saudi Arabia", MX, "ambassador"),
    ("kor8", NK, MX, "marines"),
    ("kor8", NK, MX, "island"),
    ("cod7", UN_FORCE, MX, "positions"),
    ("cod7", DRC, MX, "positions"),
    ("chl8", UK, MX, "clinic"),
]

SILENT = ["law7", "chl7"]


def score_stances(read: dict[str, set[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read (source, target, quad) per article against :data:`STANCES`."""
    return _score_stances(read, STANCES, OPTIONAL)


def score_events(read: dict[str, list[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read events (source, quad, target_text) against :data:`EVENTS`."""
    return _score_events(read, EVENTS, OPTIONAL_EVENTS)
