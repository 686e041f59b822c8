"""An announcement planned in the very minute announcements were switched on (or a student subscribed) is posted:
a setup made seconds into a minute never hides what falls on that minute (bot.announce.delivery)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.delivery import Announcer, dm_key
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.store.database import Store
from tests.announce.test_delivery import RecordingPoster
from tests.conftest import plain

GUILD = 7


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db")
    yield store
    store.close()


def _announcer(store, course, clock, poster) -> Announcer:
    return Announcer(store=store, clock=clock, course_for=lambda g: course, poster=poster, owner="me", dm_rate=0)


async def test_grades_published_in_the_setups_minute_are_announced(store, any_course):
    """Set up at hh:mm:30, grades published at hh:mm:50 (kept as hh:mm): "grades are out" is posted at once."""
    item = any_course.assignments[0]
    setup_at = any_course.at(any_course.term_first + dt.timedelta(days=20), dt.time(10, 0, 30))
    setup = GuildSetup(channel_id=70, kinds=frozenset({"regrade"}), since=setup_at)
    store.server_settings.save(GUILD, setup.to_json(), by=1, now=setup_at, change={})
    store.published.set_grades(GUILD, item.id, setup_at + dt.timedelta(seconds=20), by=1, now=setup_at)
    poster = RecordingPoster()
    outcomes = await _announcer(store, any_course, FixedClock(setup_at + dt.timedelta(seconds=25)), poster).run_due()
    assert [plain(k) for k in poster.sent] == [f"regrade:{item.id}:open:channel"]
    assert [o for _, _, o in outcomes] == ["sent"]  # on time: no "posted late" note


async def test_a_reminder_due_in_the_minute_a_student_subscribed_is_sent(store, course):
    """A student subscribes 20 seconds after a 24 h reminder's minute began: the reminder still reaches them."""
    item = next(a for a in course.assignments if a.due > course.at(course.term_first, dt.time(0)))
    reminder = item.due - dt.timedelta(hours=24)
    store.reminders.subscribe(GUILD, 501, ["deadline"], [24 * 60], None, reminder + dt.timedelta(seconds=20))
    poster = RecordingPoster()
    await _announcer(store, course, FixedClock(reminder + dt.timedelta(seconds=30)), poster).run_due()
    assert [plain(k) for k in poster.sent] == [dm_key(501, f"deadline:{item.id}:1440m:channel")]
