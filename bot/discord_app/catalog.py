"""The command catalog: every command written once, as plain data the Discord bot and the console both read.

A command module (commands/*.py) declares its commands on a module-level `COMMANDS = CommandSet()`:

    @COMMANDS.command("due", within=Opt.text("How far ahead ...", max_length=100))
    async def due(inv: Invocation, within: str | None = None) -> None:
        \"\"\"What's due soon, with exact times in your own time zone.\"\"\"

The body's first line of docstring is the description students see; its signature gives each option's name,
whether it is required and its default; `Opt` gives the kind, the limits, choices and autocomplete. The module's
`setup` (a discord.py extension hook) registers the same specs with discord.py (bot.discord_app.registry).
No discord here: the console imports this module, never discord.py.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from bot.discord_app.interactions import ActionSpec, ListenerSpec, MenuSpec
from bot.discord_app.options import Opt

COMMANDS_PACKAGE = "commands"
NAME = re.compile(r"^[-_a-z0-9]{1,32}$")
DESCRIPTION_LIMIT = 100

Body = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class GroupSpec:
    """A command group (`/admin ...`). staff_only and server_only apply to every subcommand."""

    name: str
    description: str
    staff_only: bool = False
    server_only: bool = False


@dataclass(frozen=True)
class CommandSpec:
    """One slash command or subcommand, as both front ends run it."""

    name: str
    description: str
    body: Body
    options: tuple[Opt, ...] = ()
    group: GroupSpec | None = None
    staff_only: bool = False
    server_only: bool = False
    module: str = ""
    # The answer depends only on the server's course, the time (to the minute), the options and what the server's
    # staff published: the same for every asker, never private (bot.discord_app.public_answers keeps it).
    public: bool = False

    @cached_property  # read on every run (the log line, the catalog's order); a spec never changes
    def qualified_name(self) -> str:
        return f"{self.group.name} {self.name}" if self.group else self.name

    @property
    def option_map(self) -> dict[str, Opt]:
        return {o.name: o for o in self.options}


class CommandSet:
    """The commands one module declares. `setup` is the module's discord.py extension hook."""

    def __init__(self) -> None:
        self.specs: list[CommandSpec] = []
        self.groups: list[GroupSpec] = []
        self.actions: list[ActionSpec] = []
        self.menus: list[MenuSpec] = []
        self.listeners: list[ListenerSpec] = []

    def action(self, name: str, *, staff_only: bool = False) -> Callable[[Body], Body]:
        """Declare what a button or form submission named `name` runs: body(inv, arg, values)."""

        def register(body: Body) -> Body:
            self.actions.append(ActionSpec(name, body, staff_only=staff_only, module=body.__module__))
            return body

        return register

    def message_menu(self, name: str, *, staff_only: bool = False) -> Callable[[Body], Body]:
        """Declare a message context menu ("Mark as answer"): body(inv, message)."""

        def register(body: Body) -> Body:
            self.menus.append(MenuSpec(name, body, staff_only=staff_only, module=body.__module__))
            return body

        return register

    def listener(self, event: str) -> Callable[[Body], Body]:
        """Declare what runs when a forum event of this kind is seen: body(inv, event)."""

        def register(body: Body) -> Body:
            self.listeners.append(ListenerSpec(event, body, module=body.__module__))
            return body

        return register

    def command(
        self, name: str, *, staff_only: bool = False, server_only: bool = False, public: bool = False, **options: Opt
    ) -> Callable[[Body], Body]:
        """Declare a top-level command; keyword arguments describe its options (by parameter name). `public`: its
        one answer is the same for everyone asking in the same minute (see CommandSpec.public)."""
        return self._decorator(name, None, staff_only, server_only, options, public)

    def group(self, name: str, description: str, *, staff_only: bool = False, server_only: bool = False) -> GroupSet:
        """Declare a group (`/setup channel`, `/setup show`, ...); its `command` decorator adds subcommands."""
        group = GroupSpec(name, description, staff_only, server_only)
        self.groups.append(group)
        return GroupSet(self, group)

    def _decorator(
        self,
        name: str,
        group: GroupSpec | None,
        staff_only: bool,
        server_only: bool,
        options: dict[str, Opt],
        public: bool = False,
    ) -> Callable[[Body], Body]:
        if public and (staff_only or (group is not None and group.staff_only)):
            raise TypeError(f"/{name}: a staff command's answer is not public")

        def register(body: Body) -> Body:
            self.specs.append(
                CommandSpec(
                    name=name,
                    description=_description(body),
                    body=body,
                    options=_options_from(body, options),
                    group=group,
                    staff_only=staff_only or bool(group and group.staff_only),
                    server_only=server_only or bool(group and group.server_only),
                    module=body.__module__,
                    public=public,
                )
            )
            return body

        return register

    async def setup(self, bot: Any) -> None:
        """discord.py's extension hook: register these commands with the bot's command tree."""
        await bot.add_command_set(self)


