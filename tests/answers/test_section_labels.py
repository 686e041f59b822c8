"""Answers show a section by the label a student knows: GEO's 'Sued' (a data key) as 'Practical group Süd'."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.course_info import course_answer
from bot.answers.day_view import day_view
from bot.answers.deadlines import deadline_detail, upcoming_deadlines
from bot.answers.exams import exam_answer
from bot.answers.meetings import meetings_answer, section_answer
from bot.answers.people import staff_answer
from bot.answers.places import held_in
from bot.core.render_text import answer_text
from bot.core.window import days_from
from bot.course.loader import load_course
from tests.conftest import FIXTURES, local

SUED = "Practical group Süd"


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


def shown(course, answer, now="2025-05-05 10:00") -> str:
    return answer_text(answer, course.tz, local(course, now))


def now(course, text="2025-05-05 10:00") -> dt.datetime:
    return local(course, text)


@pytest.mark.parametrize(
    ("build", "says"),
    [
        (lambda c: exam_answer(c, now(c), "maptest"), f"Room for {SUED}: H 0110."),
        (lambda c: exam_answer(c, now(c), section="south"), f"Room for {SUED}: H 0110."),
        (lambda c: deadline_detail(c, "log-sued", now(c)), f"For: {SUED} only."),
        (lambda c: upcoming_deadlines(c, now(c), days_from(now(c), 14), "süd"), f"Field log S ({SUED} only)"),
        (lambda c: meetings_answer(c, now(c), section="Sued"), f"Class meetings for {SUED}"),
        (lambda c: meetings_answer(c, now(c), "practical"), f"{SUED}: Thursdays"),
        (lambda c: section_answer(c, now(c), "gruppe süd"), "Run by Amara Nwosu"),
        (lambda c: staff_answer(c, person="amara-nwosu"), f"Sections: {SUED}."),
        (lambda c: held_in(c, "H 0110"), f"for {SUED}."),
        (lambda c: held_in(c, "H 0110", exam="maptest"), f"Map test on Mon May 12: {SUED}."),
        (lambda c: held_in(c, "EB 226"), f"Field practical ({SUED})"),
        (lambda c: day_view(c, dt.date(2025, 5, 12), dt.date(2025, 5, 12)), f"Nord: H 0104; {SUED}: H 0110"),
        (lambda c: day_view(c, dt.date(2025, 5, 15), dt.date(2025, 5, 15), "Sued"), f"Field practical ({SUED})"),
    ],
)
def test_geo_answers_show_sued_by_its_name_and_never_by_its_id(geo, build, says):
    """Exam rooms, 'For: X only', meeting labels, staff cards and day views say 'Süd', never the key 'Sued'."""
    said = shown(geo, build(geo))
    assert says in said, said
    assert "Sued" not in said, said


def test_a_section_whose_name_says_its_id_keeps_the_short_id(geo):
    """'Nord' is in 'Practical group Nord': the exam room line stays 'Room for Nord'."""
    said = shown(geo, exam_answer(geo, now(geo), section="Nord"))
    assert "Room for Nord: H 0104." in said
    assert "Practical group Nord" not in said


def test_the_course_card_has_no_dangling_colon_after_a_section_without_description(geo, second_course):
    """GEO's sections have no description: their names alone; STAT's 1G keeps its 'Online'."""
    said = shown(geo, course_answer(geo))
    assert "Practical group Nord\n" in said
    assert "Practical group Nord:" not in said
    assert f"{SUED}:" not in said
    stat = answer_text(course_answer(second_course), second_course.tz, local(second_course, "2024-10-01 10:00"))
    assert "Discussion 1G: Online" in stat
    assert "Discussion 1A:" not in stat
