"""Class on a day or in a range, for the engine's answers: schedule rows of a kind, weekly meetings the schedule
does not list (a section's discussion), a topic asked about, and how a range reads in a sentence."""

from __future__ import annotations

import datetime as dt

from bot.answers.day_view import made_up_parts, replaced_by_exam
from bot.answers.schedule_lines import resource_parts
from bot.core.answer import Answer, Stamp, text
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course, ScheduleDay
from bot.course.occurrences import Occurrence, kind_matches, meetings_of, occurrences_between
from bot.understand.words.normalize import phrase_key

# "an extra session", "any additional class": a one-off meeting the page adds, whatever its reason says
_EXTRA = frozenset({"extra", "additional", "added", "bonus", "special"})
_ANY_MEETING = frozenset({"session", "sessions", "class", "classes", "meeting", "meetings", "one", "ones"})


def _names_an_extra(words: set[str]) -> bool:
    """Whether the topic words ask only for an added meeting ("extra session"), naming nothing else."""
    return bool(words & _EXTRA) and not words - _EXTRA - _ANY_MEETING


def of_kind(course: Course, row: ScheduleDay, kind: str | None) -> bool:
    """A schedule row of the kind asked about: any class day for "class" (or nothing said), else that kind (a
    guest lecture is a lecture)."""
    if kind in (None, "class"):
        exam = course.exam(row.exam_id) if row.exam_id else None
        # an exam the course holds outside class time ("the midterm is that evening, no class") is not a class held
        return row.has_class and not (exam is not None and exam.during_class is False)
    return kind_matches(course, row.kind, kind)


def on_section_days(
    course: Course, rows: list[ScheduleDay], first: dt.date, last: dt.date, kind: str | None, section: str | None
) -> list[ScheduleDay]:
    """ "is there lab for group a next week": where only the sections' own meetings hold a kind (groups in turn), a
    schedule row of that kind is the section's only on a day its meeting meets; the other group's lab is not its."""
    if section is None or kind in (None, "class"):
        return rows
    meetings = meetings_of(course, kind, section)
    if not meetings or any(m.section is None for m in meetings):
        return rows
    days = {
        o.start.astimezone(course.tz).date()
        for o in occurrences_between(course, first, last, kind=kind, section=section)
    }
    return [r for r in rows if r.date in days]


def held_between(
    course: Course,
    first: dt.date,
    last: dt.date,
    kind: str | None,
    section: str | None,
    topic_words: str = "",
    topic_rows: tuple[int, ...] = (),
    since: dt.datetime | None = None,
) -> list[str]:
    """What meets from first to last (with `since`, only what has not ended by then): schedule rows of the kind, and
    weekly meetings the schedule does not list (a section's discussion). "class" alone counts the meetings for
    everyone (and the asker's section).

    With a topic asked about ("a review session"), only its schedule rows and the extra meetings whose reason
    names it count."""
    words = set(phrase_key(topic_words))
    if words:
        topic = {course.schedule[i] for i in topic_rows}
        off = called_off(course, first, last, kind, section)
        # Only the topic's own days are looked at: a row equal to a topic row is on its day (not every row of the
        # span hashed, which on a large course is most of the cost of the answer).
        days = {r.date for r in topic if first <= r.date <= last}
        held = [
            _row_held(r)
            for r in course.schedule_on(days)
            if r in topic and (r.date, r.kind) not in off and r.is_for(section)
        ]
        for o in occurrences_between(course, first, last, kind=None if kind in (None, "class") else kind):
            if o.meeting.title and o.meeting.first == o.meeting.last and words <= set(phrase_key(o.meeting.title)):
                # a one-off meeting named so ("Midterm 2 review session"), with its day, time and room
                start = o.start.astimezone(course.tz)
                held.append(f"{o.meeting.title} ({human_date(start.date())}, {_clock(start)}, {o.where})")
            elif (o.note and words & set(phrase_key(o.note))) or (o.extra and _names_an_extra(words)):
                label = course.meeting_label(o.kind, o.section)
                start = o.start.astimezone(course.tz)
                held.append(f"{label}, {o.note} ({human_date(start.date())}, {_clock(start)}, {o.where})")
        return held
    off = called_off(course, first, last, kind, section)
    rows = [
        r
        for r in course.schedule_between(first, last)
        if of_kind(course, r, kind) and (r.date, r.kind) not in off and r.is_for(section)
    ]
    rows = on_section_days(course, rows, first, last, kind, section)
    if since is not None:
        # "is there a section before tuesday", asked Friday afternoon: this morning's meetings are over
        ended = list(occurrences_between(course, first, first, kind=kind if kind not in (None, "class") else None))
        over = {(o.start.astimezone(course.tz).date(), o.kind) for o in ended if o.end <= since}
        going = {(o.start.astimezone(course.tz).date(), o.kind) for o in ended if o.end > since}
        rows = [r for r in rows if (r.date, r.kind) not in over - going]
    held = [_row_held(r) for r in rows]
    listed = {(r.date, r.kind) for r in rows}
    specific = kind not in (None, "class")
    for o in occurrences_between(course, first, last, kind=kind if specific else None, section=section):
        day = o.start.astimezone(course.tz).date()
        if (day, o.kind) in listed or (not specific and o.section not in (None, section)):
            continue
        if since is not None and o.end <= since:
            continue
        if replaced_by_exam(course, o) is not None:
            continue  # the exam is held in its slot: see exams_instead
        section_label = f" {course.section_label(o.section)}" if o.section else ""
        held.append(f"{course.kind_name(o.kind)}{section_label} ({human_date(day)})")
    return held


