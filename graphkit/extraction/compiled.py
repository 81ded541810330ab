"""Compiled tables: reference data built once, then loaded in milliseconds.

Turning the registry into matcher tables (tokenising some 30,000 surface
forms) took about 3 s of every command that reads text, before any text was
read. :func:`compiled` builds such a table once, stores it with
:mod:`marshal` (plain dicts, lists, tuples and strings load several times
faster than pickle or JSON) under a key hashed from everything it was built
from, and loads it from then on. Any module with data worth compiling
(the actor matcher, verb patterns, name lists) calls :func:`compiled` with its
own ``name`` and sources; a changed source changes the key, so a stale
table is never read, only left behind.

The tables live in ``$GRAPHKIT_CACHE_DIR`` (default
``$XDG_CACHE_HOME/graphkit`` or ``~/.cache/graphkit``), under ``compiled/``.
A cache that cannot be written only costs the build on every call.

>>> import tempfile, os
>>> os.environ["GRAPHKIT_CACHE_DIR"] = tempfile.mkdtemp()
>>> calls = []
>>> build = lambda: calls.append(1) or {"a": (1, 2)}
>>> compiled("demo", ["v1"], build), compiled("demo", ["v1"], build), len(calls)
({'a': (1, 2)}, {'a': (1, 2)}, 1)
>>> _ = compiled("demo", ["v2"], build); len(calls)
2
>>> del os.environ["GRAPHKIT_CACHE_DIR"]
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

#: Bump when the layout of any compiled table changes without its sources changing.
FORMAT = "1"


def cache_root() -> Path:
    """The folder of graphkit's own caches (``$GRAPHKIT_CACHE_DIR`` first).

    >>> cache_root().name in ("graphkit",) or "GRAPHKIT_CACHE_DIR" in os.environ
    True
    """
    env = os.environ.get("GRAPHKIT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "graphkit"


def table_key(name: str, sources: Iterable[str | bytes]) -> str:
    """The content hash naming a compiled table: graphkit's version, ``name`` and every source.

    >>> table_key("t", ["a"]) == table_key("t", ["a"]) != table_key("t", ["b"])
    True
    """
    from graphkit import __version__

    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{name}|{marshal.version}".encode())
    for source in sources:
        data = source.encode("utf-8") if isinstance(source, str) else source
        # Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:24]


def table_path(name: str, sources: Iterable[str | bytes]) -> Path:
    """Where the table for ``name`` and ``sources`` is (or would be) stored."""
    return cache_root() / "compiled" / f"{name}-{table_key(name, sources)}.marshal"


def compiled(name: str, sources: Iterable[str | bytes], build: Callable[[], Any]) -> Any:
    """Load the table ``build()`` makes from ``sources``, building and storing it once.

    Parameters
    ----------
    name : str
        What the table is (``"actor-forms"``); part of the file name.
    sources : iterable of str or bytes
        Everything the table depends on: file contents or their hashes, the
        tokeniser's identity. graphkit's version is always added.
    build : callable
        Makes the table; it must return only what :mod:`marshal` stores
        (dicts, lists, tuples, sets, strings, numbers, None).
    """
    path = table_path(name, list(sources))
    try:
        # One read then loads(): marshal.load() on a file is several times slower.
        data = path.read_bytes()
        gc_was_enabled = gc.isenabled()
        gc.disable()  # tens of thousands of tuples, no cycles: nothing for the GC to find
        try:
            return marshal.loads(data)
        finally:
            if gc_was_enabled:
                gc.enable()
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or unreadable: build it
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(table, fh)
            # Atomic: a concurrent reader sees the old state or the whole table.
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass  # a read-only or full disk only costs the build next time
    return table
