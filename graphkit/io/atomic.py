"""Atomic file writing: the one place in graphkit that writes output files.

The output is first written to a temporary file in the same directory, then
renamed over the target, so a reader never sees half a file and a failed
write leaves the old file (or none) in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
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
        try:
            if "b" in mode:
                f = os.fdopen(fd, "wb")
            else:
                f = os.fdopen(fd, "w", encoding=encoding, newline=newline)
            with f:
                yield f
            os.chmod(tmp, 0o666 & ~_UMASK)
            os.replace(tmp, path)
        except OSError as e:
            # A full disk or a read-only file system ends here (the write,
            # the flush on close, the rename): one line naming the output.
            # An error about another file (an input the body reads) passes on.
            if e.filename not in (None, tmp):
                raise
            raise write_error(path, e) from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_error(path: str | os.PathLike, exc: OSError) -> GraphkitError:
    """The one-line error for an output that could not be written.

    >>> import errno
    >>> str(write_error("out/g.gexf", OSError(errno.ENOSPC, "No space left on device")))
    'out/g.gexf: cannot write: No space left on device'
    """
    return GraphkitError(f"{path}: cannot write: {exc.strerror or exc}")


@contextmanager
def atomic_files(
    paths: Sequence[str | os.PathLike],
    mode: str = "w",
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[list[IO]]:
    """Like :func:`atomic_open` for files that belong together: all appear, or none.

    Every file is written to a temporary file beside its target first; only
    when all were written are they renamed into place, and should a rename
    fail, the targets already replaced get their old content back (kept
    through a hard link). A full disk therefore never leaves a CSV export's
    ``nodes.csv`` without its ``edges.csv``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     a, b = os.path.join(d, "a.csv"), os.path.join(d, "b.csv")
    ...     with atomic_files([a, b]) as (fa, fb):
    ...         _ = fa.write("1"), fb.write("2")
    ...     sorted(os.listdir(d))
    ['a.csv', 'b.csv']
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_files: mode must be 'w' or 'wb', not {mode!r}")
    targets = [Path(p) for p in paths]
    temps: list[str] = []
    files: list[IO] = []
    try:
        for target in targets:
            try:
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            except OSError as e:
                raise write_error(target, e) from None
            temps.append(tmp)
            files.append(os.fdopen(fd, "wb") if "b" in mode else os.fdopen(fd, "w", encoding=encoding, newline=newline))
        try:
            yield files
        except OSError as e:
            if e.filename not in (None, *temps):
                raise
            raise write_error(targets[0], e) from None
        for target, tmp, f in zip(targets, temps, files):
            try:
                f.close()  # the flush on close is where a full disk often shows
                os.chmod(tmp, 0o666 & ~_UMASK)
            except OSError as e:
                raise write_error(target, e) from None
        _replace_together(list(zip(temps, targets)))
    except BaseException:
        for f in files:
            with suppress(OSError):
                f.close()
        for tmp in temps:
            with suppress(OSError):
                os.unlink(tmp)
        raise


def _replace_together(moves: list[tuple[str, Path]]) -> None:
    """Rename each temporary file over its target; on a failure undo the ones done."""
    backups: list[str | None] = []
    try:
        for _, target in moves:
            # A hard link keeps each old file reachable until every rename
            # has succeeded; without one (no link support) nothing is renamed.
            if os.path.lexists(target):
                backup = tempfile.mktemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old")
                try:
                    os.link(target, backup)
                except OSError as e:
                    raise write_error(target, e) from None
                backups.append(backup)
            else:
                backups.append(None)
        done: list[int] = []
        for i, (tmp, target) in enumerate(moves):
            try:
                os.replace(tmp, target)
            except OSError as e:
                for j in reversed(done):
                    with suppress(OSError):
                        if backups[j] is not None:
                            os.replace(backups[j], moves[j][1])
                        else:
                            os.unlink(moves[j][1])
                raise write_error(target, e) from None
            done.append(i)
    finally:
        for backup in backups:
            if backup is not None:
                with suppress(OSError):
                    os.unlink(backup)


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
