"""The course as an iCalendar (.ics) file students can import or subscribe to.

Pure logic: plain values in (the course, a section, which kinds, `now`), bytes out. No Discord here.

Choices, so clients agree with the bot:
- A schedule row for a class meeting (lecture, recitation, ... as the course names them) is a timed event at
  that day's meeting time and place when meetings.toml gives one; without a time it is an all-day event,
  TRANSPARENT, so it never marks a student busy for the whole day. Days without class are all-day too.
- Weekly meetings of a kind the schedule has no rows for (discussion sections, labs) are weekly events in a
  section's calendar (its own section, and meetings for everyone), with EXDATEs for days without class.
- Exams are timed when the data gives a start (or they are in class time and the class time is known): to their
  end, or EXAM_BLOCK long when the end is not given (the description says so). Otherwise all-day.
- A deadline is a DEADLINE_BLOCK-long event *ending* at the due instant (RFC 5545 forbids DTEND == DTSTART,
  and a block ending at the deadline reads right in every client), with DISPLAY alarms DEADLINE_ALARMS before
  the due instant. The triggers are relative to DTSTART (the default), which every client honours; they are
  shifted by DEADLINE_BLOCK so they fire exactly 1 day / 2 hours before the deadline itself.
- Office hours: one weekly event per slot, DTSTART at the first held session on or after the slot's first
  date, RRULE UNTIL the end of its last date (UTC, as RFC 5545 requires with a TZID start), EXDATE for every
  cancelled session, and a RECURRENCE-ID override (same UID) for every moved session. One-off extra sessions
  are single events. Which sessions are cancelled or moved comes from `sessions_between`, so the calendar
  and the bot's answers cannot disagree.
- The VTIMEZONE is built here rather than with icalendar's `Timezone.from_tzinfo`: icalendar 7.3 writes the
  spring-forward onset as 03:00 (the wall clock after the change), which RFC 5545 §3.6.5 reads in
  TZOFFSETFROM, i.e. an hour late. Clients without their own tz database would then misplace that hour.
- Events are sorted and every value comes from the inputs, so the same inputs give the same bytes (an
  HTTP ETag can hash them). DTSTAMP is `now`: pass a stable `now` (e.g. when the data was loaded) if the
  ETag should survive between requests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.answers.hand_in import plain_lines
from bot.answers.office_hours import Session, sessions_between
from bot.calendar.ownership import own_prodid
from bot.core.timefmt import human_date, human_datetime, human_time_range
from bot.course.meetings import ROOM_NOT_LISTED, Meeting
from bot.course.model import (
    EXAM_KIND,
    NO_CLASS_KINDS,
    WEEKDAYS,
    Assignment,
    Course,
    Exam,
    OfficeHours,
    Person,
    ScheduleDay,
)
from bot.course.occurrences import Occurrence, exam_times, held_for_row, kind_matches, occurrences_between
from bot.course.windows import not_accepted_late

if TYPE_CHECKING:  # icalendar is imported where a calendar is built: the bot's other work never loads it (RSS)
    from icalendar import Event, Timezone, TimezoneDaylight, TimezoneStandard

CALENDAR_KINDS = ("lectures", "exams", "no_class", "deadlines", "office_hours")
NO_CLASS_DAY_KINDS = NO_CLASS_KINDS

DEADLINE_BLOCK = dt.timedelta(minutes=30)
DEADLINE_ALARMS = (dt.timedelta(days=1), dt.timedelta(hours=2))
EXAM_BLOCK = dt.timedelta(hours=1)

_DAY = dt.timedelta(days=1)
# The model's wording for "no location given", so it never ends up in LOCATION (clients try to map it).
_UNLISTED_WHERE = OfficeHours(weekday=0, start=dt.time(), end=dt.time(), first=dt.date.min, last=dt.date.min).where
_UID_DOMAIN = "coursebot"


def build_calendar(
    course: Course, *, section: str | None = None, include: set[str] | None = None, now: dt.datetime
) -> bytes:
    """The course's calendar as .ics bytes: `include` picks kinds from CALENDAR_KINDS (default: all)."""
    from icalendar import Calendar

    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if section is not None:
        found = course.find_section(section)
        if found is None:
            raise ValueError(f"unknown section {section!r}; expected one of: {', '.join(course.section_ids())}")
        section = found.id
    kinds = set(CALENDAR_KINDS) if include is None else set(include)
    unknown = kinds - set(CALENDAR_KINDS)
    if unknown:
        raise ValueError(f"unknown calendar kinds {sorted(unknown)}; expected some of: {', '.join(CALENDAR_KINDS)}")

    stamp = now.astimezone(dt.UTC)
    prefix = course.section_label(section) if section else course.code
    events: list[Event] = []
    if "lectures" in kinds:
        events += _day_events(course, prefix, class_kinds(course), section, transparent=True)
        events += _weekly_meeting_events(course, prefix, section)
        events += _extra_row_meetings(course, prefix, section)
    if "no_class" in kinds:
        events += _day_events(course, prefix, NO_CLASS_DAY_KINDS, section, transparent=True)
    if "exams" in kinds:
        events += _exam_events(course, prefix, section)
    if "deadlines" in kinds:
        events += [_deadline_event(course, prefix, a) for a in course.assignments if a.is_for(section)]
    if "office_hours" in kinds:
        events += _office_hours_events(course, prefix)

    cal = Calendar()
    name = f"{course.section_label(section)} {course.name} ({course.term})" if section else course.title
    cal.add("prodid", own_prodid(course.id))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add(
        "x-wr-caldesc",
        f"{name}: schedule, exams, deadlines and {course.help_hours.in_text} (times in {course.tz.key}).",
    )
    cal.add("x-wr-timezone", course.tz.key)
    first, last = _span(course)
    cal.add_component(_vtimezone(course.tz, dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)))
    for event in sorted(events, key=lambda e: _sort_key(e, course.tz)):
        event.add("dtstamp", stamp)
        cal.add_component(event)
    return cal.to_ical()


