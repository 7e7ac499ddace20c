"""The layers of the code hold: every functional core imports no CKAN and nothing of the shell, no view reads
the database but through actions, and no module imports itself back through others (docs/architecture.md).

A core is a package named ``core`` (``requests/core``, ``budget/core``, ...), one of the packages that are
core throughout (``law``, ``tabular``) or the table of input limits (``input_limits``). The rules are read
from the source (every import, also those inside functions) and then checked by importing every core
module in a fresh interpreter.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import ckanext.ppid

PACKAGE = Path(ckanext.ppid.__file__).parent
WHOLLY_CORE = ("law", "tabular")
# Modules outside those packages that are core too: the one table of input limits, read by cores and shell.
CORE_MODULES = {"ckanext.ppid.input_limits"}
# What a core may import besides the standard library and other cores.
THIRD_PARTY = {"holidays", "openpyxl", "lxml", "luqum", "charset_normalizer", "babel"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("ckanext", "ppid", *parts))


def is_core(name: str) -> bool:
    parts = name.split(".")[2:]
    return name in CORE_MODULES or (bool(parts) and (parts[0] in WHOLLY_CORE or "core" in parts))


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migration" in path.relative_to(PACKAGE).parts:
            continue
        yield module_name(path), ast.parse(path.read_text(encoding="utf-8"))


def imported(tree: ast.AST, top_level_only: bool = False) -> Iterator[str]:
    """Every module an import statement names (for ``from a import b``: ``a.b`` when that is a module)."""
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module != "ckanext.ppid":  # the namespace's own package holds no code
                yield node.module
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if candidate.startswith("ckanext.ppid.") and known_module(candidate):
                    yield candidate


def known_module(name: str) -> bool:
    relative = Path(*name.split(".")[2:])
    return (PACKAGE / relative).with_suffix(".py").exists() or (PACKAGE / relative / "__init__.py").exists()


CORES = [(name, tree) for name, tree in modules() if is_core(name)]


def test_there_are_cores_to_check():
    packages = {name.split(".")[2] for name, _ in CORES}
    assert {"law", "tabular", "requests", "budget", "register", "calendar"} <= packages


def test_cores_import_only_cores_and_the_standard_library():
    wrong = []
    for name, tree in CORES:
        for target in imported(tree):
            root = target.split(".")[0]
            if target.startswith("ckanext.ppid."):
                if known_module(target) and not is_core(target):
                    wrong.append(f"{name} imports {target}")
            elif root == "ckanext" or (root not in sys.stdlib_module_names and root not in THIRD_PARTY):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_cores_load_without_ckan_flask_or_a_database_driver():
    names = [name for name, _ in CORES]
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded & {'ckan', 'flask', 'sqlalchemy', 'psycopg2'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# Modules that serve pages without creating a Blueprint of their own: parts of the views.
VIEW_PARTS = {
    "ckanext.ppid.budget.downloads",
    "ckanext.ppid.register.exports",
    "ckanext.ppid.shell.paged_lists",
}


def creates_blueprint(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Call)
        and (getattr(node.func, "id", None) == "Blueprint" or getattr(node.func, "attr", None) == "Blueprint")
        for node in ast.walk(tree)
    )


VIEWS = [(name, tree) for name, tree in modules() if creates_blueprint(tree) or name in VIEW_PARTS]


def every_import(tree: ast.AST) -> Iterator[str]:
    """Every name an import statement reaches: ``from a import b`` gives ``a`` and ``a.b``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def reaches_the_database(target: str) -> bool:
    """``ckan.model``, SQLAlchemy, or a model module of ours (``requests.model``, ``notifications.model``)."""
    parts = target.split(".")
    return (
        parts[:2] == ["ckan", "model"]
        or parts[0] == "sqlalchemy"
        or (parts[:2] == ["ckanext", "ppid"] and "model" in parts[2:])
    )


def test_the_views_are_found():
    names = {name for name, _ in VIEWS}
    packages = {name.split(".")[2] for name in names}
    assert {"audit", "budget", "calendar", "notifications", "register", "requests"} <= packages
    assert names >= VIEW_PARTS
    assert len(names) >= 15


def test_views_read_through_actions_only():
    """No view imports a model or SQLAlchemy, nor touches a session: what a page shows comes from actions."""
    wrong = []
    for name, tree in VIEWS:
        wrong += [f"{name} imports {target}" for target in every_import(tree) if reaches_the_database(target)]
        wrong += [
            f"{name} uses Session"
            for node in ast.walk(tree)
            if getattr(node, "id", None) == "Session" or getattr(node, "attr", None) == "Session"
        ]
    assert wrong == []


def test_views_build_no_action_context_of_their_own():
    """The visitor's context is built in one place (``shell.action_context``), not in every view."""
    wrong = [
        f"{name} line {node.lineno}"
        for name, tree in VIEWS
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        and any(isinstance(key, ast.Constant) and key.value in ("user", "auth_user_obj") for key in node.keys)
    ]
    assert wrong == []


def test_the_database_rule_catches_what_it_should():
    assert reaches_the_database("ckan.model")
    assert reaches_the_database("ckan.model.Group")
    assert reaches_the_database("sqlalchemy.orm")
    assert reaches_the_database("ckanext.ppid.requests.model.information_request")
    assert reaches_the_database("ckanext.ppid.notifications.model.PENDING")
    assert not reaches_the_database("ckan.plugins.toolkit")
    assert not reaches_the_database("ckanext.ppid.notifications.dicts")


def test_no_module_imports_itself_back():
    graph = {
        name: {target for target in imported(tree, top_level_only=True) if target.startswith("ckanext.ppid.")}
        for name, tree in modules()
    }
    # A package's __init__ is run by importing any of its modules; it is not an import of the package's code.
    for targets in graph.values():
        targets -= {target for target in list(targets) if not known_module(target)}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
