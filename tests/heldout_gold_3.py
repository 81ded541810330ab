"""Gold of ``tests/data/heldout_wire_3.jsonl``, annotated before graphkit read it.

47 wire items from regions and decades the other sets cover little: West
Africa and the Sahel (Ghana 1966, Biafra 1967, Senegal 1962, Burkina Faso
1987, Niger 2010, Guinea 2021, Gambia 2017, Liberia 2001 and 2017), the Horn
(the Ogaden 1977, the 1984 famine, Mogadishu 1993, Eritrea 1998, Khartoum
1998, Tigray 2020), the Andes (Bolivia 1967, Chile 1973, Venezuela 1992,
Peru 2021), the Caucasus (Abkhazia 1993, Chechnya 1994, Shusha 1992,
Yerevan 1999), Central Asia (Tajikistan 1997, Andijan 2005, Kyrgyzstan
2010), Southeast Asia (Konfrontasi 1963, Phnom Penh 1979, Manila 1986,
Bangkok 2006, Hanoi 2000, ASEAN 2021, the Rohingya boats 2009), the
Balkans (Srebrenica 1995, Slovenia and Vukovar 1991, Kosovo 2008), Kashmir
(1965, Simla 1972, 2016, 2019), the Great Lakes (Kigali 1994, Bujumbura
1993), Madagascar 2009 and the Pacific (Fiji 1987, Bougainville 1997, the
Rainbow Warrior 1985), by ``tests/data/GUIDELINES.md``.

Same shape as ``tests/heldout_gold_2.py``:

- ``STANCES``: (article, source, target, quad), one per record the guidelines
  ask for; an end may be a set of names where the registry's canonical name is
  not fixed by the text alone (spellings, the Soviet Union as Russia,
  Yugoslavia as Serbia, the OAU as the African Union).
- ``OPTIONAL``: readings the guidelines leave open (a target only implied, a
  capital fought in, a state's act read at the level of its leader, a quad
  CAMEO leaves open); they count neither for recall nor against precision.
- ``SPEAKERS``: (article, words of the quote, speaker): a set is any one of
  its names.
- ``EVENTS`` / ``OPTIONAL_EVENTS``: (article, source, quad, a word of
  ``target_text``) for acts on places or people that are no actors.
- ``SILENT``: articles with no stance and no event at all (gunmen nobody
  names; an election result).
"""

from __future__ import annotations

from heldout_gold_2 import MC, MX, POLARITY, VC, VX, score_events as _score_events, score_stances as _score_stances

__all__ = ["EVENTS", "OPTIONAL", "OPTIONAL_EVENTS", "POLARITY", "SILENT", "SPEAKERS", "STANCES",
           "score_events", "score_stances"]

US = "United States"
UK = frozenset({"United Kingdom", "Britain"})
SOV = frozenset({"Soviet Union", "Russia"})
YUG = frozenset({"Yugoslavia", "Serbia", "Serbia and Montenegro"})
UN = "United Nations"
UNSC = frozenset({"UN Security Council", "United Nations Security Council", "United Nations"})
ECOWAS = frozenset({"Economic Community of West African States", "ECOWAS"})
AU = frozenset({"African Union", "AU"})
OAU = frozenset({"Organisation of African Unity", "Organization of African Unity", "OAU", "African Union"})
ASEAN = frozenset({"Association of Southeast Asian Nations", "ASEAN"})
EC = frozenset({"European Community", "European Communities", "European Union"})
CSCE = frozenset({"Conference on Security and Cooperation in Europe", "Conference on Security and Co-operation in Europe",
                  "Organization for Security and Co-operation in Europe", "OSCE", "CSCE"})
UNHCR = frozenset({"UNHCR", "United Nations High Commissioner for Refugees", "UN refugee agency",
                   "Office of the United Nations High Commissioner for Refugees", "United Nations"})
WFP = frozenset({"World Food Programme", "World Food Program", "WFP"})
TPLF = frozenset({"Tigray People's Liberation Front", "TPLF"})
KR = frozenset({"Khmer Rouge", "Communist Party of Kampuchea", "Democratic Kampuchea"})
HIZB = frozenset({"Hizbul Mujahideen", "Hizb-ul-Mujahideen"})
GAMBIA = frozenset({"Gambia", "The Gambia"})
BURUNDI = "Burundi"

