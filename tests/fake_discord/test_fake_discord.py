"""Self-tests for the loopback fake Discord (tests/fake_discord) using a tiny discord.py bot."""

from __future__ import annotations

import asyncio
import contextlib
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


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text = discord.ui.TextInput(label="Your feedback", custom_id="feedback:text", max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class PickView(discord.ui.View):
    @discord.ui.select(custom_id="pick", options=[discord.SelectOption(label=f) for f in FRUITS])
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content=f"picked {select.values[0]}", view=None)


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
        text = f"{interaction.user.name}:{days}:{MOD_ROLE_ID in roles}"
        await interaction.response.send_message(text, ephemeral=True)

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
        with contextlib.suppress(discord.HTTPException):  # the fake answers 400 like Discord would
            await interaction.response.send_message("x" * 2500)

    @bot.tree.command(name="feedback", description="Open a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())

    @bot.tree.command(name="pick", description="Followup with a select menu")
    async def pick(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        await interaction.followup.send("pick one", view=PickView(), ephemeral=True)

    async def setup_hook() -> None:
        guild = discord.Object(id=GUILD_ID)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)
        await bot.tree.sync()  # global too, for the DM test

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
            assert guild is not None
            assert guild.get_channel(CHANNEL_ID) is not None

            result = await fake.send_slash_command("echo", {"text": "hello"}, user=ALICE)
            assert result.callback_type == 4
            assert result.content == "echo: hello"
            assert result.response_time is not None
            assert result.response_time > 0

            dm = await fake.send_slash_command("echo", {"text": "in a DM"}, user=ALICE, dm=True)
            assert dm.content == "echo: in a DM"
            assert "guild_id" not in dm.payload
            assert fake.dm_messages(ALICE.id)[-1]["type"] == 20  # the reply lives in Alice's DM channel

            assert [c["value"] for c in await fake.send_autocomplete("echo", {"text": "ap"}, focused="text")] == [
                "apple",
                "apricot",
            ]

            result = await fake.send_slash_command("gracedays me", {"days": 3}, user=ALICE)
            assert result.content == "alice:3:True"
            assert result.ephemeral
            result = await fake.send_slash_command("gracedays", {"days": 2}, subcommand="me", user=BOB)
            assert result.content == "bob:2:False"

            panel = await fake.send_slash_command("panel")
            assert panel.original is not None
            assert panel.original["embeds"][0]["title"] == "Panel"
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

            modal = await fake.send_slash_command("feedback")
            assert modal.callback_type == 9
            assert modal.data["title"] == "Feedback"
            submitted = await fake.send_modal_submit(modal, {"feedback:text": "great course"})
            assert submitted.content == "thanks: great course"

            pick = await fake.send_slash_command("pick")
            [menu] = await pick.wait_for_followups(1)
            picked = await fake.send_component("pick", menu, component_type=3, values=["cherry"])
            assert picked.callback_type == 6
            await picked.wait_for_edits(1)
            assert picked.original is not None
            assert picked.original["content"] == "picked cherry"
            assert picked.original["components"] == []

            export = await fake.send_slash_command("export")
            assert [(f.filename, f.data) for f in export.callback_files] == [("export.csv", b"name,days\nalice,3\n")]
            assert export.original is not None
            assert export.original["attachments"][0]["filename"] == "export.csv"

            csv = FakeAttachment("grades.csv", b"a,b\n1,2\n3,4\n", "text/csv")
            assert (await fake.send_slash_command("import", {"file": csv})).content == "rows=3"

            assert (await fake.send_slash_command("poke", {"user": BOB.id})).content == "closed:50007"
            assert (await fake.send_slash_command("poke", {"user": ALICE})).content == "sent"
            assert fake.dm_messages(ALICE.id)[-1]["content"] == "poke!"

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
            async with connect_bot(fake, make_bot(), token="not-the-token"):
                pass
        [req] = fake.requests_for("GET", "/users/@me")
        assert req.status == 401
        assert fake.identify_count == 0


@pytest.mark.asyncio
async def test_invalid_bodies_are_reported() -> None:
    async with FakeDiscord(guilds=[make_guild()]) as fake:
        async with connect_bot(fake, make_bot()):
            result = await fake.send_slash_command("long", wait=False)
            [req] = await fake.wait_for_requests("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
            assert req.status == 400
            assert req.response["code"] == 50035
            assert result.callback is None  # Discord rejects the body, so nothing was acknowledged
            [violation] = fake.violations
            assert violation.location == "body/data/content"
            assert "too long" in violation.message

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
        bot = make_bot()
        async with connect_bot(fake, bot):
            channel = bot.get_channel(CHANNEL_ID)
            assert isinstance(channel, discord.TextChannel)
            route = "POST /channels/{channel_id}/messages"

            # Injected 429s are retried after retry_after.
            fake.inject_429(route, count=2, retry_after=0.05)
            await channel.send("one")
            assert fake.rate_limited_count == 2
            [ok] = [r for r in fake.requests_for("POST", "/channels/{channel_id}/messages") if r.status == 200]
            assert ok.json["content"] == "one"

            # An enforced bucket without warning headers: the client runs into 429s and retries.
            fake.reset_records()
            fake.rate_limit(route, limit=1, per=0.25, send_headers=False)
            started = time.perf_counter()
            for n in range(3):
                await channel.send(f"m{n}")
            assert fake.rate_limited_count == 2
            assert time.perf_counter() - started >= 0.45
            limited = [r for r in fake.requests if r.status == 429]
            assert limited[0].response["retry_after"] > 0
            assert limited[0].response["global"] is False
            assert "Retry-After" in limited[0].response_headers

            # With X-RateLimit-* headers discord.py waits pre-emptively and never gets a 429.
            fake.reset_records()
            fake.rate_limit(route, limit=2, per=0.25)
            for n in range(4):
                await channel.send(f"h{n}")
            assert fake.rate_limited_count == 0
            assert fake.requests[-1].response_headers["X-RateLimit-Limit"] == "2"

            # Webhook (interaction followup) and global 429s are honoured too.
            fake.clear_rate_limits()
            fake.reset_records()
            fake.inject_429("POST /webhooks/{webhook_id}/{webhook_token}", retry_after=0.05)
            slow = await fake.send_slash_command("slow")
            assert (await slow.wait_for_followups(1))[0]["content"] == "followup done"
            fake.inject_429(None, retry_after=0.05, is_global=True)
            await channel.send("after global")
            assert fake.rate_limited_count == 2

            # A global limit: the third request within the window gets a global 429.
            fake.reset_records()
            fake.global_rate_limit(2, per=0.2)
            for n in range(3):
                await channel.send(f"g{n}")
            assert fake.rate_limited_count == 1
            [limited_global] = [r for r in fake.requests if r.status == 429]
            assert limited_global.response["global"] is True
        assert fake.violations == []


@pytest.mark.asyncio
async def test_gateway_resume_and_reconnect() -> None:
    async with FakeDiscord(guilds=[make_guild()], heartbeat_interval=200) as fake:
        bot = make_bot()
        async with connect_bot(fake, bot):
            await fake.wait_until_identified()
            identify = fake.identify_payloads[0]
            assert identify["intents"] == discord.Intents(guilds=True).value
            await fake.disconnect_gateway()
            # Dispatched while the bot is reconnecting: replayed after RESUME, like Discord does.
            result = await fake.send_slash_command("echo", {"text": "again"})
            assert result.content == "echo: again"
            assert fake.resume_count == 1
            await fake.request_reconnect()
            await fake.wait_until_resumed(2)
            await asyncio.sleep(0.3)
            assert fake.heartbeat_count >= 2
            assert fake.identify_count == 1
            assert bot.latency < 1
        assert fake.gateway_connections == 3
        assert fake.violations == []


@pytest.mark.asyncio
async def test_large_guild_and_zlib_stream() -> None:
    guild = make_guild(generated_members=10_000)
    async with FakeDiscord(guilds=[guild]) as fake:
        bot = make_bot()
        async with connect_bot(fake, bot):
            assert bot.get_guild(GUILD_ID).member_count == 10_003  # type: ignore[union-attr]
            assert bot.get_guild(GUILD_ID).large  # type: ignore[union-attr]
        # discord.py asks for zlib-stream transport compression; the fake honours it.
        assert fake.gateway_queries[0] == {"v": "10", "encoding": "json", "compress": "zlib-stream"}
        assert fake.identify_payloads[0]["properties"]["browser"] == "discord.py"


@pytest.mark.asyncio
async def test_point_discord_py_at_restores() -> None:
    import discord.gateway
    import discord.http

    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    with point_discord_py_at("http://127.0.0.1:1/api/v10", "ws://127.0.0.1:1/gateway"):
        assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:1/api/v10/users/@me"
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:1/gateway"
    after = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    assert after == before


@pytest.mark.asyncio
async def test_finished_interactions_are_forgotten() -> None:
    """Only the newest `keep_interactions` answered interactions are kept: the fake's memory stays flat through a
    long run, results the test holds stay usable, and a forgotten token answers 10015 like an expired one."""
    async with FakeDiscord(guilds=[make_guild()], users=[ALICE, BOB], keep_interactions=3) as fake:
        bot = make_bot()
        async with connect_bot(fake, bot):
            results = [await fake.send_slash_command("echo", {"text": str(n)}, user=ALICE) for n in range(8)]
            assert len(fake.interactions) == 3
            assert [r.content for r in results] == [f"echo: {n}" for n in range(8)]
            assert fake.interaction_by_token(results[0].token) is None
            assert fake.interaction_by_token(results[-1].token) is results[-1]
            async with aiohttp.ClientSession() as http:
                url = f"{fake.api_base}/webhooks/{fake.application_id}/{results[0].token}"
                async with http.post(url, json={"content": "late"}) as response:
                    assert response.status == 404
                    assert (await response.json())["code"] == 10015
            slow = await fake.send_slash_command("slow", {}, user=ALICE)
            await slow.wait_for_followups(1)  # a live interaction still takes its followups
        assert fake.violations == []


@pytest.mark.asyncio
async def test_crafted_interactions_send_values_unchecked() -> None:
    """crafted=True sends a value the app would never send (outside the type), and may leave out a required
    option; without it the fake refuses to build such an interaction."""
    async with FakeDiscord(guilds=[make_guild()], users=[ALICE, BOB]) as fake:
        bot = make_bot()
        async with connect_bot(fake, bot):
            with pytest.raises(ValueError, match="invalid literal"):
                await fake.send_slash_command("gracedays me", {"days": "many"}, user=ALICE)
            result = await fake.send_slash_command("gracedays me", {"days": "many"}, user=ALICE, crafted=True)
            assert result.payload["data"]["options"][0]["options"] == [{"type": 4, "name": "days", "value": "many"}]
            assert result.content == "alice:many:True"  # discord.py passes it on: checking it is the bot's job
