"""Whether a question asks if work can be handed in on a day ("can i upload hw2 after feb 9", "will ps4 still be open
on saturday"), which day, and what a student sees: on time, or how late and at what cost by the late rule."""

from __future__ import annotations

import pytest

from bot.understand.engine import engine_for
from bot.understand.work.hand_in_day import hand_in_day, names_hand_in
from tests.conftest import local
from tests.understand.conftest import first_line, reply


def _reading(course, question: str, when: str):
    now = local(course, when)
    return engine_for(course).reader.read(question, now), now.astimezone(course.tz).date()


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("can i upload ps4 on saturday", "2024-10-19"),
        ("will ps4 still be open on saturday", "2024-10-19"),
        ("would ps4 be accepted on sunday", "2024-10-20"),
        ("is ps4 still accepted after friday", "2024-10-18"),
    ],
)
def test_a_hand_in_day_is_read(stat, question: str, first: str) -> None:
    """Asked Mon Oct 14: each question asks of handing PS4 in on the day named."""
    reading, today = _reading(stat, question, "2024-10-14T10:00")
    day = hand_in_day(reading, today)
    assert day is not None
    assert day.first.isoformat() == first


@pytest.mark.parametrize(
    "question",
    [
        "is ps4 due on saturday",  # its due day checked, nothing handed in
        "will ps4 be released on saturday",
        "is the lab open on saturday",  # a room, not work still taken
        "what is due on saturday",  # no may-I
    ],
)
def test_no_hand_in_day(stat, question: str) -> None:
    """Questions about a due day, a release or a room ask nothing of handing work in."""
    reading, today = _reading(stat, question, "2024-10-14T10:00")
    assert hand_in_day(reading, today) is None


def test_doing_a_meeting_is_not_handing_work_in(stat) -> None:
    """ "can i still do the lab tmrw" may be a meeting; only a hand-in named outright stands for a kind of work."""
    reading, _ = _reading(stat, "can i still do the lab tmrw", "2024-10-14T10:00")
    assert not names_hand_in(reading)
    reading, _ = _reading(stat, "can i still submit a problem set tmrw", "2024-10-14T10:00")
    assert names_hand_in(reading)


def test_still_open_on_a_late_day_gives_the_cost(stat) -> None:
    """Saturday is inside STAT 187's 48 late hours: Yes, late, with the penalty at the start of that day."""
    _, said = reply(stat, "will ps4 still be open on saturday", "2024-10-14T10:00")
    assert first_line(said).startswith("Yes: PS4 was due Fri Oct 18, so Sat Oct 19 is late")
    assert "penalty" in first_line(said)


def test_after_a_weekday_is_the_day_after_it(course) -> None:
    """ "after feb 9" asks of Feb 10, on time for HW2 (due Feb 14), not the upload policy."""
    result, said = reply(course, "can i upload hw2 after feb 9", "2024-02-05T10:00")
    assert result.parts[0].intent == "assignment_due"
    assert first_line(said) == "Yes: HW2 is due Wed Feb 14, so Sat Feb 10 is on time."