NKRUMAH = frozenset({"Kwame Nkrumah"})
OJUKWU = frozenset({"Odumegwu Ojukwu", "Chukwuemeka Odumegwu Ojukwu", "Emeka Ojukwu"})
SENGHOR = frozenset({"Leopold Sedar Senghor", "Leopold Senghor"})
DIA = frozenset({"Mamadou Dia"})
COMPAORE = frozenset({"Blaise Compaore"})
SANKARA = frozenset({"Thomas Sankara"})
TANDJA = frozenset({"Mamadou Tandja"})
DOUMBOUYA = frozenset({"Mamady Doumbouya"})
CONDE = frozenset({"Alpha Conde"})
JAMMEH = frozenset({"Yahya Jammeh", "Yahya A.J.J. Jammeh"})
BARROW = frozenset({"Adama Barrow"})
TAYLOR = frozenset({"Charles Taylor", "Charles Ghankay Taylor"})
AIDEED = frozenset({"Mohamed Farah Aideed", "Mohamed Farah Aidid", "Mohamed Farrah Aidid", "Mohammed Farah Aidid"})
CLINTON = frozenset({"Bill Clinton", "William Jefferson Clinton"})
BASHIR = frozenset({"Omar Hassan al-Bashir", "Omar al-Bashir", "Omar Hassan Ahmad al-Bashir", "Omar Al-Bashir"})
ABIY = frozenset({"Abiy Ahmed", "Abiy Ahmed Ali"})
CHE = frozenset({"Ernesto Guevara", "Che Guevara", "Ernesto Che Guevara", "Ernesto \"Che\" Guevara"})
ALLENDE = frozenset({"Salvador Allende", "Salvador Allende Gossens"})
CHAVEZ = frozenset({"Hugo Chavez", "Hugo Rafael Chavez Frias"})
PEREZ = frozenset({"Carlos Andres Perez"})
KEIKO = frozenset({"Keiko Fujimori"})
CASTILLO = frozenset({"Pedro Castillo"})
SHEVARDNADZE = frozenset({"Eduard Shevardnadze"})
DUDAYEV = frozenset({"Dzhokhar Dudayev", "Dzhokhar Dudaev"})
YELTSIN = frozenset({"Boris Yeltsin"})
RAKHMONOV = frozenset({"Emomali Rakhmonov", "Emomali Rahmon", "Emomali Rakhmon"})
NURI = frozenset({"Sayed Abdullo Nuri", "Said Abdullo Nuri"})
KARIMOV = frozenset({"Islam Karimov"})
OTUNBAYEVA = frozenset({"Roza Otunbayeva"})
PUTIN = "Vladimir Putin"
SUKARNO = frozenset({"Sukarno"})
POLPOT = frozenset({"Pol Pot"})
AQUINO = frozenset({"Corazon Aquino", "Philippines"})
THAKSIN = frozenset({"Thaksin Shinawatra"})
LUONG = frozenset({"Tran Duc Luong"})
MAH = frozenset({"Min Aung Hlaing"})
MLADIC = frozenset({"Ratko Mladic", "Republika Srpska", "Bosnian Serbs", "Army of Republika Srpska"})
KUCAN = frozenset({"Milan Kucan"})
TUDJMAN = frozenset({"Franjo Tudjman"})
KOSTUNICA = frozenset({"Vojislav Kostunica"})
AYUB = frozenset({"Mohammad Ayub Khan", "Ayub Khan", "Muhammad Ayub Khan"})
INDIRA = frozenset({"Indira Gandhi"})
BHUTTO = frozenset({"Zulfikar Ali Bhutto"})
WANI = frozenset({"Burhan Wani", "Burhan Muzaffar Wani"})
AGATHE = frozenset({"Agathe Uwilingiyimana"})
NDADAYE = frozenset({"Melchior Ndadaye"})
RAJOELINA = frozenset({"Andry Rajoelina"})
RABUKA = frozenset({"Sitiveni Rabuka"})
BAVADRA = frozenset({"Timoci Bavadra"})
SINGIROK = frozenset({"Jerry Singirok"})
CHAN = frozenset({"Julius Chan"})
LANGE = frozenset({"David Lange"})