def calendar_filename(course: Course, section: str | None = None) -> str:
    """'10-605-s24-10-405.ics' for a section's calendar, '10-605-s24.ics' for the whole course."""
    stem = f"{course.id}-{section}" if section else course.id
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem) + ".ics"


# --- events -----------------------------------------------------------------------------------------------


def class_kinds(course: Course) -> frozenset[str]:
    """The schedule kinds that are class meetings: every kind but exams and days without class."""
    kinds = {d.kind for d in course.schedule} | {k.id for k in course.meeting_kinds}
    return frozenset(k for k in kinds if k != EXAM_KIND and k not in NO_CLASS_KINDS)


def _uid(course: Course, *parts: str) -> str:
    return "-".join((course.id, *parts)) + f"@{_UID_DOMAIN}"


def _new_event(uid: str, summary: str, description: str, *, transparent: bool) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT" if transparent else "OPAQUE")
    return event


def _all_day(event: Event, day: dt.date) -> Event:
    event.add("dtstart", day)
    event.add("dtend", day + _DAY)
    return event


def _day_summary(prefix: str, day: ScheduleDay) -> str:
    """'[10-605] Lecture: LSH'; a row for some sections names them ('[CHEM] Lab: Make-up lab (Lab 102)')."""
    whom = f" ({day.for_label})" if day.for_label else ""
    if day.kind in NO_CLASS_DAY_KINDS or day.kind_label.lower() in day.title.lower():
        return f"{prefix} {day.title}{whom}"
    return f"{prefix} {day.kind_label.capitalize()}: {day.title}{whom}"


def _day_events(
    course: Course, prefix: str, day_kinds: frozenset[str], section: str | None, *, transparent: bool
) -> list[Event]:
    events = []
    seen: dict[str, int] = {}
    for day in course.schedule:
        if day.kind not in day_kinds or not day.is_for(section):
            continue  # a section's calendar holds only its own rows
        key = f"{day.kind.replace('_', '-')}-{day.date:%Y%m%d}"
        seen[key] = seen.get(key, 0) + 1
        uid = _uid(course, key if seen[key] == 1 else f"{key}-{seen[key]}")
        held, by_section = _meeting_on(course, day, section) if day.has_class else (None, [])
        lines = []
        if day.has_class:
            if day.unit is not None:
                lines.append(f"Unit: {day.unit.title}")
            if held is None and by_section:
                lines.append("Time: by section:")
                lines += [f"- {_section_session(course, o)}" for o in by_section]
            elif held is None:
                lines.append(f"Time: {course.meeting_times or 'not listed on the course page'}.")
            elif held.note:
                lines.append(f"Note: {held.note}.")
            if held is not None and not _where(held.where):
                lines.append("Location: not listed on the course page.")
        if day.resources:
            lines.append("Resources:")
            lines += [f"- {_capitalized(r.label)}" + (f": {r.url}" if r.url else "") for r in day.resources]
        lines += [f"Announcement: {a}" for a in day.announcements]
        if held is not None:
            event = _new_event(uid, _day_summary(prefix, day), "\n".join(lines), transparent=False)
            events.append(_session_times(event, held.start, held.end, _where(held.where)))
            continue
        event = _new_event(uid, _day_summary(prefix, day), "\n".join(lines), transparent=transparent)
        if day.has_class and course.meeting_place:
            event.add("location", course.meeting_place)
        events.append(_all_day(event, day.date))
    return events


