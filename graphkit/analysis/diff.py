"""What changed between two graphs (two periods, two corpora, two runs).

>>> A, B = nx.MultiDiGraph(), nx.MultiDiGraph()
>>> _ = A.add_edge("Turkey", "Russia", key="stance", kind="stance", weight=2.0, score=1.0, sign=1)
>>> _ = B.add_edge("Turkey", "Russia", key="stance", kind="stance", weight=3.0, score=-1.0, sign=-1)
>>> d = diff_graphs(A, B)
>>> [(f.source, f.target, f.sign_before, f.sign_after) for f in d.sign_flips]
[('Turkey', 'Russia', 1, -1)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.analysis.filters import CO_MENTION, STANCE, edge_kind

__all__ = ["EdgeChange", "GraphDiff", "SignFlip", "diff_graphs"]


@dataclass(frozen=True)
class EdgeChange:
    """An edge present in only one of the graphs.

    Co-mention edges are undirected: ``source < target``.
    """

    source: str
    target: str
    kind: str
    weight: float
    sign: int | None = None


@dataclass(frozen=True)
class SignFlip:
    """A stance edge in both graphs whose sign differs (0 included)."""

    source: str
    target: str
    sign_before: int
    sign_after: int
    weight_before: float
    weight_after: float
    score_before: float
    score_after: float


@dataclass
class GraphDiff:
    """Differences from graph ``A`` (before) to graph ``B`` (after).

    Every list is sorted by names (then kind).
    """

    actors_added: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    edges_added: list[EdgeChange] = field(default_factory=list)
    edges_removed: list[EdgeChange] = field(default_factory=list)
    sign_flips: list[SignFlip] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing listed here changed."""
        return not (
            self.actors_added
            or self.actors_removed
            or self.edges_added
            or self.edges_removed
            or self.sign_flips
        )

    def columns(self) -> list[str]:
        return ["change", "source", "target", "kind", "before", "after"]

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per change; ``before``/``after`` hold weight and sign."""
        rows: list[dict[str, Any]] = []

        def signed(w: float, s: int | None) -> str:
            return f"{w:g}" if s is None else f"{w:g} ({s:+d})"

        for a in self.actors_added:
            rows.append(
                {
                    "change": "actor added",
                    "source": a,
                    "target": "",
                    "kind": "",
                    "before": "",
                    "after": "",
                }
            )
        for a in self.actors_removed:
            rows.append(
                {
                    "change": "actor removed",
                    "source": a,
                    "target": "",
                    "kind": "",
                    "before": "",
                    "after": "",
                }
            )
        for e in self.edges_added:
            rows.append(
                {
                    "change": "edge added",
                    "source": e.source,
                    "target": e.target,
                    "kind": e.kind,
                    "before": "",
                    "after": signed(e.weight, e.sign),
                }
            )
        for e in self.edges_removed:
            rows.append(
                {
                    "change": "edge removed",
                    "source": e.source,
                    "target": e.target,
                    "kind": e.kind,
                    "before": signed(e.weight, e.sign),
                    "after": "",
                }
            )
        for f in self.sign_flips:
            rows.append(
                {
                    "change": "sign flipped",
                    "source": f.source,
                    "target": f.target,
                    "kind": STANCE,
                    "before": signed(f.weight_before, f.sign_before),
                    "after": signed(f.weight_after, f.sign_after),
                }
            )
        return rows

    def as_dict(self) -> dict[str, Any]:
        def edge(e: EdgeChange) -> dict[str, Any]:
            d: dict[str, Any] = {
                "source": e.source,
                "target": e.target,
                "kind": e.kind,
                "weight": e.weight,
            }
            if e.sign is not None:
                d["sign"] = e.sign
            return d

        return {
            "actors_added": list(self.actors_added),
            "actors_removed": list(self.actors_removed),
            "edges_added": [edge(e) for e in self.edges_added],
            "edges_removed": [edge(e) for e in self.edges_removed],
            "sign_flips": [
                {
                    "source": f.source,
                    "target": f.target,
                    "sign_before": f.sign_before,
                    "sign_after": f.sign_after,
                    "weight_before": f.weight_before,
                    "weight_after": f.weight_after,
                    "score_before": f.score_before,
                    "score_after": f.score_after,
                }
                for f in self.sign_flips
            ],
        }


def _edges(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        kind = edge_kind(k, d)
        a, b = str(u), str(v)
        if kind == CO_MENTION and b < a:
            a, b = b, a  # undirected: compare pairs, not how they were stored
        out[(a, b, kind)] = d
    return out


def _sign(d: dict[str, Any]) -> int:
    if "sign" in d:
        return int(d["sign"])
    s = float(d.get("score", 0.0))
    return (s > 0) - (s < 0)


def _change(key: tuple[str, str, str], d: dict[str, Any]) -> EdgeChange:
    u, v, kind = key
    return EdgeChange(u, v, kind, float(d.get("weight", 1.0)), _sign(d) if kind == STANCE else None)


def diff_graphs(A: nx.MultiDiGraph, B: nx.MultiDiGraph) -> GraphDiff:
    """Compare two graphkit graphs.

    Edges are matched by ``(source, target, kind)`` (co-mention pairs in
    either order). A stance edge in both graphs is listed in ``sign_flips``
    when its sign differs, with weights and scores before and after.

    Parameters
    ----------
    A : networkx.MultiDiGraph
        Before.
    B : networkx.MultiDiGraph
        After.

    Returns
    -------
    GraphDiff
    """
    na, nb = {str(n) for n in A}, {str(n) for n in B}
    ea, eb = _edges(A), _edges(B)
    flips = []
    for key in sorted(ea.keys() & eb.keys()):
        if key[2] != STANCE:
            continue
        da, db = ea[key], eb[key]
        if _sign(da) != _sign(db):
            flips.append(
                SignFlip(
                    key[0],
                    key[1],
                    _sign(da),
                    _sign(db),
                    float(da.get("weight", 1.0)),
                    float(db.get("weight", 1.0)),
                    float(da.get("score", _sign(da))),
                    float(db.get("score", _sign(db))),
                )
            )
    return GraphDiff(
        actors_added=sorted(nb - na),
        actors_removed=sorted(na - nb),
        edges_added=[_change(k, eb[k]) for k in sorted(eb.keys() - ea.keys())],
        edges_removed=[_change(k, ea[k]) for k in sorted(ea.keys() - eb.keys())],
        sign_flips=flips,
    )
