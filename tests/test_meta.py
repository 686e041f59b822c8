"""Meta: every extension loads and has setup; command names are unique and valid; docs list every setting."""

from __future__ import annotations

import importlib
import re

import discord
import pytest

from bot.core.clock import FixedClock
from bot.discord_app.client import EXTENSIONS, CourseBot
from bot.settings import ENVIRONMENT, Settings
from bot.store.database import Store
from tests.conftest import REPO, at

NAME = re.compile(r"^[-_a-z0-9]{1,32}$")


@pytest.mark.parametrize("name", EXTENSIONS)
def test_every_extension_has_setup(name):
    """Each commands.* module is a discord.py extension."""
    module = importlib.import_module(name)
    assert callable(getattr(module, "setup", None))


async def test_command_tree_is_valid(course):
    """Names are unique and valid, descriptions fit, every option is described, payloads serialise."""
    bot = CourseBot(
        settings=Settings.from_env({}), course=course, clock=FixedClock(at("2024-02-12 10:00")), store=Store(":memory:")
    )
    await bot.load_course_extensions()
    commands = bot.tree.get_commands()
    names = [c.name for c in commands]
    assert len(names) == len(set(names))
    for command in commands:
        payload = command.to_dict(bot.tree)
        assert NAME.match(payload["name"])
        assert 1 <= len(payload["description"]) <= 100
        leaves = command.walk_commands() if isinstance(command, discord.app_commands.Group) else [command]
        for leaf in leaves:
            assert NAME.match(leaf.name)
            for param in leaf.parameters:
                assert param.description, f"{leaf.qualified_name}.{param.name}"
                assert param.description != "…", f"{leaf.qualified_name}.{param.name}"
    await bot.close()


def test_readme_documents_every_environment_variable():
    """The README's configuration table names every variable the settings read."""
    readme = (REPO / "README.md").read_text()
    for name in ENVIRONMENT:
        assert f"`{name}`" in readme, name
