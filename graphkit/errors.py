"""Errors raised by graphkit.

Every error a user can cause is a :class:`GraphkitError` whose message is one
line naming the input and the problem; the CLI prints it and exits non-zero.

>>> str(InputError("seeds/x.txt", "file is empty"))
'seeds/x.txt: file is empty'
"""


class GraphkitError(Exception):
    """Base class for errors a user can act on."""


class InputError(GraphkitError):
    """A problem with one input (file, line or record).

    Parameters
    ----------
    source : str
        The file, ``file:line`` or record id at fault.
    problem : str
        What is wrong, in a few words.
    """

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")
