"""Gold stances of ``tests/data/heldout_events.jsonl``, annotated before graphkit read it.

One row per (article, source, target, quad); polarity follows from the quad
(+1 cooperation, -1 conflict). An end may be a set of names when the
guidelines leave two readings open (the U.N. Security Council is its own actor
in the registry and also the United Nations acting).
"""

from __future__ import annotations

VC, MC, VX, MX = "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
POLARITY = {VC: 1, MC: 1, VX: -1, MX: -1}

UNSC = frozenset({"UN Security Council", "United Nations"})
DRC = "Democratic Republic of the Congo"
ROC = "Republic of the Congo"

GOLD = [
    ("kos1", "NATO", "Serbia", MX),
    ("kos1", "Serbia", "NATO", VX),
    ("kos2", "Russia", "NATO", VX),
    ("kos3", "Kosovo Liberation Army", "Serbia", MX),
    ("kos3", "Serbia", "Kosovo Liberation Army", VX),
    ("cro1", "Germany", "Croatia", VC),
    ("cro1", "Germany", "Slovenia", VC),
    ("cro2", "Serbia", "Croatia", VX),
    ("un1", UNSC, "Serbia", MX),
    ("sah1", "Mali", "France", MX),
    ("sah1", "France", "Mali", VX),
    ("sah2", "Economic Community of West African States", "Niger", MX),
    ("sah2", "Economic Community of West African States", "Niger", VX),
    ("sah3", "Mali", "Burkina Faso", VC),
    ("sah3", "Burkina Faso", "Mali", VC),
    ("sah3", "Mali", "Niger", VC),
    ("sah3", "Niger", "Mali", VC),
    ("sah3", "Burkina Faso", "Niger", VC),
    ("sah3", "Niger", "Burkina Faso", VC),
    ("sah4", "Burkina Faso", "France", VX),
    ("sah4", "France", "Burkina Faso", VX),
    ("sah5", "France", "Ansar Dine", MX),
    ("sah6", "Mali", "Economic Community of West African States", VX),
    ("sah6", "Mali", "Russia", VC),
    ("hrn1", "Ethiopia", "Eritrea", MX),
    ("hrn1", "Eritrea", "Ethiopia", MX),
    ("hrn2", "Somalia", "Ethiopia", MX),
    ("hrn2", "Somalia", "Ethiopia", VX),
    ("hrn3", UNSC, "Eritrea", MX),
    ("hrn4", "Abiy Ahmed", "Isaias Afewerki", VC),
    ("hrn4", "Isaias Afewerki", "Abiy Ahmed", VC),
    ("hrn5", "Djibouti", "Eritrea", VX),
    ("cas1", "Kyrgyzstan", "Tajikistan", VX),
    ("cas2", "Russia", "Kazakhstan", MC),
    ("cas2", frozenset({"Kasymzhomart Tokayev", "Kassym-Jomart Tokayev"}), "Russia", VC),
    ("cas3", "Uzbekistan", "United States", VX),
    ("cas3", "United States", "Uzbekistan", VX),
    ("cas4", "European Union", "Uzbekistan", MC),
    ("and1", "Peru", "Ecuador", MX),
    ("and1", "Sixto Duran Ballen", "Peru", VX),
    ("and2", "Peru", "Ecuador", VC),
    ("and2", "Ecuador", "Peru", VC),
    ("and3", "Colombia", "Revolutionary Armed Forces of Colombia", MX),
    ("and3", "Rafael Correa", "Colombia", MX),
    ("and4", "Hugo Chavez", "Colombia", VX),
    ("and4", "Hugo Chavez", "Colombia", MX),
    ("and5", "Mexico", "Evo Morales", MC),
    ("pac1", "Australia", "Fiji", MX),
    ("pac1", "New Zealand", "Fiji", MX),
    ("pac2", "Solomon Islands", "China", VC),
    ("pac2", "China", "Solomon Islands", VC),
    ("pac2", "Australia", "Solomon Islands", VX),
    ("pac2", "United States", "Solomon Islands", VX),
    ("pac3", "Japan", "Tonga", VC),
    ("pac4", "Kiribati", "Taiwan", MX),
    ("pac4", "Taiwan", "China", VX),
    ("cau1", "Mikheil Saakashvili", "Russia", VX),
    ("cau2", "Nicolas Sarkozy", "Russia", VC),
    ("cau2", "Nicolas Sarkozy", "Georgia", VC),
    ("cau2", "Russia", "Georgia", MC),
    ("cau3", "Azerbaijan", "Armenia", VX),
    ("cau3", "Armenia", "Azerbaijan", VX),
    ("cau4", "Armenia", "Azerbaijan", VC),
    ("cau4", "Azerbaijan", "Armenia", VC),
    ("cau4", "Sergei Lavrov", "Armenia", VC),
    ("cau4", "Sergei Lavrov", "Azerbaijan", VC),
    ("cau5", "Nikol Pashinyan", "Russia", VX),
    ("cau5", "Russia", "Armenia", VX),
    ("scs1", "China", "Philippines", MX),
    ("scs1", "Philippines", "China", VX),
    ("ecs1", "Japan", "China", VX),
    ("kas1", "India", "Jaish-e-Mohammed", MX),
    ("kas2", "Pakistan", "India", MX),
    ("kas2", "Imran Khan", "India", VC),
    ("kas3", "Pakistan", "India", MX),
    ("kas3", "Pakistan", "India", VX),
    ("kas4", "India", "Pakistan", VC),
    ("kas4", "Pakistan", "India", VC),
    ("kas5", "India", "Pakistan", VX),
    ("grl1", DRC, "Rwanda", MX),
    ("grl1", DRC, "Rwanda", VX),
    ("grl2", ROC, "Denis Sassou Nguesso", VX),
    ("grl3", "Uganda", "South Sudan", MC),
    ("grl4", "Burundi", "Rwanda", MX),
    ("grl4", frozenset({"Evariste Ndayishimye", "Evariste Ndayishimiye"}), "Rwanda", VX),
    ("gog1", "Nigeria", "Cameroon", VC),
    ("gog1", "Cameroon", "Nigeria", VC),
]


def _names(end) -> frozenset:
    return end if isinstance(end, frozenset) else frozenset({end})


def matches(row, article: str, source: str, target: str, quad: str) -> bool:
    """Whether a read stance ``(source, target, quad)`` of ``article`` is the gold ``row``."""
    a, s, t, q = row
    return a == article and q == quad and source in _names(s) and target in _names(t)


def score(read: dict[str, set[tuple[str, str, str]]]) -> dict:
    """Recall and precision of read stances per article against :data:`GOLD`.

    A read stance counts as right when some gold row of its article matches
    it, so a stance the gold lacks lowers precision and a gold row no read
    stance matches lowers recall.
    """
    found = [row for row in GOLD if any(matches(row, row[0], *st) for st in read.get(row[0], ()))]
    missed = [row for row in GOLD if row not in found]
    extra = [(a, *st) for a, sts in read.items() for st in sorted(sts)
             if not any(matches(row, a, *st) for row in GOLD)]
    n_read = sum(len(v) for v in read.values())
    return {
        "recall": len(found) / len(GOLD),
        "precision": (n_read - len(extra)) / n_read if n_read else 0.0,
        "found": len(found), "gold": len(GOLD), "read": n_read,
        "missed": missed, "extra": extra,
    }
