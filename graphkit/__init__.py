"""graphkit: turn news text into an actor-relationship graph.

The flow runs one way, one module per stage::

    readers  ->  nlp  ->  actors  ->  quotes / stances  ->  extract
             ->  graph  ->  analysis / export / plot

>>> import graphkit
>>> graphkit.__version__ >= "0.1"
True
"""

__version__ = "0.1.0"

from graphkit.errors import GraphkitError, InputError  # noqa: E402

__all__ = ["GraphkitError", "InputError", "__version__"]
