"""YAML settings files (``--actors``, ``--lexicon``) read safely, with lines for errors.

PyYAML's safe loader runs no code, but it still has three ways to hurt a
run, each closed here:

* an *alias bomb* (``b: [*a, *a, ...]`` nine levels deep) is a few hundred
  bytes that stand for billions of values; anything that walks it — a
  validator, an error message quoting it — never ends. The node graph is
  measured before anything is built, and a document that would expand past
  :data:`MAX_EXPANDED` values (or refers to itself) is refused;
* an unquoted ``2000-13-45`` is read as a timestamp and ends in a
  ``ValueError`` from :mod:`datetime`. Dates stay strings here: the caller
  checks them and names the line;
* a value quoted in an error message is cut to :func:`shown`'s length.

>>> node, data = load_yaml("- name: Chad\\n  start: 2000-02-30\\n", "a.yaml")
>>> data
[{'name': 'Chad', 'start': '2000-02-30'}]
>>> line_of(node.value[0].value[1][1], "a.yaml")
'a.yaml:2'
"""

from __future__ import annotations

import reprlib
from typing import Any

import yaml

from graphkit.errors import InputError

#: Most values (scalars, lists and mappings, with aliases counted each time
#: they are used) a settings file may stand for: the shipped lexicon holds
#: about 4,000, a large actor file some 100,000.
MAX_EXPANDED = 1_000_000

_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4
_REPR.maxlevel = 2


def shown(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for an error message.

    >>> len(shown("x" * 5000))
    60
    >>> shown([[1, 2, 3, 4, 5, 6]] * 9)
    '[[1, 2, 3, 4, ...], [1, 2, 3, 4, ...], [1, 2, 3, 4, ...], [1, 2, 3, 4, ...], ...'
    """
    text = _REPR.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Loader(yaml.SafeLoader):
    """The safe loader without the implicit timestamp type: dates stay strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def line_of(node: yaml.Node, source: str) -> str:
    """``source:line`` of a node, for an error message."""
    return f"{source}:{node.start_mark.line + 1}"


def _check_expansion(root: yaml.Node, source: str) -> None:
    # Size of each distinct node once (memoised): linear in the file, however
    # many times an alias is used; a node met again on its own path is a cycle.
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            if isinstance(node, yaml.MappingNode):
                children = [c for pair in node.value for c in pair]
            else:
                children = list(node.value)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > MAX_EXPANDED:
                raise InputError(
                    line_of(node, source),
                    f"YAML aliases expand to more than {MAX_EXPANDED:,} values; refused",
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise InputError(line_of(node, source), "YAML alias refers to itself; refused")
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        on_path.add(key)
        stack.append((node, True))
        children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
        stack.extend((c, False) for c in children if id(c) not in sizes)


def load_yaml(text: str, source: str) -> tuple[yaml.Node | None, Any]:
    """Compose and construct one YAML document; return its root node and its data.

    Raises
    ------
    InputError
        Naming ``source:line`` for a syntax error, an alias bomb or a
        self-referring alias.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise InputError(where, f"YAML syntax error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise InputError(source, f"YAML error: {shown(str(exc))}") from None
    if root is None:
        return None, None
    _check_expansion(root, source)
    loader = _Loader("")
    try:
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise InputError(where, f"YAML error: {exc.problem or exc.context}") from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        # A value of a type the safe loader cannot build (a huge int, a bad
        # base64 binary): one line.
        raise InputError(source, f"YAML error: {shown(str(exc))}") from None
    finally:
        loader.dispose()
    return root, data
