"""A weekday named about one piece of work means the day its deadline makes likely, said when in doubt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.course.loader import load_course
from bot.understand.times.weekday_for_work import weekday_for_work

STAT = load_course(Path(__file__).resolve().parents[3] / "data" / "stat-187-f24")
MON, THU, FRI, SAT = 0, 3, 4, 5


def at(day: str, hour: int = 10) -> dt.datetime:
    return STAT.at(dt.date.fromisoformat(day), dt.time(hour, 0))


@pytest.mark.parametrize(
    ("weekday", "clock", "due", "now", "day", "other"),
    [
        # months ahead: the Saturday right after the Friday deadline, the coming one kept as the other reading
        (SAT, dt.time(1, 0), "2024-12-06", "2024-10-09", "2024-12-07", "2024-10-12"),
        # a Monday four days before the due Friday: still the one after the deadline
        (MON, None, "2024-10-18", "2024-10-09", "2024-10-21", "2024-10-14"),
        # the day before the deadline, asked that week: the coming one, nothing else
        (THU, None, "2024-10-18", "2024-10-15", "2024-10-17", None),
        # the due day itself counts as "at the deadline"
        (FRI, dt.time(21, 0), "2024-10-18", "2024-10-09", "2024-10-18", "2024-10-11"),
        # after the deadline: the coming one
        (MON, None, "2024-10-18", "2024-10-19", "2024-10-21", None),
    ],
)
def test_weekday_is_read_from_the_deadline(weekday, clock, due, now, day, other) -> None:
    """The day taken and the other reading kept, for weekdays before, on and after the due day."""
    meant = weekday_for_work(STAT, weekday, clock, at(due, 17), at(now))
    assert meant.day == dt.date.fromisoformat(day)
    assert meant.other == (dt.date.fromisoformat(other) if other else None)


def test_a_choice_is_said() -> None:
    """Whenever another day was possible, the answer has words for the one taken."""
    meant = weekday_for_work(STAT, SAT, dt.time(1, 0), at("2024-12-06", 23), at("2024-10-09"))
    assert meant.assumed == "the Saturday after the due date"
    assert weekday_for_work(STAT, SAT, dt.time(1, 0), at("2024-12-06", 23), at("2024-12-02")).assumed == ""


def test_past_tense_takes_one_that_happened() -> None:
    """ "i turned it in thursday", asked well after: the Thursday after the deadline, not the coming one."""
    meant = weekday_for_work(STAT, THU, None, at("2024-10-18", 17), at("2024-11-04"), past=True)
    assert meant.day == dt.date(2024, 10, 24)
