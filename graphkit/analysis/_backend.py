"""Pass an optional networkx backend (e.g. ``nx-parallel``) through.

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


def check_backend(backend: str | None) -> None:
    """Raise when ``backend`` is set but not installed, naming those that are."""
    if backend is None or backend == "networkx":
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
    if backend is None or backend == "networkx":
        return {}
    if backend not in getattr(func, "backends", ()):
        return {}
    return {"backend": backend}