@dataclass
class GroupSet:
    commands: CommandSet
    spec: GroupSpec

    def command(
        self, name: str, *, staff_only: bool = False, server_only: bool = False, public: bool = False, **options: Opt
    ) -> Callable[[Body], Body]:
        return self.commands._decorator(name, self.spec, staff_only, server_only, options, public)


def _description(body: Body) -> str:
    doc = inspect.getdoc(body) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _options_from(body: Body, declared: dict[str, Opt]) -> tuple[Opt, ...]:
    """Each parameter after the invocation, with its Opt: the signature and the declaration must agree."""
    params = list(inspect.signature(body).parameters.values())[1:]
    names = [p.name for p in params]
    if set(names) != set(declared):
        raise TypeError(f"{body.__qualname__}: parameters {names} and declared options {sorted(declared)} differ")
    out = []
    for param in params:
        required = param.default is inspect.Parameter.empty
        out.append(
            declared[param.name].named(param.name, required=required, default=None if required else param.default)
        )
    # Discord lists required options first; so does every usage line.
    return tuple(sorted(out, key=lambda o: not o.required))


@dataclass
class Catalog:
    """Every command the loaded modules declare, by qualified name ('due', 'setup channel')."""

    specs: dict[str, CommandSpec] = field(default_factory=dict)
    groups: dict[str, GroupSpec] = field(default_factory=dict)
    actions: dict[str, ActionSpec] = field(default_factory=dict)
    menus: dict[str, MenuSpec] = field(default_factory=dict)
    listeners: dict[str, list[ListenerSpec]] = field(default_factory=dict)
    # /help's entries, listed once per change of the commands (every /help reads them)
    _help: tuple[tuple[str, str, bool], ...] | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, commands: CommandSet) -> None:
        self._help = None
        for action in commands.actions:
            if action.name in self.actions:
                raise ValueError(f"two definitions of the action {action.name!r}")
            self.actions[action.name] = action
        for menu in commands.menus:
            if menu.name in self.menus:
                raise ValueError(f"two definitions of the menu {menu.name!r}")
            self.menus[menu.name] = menu
        for listener in commands.listeners:
            self.listeners.setdefault(listener.event, []).append(listener)
        for group in commands.groups:
            if group.name in self.groups or group.name in self.specs:
                raise ValueError(f"two definitions of /{group.name}")
            self.groups[group.name] = group
        for spec in commands.specs:
            if spec.qualified_name in self.specs or (spec.group is None and spec.name in self.groups):
                raise ValueError(f"two definitions of /{spec.qualified_name}")
            self.specs[spec.qualified_name] = spec

    def get(self, qualified_name: str) -> CommandSpec | None:
        return self.specs.get(qualified_name)

    def __iter__(self) -> Iterator[CommandSpec]:
        return iter(sorted(self.specs.values(), key=lambda s: s.qualified_name))

    def __len__(self) -> int:
        return len(self.specs)

    def subcommands(self, group: str) -> list[CommandSpec]:
        return [s for s in self if s.group is not None and s.group.name == group]

    def top_level_names(self) -> list[str]:
        return sorted({s.group.name if s.group else s.name for s in self.specs.values()})

    def help_entries(self) -> tuple[tuple[str, str, bool], ...]:
        """(qualified name, description, staff only) for every command, for /help."""
        if self._help is None:
            self._help = tuple((s.qualified_name, s.description, s.staff_only) for s in self)
        return self._help


def extension_names(package: str = COMMANDS_PACKAGE) -> list[str]:
    """Every command module, found by walking the package (a module whose name starts with _ is a helper)."""
    root = importlib.import_module(package)
    found = pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
    return sorted(m.name for m in found if not any(part.startswith("_") for part in m.name.split(".")))


def command_set_of(module_name: str) -> CommandSet:
    module = importlib.import_module(module_name)
    commands = getattr(module, "COMMANDS", None)
    if not isinstance(commands, CommandSet):
        raise TypeError(f"{module_name} declares no COMMANDS = CommandSet()")
    return commands


def load_catalog(package: str = COMMANDS_PACKAGE) -> Catalog:
    """The catalog of every command module in the package (what the console runs)."""
    catalog = Catalog()
    for name in extension_names(package):
        catalog.add(command_set_of(name))
    return catalog