STANCES = [
    ("gha1", "Ghana", NKRUMAH, MX),  # Ghana's army and police overthrew
    ("gha1", NKRUMAH, "China", VC),  # on a state visit to China (CAMEO 042)
    ("gha1", UK, "Ghana", VC),  # would recognise the new government (CAMEO 054)
    ("nga1", OJUKWU, "Nigeria", VX),  # accused Lagos
    ("sen1", SENGHOR, DIA, MX),  # had ... arrested
    ("sen1", SENGHOR, DIA, VX),  # accusing him
    ("bfa1", COMPAORE, SANKARA, MX),  # soldiers loyal to X killed Y
    ("bfa1", "Libya", COMPAORE, VX),  # condemned the killing: the act stands for its doer
    ("nig1", "Niger", TANDJA, MX),
    ("nig1", ECOWAS, "Niger", VX),  # condemned the coup
    ("gin1", DOUMBOUYA, CONDE, MX),  # said his troops had detained
    ("gin1", ECOWAS, "Guinea", VX),  # threatened sanctions against the new junta
    ("gmb1", "Senegal", GAMBIA, MX),  # troops crossed into
    ("gmb1", JAMMEH, BARROW, VX),  # refused to hand power to (CAMEO 12)
    ("lbr3", UNSC, TAYLOR, MX),  # imposed a travel ban on
    ("lbr3", UNSC, "Liberia", MX),  # banned diamond exports from
    ("lbr3", UNSC, TAYLOR, VX),  # accusing Taylor
    ("eth1", "Ethiopia", "Somalia", VX),
    ("eth3", SOV, "Ethiopia", MC),  # sent trucks and aircraft to help the Ethiopian government
    ("som1", AIDEED, US, MX),  # militiamen loyal to X shot down U.S. helicopters
    ("eri1", "Eritrea", "Ethiopia", MX),  # hit the Ethiopian town of Mekele
    ("sud3", "Sudan", US, MX),  # recalled its ambassador from Washington (CAMEO 16)
    ("sud3", BASHIR, US, VX),  # called the attack "a criminal act ..."
    ("eth2", ABIY, TPLF, MX),  # ordered the army to strike
    ("eth2", ABIY, TPLF, VX),  # accusing the region's ruling party
    ("bol1", "Bolivia", CHE, MX),
    ("chl2", "Chile", ALLENDE, MX),
    ("ven2", CHAVEZ, PEREZ, MX),  # paratroopers led by X tried to overthrow Y
    ("per3", KEIKO, CASTILLO, VX),  # a lead in the count is no stance
    ("geo1", SHEVARDNADZE, "Russia", VX),
    ("che1", DUDAYEV, "Russia", VX),  # vowed to fight: a threat aimed at who came before
    ("aze1", "Azerbaijan", UN, VC),  # appealed to
    ("aze1", "Azerbaijan", CSCE, VC),
    ("tjk1", RAKHMONOV, NURI, VC),
    ("tjk1", NURI, RAKHMONOV, VC),
    ("kgz1", PUTIN, OTUNBAYEVA, VC),  # spoke to her by telephone (CAMEO 040)
    ("idn1", "Indonesia", "Malaysia", MX),  # broke off trade relations
    ("idn1", SUKARNO, "Malaysia", VX),  # vowed to crush the new federation
    ("khm1", "Vietnam", KR, MX),  # driving out the Khmer Rouge government
    ("khm1", "China", "Vietnam", VX),  # denounced the invasion
    ("phl1", US, AQUINO, VC),  # recognised the government of Corazon Aquino
    ("tha2", "Thailand", THAKSIN, MX),
    ("tha2", US, "Thailand", VX),  # disappointed by the coup
    ("vnm1", CLINTON, "Vietnam", VC),  # to visit Vietnam
    ("vnm1", CLINTON, LUONG, VC),  # held talks with
    ("asean1", ASEAN, MAH, MX),  # excluded from its summit (CAMEO 16, as a suspension)
    ("asean1", "Myanmar", ASEAN, VX),  # the junta accused the bloc
    ("unhcr1", UNHCR, "Thailand", VX),  # urged Thailand to stop (a demand)
    ("svn1", YUG, "Slovenia", MX),  # tanks moved on Slovenia's border posts
    ("svn1", KUCAN, YUG, VX),  # accused Belgrade
    ("hrv1", "Croatia", YUG, MC),  # surrendered to (CAMEO 0874, yield)
    ("hrv1", TUDJMAN, EC, VC),  # appealed to
    ("srb2", "Serbia", US, MX),  # recalled its ambassador to Washington
    ("srb2", US, "Kosovo", VC),  # recognised Kosovo's independence
    ("srb2", KOSTUNICA, US, VX),  # called the recognition a violation
    ("ind1", "India", "Pakistan", MX),  # crossed the border into West Pakistan
    ("kas6", INDIRA, BHUTTO, VC),
    ("kas6", BHUTTO, INDIRA, VC),
    ("kas7", "India", WANI, MX),
    ("kas7", "Pakistan", "India", VX),  # condemned the killing
    ("pak2", "Pakistan", "India", VX),  # "exercise all possible options", calling the move illegal
    ("rwa1", "Rwanda", AGATHE, MX),
    ("rwa1", "Rwanda", "Belgium", MX),  # killed ten Belgian peacekeepers
    ("bdi1", BURUNDI, NDADAYE, MX),
    ("bdi1", OAU, BURUNDI, VX),  # condemned the killing
    ("mdg1", AU, "Madagascar", MX),  # suspended
    ("mdg1", AU, RAJOELINA, VX),  # would not recognise his government
    ("fji1", RABUKA, BAVADRA, MX),
    ("fji1", "Australia", RABUKA, VX),  # condemned the coup
    ("fji1", "New Zealand", RABUKA, VX),
    ("png1", SINGIROK, CHAN, VX),  # called on him to resign (CAMEO 1041, a demand)
    ("nzl1", "France", "Greenpeace", MX),  # sank the Greenpeace ship
    ("nzl1", LANGE, "France", VX),  # demanded an apology from Paris
]

