"""The ``graphkit`` command line: parse options, call the library, report errors.

Nothing here computes anything: each command hands its options to a library
function and prints or writes what comes back. ``GraphkitError`` becomes a
one-line ``click.ClickException``.

\b
The commands live by what they read:
  app        the ``graphkit`` group (version, --quiet)
  common     shared option decorators, graph loading and filters, output helpers
  articles   build, extract, actors, quotes, events, evaluate, report
  analyse    centrality, communities, factions, balance, ego, diff
  outputs    export, plot, view
"""

from __future__ import annotations

from graphkit.cli import analyse, articles, outputs  # noqa: F401  (registers the commands)
from graphkit.cli.app import main, quiet_anywhere

quiet_anywhere(main)

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    main()
