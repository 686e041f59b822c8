"""Meta: every command module found in commands/ is an extension with a catalog; names are unique and valid;
every command and option is described; the Discord payloads match the catalog; docs list every setting."""

from __future__ import annotations

import importlib

import discord
import pytest

from bot.core.clock import FixedClock
from bot.discord_app.catalog import NAME, CommandSet, extension_names, load_catalog
from bot.discord_app.client import CourseBot
from bot.settings import ENVIRONMENT, Settings
from bot.store.database import Store
from tests.conftest import REPO, at

MODULES = extension_names()
OPTION_TYPES = {
    "text": 3,
    "integer": 4,
    "flag": 5,
    "user": 6,
    "channel": 7,
    "forum": 7,
    "role": 8,
    "number": 10,
    "file": 11,
}


def test_every_command_module_is_found():
    """The walk finds each commands/*.py (helpers start with _), so a new module cannot be forgotten."""
    on_disk = sorted(f"commands.{p.stem}" for p in (REPO / "commands").glob("*.py") if not p.stem.startswith("_"))
    assert on_disk == MODULES
    assert len(MODULES) >= 10


@pytest.mark.parametrize("name", MODULES)
def test_every_module_is_an_extension_with_commands(name):
    """Each module has discord.py's `setup` hook and declares at least one command (or message menu, or forum
    listener) on COMMANDS."""
    module = importlib.import_module(name)
    assert callable(getattr(module, "setup", None))
    assert isinstance(module.COMMANDS, CommandSet)
    assert module.COMMANDS.specs or module.COMMANDS.menus or module.COMMANDS.listeners


@pytest.mark.parametrize("name", MODULES)
def test_every_command_and_option_is_described(name):
    """Valid names, a description of 1-100 characters, every option described, every text option bounded."""
    for spec in importlib.import_module(name).COMMANDS.specs:
        assert NAME.match(spec.name), spec.qualified_name
        assert 1 <= len(spec.description) <= 100, spec.qualified_name
        for option in spec.options:
            where = f"{spec.qualified_name}.{option.name}"
            assert NAME.match(option.name), where
            assert 1 <= len(option.description) <= 100, where
            if option.kind == "text":
                assert option.max_length is not None, where
                assert option.max_length <= 6000, where
            if option.kind in ("integer", "number"):
                assert option.min_value is not None, where
                assert option.max_value is not None, where
            assert len(option.choices) <= 25, where


def test_command_names_are_unique_across_modules():
    """Loading every module into one catalog never meets the same command twice."""
    catalog = load_catalog()
    assert len(catalog) == sum(len(importlib.import_module(m).COMMANDS.specs) for m in MODULES)


async def test_discord_payloads_match_the_catalog(course):
    """What discord.py would register is the catalog: names, descriptions, option types, limits, choices."""
    bot = CourseBot(
        settings=Settings.from_env({}), course=course, clock=FixedClock(at("2024-02-12 10:00")), store=Store(":memory:")
    )
    await bot.load_course_extensions()
    payloads = {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands(type=discord.AppCommandType.chat_input)}
    assert sorted(payloads) == bot.catalog.top_level_names()
    menus = {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands(type=discord.AppCommandType.message)}
    assert sorted(menus) == sorted(bot.catalog.menus)
    for name, menu in bot.catalog.menus.items():
        assert menus[name]["type"] == 3
        assert (menus[name].get("default_member_permissions") is not None) == menu.staff_only, name
    for spec in bot.catalog:
        payload = payloads[spec.group.name if spec.group else spec.name]
        if spec.group:
            assert payload["description"] == spec.group.description
            payload = next(o for o in payload["options"] if o["name"] == spec.name)
        assert payload["description"] == spec.description
        options = {o["name"]: o for o in payload.get("options", [])}
        assert sorted(options) == sorted(o.name for o in spec.options), spec.qualified_name
        for option in spec.options:
            sent = options[option.name]
            assert sent["type"] == OPTION_TYPES[option.kind], spec.qualified_name
            assert sent["description"] == option.description
            assert sent.get("required", False) == option.required
            assert sent.get("max_length") == option.max_length
            assert sent.get("max_value") == option.max_value
            assert [c["value"] for c in sent.get("choices", [])] == [c.value for c in option.choices]
            assert bool(sent.get("autocomplete")) == (option.autocomplete is not None)
        staff_gate = payloads[spec.group.name if spec.group else spec.name].get("default_member_permissions")
        if spec.group is None or spec.group.staff_only:
            assert (staff_gate is not None) == spec.staff_only, spec.qualified_name
    await bot.close()


def test_readme_documents_every_environment_variable():
    """The README's configuration table names every variable the settings read."""
    readme = (REPO / "README.md").read_text()
    for name in ENVIRONMENT:
        assert f"`{name}`" in readme, name
