"""The package's shape: data flows one way between stages, no import circles, no sprawling modules.

Stages, lowest first (``docs/ARCHITECTURE.md``): the shared base (``errors``,
``records``), ``io``, ``extraction`` (and ``evaluate``, which scores its
records), ``graph``, ``analysis``, ``viz``, and the CLI on top. A module may
import from its own stage or a lower one, never a higher one; imports inside
functions count too, because a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"

STAGES = {
    "graphkit": 0, "graphkit.errors": 0, "graphkit.records": 0,
    "graphkit.io": 1,
    "graphkit.extraction": 2, "graphkit.evaluate": 2,
    "graphkit.graph": 3,
    "graphkit.analysis": 4,
    "graphkit.viz": 5,
    "graphkit.cli": 6, "graphkit.__main__": 6,
}
MAX_LINES = 750
WHOLE = "reads best whole"


def _modules() -> dict[str, Path]:
    mods = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        mods[name.removesuffix(".__init__")] = path
    return mods


def _stage(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in STAGES:
            return STAGES[prefix]
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES and docs/ARCHITECTURE.md")


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != module:
                found.add(t)
    return found


MODULES = _modules()
GRAPH = nx.DiGraph()
for _name, _path in MODULES.items():
    GRAPH.add_node(_name)
    for _target in _imports(_name, _path, set(MODULES)):
        # A package re-exporting its own children is not a dependency loop.
        if not _target.startswith(_name + "."):
            GRAPH.add_edge(_name, _target)


def test_every_module_has_a_stage():
    for module in MODULES:
        _stage(module)


def test_no_import_circles():
    cycles = [sorted(c) for c in nx.strongly_connected_components(GRAPH) if len(c) > 1]
    assert not cycles, f"modules that import each other: {cycles}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_flow_down_the_stages(module):
    upward = [t for t in GRAPH.successors(module) if _stage(t) > _stage(module)]
    assert not upward, f"{module} (stage {_stage(module)}) imports a later stage: {upward}"


def test_io_and_extraction_never_reach_viz_or_analysis():
    low = [m for m in MODULES if _stage(m) <= 2]
    for m in low:
        reach = nx.descendants(GRAPH, m)
        bad = sorted(t for t in reach if t.startswith(("graphkit.viz", "graphkit.analysis")))
        assert not bad, f"{m} reaches {bad}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_readable(module):
    text = MODULES[module].read_text(encoding="utf-8")
    lines = text.count("\n")
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert lines <= MAX_LINES or WHOLE in doc, (
        f"{module} has {lines} lines: split it by concern, or say in its docstring why it {WHOLE}"
    )


def test_the_checks_catch_a_circle_and_an_upward_import(tmp_path):
    # The walker must see both kinds of import; a test of it on a toy package.
    pkg = tmp_path / "graphkit"
    (pkg / "io").mkdir(parents=True)
    (pkg / "viz").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "io" / "__init__.py").write_text("")
    (pkg / "viz" / "__init__.py").write_text("")
    (pkg / "io" / "a.py").write_text("def f():\n    from graphkit.viz.b import g\n")
    (pkg / "viz" / "b.py").write_text("from graphkit.io.a import f\n")
    known = {"graphkit", "graphkit.io", "graphkit.viz", "graphkit.io.a", "graphkit.viz.b"}
    assert _imports("graphkit.io.a", pkg / "io" / "a.py", known) == {"graphkit.viz.b"}
    assert "graphkit.io.a" in _imports("graphkit.viz.b", pkg / "viz" / "b.py", known)


def test_public_names_load_from_the_package_root():
    import graphkit

    for name in graphkit.__all__:
        assert getattr(graphkit, name) is not None, name
    assert graphkit.build.__module__ == "graphkit.graph.build"
    with pytest.raises(AttributeError):
        graphkit.no_such_name  # noqa: B018
