"""The catalog's commands registered with discord.py: each spec becomes an app command whose signature has the
real option types (Range limits, choices, descriptions, autocomplete), and whose callback turns the interaction
into an `Invocation` and takes the shared path (bot.discord_app.running)."""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.core.answer import Answer, Option, error_answer
from bot.discord_app.catalog import CommandSpec, GroupSpec
from bot.discord_app.discord_forum import DiscordForum
from bot.discord_app.discord_reply import DiscordReply
from bot.discord_app.events_tab import DiscordEventsTab
from bot.discord_app.interactions import MenuSpec, MessageRef
from bot.discord_app.invocation import Invocation, NoReply, Reply
from bot.discord_app.options import ChannelRef, Opt, RoleRef, Upload, UserRef
from bot.discord_app.permissions import member_is_staff
from bot.discord_app.running import complete, run_command, run_menu

log = logging.getLogger(__name__)
STAFF_PERMISSIONS = discord.Permissions(manage_guild=True)
ASK = "ask"  # the command an answer's follow-up options are asked through


def invocation_for(bot: Any, interaction: discord.Interaction, reply: Reply | None = None) -> Invocation:
    """What a command body sees of this interaction."""
    guild_id = interaction.guild_id
    setup = bot.setup_of(guild_id)
    return Invocation(
        served=bot.served_course(guild_id, setup),
        now=bot.now(),
        store=bot.store,
        server_id=guild_id,
        user=UserRef(interaction.user.id, interaction.user.name),
        is_staff=member_is_staff(interaction.permissions, interaction.user, bot.staff_role_in(setup), guild_id),
        reply=reply or DiscordReply(interaction, pick=lambda i, option: ask_option(bot, i, option)),
        host=bot,
        events=DiscordEventsTab(bot, guild_id) if guild_id is not None else None,  # the server looked up when used
        forum=DiscordForum(bot, guild_id) if guild_id is not None else None,
    )


async def ask_option(bot: Any, interaction: discord.Interaction, option: Option) -> None:
    """A follow-up option was clicked: ask its question through /ask, as if the asker had typed it."""
    spec = bot.catalog.get(ASK)
    with bot.store.cache.pinned():
        inv = invocation_for(bot, interaction)
        if spec is None:
            await inv.reply.private(_gone())
            return
        await run_logged(spec, inv, {"question": option.question})


def _gone() -> Answer:
    return error_answer("That follow-up is no longer available; ask again with /ask.")


async def run_logged(spec: CommandSpec, inv: Invocation, values: dict[str, Any]) -> str:
    started = time.perf_counter()
    outcome = await run_command(spec, inv, values)
    latency = (time.perf_counter() - started) * 1000
    log.info("command=%s guild=%s latency_ms=%.1f outcome=%s", spec.qualified_name, inv.server_id, latency, outcome)
    return outcome