def _meeting_on(course: Course, day: ScheduleDay, section: str | None) -> tuple[Occurrence | None, list[Occurrence]]:
    """The class meeting of the row's kind on its date that the calendar's reader attends (theirs: the section's
    own, else the one for everyone), if the data gives its time; and, when none is theirs, the sections' own
    meetings that day (a course-wide calendar of a row each section holds at its own time)."""
    held = held_for_row(course, day.kind, day.date, day.sections)
    own = [o for o in held if section is not None and o.meeting.section == section]
    everyone = [o for o in held if o.meeting.section is None]
    chosen = (own or everyone)[:1]
    if not chosen and section is None and day.start is not None:
        chosen = held[:1]  # a time of its own is every one of its sections' time (the course's calendar)
    if chosen:
        return chosen[0], []
    return None, [o for o in held if o.meeting.section is not None] if section is None else []


def _section_session(course: Course, o: Occurrence) -> str:
    """'Section 101: 8:00 AM – 8:50 AM, Ames Hall 204' (or 'room not listed'), by the section's full name."""
    start, end = o.start.astimezone(course.tz), o.end.astimezone(course.tz)
    found = course.find_section(o.meeting.section or "")
    name = found.name if found is not None and found.name else course.section_label(o.meeting.section or "")
    return f"{name}: {human_time_range(start.time(), end.time())}, {o.where}"


def _weekly_meeting_events(course: Course, prefix: str, section: str | None) -> list[Event]:
    """Weekly meetings the schedule has no rows for (sections, labs): in a section's calendar, as weekly events."""
    if section is None:
        return []
    row_kinds = _everyones_row_kinds(course)
    events: list[Event] = []
    for meeting in course.meetings:
        if meeting.section not in (None, section):
            continue
        if any(kind_matches(course, k, meeting.kind) or kind_matches(course, meeting.kind, k) for k in row_kinds):
            continue
        # a row for some sections (a field trip in place of the practical) is its own event: the series skips it
        rows = {d.date for d in course.schedule if d.sections and section in d.sections and d.kind == meeting.kind}
        events += _meeting_series(course, prefix, meeting, rows)
    return events


def _everyones_row_kinds(course: Course) -> set[str]:
    """The kinds the schedule has rows for everyone of, whose meetings its rows give; a kind with rows for some
    sections only (a field trip, a make-up lab) still meets weekly on its other days."""
    return {d.kind for d in course.schedule if not d.sections}


