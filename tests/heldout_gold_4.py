"""Gold of ``tests/data/heldout_quotes_4.jsonl``, annotated before graphkit read it.

13 longer political items (three to five paragraphs each) written the way
Reuters, AP, AFP and Kyodo write them, heavy with quotes: quotes split over
paragraphs, "he added" and "she said" continuations, attribution at the end
of a sentence, "according to" after the words, spokespeople for ministries,
parliament debates, election nights and crises. Regions and decades the other
sets cover little: Poland 2023, Hungary 2018, Greece 2015, Catalonia 2017,
Belfast 1998, the Falklands 1982, Chile 1988, Brazil 2016, Peru 1992, Chiapas
1994, Zimbabwe 2008, Japan 1995 and Vilnius 1991, by
``tests/data/GUIDELINES.md``.

Same shape as ``tests/heldout_gold_3.py``:

- ``STANCES``: (article, source, target, quad); an end may be a set of names
  where the registry's canonical name is not fixed by the text alone.
- ``OPTIONAL``: readings the guidelines leave open; they count neither for
  recall nor against precision.
- ``SPEAKERS``: (article, words of the quote, speaker): a set is any one of
  its names; ``None`` where the text names nobody ("witnesses said").

Speakers follow the Quotes section: a ministry or "a spokesman for the
Foreign Ministry" of a state speaks for the state; a named spokesman speaks
as himself; "an official" of a government named before speaks for its state;
"according to his office" keeps the words the person's.
"""

from __future__ import annotations

from heldout_gold_2 import MC, MX, POLARITY, VC, VX, score_stances as _score_stances

__all__ = ["OPTIONAL", "POLARITY", "SPEAKERS", "STANCES", "score_stances"]

UK = frozenset({"United Kingdom", "Britain"})
SOV = frozenset({"Soviet Union", "USSR"})
US = "United States"
EU = frozenset({"European Union", "EU"})
UNSC = frozenset({"UN Security Council", "United Nations Security Council", "Security Council", "United Nations"})
EP = frozenset({"European Parliament"})
EZLN = frozenset({"Zapatista Army of National Liberation", "Zapatista National Liberation Army", "EZLN", "Zapatistas"})
ZANUPF = frozenset({"ZANU-PF", "ZANU", "Zimbabwe African National Union-Patriotic Front"})
SENATE_BR = frozenset({"Brazil", "Federal Senate", "Senate", "Brazilian Senate", "Senate of Brazil"})

TUSK = frozenset({"Donald Tusk"})
KACZ = frozenset({"Jaroslaw Kaczynski", "Jarosław Kaczyński"})
VDL = frozenset({"Ursula von der Leyen"})
ORBAN = frozenset({"Viktor Orban", "Viktor Orbán"})
SZIJ = frozenset({"Peter Szijjarto", "Péter Szijjártó"})
SARGENTINI = frozenset({"Judith Sargentini"})
TSIPRAS = frozenset({"Alexis Tsipras"})
VAROUFAKIS = frozenset({"Yanis Varoufakis"})
GABRIEL = frozenset({"Sigmar Gabriel"})
DIJSSELBLOEM = frozenset({"Jeroen Dijsselbloem"})
RAJOY = frozenset({"Mariano Rajoy", "Mariano Rajoy Brey"})
PUIG = frozenset({"Carles Puigdemont"})
BLAIR = frozenset({"Tony Blair"})
AHERN = frozenset({"Bertie Ahern"})
ADAMS = frozenset({"Gerry Adams"})
TRIMBLE = frozenset({"David Trimble"})
PAISLEY = frozenset({"Ian Paisley"})
CLINTON = frozenset({"Bill Clinton", "William Jefferson Clinton"})
GALTIERI = frozenset({"Leopoldo Galtieri"})
THATCHER = frozenset({"Margaret Thatcher"})
FERNANDEZ = frozenset({"Sergio Fernandez"})
AYLWIN = frozenset({"Patricio Aylwin", "Patricio Aylwin Azocar"})
SHULTZ = frozenset({"George Shultz", "George P. Shultz"})
MATTHEI = frozenset({"Fernando Matthei"})
ROUSSEFF = frozenset({"Dilma Rousseff"})
TEMER = frozenset({"Michel Temer"})
FUJIMORI = frozenset({"Alberto Fujimori"})
GARCIA = frozenset({"Alan Garcia"})
TUTWILER = frozenset({"Margaret Tutwiler"})
MARCOS = frozenset({"Subcomandante Marcos", "Marcos"})
RUIZ = frozenset({"Samuel Ruiz"})
TSV = frozenset({"Morgan Tsvangirai"})
MUGABE = frozenset({"Robert Mugabe", "Robert Gabriel Mugabe"})
MATONGA = frozenset({"Bright Matonga"})
MBEKI = frozenset({"Thabo Mbeki", "Thabo Mvuyelwa Mbeki"})
RICE = frozenset({"Condoleezza Rice"})
BAN = frozenset({"Ban Ki-moon", "Ban Ki Moon"})
MURAYAMA = frozenset({"Tomiichi Murayama"})
CHEN = frozenset({"Chen Jian"})
LANDSBERGIS = frozenset({"Vytautas Landsbergis"})
GORBACHEV = frozenset({"Mikhail Gorbachev", "Mikhail S. Gorbachev", "Mikhail Sergeyevich Gorbachev", "Gorbachev"})
YELTSIN = frozenset({"Boris Yeltsin", "Boris N. Yeltsin"})

