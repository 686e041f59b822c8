"""`coursebot check` warns (and still passes) on a date after the term the loader lets through: an exam's other
sitting, the last day of a meeting or office-hours change; each warning names the item and the term's dates."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.course.model import Course, ExamSitting
from bot.course.outside_term import outside_term_warnings
from tests.conftest import REPO, SECOND_DATA
from tests.understand.conftest import course_in

COURSES = ["data/stat-187-f24", "tests/fixtures/courses/geo-2210-s25"]
EVERY_COURSE = sorted(
    str(p.relative_to(REPO))
    for root in ("data", "tests/fixtures/courses")
    for p in (REPO / root).iterdir()
    if (p / "course.toml").exists()
)


def _with_sitting(course: Course, kind: str, day: dt.date) -> Course:
    exam = course.exams[0]
    sitting = ExamSitting(name="late sitting", kind=kind, date=day)
    exams = (replace(exam, sittings=(*exam.sittings, sitting)), *course.exams[1:])
    return replace(course, exams=exams)


def _term(course: Course) -> str:
    return f"the term runs {course.term_first} to {course.term_last}, [term_dates] in course.toml"


@pytest.mark.parametrize("folder", COURSES)
@pytest.mark.parametrize(("kind", "said"), [("retake", "a retake"), ("make_up", "a make-up"), ("alternate", "an alt")])
def test_a_sitting_after_the_term_is_warned_with_the_term_dates(folder, kind, said):
    """A sitting the day after the term: named with its exam, the date and the term's first and last days."""
    course = course_in(folder)
    day = course.term_last + dt.timedelta(days=1)
    (warning,) = outside_term_warnings(_with_sitting(course, kind, day))
    exam = course.exams[0].id
    assert (
        f"exams.toml: exam '{exam}', sitting 'late sitting', field 'date': {day} is after the term's last day"
        in warning
    )
    assert _term(course) in warning
    assert f"right for {said}" in warning


@pytest.mark.parametrize("folder", COURSES)
def test_a_sitting_on_the_terms_last_day_is_not_warned(folder):
    course = course_in(folder)
    assert outside_term_warnings(_with_sitting(course, "retake", course.term_last)) == []


@pytest.mark.parametrize("folder", COURSES)
def test_a_change_running_past_the_term_is_warned(folder):
    """A meeting change and an office-hours change whose last day is after the term: each named, with its first day."""
    course = course_in(folder)
    beyond = course.term_last + dt.timedelta(days=30)
    assert course.meeting_changes
    meeting = replace(course.meeting_changes[0], last=beyond)
    changed = replace(course, meeting_changes=(meeting, *course.meeting_changes[1:]))
    (warning,) = outside_term_warnings(changed)
    assert warning.startswith("meetings.toml: the ")
    assert f"of meeting '{meeting.meeting}' from {meeting.first}, field 'last': {beyond} is after" in warning
    assert _term(course) in warning
    assert f"It covers every day from {meeting.first} to the term's end" in warning


def test_an_office_hours_change_past_the_term_is_warned(second_course):
    person = second_course.people[0].id
    first = second_course.term_last - dt.timedelta(days=3)
    change = replace(second_course.oh_changes[0], person=person, kind="cancel", first=first, last=dt.date(2025, 12, 13))
    (warning,) = outside_term_warnings(replace(second_course, oh_changes=(change,)))
    assert (
        f"staff.toml: the cancellation of office hours of '{person}' from {first}, field 'last': 2025-12-13" in warning
    )


@pytest.mark.parametrize("folder", EVERY_COURSE)
def test_the_courses_as_written_have_no_date_after_their_term(folder):
    assert outside_term_warnings(course_in(folder)) == []


def test_check_prints_the_warning_and_still_passes(tmp_path: Path, capsys):
    """`coursebot check` on a folder whose midterm's alternate sitting was typed a year late: OK, then the warning."""
    folder = tmp_path / "stat"
    shutil.copytree(SECOND_DATA, folder)
    path = folder / "exams.toml"
    path.write_text(
        path.read_text().replace("date = 2024-10-23\nstart = 15:00:00", "date = 2025-10-23\nstart = 15:00:00")
    )
    assert main(["check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "warning: exams.toml: exam 'midterm', sitting 'alternate sitting', field 'date': 2025-10-23 is after" in out
    assert "the term runs 2024-08-26 to 2024-12-13" in out
