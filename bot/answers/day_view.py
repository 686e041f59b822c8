"""Everything a course has on a day or a few days: schedule rows, every weekly meeting (moved, cancelled and extra
ones too), exams and deadlines, in time order; what "what's on friday" and "what's on this week" show."""

from __future__ import annotations

import datetime as dt

from bot.answers.schedule_lines import day_line
from bot.core.answer import Answer, Stamp, Text, text
from bot.core.timefmt import human_date
from bot.course.make_up import make_up_of
from bot.course.model import EXAM_KIND, Course, Exam, ExamRoom
from bot.course.occurrences import Occurrence, exam_times, kind_matches, occurrences_between

# A whole day's rows sort before the timed things of that day.
_ALL_DAY = dt.time(0, 0)


def replaced_by_exam(course: Course, occurrence: Occurrence) -> Exam | None:
    """The exam held in this meeting's time slot instead of it (a test in class), if any."""
    day = occurrence.start.astimezone(course.tz).date()
    for exam in course.exams:
        if exam.date != day or exam.during_class is not True:
            continue
        if exam.sections and occurrence.section is not None and occurrence.section not in exam.sections:
            continue
        start, end = exam_times(course, exam, occurrence.section)
        if start is not None and end is not None and start < occurrence.end and occurrence.start < end:
            return exam
    return None


def made_up_parts(course: Course, missed: Occurrence) -> tuple[str | Stamp, ...]:
    """ "; made up on Tue Mar 30, 6:00 PM – 7:30 PM · Salle B-204" after a meeting not held, or nothing."""
    held = make_up_of(course, missed)
    if held is None:
        return ()
    return (
        "; made up on ",
        Stamp(held.start, "D"),
        ", ",
        Stamp(held.start, "t"),
        " – ",
        Stamp(held.end, "t"),
        f" · {held.where}",
    )


def _occurrence_line(course: Course, o: Occurrence) -> Text:
    label = course.meeting_label(o.kind, o.section)
    if o.cancelled:
        return text(f"**{label}** ", Stamp(o.start, "t"), f": not held ({o.note})", *made_up_parts(course, o))
    topic = (" · ", *day_line(o.topic, with_date=False, with_slot=False)) if o.topic is not None else ()
    note = (f" ({o.note})",) if o.note else ()
    return text(f"**{label}**: ", Stamp(o.start, "t"), " – ", Stamp(o.end, "t"), f" · {o.where}", *topic, *note)


def _surnames(room: ExamRoom) -> str:
    return f"surnames {room.surname_range}" if room.surnames else ""


def _exam_line(course: Course, exam: Exam, section: str | None) -> Text:
    start, end = exam_times(course, exam, section)
    room = exam.room_for(section)
    if not room and (section is None or exam.by_surname) and exam.rooms:
        room = "; ".join(
            f"{', '.join(course.section_labels(r.sections)) or _surnames(r) or 'others'}: {r.room}" for r in exam.rooms
        )
    where = f" · {room}" if room else ""
    if start is None:
        return text(f"**{exam.title}** (time not on the page){where}")
    until = (" – ", Stamp(end, "t")) if end is not None else ()
    return text(f"**{exam.title}**: ", Stamp(start, "t"), *until, where)


def day_items(course: Course, day: dt.date, section: str | None = None) -> list[Text]:
    """What the course has on one day, in time order: meetings (with their topic), other schedule rows, exams
    held that day and deadlines falling on it."""
    timed: list[tuple[dt.time, int, Text]] = []
    occurrences = occurrences_between(course, day, day, section=section, include_cancelled=True)
    shown_exams: set[str] = set()
    covered_rows = set()
    day_off = any(not row.has_class for row in course.days_on(day))
    for o in occurrences:
        if replaced_by_exam(course, o) is not None:
            continue  # the exam's own line says when and where
        if o.cancelled and day_off and o.note.startswith("no class"):
            continue  # the day's own row says there is no class
        if o.topic is not None:
            covered_rows.add(id(o.topic))
        timed.append((o.start.astimezone(course.tz).time(), 1, _occurrence_line(course, o)))
    kinds = dict.fromkeys(o.kind for o in occurrences)
    for row in course.days_on(day):
        if id(row) in covered_rows or not row.is_for(section):
            continue
        if row.kind == EXAM_KIND and row.exam_id and course.exam(row.exam_id) is not None:
            continue  # shown with its time and room below
        if row.has_class and any(kind_matches(course, kind, row.kind) for kind in kinds):
            continue  # its meeting is listed (cancelled or moved) with the reason
        timed.append((_ALL_DAY, 0, day_line(row, with_date=False)))
    for exam in course.exams_by_date.get(day, ()):
        if exam.id not in shown_exams and (section is None or not exam.sections or section in exam.sections):
            shown_exams.add(exam.id)
            start, _ = exam_times(course, exam, section)
            timed.append((start.time() if start else _ALL_DAY, 2, _exam_line(course, exam, section)))
    for item in course.due_by_date.get(day, ()):
        if item.is_for(section):
            timed.append(
                (item.due.astimezone(course.tz).time(), 3, text(f"**{item.short}** due ", Stamp(item.due, "t")))
            )
    timed.sort(key=lambda t: (t[0], t[1]))
    return [line for _, _, line in timed]


