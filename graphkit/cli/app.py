"""The ``graphkit`` group: version, ``--quiet``, and ``--quiet`` after any command name."""

from __future__ import annotations

import click

from graphkit import __version__
from graphkit.cli.common import CONTEXT
from graphkit.io.guard import sigterm_as_interrupt

@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="graphkit")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary (problems are still reported).")
@click.pass_context
def main(ctx, quiet):
    """Turn news articles into a graph of actors and how they stand toward each other.

    \b
    Example:
      graphkit build seeds/ -o outputs/idlib.graphml
      graphkit centrality outputs/idlib.graphml --top 10
      graphkit plot outputs/idlib.graphml -o outputs/idlib.png
    """
    sigterm_as_interrupt()  # clean up temporary files on SIGTERM as on Ctrl-C
    ctx.ensure_object(dict)["quiet"] = quiet


def _quiet_after(ctx, param, value):
    # the group's callback has run by now, so ctx.obj is the group's dict
    if value:
        ctx.ensure_object(dict)["quiet"] = True


def quiet_anywhere(group: click.Group) -> None:
    """Give every command of ``group`` a ``--quiet`` of its own.

    ``--quiet`` is the group's option; every command takes it too, so that it
    works before or after the command name.
    """
    for command in group.commands.values():
        if not any(p.name == "quiet" for p in command.params):
            command.params.append(click.Option(
                ["-q", "--quiet"], is_flag=True, default=False, expose_value=False, callback=_quiet_after,
                help="No progress bar or summary (problems are still reported); same as graphkit --quiet.",
            ))