STANCES = [
    ("pol1", KACZ, TUSK, VX),  # accused Tusk of serving Berlin's interests
    ("pol1", VDL, TUSK, VC),  # congratulated him on the vote
    ("hun1", EP, "Hungary", VX),  # disciplinary proceedings against (CAMEO 09, investigate)
    ("grc1", GABRIEL, TSIPRAS, VX),  # said Tsipras had "torn down the last bridges" (an accusation)
    ("irl1", UK, "Ireland", VC),  # joint subjects reached a peace agreement: each way
    ("irl1", "Ireland", UK, VC),
    ("irl1", PAISLEY, TRIMBLE, VX),  # accused Trimble of betraying unionists
    ("irl1", CLINTON, ADAMS, VC),  # telephoned (CAMEO 040), in a relative clause
    ("irl1", CLINTON, TRIMBLE, VC),
    ("arg1", "Argentina", UK, MX),  # overpowered the small British garrison
    ("arg1", UK, "Argentina", MX),  # broke off diplomatic relations (CAMEO 16)
    ("arg1", UNSC, "Argentina", VX),  # called on Argentina to withdraw (a demand, as png1/unhcr1 of set 3)
    ("bra1", SENATE_BR, ROUSSEFF, MX),  # the state's Senate removed its own president
    ("bra1", ROUSSEFF, SENATE_BR, VX),  # called the vote "a parliamentary coup": the act stands for its doer
    ("bra1", "Venezuela", "Brazil", MX),  # recalled their ambassadors from Brasilia
    ("bra1", "Bolivia", "Brazil", MX),
    ("bra1", "Ecuador", "Brazil", MX),
    ("bra1", "Brazil", "Venezuela", VX),  # rejects the falsehoods spread by the three governments
    ("bra1", "Brazil", "Bolivia", VX),
    ("bra1", "Brazil", "Ecuador", VX),
    ("per1", US, "Peru", MX),  # suspended all non-humanitarian aid (CAMEO 16)
    ("per1", "Venezuela", "Peru", MX),  # broke off diplomatic relations with Lima
    ("mex1", EZLN, "Mexico", MX),  # declared war on the Mexican army, towns seized
    ("mex1", "Mexico", EZLN, VX),  # the Interior Ministry: the rebels were professionals of violence; the army would restore order
    ("zwe1", ZANUPF, TSV, VX),  # dismissed the withdrawal as a stunt: the act stands for its doer
    ("zwe1", RICE, MUGABE, VX),  # accused Mugabe
    ("jpn1", "South Korea", MURAYAMA | {"Japan"}, VC),  # welcomed the statement
    ("jpn1", "China", "Japan", VX),  # visits by Japan's cabinet members drawing protests from Beijing
    ("ltu1", YELTSIN, SOV, VX),  # condemned the crackdown: the act stands for its doer
]

