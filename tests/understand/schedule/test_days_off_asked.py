"""The days without class asked for by the days ("any holidays in may where we lose class"), not whether class
meets: the days off in that span, on every course; "where" after a word for days is no room question."""

from __future__ import annotations

import pytest

from bot.understand.schedule.days_off_asked import (
    _NOT_HELD,
    _asked,
    _class_words,
    days_off_asked,
    kind_days_off_asked,
)
from bot.understand.times.where_as_when import where_means_when
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("any holidays in may where we do not have class", True),
        ("any public holidays in april where we lose classes", True),
        ("are there days in november when we have no lecture", True),
        ("which days in may have no class", True),
        ("are there any weeks without classes", True),
        ("any weeks where class is cancelled", True),
        ("days with no class in june", True),
        ("are there holidays in november", True),
        ("is there class on may 1", False),  # whether class meets that day
        ("is there no class on friday", False),
        ("is there class in march", False),
        ("when is the break", False),
        ("what do we do in class the week after the break", False),
        ("is there a holiday on monday", False),  # one day asked of
        ("which days can i miss class without losing marks", False),  # an absence, not a day off
        ("what happens on days when i miss lecture", False),
    ],
)
def test_what_is_asked(text, asked):
    assert days_off_asked(text) is asked


KINDS = ("discussion section", "recitations", "recitation", "plenary", "lab")


@pytest.mark.parametrize(
    "text",
    [
        "any holidays in may where we do not have class",
        "are there days in november when we have no lecture",
        "are there any weeks without classes",
        "any weeks where class is cancelled",
        "any days in march where we lose recitation",
        "which days do we not get a plenary",
        "dates when the lab is off",
    ],
)
def test_every_way_of_asking_holds_a_word_of_class_not_held(text):
    """The look for a word of class not held, made before the patterns, never shuts out a question they read."""
    assert days_off_asked(text, KINDS)
    assert any(word in text for word in _NOT_HELD)
    for pattern in _asked(_class_words(KINDS)):
        found = pattern.search(text)
        assert found is None or any(word in found.group(0) for word in _NOT_HELD)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("which days in march have no recitation", "recitation"),
        ("any weeks in june without a plenary", "plenary"),
        ("are there days in november when we do not have discussion section", "discussion section"),
        ("which days in march have no lecture", None),  # the plain word: the days without class
        ("which days have no class", None),
        ("is there recitation in march", None),  # whether it meets
        ("which days in march have recitation", None),
    ],
)
def test_the_courses_own_kind_said_where_the_class_stands(text, said):
    """The course's words for its kinds of meetings ask for that kind's days without it; plain class words do not."""
    assert kind_days_off_asked(text, KINDS) == said
    assert days_off_asked(text, KINDS) is (said is not None or days_off_asked(text))


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("any holidays in march where we do not have class", True),
        ("is there a week where there is no lab", True),
        ("the tuesdays where we meet online", True),
        ("on tuesday where do we meet", False),  # where the class meets that day
        ("do you know where we meet", False),
        ("where is the lab on friday", False),
        ("which room is the lecture where we do the demo", False),
    ],
)
def test_where_after_a_word_for_days_means_when(text, when):
    assert where_means_when(text) is when


@pytest.mark.parametrize(
    ("course_name", "now", "question", "days", "yes"),
    [
        ("geo", "2025-03-20 10:00", "any public holidays in may where we lose classes", ["Thu May 1", "May 29"], None),
        ("geo", "2025-03-20 10:00", "are there days in april when we have no lecture", ["Mon Apr 21"], True),
        ("stat", "2024-10-01 10:00", "r there any days in november where we dont have class", ["Mon Nov 11"], True),
        ("stat", "2024-10-01 10:00", "which days in september have no class", ["Mon Sep 2"], None),
    ],
)
def test_the_days_off_in_the_span_are_listed(request, course_name, now, question, days, yes):
    course = request.getfixturevalue(course_name)
    result, said = reply(course, question, now)
    assert [p.intent for p in result.parts] == ["no_class"]
    for day in days:
        assert day in said, (question, day)
    if yes:
        assert first_line(said).startswith("Yes")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("which days in march have no lecture", "lecture"),  # the course's lectures, not the term's days off
        ("any days in november where there is no lecture", "lecture"),
        ("which days in march have no class", None),  # class stays the plain word
        ("any holidays in march where we lose lectures", None),  # holidays asked for
    ],
)
def test_a_course_with_lectures_reads_no_lecture_as_its_lectures(text, said):
    """On a course whose kinds include lectures, "no lecture" asks for the days its lectures are not held (a Monday
    holiday takes no Tuesday-Thursday lecture)."""
    assert kind_days_off_asked(text, (*KINDS, "lecture")) == said
