"""When a staff announcement may go out (bot.announce.bounds): a day said without a time of day is asked about,
never taken as its midnight (nor, said on that weekday's evening, as the same day next week)."""

from __future__ import annotations

import pytest

from bot.announce.bounds import check_announcement_time
from bot.core.errors import UserError
from bot.understand.times.dates import parse_submission_time
from tests.conftest import at


@pytest.mark.parametrize("now", ["2024-02-16 19:00", "2024-02-12 08:00", "2024-02-18 23:30"])
@pytest.mark.parametrize("typed", ["friday", "saturday", "this friday", "next monday", "feb 20", "tomorrow"])
def test_a_day_without_a_time_is_asked_about(course, typed, now):
    moment = at(now)
    when = parse_submission_time(typed, moment, course)
    with pytest.raises(UserError, match=r"no time of day|is in the past"):
        check_announcement_time(typed, when, moment, course)


def test_the_weekday_said_on_that_weekday_names_both_readings(course):
    now = at("2024-02-16 19:00")  # a Friday evening
    with pytest.raises(UserError, match=r"today \(Fri Feb 16\) or Fri Feb 23") as asked:
        check_announcement_time("friday", parse_submission_time("friday", now, course), now, course)
    assert "Feb 23 9am" in str(asked.value)


@pytest.mark.parametrize("typed", ["friday 11pm", "next friday 9am", "in 2 hours", "feb 20 9am", "tomorrow 8:30am"])
def test_a_day_with_a_time_is_taken(course, typed):
    now = at("2024-02-16 19:00")
    check_announcement_time(typed, parse_submission_time(typed, now, course), now, course)
