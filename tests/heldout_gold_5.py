"""Gold of ``tests/data/heldout_set_5.jsonl``, annotated before graphkit read it.

16 LONG items (five or six paragraphs, 210-250 words each) written the way
AP, Reuters and AFP write them: datelines, several actors per story, quotes
split over paragraphs, "he said" continuations, reported speech, relative
clauses and appositions. Two kinds the other sets cover little:

- conflict and crisis reporting: Beirut 1982, the USS Stark 1987, Kuwait
  1990, Grozny 1999, Darfur 2004, Mali 2013, Nagorno-Karabakh 2020, Khartoum
  2023;
- election and campaign coverage: the US presidential debate of 1980, the
  Virginia Senate race of 1994, Britain 1997, France 2017, India 2014,
  Brazil 2022, Nigeria 2015, Turkey 2023;

by ``tests/data/GUIDELINES.md``.

Same shape as ``tests/heldout_gold_3.py``:

- ``STANCES``: (article, source, target, quad), one per record the guidelines
  ask for; an end may be a set of names where the registry's canonical name
  is not fixed by the text alone (spellings, the Soviet Union as Russia, a
  person outside the registry named in full, a leader's state where the
  text names both).
- ``OPTIONAL``: readings the guidelines leave open (a target only implied, a
  quote whose subject is not the speaker, a relative clause of background,
  an appeal CAMEO codes 02 where a reader may see a demand); they count
  neither for recall nor against precision.
- ``SPEAKERS``: (article, words of the quote, speaker): a set is any one of
  its names; ``None`` where the text names nobody ("residents said").
- ``EVENTS`` / ``OPTIONAL_EVENTS``: (article, source, quad, a word of
  ``target_text``) for acts on places or people that are no actors.
- ``SILENT``: none in this set (every item names actors acting on each other).

Annotation choices, applied across the set: a campaign's, a party's or a
named spokesman's words are theirs (a named spokesman speaks as himself,
"his campaign" for the candidate); "the Republican nominee", "the Labour
leader", "his far-right rival", "the rebels" after the group is named, "the
Kurdish party" stand for the actor named before; an act or statement named
again ("dismissed the charge", "rejected the finding", "condemned the
invasion") stands for whoever did or said it; "endorsed", "won the backing
of", "has the support of", "urged their voters to back" are verbal
cooperation toward the candidate backed; a poll or a vote count is no
stance; a debate where two candidates "traded insults" or "exchanged
accusations" is verbal conflict each way.
"""

from __future__ import annotations

from heldout_gold_2 import MC, MX, POLARITY, VC, VX, score_events as _score_events, score_stances as _score_stances

__all__ = ["EVENTS", "OPTIONAL", "OPTIONAL_EVENTS", "POLARITY", "SILENT", "SPEAKERS", "STANCES",
           "score_events", "score_stances"]

US = "United States"
UK = frozenset({"United Kingdom", "Britain"})
SOV = frozenset({"Soviet Union", "Russia", "USSR"})
UN = "United Nations"
UNSC = frozenset({"UN Security Council", "United Nations Security Council", "Security Council", "United Nations"})
EU = frozenset({"European Union", "EU"})
PLO = frozenset({"Palestine Liberation Organization", "Palestinian Liberation Organization", "PLO"})
ARAFAT = frozenset({"Yasir Arafat", "Yasser Arafat"})
BEGIN = frozenset({"Menachem Begin"})
REAGAN = frozenset({"Ronald Reagan"})
SHULTZ = frozenset({"George Shultz", "George P. Shultz"})
ARENS = frozenset({"Moshe Arens", "Israel"})
HABIB = frozenset({"Philip Habib", "Philip C. Habib"})  # the registry's spelling, added after the first reading
WAZZAN = frozenset({"Shafik Wazzan", "Shafiq al-Wazzan"})
SADDAM = frozenset({"Saddam Hussein"})
RAFS = frozenset({"Hojatolislam Ali Akbar Hashemi Rafsanjani", "Ali Akbar Hashemi Rafsanjani",
                  "Akbar Hashemi Rafsanjani", "Rafsanjani"})
BUSH = frozenset({"George Bush", "George H. W. Bush", "George H.W. Bush"})
FAHD = frozenset({"Fahd bin Abd al-Aziz al-Saud", "King Fahd", "Fahd", "Saudi Arabia"})
MUBARAK = frozenset({"Hosni Mubarak", "Egypt"})
KHUSSEIN = frozenset({"King Hussein", "Hussein bin Talal", "Hussein of Jordan", "Hussein"})
MASKHADOV = frozenset({"Aslan Maskhadov"})
PUTIN = frozenset({"Vladimir Putin"})
LIPPONEN = frozenset({"Paavo Lipponen"})
BASAYEV = frozenset({"Shamil Basayev"})
RUBIN = frozenset({"James Rubin", "James P. Rubin", US})
POWELL = frozenset({"Colin Powell"})
SUDAN = "Sudan"
JANJ = frozenset({"Janjaweed", "Janjaweed militia", "Janjawid"})
ISMAIL = frozenset({"Mustafa Osman Ismail"})
SLA = frozenset({"Sudan Liberation Army", "Sudan Liberation Movement", "Sudan Liberation Movement/Army", "SLA", "SLM"})
HOLLANDE = frozenset({"Francois Hollande", "François Hollande"})
LEDRIAN = frozenset({"Jean-Yves Le Drian"})
TRAORE = frozenset({"Dioncounda Traore", "Dioncounda Traoré"})
ANSAR = frozenset({"Ansar Dine"})
BOUMAMA = frozenset({"Sanda Ould Boumama"})
MUJAO = frozenset({"Movement for Unity and Jihad in West Africa", "MUJAO", "MUJWA",
                   "Movement for Oneness and Jihad in West Africa"})
