"""What /admin reload tells staff about dates the new data moved: each deadline, release and exam whose time
changed (their announcements follow the new time: reminders for it go out again), and each id renamed with the
same title and time (nothing already posted goes out again)."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.timefmt import human_date
from bot.course.model import Course

SHOWN = 10


def moved_lines(before: Course, after: Course) -> list[Text]:
    """One line per assignment or exam whose date moved between `before` and `after`, and per renamed id."""
    lines: list[Text] = []
    old_work = {a.id: a for a in before.assignments}
    for item in after.assignments:
        old = old_work.get(item.id)
        if old is None:
            renamed = next(
                (o for o in before.assignments if _same_work(o, item) and after.assignment(o.id) is None), None
            )
            if renamed is not None:
                lines.append(text(f"{item.short}: id {renamed.id!r} is now {item.id!r} (same title and due time)."))
            continue
        if old.due != item.due:
            lines.append(text(f"{item.short}: due ", Stamp(old.due, "f"), " → ", Stamp(item.due, "f"), "."))
        if old.release != item.release and item.release is not None:
            was = human_date(old.release) if old.release is not None else "no date"
            lines.append(text(f"{item.short}: released {was} → {human_date(item.release)}."))
    old_exams = {e.id: e for e in before.exams}
    for exam in after.exams:
        old = old_exams.get(exam.id)
        if old is not None and (old.date, old.time) != (exam.date, exam.time):
            lines.append(text(f"{exam.title}: {_exam_when(old)} → {_exam_when(exam)}."))
    return lines


def _same_work(old, new) -> bool:
    return old.title == new.title and old.due == new.due


def _exam_when(exam) -> str:
    return human_date(exam.date) + (f" {exam.time:%-I:%M %p}" if exam.time is not None else "")


def with_moved_dates(answer: Answer, before: Course, after: Course) -> Answer:
    """The reload answer with a field naming what moved (and that reminders follow), or as it was."""
    lines = moved_lines(before, after)
    if not lines:
        return answer
    shown = lines[:SHOWN]
    if len(lines) > SHOWN:
        shown.append(text(f"… and {len(lines) - SHOWN} more."))
    note = text(
        "Announcements follow the new dates: reminders for a moved time go out again (one already due goes out "
        "now, marked as updated); a renamed id posts nothing twice."
    )
    return replace(answer, fields=(*answer.fields, Field("Dates that moved", (*shown, note))))