def _row_held(row) -> str:
    """'Lab 6 (Thu Mar 5)'; a row for some sections names them ('Presentations, Colloquium Nord (Fri Jun 13)')."""
    whom = f", {row.for_label}" if row.for_label else ""
    return f"{row.title}{whom} ({human_date(row.date)})"


def called_off(
    course: Course, first: dt.date, last: dt.date, kind: str | None, section: str | None
) -> set[tuple[dt.date, str]]:
    """(day, kind) where the schedule may list the meeting but every one of it (the section's, when one is named)
    is cancelled that day: "exercise class, Turma A cancelled" is not held for Turma A."""
    found: dict[tuple[dt.date, str], list[bool]] = {}
    specific = kind if kind not in (None, "class") else None
    for o in occurrences_between(course, first, last, kind=specific, section=section, include_cancelled=True):
        found.setdefault((o.start.astimezone(course.tz).date(), o.kind), []).append(o.cancelled)
    return {key for key, cancelled in found.items() if all(cancelled)}


def _clock(start: dt.datetime) -> str:
    """'5:30 PM GMT': a one-off's time with its zone, as every time in an answer is read."""
    return f"{human_time(start.time())} {start.tzname()}"


def next_held(course: Course, day: dt.date, kind: str | None, section: str | None) -> str:
    """When a kind of meeting (a section's, if one is named) next meets after `day` ("Discussion section 1C: Wed Nov
    6, 12:00 PM"), or "" for any class or when it meets no more this term."""
    if kind in (None, "class"):
        return ""
    # a kind the schedule lists by day ("Recitation 10"): its next row
    row = next(
        (r for r in course.schedule_between(day + dt.timedelta(days=1), course.term_last) if of_kind(course, r, kind)),
        None,
    )
    if row is not None and not meetings_of(course, kind, section):
        return f"The next {course.kind_name(kind).lower()} is {human_date(row.date)} ({row.title})"
    later = occurrences_between(course, day + dt.timedelta(days=1), course.term_last, kind=kind, section=section)
    for o in later:
        if replaced_by_exam(course, o) is None and (section is None or o.section in (None, section)):
            start = o.start.astimezone(course.tz)
            if o.section and section is None:
                # sections meet at their own times: the day they next meet, not the first one's time as everyone's
                return f"{course.kind_name(o.kind, plural=True)} next meet {human_date(start.date())}"
            label = course.meeting_label(o.kind, o.section)
            return f"{label} next meets {human_date(start.date())}, {human_time(start.time())}"
    return ""


