"""A yes/no question asking of a weekday as every week's ("is group c's lab on thursdays", "do we have lecture every
monday"): Yes or No from the weekly meetings of the kind (the section's own, when one is named), never from the
coming date alone, which a holiday may empty; the days that weekday it is not held (a holiday, a move) are named
beside the Yes."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time
from bot.course.model import WEEKDAYS, Course
from bot.course.occurrences import kind_matches, meetings_of, occurrences_between
from bot.understand.exams.exam_part_of_day import names_a_date
from bot.understand.people.weekly_weekday import weekly_weekday


def weekly_meeting_verdict(
    course: Course, question: str, kind: str | None, section: str | None, today: dt.date, part: str = ""
) -> tuple[bool, str] | None:
    """(Yes or No, when the kind meets) when the question asks whether the kind (or the section) meets on a weekday
    every week; None when it names no weekly weekday, neither a kind nor a section, a date besides, or the page has
    no such meetings. `part`: the part of the question that asks, which must name the weekday ("my group is on
    tuesdays, is there seminar on dec 8" tells the section by its weekday and asks of a date)."""
    weekday = weekly_weekday(question)
    if weekday is None or (kind in (None, "class") and not section) or names_a_date(question):
        return None
    if part and WEEKDAYS[weekday] not in part.lower():
        return None
    wanted = None if kind in (None, "class") else kind
    meetings = [m for m in meetings_of(course, wanted, section) if section is None or m.section == section]
    if not meetings and wanted is not None:
        # "are the field trips all on saturdays": a kind the schedule lists day by day, never weekly
        return rows_on_weekday(course, question, wanted, section, weekday)
    if not meetings or (section is None and any(m.section for m in meetings)):
        return None  # "is lab on thursdays" of labs held by section: whose is not said
    label = course.meeting_label(meetings[0].kind, section) if len({m.kind for m in meetings}) == 1 else "It"
    days = "; ".join(
        f"{', '.join(WEEKDAYS[d].capitalize() + 's' for d in m.weekdays)} {human_time(m.start)} – {human_time(m.end)}"
        for m in meetings
    )
    on = [m for m in meetings if weekday in m.weekdays]
    if not on:
        return False, f"{label} meets {days}."
    missed = _weekdays_without(course, on, weekday, wanted, section, today)
    said = f"{label} meets {days}."
    if missed:
        said += f" Not held on {', '.join(missed)}."
    return True, said


# "are they all on saturdays", "always on fridays": every one of them asked of, not every week's weekday
_ALL_OF_THEM = re.compile(r"\b(?:all|always|each\s+one|every\s+one|both)\b")


def rows_on_weekday(
    course: Course, question: str, kind: str, section: str | None, weekday: int
) -> tuple[bool, str] | None:
    """Yes when every schedule row of the kind falls on the weekday asked ("are the field trips all on saturdays"),
    No with those that do not; None unless the question asks it of all of them ("every saturday" asks of each week's,
    which rows on some Saturdays do not settle) or the schedule holds no row of the kind."""
    if not _ALL_OF_THEM.search(question.lower()):
        return None
    days = sorted(
        {r.date for r in course.schedule if kind_matches(course, r.kind, kind) and r.is_for(section) and r.has_class}
    )
    if not days:
        return None
    label = course.meeting_label(kind, section)
    plural = f"{WEEKDAYS[weekday].capitalize()}s"
    other = [d for d in days if d.weekday() != weekday]
    if other:
        return False, f"not every {label.lower()} is on a {WEEKDAYS[weekday].capitalize()}: {_dates(other)}."
    return True, f"{'both' if len(days) == 2 else f'all {len(days)}'} on {plural}: {_dates(days)}."


def _dates(days: list[dt.date]) -> str:
    return ", ".join(human_date(d) for d in days)


def _weekdays_without(
    course: Course, meetings: list, weekday: int, kind: str | None, section: str | None, today: dt.date
) -> list[str]:
    """The days of that weekday, from today to the meetings' last, on which none of them is held (a holiday)."""
    first = max(today, min(m.first for m in meetings))
    last = max(m.last for m in meetings)
    if first > last:
        return []
    held = {
        o.start.astimezone(course.tz).date()
        for o in occurrences_between(course, first, last, kind=kind, section=section)
        if o.meeting in meetings and not o.cancelled
    }
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    missed = []
    while day <= last:
        if day not in held and any(m.meets_in_week_of(day) for m in meetings):
            missed.append(human_date(day))
        day += dt.timedelta(days=7)
    return missed