OPTIONAL = [
    ("pol1", "Poland", TUSK, VC),  # parliament elected him
    ("pol1", TUSK, EU | {"Belgium"}, VC),  # would travel to Brussels
    ("pol1", KACZ, "Germany", VX),
    ("hun1", EP, "Hungary", MX),
    ("hun1", SZIJ | {"Hungary"}, EP, VX),  # "Today's decision is ... petty revenge"
    ("hun1", ORBAN | {"Hungary"}, EP, VX),  # the report insulted the Hungarian nation
    ("hun1", SZIJ | {"Hungary"}, EU, VX),  # whatever Brussels decides
    ("hun1", EP, ORBAN, VX),
    ("grc1", VAROUFAKIS, EU | {"Belgium"}, VC),  # return to Brussels to seek a new deal
    ("grc1", GABRIEL | {"Germany"}, "Greece", VX),
    ("grc1", DIJSSELBLOEM, "Greece", VX),  # called the result very regrettable
    ("grc1", TSIPRAS, EU, VC),
    ("esp1", "Spain", frozenset({"Catalonia", "Generalitat de Catalunya", "Catalan government"}), MX),
    ("esp1", RAJOY | {"Spain"}, PUIG, MX),  # dismissed Catalan leader Carles Puigdemont
    ("esp1", RAJOY | {"Spain"}, PUIG, VX),
    ("esp1", EU, PUIG | {"Catalonia", "Spain"}, VX),  # would not recognise the declaration
    ("esp1", TUSK | EU, "Spain", VC),  # "Spain remains our only interlocutor"
    ("irl1", UK, "Northern Ireland", VC),
    ("irl1", "Northern Ireland", UK, VC),
    ("irl1", "Ireland", "Northern Ireland", VC),
    ("irl1", "Northern Ireland", "Ireland", VC),
    ("irl1", PAISLEY, UK, VX),  # denounced the accord
    ("irl1", PAISLEY, "Ireland", VX),
    ("irl1", PAISLEY, ADAMS, VX),
    ("irl1", BLAIR, AHERN, VC),
    ("irl1", AHERN, BLAIR, VC),
    ("arg1", "Argentina", frozenset({"Falkland Islands", "Falklands"}), MX),
    ("arg1", GALTIERI, UK, VX),  # "If they want to come, let them come"
    ("arg1", GALTIERI, UK, MX),
    ("arg1", THATCHER | UK, "Argentina", MX),  # a task force would sail
    ("arg1", THATCHER | UK, "Argentina", VX),
    ("arg1", UNSC, "Argentina", VC),  # "call on X to" is an appeal to CAMEO (02)
    ("chl1", SHULTZ | {US}, "Chile", VC),  # praised the vote
    ("chl1", MATTHEI | {"Chile"}, AYLWIN, VC),  # acknowledged the opposition's victory
    ("chl1", AYLWIN, "Chile", VC),  # called on the armed forces to honour the result
    ("chl1", AYLWIN, "Chile", VX),
    ("bra1", SENATE_BR, ROUSSEFF, VX),
    ("bra1", ROUSSEFF, TEMER, VX),
    ("bra1", "Venezuela", "Brazil", VX),  # in protest
    ("bra1", "Bolivia", "Brazil", VX),
    ("bra1", "Ecuador", "Brazil", VX),
    ("bra1", TEMER, ROUSSEFF, MX),
    ("per1", FUJIMORI, frozenset({"Congress", "Congress of Peru", "Peru"}), MX),  # dissolved Congress
    ("per1", FUJIMORI, frozenset({"Congress", "Congress of Peru", "Peru"}), VX),  # "a corrupt Congress"
    ("per1", FUJIMORI | {"Peru"}, "Shining Path", VX),  # needed to fight
    ("per1", FUJIMORI | {"Peru"}, "Shining Path", MX),
    ("per1", "Peru", GARCIA, MX),  # went into hiding
    ("per1", GARCIA, FUJIMORI, VX),  # "This is a coup against democracy"
    ("per1", TUTWILER | {US}, "Peru", VX),  # "We deplore this action"
    ("per1", TUTWILER | {US}, FUJIMORI, VX),
    ("per1", US, FUJIMORI, MX),
    ("mex1", EZLN, "Mexico", VX),
    ("mex1", "Mexico", EZLN, MX),
    ("mex1", MARCOS, "Mexico", VX),
    ("mex1", RUIZ, EZLN, VC),  # urged both sides to halt
    ("mex1", RUIZ, "Mexico", VC),
    ("mex1", RUIZ, EZLN, VX),
    ("mex1", RUIZ, "Mexico", VX),
    ("zwe1", MUGABE, TSV, VX),  # Mugabe's party
    ("zwe1", MATONGA, TSV, VX),  # "He is running away"
    ("zwe1", MBEKI | {"South Africa"}, TSV, VC),  # would keep talking to both sides
    ("zwe1", MBEKI | {"South Africa"}, MUGABE, VC),
    ("zwe1", MBEKI | {"South Africa"}, ZANUPF, VC),
    ("zwe1", TSV, MUGABE, VX),
    ("zwe1", TSV, ZANUPF, VX),
    ("zwe1", RICE | {US}, "Zimbabwe", VX),
    ("jpn1", MURAYAMA | {"Japan"}, "South Korea", VC),  # the apology to its neighbours
    ("jpn1", MURAYAMA | {"Japan"}, "China", VC),
    ("jpn1", "South Korea", "Japan", VX),  # Tokyo must now match its words with deeds
    ("jpn1", "South Korea", "Japan", VC),
    ("jpn1", CHEN | {"China"}, "Japan", VX),  # hoped Japan would face up to its history
    ("jpn1", CHEN | {"China"}, "Japan", VC),
    ("jpn1", "China", MURAYAMA, VX),
    ("ltu1", SOV, "Lithuania", MX),  # a capital's tower stormed, civilians killed
    ("ltu1", LANDSBERGIS | {"Lithuania"}, SOV, VX),
    ("ltu1", YELTSIN, GORBACHEV, VX),
    ("ltu1", YELTSIN, "Estonia", VC),  # flew to Tallinn
    ("ltu1", YELTSIN, "Latvia", VC),  # signed with the leaders of the Baltic republics
    ("ltu1", YELTSIN, "Lithuania", VC),
    ("ltu1", frozenset({"Estonia", "Latvia", "Lithuania"}), YELTSIN, VC),
    ("ltu1", frozenset({"Estonia", "Latvia", "Lithuania"}), frozenset({"Russia"}), VC),
    ("ltu1", frozenset({"Russia"}), frozenset({"Estonia", "Latvia", "Lithuania"}), VC),
]