def resumes_after(course: Course, day: dt.date, section: str | None = None) -> str:
    """ "is it monday the 29th" of Easter Monday: when classes meet again after a day off ("Classes resume Wed Mar 31:
    Lecture at 8:15 AM"), or "" when none meets again this term. For a section, its own meetings count too; for no
    section, a day where every section meets first is that day with each one's ("Tue Jan 20: Recitation 101 at 8:00
    AM, Recitation 102 at 12:00 PM, ..."), never one section's time alone."""
    later = [
        o
        for o in occurrences_between(course, day + dt.timedelta(days=1), course.term_last, section=section)
        if replaced_by_exam(course, o) is None
    ]
    first = next((o for o in later if section is not None or o.section is None), None)
    if first is None:
        return ""
    on = first.start.astimezone(course.tz).date()
    if section is None and later and (earlier := later[0].start.astimezone(course.tz).date()) < on:
        # every section meeting that day, before the classes for all: that day is when everyone's classes resume
        met = {o.section for o in later if o.start.astimezone(course.tz).date() == earlier}
        on = earlier if {s.id for s in course.sections} <= met else on
    tz = course.tz
    held = [
        f"{course.meeting_label(o.kind, o.section)} at {human_time(o.start.astimezone(tz).time())}"
        for o in later
        if o.start.astimezone(tz).date() == on
    ]
    return f"Classes resume {human_date(on)}: {', '.join(dict.fromkeys(held))}"


def exams_instead(course: Course, first: dt.date, last: dt.date, kind: str | None, section: str | None) -> list[str]:
    """The exams held in a kind's meeting slots from first to last ("the map test, instead of the plenary")."""
    found: list[str] = []
    for o in occurrences_between(course, first, last, kind=None if kind in (None, "class") else kind, section=section):
        exam = replaced_by_exam(course, o)
        said = f"{exam.title} ({human_date(exam.date)})" if exam is not None else ""
        if said and said not in found:
            found.append(said)
    return found


def in_part(course: Course, found: list[Occurrence], part: tuple[dt.time, dt.time, str]) -> list[Occurrence]:
    """The meetings that start in a part of the day ("afternoon": from noon to 5 PM), in course time."""
    return [o for o in found if part[0] <= o.start.astimezone(course.tz).time() < part[1]]


def meetings_on(
    course: Course,
    day: dt.date,
    kind: str | None,
    section: str | None,
    part: tuple[dt.time, dt.time, str] | None = None,
) -> Answer | None:
    """A kind's meetings on one day, with times, rooms and topics, for a kind that meets weekly ("is there
    discussion on friday"); only those starting in a part of the day when one is asked ("which labs are on thursday
    afternoons": its start, end and label); None for any class or a kind without weekly meetings (the schedule
    answers)."""
    if kind in (None, "class") or not meetings_of(course, kind, section):
        return None
    found = occurrences_between(course, day, day, kind=kind, section=section, include_cancelled=True)
    found = [o for o in found if replaced_by_exam(course, o) is None]
    if not found:
        return None  # the schedule says why (a holiday) or that nothing is on
    name = course.kind_name(kind, plural=True)
    lines = []
    if part is not None and not in_part(course, found, part):
        # "any tutorials friday morning": none then; the day's others follow, at the times they are held
        lines.append(text(f"No {name.lower()} on {part[2]}; that day's:"))
    elif part is not None:
        found = in_part(course, found, part)
    for o in found:
        label = course.meeting_label(o.kind, o.section)
        # the row's slides and reading too: "whats the reading for tuesdays lecture"
        topic = " · ".join(("", o.topic.title, *resource_parts(o.topic))) if o.topic is not None else ""
        note = f" ({o.note})" if o.note else ""
        staff = [p.name for p in (course.person(s) for s in o.meeting.staff) if p is not None]
        topic += f" · {', '.join(staff)}" if staff else ""
        lines.append(
            text(
                f"**{label}**: ",
                Stamp(o.start, "t"),
                " – ",
                Stamp(o.end, "t"),
                f" · {o.where}{topic}{note}",
                *made_up_parts(course, o),
            )
        )
    on = part[2] if part is not None else human_date(day)
    return Answer(title=f"{name} on {on}", lines=tuple(lines))


_SPAN_OPENERS = frozenset(
    {"this", "next", "last", "in", "on", "during", "before", "after", "by", "the", "from", "today"}
)


def span_words(first: dt.date, last: dt.date, label: str | None) -> str:
    """How a range reads after "no class": "this week", "before Midterm", "on Veterans Day", "during ... break"."""
    if not label:
        return "then"
    if label.split()[0].lower() in _SPAN_OPENERS or label == "left":
        return label  # "no workshop left"
    return f"{'on' if first == last else 'during'} {label}"


def kind_label(course: Course, kind: str | None, *, plural: bool = False) -> str:
    if kind in (None, "class"):
        return "classes" if plural else "class"
    return course.kind_name(kind, plural=plural).lower()