def _meeting_series(course: Course, prefix: str, meeting: Meeting, rows: set[dt.date] = frozenset()) -> list[Event]:
    """A weekly meeting as one series per weekday: EXDATEs for days without it (and days a row of its own shows),
    an override (same UID) for each session moved to another time or room, and each one-off extra session as its
    own event."""
    every = occurrences_between(course, meeting.first, meeting.last, kind=meeting.kind, include_cancelled=True)
    mine = [o for o in every if o.meeting.id == meeting.id]
    name = course.kind_name(meeting.kind)
    summary = (
        f"{prefix} {name} {course.section_label(meeting.section)}"
        if meeting.section
        else f"{prefix} {meeting.title or name}"
    )
    out = []
    for weekday in meeting.weekdays:
        dates = [o for o in mine if not o.extra and _day_of(course, o).weekday() == weekday]
        dates = [o for o in dates if _day_of(course, o) not in rows]
        held = [o for o in dates if not o.cancelled]
        if not held:
            continue
        first = _day_of(course, held[0])
        moved = [o for o in held if _is_moved_meeting(course, meeting, o)]
        staff = [course.person(p).name for p in meeting.staff if course.person(p)]
        lines = [
            f"{name}{' ' + course.section_label(meeting.section) if meeting.section else ''}: "
            f"{WEEKDAYS[weekday].capitalize()}s "
            f"{human_time_range(meeting.start, meeting.end)}.",
            f"Where: {meeting.where}.",
        ]
        if staff:
            lines.append(f"With {', '.join(staff)}.")
        cancelled = [o for o in dates if o.cancelled and o.start >= held[0].start]
        lines += [f"No meeting {human_date(_day_of(course, o))} ({o.note})." for o in cancelled]
        lines += [f"{human_date(_day_of(course, o))}: {_session_line(course, o)}." for o in moved]
        uid = _uid(course, f"meeting-{meeting.id}-{WEEKDAYS[weekday][:3]}")
        series = _new_event(uid, summary, "\n".join(lines), transparent=False)
        _session_times(series, course.at(first, meeting.start), course.at(first, meeting.end), _where(meeting.where))
        until = dt.datetime.combine(meeting.last, dt.time(23, 59, 59), tzinfo=course.tz).astimezone(dt.UTC)
        rule = {"freq": "weekly", "until": until} | ({"interval": meeting.every} if meeting.every > 1 else {})
        series.add("rrule", rule)
        skipped = {_day_of(course, o) for o in cancelled} | {d for d in rows if d >= first and d.weekday() == weekday}
        if skipped:
            series.add("exdate", [course.at(d, meeting.start) for d in sorted(skipped)])
        out.append(series)
        for o in moved:
            reason = "" if o.note == "moved" else f": {o.note}"
            override = _new_event(uid, summary, f"Moved this week{reason}.", transparent=False)
            override.add("recurrence-id", course.at(_day_of(course, o), meeting.start))
            out.append(_session_times(override, o.start, o.end, _where(o.where)))
    out += [_extra_meeting_event(course, summary, o) for o in mine if o.extra]
    return out


def _extra_row_meetings(course: Course, prefix: str, section: str | None) -> list[Event]:
    """One-off extra sessions of a meeting the schedule has rows for (a Q&A lecture added before the exam) that no
    row's event already shows: a date without such a row, or a second session beside the row's."""
    row_kinds = _everyones_row_kinds(course)
    events = []
    for meeting in course.meetings:
        if meeting.section is not None and meeting.section != section:
            continue
        if not any(kind_matches(course, k, meeting.kind) or kind_matches(course, meeting.kind, k) for k in row_kinds):
            continue
        name = course.kind_name(meeting.kind)
        summary = f"{prefix} {meeting.title or name}"
        for o in occurrences_between(course, dt.date.min, dt.date.max, kind=meeting.kind):
            if o.meeting.id != meeting.id or not o.extra:
                continue
            day = _day_of(course, o)
            rows = [d for d in course.days_on(day) if d.has_class and d.kind in row_kinds]
            if any(_meeting_on(course, d, section)[0] == o for d in rows):
                continue
            events.append(_extra_meeting_event(course, summary, o))
    return events


def _extra_meeting_event(course: Course, summary: str, o: Occurrence) -> Event:
    uid = _uid(course, f"meeting-{o.meeting.id}-extra-{o.start.astimezone(course.tz):%Y%m%d-%H%M}")
    lines = [f"Extra session{'' if o.note == 'extra' else f': {o.note}'}.", f"Where: {o.where}."]
    if o.topic is not None:
        lines.insert(0, f"Topic: {o.topic.title}")
    event = _new_event(uid, summary, "\n".join(lines), transparent=False)
    return _session_times(event, o.start, o.end, _where(o.where))


def _day_of(course: Course, o: Occurrence) -> dt.date:
    return o.start.astimezone(course.tz).date()


def _is_moved_meeting(course: Course, meeting: Meeting, o: Occurrence) -> bool:
    day = _day_of(course, o)
    return (o.start, o.end, o.where) != (course.at(day, meeting.start), course.at(day, meeting.end), meeting.where)


def _session_line(course: Course, o: Occurrence) -> str:
    start, end = o.start.astimezone(course.tz), o.end.astimezone(course.tz)
    reason = "" if o.note in ("moved", "extra") else f" ({o.note})"
    return f"{human_time_range(start.time(), end.time())}, {o.where}{reason}"


def _capitalized(label: str) -> str:
    return label[:1].upper() + label[1:]