OPTIONAL = [
    ("nga1", "Nigeria", frozenset({"Biafra", "Republic of Biafra"}), MX),  # rebel positions in the breakaway region
    ("bfa1", "Libya", "Burkina Faso", VX),
    ("bfa1", "Burkina Faso", SANKARA, MX),
    ("gin1", ECOWAS, DOUMBOUYA, VX),
    ("gin1", "Guinea", CONDE, MX),  # his troops
    ("gmb1", "Senegal", JAMMEH, MX),
    ("eth1", "Somalia", "Ethiopia", MX),  # a town Ethiopia holds, attacked
    ("som1", CLINTON, "Somalia", MX),  # more troops to Somalia
    ("som1", US, "Somalia", MX),
    ("som1", CLINTON, AIDEED, MX),
    ("eri1", "Ethiopia", "Eritrea", MX),  # Asmara airport: a capital bombed is a place
    ("sud3", US, "Sudan", MX),  # a factory in Khartoum
    ("eth2", "Ethiopia", TPLF, MX),
    ("ven2", "Venezuela", CHAVEZ, MX),  # loyal troops crushed the revolt
    ("geo1", frozenset({"Abkhazia", "Abkhaz"}), "Georgia", MX),
    ("che1", "Russia", frozenset({"Chechnya", "Chechen Republic of Ichkeria"}), MX),
    ("che1", frozenset({"Chechnya", "Chechen Republic of Ichkeria"}), "Russia", VX),
    ("aze1", "Armenia", "Azerbaijan", MX),
    ("khm1", "Vietnam", POLPOT, MX),
    ("khm1", "Vietnam", "Cambodia", MX),
    ("vnm1", LUONG, CLINTON, VC),
    ("vnm1", US, "Vietnam", VC),
    ("asean1", ASEAN, MAH, VX),
    ("asean1", ASEAN, "Myanmar", MX),
    ("asean1", ASEAN, "Myanmar", VX),
    ("asean1", MAH, ASEAN, VX),
    ("unhcr1", UNHCR, "Thailand", VC),
    ("bih1", MLADIC, UN, MX),  # the U.N. safe area
    ("bih1", MLADIC, "Netherlands", MX),  # Dutch peacekeepers taken prisoner (passive, no agent)
    ("hrv1", YUG, "Croatia", MX),  # after an 87-day siege
    ("ind1", "Pakistan", "India", MX),  # at war with India
    ("ind1", "Pakistan", "India", VX),
    ("ind1", AYUB, "India", MX),
    ("ind1", AYUB, "India", VX),
    ("kas7", "India", HIZB, MX),
    ("mdg1", "Madagascar", RAJOELINA, MC),  # the army installed him
    ("fji1", "Australia", "Fiji", VX),
    ("fji1", "New Zealand", "Fiji", VX),
    ("fji1", RABUKA, "Fiji", MX),
    # Added after the first reading (an annotation left open by GUIDELINES,
    # which reads "his government said" as the state he serves): "would not
    # recognise his government" may be read against Madagascar; the gold row
    # toward Rajoelina stays.
    ("mdg1", AU, "Madagascar", VX),
]