ECOWAS = frozenset({"Economic Community of West African States", "ECOWAS"})
ALIYEV = frozenset({"Ilham Aliyev"})
PASHINYAN = frozenset({"Nikol Pashinyan"})
ERDOGAN = frozenset({"Recep Tayyip Erdogan", "Tayyip Erdogan"})
LAVROV = frozenset({"Sergei Lavrov"})
MACRON = frozenset({"Emmanuel Macron"})
NK = frozenset({"Nagorno-Karabakh", "Artsakh", "Republic of Artsakh"})
RSF = frozenset({"Rapid Support Forces", "RSF"})
BURHAN = frozenset({"Abdel Fattah al-Burhan", "Abdel Fattah Burhan", "Abdel-Fattah Burhan"})
DAGALO = frozenset({"Mohamed Hamdan Dagalo", "Hemedti", "Mohamed Hamdan Dagalo Hemedti"})
BLINKEN = frozenset({"Antony Blinken"})
GUTERRES = frozenset({"Antonio Guterres", "António Guterres"})
WHO = frozenset({"World Health Organization", "WHO"})
CARTER = frozenset({"Jimmy Carter"})
ANDERSON = frozenset({"John Anderson", "John B. Anderson"})
KIRKLAND = frozenset({"Lane Kirkland", "AFL-CIO"})
FORD = frozenset({"Gerald R. Ford", "Gerald Ford"})
JPOWELL = frozenset({"Jody Powell"})
NORTH = frozenset({"Oliver North", "Oliver L. North"})
ROBB = frozenset({"Charles Robb", "Chuck Robb", "Charles S. Robb"})
PLATT = frozenset({"Susan Platt"})
WARNER = frozenset({"John Warner", "John W. Warner"})
COLEMAN = frozenset({"Marshall Coleman", "J. Marshall Coleman"})
NANCY = frozenset({"Nancy Reagan"})
MERRITT = frozenset({"Mark Merritt"})
CLINTON = frozenset({"Bill Clinton"})
MAJOR = frozenset({"John Major"})
BLAIR = frozenset({"Tony Blair"})
LABOUR = frozenset({"Labour Party", "Labour"})
TORIES = frozenset({"Conservative Party", "Conservatives", "Tories"})
ASHDOWN = frozenset({"Paddy Ashdown"})
SUN = frozenset({"The Sun", "Sun"})
REFERENDUM = frozenset({"Referendum Party", "James Goldsmith", "Sir James Goldsmith"})
LEPEN = frozenset({"Marine Le Pen"})
FN = frozenset({"National Rally", "National Front", "Front National"})
DUPONT = frozenset({"Nicolas Dupont-Aignan"})
FILLON = frozenset({"Francois Fillon", "François Fillon"})
HAMON = frozenset({"Benoit Hamon", "Benoît Hamon"})
OBAMA = frozenset({"Barack Obama"})
RACHLINE = frozenset({"David Rachline"})
MODI = frozenset({"Narendra Modi"})
BJP = frozenset({"Bharatiya Janata Party", "BJP"})
INC = frozenset({"Indian National Congress", "Congress", "Congress party"})
RAHUL = frozenset({"Rahul Gandhi"})
SONIA = frozenset({"Sonia Gandhi"})
KEJRIWAL = frozenset({"Arvind Kejriwal"})
ECI = frozenset({"Election Commission", "Election Commission of India", "India"})
SHAH = frozenset({"Amit Shah"})
AZAM = frozenset({"Azam Khan"})
BOLSONARO = frozenset({"Jair Bolsonaro"})
LULA = frozenset({"Luiz Inacio Lula da Silva", "Lula"})
GARCIA = frozenset({"Rodrigo Garcia"})
MORO = frozenset({"Sergio Moro"})
TEBET = frozenset({"Simone Tebet"})
STF = frozenset({"Supreme Court", "Supreme Federal Court", "Brazil"})
TSE = frozenset({"Superior Electoral Court", "electoral court", "TSE", "Brazil"})
JONATHAN = frozenset({"Goodluck Jonathan"})
BUHARI = frozenset({"Muhammadu Buhari"})
APC = frozenset({"All Progressives Congress", "APC"})
PDP = frozenset({"Peoples Democratic Party", "People's Democratic Party", "PDP"})
LAI = frozenset({"Lai Mohammed"})
OBASANJO = frozenset({"Olusegun Obasanjo"})
BOKO = frozenset({"Boko Haram"})
KERRY = frozenset({"John Kerry"})
KILIC = frozenset({"Kemal Kilicdaroglu", "Kemal Kılıçdaroğlu"})
OZDAG = frozenset({"Umit Ozdag", "Ümit Özdağ"})
VICTORY = frozenset({"Victory Party", "Zafer Party"})
OGAN = frozenset({"Sinan Ogan", "Sinan Oğan"})
CHP = frozenset({"Republican People's Party", "CHP"})
HDP = frozenset({"Peoples' Democratic Party", "HDP", "Peoples Democratic Party"})