SPEAKERS = [
    ("pol1", "This is a great day, not for me", set(TUSK)),
    ("pol1", "You are a German agent", set(KACZ)),
    ("pol1", "he would travel to Brussels", set(TUSK)),  # "Tusk, a former president ..., said": the apposition does not speak
    ("pol1", "Poland is back where it belongs", set(VDL)),  # "she wrote", a paragraph later
    ("hun1", "nothing less than petty revenge", set(SZIJ)),  # attribution after the quote
    ("hun1", "Hungary will not give in to blackmail", set(SZIJ)),  # "he added", next paragraph
    ("hun1", "We will defend our borders", set(SZIJ)),  # continuation after "he added"
    ("hun1", "the report insulted the Hungarian nation", set(ORBAN)),
    ("hun1", "the European Parliament stands up for the rights", set(SARGENTINI)),  # subject with a relative clause, name in apposition
    ("grc1", "Today we celebrate the victory of democracy", set(TSIPRAS)),
    ("grc1", "The mandate you gave me", set(TSIPRAS)),  # second quote after the attribution
    ("grc1", "he would return to Brussels", set(VAROUFAKIS)),
    ("grc1", "torn down the last bridges", set(GABRIEL)),
    ("grc1", "very regrettable for the future of Greece", set(DIJSSELBLOEM)),  # "according to a statement from his office"
    ("esp1", "We never wanted to reach this point", set(RAJOY)),
    ("esp1", "Exceptional measures were needed", set(RAJOY)),
    ("esp1", "Catalonia has always been a land of freedom", set(PUIG)),
    ("esp1", "In the days ahead we must keep", set(PUIG)),
    ("esp1", "it would not recognise the declaration", set(EU)),
    ("esp1", "For the EU nothing changes", set(TUSK)),
    ("irl1", "Today is about the promise of a bright future", set(BLAIR)),
    ("irl1", "a new beginning for all of us on this island", set(AHERN)),
    ("irl1", "his party would study the document", set(ADAMS)),
    ("irl1", "We will not be rushed", set(ADAMS)),
    ("irl1", "strengthens the union with Great Britain", set(TRIMBLE)),  # subject with a "whose" clause
    ("irl1", "the saddest day in Ulster's history", set(PAISLEY)),  # "denounced ... as" a direct quote
    ("arg1", "the islands had been recovered", set(GALTIERI)),
    ("arg1", "If they want to come, let them come", set(GALTIERI)),
    ("arg1", "a large task force would sail", set(THATCHER)),
    ("arg1", "The people of the Falkland Islands", set(THATCHER)),
    ("arg1", "They are few in number", set(THATCHER)),  # "she added", own paragraph
    ("arg1", "all Argentine assets in Britain had been frozen", set(UK)),  # the Foreign Office: a ministry of a state
    ("arg1", "called on Argentina to withdraw its forces", None),  # "according to diplomats": nobody named
    ("chl1", "The people have spoken", set(FERNANDEZ)),
    ("chl1", "Chile has chosen democracy without violence", set(AYLWIN)),  # "he told", after an apposition
    ("chl1", "We extend our hand to everyone", set(AYLWIN)),
    ("chl1", "shown the world what a peaceful transition", set(SHULTZ)),  # "praised ..., saying"
    ("chl1", "first junta member to acknowledge", "Chile"),  # "a senior government official": the government named before
    ("bra1", "They have convicted an innocent woman", set(ROUSSEFF)),
    ("bra1", "This is the second coup", set(ROUSSEFF)),  # quote after "she said, flanked by" another person
    ("bra1", "Brazil needs to be pacified", set(TEMER)),  # "according to his spokesman": the words stay Temer's
    ("bra1", "firmly rejects the falsehoods", "Brazil"),  # Brazil's Foreign Ministry
    ("per1", "I have taken this decision", set(FUJIMORI)),
    ("per1", "the measures were needed to fight", set(FUJIMORI)),  # "He said"
    ("per1", "detained several opposition lawmakers", None),  # "witnesses said"
    ("per1", "This is a coup against democracy", set(GARCIA)),
    ("per1", "We deplore this action", set(TUTWILER)),  # a named spokeswoman speaks as herself
    ("mex1", "We have nothing to lose", set(MARCOS)),  # "a rebel who called himself Subcomandante Marcos"
    ("mex1", "a death sentence for the indigenous peoples", set(MARCOS)),
    ("mex1", "professionals of violence", "Mexico"),  # the Interior Ministry
    ("mex1", "There must be dialogue before more blood", set(RUIZ)),
    ("zwe1", "the violence against his supporters", set(TSV)),  # "..., saying"
    ("zwe1", "We will no longer participate", set(TSV)),
    ("zwe1", "We can't ask them to cast their vote", set(TSV)),
    ("zwe1", "He is running away because he knows", set(MATONGA)),
    ("zwe1", "he would keep talking to both sides", set(MBEKI)),
    ("zwe1", "a campaign of terror", set(RICE)),
    ("jpn1", "caused tremendous damage and suffering", set(MURAYAMA)),
    ("jpn1", "It is a step forward", "South Korea"),  # "a spokesman for the South Korean Foreign Ministry"
    ("jpn1", "Tokyo must now match its words with deeds", "South Korea"),  # "adding that"
    ("jpn1", "Beijing hoped Japan would face up", set(CHEN)),
    ("jpn1", "The visits hurt the feelings", set(CHEN)),  # surname, a paragraph later
    ("ltu1", "This is a crime against the Lithuanian people", set(LANDSBERGIS)),
    ("ltu1", "he had not given the order", set(GORBACHEV)),
    ("ltu1", "I learned of it only this morning", set(GORBACHEV)),  # "he told"
]


def score_stances(read: dict[str, set[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read (source, target, quad) per article against :data:`STANCES`."""
    return _score_stances(read, STANCES, OPTIONAL)
