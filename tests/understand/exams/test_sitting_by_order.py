"""A sitting asked by its place among one exam's dates ("the second exam date", "the 3rd attempt"): that sitting's
date, room and registration, never "the page lists no second exam"; a course whose exams hold the place keeps them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import Course, ExamSitting
from bot.understand.exams.sitting_by_order import exam_of_dates, order_spans, sitting_by_order
from tests.understand.conftest import first_line, reply

NOW = "2024-11-01 10:00"


@pytest.fixture(scope="module")
def dated(hist: Course) -> Course:
    """HIST 210 with its one exam offered on three dates: two resits named by the month, not by their place (the
    March one listed first, so the place comes from the dates), with no room given for the March one."""
    march = ExamSitting(
        name="March resit",
        kind="retake",
        date=dt.date(2025, 3, 3),
        start=dt.time(13, 0),
        end=dt.time(16, 0),
        who="students who did not pass an earlier date",
        register="online in the exams portal, by Mon Feb 24, 2025",
        counts="replaces a failed attempt; a passed exam cannot be retaken to improve the grade",
    )
    january = replace(
        march,
        name="January resit",
        date=dt.date(2025, 1, 20),
        room="Great Hall",
        register="online in the exams portal, by Mon Jan 13, 2025",
    )
    final = replace(hist.exams[0], sittings=(march, january))
    return replace(hist, exams=(final,), synonyms={**hist.synonyms, "termin": "exam date"})


@pytest.mark.parametrize(
    ("question", "index", "bare"),
    [
        ("when is the second exam date", 1, False),  # January: the second date by the calendar
        ("where is the 3rd exam date held", 0, False),
        ("whats the date of the third attempt at the exam", 0, False),
        ("registration for the 2nd sitting of the final", 1, False),
        ("when is the 2nd termin", 1, False),  # the course's own word for an exam date
        ("when is the second exam", 1, True),  # one exam on the course: its second date, said so
    ],
)
def test_the_place_names_the_sitting_by_date(dated, question, index, bare):
    """The exam's own sitting is the first; its other sittings follow by date, whatever order the data lists them."""
    found = sitting_by_order(dated, question)
    assert found is not None
    assert (found.exam, found.index, found.bare) == ("final", index, bare)


@pytest.mark.parametrize(
    ("folder", "question"),
    [
        ("dated", "when is the first exam date"),  # the exam's own sitting: the exam readings answer it
        ("dated", "my second attempt at the essay"),  # no exam spoken of
        ("dated", "when is the fourth exam date"),  # beyond the dates listed
        ("hist", "when is the second exam date"),  # an exam with no other sittings
        ("stat", "when is the second exam date"),  # two exams: the second one's date, not a sitting
        ("geo", "when is the second exam"),  # two exams: the Klausur, not the map test's resit
    ],
)
def test_no_sitting_where_the_place_is_not_among_one_exams_dates(request, folder, question):
    """A place the exams themselves hold, one beyond the dates, or of no exam names no sitting."""
    assert sitting_by_order(request.getfixturevalue(folder), question) is None


@pytest.mark.parametrize(
    ("question", "first", "shown", "absent"),
    [
        (
            "when's the 2nd exam date and till when do i have to register",
            "January resit of Final examination: Mon Jan 20, 2025",
            ["by Mon Jan 13, 2025"],
            "lists no",
        ),
        ("where is the second exam date held", "Room for the January resit: Great Hall", [], "lists no"),
        ("is the third exam date in march", "Yes", ["Mon Mar 3"], "lists no"),
        ("is the 2nd termin in february", "No", ["Mon Jan 20"], "lists no"),
        (
            "if i pass the first date with a C can i retake it on the second date to improve",
            "No",
            ["cannot be retaken to improve the grade"],
            "Yes",
        ),
        ("when is the second exam", "The course page lists one exam", ["Mon Jan 20"], "lists no"),
    ],
)
def test_the_sitting_answers_date_room_registration_and_rules(dated, question, first, shown, absent):
    """The sitting's own card, the part asked first; a month typed without its year holds a date past the term."""
    _, said = reply(dated, question, NOW)
    assert first_line(said).startswith(first) or first in first_line(said)
    for words in shown:
        assert words in said
    assert absent not in first_line(said)


def test_a_room_the_page_leaves_out_is_said_so(dated):
    """ "what room is the 3rd exam date in": the date word names the sitting and asks nothing; the room is unknown."""
    result, said = reply(dated, "what room is the 3rd exam date in", NOW)
    assert result.parts[0].slots["aspects"] == ("where",)
    assert result.answer.kind == "unknown"
    assert "doesn't give the room of the March resit" in first_line(said)


@pytest.mark.parametrize(
    ("question", "exam"),
    [
        ("if i register for the first date and dont show up", "final"),
        ("the 2nd exam date", "final"),
        ("if i register for the exam and dont show up", None),  # no date counted
    ],
)
def test_the_exam_whose_dates_are_counted(dated, question, exam):
    """A date counted among the exam's dates speaks of that exam, even with no exam word."""
    assert exam_of_dates(dated, question) == exam


def test_the_words_naming_the_place_ask_nothing(dated):
    """ "2nd exam date" and "third attempt" are names, not a question of the date."""
    words = ("when", "is", "the", "2nd", "exam", "date", "and", "the", "third", "attempt")
    assert [words[a:b] for a, b in order_spans(dated, words)] == [("2nd", "exam", "date"), ("third", "attempt")]
