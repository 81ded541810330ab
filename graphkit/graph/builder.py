"""Graph building: fold extraction records into one actor network.

:class:`GraphBuilder` keeps only running totals per actor and per pair, so
memory grows with the graph, never with the number of articles; records can
be folded in any grouping (one process, many workers) and give the same graph
as long as they arrive in the same order. See ``docs/GRAPH_SCHEMA.md`` for
the attributes.

>>> from graphkit.records import Extraction, ActorInfo, Mention
>>> b = GraphBuilder()
>>> b.add(Extraction("a1", actors=[ActorInfo("Iran", "state", ["Iran"], None, "IRN", 1),
...                                ActorInfo("Syria", "state", ["Syria"], None, "SYR", 1)],
...                  mentions=[Mention("Iran", "Iran", 0, 4, 0), Mention("Syria", "Syria", 9, 14, 0)]))
>>> G = b.graph()
>>> G["Iran"]["Syria"]["co-mention"]["weight"]
1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from urllib.parse import quote

import networkx as nx

from graphkit import __version__
from graphkit.io.style import TYPE_COLOURS
from graphkit.records import QUADS, Extraction

WINDOWS = ("sentence", "paragraph", "article")

#: Node colours by actor type, as Gephi's r/g/b: the one table of
#: :mod:`graphkit.io.style`, so graph files, exports and figures agree.
TYPE_RGB = TYPE_COLOURS
UNKNOWN_RGB = TYPE_COLOURS["unknown"]


def evidence_id(article: str, kind: str, index: int) -> str:
    """Id of a record in the evidence file: ``<article>#<m|s|q|e><n>``.

    An edge lists its evidence ids joined by spaces, so an id never holds
    one: whitespace and ``%`` in the article id are percent-escaped (as in a
    URL). Ids without them — every id graphkit wrote before — are unchanged,
    so older graph and evidence files read as before.

    >>> evidence_id("004.txt", "stance", 3)
    '004.txt#s3'
    >>> evidence_id("Reuters 12 May.txt", "stance", 0)
    'Reuters%2012%20May.txt#s0'
    """
    if any(c.isspace() or c == "%" for c in article):
        article = "".join(quote(c, safe="") if c.isspace() or c == "%" else c for c in article)
    return f"{article}#{kind[0]}{index}"


@dataclass
class _Node:
    type: str
    country: str | None = None
    affiliation: str | None = None
    mentions: int = 0
    articles: int = 0
    aliases: set[str] = field(default_factory=set)
    first_date: str | None = None
    last_date: str | None = None
    events: dict[str, int] = field(default_factory=dict)


@dataclass
class _Edge:
    weight: float = 0.0
    articles: int = 0
    quads: dict[str, int] = field(default_factory=dict)
    polarity_sum: int = 0
    evidence: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


def _span(a: str | None, b: str | None, date: str | None) -> tuple[str | None, str | None]:
    if date is None:
        return a, b
    return (date if a is None or date < a else a), (date if b is None or date > b else b)


class GraphBuilder:
    """Accumulate extraction records into co-mention and stance edges.

    Parameters
    ----------
    window : {"sentence", "paragraph", "article"}
        Two actors named in the same window co-occur once.
    level : {"actor", "state"}
        At ``state``, leaders fold into the state they act for.
    """

    def __init__(self, window: str = "sentence", level: str = "actor"):
        if window not in WINDOWS:
            raise ValueError(f"window must be one of {', '.join(WINDOWS)}")
        if level not in ("actor", "state"):
            raise ValueError("level must be 'actor' or 'state'")
        self.window = window
        self.level = level
        self.nodes: dict[str, _Node] = {}
        self.comention: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
        self.stance: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
        self.articles = 0
        self.dated = 0
        self.first_date: str | None = None
        self.last_date: str | None = None

    def _node_name(self, rec: Extraction) -> dict[str, str | None]:
        """Actor name -> node name (identity, or the state at ``level='state'``,
        where a person outside politics rolls up into nothing: ``None``)."""
        names: dict[str, str | None] = {a.name: a.name for a in rec.actors}
        if self.level == "state":
            for a in rec.actors:
                if a.type == "leader" and a.affiliation:
                    names[a.name] = a.affiliation
                elif a.type == "person":
                    names[a.name] = None
        return names

    def add(self, rec: Extraction) -> None:
        """Fold one article's records in."""
        self.articles += 1
        date = rec.date
        self.dated += bool(date)
        self.first_date, self.last_date = _span(self.first_date, self.last_date, date)
        node_of = self._node_name(rec)
        info = {a.name: a for a in rec.actors}
        seen_nodes: set[str] = set()
        for m in rec.mentions:
            name = node_of.get(m.actor, m.actor)
            if name is None:
                continue
            node = self.nodes.get(name)
            if node is None:
                a = info.get(m.actor)
                if a is not None and name != m.actor:
                    # A leader folded into its state or party: that actor's own details.
                    home = info.get(name)
                    node = _Node(home.type, home.country, None) if home is not None else _Node("state", country=a.country)
                else:
                    node = _Node(a.type if a else "organization", a.country if a else None, a.affiliation if a else None)
                self.nodes[name] = node
            node.mentions += 1
            node.aliases.add(m.text)
            if name not in seen_nodes:
                node.articles += 1
                node.first_date, node.last_date = _span(node.first_date, node.last_date, date)
                seen_nodes.add(name)

        # Co-mentions: each unordered pair once per window.
        windows: dict[int, set[str]] = defaultdict(set)
        for m in rec.mentions:
            key = {"sentence": m.sentence, "paragraph": m.paragraph, "article": 0}[self.window]
            name = node_of.get(m.actor, m.actor)
            if name is not None:
                windows[key].add(name)
        pairs_here: set[tuple[str, str]] = set()
        for key in sorted(windows):
            for a, b in combinations(sorted(windows[key]), 2):
                e = self.comention[(a, b)]
                e.weight += 1
                pairs_here.add((a, b))
        for pair in pairs_here:
            e = self.comention[pair]
            e.articles += 1
            e.first_date, e.last_date = _span(e.first_date, e.last_date, date)

        stance_pairs: set[tuple[str, str]] = set()
        for i, s in enumerate(rec.stances):
            src, tgt = node_of.get(s.source, s.source), node_of.get(s.target, s.target)
            if src is None or tgt is None or src == tgt or src not in self.nodes or tgt not in self.nodes:
                continue
            e = self.stance[(src, tgt)]
            e.weight += 1
            e.quads[s.quad] = e.quads.get(s.quad, 0) + 1
            e.polarity_sum += s.polarity
            e.evidence.append(evidence_id(rec.article, "stance", i))
            stance_pairs.add((src, tgt))
        for pair in stance_pairs:
            e = self.stance[pair]
            e.articles += 1
            e.first_date, e.last_date = _span(e.first_date, e.last_date, date)
        # One-sided events count on their source's node.
        for ev in rec.events:
            node = self.nodes.get(node_of.get(ev.source, ev.source))
            if node is not None:
                node.events[ev.quad] = node.events.get(ev.quad, 0) + 1

    def add_all(self, records: Iterable[Extraction]) -> "GraphBuilder":
        for rec in records:
            self.add(rec)
        return self

    def graph(self) -> nx.MultiDiGraph:
        """The network, with every attribute typed for GraphML and Gephi."""
        G = nx.MultiDiGraph()
        G.graph.update({"generator": f"graphkit {__version__}", "window": self.window, "level": self.level, "articles": self.articles})
        if self.first_date:
            # How many of the articles the date span covers: a figure's source
            # line must not call five articles "dated 2018-09-19" when one is.
            G.graph.update(first_date=self.first_date, last_date=self.last_date,
                           dated_articles=self.dated)
        for name in sorted(self.nodes):
            n = self.nodes[name]
            r, g, b = TYPE_RGB.get(n.type, UNKNOWN_RGB)
            attrs = {
                "label": name,
                "type": n.type,
                "mentions": n.mentions,
                "articles": n.articles,
                "aliases": "; ".join(sorted(n.aliases)),
                "r": r,
                "g": g,
                "b": b,
            }
            for q in QUADS:
                attrs[f"events_{q}"] = n.events.get(q, 0)
            for key in ("country", "affiliation", "first_date", "last_date"):
                value = getattr(n, key)
                if value:
                    attrs[key] = value
            G.add_node(name, **attrs)
        for (a, b) in sorted(self.comention):
            e = self.comention[(a, b)]
            attrs = {"kind": "co-mention", "weight": float(e.weight), "articles": e.articles}
            _dates(attrs, e)
            G.add_edge(a, b, key="co-mention", **attrs)
        for (a, b) in sorted(self.stance):
            e = self.stance[(a, b)]
            score = e.polarity_sum / e.weight if e.weight else 0.0
            attrs = {
                "kind": "stance",
                "weight": float(e.weight),
                "articles": e.articles,
                "score": round(score, 6),
                "sign": (score > 0) - (score < 0),
                "evidence": " ".join(e.evidence),
            }
            for q in QUADS:
                attrs[q] = e.quads.get(q, 0)
            _dates(attrs, e)
            G.add_edge(a, b, key="stance", **attrs)
        return G


def _dates(attrs: dict, e: _Edge) -> None:
    if e.first_date:
        attrs["first_date"] = e.first_date
        attrs["last_date"] = e.last_date


def build_graph(records: Iterable[Extraction], window: str = "sentence", level: str = "actor") -> nx.MultiDiGraph:
    """Fold ``records`` into a graph (see :class:`GraphBuilder`)."""
    return GraphBuilder(window=window, level=level).add_all(records).graph()