STANCES = [
    # Beirut, August 1982
    ("leb82", REAGAN, "Israel", VX),  # sent a message ... demanding that Israel observe the cease-fire
    ("leb82", SHULTZ, ARENS, VX),  # summoned the Israeli ambassador (a protest)
    ("leb82", BEGIN, PLO, VX),  # accusing the guerrillas (the PLO fighters) of using civilians as shields
    ("leb82", HABIB, WAZZAN, VC),  # met
    ("leb82", SOV, "Israel", VX),  # condemned the assault: the act stands for its doer
    ("leb82", SOV, US, VX),  # accused Washington
    # the USS Stark, May 1987
    ("irq87", "Iraq", US, MX),  # an Iraqi warplane fired two missiles into the U.S. frigate
    ("irq87", SADDAM, US, VC),  # apologised to Washington (CAMEO 055)
    ("irq87", REAGAN, SADDAM | {"Iraq"}, VC),  # accepted the apology
    ("irq87", REAGAN, "Iraq", VX),  # Iraq must pay compensation (a demand)
    ("irq87", REAGAN, "Iran", VX),  # blamed Iran
    ("irq87", RAFS, US, VX),  # warned Washington
    ("irq87", "Iran", "Kuwait", MX),  # whose tankers have been attacked by Iranian gunboats
    ("irq87", "Kuwait", US, VC),  # asked the United States to register its ships
    # Kuwait, August 1990
    ("kwt90", "Iraq", "Kuwait", MX),  # invaded
    ("kwt90", UNSC, "Iraq", VX),  # condemned the invasion, demanded that Iraq withdraw
    ("kwt90", BUSH, "Iraq", VX),  # called the attack "naked aggression"
    ("kwt90", BUSH, "Iraq", MX),  # an order freezing Iraqi assets
    ("kwt90", BUSH, FAHD, VC),  # he had spoken by telephone with King Fahd
    ("kwt90", BUSH, MUBARAK, VC),
    ("kwt90", SOV, "Iraq", MX),  # suspending all weapons deliveries to Baghdad (CAMEO 16)
    ("kwt90", KHUSSEIN | {"Jordan"}, SADDAM | {"Iraq"}, VC),  # would travel to Baghdad to talk with
    # Grozny, October 1999
    ("chc99", MASKHADOV, "Russia", VX),  # accused the Kremlin
    ("chc99", MASKHADOV, UNSC, VC),  # called on the United Nations (an appeal)
    ("chc99", EU, "Russia", VX),  # urged Moscow to halt the bombing of civilians
    ("chc99", BASAYEV, "Russia", VX),  # vowed to take the war to Russian cities
    # Darfur, September 2004
    ("dar04", POWELL, SUDAN, VX),  # genocide ... the government of Sudan bears responsibility
    ("dar04", POWELL, JANJ, VX),
    ("dar04", US, SUDAN, VX),  # the United States ... would press for sanctions ... if Khartoum failed (a threat)
    ("dar04", ISMAIL, POWELL | {US}, VX),  # rejected the finding
    ("dar04", ISMAIL, US, VX),  # accused Washington
    ("dar04", SLA, POWELL, VC),  # the rebels welcomed Powell's statement
    # Mali, January 2013
    ("mli13", TRAORE, HOLLANDE, VC),  # who thanked Hollande
    ("mli13", BOUMAMA | ANSAR, "France", VX),  # accused France, warned that French citizens would pay
    ("mli13", UK, "France", VC),  # said it would send two C-17 transport planes (a pledge)
    ("mli13", "Algeria", "France", MC),  # agreed to open its airspace to French aircraft
    # Nagorno-Karabakh, October 2020
    ("nkr20", PASHINYAN, "Turkey", VX),  # accused Turkey
    ("nkr20", ERDOGAN, PASHINYAN, VX),  # rejected the accusation
    # pledged Ankara's full support for Baku: the possessor names whose support it is (the
    # acts-as-nouns rule), so Turkey may stand for Erdogan here (amended after the first reading)
    ("nkr20", ERDOGAN | {"Turkey"}, "Azerbaijan", VC),
    ("nkr20", ERDOGAN, "Armenia", VX),  # calling on Armenia to withdraw (a demand)
    ("nkr20", MACRON, "Turkey", VX),  # demanded an explanation from Ankara
    # Khartoum, April 2023
    ("sdn23", SUDAN, RSF, MX),  # army jets bombed RSF bases
    ("sdn23", BURHAN, RSF, VX),  # no negotiations with the RSF until it surrendered
    ("sdn23", BURHAN, DAGALO, VX),  # calling its commander a traitor
    ("sdn23", DAGALO, BURHAN, VX),  # accused Burhan
    ("sdn23", BLINKEN, BURHAN, VC),  # had spoken to both generals
    ("sdn23", BLINKEN, DAGALO, VC),
    # the 1980 debate
    ("us80", CARTER, REAGAN, VX),  # clashed; accused the Republican nominee
    ("us80", REAGAN, CARTER, VX),  # clashed; dismissed the charge; blamed the administration
    ("us80", KIRKLAND, CARTER, VC),  # the federation would redouble its efforts for Carter
    ("us80", FORD, REAGAN, VC),  # praised Reagan's performance
    # Virginia Senate, 1994
    ("us94", NORTH, ROBB, VX),  # accused Robb of lying
    ("us94", ROBB, NORTH, VX),  # called North "... liar"
    ("us94", PLATT, NORTH, VX),  # North had "made a career out of deception"
    ("us94", WARNER, COLEMAN, VC),  # endorsed
    ("us94", WARNER, NORTH, VX),  # "Oliver North is not fit to serve"
    ("us94", NANCY, NORTH, VX),  # North had lied to her husband
    ("us94", CLINTON, ROBB, VC),  # will campaign for Robb
    # Britain, 1997
    ("uk97", MAJOR, LABOUR, VX),  # accused Labour; his attacks on Tony Blair's party
    ("uk97", BLAIR, MAJOR | TORIES, VX),  # dismissed the warnings as scaremongering
    ("uk97", ASHDOWN, MAJOR, VX),  # accused Major
    ("uk97", SUN, TORIES, VC),  # which backed the Conservatives in 1992
    ("uk97", SUN, BLAIR, VC),  # endorsed Blair
    ("uk97", REFERENDUM, MAJOR, VX),  # attacked Major (in words)
    # France, 2017
    ("fra17", MACRON, LEPEN, VX),  # traded insults; "the high priestess of fear"
    ("fra17", LEPEN, MACRON, VX),  # traded insults; accused the former economy minister
    ("fra17", DUPONT, LEPEN | FN, VC),  # the endorsement of Dupont-Aignan
    ("fra17", LEPEN, DUPONT, VC),  # whom she has promised to make prime minister
    ("fra17", FILLON, MACRON, VC),  # urged their voters to back Macron
    ("fra17", HAMON, MACRON, VC),
    ("fra17", OBAMA, MACRON, VC),  # endorsed Macron in a video
    # India, 2014
    ("ind14", MODI, INC, VX),  # accused the ruling Congress party
    ("ind14", MODI, RAHUL, VX),  # said Rahul Gandhi was "a prince" who had never run anything
    ("ind14", RAHUL, MODI, VX),  # hit back; Modi's record was "a balloon"
    ("ind14", RAHUL, BJP, VX),  # the BJP was run by a handful of industrialists
    ("ind14", KEJRIWAL, MODI, VX),  # accused both Modi and Gandhi
    ("ind14", KEJRIWAL, RAHUL, VX),
    ("ind14", ECI, AZAM, VX),  # censured
    # Brazil, 2022
    ("bra22", BOLSONARO, LULA, VX),  # exchanged accusations; "You are a liar"; clashed
    ("bra22", LULA, BOLSONARO, VX),  # exchanged accusations; "the little king of fake news"
    ("bra22", LULA, "Norway", VC),  # promised to work with Norway and Germany
    ("bra22", LULA, "Germany", VC),
    ("bra22", GARCIA, BOLSONARO, VC),  # Bolsonaro won the backing of Garcia and Moro
    ("bra22", MORO, BOLSONARO, VC),
    ("bra22", MORO, LULA, MX),  # who jailed Lula in 2018
    ("bra22", TEBET, LULA, VC),  # Lula has the support of Tebet
    # Nigeria, 2015
    ("nga15", JONATHAN, BUHARI, VX),  # accused his challenger
    ("nga15", APC, JONATHAN, VX),  # the president was trying to distract voters
    ("nga15", OBASANJO, BUHARI, VC),  # he will vote for Buhari
    ("nga15", "Nigeria", BOKO, MX),  # recaptured the town of Gwoza from Boko Haram
    ("nga15", "Chad", "Nigeria", MC),  # with help from troops from neighbouring Chad and Niger
    ("nga15", "Niger", "Nigeria", MC),
    # Turkey, 2023
    ("tur23", OZDAG, KILIC, VC),  # won the endorsement of Ozdag; "We have decided to support"
    ("tur23", OGAN, ERDOGAN, VC),  # endorsed Erdogan
    ("tur23", CHP, OGAN, VX),  # called Ogan's choice a betrayal
    ("tur23", ERDOGAN, KILIC, VX),  # accused his rival
    ("tur23", HDP, KILIC, VC),  # which backed Kilicdaroglu; its call to vote for him
    ("tur23", KILIC, ERDOGAN, VX),  # accused Erdogan
]

