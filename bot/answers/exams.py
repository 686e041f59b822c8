"""Exams: when, the in-person rule, and what to do about a conflict (the form, or when it will appear)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.core.matching import best_matches
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course, Exam


def find_exam(course: Course, query: str) -> Exam:
    exact = course.exam(query)
    if exact is not None:  # an id (autocomplete, the answer engine)
        return exact
    candidates = [(e.id, name) for e in course.exams for name in (e.id, e.title, *e.aliases)]
    keys = best_matches(query, candidates)
    if len(keys) != 1:
        known = ", ".join(e.title for e in course.exams)
        raise UserError(f"I don't know an exam called {query.strip()!r}. Exams: {known}.")
    return course.exam(keys[0])


def exam_choices(course: Course) -> list[tuple[str, str]]:
    return [(f"{e.title} ({human_date(e.date)})", e.id) for e in course.exams]


def conflict_form_url(exam: Exam, overrides: Mapping[str, str] | None = None) -> str:
    """The form link: one staff set at runtime wins over the data file's."""
    return (overrides or {}).get(exam.id) or exam.conflict_form_url


def conflict_form_status(course: Course, exam: Exam, now: dt.datetime, url: str) -> tuple:
    """What a student should do about a conflict right now."""
    today = now.astimezone(course.tz).date()
    if today > exam.date:
        return text("This exam has already taken place.")
    if url:
        return text(f"Unavoidable conflict (e.g. an exam in another course)? Fill out the [exam conflict form]({url}).")
    expected = exam.conflict_form_expected
    if today < expected:
        return text(
            "Unavoidable conflict (e.g. an exam in another course)? The exam conflict form will be released on "
            f"Piazza a few weeks before the exam, expected around {human_date(expected)}."
        )
    return text(
        "Unavoidable conflict (e.g. an exam in another course)? The exam conflict form should be on Piazza by now; "
        "I don't have its link yet, so look for it there."
    )


def _exam_field(course: Course, exam: Exam, now: dt.datetime, url: str) -> Field:
    at = f"at {human_time(exam.time)}" if exam.time else "during class (the class time is not on the course page)"
    where = f" in {exam.location}" if exam.location else ""
    lines = [text(f"{human_date(exam.date)}, {exam.date.year}, {at}{where}.")]
    if exam.in_person:
        lines.append(text("In person, and attendance is required. Plan travel around it: no early exams."))
    lines.append(conflict_form_status(course, exam, now, url))
    return Field(name=exam.title, lines=tuple(lines))


def exam_answer(
    course: Course, now: dt.datetime, which: str | None = None, form_urls: Mapping[str, str] | None = None
) -> Answer:
    """One exam (by name) or all of them, with the conflict-form situation for each."""
    exams = [find_exam(course, which)] if which else list(course.exams)
    if not exams:
        return Answer(title="Exams", lines=(text("This course lists no exams."),))
    fields = tuple(_exam_field(course, e, now, conflict_form_url(e, form_urls)) for e in exams)
    return Answer(title=exams[0].title if len(exams) == 1 else "Exams", fields=fields)
