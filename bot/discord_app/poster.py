"""Announcements and DMs through discord.py: the poster the delivery engine talks to."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import discord

from bot.announce.delivery import DMsClosed, Posted, PostFailed, key_marker
from bot.announce.planner import Planned
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.discord_app.render import FOOTER_LIMIT, embed_pages

log = logging.getLogger(__name__)
MAX_EMBEDS = 10
CANNOT_DM = 50007


def nonce_for(key: str) -> str:
    """A short, stable nonce per announcement (Discord takes at most 25 characters)."""
    return str(int(hashlib.sha256(key.encode()).hexdigest()[:15], 16))


def _embeds(answer: Answer, key: str) -> list[discord.Embed]:
    embeds = embed_pages(answer)[:MAX_EMBEDS]
    last = embeds[-1]
    footer = " · ".join(p for p in (last.footer.text if last.footer else "", key_marker(key)) if p)
    last.set_footer(text=footer[:FOOTER_LIMIT])
    return embeds


class DiscordPoster:
    """Posts planned items to the server's announcement channel (or a section's), and reminders by DM."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _target(self, setup: GuildSetup, item: Planned) -> tuple[int, int | None]:
        channel_id, role_id = setup.channel_id, None
        if item.audience.startswith("role:"):
            section = item.audience.removeprefix("role:")
            role_id = setup.section_roles.get(section)
            channel_id = setup.section_channels.get(section, channel_id)
        if channel_id is None:
            raise PostFailed("no announcement channel is set (/setup channel)", permanent=True)
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
        except (discord.Forbidden, discord.NotFound) as err:
            raise PostFailed(f"{err.status} {err.text}", permanent=True) from err
        except (discord.HTTPException, OSError) as err:
            raise PostFailed(str(err), permanent=False) from err
        return Posted(message_id=message.id, channel_id=channel_id)

    async def find_posted(self, guild_id: int, setup: GuildSetup, item: Planned, since: dt.datetime) -> Posted | None:
        channel_id, _ = self._target(setup, item)
        channel = self.client.get_partial_messageable(channel_id, guild_id=guild_id)
        marker = key_marker(item.key)
        try:
            after = discord.Object(id=discord.utils.time_snowflake(since - dt.timedelta(minutes=1)))
            async for message in channel.history(limit=100, after=after):
                if self.client.user and message.author.id != self.client.user.id:
                    continue
                if any(e.footer and e.footer.text and marker in e.footer.text for e in message.embeds):
                    return Posted(message_id=message.id, channel_id=channel_id)
        except discord.HTTPException as err:
            log.warning("event=history_unavailable channel=%s status=%s", channel_id, err.status)
        return None

    async def send_dm(self, user_id: int, key: str, answer: Answer) -> Posted:
        try:
            dm = await self.client.create_dm(discord.Object(id=user_id))
            message = await dm.send(embeds=_embeds(answer, key), allowed_mentions=discord.AllowedMentions.none())
        except discord.Forbidden as err:
            if err.code == CANNOT_DM:
                raise DMsClosed from err
            raise PostFailed(f"{err.status} {err.text}", permanent=True) from err
        except discord.NotFound as err:
            raise PostFailed("unknown user", permanent=True) from err
        except (discord.HTTPException, OSError) as err:
            raise PostFailed(str(err), permanent=False) from err
        return Posted(message_id=message.id, channel_id=dm.id)
