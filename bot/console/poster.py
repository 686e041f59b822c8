"""The console's stand-in for Discord when announcements fire: they are printed as they would be posted."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.announce.audience import audience_section, staff_target
from bot.announce.delivery import ClaimWindow, Posted
from bot.announce.planner import Planned
from bot.announce.server_setup import GuildSetup
from bot.console.reply import named
from bot.core.answer import Answer
from bot.core.render_text import answer_text

CONSOLE_CHANNEL = 1


class ConsolePoster:
    """Prints each announcement with where it would go (the channel /setup set, '@<section>')."""

    def __init__(
        self,
        course_source: Callable,
        clock,
        emit: Callable[[str], None],
        names: Callable[[], Mapping[tuple[str, int], str]] = dict,
    ) -> None:
        self.course_source, self.clock, self.emit = course_source, clock, emit
        self.names = names  # what the console calls channels and threads (a forum post by its title), as replies do
        self.count = 0

    async def post(self, guild_id: int, setup: GuildSetup, item: Planned, answer: Answer) -> Posted:
        course = self.course_source()
        staff, section = staff_target(item.audience), audience_section(item.audience)
        if staff is not None:
            audience = "staff channel" + (", pinging the staff role" if staff[1] is not None else "")
        else:
            # the channel the server's setup names (what /setup channel set), as Discord would post in it
            channel = setup.section_channels.get(section, setup.channel_id) if section else setup.channel_id
            where = self._channel(channel)
            audience = where if section is None else f"{where}, @{section} only"
        body = answer_text(named(answer, self.names()), course.tz, self.clock.now())
        self.emit(f"[announcement → {audience} · {item.kind}]\n{body}")
        self.count += 1
        return Posted(message_id=self.count, channel_id=CONSOLE_CHANNEL)

    def _channel(self, channel_id: int | None) -> str:
        if channel_id is None:
            return "no channel set (/setup channel)"
        name = self.names().get(("channel", channel_id))
        return f"#{name}" if name else f"channel <#{channel_id}>"

    async def find_posted(self, guild_id: int, setup: GuildSetup, item: Planned, window: ClaimWindow) -> Posted | None:
        return None

    async def send_dm(self, user_id: int, key: str, answer: Answer) -> Posted:
        course = self.course_source()
        self.emit(f"[DM → you]\n{answer_text(answer, course.tz, self.clock.now())}")
        self.count += 1
        return Posted(message_id=self.count, channel_id=None)

    async def find_dm(self, user_id: int, key: str, window: ClaimWindow) -> Posted | None:
        return None
