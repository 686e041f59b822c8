"""A kind of meeting asked after a day of the schedule ("whats the lecture after the guest lecture", "any more labs
after ..."): the first meeting of that kind after that day, with Yes or No on whether one is left; and a meeting
asked on "thursday, the day after the midterm" or "the day after the midterm": that day's; a day held for each group
in turn is one event, counted from its last day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.course.model import Course, ScheduleDay
from bot.understand.schedule.after_meeting import last_day_of_event
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


def _row(day: int, title: str, *sections: str) -> ScheduleDay:
    return ScheduleDay(date=dt.date(2026, 3, day), kind="lab", title=title, sections=sections)


# the schedule, the rows named on the first day, and the day counted from
EVENTS = [
    # held for one group Wednesday and the others Thursday: one event, to Thursday
    ([_row(11, "Calorimetry lab", "101"), _row(12, "Calorimetry lab", "102", "103")], [0], 12),
    # held again a week on for the same group: another event
    ([_row(4, "Open lab", "101"), _row(5, "Open lab", "102"), _row(11, "Open lab", "101")], [0], 5),
    # a row for everyone is the day itself
    ([_row(11, "Calorimetry lab"), _row(12, "Calorimetry lab", "102")], [0], 11),
    # another title the next day is not the event
    ([_row(11, "Calorimetry lab", "101"), _row(12, "Make-up calorimetry lab", "101")], [0], 11),
]


@pytest.mark.parametrize(("schedule", "held", "last"), EVENTS)
def test_the_last_day_of_an_event_held_for_each_group(schedule, held, last):
    """Rows titled alike for other groups within the week are one event; the count starts after its last day."""
    assert last_day_of_event(schedule, [schedule[i] for i in held]) == dt.date(2026, 3, last)


# an event held on two days, one for each group: the meeting after it is never that event again
AFTER_AN_EVENT = [
    ("chem", "2026-03-02 10:00", "what is the lab after the calorimetry lab", "after Thu Mar 12"),
    ("chem", "2026-03-02 10:00", "is there another lab after the calorimetry lab", "after Thu Mar 12"),
    ("geo", "2025-05-06 10:00", "any more practicals after the drone mapping day", "after Thu May 22"),
]


@pytest.mark.parametrize(("course_name", "now", "question", "after"), AFTER_AN_EVENT)
def test_the_meeting_after_an_event_held_for_each_group(request, course_name, now, question, after):
    """Counted from the event's last day, so its other group's day is not the answer."""
    result, shown = reply(request.getfixturevalue(course_name), question, now)
    assert [p.intent for p in result.parts] == ["next_class"], question
    assert after in shown.splitlines()[0], shown
    assert "Topic: Calorimetry lab" not in shown, shown
    assert "Topic: Drone mapping day" not in shown, shown
