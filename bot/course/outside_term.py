"""Dates in the course data after the term's last day (`[term_dates]`) that are not refused, because they can be
right: an exam's retake or make-up sitting after the term, a cancellation or change whose last day runs past it.
`coursebot check` warns about each (the folder still passes), naming the item, the date and the term's dates, so a
typo in a year or a month is seen before students are shown it. Deadlines, releases, exams, class days and the first
day of a change outside the term are refused as the files are read (bot.course.load_context)."""

from __future__ import annotations

from bot.course.model import Course

_CHANGE_WORDS = {"cancel": "cancellation", "move": "move", "extra": "extra session"}
_SITTING_WORDS = {"alternate": "an alternate sitting", "other": "a sitting"}


def outside_term_warnings(course: Course) -> list[str]:
    """One line per date after the term's last day: file, item, field, the date, the term's dates and what to do."""
    last = course.term_last
    after = f"is after the term's last day (the term runs {course.term_first} to {last}, [term_dates] in course.toml)"
    out = []
    for exam in course.exams:
        for sitting in exam.sittings:
            if sitting.date is not None and sitting.date > last:
                held = _SITTING_WORDS.get(sitting.kind, f"a {sitting.kind.replace('_', '-')}")
                out.append(
                    f"exams.toml: exam '{exam.id}', sitting '{sitting.name}', field 'date': {sitting.date} {after}. "
                    f"Students are shown it as written: right for {held} held after the term; otherwise check the date."
                )
    changes = [("meetings.toml", f"meeting '{c.meeting}'", c) for c in course.meeting_changes]
    changes += [("staff.toml", f"office hours of '{c.person}'", c) for c in course.oh_changes]
    for file, whose, change in changes:
        if change.last > last:
            what = f"the {_CHANGE_WORDS.get(change.kind, change.kind)} of {whose} from {change.first}"
            out.append(
                f"{file}: {what}, field 'last': {change.last} {after}. It covers every day from {change.first} to "
                "the term's end: check the date if it was meant to be shorter."
            )
    return out
