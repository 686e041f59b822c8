"""A post that goes out after its time says why, truthfully: the course data moved the date (with the old and new
date), the data changed after its time, the bot was offline, or it could not go out; never downtime that did not
happen (bot.announce.late_reason, and the delivery engine with a reloaded course on both courses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.announce.delivery import Announcer, Posted
from bot.announce.identity import Identity
from bot.announce.late_reason import DATA, MOVED, OFFLINE, UNSENT, DataChange, late_reason
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Stamp
from bot.core.clock import FixedClock
from bot.store.database import Store

GUILD, CHANNEL = 7, 70
UTC = dt.UTC


def _when(hour: int) -> dt.datetime:
    return dt.datetime(2024, 2, 19, hour, tzinfo=UTC)


ITEM = Identity("deadline", "hw3", "1440m", "20240220T1400Z", "abc", "channel")
OLD_PLACES = {ITEM.place: "20240222T0459Z"}

REASONS = [
    # (started, item due, data change (old places, when), expected kind, expected was)
    (_when(12), _when(9), None, OFFLINE, ""),
    (_when(6), _when(9), None, UNSENT, ""),
    (_when(6), _when(9), (OLD_PLACES, _when(11)), MOVED, "20240222T0459Z"),
    (_when(6), _when(9), ({}, _when(11)), DATA, ""),
    (_when(6), _when(9), ({ITEM.place: ITEM.moment}, _when(11)), UNSENT, ""),  # nothing moved: still unsent
    (_when(6), _when(9), (OLD_PLACES, _when(8)), UNSENT, ""),  # reloaded before its time: not why it is late
    (_when(12), _when(9), (OLD_PLACES, _when(13)), MOVED, "20240222T0459Z"),
]


@pytest.mark.parametrize(("started", "due", "change", "kind", "was"), REASONS)
def test_late_reason_names_what_happened(started, due, change, kind, was):
    """Offline only when the process started after the item's time; a reload after it explains it instead."""
    data = DataChange(places=change[0], at=change[1]) if change else None
    reason = late_reason(ITEM, due, started=started, change=data)
    assert (reason.kind, reason.was) == (kind, was)


class TextPoster:
    """Records each post's key and its lines."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str]] = []

    async def post(self, guild_id, setup, item, answer) -> Posted:
        self.posts.append((item.key, _lines(answer)))
        return Posted(message_id=len(self.posts), channel_id=CHANNEL)

    async def find_posted(self, guild_id, setup, item, window):
        return None

    async def send_dm(self, user_id, key, answer) -> Posted:
        self.posts.append((key, _lines(answer)))
        return Posted(message_id=len(self.posts), channel_id=None)

    async def find_dm(self, user_id, key, window):
        return None


def _lines(answer) -> str:
    parts = []
    for line in answer.lines:
        for part in line:
            parts.append(part.at.astimezone(UTC).strftime("<%Y-%m-%d %H:%M>") if isinstance(part, Stamp) else part)
    return "".join(parts)


def _moved(course, work_id: str, due: dt.datetime):
    return replace(course, assignments=tuple(replace(a, due=due) if a.id == work_id else a for a in course.assignments))


MOVES = [
    # (course, work, set up at, reloaded at, new due, old due in UTC, new due in UTC)
    ("10-605", "hw3", (2024, 2, 17, 10), (2024, 2, 19, 11), (2024, 2, 20, 9), "2024-02-22 04:59", "2024-02-20 14:00"),
    (
        "stat-187",
        "ps5",
        (2024, 10, 29, 10),
        (2024, 10, 30, 11),
        (2024, 10, 31, 9),
        "2024-11-02 00:00",
        "2024-10-31 16:00",
    ),
]


@pytest.mark.parametrize(("which", "work", "setup_at", "reload_at", "new_due", "old_utc", "new_utc"), MOVES)
async def test_a_deadline_moved_earlier_says_it_moved_never_offline(
    course, second_course, tmp_path, which, work, setup_at, reload_at, new_due, old_utc, new_utc
):
    """Reloaded with the deadline earlier, the reminder already past goes out once saying the date changed."""
    before = course if which == "10-605" else second_course
    zone = before.tz
    clock = FixedClock(dt.datetime(*setup_at, tzinfo=zone))
    served = {"course": before}
    store = Store(tmp_path / "bot.db")
    try:
        setup = GuildSetup(channel_id=CHANNEL, kinds=frozenset({"deadline"}), since=clock.now())
        store.server_settings.save(GUILD, setup.to_json(), by=1, now=clock.now(), change={})
        poster = TextPoster()
        announcer = Announcer(
            store=store, clock=clock, course_for=lambda g: served["course"], poster=poster, owner="me", dm_rate=0
        )
        await announcer.run_due()
        clock.set(dt.datetime(*reload_at, tzinfo=zone))
        await announcer.run_due()
        posted_before = len(poster.posts)
        served["course"] = _moved(before, work, dt.datetime(*new_due, tzinfo=zone))
        clock.set(clock.now() + dt.timedelta(minutes=30))
        await announcer.run_due()
        new = [lines for key, lines in poster.posts[posted_before:] if f":{work}:" in key]
        assert len(new) == 1
        assert "offline" not in new[0]
        assert f"the date changed in the course data: it was <{old_utc}>, it is now <{new_utc}>" in new[0]
    finally:
        store.close()
