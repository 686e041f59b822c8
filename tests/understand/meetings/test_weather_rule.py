"""The weather told beside a meeting question (bot.understand.meetings.weather_rule): the day's answer with the course's
rule."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Policy
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"
SNOW = Policy(
    id="snow",
    title="Snow days",
    summary="When campus is closed for snow, lecture is held on Zoom at the usual time.",
    quote="When campus is closed for snow, lecture is held on Zoom at the usual time.",
    keywords=("snow", "snow day", "weather"),
)


def _with_snow_rule():
    stat = course_in(STAT)
    return replace(stat, policies=(*stat.policies, SNOW))


@pytest.mark.parametrize(
    "question", ["its snowing, is lecture still on tomorrow", "is there lecture tomorrow if it snows"]
)
def test_the_courses_rule_for_the_weather_told_comes_with_the_day(question):
    """The day's Yes, and the course's one weather rule after it."""
    _, said = reply(_with_snow_rule(), question, "2024-10-09 10:00")
    assert first_line(said).startswith("Yes")
    assert "lecture is held on Zoom at the usual time" in said


def test_without_a_rule_for_it_the_weather_is_not_answered_from_the_timetable():
    """ "its snowing, is lecture still on tomorrow" on a course with no weather rule: no Yes from the timetable."""
    _, said = reply(course_in(STAT), "its snowing, is lecture still on tomorrow", "2024-10-09 10:00")
    assert not first_line(said).startswith("Yes")


def test_a_question_without_weather_is_unchanged():
    """No weather told: the course's weather rule is not shown."""
    _, said = reply(_with_snow_rule(), "is lecture still on tomorrow", "2024-10-09 10:00")
    assert "Snow days" not in said
