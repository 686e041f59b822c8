"""The days a kind of meeting is not held in a span ("which days in march have no recitation"): the days it would
meet and does not, with why, never the days it meets."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from tests.understand.conftest import course_in, first_line, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


# the question, the days it must name, and a day of that kind that meets (never named)
ASKED = [
    ("chem", "2026-02-01 10:00", "which days in march have no recitation", ["Tue Mar 17", "Spring break"], "Tue Mar 3"),
    ("hist", "2024-10-01 10:00", "which days in october have no seminar", ["Mon Oct 28", "Reading week"], "Mon Oct 7"),
    ("geo", "2025-04-01 10:00", "which days in june have no plenary", ["Mon Jun 9", "Whit Monday"], "Mon Jun 2"),
    ("stat", "2024-10-01 10:00", "what dates in nov have no discussion section", ["Wed Nov 27", "1G"], "Wed Nov 6"),
]


@pytest.mark.parametrize(("course_name", "now", "question", "days", "meets"), ASKED)
def test_the_days_without_that_kind(request, course_name, now, question, days, meets):
    """The kind's days off in the span, each with why, not the list of its meetings."""
    result, said = reply(request.getfixturevalue(course_name), question, now)
    assert [p.intent for p in result.parts] == ["no_class"], question
    for day in days:
        assert day in said, (question, day)
    assert meets not in said, said


@pytest.mark.parametrize(
    ("course_name", "now", "question", "opens", "named"),
    [
        ("geo", "2025-04-01 10:00", "are there any days in may without a practical", "Yes", "Practical group Süd"),
        ("hist", "2024-10-01 10:00", "any days in november without tutorials", "No", "Every tutorial"),
    ],
)
def test_yes_or_no_and_whose(request, course_name, now, question, opens, named):
    """Yes with the days (naming the sections that lose it when others keep theirs), or No when every one is held."""
    _, said = reply(request.getfixturevalue(course_name), question, now)
    assert first_line(said).startswith(opens), said
    assert named in said