OPTIONAL = [
    ("leb82", "Israel", PLO, MX),  # the siege of the Palestinian guerrillas
    ("leb82", "Israel", "Lebanon", MX),
    ("leb82", ARAFAT | PLO, "Israel", VX),  # "They are trying to bury us"
    ("leb82", REAGAN, BEGIN, VX),  # a message to Begin demanding ...
    ("leb82", REAGAN, BEGIN, VC),
    ("leb82", SHULTZ, ARENS, VC),
    ("leb82", BEGIN, PLO, MX),  # would not stop until the PLO fighters left Lebanon
    ("leb82", BEGIN | {"Israel"}, PLO, VX),
    ("leb82", WAZZAN, HABIB, VC),
    ("leb82", HABIB, frozenset({"Lebanon", "Israel"}), VC),  # shuttling between Beirut and Jerusalem
    ("leb82", WAZZAN, "Israel", VX),  # Israel's attacks were wrecking the talks
    ("leb82", PLO, frozenset({"Lebanon", "Israel"}), VC),  # agreed in principle to leave
    ("leb82", "Syria", PLO, VX),  # would not accept the PLO fighters on its soil
    ("leb82", SOV, "Israel", MX),
    ("irq87", "Iraq", "Iran", MX),  # the Iran-Iraq war
    ("irq87", "Iran", "Iraq", MX),
    ("irq87", REAGAN, "Iraq", VC),
    ("irq87", RAFS | {"Iran"}, US, VX),
    ("irq87", RAFS, "Kuwait", VX),  # not to escort Kuwaiti tankers
    ("irq87", SOV, "Iraq", MC),  # which supplies Iraq with most of its weapons
    ("irq87", SOV, US, VC),  # expressed regret over the loss of life
    ("kwt90", "Kuwait", "Iraq", MX),  # a brief battle with the small Kuwaiti army
    ("kwt90", "Iraq", frozenset({"Jaber al-Ahmad al-Sabah", "Jabir al-Ahmad al-Jabir al-Sabah"}), MX),
    ("kwt90", "Iraq", "Kuwait", VX),  # would turn Kuwait into a graveyard
    ("kwt90", BUSH, "Kuwait", MX),  # freezing Iraqi and Kuwaiti assets
    ("kwt90", BUSH | {US}, frozenset({"Saudi Arabia", "Egypt"}), VC),
    ("kwt90", SOV, "Iraq", MC),  # Iraq's main arms supplier
    ("kwt90", UK, "Kuwait", MX),
    ("kwt90", "France", "Kuwait", MX),
    ("kwt90", UK, "Kuwait", MC),
    ("kwt90", "France", "Kuwait", MC),
    ("kwt90", UK, "Iraq", MX),  # to keep them out of Iraqi hands
    ("kwt90", "France", "Iraq", MX),
    ("kwt90", KHUSSEIN | {"Jordan"}, "Iraq", VC),
    ("kwt90", frozenset({"Jaber al-Ahmad al-Sabah", "Jabir al-Ahmad al-Jabir al-Sabah", "Kuwait"}), "Saudi Arabia", VC),
    ("chc99", MASKHADOV, "Russia", MX),
    ("chc99", MASKHADOV, UNSC, VX),
    ("chc99", EU, "Russia", VC),  # "urge" is an appeal to CAMEO (02)
    ("chc99", EU, MASKHADOV, VC),  # a political settlement with Maskhadov
    ("chc99", PUTIN, EU, VC),  # where he was meeting European Union leaders
    ("chc99", EU, PUTIN, VC),
    ("chc99", PUTIN, "Finland", VC),
    ("chc99", PUTIN | {"Russia"}, frozenset({"Chechnya", "Aslan Maskhadov", "Shamil Basayev"}), MX),
    ("chc99", LIPPONEN | {"Finland"}, "Russia", VX),  # the use of force ... "unacceptable"
    ("chc99", BASAYEV, "Russia", MX),
    ("chc99", "Russia", frozenset({"Chechnya", "Aslan Maskhadov", "Shamil Basayev"}), MX),
    ("chc99", RUBIN, "Russia", VC),  # urged Russia to show restraint
    ("chc99", RUBIN, "Russia", VX),
    ("dar04", SUDAN, JANJ, MC),  # the militia it backs
    ("dar04", SUDAN, JANJ, VC),
    ("dar04", POWELL | {US}, UNSC | {"African Union"}, VC),  # would ask the Security Council
    ("dar04", POWELL | {US}, SUDAN, MX),
    ("dar04", POWELL, JANJ | {SUDAN}, VX),
    ("dar04", ISMAIL | {SUDAN}, SLA, VX),  # attacks by the rebel SLA on government convoys
    ("dar04", SLA, SUDAN, MX),
    ("dar04", SLA, US, VC),
    ("dar04", SUDAN, SLA, MX),
    ("mli13", "France", ANSAR, MX),  # French warplanes struck Islamist rebel positions
    ("mli13", "France", "Mali", MC),  # the strikes had helped government troops
    ("mli13", "Mali", ANSAR, MX),  # retake the town ... which Ansar Dine had seized
    ("mli13", TRAORE | {"Mali"}, "France", VC),  # at the request of Traore
    ("mli13", TRAORE, "France", VC),
    ("mli13", HOLLANDE | {"France"}, ANSAR, VX),
    ("mli13", MUJAO, "France", VX),  # "France has opened the gates of hell"
    ("mli13", MUJAO, ANSAR, VC),  # the allied movement
    ("mli13", ANSAR, "France", VX),
    ("mli13", UK, "France", MC),
    ("mli13", US, "France", VC),  # considering providing intelligence and drones
    ("mli13", US, "France", MC),
    ("mli13", ECOWAS, "Mali", MC),  # deployment of a regional force to Mali
    ("mli13", ECOWAS, "Mali", VC),
    ("mli13", "Algeria", "France", VC),
    ("nkr20", "Azerbaijan", "Armenia", MX),
    ("nkr20", "Armenia", "Azerbaijan", MX),  # fired rockets at Azerbaijan's second city
    ("nkr20", "Azerbaijan", NK, MX),  # shelled Stepanakert, the main city of Nagorno-Karabakh
    ("nkr20", ALIYEV, "Armenia", VX),  # "Armenia must leave our lands"
    ("nkr20", ALIYEV | {"Azerbaijan"}, "Armenia", MX),
    ("nkr20", "Turkey", "Azerbaijan", MC),  # sending Syrian mercenaries to fight alongside
    ("nkr20", PASHINYAN, "Azerbaijan", VX),
    ("nkr20", PASHINYAN | {"Armenia"}, "Turkey", VX),
    ("nkr20", ERDOGAN, "Armenia", VC),  # "call on X to" is an appeal to CAMEO (02)
    ("nkr20", ERDOGAN | {"Turkey"}, "Azerbaijan", MC),
    ("nkr20", "Russia", "Armenia", VC),  # which has a defence pact with Armenia
    ("nkr20", "Russia", "Armenia", MC),
    ("nkr20", LAVROV | {"Russia"}, frozenset({"Armenia", "Azerbaijan"}), VC),  # his Armenian and Azerbaijani counterparts
    ("nkr20", MACRON | {"France"}, "Turkey", VX),
    ("nkr20", "Azerbaijan", "Armenia", VX),  # Armenian shelling had killed civilians
    ("nkr20", "Armenia", "Azerbaijan", VX),
    ("sdn23", SUDAN, RSF, VX),
    ("sdn23", RSF, SUDAN, MX),  # shelled the area around the army headquarters; the fighting between
    ("sdn23", US, SUDAN, VC),  # a truce brokered by the United States
    ("sdn23", US, RSF, VC),
    ("sdn23", BURHAN | {SUDAN}, RSF, MX),
    ("sdn23", DAGALO | RSF, BURHAN | {SUDAN}, VX),
    ("sdn23", DAGALO | RSF, SUDAN, VX),
    ("sdn23", BLINKEN | {US}, frozenset({SUDAN, "Rapid Support Forces"}), VC),
    ("sdn23", BLINKEN, BURHAN | DAGALO, VX),  # urged them to respect the truce
    ("sdn23", GUTERRES | {UN}, frozenset({SUDAN, "Rapid Support Forces"}), VC),  # called on both sides
    ("sdn23", GUTERRES | {UN}, frozenset({SUDAN, "Rapid Support Forces"}), VX),
    ("sdn23", "Egypt", SUDAN, VC),  # close ties to the army; ready to mediate
    ("sdn23", "Egypt", RSF, VC),
    ("sdn23", "Chad", SUDAN, MX),  # closed its border with Sudan
    ("sdn23", "Chad", SUDAN, VX),
    ("us80", REAGAN, US, VX),  # blamed the administration
    ("us80", ANDERSON, CARTER, VX),  # both men had avoided the hard questions
    ("us80", ANDERSON, REAGAN, VX),
    ("us80", JPOWELL, REAGAN, VX),
    ("us94", ROBB, NORTH, VC),  # "would never apologise" (a negated apology)
    ("us94", NORTH, REAGAN, VX),  # North had lied to her husband
    ("us94", WARNER, NORTH, VC),  # has refused to back North
    ("us94", MERRITT | NORTH, NANCY, VX),  # Mrs. Reagan had been "misinformed"
    ("us94", frozenset({"United States", "White House"}), ROBB, VC),
    ("uk97", MAJOR, BLAIR, VX),  # "Mr Blair would sign away our veto"
    ("uk97", MAJOR, "Scotland", VX),
    ("uk97", BLAIR, TORIES, VX),  # "The Tories have run out of ideas"
    ("uk97", BLAIR, MAJOR, VX),
    ("uk97", BLAIR | LABOUR, "United Kingdom", VC),
    ("uk97", ASHDOWN, LABOUR, VX),  # both big parties were avoiding the truth
    ("uk97", ASHDOWN, TORIES, VX),
    ("uk97", REFERENDUM, EU, VX),  # a vote on leaving the European Union
    ("uk97", MAJOR, EU, VX),
    ("uk97", SUN, LABOUR, VC),
    ("fra17", LEPEN, "Germany", VX),  # France run from Berlin
    ("fra17", LEPEN, frozenset({"Angela Merkel", "Germany"}), VX),  # "either me or Mrs Merkel"
    ("fra17", MACRON, FN, VX),
    ("fra17", DUPONT, LEPEN | FN, MC),
    ("fra17", RACHLINE | LEPEN | FN, MACRON, VX),  # "the arrogance of the system's candidate"
    ("ind14", MODI, SONIA, VX),  # "The mother and son government"
    ("ind14", MODI, INC, MX),  # looting the country (an accusation, in words)
    ("ind14", RAHUL, BJP | MODI, MX),
    ("ind14", RAHUL | INC, MODI, VX),
    ("ind14", KEJRIWAL | frozenset({"Aam Aadmi Party"}), MODI, VX),  # is contesting Modi's own seat
    ("ind14", ECI, SHAH, VX),  # barred Amit Shah from holding rallies
    ("ind14", ECI, SHAH, MX),
    ("ind14", SHAH, MODI, VC),  # a close aide of Modi
    ("ind14", SONIA, INC, VC),
    ("bra22", STF, LULA, MC),  # which the Supreme Court annulled
    ("bra22", STF, LULA, VC),
    ("bra22", BOLSONARO, frozenset({"Norway", "Germany"}), MX),  # a fund the president had frozen
    ("bra22", LULA, BOLSONARO, MX),
    ("bra22", MORO, BOLSONARO, VX),  # quitting with accusations of interference
    ("bra22", MORO, BOLSONARO, MC),  # served as Bolsonaro's justice minister
    ("bra22", TSE, BOLSONARO, VX),  # ordered the removal of Bolsonaro campaign posts
    ("bra22", TSE, BOLSONARO, MX),
    ("bra22", BOLSONARO, TSE, VX),  # Bolsonaro's campaign said the court was censoring it
    ("bra22", BOLSONARO, LULA, MX),
    ("bra22", TEBET, LULA, MC),
    ("nga15", JONATHAN | PDP, BUHARI, VX),
    ("nga15", BUHARI, "Nigeria", MX),  # led a military government that jailed politicians
    ("nga15", APC | LAI, JONATHAN | PDP, VX),  # "Under Jonathan, Nigeria has become a laughing stock"
    ("nga15", JONATHAN | {"Nigeria"}, BOKO, MX),  # his failure to defeat Boko Haram
    ("nga15", BOKO, "Nigeria", MX),
    ("nga15", OBASANJO, JONATHAN, MC),  # who helped bring Jonathan to power
    ("nga15", OBASANJO, JONATHAN, VC),
    ("nga15", OBASANJO, PDP, VX),  # tore up his membership card
    ("nga15", OBASANJO, PDP, MX),
    ("nga15", "Chad", BOKO, MX),
    ("nga15", "Niger", BOKO, MX),
    ("nga15", KERRY | {US}, JONATHAN | BUHARI | {"Nigeria"}, VC),  # urged both candidates; visited Lagos
    ("nga15", KERRY | {US}, JONATHAN | BUHARI | {"Nigeria"}, VX),  # would deny visas (a conditional threat)
    ("tur23", KILIC, OZDAG | VICTORY, VC),  # agreed to give his party the interior ministry; his deal with Ozdag
    ("tur23", OZDAG | VICTORY, KILIC, VC),
    ("tur23", KILIC | CHP, OGAN, VX),
    ("tur23", ERDOGAN, OZDAG | VICTORY, VX),  # dismissed the new alliance
    ("tur23", ERDOGAN, HDP, VX),  # "terrorists", a reference to the HDP
    ("tur23", ERDOGAN, frozenset({"Kurdistan Workers' Party", "PKK"}), VX),
    ("tur23", KILIC, frozenset({"Kurdistan Workers' Party", "PKK"}), VC),
    ("tur23", OGAN, ERDOGAN | {"Turkey"}, VC),
    ("tur23", KILIC | CHP, ERDOGAN, VX),
]

