"""Whether one day is a holiday or a day off ("is nov 11 a public holiday"): Yes with the day off the schedule names,
No with what meets, on any course; never the list of every day off, never "not sure"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.schedule.day_off_asked import asks_if_day_off, day_off_on, holiday_qualifiers
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("is december 8 a holiday", True),
        ("is monday a public holiday", True),
        ("is the 6th a bank holiday", True),
        ("is friday a day off", True),
        ("is there a holiday on monday", True),
        ("is there class on monday", False),  # whether class meets, not whether the day is off
        ("are there holidays in november", False),  # the days off of a span
        ("when is the next holiday", False),
        ("is class cancelled friday", False),
    ],
)
def test_what_is_asked(text, asked):
    """A day named as a holiday or a day off is the question; a meeting held or a list of days off is not."""
    assert asks_if_day_off(text) is asked


def test_a_kind_of_holiday_is_explained_by_the_word_after_it():
    """ "public" of "a public holiday" is no subject the page must know; "public" elsewhere is not excused."""
    assert holiday_qualifiers(["is", "monday", "a", "public", "holiday"]) == {"public"}
    assert holiday_qualifiers(["is", "the", "lecture", "public"]) == set()


@pytest.mark.parametrize(
    ("day", "yes", "said"),
    [
        (dt.date(2024, 11, 11), True, "Veterans Day"),  # a holiday row
        (dt.date(2024, 11, 29), True, "Thanksgiving break"),  # a break's day
        (dt.date(2024, 10, 1), False, "is not a day off"),  # a lecture day
        (dt.date(2024, 10, 5), False, "nothing meets that day anyway"),  # a Saturday: no holiday named
    ],
)
def test_the_day_decides(stat, day, yes, said):
    """The schedule's day off that day says Yes with its name; a day something meets says No with what meets."""
    verdict, why = day_off_on(stat, day)
    assert verdict is yes
    assert said in why


ASKED_OF_A_DAY = {
    "is nov 11 a public holiday": (
        "stat",
        "2024-10-01 10:00",
        "Yes: Mon Nov 11 is a day off on the schedule: Vet",
    ),
    "is oct 15 a holiday": ("stat", "2024-10-01 10:00", "No: Tue Oct 15 is not a day off"),
    "is may 29 a holiday": ("geo", "2025-03-25 10:00", "Yes: Thu May 29 is a day off on the schedule: Ascension"),
    "is 6 may a bank holiday": ("geo", "2025-03-25 10:00", "No: the schedule marks no holiday on Tue May 6"),
}


@pytest.mark.parametrize("question", sorted(ASKED_OF_A_DAY))
def test_a_day_asked_of_opens_with_yes_or_no(request, question):
    """The day's own Yes or No, from its schedule row or its meetings."""
    course, now, opens = ASKED_OF_A_DAY[question]
    result, said = reply(request.getfixturevalue(course), question, now)
    assert (result.outcome, first_line(said)[: len(opens)]) == ("answered", opens)


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        ("is thanksgiving a day off", "Yes", "Thanksgiving break"),  # a break named: its days
        ("is thanksgiving break a holiday", "Yes", "Thu Nov 28"),
        ("is the midterm a day off", "No", "Wed Oct 23 is not a day off"),  # an exam named: its day
    ],
)
def test_a_period_or_exam_asked_as_a_day_off_opens_with_yes_or_no(stat, question, verdict, said):
    """'is thanksgiving a day off' is Yes with the break's days; 'is the midterm a day off' No with its day."""
    _, text = reply(stat, question, "2024-10-01 10:00")
    assert first_line(text).startswith(verdict)
    assert said in first_line(text)


@pytest.mark.parametrize(
    ("course_name", "question", "now", "name"),
    [
        ("geo", "is there uni on whit monday", "2025-04-10 10:00", "Whit Monday"),
        ("geo", "do we have uni on easter monday", "2025-04-10 10:00", "Easter Monday"),
        ("stat", "is there school on veterans day", "2024-09-20 10:00", "Veterans Day"),
        ("stat", "no school on labor day right", "2024-08-28 10:00", "Labor Day"),
    ],
)
def test_going_to_uni_or_school_on_a_named_day_off_is_class(request, course_name, question, now, name):
    """ "is there uni on easter tuesday": class asked by the school's name, No with the day off's own name."""
    _, said = reply(request.getfixturevalue(course_name), question, now)
    assert first_line(said).startswith("No")
    assert name in said
