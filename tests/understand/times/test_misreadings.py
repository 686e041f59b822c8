"""A fallback reading (dateparser's) on another time of day, hour or day than the one typed is refused, the first
misreading that applies named, on two courses; a day alone, or a day wanted without its hour, keeps what it may."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times import dates
from bot.understand.times.dates import DateRefused, parse_day, parse_moment

NOW = {"course": "2024-02-12 10:00", "second_course": "2024-09-09 10:00"}  # a Monday in each course's term
TIME = "like 'Mar 15 9am'"  # another time of day than the one typed
HOUR = "like '17:00'"  # another hour than the number left unread
DAY = "like 'Mar 15 5pm'"  # another day than the one typed

# (typed, an hour wanted, the fallback's reading: days after the day typed and its time, the refusal's words or None)
MISREADINGS = [
    ("thursday 9am please", True, (0, "10:00"), TIME),
    ("thursday 9am please", True, (1, "09:00"), DAY),
    ("thursday 9am please", True, (1, "10:00"), TIME),  # the time of day is said first
    ("thursday 9am please", False, (0, "10:00"), TIME),  # even when only the day is kept
    ("thursday 9am please", True, (0, "09:00"), None),
    ("thursday at 17", True, (0, "00:00"), HOUR),
    ("thursday at 17", True, (0, "17:30"), HOUR),  # the hour typed has no minutes
    ("thursday at 17", True, (3, "17:00"), DAY),
    ("thursday at 17", True, (3, "00:00"), HOUR),  # the hour is said before the day
    ("thursday at 17", True, (0, "17:00"), None),
    ("thursday at 17", False, (0, "00:00"), None),  # only the day is kept: its hour is not checked
    ("thursday at 17", False, (3, "00:00"), DAY),
    ("friday", True, (1, "00:00"), None),  # a day alone: its callers ask which one it is
]


@pytest.mark.parametrize("which", sorted(NOW))
@pytest.mark.parametrize(("typed", "hours", "reading", "refused"), MISREADINGS)
def test_a_fallback_reading_other_than_typed_is_refused(request, monkeypatch, which, typed, hours, reading, refused):
    """Each misreading row refuses with its own hint (time of day, then hour, then day); a matching reading stands."""
    course = request.getfixturevalue(which)
    now = dt.datetime.fromisoformat(NOW[which]).replace(tzinfo=course.tz)
    later, clock = reading
    day = parse_day(typed.split()[0], now, course) + dt.timedelta(days=later)
    moment = course.at(day, dt.time.fromisoformat(clock))
    monkeypatch.setattr(dates, "_dateparser", lambda *_: moment)
    if refused is None:
        assert parse_moment(typed, now, course, hours=hours) == moment
        return
    with pytest.raises(DateRefused, match="exactly") as err:
        parse_moment(typed, now, course, hours=hours)
    assert refused in str(err.value)
    assert repr(typed) in str(err.value)