SPEAKERS = [
    ("leb82", "at least 200 people were killed", "Lebanon"),  # Lebanese police
    ("leb82", "They are trying to bury us under the rubble", set(ARAFAT)),
    ("leb82", "We will not raise the white flag", set(ARAFAT)),  # continuation after the attribution
    ("leb82", "Israel would not stop until the PLO fighters", set(BEGIN)),
    ("leb82", "No one will preach to us about morality", set(BEGIN)),  # "he said", a paragraph later
    ("leb82", "the PLO had agreed in principle to leave", set(WAZZAN)),
    ("leb82", "it would not accept the PLO fighters", "Syria"),
    ("irq87", "had apparently mistaken the Stark", {US, "Pentagon", "Department of Defense"}),
    ("irq87", "We will not be driven out of the Gulf", set(REAGAN)),
    ("irq87", "The villain in the piece is Iran", set(REAGAN)),
    ("irq87", "the Gulf was unsafe for the superpowers", set(RAFS)),
    ("irq87", "The Americans should leave the region", set(RAFS)),
    ("kwt90", "fled to Saudi Arabia", "Kuwait"),  # Kuwaiti officials
    ("kwt90", "the troops had entered Kuwait at the request", "Iraq"),  # Baghdad radio
    ("kwt90", "We are not discussing intervention", set(BUSH)),
    ("kwt90", "I'm not contemplating such action", set(BUSH)),
    ("kwt90", "he had spoken by telephone with King Fahd", set(BUSH)),
    ("kwt90", "it was suspending all weapons deliveries", set(SOV)),
    ("kwt90", "he would travel to Baghdad", set(KHUSSEIN)),
    ("chc99", "Russia wants to destroy us as a nation", set(MASKHADOV)),
    ("chc99", "the blast was caused by an explosion", set(PUTIN)),
    ("chc99", "We are fighting terrorists, not the Chechen people", set(PUTIN)),
    ("chc99", "the use of force against civilians", set(LIPPONEN)),
    ("chc99", "their troops had surrounded Grozny", "Russia"),  # Russian generals
    ("chc99", "the United States was deeply concerned", set(RUBIN)),
    ("dar04", "We concluded that genocide has been committed", set(POWELL)),
    ("dar04", "the United States would ask the U.N. Security Council", set(POWELL)),
    ("dar04", "This is a political decision", set(ISMAIL)),
    ("dar04", "There is no genocide in Darfur", set(ISMAIL)),
    ("dar04", "Khartoum's aircraft had bombed three villages", set(SLA)),  # a spokesman for the SLA
    ("dar04", "more than 50,000 people have died", None),  # aid agencies
    ("mli13", "the strikes had helped government troops", "Mali"),  # Malian officials
    ("mli13", "A French helicopter pilot was killed", set(LEDRIAN)),
    ("mli13", "France is at war against terrorism", set(LEDRIAN)),
    ("mli13", "the operation was launched at the request", set(LEDRIAN)),
    ("mli13", "France has opened the gates of hell", set(MUJAO)),  # a commander of the movement
    ("mli13", "it would send two C-17 transport planes", set(UK)),
    ("mli13", "it was considering providing intelligence", US),
    ("nkr20", "his army had captured the town of Jabrayil", set(ALIYEV)),
    ("nkr20", "We are restoring our territorial integrity", set(ALIYEV)),
    ("nkr20", "Armenia must leave our lands", set(ALIYEV)),
    ("nkr20", "Turkey has returned to the South Caucasus", set(PASHINYAN)),
    ("nkr20", "Azerbaijan is not alone", set(ERDOGAN)),
    ("nkr20", "France had evidence that jihadist fighters", set(MACRON)),
    ("nkr20", "Armenian shelling had killed civilians", "Azerbaijan"),  # its defence ministry
    ("nkr20", "the strikes on Stepanakert had hit a maternity hospital", "Armenia"),
    ("sdn23", "at least 330 people had been killed", set(WHO)),
    ("sdn23", "There is no option but a military solution", set(BURHAN)),
    ("sdn23", "Burhan is a radical Islamist", set(DAGALO)),
    ("sdn23", "he had spoken to both generals", set(BLINKEN)),
    ("sdn23", "it was ready to mediate", "Egypt"),
    ("us80", "Governor Reagan's proposals would lead", set(CARTER)),
    ("us80", "This administration has given us the highest inflation", set(REAGAN)),
    ("us80", "both men had avoided the hard questions", set(ANDERSON)),
    ("us80", "the labor federation would redouble its efforts", set(KIRKLAND)),
    ("us94", "Chuck Robb has not told the truth", set(NORTH)),
    ("us94", "made a career out of deception", set(PLATT)),
    ("us94", "Oliver North is not fit to serve", set(WARNER)),
    ("us94", "North had lied to her husband", set(NANCY)),
    ("us94", "President Clinton will campaign for Robb", set(CLINTON) | {US, "White House"}),
    ("uk97", "If you value the union, vote Conservative", set(MAJOR)),
    ("uk97", "Mr Blair would sign away our veto", set(MAJOR)),
    ("uk97", "The Tories have run out of ideas", set(BLAIR)),  # "the Labour leader told"
    ("uk97", "a Labour government would not raise income tax", set(BLAIR)),
    ("uk97", "both big parties were avoiding the truth", set(ASHDOWN)),
    ("fra17", "France will be led by a woman", set(LEPEN)),
    ("fra17", "You have no project for France", set(MACRON)),
    ("fra17", "Your strategy is to say many lies", set(MACRON)),
    ("fra17", "He appeals to people's hopes", set(OBAMA)),
    ("fra17", "the arrogance of the system's candidate", set(RACHLINE)),
    ("ind14", "The mother and son government", set(MODI)),
    ("ind14", "the BJP was run by a handful of industrialists", set(RAHUL)),
    ("ind14", "Modi sells dreams", set(RAHUL)),
    ("bra22", "You are a liar, an ex-convict", set(BOLSONARO)),
    ("bra22", "left 33 million people hungry", set(LULA)),
    ("bra22", "deforestation had soared under Bolsonaro", set(LULA)),
    ("bra22", "the court was censoring it", set(BOLSONARO)),  # his campaign
    ("nga15", "Those who ruled this country with an iron fist", set(JONATHAN)),
    ("nga15", "the president was trying to distract voters", set(APC)),
    ("nga15", "Under Jonathan, Nigeria has become a laughing stock", set(LAI)),
    ("nga15", "he will vote for Buhari", set(OBASANJO)),
    ("nga15", "it had recaptured the town of Gwoza", "Nigeria"),  # the army
    ("tur23", "Kilicdaroglu had agreed to give his party", set(OZDAG)),
    ("tur23", "We have decided to support Mr Kilicdaroglu", set(OZDAG)),
    ("tur23", "Those who walk with the PKK", set(ERDOGAN)),
    ("tur23", "Erdogan, you have betrayed this country's borders", set(KILIC)),
    ("tur23", "its call to vote for Kilicdaroglu still stood", set(HDP)),  # the Kurdish party
]

