"""An item of a series named by its place ("the 2nd homework"): that numbered item, never a day of the month
(bot.understand.work.nth_item)."""

from __future__ import annotations

import pytest

from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("whens the 2nd homework due", ["hw2"]),
        ("when is the 3rd hw due", ["hw3"]),
        ("whens the fifth homework due", ["hw5"]),
        ("when is the 4th hw due", ["hw4a", "hw4b"]),  # two share the number: both, not Mar 4
    ],
)
def test_the_nth_of_a_series_is_its_numbered_item(course, question, items):
    result, _ = reply(course, question, "2024-02-12 10:00")
    assert [p.intent for p in result.parts] == ["assignment_due"]
    assert sorted(result.parts[0].slots["assignments"]) == items


@pytest.mark.parametrize(
    ("question", "items"),
    [("when is the 3rd problem set due", ["ps3"]), ("is the third pset due on oct 3", ["ps3"])],
)
def test_the_nth_in_another_courses_words(stat, question, items):
    result, _ = reply(stat, question, "2024-10-01 10:00")
    assert list(result.parts[0].slots["assignments"]) == items


def test_a_day_of_the_month_with_no_series_word_is_still_a_day(course):
    result, _ = reply(course, "what's due on the 2nd", "2024-02-12 10:00")
    assert result.parts[0].slots.get("range") is not None
    result, _ = reply(course, "what's the first homework", "2024-02-12 10:00")
    assert result.parts[0].intent == "next_due"  # "first" is the earliest one, read as before
