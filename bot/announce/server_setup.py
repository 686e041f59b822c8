"""A server's setup (announcement channel, staff role, section roles, which kinds, offsets), stored as JSON.

Offsets ("48h, 24h, 2h") are read with bot.core.durations, the one reader of lengths of time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from bot.announce.planner import KINDS, AnnounceConfig
from bot.core.durations import duration_text, parse_durations
from bot.core.errors import UserError


def parse_offsets(value: str) -> tuple[dt.timedelta, ...]:
    """'48h, 24h, 2h' -> timedeltas, largest first. UserError for anything unreadable or out of range."""
    out = set()
    for delta in parse_durations(value):
        if not dt.timedelta(minutes=5) <= delta <= dt.timedelta(days=14):
            raise UserError(f"{duration_text(delta)} is out of range: offsets go from 5 minutes to 14 days.")
        out.add(delta)
    if len(out) > 6:
        raise UserError("At most 6 reminder offsets.")
    return tuple(sorted(out, reverse=True))


def offsets_text(offsets: tuple[dt.timedelta, ...]) -> str:
    return ", ".join(duration_text(d) for d in offsets)


def offsets_meaning(offsets: tuple[dt.timedelta, ...]) -> str:
    """What the offsets mean for when reminders go out (bot.announce.planner reminder_time), said once wherever
    they are set or shown: whole days are calendar days at the due time's clock time; the rest elapsed time."""
    days = [d for d in offsets if not d % dt.timedelta(days=1)]
    if not days:
        return "Each reminder goes out that long before the due time."
    example = duration_text(days[-1])
    return (
        f"A reminder of whole days ({example}) goes out at the due time's clock time that many days before, "
        "even across a clock change; hours and minutes are counted as elapsed time."
    )


@dataclass(frozen=True)
class GuildSetup:
    """Everything /setup stores for one server."""

    channel_id: int | None = None
    staff_role: str | None = None
    section_roles: dict[str, int] = field(default_factory=dict)
    section_channels: dict[str, int] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset(KINDS)
    deadline_offsets: tuple[dt.timedelta, ...] = AnnounceConfig().deadline_offsets
    morning: dt.time = AnnounceConfig().morning
    since: dt.datetime | None = None  # announcements planned before this are never posted (set when enabled)
    course_id: str | None = None  # the course this server follows (a bot serving several; /setup course)
    questions_off: frozenset[str] = frozenset()  # /question visibilities staff switched off (/setup qa-forum)

    def announce_config(self) -> AnnounceConfig:
        return AnnounceConfig(kinds=self.kinds, deadline_offsets=self.deadline_offsets, morning=self.morning)

    def to_json(self) -> dict:
        return {
            "channel_id": self.channel_id,
            "staff_role": self.staff_role,
            "section_roles": self.section_roles,
            "section_channels": self.section_channels,
            "kinds": sorted(self.kinds),
            "deadline_offsets_minutes": [int(d.total_seconds() // 60) for d in self.deadline_offsets],
            "morning": self.morning.isoformat(timespec="minutes"),
            "since": self.since.isoformat() if self.since else None,
            "course_id": self.course_id,
            "questions_off": sorted(self.questions_off),
        }

    @classmethod
    def from_json(cls, raw: dict | None) -> GuildSetup:
        if not raw:
            return cls()
        return cls(
            channel_id=raw.get("channel_id"),
            staff_role=raw.get("staff_role"),
            section_roles={k: int(v) for k, v in (raw.get("section_roles") or {}).items()},
            section_channels={k: int(v) for k, v in (raw.get("section_channels") or {}).items()},
            kinds=frozenset(k for k in raw.get("kinds", KINDS) if k in KINDS),
            deadline_offsets=tuple(dt.timedelta(minutes=m) for m in raw.get("deadline_offsets_minutes", []))
            or AnnounceConfig().deadline_offsets,
            morning=dt.time.fromisoformat(raw.get("morning", "08:00")),
            since=dt.datetime.fromisoformat(raw["since"]) if raw.get("since") else None,
            course_id=raw.get("course_id") or None,
            questions_off=frozenset(raw.get("questions_off") or ()),
        )

    def with_changes(self, **changes) -> GuildSetup:
        return replace(self, **changes)