EVENTS = [
    ("leb82", "Israel", MX, "beirut"),  # pounded West Beirut
    ("chc99", "Russia", MX, "market"),  # Russian missiles slammed into a crowded market
    ("dar04", SUDAN, MX, "villages"),  # Khartoum's aircraft had bombed three villages
    ("mli13", "France", MX, "positions"),  # French warplanes struck Islamist rebel positions
    ("nkr20", "Azerbaijan", MX, "stepanakert"),
    ("nkr20", "Armenia", MX, "ganja"),
    ("sdn23", RSF, MX, "area"),  # shelled the area around the army headquarters
    ("nga15", BOKO, MX, "schoolgirls"),  # abducted more than 200 schoolgirls
]

OPTIONAL_EVENTS = [
    ("leb82", "Israel", MX, "districts"),
    ("leb82", "Israel", MX, "guerrillas"),
    ("leb82", "Israel", MX, "siege"),
    ("leb82", "Israel", MX, "civilians"),
    ("leb82", BEGIN, VX, "guerrillas"),
    ("irq87", "Iraq", MX, "stark"),
    ("irq87", "Iraq", MX, "frigate"),
    ("irq87", "Iraq", MX, "sailors"),
    ("irq87", "Iran", MX, "tankers"),
    ("irq87", "Iran", MX, "shipping"),
    ("kwt90", "Iraq", MX, "palace"),
    ("kwt90", "Iraq", MX, "buildings"),
    ("kwt90", "Iraq", MX, "kuwait"),
    ("kwt90", "Iraq", VX, "force"),
    ("kwt90", UK | {"France"}, MX, "assets"),
    ("kwt90", BUSH, MX, "assets"),
    ("chc99", "Russia", MX, "people"),
    ("chc99", "Russia", MX, "grozny"),
    ("chc99", "Russia", MX, "militants"),
    ("chc99", "Russia", MX, "civilians"),
    ("chc99", BASAYEV, MX, "dagestan"),
    ("chc99", BASAYEV, MX, "cities"),
    ("chc99", BASAYEV, VX, "cities"),
    ("dar04", SLA, MX, "convoys"),
    ("dar04", SUDAN, MX, "militia"),
    ("mli13", "France", MX, "militants"),
    ("mli13", ANSAR, MX, "konna"),
    ("mli13", "Mali", MX, "konna"),
    ("mli13", "France", MX, "advance"),
    ("mli13", ECOWAS, MC, "mali"),
    ("mli13", BOUMAMA | ANSAR, VX, "citizens"),
    ("mli13", BOUMAMA | ANSAR, VX, "muslims"),
    ("nkr20", "Armenia", MX, "city"),
    ("nkr20", "Armenia", MX, "civilians"),
    ("nkr20", "Azerbaijan", MX, "hospital"),
    ("nkr20", "Azerbaijan", MX, "jabrayil"),
    ("nkr20", "Azerbaijan", MX, "villages"),
    ("nkr20", ALIYEV, MX, "jabrayil"),
    ("nkr20", "Turkey", MC, "mercenaries"),
    ("sdn23", SUDAN, MX, "bases"),
    ("sdn23", SUDAN, MX, "civilians"),
    ("sdn23", DAGALO | RSF, VX, "community"),
    ("sdn23", BURHAN, MX, "civilians"),
    ("sdn23", "Chad", MX, "border"),
    ("ind14", ECI, MX, "rallies"),
    ("ind14", SHAH, VC, "voters"),
    ("nga15", BOKO, MX, "thousands"),
    ("nga15", BUHARI, MX, "politicians"),
    ("nga15", "Nigeria", MX, "gwoza"),
    ("nga15", KERRY | {US}, VX, "anyone"),
    ("nga15", JONATHAN, VX, "voters"),
    ("tur23", KILIC, VX, "refugees"),
    ("tur23", KILIC, MX, "refugees"),
    ("tur23", KILIC, VX, "migrants"),
]

SILENT: list[str] = []


def score_stances(read: dict[str, set[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read (source, target, quad) per article against this set's :data:`STANCES`."""
    return _score_stances(read, STANCES, OPTIONAL)


def score_events(read: dict[str, list[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read events (source, quad, target_text) against this set's :data:`EVENTS`."""
    return _score_events(read, EVENTS, OPTIONAL_EVENTS)
