"""Choose what runs an algorithm: networkx, python-igraph, or a networkx backend.

``backend`` in the analysis functions is one of

- ``None`` or ``"auto"``: python-igraph (the ``graphkit[fast]`` extra) for
  betweenness, PageRank and Louvain when it is installed and the graph has
  at least :data:`FAST_MIN_NODES` actors; networkx otherwise;
- ``"networkx"``: networkx alone;
- ``"igraph"``: python-igraph whatever the size (an error when missing);
- any other name: a networkx backend such as ``"parallel"`` (nx-parallel).

>>> use_igraph("networkx", 10**6), use_igraph("auto", 10)
(False, False)
>>> import networkx as nx
>>> nx_kwargs(None, nx.pagerank)
{}
>>> nx_kwargs("networkx", nx.pagerank)
{}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphkit.errors import GraphkitError


#: From this many actors up, ``backend="auto"`` uses python-igraph when installed.
FAST_MIN_NODES = 1000
#: The values of ``backend`` graphkit itself understands.
BACKENDS = ("auto", "networkx", "igraph")


def use_igraph(backend: str | None, n_nodes: int) -> bool:
    """Whether to run on python-igraph for a graph of ``n_nodes`` actors.

    Raises
    ------
    GraphkitError
        When ``backend="igraph"`` and python-igraph is not installed.
    """
    from graphkit.analysis import _igraph

    if backend == "igraph":
        if not _igraph.available():
            raise GraphkitError(
                "backend 'igraph' needs python-igraph: pip install 'graphkit[fast]'"
            )
        return True
    if backend in (None, "auto"):
        return n_nodes >= FAST_MIN_NODES and _igraph.available()
    return False


def check_backend(backend: str | None) -> None:
    """Raise when ``backend`` is set but not installed, naming those that are."""
    if backend in BACKENDS or backend is None:
        if backend == "igraph":
            use_igraph(backend, 0)
        return
    from networkx.utils.backends import backends

    if backend not in backends:
        have = ", ".join(sorted(backends)) or "none"
        raise GraphkitError(
            f"networkx backend {backend!r} is not installed (installed: {have}); "
            "for 'parallel' install nx-parallel"
        )
    try:
        backends[backend].load()
    except Exception as exc:  # a backend built for another networkx fails on import
        raise GraphkitError(
            f"networkx backend {backend!r} does not load with this networkx: {exc}"
        ) from None


def nx_kwargs(backend: str | None, func: Callable[..., Any]) -> dict[str, Any]:
    """Keyword arguments that route the networkx call ``func`` to ``backend``.

    Empty when no backend is asked for or ``backend`` does not implement
    ``func`` (the call then runs in networkx itself, rather than failing).

    Raises
    ------
    GraphkitError
        When the backend is not installed.
    """
    check_backend(backend)
    if backend is None or backend in BACKENDS:
        return {}
    if backend not in getattr(func, "backends", ()):
        return {}
    return {"backend": backend}
