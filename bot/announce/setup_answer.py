"""What /setup shows staff: every setting of the server, and what is still missing."""

from __future__ import annotations

from collections.abc import Callable

from bot.announce.planner import KIND_LABELS, KINDS
from bot.announce.server_setup import GuildSetup, offsets_meaning, offsets_text
from bot.core.answer import Answer, Field, Mention, text


def setup_answer(
    setup: GuildSetup,
    title: str = "Server setup",
    course: str | None = None,
    section_label: Callable[[str], str] = str,
) -> Answer:
    """What /setup show prints: every setting (with `course`, the line saying which course the server follows),
    and what is missing; each section as `section_label` names it."""
    channel = (
        (Mention("channel", setup.channel_id),)
        if setup.channel_id
        else ("not set: use /setup channel (nothing is posted)",)
    )
    staff = (_role(setup.staff_role),) if setup.staff_role else ("not set (members with Manage Server count as staff)",)
    sections = [
        text(
            f"{section_label(s)}: ",
            Mention("role", r),
            *((" in ", Mention("channel", setup.section_channels[s])) if s in setup.section_channels else ()),
        )
        for s, r in sorted(setup.section_roles.items())
    ] or [text("none: section-only items are posted to the channel without a mention")]
    kinds = [text(f"{'on ' if k in setup.kinds else 'off'} · {KIND_LABELS[k]}") for k in KINDS]
    return Answer(
        title=title,
        lines=(
            *((text(f"Course: {course}"),) if course else ()),
            text("Announcement channel: ", *channel),
            text("Staff role: ", *staff),
            text(
                f"Deadline reminders: {offsets_text(setup.deadline_offsets)} before each due time. "
                + offsets_meaning(setup.deadline_offsets)
            ),
            text(f"Morning posts at {setup.morning:%H:%M} course time"),
        ),
        fields=(Field("Section roles", tuple(sections)), Field("Announcements", tuple(kinds))),
        ephemeral=True,
    )


def _role(stored: str) -> Mention | str:
    """The staff role as stored: a role id (from /setup staff-role) or a name (from COURSEBOT_STAFF_ROLE)."""
    return Mention("role", int(stored)) if stored.isdigit() else stored
