"""What every number graphkit's analyses print means, as data.

The command-line help (``-h``), the report and the docstrings read these,
so one definition serves all of them.

>>> DEFINITIONS["closeness"].split(":")[0]
'how near an actor is to every actor it can reach'
>>> print(definition_lines(["degree", "pagerank"])[0])
degree    number of distinct actors it shares an edge with
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CENTRALITY", "DEFINITIONS", "definition_lines"]

#: Centrality measures, in the column order of ``graphkit centrality``.
CENTRALITY: dict[str, str] = {
    "degree": "number of distinct actors it shares an edge with",
    "strength": "sum of the weights of its edges (co-mentions and stance records)",
    "in_strength": "number of stance records toward it",
    "out_strength": "number of stance records it is the source of",
    "betweenness": (
        "share of the shortest paths between two other actors that pass through it, "
        "normalised to [0, 1]; a tie's length is 1 / its weight; on large graphs "
        "estimated from a seeded sample of source actors"
    ),
    "closeness": (
        "how near an actor is to every actor it can reach: (r / (n - 1)) * (r / total "
        "distance) over the r actors it reaches (Wasserman-Faust), a tie's length being "
        "the strongest tie's weight over its own; in [0, 1], 1 when the strongest tie "
        "joins it to everyone"
    ),
    "eigenvector": (
        "central when tied to central actors: the leading eigenvector of the weighted "
        "ties (incoming stances on the stance network), per connected part, the top "
        "actor 1"
    ),
    "pagerank": (
        "share of time a random walk along weighted ties spends at the actor "
        "(damping 0.85); sums to 1"
    ),
    "hub": "takes stances toward actors that others take stances toward (HITS, top actor 1)",
    "authority": "is the target of stances from strong hubs (HITS, top actor 1)",
}

#: Every measure and score the analyses print.
DEFINITIONS: dict[str, str] = {
    **CENTRALITY,
    "modularity": (
        "how much more weight lies inside the communities than if ties fell at random "
        "between actors of the same strength; 0 is none, above 0.3 a clear structure"
    ),
    "net stance": (
        "cooperation records minus conflict records between two actors, both "
        "directions summed; its sign says allied (+) or opposed (-)"
    ),
    "frustration": (
        "signed pairs that contradict a split into factions: allies in different "
        "factions plus opponents in the same one (weighted: their net stance summed)"
    ),
    "affiliation tie": (
        "a leader and the state or group it acts for count as one side unless the text "
        "has a net negative stance between them"
    ),
    "balanced triad": (
        "three actors with signed stances between every pair whose product is positive "
        "(+++: friends of friends; +--: two allies share an opponent); ++- and --- "
        "triads are unbalanced"
    ),
    "balance share": "balanced triads over all signed triads",
}


def definition_lines(names: Iterable[str]) -> list[str]:
    """``name  definition`` lines, names padded to one width."""
    names = list(names)
    width = max((len(n) for n in names), default=0)
    return [f"{n:<{width}}  {DEFINITIONS[n]}" for n in names]
