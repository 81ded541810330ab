"""Atomic file writing: the one place in graphkit that writes output files.

The output is first written to a temporary file in the same directory, then
renamed over the target, so a reader never sees half a file and a failed
write leaves the old file (or none) in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from graphkit.errors import GraphkitError

# ---------------------------------------------------------------------------
# Atomic writes
# ---------------------------------------------------------------------------

# Read once: os.umask can only be read by setting it, which is not
# thread-safe, and mkstemp creates files 0600 that we widen to the usual mode.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextmanager
def atomic_open(
    path: str | os.PathLike,
    mode: str = "w",
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` on success.

    If the body raises, the temporary file is removed and ``path`` is left
    as it was (or absent). This is the one place in graphkit that writes
    output files.

    Parameters
    ----------
    path : path-like
        The file to create or replace.
    mode : {"w", "wb"}
        Text or binary.
    encoding : str, optional
        Text encoding (ignored in binary mode).
    newline : str, optional
        As for :func:`open`; ``""`` for the :mod:`csv` module.

    Raises
    ------
    GraphkitError
        When the directory does not exist or cannot be written.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "out.txt")
    ...     with atomic_open(p) as f:
    ...         _ = f.write("hello")
    ...     print(open(p).read(), os.listdir(d))
    hello ['out.txt']
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open: mode must be 'w' or 'wb', not {mode!r}")
    path = Path(path)
    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as e:
        reason = e.strerror or str(e)
        if not directory.is_dir():
            reason = f"directory {str(directory)!r} does not exist"
        raise GraphkitError(f"{path}: cannot write: {reason}") from None
    try:
        if "b" in mode:
            f = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with f:
            yield f
        os.chmod(tmp, 0o666 & ~_UMASK)
        try:
            os.replace(tmp, path)
        except OSError as e:
            raise GraphkitError(f"{path}: cannot write: {e.strerror or e}") from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(
    path: str | os.PathLike,
    content: bytes | str | Callable[[IO[bytes]], Any],
) -> Path:
    """Write ``content`` to ``path`` atomically and return the path.

    Parameters
    ----------
    path : path-like
        The file to create or replace.
    content : bytes, str or callable
        Bytes are written as they are, a str as UTF-8, and a callable is
        called with a binary file object to write into (for example
        ``lambda f: fig.savefig(f, format="png")``). If the callable raises,
        nothing is left behind.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = atomic_write(os.path.join(d, "x.bin"), lambda f: f.write(b"ok"))
    ...     p.read_bytes()
    b'ok'
    """
    if isinstance(content, str):
        content = content.encode("utf-8")
    with atomic_open(path, "wb") as f:
        if isinstance(content, (bytes, bytearray, memoryview)):
            f.write(content)
        elif callable(content):
            content(f)
        else:
            raise TypeError(
                f"atomic_write: content must be bytes, str or callable, "
                f"not {type(content).__name__}"
            )
    return Path(path)


@contextmanager
def output_folder(path: str | os.PathLike) -> Iterator[Path]:
    """Create the missing folders above ``path``; remove them again if the body fails.

    So that a command writing ``out/new/g.gexf`` works like ``graphkit build``
    does, and a failed run leaves no new, empty folder behind.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     try:
    ...         with output_folder(os.path.join(d, "a", "b", "g.gexf")):
    ...             raise RuntimeError("failed")
    ...     except RuntimeError:
    ...         pass
    ...     os.listdir(d)
    []
    """
    parent = Path(path).parent
    missing = []
    p = parent
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GraphkitError(f"{path}: cannot create folder {str(parent)!r}: {e.strerror or e}") from None
    try:
        yield parent
    except BaseException:
        for folder in missing:  # deepest first
            with suppress(OSError):
                folder.rmdir()
        raise
