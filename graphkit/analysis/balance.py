"""Structural balance of the signed stance graph.

Three actors that all relate to each other form a triad. It is balanced when
the product of its three signs is positive: friends of friends are friends
(``+++``), or two friends share an enemy (``+--``). ``++-`` (a friend of a
friend is an enemy) and ``---`` are unbalanced, and tend not to last.

Signs come from :func:`~graphkit.analysis.filters.signed_pairs`: one per
pair, the sign of the net stance over both directions; pairs whose net is
zero are skipped. A leader and the state or group it acts for count as one
side: their affiliation tie is a positive pair when the text has no stance
between them (see :func:`~graphkit.analysis.filters.side_ties`), so
a leader opposing what his own state backs shows as an unbalanced triad.

>>> G = nx.MultiDiGraph()
>>> def stance(u, v, s):
...     _ = G.add_edge(u, v, key="stance", kind="stance", weight=1.0, score=float(s), sign=s)
>>> stance("Turkey", "Syria", -1); stance("Russia", "Syria", 1)
>>> stance("Turkey", "Russia", 1); stance("Russia", "Turkey", 1)
>>> b = balance(G)
>>> b.triads, b.share
(1, 0.0)
>>> b.unbalanced[0].sentence
'Turkey opposes Syria, Russia backs Syria, Russia cooperates with Turkey'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.analysis.filters import STANCE, project, side_ties, signed_pairs

__all__ = ["TRIAD_TYPES", "Balance", "Triad", "balance", "describe_pair"]

#: Triad types by their signs, balanced ones first.
TRIAD_TYPES = ("+++", "+--", "++-", "---")


@dataclass(frozen=True)
class Triad:
    """Three actors linked pairwise by signed stances.

    Attributes
    ----------
    actors : tuple of str
        Sorted ``(a, b, c)``.
    signs : tuple of int
        Signs of the pairs ``(a, b)``, ``(a, c)``, ``(b, c)``.
    balanced : bool
        The product of the signs is positive.
    strength : float
        The smallest ``abs(net)`` of the three pairs: how well attested the
        weakest link is.
    sentence : str
        The triad in words, opposing pairs first.
    """

    actors: tuple[str, str, str]
    signs: tuple[int, int, int]
    balanced: bool
    strength: float
    sentence: str

    @property
    def type(self) -> str:
        """``"+++"``, ``"+--"``, ``"++-"`` or ``"---"``."""
        neg = sum(1 for s in self.signs if s < 0)
        return "+" * (3 - neg) + "-" * neg


@dataclass
class Balance:
    """Balance of every triad of the signed graph.

    Attributes
    ----------
    triads : int
        Number of triads.
    balanced : int
        Number of balanced triads.
    share : float or None
        ``balanced / triads``; None when there is no triad.
    by_type : dict of str to int
        Count of each type in :data:`TRIAD_TYPES`.
    unbalanced : list of Triad
        Best attested first (by ``strength``), then by names; capped by
        ``limit`` of :func:`balance`.
    ties : list of (str, str)
        Affiliation ties counted as positive pairs.
    level : str
        ``"actor"``, or ``"state"`` when leaders were rolled up first.
    """

    triads: int
    balanced: int
    share: float | None
    by_type: dict[str, int] = field(default_factory=dict)
    unbalanced: list[Triad] = field(default_factory=list)
    ties: list[tuple[str, str]] = field(default_factory=list)
    level: str = "actor"

    def columns(self) -> list[str]:
        return ["actors", "type", "strength", "sentence"]

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per unbalanced triad."""
        return [
            {
                "actors": "; ".join(t.actors),
                "type": t.type,
                "strength": t.strength,
                "sentence": t.sentence,
            }
            for t in self.unbalanced
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "triads": self.triads,
            "balanced": self.balanced,
            "share": self.share,
            "by_type": dict(self.by_type),
            "level": self.level,
            "ties": [list(t) for t in self.ties],
            "unbalanced": [
                {
                    "actors": list(t.actors),
                    "signs": list(t.signs),
                    "type": t.type,
                    "strength": t.strength,
                    "sentence": t.sentence,
                }
                for t in self.unbalanced
            ],
        }


