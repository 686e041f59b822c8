"""/admin reload names what the new data moved (deadlines, releases, exams) and ids renamed with the same title and
due time; nothing when no date moved (bot.answers.moved_dates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.answers.moved_dates import moved_lines, with_moved_dates
from bot.core.answer import Answer
from bot.core.render_text import answer_text


def _text(course, lines) -> str:
    now = course.at(course.term_first, dt.time(9))
    return answer_text(Answer(title="t", lines=tuple(lines)), course.tz, now)


def test_moved_deadlines_releases_and_exams_are_named(any_course):
    """A deadline a week later, a release a day later, an exam a day later: one line each, old → new."""
    work, exam = any_course.assignments[2], any_course.exams[0]
    moved_work = replace(work, due=work.due + dt.timedelta(days=7))
    if work.release is not None:
        moved_work = replace(moved_work, release=work.release + dt.timedelta(days=1))
    after = replace(
        any_course,
        assignments=tuple(moved_work if a.id == work.id else a for a in any_course.assignments),
        exams=(replace(exam, date=exam.date + dt.timedelta(days=1)), *any_course.exams[1:]),
    )
    said = _text(any_course, moved_lines(any_course, after))
    assert f"{work.short}: due " in said
    assert ("released" in said) == (work.release is not None)
    assert f"{exam.title}: " in said
    assert moved_lines(any_course, any_course) == []


def test_a_renamed_id_is_named_and_a_reload_without_moves_is_unchanged(any_course):
    """An id renamed with the same title and due time is named as such; an unchanged reload adds no field."""
    work = any_course.assignments[1]
    after = replace(
        any_course,
        assignments=tuple(replace(a, id="renamed-x") if a.id == work.id else a for a in any_course.assignments),
    )
    said = _text(any_course, moved_lines(any_course, after))
    assert f"id {work.id!r} is now 'renamed-x'" in said
    plain = Answer(title="Course data reloaded")
    assert with_moved_dates(plain, any_course, any_course) is plain
    assert with_moved_dates(plain, any_course, after).fields[0].name == "Dates that moved"
