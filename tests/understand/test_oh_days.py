"""The weekdays a student can make, read from what they say (bot.understand.oh_days)."""

from __future__ import annotations

import pytest

from bot.understand.oh_days import days_asked


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("thursday and friday are the only days i can make it, who has office hours", {3, 4}),
        ("i can only go on tuesdays, who can i see", {1}),
        ("which TAs hold office hours on monday or wednesday", {0, 2}),
        ("which tas have oh on days other than tue/thu", {0, 2, 4, 5, 6}),
        ("i have class all day monday through wednesday, any office hours", {3, 4, 5, 6}),
        ("anyone with office hours besides fridays", {0, 1, 2, 3, 5, 6}),
    ],
)
def test_days_the_student_can_make(question, days):
    assert days_asked(question) == days


@pytest.mark.parametrize(
    "question",
    ["when are office hours on monday", "who has office hours", "is there office hours friday", ""],
)
def test_one_day_asked_is_no_constraint(question):
    # one day named is the day asked about: the handler's own reading of it answers
    assert days_asked(question) is None
