"""Exams: when and where (rooms by section), the rules the course states, and what to do about a conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.answers.exam_clashes import clashes_said
from bot.answers.exam_sittings import sittings_line
from bot.answers.places import on_place
from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.errors import UserError
from bot.core.links import markdown_link
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam
from bot.course.occurrences import exam_times
from bot.course.unknown import PAGE_SILENT

CONFLICT = "Unavoidable conflict (e.g. an exam in another course)?"


def find_exam(course: Course, query: str) -> Exam:
    exact = course.exam(query)
    if exact is not None:  # an id (autocomplete, the answer engine)
        return exact
    how, keys = course.exams_by_name.lookup(query)
    if len(keys) > 1 and how != "close":  # "exam" when there are two: never one of them at random
        options = ", ".join(course.exam(k).title for k in keys)
        raise UserError(f"{query.strip()!r} could be {options}. Which one?")
    if len(keys) != 1:
        known = ", ".join(e.title for e in course.exams) or "none are listed"
        raise UserError(f"I don't know an exam called {query.strip()!r}. Exams: {known}.")
    return course.exam(keys[0])


def exam_choices(course: Course) -> list[tuple[str, str]]:
    return [(f"{e.title} ({human_date(e.date)})", e.id) for e in course.exams]


def conflict_form_url(exam: Exam, overrides: Mapping[str, str] | None = None) -> str:
    """The form link: one staff set at runtime wins over the data file's."""
    return (overrides or {}).get(exam.id) or exam.conflict_form.url


def conflict_form_status(course: Course, exam: Exam, now: dt.datetime, url: str) -> Text:
    """What a student should do about a conflict right now, as the course describes its conflict form."""
    today = now.astimezone(course.tz).date()
    form = exam.conflict_form
    if today > exam.date:
        return text("This exam has already taken place.")
    if url:
        return text(f"{CONFLICT} Fill out the {markdown_link('exam conflict form', url)}.")
    said = " ".join(clashes_said(course, exam)) if form.status in ("none", "unknown") else ""
    if said:
        # no form, but the page says who deals with clashes ("the Examinations Office"): that, in its words
        return text(f"{CONFLICT} The course page says: “{said}”")
    if form.status == "none":
        return text(f"{CONFLICT} This exam has no conflict form.")
    if form.status == "unknown":
        return text(f"{CONFLICT} How to report one: {PAGE_SILENT}.")
    where = on_place(form.where)
    expected = exam.conflict_form_expected
    when = f" {form.opens_text}" if form.opens_text else ""
    if expected is not None and today < expected:
        estimate = " (an estimate)" if form.opens_assumed else ""
        return text(
            f"{CONFLICT} The exam conflict form will be released{where}{when}, expected around "
            f"{human_date(expected)}{estimate}."
        )
    if expected is None:
        return text(f"{CONFLICT} The exam conflict form will be released{where}{when}; I don't have its link yet.")
    return text(
        f"{CONFLICT} The exam conflict form should be {where.strip() or 'out'} by now; "
        "I don't have its link yet, so look for it there."
    )


def when_line(course: Course, exam: Exam, section: str | None = None) -> Text:
    """'Wed Oct 23, 2024, <start> – <end>' with Discord timestamps, or what the page leaves out."""
    start, end = exam_times(course, exam, section)
    day = f"{human_date(exam.date)}, {exam.date.year}"
    if start is not None and end is not None:
        return text(f"{day}: ", Stamp(start, "t"), " – ", Stamp(end, "t"), ".")
    if start is not None:
        return text(f"{day}, starting ", Stamp(start, "t"), f" (the end time: {PAGE_SILENT}).")
    if exam.during_class is True:
        return text(f"{day}, in class (the class time is not on the course page).")
    return text(f"{day} (the time: {PAGE_SILENT}).")


def where_lines(course: Course, exam: Exam, section: str | None = None, surname: str | None = None) -> list[Text]:
    """The exam's room lines: only the surname's own room when the student told it (the others would mislead)."""
    if exam.location:
        return [text(f"Room: {exam.location}.")]
    if exam.by_surname:
        own = exam.room_for_surname(surname) if surname else None
        return [text(f"Room for surnames {r.surname_range}: {r.room}.") for r in exam.rooms if own in (None, r)]
    if exam.rooms:
        if section is not None and exam.room_for(section):
            return [text(f"Room for {course.section_label(section)}: {exam.room_for(section)}.")]
        return [
            text(
                f"Room for {', '.join(course.section_labels(r.sections))}: {r.room}."
                if r.sections
                else f"Room: {r.room}."
            )
            for r in exam.rooms
        ]
    if exam.in_person:
        return [text(f"Room: {PAGE_SILENT}.")]
    return []


def surname_room_answer(course: Course, exam: Exam, surname: str, now: dt.datetime) -> Answer:
    """Where a student with this surname writes the exam, when its rooms go by surname; the exam's card otherwise."""
    if not exam.by_surname:
        return exam_answer(course, now, exam.id)
    card = Answer(title=exam.title, fields=(_exam_field(course, exam, now, conflict_form_url(exam), surname=surname),))
    room = exam.room_for_surname(surname)
    typed = surname.title() if surname.islower() else surname
    shown = typed if len(surname) > 1 else f"starting with {surname.upper()}"
    if room is None:
        ranges = "; ".join(f"{r.surname_range}: {r.room}" for r in exam.rooms)
        said = text(f"Surname {shown} is in none of the ranges the course page gives ({ranges}).")
    else:
        said = text(f"Surname {shown} ({room.surname_range}): {room.room}.")
    return Answer(title=card.title, lines=(said, *card.lines), fields=card.fields)


def _exam_field(
    course: Course, exam: Exam, now: dt.datetime, url: str, section: str | None = None, surname: str | None = None
) -> Field:
    lines = [when_line(course, exam, section), *where_lines(course, exam, section, surname)]
    lines.append(text("In person." if exam.in_person else "Online."))
    lines += [text(rule) for rule in exam.rules]
    if exam.if_missed:
        lines.append(text(f"If you miss it: {exam.if_missed}"))
    other = sittings_line(exam)
    if other is not None:
        lines.append(other)
    lines.append(conflict_form_status(course, exam, now, url))
    return Field(name=exam.title, lines=tuple(lines))


def exam_answer(
    course: Course,
    now: dt.datetime,
    which: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    section: str | None = None,
) -> Answer:
    """One exam (by name) or all of them: times, rooms, rules, and the conflict-form situation for each."""
    section = course.check_section(section)
    exams = (
        [find_exam(course, which)] if which else [e for e in course.exams if section is None or section in e.sections]
    )
    if not exams:
        return Answer(title="Exams", lines=(text("This course lists no exams."),))
    fields = tuple(_exam_field(course, e, now, conflict_form_url(e, form_urls), section) for e in exams)
    return Answer(title=exams[0].title if len(exams) == 1 else "Exams", fields=fields)


def exams_answer(
    course: Course,
    now: dt.datetime,
    ids: tuple[str, ...],
    form_urls: Mapping[str, str] | None = None,
    section: str | None = None,
) -> Answer:
    """Several exams by id, each as the one-exam answer gives it, in the order of the term."""
    section = course.check_section(section)
    exams = sorted((e for e in (course.exam(i) for i in ids) if e is not None), key=lambda e: e.date)
    if len(exams) < 2:
        return exam_answer(course, now, exams[0].id if exams else None, form_urls, section)
    fields = tuple(_exam_field(course, e, now, conflict_form_url(e, form_urls), section) for e in exams)
    return Answer(title=" and ".join(e.title for e in exams), fields=fields)
