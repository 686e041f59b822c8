"""The folder tree is the architecture: each package imports only from the packages below it, and only the
Discord application (and the command extensions) import discord."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

# Lowest first. A module may import from its own package and from any package listed before it.
LAYERS = (
    "bot.core",
    "bot.course",
    "bot.grace",
    "bot.store",
    "bot.answers",
    "bot.understand",
    "bot.calendar",
    "bot.announce",
    "bot.qa",
    "bot.settings",
    "bot.discord_app",
    "commands",
    "bot.console",
    "bot.feed",
    "bot.cli",
)
# Packages allowed to import discord.py.
DISCORD_PACKAGES = ("bot.discord_app", "commands")
# Known exceptions still to be removed (each names why it is here); keep this empty when you can.
DISCORD_EXCEPTIONS: frozenset[str] = frozenset()


def _modules() -> list[tuple[str, Path]]:
    found = []
    for root in ("bot", "commands"):
        for path in sorted((REPO / root).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(p for p in parts if p != "__init__")
            found.append((name, path))
    return found


def _layer(module: str) -> str | None:
    return next((layer for layer in LAYERS if module == layer or module.startswith(layer + ".")), None)


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
    return out


MODULES = _modules()


def test_every_module_belongs_to_a_layer():
    """A new package is placed in the order on purpose, not by accident."""
    loose = [name for name, _ in MODULES if _layer(name) is None and name not in ("bot", "bot.__main__")]
    assert loose == []


@pytest.mark.parametrize(("name", "path"), MODULES, ids=[name for name, _ in MODULES])
def test_imports_only_from_below(name, path):
    """No package imports from a package above it (bot.__main__ is the entry point and may import the CLI)."""
    own = _layer(name)
    if own is None:
        return
    rank = LAYERS.index(own)
    upward = [
        f"line {line}: {target}"
        for line, target in _imports(path)
        if (layer := _layer(target)) is not None and LAYERS.index(layer) > rank
    ]
    assert upward == []


@pytest.mark.parametrize(("name", "path"), MODULES, ids=[name for name, _ in MODULES])
def test_only_the_discord_app_imports_discord(name, path):
    """Pure logic, the store and the front ends never import discord.py."""
    if name.startswith(DISCORD_PACKAGES) or name in DISCORD_EXCEPTIONS:
        return
    found = [f"line {line}: {t}" for line, t in _imports(path) if t == "discord" or t.startswith("discord.")]
    assert found == []


def test_no_subpackage_imports_a_module_above_it():
    """A subpackage (bot.understand.words) never imports a module left in a package above it (bot.understand.engine):
    the entry point at a package's top uses its subpackages, never the other way round. bot's own top-level modules
    (bot.settings) are layers of their own, placed by LAYERS."""
    names = dict(MODULES)
    packages = {name for name, path in MODULES if path.name == "__init__.py"}
    upward = []
    for name, path in MODULES:
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for line, target in _imported_names(path):
            owner = target.rpartition(".")[0]
            if target in names and target not in packages and owner != "bot" and package.startswith(owner + "."):
                upward.append(f"{name} line {line}: {target}")
    assert upward == []


def _imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module an import may name: `from a.b import c` names a.b and a.b.c (c may be a module)."""
    tree = ast.parse(path.read_text(), str(path))
    out = list(_imports(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return out
