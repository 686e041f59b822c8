"""'is <a day> the last lecture': the term's last meeting of that kind checked on the day stated, Yes or No; a past
question, the last of another span or a bare weekday is left to the other readings."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answer import Answer, text
from bot.understand.schedule.last_day_claimed import last_day_checked
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"  # last lecture Tue Dec 3


def test_last_day_checked() -> None:
    """Yes on the last meeting's day; No with its own day otherwise."""
    final = Answer(title="Last lecture of the term", lines=(text("Tue Dec 3 · Review"),))
    yes = last_day_checked(final, dt.date(2024, 12, 3), dt.date(2024, 12, 3))
    no = last_day_checked(final, dt.date(2024, 12, 3), dt.date(2024, 11, 26))
    assert str(yes.lines[0][0]).startswith("**Yes**")
    assert str(no.lines[0][0]).startswith("**No**")
    assert "not Tue Nov 26" in str(no.lines[0][0])


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("is the last lecture on dec 3", "Yes:"),
        ("is nov 26 the last lecture", "No:"),
        ("last lecture is dec 3 right", "Yes:"),
    ],
)
def test_day_checked(question: str, opens: str) -> None:
    """A yes/no question stating one day gets the term's last lecture, opened with Yes or No."""
    _, said = reply(course_in(STAT), question, "2024-10-01 10:00")
    assert first_line(said).startswith(opens)


@pytest.mark.parametrize(
    "question",
    [
        "is the last lecture on friday",  # on a Friday, maybe, not this one
        "is the last lecture before thanksgiving on nov 26",  # the last of another span
        "was oct 1 the last lecture",  # asked of the past
    ],
)
def test_not_checked(question: str) -> None:
    """No Yes or No from the term's last lecture for what is another question."""
    result, _said = reply(course_in(STAT), question, "2024-10-01 10:00")
    assert not (result.parts and result.parts[0].slots.get("claimed_day"))