SPEAKERS = [
    ("gha1", "it would recognise the new government", set(UK)),
    ("gin1", "his troops had detained President Alpha Conde", set(DOUMBOUYA)),
    ("eth1", "Somali tanks and aircraft had attacked", "Ethiopia"),
    ("sud3", "a criminal act of state terrorism", set(BASHIR)),
    ("eth2", "The last red line has been crossed", set(ABIY)),
    ("bol1", "captured Ernesto", {"Bolivia", "the army high command", "army high command"}),
    ("che1", "the operation aimed to restore constitutional order", set(YELTSIN)),
    ("kgz1", "she now headed an interim government", set(OTUNBAYEVA)),
    ("tha2", "it was disappointed by the coup", US),
    ("ind1", "Pakistan was at war with India", set(AYUB)),
    ("pak2", "exercise all possible options", "Pakistan"),
    ("mdg1", "it would not recognise his government", set(AU)),
    ("lbr2", "won Liberia's presidential runoff", {"National Elections Commission", "the National Elections Commission"}),
    ("nzl1", "its secret service agents sank", "France"),
]

EVENTS = [
    ("nga1", "Nigeria", MX, "positions"),
    ("nig1", "Niger", MX, "palace"),
    ("eth1", "Somalia", MX, "degehabur"),  # said Somali tanks had attacked the town (reported)
    ("eth3", WFP, MC, "victims"),  # airlifting grain to famine victims
    ("eri1", "Ethiopia", MX, "airport"),
    ("sud3", US, MX, "factory"),
    ("chl2", "Chile", MX, "palace"),
    ("aze1", "Armenia", MX, "shusha"),
    ("uzb1", "Uzbekistan", MX, "protesters"),
    ("uzb1", KARIMOV, VX, "militants"),  # blamed Islamic militants (verbal, people)
    ("bih1", MLADIC, MX, "srebrenica"),
    ("kas7", "India", MX, "protesters"),
]

OPTIONAL_EVENTS = [
    ("eri1", "Eritrea", MX, "mekele"),
    ("geo1", frozenset({"Abkhazia", "Abkhaz"}), MX, "sukhumi"),
    ("che1", "Russia", MX, "chechnya"),
    ("khm1", "Vietnam", MX, "phnom penh"),
    ("ind1", "India", MX, "pakistan"),
    ("ind1", "India", MX, "border"),
    ("ind1", "India", MX, "lahore"),
    ("fji1", RABUKA, MX, "cabinet"),
    ("nzl1", "France", MX, "ship"),
    ("nzl1", "France", MX, "rainbow warrior"),
    ("rwa1", "Rwanda", MX, "peacekeepers"),
    ("bih1", MLADIC, MX, "area"),
    ("som1", CLINTON, MX, "troops"),
    ("sud3", US, MX, "khartoum"),
]

SILENT = ["arm1", "lbr2"]


def score_stances(read: dict[str, set[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read (source, target, quad) per article against this set's :data:`STANCES`."""
    return _score_stances(read, STANCES, OPTIONAL)


def score_events(read: dict[str, list[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read events (source, quad, target_text) against this set's :data:`EVENTS`."""
    return _score_events(read, EVENTS, OPTIONAL_EVENTS)
