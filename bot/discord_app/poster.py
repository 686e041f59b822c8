"""Announcements and DMs through discord.py: the poster the delivery engine talks to."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import aiohttp
import discord

from bot.announce.audience import audience_section, staff_target
from bot.announce.delivery import ClaimWindow, DMsClosed, Posted, PostFailed, carries_key, footer_with_marker
from bot.announce.planner import Planned
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.discord_app.render import FOOTER_LIMIT, embed_pages

log = logging.getLogger(__name__)
MAX_EMBEDS = 10
CANNOT_DM = 50007
# The bot's clock and Discord's may disagree a little: look this much beyond the claim window on both sides.
CLOCK_SKEW = dt.timedelta(minutes=1)
# Network trouble on the way to Discord: worth another try later (aiohttp's connection errors are not OSErrors).
TRANSIENT = (OSError, aiohttp.ClientError, TimeoutError)


def nonce_for(key: str) -> str:
    """A short, stable nonce per announcement (Discord takes at most 25 characters)."""
    return str(int(hashlib.sha256(key.encode()).hexdigest()[:15], 16))


def _embeds(answer: Answer, key: str) -> list[discord.Embed]:
    embeds = embed_pages(answer)[:MAX_EMBEDS]
    last = embeds[-1]
    last.set_footer(text=footer_with_marker(last.footer.text if last.footer else "", key, FOOTER_LIMIT))
    return embeds


def _http_failure(err: discord.HTTPException, *, channel: bool = False) -> PostFailed:
    """Discord refused the request: a 4xx (no channel, no permission, a body it rejects) will be refused again.
    `channel`: a server channel was asked; its 404 (deleted) or 403 (the bot's access taken away) may be undone."""
    return PostFailed(
        f"{err.status} {err.text}",
        permanent=400 <= err.status < 500 and err.status != 429,
        unreachable=channel and err.status in (403, 404),
    )


class DiscordPoster:
    """Posts planned items to the server's announcement channel (or a section's), and reminders by DM."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _target(self, setup: GuildSetup, item: Planned) -> tuple[int, int | None]:
        channel_id, role_id = setup.channel_id, None
        staff = staff_target(item.audience)
        if staff is not None:
            return staff
        section = audience_section(item.audience)
        if section is not None:
            role_id = setup.section_roles.get(section)
            channel_id = setup.section_channels.get(section, channel_id)
        if channel_id is None:
            raise PostFailed("no announcement channel is set (/setup channel)", permanent=True, unreachable=True)
        return channel_id, role_id

    async def post(self, guild_id: int, setup: GuildSetup, item: Planned, answer: Answer) -> Posted:
        channel_id, role_id = self._target(setup, item)
        channel = self.client.get_partial_messageable(channel_id, guild_id=guild_id)
        if role_id is not None:
            content = f"<@&{role_id}>"
            mentions = discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(id=role_id)])
        else:
            content, mentions = None, discord.AllowedMentions.none()
        try:
            message = await channel.send(
                content=content, embeds=_embeds(answer, item.key), allowed_mentions=mentions, nonce=nonce_for(item.key)
            )
        except discord.HTTPException as err:
            raise _http_failure(err, channel=True) from err
        except TRANSIENT as err:
            raise PostFailed(str(err) or type(err).__name__, permanent=False) from err
        return Posted(message_id=message.id, channel_id=channel_id)

    async def find_posted(self, guild_id: int, setup: GuildSetup, item: Planned, window: ClaimWindow) -> Posted | None:
        channel_id, _ = self._target(setup, item)
        channel = self.client.get_partial_messageable(channel_id, guild_id=guild_id)
        message_id = await self._find(channel, item.key, window, server_channel=True)
        return Posted(message_id=message_id, channel_id=channel_id) if message_id is not None else None

    async def send_dm(self, user_id: int, key: str, answer: Answer) -> Posted:
        dm = await self._dm_channel(user_id)
        try:
            message = await dm.send(embeds=_embeds(answer, key), allowed_mentions=discord.AllowedMentions.none())
        except discord.Forbidden as err:
            if err.code == CANNOT_DM:
                raise DMsClosed from err
            raise _http_failure(err) from err
        except discord.NotFound as err:
            raise PostFailed("unknown user", permanent=True) from err
        except discord.HTTPException as err:
            raise _http_failure(err) from err
        except TRANSIENT as err:
            raise PostFailed(str(err) or type(err).__name__, permanent=False) from err
        return Posted(message_id=message.id, channel_id=dm.id)

    async def find_dm(self, user_id: int, key: str, window: ClaimWindow) -> Posted | None:
        dm = await self._dm_channel(user_id)
        message_id = await self._find(dm, key, window)
        return Posted(message_id=message_id, channel_id=dm.id) if message_id is not None else None

    async def _dm_channel(self, user_id: int) -> discord.DMChannel:
        try:
            return await self.client.create_dm(discord.Object(id=user_id))
        except discord.NotFound as err:
            raise PostFailed("unknown user", permanent=True) from err
        except discord.HTTPException as err:
            raise _http_failure(err) from err
        except TRANSIENT as err:
            raise PostFailed(str(err) or type(err).__name__, permanent=False) from err

    async def _find(
        self, channel: discord.abc.Messageable, key: str, window: ClaimWindow, *, server_channel: bool = False
    ) -> int | None:
        """The bot's message carrying exactly this key, sent within the window: every page of it is read.

        History that cannot be read is a failure, never "not found": sending again blind could post twice."""
        me = self.client.user.id if self.client.user else None
        pages = channel.history(limit=None, after=window.start - CLOCK_SKEW, before=window.end + CLOCK_SKEW)
        try:
            async for message in pages:
                if me is not None and message.author.id != me:
                    continue
                if any(carries_key(e.footer.text, key) for e in message.embeds if e.footer):
                    return message.id
        except discord.HTTPException as err:
            log.warning("event=history_unavailable channel=%s status=%s", getattr(channel, "id", "?"), err.status)
            failure = _http_failure(err, channel=server_channel)
            raise PostFailed(
                f"cannot read the channel's history to check for an earlier post ({failure})",
                permanent=failure.permanent,
                unreachable=failure.unreachable,
            ) from err
        except TRANSIENT as err:
            raise PostFailed(str(err) or type(err).__name__, permanent=False) from err
        return None
