from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.exams.exam_this_time import still_to_come
from tests.understand.conftest import course_in, reply

# Each course: the exam already over, the one to come, and a day between them.
COURSES = {
    "data/stat-187-f24": ("midterm", "final", "2024-11-04 10:00"),
    "data/10-605-s24": ("exam1", "exam2", "2024-03-04 10:00"),
}


@pytest.mark.parametrize("folder", sorted(COURSES))
def test_a_story_about_the_last_exam_asks_about_the_next(folder):
    course = course_in(folder)
    past, coming, now = COURSES[folder]
    first, second = course.exam(past).title, course.exam(coming).title
    question = (
        f"i bombed the {first} bc i showed up late. what time does the {second} start so that doesnt happen again"
    )
    assert still_to_come(course, past, question, dt.date.fromisoformat(now[:10])) == coming
    _, said = reply(course, f"i went to the wrong room for {first}. where should i go for {second}?", now)
    assert said.splitlines()[0].startswith(second), said


@pytest.mark.parametrize("folder", sorted(COURSES))
def test_asked_in_the_past_tense_the_exam_named_stays(folder):
    course = course_in(folder)
    past, coming, now = COURSES[folder]
    first, second = course.exam(past).title, course.exam(coming).title
    today = dt.date.fromisoformat(now[:10])
    assert still_to_come(course, past, f"where was the {first} held, same place as the {second}?", today) is None
    assert still_to_come(course, past, f"what did the {first} cover", today) is None  # one exam named
    assert still_to_come(course, coming, f"when is the {second}, after the {first}", today) is None  # not over