def _exam_events(course: Course, prefix: str, section: str | None) -> list[Event]:
    exams = [e for e in course.exams if section is None or section in e.sections]
    events = [_exam_event(course, prefix, e, section) for e in exams]
    # an exam's other sittings (a retake, an alternate time): listed by name, free time, no alarm, for some only
    events += [_sitting_event(course, prefix, e, i, s.date) for e in exams for i, s in enumerate(e.sittings) if s.date]
    # An exam day in the schedule without an exams.toml entry still belongs on the calendar.
    known = {e.id for e in course.exams}
    orphans = [d for d in course.schedule if d.kind == "exam" and d.exam_id not in known]
    for day in orphans:
        lines = [f"Unit: {day.unit.title}"] if day.unit else []
        event = _new_event(
            _uid(course, f"exam-{day.date:%Y%m%d}"), f"{prefix} {day.title}", "\n".join(lines), transparent=True
        )
        events.append(_all_day(event, day.date))
    return events


def _exam_event(course: Course, prefix: str, exam: Exam, section: str | None = None) -> Event:
    lines = ["In person." if exam.in_person else "Online."]
    start, end = exam_times(course, exam, section)
    room = exam.room_for(section) if section or exam.location else ""
    if not room and exam.rooms:
        room = "; ".join(
            f"{r.room} ({', '.join(course.section_labels(r.sections))})" if r.sections else r.room for r in exam.rooms
        )
    lines.append(f"Location: {room or 'not listed on the course page'}.")
    if start is None:
        lines.append("Time: not listed on the course page.")
    elif end is None:
        lines.append("End time: not listed on the course page.")
    lines += list(exam.rules)
    if exam.conflict_form_url:
        lines.append(f"Conflict form: {exam.conflict_form_url}")
    event = _new_event(
        _uid(course, "exam", exam.id), f"{prefix} {exam.title}", "\n".join(lines), transparent=start is None
    )
    if room:
        event.add("location", room)
    if start is None:
        return _all_day(event, exam.date)
    event.add("dtstart", start)
    event.add("dtend", end if end is not None else start + EXAM_BLOCK)
    return event


def _sitting_event(course: Course, prefix: str, exam: Exam, index: int, day: dt.date) -> Event:
    """Another sitting of an exam (on `day`, its date) under its own name: marked free, not everyone's exam."""
    sitting = exam.sittings[index]
    lines = [f"Another sitting of {exam.title}, not everyone's: for {sitting.who or 'those the course page names'}."]
    lines.append(f"Location: {sitting.room or 'not listed on the course page'}.")
    if sitting.start is None:
        lines.append("Time: not listed on the course page.")
    elif sitting.end is None:
        lines.append("End time: not listed on the course page.")
    if sitting.register:
        lines.append(f"Register: {sitting.register}")
    if sitting.counts:
        lines.append(f"What counts: {sitting.counts}")
    summary = f"{prefix} {exam.title}: {sitting.name}"
    event = _new_event(
        _uid(course, "exam", exam.id, "sitting", str(index + 1)), summary, "\n".join(lines), transparent=True
    )
    if sitting.room:
        event.add("location", sitting.room)
    if sitting.start is None or sitting.date is None:
        return _all_day(event, sitting.date)
    start = course.at(sitting.date, sitting.start)
    event.add("dtstart", start)
    event.add("dtend", course.at(sitting.date, sitting.end) if sitting.end else start + EXAM_BLOCK)
    return event


def _deadline_event(course: Course, prefix: str, item: Assignment) -> Event:
    from icalendar import Alarm

    due = item.due.astimezone(course.tz)
    lines = [f"{item.title} is due {human_datetime(due, course.tz)}."]
    if item.due_time_assumed:
        lines.append("The course page gives only the date; the time is the course's default due time (assumed).")
    if item.parts:
        lines.append(f"Parts: {', '.join(item.parts)}.")
    if set(course.section_ids()) - set(item.sections):
        lines.append(f"For {' and '.join(course.section_labels(item.sections))} only.")
    pool = course.late.pool
    if pool is not None:
        lines.append(f"{pool.plural.capitalize()} {'apply' if item.grace_days else 'do not apply'}.")
    if not_accepted_late(course, item):
        lines.append("Not accepted late.")
    if item.release:
        lines.append(f"Released {human_date(item.release)}.")
    lines += plain_lines(course, item)  # handed in where, its window's opening, time limit, attempts
    if item.notes:
        lines.append(item.notes)
    event = _new_event(
        _uid(course, "deadline", item.id), f"{prefix} {item.short} due", "\n".join(lines), transparent=True
    )
    # Course-zone start/end: clients show it in course time, and the instant is exactly `due`.
    event.add("dtstart", due - DEADLINE_BLOCK)
    event.add("dtend", due)
    for lead in DEADLINE_ALARMS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{item.short} is due in {_human_duration(lead)}")
        alarm.add("trigger", -(lead - DEADLINE_BLOCK))
        event.add_component(alarm)
    return event


