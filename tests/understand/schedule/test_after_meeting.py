"""A kind of meeting asked after a day of the schedule ("whats the lecture after the guest lecture", "any more labs
after ..."): the first meeting of that kind after that day, with Yes or No on whether one is left; and a meeting
asked on "thursday, the day after the midterm" or "the day after the midterm": that day's."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from tests.understand.conftest import course_in, first_line, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


NOW = {"chem": "2026-04-06 10:00", "stat": "2024-10-14 10:00"}
# a lecture after a guest lecture, and Yes when a lab is left
CHEM_CASES = [
    ("which lecture comes after the lithium battery guest lecture", "Fri Apr 17", ""),
    ("is there another lab after the guest lecture on batteries", "Thu Apr 16", "Yes"),
]
# after a topic's day; No when none of the kind is left, Yes when one of another kind is
STAT_CASES = [
    ("whats the lecture after boosting", "Support vector machines", ""),
    ("are there any more lectures after the review for the final", "no more", "No"),
    ("any more discussion sections after the review for the final", "Wed Dec 4", "Yes"),
]
AFTER_A_DAY = [("chem", *case) for case in CHEM_CASES] + [("stat", *case) for case in STAT_CASES]


@pytest.mark.parametrize(("course_name", "question", "said", "opens"), AFTER_A_DAY)
def test_the_first_meeting_of_the_kind_after_that_day(request, course_name, question, said, opens):
    """next_class from the day after the one named, Yes or No first when asked whether one is left."""
    result, shown = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert [p.intent for p in result.parts] == ["next_class"], question
    assert said in shown, question
    assert first_line(shown).startswith(opens), question


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("what time is lecture on thursday, the day after the midterm", "Thu Oct 24"),
        ("where do we have lecture the day after the midterm", "Thu Oct 24"),
        ("what time is discussion on tuesday, the day before the midterm", "Tue Oct 22"),
    ],
)
def test_a_meeting_on_the_day_beside_an_exam(stat, question, day):
    """That day's meetings, not the coming weekday's (the midterm is Wed Oct 23, asked on Mon Oct 7)."""
    _, shown = reply(stat, question, "2024-10-07 10:00")
    assert day in shown.splitlines()[0], question