def day_view(course: Course, first: dt.date, last: dt.date, section: str | None = None, title: str = "") -> Answer:
    """Everything on from first to last: one day's items, or each day's under its date."""
    if first == last and (not title or human_date(first) in title):
        items = day_items(course, first, section)
        title = title or f"On {human_date(first)}"
        if items:
            return Answer(title=title, lines=tuple(items))
        return Answer(
            title=title,
            lines=(text(f"Nothing is on the schedule for {human_date(first)}."), *next_thing(course, first, section)),
        )
    lines: list[Text] = []
    day = first
    while day <= last:
        items = day_items(course, day, section)
        if items:
            lines.append(text(f"**{human_date(day)}**"))
            lines.extend(text("  ", *line) for line in items)
        day += dt.timedelta(days=1)
    title = title or f"On {human_date(first)} – {human_date(last)}"
    if not lines:
        said = f"Nothing is on the schedule from {human_date(first)} to {human_date(last)}."
        return Answer(title=title, lines=(text(said), *next_thing(course, last, section)))
    return Answer(title=title, lines=tuple(lines))


def meetings_between(
    course: Course, first: dt.date, last: dt.date, kind: str, section: str | None = None, title: str = ""
) -> Answer:
    """Every meeting of a kind from first to last, dated, cancelled ones with why: "what practicals are left" of
    a kind that meets weekly without schedule rows."""
    found = occurrences_between(course, first, last, kind=kind, section=section, include_cancelled=True)
    lines = [text(Stamp(o.start, "D"), " · ", *_occurrence_or_exam(course, o)) for o in found]
    title = title or course.kind_name(kind, plural=True)
    if not lines:
        said = f"No {course.kind_name(kind, plural=True).lower()} from {human_date(first)} to {human_date(last)}."
        return Answer(title=title, lines=(text(said),))
    return Answer(title=title, lines=tuple(lines))


def _occurrence_or_exam(course: Course, o: Occurrence) -> Text:
    """The meeting, or for one an exam takes the place of (a test in class), that it is not held and why."""
    exam = replaced_by_exam(course, o)
    if exam is None:
        return _occurrence_line(course, o)
    label = course.meeting_label(o.kind, o.section)
    return text(f"**{label}** ", Stamp(o.start, "t"), ": not held, in its place ", *_exam_line(course, exam, o.section))


def next_thing(course: Course, after: dt.date, section: str | None = None) -> list[Text]:
    """After a day with nothing on it: the next class, a weekly meeting (with its time and room) or a schedule row,
    whichever comes first (for the section, when one is given); or that the term is over. Asked for no section, a
    first meeting that is one section's own comes with every other meeting of its day ("Next class: Tue Jan 20", then
    each section's recitation), so no student reads another section's time as theirs."""
    later = next((r for r in course.schedule if r.date > after and r.has_class and r.is_for(section)), None)
    until = later.date if later is not None else course.term_last
    meeting = next(
        (
            o
            for o in occurrences_between(course, after + dt.timedelta(days=1), until, section=section)
            if replaced_by_exam(course, o) is None
        ),
        None,
    )
    if meeting is not None and section is None and meeting.section is not None:
        day = meeting.start.astimezone(course.tz).date()
        that_day = [o for o in occurrences_between(course, day, day) if replaced_by_exam(course, o) is None]
        return [
            text("Next class: ", human_date(day), ":"),
            *(text("  ", *_occurrence_line(course, o)) for o in that_day),
        ]
    if meeting is not None:
        return [
            text(
                "Next class: ",
                human_date(meeting.start.astimezone(course.tz).date()),
                " · ",
                *_occurrence_line(course, meeting),
            )
        ]
    if later is not None:
        return [text("Next class: ", *day_line(later))]
    if after > course.term_last:
        return [text(f"The last scheduled day was {human_date(course.term_last)}, {course.term_last.year}.")]
    return []
