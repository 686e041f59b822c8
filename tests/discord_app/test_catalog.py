"""The command catalog: declarations agree with the body's signature, names are unique, modules are found by
walking commands/, and the console can load it all without discord.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.discord_app.catalog import Catalog, CommandSet, extension_names, load_catalog
from bot.discord_app.options import Opt
from tests.conftest import REPO


def test_a_command_takes_its_options_from_signature_and_declaration():
    """Required options come first; optional ones carry the body's default; the docstring's first line is the
    description."""
    commands = CommandSet()

    @commands.command("due", within=Opt.text("How far", max_length=10), section=Opt.text("Which", max_length=10))
    async def due(inv, section: str, within: str = "7") -> None:
        """What is due.

        More words that are not the description."""

    (spec,) = commands.specs
    assert spec.description == "What is due."
    assert [(o.name, o.required, o.default) for o in spec.options] == [("section", True, None), ("within", False, "7")]


def test_a_declaration_that_does_not_match_the_signature_is_an_error():
    """An option declared but not taken (or taken but not declared) fails when the module loads."""
    commands = CommandSet()
    with pytest.raises(TypeError, match="differ"):

        @commands.command("x", typo=Opt.flag("On"))
        async def x(inv, enabled: bool = False) -> None:
            """X."""


def test_two_definitions_of_one_command_are_refused():
    """The same name twice (or a command named like a group) cannot both be registered."""
    first, second = CommandSet(), CommandSet()

    @first.command("help")
    async def one(inv) -> None:
        """One."""

    @second.command("help")
    async def two(inv) -> None:
        """Two."""

    catalog = Catalog()
    catalog.add(first)
    with pytest.raises(ValueError, match="two definitions of /help"):
        catalog.add(second)


def test_modules_are_found_by_walking_the_package():
    """Every commands/*.py is found, helpers (_shared) are not; the catalog has groups and their subcommands."""
    names = extension_names()
    assert "commands.deadlines" in names
    assert "commands._shared" not in names
    catalog = load_catalog()
    assert {"admin", "announce", "setup", "remind", "gracedays", "exam"} <= set(catalog.groups)
    assert [s.name for s in catalog.subcommands("remind")] == ["list", "me", "stop"]
    assert catalog.get("setup channel").staff_only
    assert catalog.get("link").server_only


def test_the_console_side_never_loads_discord():
    """The catalog, every command module and the console import no discord.py at all."""
    probe = (
        "import sys; import bot.console.app; from bot.discord_app.catalog import load_catalog; load_catalog(); "
        "print(sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_help_entries_follow_every_module_added():
    from bot.discord_app.catalog import Catalog, CommandSet

    catalog, first, second = Catalog(), CommandSet(), CommandSet()

    @first.command("zeta")
    async def zeta(inv) -> None:
        """Last by name."""

    @second.command("alpha")
    async def alpha(inv) -> None:
        """First by name."""

    catalog.add(first)
    assert catalog.help_entries() == (("zeta", "Last by name.", False),)
    assert catalog.help_entries() is catalog.help_entries()  # listed once...
    catalog.add(second)
    assert [name for name, _, _ in catalog.help_entries()] == ["alpha", "zeta"]  # ...and again after a change
