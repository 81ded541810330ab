"""One actor's neighbourhood: its allies, opponents and co-mention partners.

>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("Iran", "Syria", key="stance", kind="stance", weight=3.0, score=1.0, sign=1)
>>> _ = G.add_edge("Turkey", "Syria", key="stance", kind="stance", weight=2.0, score=-1.0, sign=-1)
>>> e = ego(G, "Syria")
>>> [(p.name, p.value) for p in e.allies], [(p.name, p.value) for p in e.opponents]
([('Iran', 3.0)], [('Turkey', -2.0)])
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.analysis.filters import CO_MENTION, STANCE, edge_kind, node_type
from graphkit.errors import GraphkitError

__all__ = ["Ego", "Partner", "ego", "resolve_actor"]


@dataclass(frozen=True)
class Partner:
    """An actor related to the ego.

    For allies and opponents ``value`` is the net stance between the two,
    ``outgoing + incoming``, where ``outgoing`` sums ``score * weight`` of the
    ego's stances toward the partner and ``incoming`` the partner's toward
    the ego; ``records`` counts stance records both ways. For co-mention
    partners ``value`` and ``records`` are the co-mention weight.
    """

    name: str
    type: str
    value: float
    outgoing: float = 0.0
    incoming: float = 0.0
    records: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "value": self.value,
                "outgoing": self.outgoing, "incoming": self.incoming, "records": self.records}


@dataclass
class Ego:
    """The ego network of one actor.

    Attributes
    ----------
    actor : str
    radius : int
    graph : networkx.MultiDiGraph
        Actors within ``radius`` hops (any edge kind, either direction) and
        every edge among them.
    allies, opponents : list of Partner
        Direct stance partners with a positive (negative) net stance,
        strongest first.
    partners : list of Partner
        Co-mention partners, heaviest first.
    """

    actor: str
    radius: int
    graph: nx.MultiDiGraph
    allies: list[Partner] = field(default_factory=list)
    opponents: list[Partner] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)

    def columns(self) -> list[str]:
        return ["relation", "name", "type", "value", "outgoing", "incoming", "records"]

    def to_rows(self) -> list[dict[str, Any]]:
        """Allies, then opponents, then co-mention partners."""
        rows = []
        for relation, items in (
            ("ally", self.allies),
            ("opponent", self.opponents),
            ("co-mention", self.partners),
        ):
            for p in items:
                rows.append(
                    {"relation": relation, **p.as_dict()}
                )
        return rows

    def as_dict(self) -> dict[str, Any]:
        def plist(items: list[Partner]) -> list[dict[str, Any]]:
            return [p.as_dict() for p in items]

        return {
            "actor": self.actor,
            "radius": self.radius,
            "nodes": sorted(str(n) for n in self.graph),
            "edges": [[str(u), str(v), str(k)] for u, v, k in self.graph.edges(keys=True)],
            "allies": plist(self.allies),
            "opponents": plist(self.opponents),
            "partners": plist(self.partners),
        }


def resolve_actor(G: nx.Graph, name: str) -> Any:
    """Find the node a user means by ``name``.

    An exact node id wins; then a unique case-insensitive match on names,
    then on ``aliases``.

    Raises
    ------
    GraphkitError
        When nothing matches, listing close names.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Recep Tayyip Erdogan", aliases="Erdogan; Recep Tayyip Erdogan")
    >>> resolve_actor(G, "erdogan")
    'Recep Tayyip Erdogan'
    >>> resolve_actor(G, "Erdgan Recep")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: unknown actor 'Erdgan Recep'; no close match among 1 actors
    """
    if name in G:
        return name
    folded = name.casefold().strip()
    by_name = [n for n in G if str(n).casefold() == folded]
    if len(by_name) == 1:
        return by_name[0]
    by_alias = sorted(
        (
            n
            for n in G
            if folded
            in {a.strip().casefold() for a in str(G.nodes[n].get("aliases", "")).split(";")}
        ),
        key=str,
    )
    if len(by_alias) == 1:
        return by_alias[0]
    if len(by_name) + len(by_alias) > 1:
        options = sorted({str(n) for n in by_name + by_alias})
        raise GraphkitError(f"actor {name!r} is ambiguous: {', '.join(options)}")
    lower = {}
    for n in sorted(G, key=str):
        lower.setdefault(str(n).casefold(), str(n))
    close = difflib.get_close_matches(folded, list(lower), n=5, cutoff=0.6)
    if close:
        raise GraphkitError(
            f"unknown actor {name!r}; did you mean {', '.join(lower[c] for c in close)}?"
        )
    raise GraphkitError(f"unknown actor {name!r}; no close match among {len(G)} actors")


def _within(G: nx.MultiDiGraph, start: Any, radius: int) -> set[Any]:
    seen = {start}
    q = deque([(start, 0)])
    while q:
        v, d = q.popleft()
        if d == radius:
            continue
        for w in list(G.successors(v)) + list(G.predecessors(v)):
            if w not in seen:
                seen.add(w)
                q.append((w, d + 1))
    return seen


def ego(G: nx.MultiDiGraph, actor: str, radius: int = 1) -> Ego:
    """The ego network of ``actor`` and its ranked allies and opponents.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    actor : str
        Actor name (see :func:`resolve_actor` for what matches).
    radius : int
        Hops kept in :attr:`Ego.graph`; allies, opponents and partners are
        always the direct ones.

    Returns
    -------
    Ego
        Allies ranked by net stance, highest first; opponents lowest first;
        ties by name.
    """
    if radius < 0:
        raise GraphkitError(f"radius must be 0 or more, not {radius}")
    a = resolve_actor(G, actor)
    keep = _within(G, a, radius)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n in sorted(keep, key=str):
        H.add_node(n, **G.nodes[n])
    for u, v, k, d in sorted(
        G.subgraph(keep).edges(keys=True, data=True),
        key=lambda r: (str(r[0]), str(r[1]), str(r[2])),
    ):
        H.add_edge(u, v, key=k, **d)

    net_out: dict[Any, float] = {}
    net_in: dict[Any, float] = {}
    records: dict[Any, float] = {}
    cooc: dict[Any, float] = {}
    edges = [(a, v, k, d) for _, v, k, d in G.out_edges(a, keys=True, data=True)]
    edges += [(u, a, k, d) for u, _, k, d in G.in_edges(a, keys=True, data=True)]
    for u, v, k, d in edges:
        other = v if u == a else u
        if other == a:
            continue
        kind = edge_kind(k, d)
        w = float(d.get("weight", 1.0))
        if kind == CO_MENTION:
            cooc[other] = cooc.get(other, 0.0) + w
        elif kind == STANCE:
            net = float(d.get("score", d.get("sign", 0))) * w
            side = net_out if u == a else net_in
            side[other] = side.get(other, 0.0) + net
            records[other] = records.get(other, 0.0) + w

    def partner(
        n: Any, value: float, out: float = 0.0, inc: float = 0.0, rec: float = 0.0
    ) -> Partner:
        return Partner(str(n), node_type(G, n), value, out, inc, rec)

    allies, opponents = [], []
    for n in records:
        out, inc = net_out.get(n, 0.0), net_in.get(n, 0.0)
        value = round(out + inc, 9)  # so +0.5 and -0.5 cancel exactly
        p = partner(n, value, out, inc, records[n])
        if value > 0:
            allies.append(p)
        elif value < 0:
            opponents.append(p)
    allies.sort(key=lambda p: (-p.value, p.name))
    opponents.sort(key=lambda p: (p.value, p.name))
    partners = sorted(
        (partner(n, w, rec=w) for n, w in cooc.items()), key=lambda p: (-p.value, p.name)
    )
    return Ego(str(a), radius, H, allies, opponents, partners)
