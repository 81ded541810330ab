"""Guards that keep graphkit from harming a user's files.

* an output path that is an input (or, for a report folder, holds one) is
  refused before anything is read (:func:`refuse_inputs_as_outputs`);
* a report folder is only replaced when it is empty or a previous report
  (:func:`check_report_folder`);
* a graph and its evidence file are replaced together under an exclusive
  lock on their folder (:func:`folder_lock`), so two runs writing the same
  output never leave the graph of one beside the evidence of the other.

>>> refuse_inputs_as_outputs(["out.graphml"], ["news/"])
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.errors import GraphkitError

#: Suffixes of the files a report folder holds; anything else means the
#: folder is not a previous report and is left alone.
REPORT_SUFFIXES = (".md", ".graphml", ".gexf", ".json", ".csv", ".jsonl", ".png", ".svg", ".pdf", ".html")


def _real(p: str | Path) -> Path:
    return Path(os.path.realpath(os.fspath(p)))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def refuse_inputs_as_outputs(outputs: Iterable[str | Path | None], inputs: Iterable[str | Path | None]) -> None:
    """Raise :class:`GraphkitError` when an output is an input, or an existing file in an input folder.

    ``-`` (standard input/output) is never a clash.
    """
    ins = [_real(i) for i in inputs if i is not None and str(i) != "-"]
    for out in outputs:
        if out is None or str(out) == "-":
            continue
        o = _real(out)
        for i in ins:
            # An existing file inside an input folder is read by the walk, then overwritten.
            if o == i or (i.is_dir() and _inside(o, i) and o.is_file()):
                raise GraphkitError(f"{out}: output is an input ({i}); choose another output path")


def check_report_folder(folder: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse a report folder that holds an input or is neither empty nor a previous report.

    >>> check_report_folder("no-such-folder-xyz", [])
    """
    f = _real(folder)
    for i in inputs:
        if str(i) == "-":
            continue
        r = _real(i)
        if _inside(r, f) or _inside(f, r):
            raise GraphkitError(f"{folder}: report folder holds or is inside an input ({i}); choose another folder")
    if not os.path.lexists(folder):
        return
    if not f.is_dir():
        raise GraphkitError(f"{folder}: exists and is not a folder; choose another report folder")
    entries = list(f.iterdir())
    if not entries:
        return
    names = {p.name for p in entries}
    previous = "index.md" in names and all(
        p.is_file() and not p.is_symlink() and p.suffix in REPORT_SUFFIXES for p in entries
    )
    if not previous:
        raise GraphkitError(
            f"{folder}: folder is not empty and is not a previous graphkit report; "
            "choose a new or empty folder (nothing was changed)"
        )


@contextlib.contextmanager
def folder_lock(folder: str | Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` (a directory file descriptor, no lock file left behind)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return
    try:
        fd = os.open(os.fspath(folder) or ".", os.O_RDONLY)
    except OSError as e:
        raise GraphkitError(f"{folder}: cannot lock the folder: {e.strerror or e}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def sigterm_as_interrupt() -> None:
    """Make SIGTERM raise :class:`KeyboardInterrupt` in the main thread, as Ctrl-C does.

    Every writer cleans up its temporary files and folders on any exception,
    so a ``kill`` leaves no ``*.tmp`` file or ``.report-*`` folder behind.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM kills outright
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)


def die_with_parent() -> None:
    """In a worker process: ask Linux to send SIGKILL when the parent dies (no orphaned workers).

    A no-op where ``prctl`` is missing.
    """
    import ctypes
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    # The parent may have died before prctl took effect.
    if os.getppid() == 1:
        os._exit(1)
