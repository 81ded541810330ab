"""Pass an optional networkx backend (e.g. ``nx-parallel``) through.

>>> nx_kwargs(None)
{}
"""

from __future__ import annotations

from typing import Any

from graphkit.errors import GraphkitError


def nx_kwargs(backend: str | None) -> dict[str, Any]:
    """Keyword arguments that route a networkx call to ``backend``.

    Raises
    ------
    GraphkitError
        When the backend is not installed, naming the ones that are.
    """
    if backend is None:
        return {}
    from networkx.utils.backends import backends

    if backend not in backends and backend != "networkx":
        have = ", ".join(sorted(backends)) or "none"
        raise GraphkitError(
            f"networkx backend {backend!r} is not installed (installed: {have}); "
            "for 'parallel' install nx-parallel"
        )
    return {"backend": backend}
