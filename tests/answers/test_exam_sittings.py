"""An exam's other sittings in answers: the card's brief line, a sitting's own card (the part asked first, what the
page leaves out said so, never the main sitting's room or date), and several sittings asked at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.answers.exam_sittings import sitting_answer, sittings_answer, sittings_line
from bot.answers.exams import exam_answer
from bot.core.render_text import answer_text
from bot.course.model import ExamSitting
from tests.conftest import local

RETAKE = ExamSitting(name="retake", kind="retake", date=dt.date(2024, 12, 19), counts="the better result counts")


def _said(course, answer) -> str:
    now = local(course, "2024-10-01 10:00")
    return answer_text(answer, course.tz, now)


def test_the_exam_card_lists_its_other_sittings_briefly(second_course):
    """The midterm's card names its alternate sitting, its day and start; the final's card has no such line."""
    said = _said(second_course, exam_answer(second_course, local(second_course, "2024-10-01 10:00"), "midterm"))
    assert "Other sittings, not for everyone" in said
    assert "Alternate sitting (the same day, 3:00 PM)" in said
    final = _said(second_course, exam_answer(second_course, local(second_course, "2024-10-01 10:00"), "final"))
    assert "Other sittings" not in final


def test_a_card_line_for_an_undated_sitting_says_the_date_is_not_given(second_course):
    """A sitting without a date is listed with "date not on the course page", never the exam's date."""
    exam = replace(second_course.exam("final"), sittings=(replace(RETAKE, date=None),))
    line = "".join(str(p) for p in sittings_line(exam))
    assert "Retake (date not on the course page)" in line
    assert "Dec 12" not in line


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        (("where",), "The page doesn't give the room of the alternate sitting"),
        (("when",), "The alternate sitting of Midterm: Wed Oct 23, 2024"),
        (("who",), "Who may sit the alternate sitting: students with a class or another exam at 7 PM"),
        (("register",), "How to register for the alternate sitting: through the midterm conflict form"),
        (("counts",), "What the result of the alternate sitting does: the same as the midterm"),
        ((), "The alternate sitting of Midterm: Wed Oct 23, 2024"),
    ],
)
def test_the_part_asked_comes_first(second_course, asked, first):
    """Each part asked opens the sitting's card; nothing asked gives them all, the date first."""
    exam = second_course.exam("midterm")
    said = _said(second_course, sitting_answer(second_course, exam, exam.sittings[0], asked))
    assert said.splitlines()[2].startswith(first)


def test_an_unknown_room_is_never_the_main_sittings_room(second_course):
    """The midterm's own rooms (Halvorsen Hall 100, Bayview Auditorium) never stand for its alternate sitting's."""
    exam = second_course.exam("midterm")
    answer = sitting_answer(second_course, exam, exam.sittings[0], ("where",))
    said = _said(second_course, answer)
    assert "Halvorsen" not in said
    assert "Bayview" not in said
    assert answer.kind == "unknown"


def test_an_unknown_date_is_never_the_main_sittings_date(second_course):
    """A retake without a date says the page does not give it; the final's Dec 12 is not its date."""
    exam = replace(second_course.exam("final"), sittings=(replace(RETAKE, date=None),))
    said = _said(second_course, sitting_answer(second_course, exam, exam.sittings[0], ("when",)))
    assert "doesn't give the date of the retake of Final exam" in said
    assert "Dec 12" not in said


def test_several_sittings_each_give_the_part_asked(second_course):
    """Two exams' retakes asked at once: each under its exam's name, none picked for the student."""
    midterm = replace(second_course.exam("midterm"), sittings=(replace(RETAKE, date=dt.date(2024, 11, 6)),))
    final = replace(second_course.exam("final"), sittings=(RETAKE,))
    answer = sittings_answer(second_course, [(midterm, midterm.sittings[0]), (final, final.sittings[0])], ("when",))
    said = _said(second_course, answer)
    assert "Midterm: retake" in said
    assert "Final exam: retake" in said
    assert "Wed Nov 6, 2024" in said
    assert "Thu Dec 19, 2024" in said


def test_the_same_words_for_each_exam_are_said_once(second_course):
    """ "who may take the retake" with one retake per exam, each for the same students: one line, for each exam."""
    midterm = replace(second_course.exam("midterm"), sittings=(replace(RETAKE, who="anyone who failed"),))
    final = replace(second_course.exam("final"), sittings=(replace(RETAKE, who="anyone who failed"),))
    answer = sittings_answer(second_course, [(midterm, midterm.sittings[0]), (final, final.sittings[0])], ("who",))
    said = _said(second_course, answer)
    assert said.count("anyone who failed") == 1
    assert "Midterm, Final exam" in said


def test_a_time_the_data_lacks_comes_with_the_pages_own_words_on_the_sitting(second_course):
    """A dated make-up without a time quotes the exam's sentence naming it ("... the make-up, after the final")."""
    said_of = "Missed it? Sit the make-up on Dec 13 after the final. Bring ID."
    make_up = ExamSitting(name="make-up", kind="make_up", date=dt.date(2024, 12, 13))
    exam = replace(second_course.exam("midterm"), if_missed=said_of, sittings=(make_up,))
    said = _said(second_course, sitting_answer(second_course, exam, make_up, ("when",)))
    assert (
        "the course page doesn't give its time). What it says of it: “Sit the make-up on Dec 13 after the final.”"
        in said
    )
    assert "Bring ID" not in said
