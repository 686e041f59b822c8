"""Where and when a kind of meeting is held over a span named through a period ("what room is the w09a lab in after
the break", "where are lectures during exam week"): each way it is held in that span (day, time, place, and the
change that makes it so), read from the meetings and their changes, never from the usual room alone."""

from __future__ import annotations

import datetime as dt

from bot.core.answer import Answer, Stamp, text
from bot.core.timefmt import human_date, human_time_range
from bot.course.model import WEEKDAYS, Course
from bot.course.occurrences import Occurrence, occurrences_between


def meetings_in_span(
    course: Course, first: dt.date, last: dt.date, label: str, kind: str | None, section: str | None
) -> Answer | None:
    """The kind's meetings from first to last, grouped by how they are held; None when no kind is named or none
    meets then (the usual answer says when it next meets)."""
    if kind in (None, "class"):
        return None
    held = occurrences_between(course, first, last, kind=kind, section=section)
    if not held:
        return None
    # One line per way the kind is held: a weekly meeting as usual, and each day a change makes otherwise.
    groups: dict[tuple, list[Occurrence]] = {}
    for o in held:
        start, end = o.start.astimezone(course.tz).time(), o.end.astimezone(course.tz).time()
        groups.setdefault((o.meeting.id, start, end, o.where, o.note), []).append(o)
    ordered = sorted(groups.values(), key=lambda found: (-len(found), found[0].start))
    lines = [_line(course, found) for found in ordered]
    title = f"{course.kind_name(kind, plural=True)} {label}"
    return Answer(title=title, lines=tuple(lines))


def _line(course: Course, found: list[Occurrence]) -> tuple:
    """'Lab W09A: Wednesdays 10:00 AM – 12:00 PM · Kazoo Lab (Wed Apr 15 – Wed May 27)', with the days between
    that are held otherwise ("except Mon May 5"), or one day's meeting with the reason it differs."""
    first = found[0]
    label = course.meeting_label(first.kind, first.meeting.section)
    local = [(o.start.astimezone(course.tz), o.end.astimezone(course.tz)) for o in found]
    hours = human_time_range(local[0][0].time(), local[0][1].time())
    because = f" ({first.note})" if first.note else ""
    if len(found) == 1:
        # One day: its instants as stamps, so each reader sees the zone (a span can cross a clock change).
        return text(
            f"**{label}**: ", Stamp(first.start, "F"), " – ", Stamp(first.end, "t"), f" · {first.where}{because}"
        )
    days = [start.date() for start, _ in local]
    weekdays = sorted({d.weekday() for d in days})
    names = " and ".join(f"{WEEKDAYS[w].capitalize()}s" for w in weekdays)
    held_weeks = first.meeting.meets_in_week_of
    every = {
        days[0] + dt.timedelta(days=n)
        for n in range((days[-1] - days[0]).days + 1)
        if (days[0] + dt.timedelta(days=n)).weekday() in weekdays and held_weeks(days[0] + dt.timedelta(days=n))
    }
    missing = sorted(every - set(days))
    other = f", except {', '.join(human_date(d) for d in missing)}" if missing else ""
    span = f"{human_date(days[0])} – {human_date(days[-1])}{other}"
    return text(f"**{label}**: {names} {hours} · {first.where} ({span}){because}")