def _net(D: nx.DiGraph, u: Any, v: Any) -> float:
    d = D.get_edge_data(u, v)
    return 0.0 if d is None else d["score"] * d["weight"]


def describe_pair(D: nx.DiGraph, a: Any, b: Any, sign: int) -> str:
    """Word the stance between two actors given the pair's sign.

    Only the directions that agree with the pair's sign speak: both give
    "cooperates with" / "oppose each other", one gives "backs" / "opposes"
    from its source.

    >>> D = nx.DiGraph()
    >>> D.add_edge("Iran", "Syria", score=1.0, weight=2.0)
    >>> describe_pair(D, "Syria", "Iran", 1)
    'Iran backs Syria'
    """
    ab = _net(D, a, b) * sign > 0
    ba = _net(D, b, a) * sign > 0
    if ab and ba:
        return f"{a} cooperates with {b}" if sign > 0 else f"{a} and {b} oppose each other"
    src, dst = (a, b) if ab or not ba else (b, a)
    return f"{src} {'backs' if sign > 0 else 'opposes'} {dst}"


def balance(G: nx.MultiDiGraph, *, limit: int | None = None, ties: bool = True) -> Balance:
    """Count balanced and unbalanced triads of the signed stance graph.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graphkit graph.
    limit : int, optional
        Keep at most this many unbalanced triads (counts are always full).
    ties : bool
        Count each leader's tie to the state or group it acts for as a
        positive pair (default).

    Returns
    -------
    Balance
        ``share`` is None when the graph has no triad.
    """
    S = signed_pairs(G)
    D = project(G, STANCE)
    held = []
    for a, home in side_ties(G, S) if ties else []:
        if not S.has_edge(a, home):
            S.add_edge(a, home, net=0.0, weight=0.0, sign=1, tie=(a, home))
            held.append((str(a), str(home)))

    def strength(x: Any, y: Any) -> float:
        # A tie is not a record: it neither strengthens nor weakens a triad.
        return float("inf") if "tie" in S[x][y] else abs(S[x][y]["net"])

    def words(x: Any, y: Any, sign: int) -> str:
        tie = S[x][y].get("tie")
        return f"{tie[0]} acts for {tie[1]}" if tie else describe_pair(D, x, y, sign)
    rank = {n: i for i, n in enumerate(sorted(S, key=str))}
    higher = {u: sorted((v for v in S[u] if rank[v] > rank[u]), key=rank.__getitem__) for u in S}
    counts = dict.fromkeys(TRIAD_TYPES, 0)
    found: list[tuple[float, tuple[str, str, str], tuple[Any, Any, Any]]] = []
    total = 0
    for a in sorted(S, key=rank.__getitem__):
        ups = higher[a]
        for i, b in enumerate(ups):
            for c in ups[i + 1 :]:
                if c not in S[b]:
                    continue
                total += 1
                neg = (S[a][b]["sign"] < 0) + (S[a][c]["sign"] < 0) + (S[b][c]["sign"] < 0)
                counts["+" * (3 - neg) + "-" * neg] += 1
                if neg % 2:
                    weakest = min(strength(x, y) for x, y in ((a, b), (a, c), (b, c)))
                    found.append((-weakest, (str(a), str(b), str(c)), (a, b, c)))
    found.sort(key=lambda r: (r[0], r[1]))
    unbalanced = []
    for minus_weakest, names, (a, b, c) in found[:limit]:
        pairs = ((a, b), (a, c), (b, c))
        signs = tuple(int(S[x][y]["sign"]) for x, y in pairs)
        # Opposing pairs first: they are what makes a triad unbalanced.
        clauses = sorted((s > 0, words(x, y, s)) for (x, y), s in zip(pairs, signs))
        unbalanced.append(
            Triad(names, signs, False, -minus_weakest, ", ".join(t for _, t in clauses))  # type: ignore[arg-type]
        )
    balanced = counts["+++"] + counts["+--"]
    share = balanced / total if total else None
    return Balance(
        total, balanced, share, counts, unbalanced, held, str(G.graph.get("level", "actor"))
    )