class ForumOnly(app_commands.Transformer):
    """A channel option offering forum channels only (discord.py's ForumChannel also offers media channels, type
    16, which Discord's OpenAPI spec does not list)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.forum]

    async def transform(self, interaction: discord.Interaction, value: Any) -> Any:
        return value


# --- from a spec to discord.py --------------------------------------------------------------------------------


def _annotation(option: Opt) -> Any:
    """The type discord.py reads for this option (limits as Range, so Discord's app shows them too)."""
    if option.kind == "text":
        base: Any = app_commands.Range[str, option.min_length, option.max_length]
    elif option.kind == "integer":
        base = app_commands.Range[int, option.min_value, option.max_value]
    elif option.kind == "number":
        base = app_commands.Range[float, option.min_value, option.max_value]
    else:
        base = {
            "flag": bool,
            "user": discord.User,
            "role": discord.Role,
            "channel": discord.TextChannel,
            "forum": app_commands.Transform[discord.abc.GuildChannel, ForumOnly],
            "file": discord.Attachment,
        }[option.kind]
    return base if option.required else base | None


AS_IS = (str, int, float, type(None))  # option values command bodies take unchanged


def plain_value(value: Any) -> Any:
    """discord.py's objects as the plain values command bodies take."""
    if isinstance(value, AS_IS):  # most options; checked first, as discord.abc.User is a slow Protocol check
        return value
    if isinstance(value, discord.Role):
        return RoleRef(value.id, value.name, value.is_default())
    if isinstance(value, discord.abc.User):
        return UserRef(value.id, value.name)
    if isinstance(value, discord.Attachment):
        return Upload(value.filename, value.size, value.read)
    if isinstance(value, discord.abc.GuildChannel | discord.Thread | discord.app_commands.AppCommandChannel):
        return ChannelRef(value.id, value.name)
    return value


def _callback(bot: Any, spec: CommandSpec) -> Callable[..., Awaitable[None]]:
    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        # Interactions arriving faster than replies can be sent wait here, holding only what discord.py made of
        # them, rather than each building its answer, embeds and request body and then waiting for a connection.
        async with bot.answering:
            with bot.store.cache.pinned():
                inv = invocation_for(bot, interaction)
                await run_logged(spec, inv, {name: plain_value(v) for name, v in values.items()} if values else {})

    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for option in spec.options:
        default = inspect.Parameter.empty if option.required else None
        params.append(
            inspect.Parameter(
                option.name, inspect.Parameter.KEYWORD_ONLY, annotation=_annotation(option), default=default
            )
        )
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = spec.name.replace("-", "_")
    callback.__module__ = spec.module  # discord.py unloads an extension's commands by module
    callback.__discord_app_commands_param_description__ = {o.name: o.description for o in spec.options}  # type: ignore[attr-defined]
    choices = {
        o.name: [app_commands.Choice(name=c.name, value=c.value) for c in o.choices] for o in spec.options if o.choices
    }
    if choices:
        callback.__discord_app_commands_param_choices__ = choices  # type: ignore[attr-defined]
    completers = {o.name: _completer(bot, spec, o) for o in spec.options if o.autocomplete is not None}
    if completers:
        callback.__discord_app_commands_param_autocomplete__ = completers  # type: ignore[attr-defined]
    return callback


def _completer(bot: Any, spec: CommandSpec, option: Opt) -> Callable[..., Awaitable[list[app_commands.Choice]]]:
    async def autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice]:
        with bot.store.cache.pinned():
            inv = invocation_for(bot, interaction, reply=NoReply())
            found = await complete(spec, option, inv, current)
        return [app_commands.Choice(name=name, value=value) for name, value in found]

    return autocomplete


def app_command(bot: Any, spec: CommandSpec) -> app_commands.Command:
    command = app_commands.Command(name=spec.name, description=spec.description, callback=_callback(bot, spec))
    if spec.group is None:
        if spec.server_only:
            app_commands.guild_only(command)
        if spec.staff_only:
            command.default_permissions = STAFF_PERMISSIONS
    return command


def app_group(group: GroupSpec) -> app_commands.Group:
    return app_commands.Group(
        name=group.name,
        description=group.description,
        guild_only=group.server_only,
        default_permissions=STAFF_PERMISSIONS if group.staff_only else None,
    )


def register(
    bot: Any,
    tree: app_commands.CommandTree,
    specs: list[CommandSpec],
    groups: list[GroupSpec],
    menus: list[MenuSpec] | None = None,
) -> None:
    """Add one module's commands (and groups, and message menus) to the tree."""
    for menu in menus or ():
        tree.add_command(menu_command(bot, menu))
    made = {g.name: app_group(g) for g in groups}
    for spec in specs:
        command = app_command(bot, spec)
        if spec.group is None:
            tree.add_command(command)
        else:
            made[spec.group.name].add_command(command)
    for group in made.values():
        tree.add_command(group)


def message_ref(message: discord.Message) -> MessageRef:
    """What a menu body sees of a message (its words: Discord gives them to a message context menu)."""
    author = message.author
    return MessageRef(
        id=message.id,
        channel_id=message.channel.id,
        author=UserRef(author.id, author.name),
        content=message.content or "",
        author_is_bot=bool(author.bot or message.webhook_id),
        created_at=message.created_at,
    )


def menu_command(bot: Any, spec: MenuSpec) -> app_commands.ContextMenu:
    """A message context menu running the menu's body on the shared path."""

    async def callback(interaction: discord.Interaction, message: discord.Message) -> None:
        started = time.perf_counter()
        with bot.store.cache.pinned():
            inv = invocation_for(bot, interaction)
            outcome = await run_menu(spec, inv, message_ref(message))
        latency = (time.perf_counter() - started) * 1000
        log.info("command=%s guild=%s latency_ms=%.1f outcome=%s", spec.name, inv.server_id, latency, outcome)

    menu = app_commands.ContextMenu(name=spec.name, callback=callback)
    menu.module = spec.module  # discord.py unloads an extension's commands by module
    app_commands.guild_only(menu)
    if spec.staff_only:
        menu.default_permissions = STAFF_PERMISSIONS
    return menu