def _human_duration(span: dt.timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    if hours and hours % 24 == 0:
        days = hours // 24
        return f"{days} day" + ("s" if days != 1 else "")
    if hours:
        return f"{hours} hour" + ("s" if hours != 1 else "")
    minutes = int(span.total_seconds() // 60)
    return f"{minutes} minute" + ("s" if minutes != 1 else "")


# --- office hours -------------------------------------------------------------------------------------------


def _office_hours_events(course: Course, prefix: str) -> list[Event]:
    events: list[Event] = []
    for person in course.people:
        # With no weekly slots, sessions_between returns just the person's one-off extra sessions.
        extras = sessions_between(
            course,
            dt.date.min,
            dt.date.max,
            person=dataclasses.replace(person, office_hours=()),
            include_cancelled=True,
        )
        used: set[str] = set()
        for slot in person.office_hours:
            key = f"oh-{person.id}-{WEEKDAYS[slot.weekday][:3]}-{slot.start:%H%M}"
            if key in used:
                key += f"-{slot.first:%Y%m%d}"
            used.add(key)
            events += _slot_events(course, prefix, person, slot, _uid(course, key), extras)
        for extra in extras:
            uid = _uid(course, f"oh-extra-{person.id}-{extra.start:%Y%m%d-%H%M}")
            event = _new_event(
                uid, f"{prefix} {course.help_hours.plural}: {person.name}", _extra_description(extra), transparent=True
            )
            events.append(_session_times(event, extra.start, extra.end, _where(extra.where)))
    return events


def _slot_events(
    course: Course, prefix: str, person: Person, slot: OfficeHours, uid: str, extras: list[Session]
) -> list[Event]:
    """The weekly event for one slot, plus an override for each moved session."""
    solo = dataclasses.replace(person, office_hours=(slot,))
    sessions = _without(sessions_between(course, slot.first, slot.last, person=solo, include_cancelled=True), extras)
    by_day = {s.start.astimezone(course.tz).date(): s for s in sessions}
    pattern = [d for d in _days(slot.first, slot.last) if d.weekday() == slot.weekday]
    held = [d for d in pattern if d in by_day and not by_day[d].cancelled]
    if not held:
        return []
    # Start the series at its first held session, so no client has to honour an EXDATE on DTSTART.
    occurrences = [d for d in pattern if d >= held[0]]
    cancelled = [d for d in occurrences if d not in by_day or by_day[d].cancelled]
    moved = [by_day[d] for d in held if _is_moved(course, slot, d, by_day[d])]

    summary = f"{prefix} {course.help_hours.plural}: {person.name}"
    lines = [
        f"{person.name} ({person.role_title}): {WEEKDAYS[slot.weekday].capitalize()}s "
        f"{human_time_range(slot.start, slot.end)}, {human_date(held[0])} – {human_date(slot.last)}.",
        f"Where: {slot.where}.",
    ]
    lines += [f"No session {human_date(d)}{_reason(by_day.get(d))}." for d in cancelled]
    lines += [
        f"{human_date(s.start.date())}: {human_time_range(s.start.time(), s.end.time())}, {s.where}." for s in moved
    ]
    series = _new_event(uid, summary, "\n".join(lines), transparent=True)
    _session_times(series, course.at(held[0], slot.start), course.at(held[0], slot.end), _slot_location(slot))
    until = dt.datetime.combine(slot.last, dt.time(23, 59, 59), tzinfo=course.tz).astimezone(dt.UTC)
    series.add("rrule", {"freq": "weekly", "until": until})
    if cancelled:
        series.add("exdate", [course.at(d, slot.start) for d in cancelled])

    events = [series]
    for session in moved:
        day = session.start.astimezone(course.tz).date()
        reason = "" if session.note == "moved" else f": {session.note}"
        override = _new_event(uid, summary, f"Moved this week{reason}.", transparent=True)
        override.add("recurrence-id", course.at(day, slot.start))
        location = _slot_location(slot) if session.where == slot.where else _where(session.where)
        events.append(_session_times(override, session.start, session.end, location))
    return events


def _is_moved(course: Course, slot: OfficeHours, day: dt.date, session: Session) -> bool:
    return (session.start, session.end, session.where) != (
        course.at(day, slot.start),
        course.at(day, slot.end),
        slot.where,
    )


def _without(sessions: list[Session], extras: list[Session]) -> list[Session]:
    """`sessions` minus one copy of each extra (sessions_between mixes a person's extras into every query)."""
    rest = list(sessions)
    for extra in extras:
        if extra in rest:
            rest.remove(extra)
    return rest


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    day = first
    while day <= last:
        yield day
        day += _DAY


def _reason(session: Session | None) -> str:
    if session is None or not session.note:
        return ""
    return f" ({session.note.removeprefix('cancelled: ')})"


def _session_times(event: Event, start: dt.datetime, end: dt.datetime, location: str) -> Event:
    event.add("dtstart", start)
    event.add("dtend", end)
    if location:
        event.add("location", location)
    return event


def _slot_location(slot: OfficeHours) -> str:
    if slot.remote:
        return f"Remote ({slot.location})" if slot.location else "Remote"
    return slot.location


def _where(text: str) -> str:
    """A session's `where` as a LOCATION: empty when the model says the location is not listed."""
    return "" if text in (_UNLISTED_WHERE, ROOM_NOT_LISTED) else text


def _extra_description(session: Session) -> str:
    return f"Extra session{f': {session.note}' if session.note else ''}.\nWhere: {session.where}."


# --- calendar plumbing -------------------------------------------------------------------------------------


def _sort_key(event: Event, tz: ZoneInfo) -> tuple[dt.date, str, str, str]:
    """Course-time day, all-day events first, then start instant; UID and RECURRENCE-ID break ties."""
    start = event.decoded("dtstart")
    if isinstance(start, dt.datetime):
        day, when = start.astimezone(tz).date(), start.astimezone(dt.UTC).isoformat()
    else:
        day, when = start, ""
    rid = event.get("recurrence-id")
    return day, when, str(event["uid"]), rid.to_ical().decode() if rid is not None else ""


def _span(course: Course) -> tuple[dt.date, dt.date]:
    """The first and last dates anything in the course happens, for the VTIMEZONE's range."""
    days = [course.term_first, course.term_last]
    days += [d.date for d in course.schedule] + [e.date for e in course.exams]
    days += [a.due.astimezone(course.tz).date() for a in course.assignments]
    days += [day for p in course.people for s in p.office_hours for day in (s.first, s.last)]
    days += [day for c in course.oh_changes for day in (c.first, c.last)]
    days += [day for m in course.meetings for day in (m.first, m.last)]
    return min(days), max(days)


def _vtimezone(tz: ZoneInfo, first: dt.date, last: dt.date) -> Timezone:
    """A VTIMEZONE valid from `first` to `last`: one observance per offset change, onset in TZOFFSETFROM time."""
    from icalendar import Timezone

    vtz = Timezone()
    vtz.add("tzid", tz.key)
    moment = dt.datetime.combine(first, dt.time(), tzinfo=tz).astimezone(dt.UTC)
    stop = dt.datetime.combine(last, dt.time(), tzinfo=tz).astimezone(dt.UTC)
    offset = moment.astimezone(tz).utcoffset()
    vtz.add_component(_observance(tz, moment, offset))
    while moment < stop:
        following = moment + _DAY
        if following.astimezone(tz).utcoffset() != offset:
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(tz).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            vtz.add_component(_observance(tz, high, offset))
            offset = high.astimezone(tz).utcoffset()
        moment = following
    return vtz


def _observance(tz: ZoneInfo, onset: dt.datetime, offset_from: dt.timedelta) -> TimezoneStandard | TimezoneDaylight:
    from icalendar import TimezoneDaylight, TimezoneStandard

    local = onset.astimezone(tz)
    part = TimezoneDaylight() if local.dst() else TimezoneStandard()
    # RFC 5545 §3.6.5: DTSTART is a floating local time, read in TZOFFSETFROM.
    part.add("dtstart", (onset + offset_from).replace(tzinfo=None))
    part.add("tzoffsetfrom", offset_from)
    part.add("tzoffsetto", local.utcoffset())
    part.add("tzname", local.tzname())
    return part
