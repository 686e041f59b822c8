"""Every command that reads a moment from a phrase says which day 'tomorrow' was taken as when it is typed just
after midnight (/announce add, /late), on either course; at any other hour nothing is added."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.settings import Settings
from bot.store.database import Store


@pytest.mark.parametrize(("clock", "noted"), [("00:30", True), ("10:00", False)])
async def test_commands_reading_tomorrow_after_midnight_name_the_day(tmp_path, any_course, clock, noted):
    """At 00:30 the answers name the day 'tomorrow' was taken as and how to say today; at 10:00 they do not."""
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    middle = any_course.term_first + dt.timedelta(days=24)
    now = any_course.at(middle, dt.time.fromisoformat(clock))
    work = any_course.assignments[-1]
    lines = [
        '/announce add message:"Review session" when:"tomorrow 9am"',
        f'/late assignment:{work.id} when:"tomorrow 1am"',
    ]
    store = Store(settings.db_path)
    outputs = []
    courses = CourseCatalog.single(any_course)
    async with console_session(settings, courses, FixedClock(now), store, staff=True, emit=lambda _: None) as c:
        for line in lines:
            outputs.append(await c.handle(line))
    store.close()
    for output in outputs:
        assert ("so I took 'tomorrow' as" in output) == noted, output
        assert ("If you meant today" in output) == noted
