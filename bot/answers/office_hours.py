"""Office hours: weekly slots expanded into dated sessions, honouring first dates, cancellations and moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answer import Answer, Stamp, text
from bot.core.errors import UserError
from bot.core.matching import fold
from bot.core.timefmt import human_date, human_time_range
from bot.course.model import WEEKDAYS, Course, OfficeHours, Person

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Session:
    """One office-hours session on a date; cancelled sessions carry the reason."""

    person: Person
    start: dt.datetime
    end: dt.datetime
    where: str
    cancelled: bool = False
    note: str = ""


def _date_range(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += _DAY


def sessions_between(
    course: Course, first: dt.date, last: dt.date, *, person: Person | None = None, include_cancelled: bool = False
) -> list[Session]:
    """Every session from first to last (inclusive, course dates), in time order."""
    out: list[Session] = []
    people = [person] if person else _people_between(course, first, last)
    for who in people:
        by_person = course.oh_changes_by_person
        changes = by_person[who.id] if who.id in by_person else [c for c in course.oh_changes if c.person == "*"]
        for slot in who.office_hours:
            start = max(first, slot.first)
            day = start + dt.timedelta(days=(slot.weekday - start.weekday()) % 7)
            while day <= min(last, slot.last):
                session = _apply_changes(course, who, slot, day, changes)
                if session and (include_cancelled or not session.cancelled):
                    out.append(session)
                day += dt.timedelta(days=7)
        for change in changes:
            if change.kind == "extra" and change.person == who.id:
                for day in _date_range(max(first, change.first), min(last, change.last)):
                    where = "Remote" if change.remote else (change.location or "location not listed")
                    out.append(
                        Session(
                            who, course.at(day, change.start), course.at(day, change.end), where, note=change.reason
                        )
                    )
    if person is None:
        out += _everyones_extras(course, first, last)
    out.sort(key=lambda s: (s.start, s.person.name))
    return out


# An extra session the page adds for person "*" is held by the staff as a whole, not by one of them.
_STAFF = Person(id="*", name="Course staff", role="staff")


def _everyones_extras(course: Course, first: dt.date, last: dt.date) -> list[Session]:
    """The one-off sessions added for everyone ("revision consultation, all tutors") from first to last."""
    out = []
    for change in course.oh_changes:
        if change.kind == "extra" and change.person == "*":
            where = "Remote" if change.remote else (change.location or "location not listed")
            for day in _date_range(max(first, change.first), min(last, change.last)):
                start, end = course.at(day, change.start), course.at(day, change.end)
                out.append(Session(_STAFF, start, end, where, note=change.reason))
    return out


def _people_between(course: Course, first: dt.date, last: dt.date) -> list[Person]:
    """The people who may hold a session between first and last: for less than a week, only those with a slot
    on one of its weekdays (or a one-off extra session), so a day's answer does not walk every slot."""
    if (last - first).days >= 6:
        return list(course.people)
    weekdays = {(first + dt.timedelta(days=i)).weekday() for i in range((last - first).days + 1)}
    by_weekday = course.oh_people_by_weekday
    found = {i for weekday in weekdays for i in by_weekday.get(weekday, ())} | course.oh_extra_indexes
    return [course.people[i] for i in sorted(found)]


def _apply_changes(course: Course, who: Person, slot: OfficeHours, day: dt.date, changes: Sequence) -> Session | None:
    start, end, where = course.at(day, slot.start), course.at(day, slot.end), slot.where
    for change in changes:
        if not change.covers(who.id, day):
            continue
        if change.kind == "cancel":
            reason = f"cancelled: {change.reason}" if change.reason else "cancelled"
            return Session(who, start, end, where, cancelled=True, note=reason)
        if change.kind == "move":
            location = "Remote" if change.remote else (change.location or where)
            return Session(
                who, course.at(day, change.start), course.at(day, change.end), location, note=change.reason or "moved"
            )
    return Session(who, start, end, where)


def find_person(course: Course, query: str) -> Person:
    """A staff member by (part of) their name; UserError listing the staff if nobody matches."""
    exact = course.person(query)
    if exact is not None:  # an id (autocomplete, the answer engine)
        return exact
    keys = course.people_by_name.matches(query, cutoff=0.7)
    if len(keys) == 1:
        return course.person(keys[0])
    names = ", ".join(p.name for p in course.people if p.office_hours)
    if keys:
        options = ", ".join(course.person(k).name for k in keys)
        raise UserError(f"{query.strip()!r} could be {options}. Which one?")
    raise UserError(
        f"I don't know anyone called {query.strip()!r} on the course staff. {course.help_hours.plural}: {names}."
    )


def person_choices(course: Course, typed: str, limit: int = 25) -> list[tuple[str, str]]:
    q = fold(typed)
    return [(f"{p.name} ({p.role_title})", p.id) for p in course.people if not q or q in fold(p.name)][:limit]


def held_modes(where: str) -> frozenset[str]:
    """How a session given by its `where` (OfficeHours.where) can be attended: "in person", "online" or both."""
    if where.startswith("Remote"):
        return frozenset({"online"})
    if " or online (" in where:
        return frozenset({"in person", "online"})
    return frozenset({"in person"})


def session_line(session: Session, *, with_date: bool = True) -> tuple:
    when = (Stamp(session.start, "f" if with_date else "t"), " – ", Stamp(session.end, "t"))
    if session.cancelled:
        return text(f"~~**{session.person.name}**~~ ", *when, f" — {session.note}")
    note = f" ({session.note})" if session.note else ""
    return text(f"**{session.person.name}** ", *when, f" · {session.where}{note}")


def weekly_line(person: Person, slot: OfficeHours, course: Course, *, with_place: bool = True) -> tuple:
    days = f"{WEEKDAYS[slot.weekday].capitalize()}s {human_time_range(slot.start, slot.end)}"
    days += f" · {slot.where}" if with_place else ""
    starts = f" (from {human_date(slot.first)})" if slot.first > course.term_first else ""
    return text(f"**{person.name}**: {days}{starts}")


def next_sessions(course: Course, now: dt.datetime, person: Person | None = None, count: int = 3) -> list[Session]:
    today = now.astimezone(course.tz).date()
    upcoming: list[Session] = []
    # A day, then two, four, ... until there are enough: the next few sessions, not the whole term expanded.
    first, span = today, 1
    while len(upcoming) < count and first <= course.term_last:
        last = min(first + dt.timedelta(days=span - 1), course.term_last)
        upcoming += [s for s in sessions_between(course, first, last, person=person) if s.end > now]
        first, span = last + _DAY, span * 2
    return upcoming[:count]


WHEN_WORDS = ("upcoming", "now", "this week", "next week")


def office_hours_answer(
    course: Course, now: dt.datetime, when: str | dt.date | None = None, person: str | None = None
) -> Answer:
    """Office hours: the next sessions, now, this week, next week, on a day, or one person's.

    `when` is one of WHEN_WORDS or a date (read from what the student typed by bot.understand.times.dates).
    """
    who = find_person(course, person) if person else None
    if who is not None and not who.office_hours:
        if who.appointments:
            return Answer(title=f"{who.name} ({who.role_title})", lines=tuple(by_appointment_lines(course, who)))
        return Answer(
            title=f"{who.name} ({who.role_title})",
            lines=(text(f"{who.name} has no regular {course.help_hours.in_text} on the course page."),),
            kind="unknown",
        )
    if isinstance(when, dt.date):
        return _on_day(course, now, when, who)
    if when in (None, "upcoming"):
        return _upcoming(course, now, who)
    if when == "now":
        return _now(course, now, who)
    if when in ("this week", "next week"):
        return _week(course, now, who, next_week=when == "next week")
    raise ValueError(f"office_hours_answer: unknown when {when!r}")


def by_appointment_lines(course: Course, who: Person, *, email: bool = True) -> list[tuple]:
    """'Marcus Feld has no regular office hours: they see students by appointment. Email him to book a time.', and
    their email."""
    regular = "" if who.office_hours else f"{who.name} has no regular {course.help_hours.in_text}: "
    sees = "they see" if regular else f"{who.name} also sees"
    lines = [text(f"{regular}{sees} students by appointment. {_sentence(who.appointments)}")]
    if email and who.email:
        lines.append(text(f"Email: {who.email}"))
    return lines


def _sentence(said: str) -> str:
    said = said.strip()
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".")


def _by_appointment(course: Course) -> list[Person]:
    return [p for p in course.people if p.appointments]


def _title(course: Course, who: Person | None) -> str:
    return f"{course.help_hours.plural}: {who.name}" if who else course.help_hours.plural


def _out_of_term(course: Course, day: dt.date) -> str:
    if day < course.term_first or day > course.term_last:
        span = f"{human_date(course.term_first)} – {human_date(course.term_last)}, {course.term_last.year}"
        return f"{course.help_hours.plural} run {span}."
    return ""


def _upcoming(course: Course, now: dt.datetime, who: Person | None) -> Answer:
    sessions = next_sessions(course, now, who, count=5 if who is None else 3)
    lines = [session_line(s) for s in sessions]
    if who is not None:
        lines = [weekly_line(who, slot, course) for slot in who.office_hours] + lines
    if not sessions:
        lines.append(text(f"No more {course.help_hours.in_text} this term."))
    if who is not None and who.appointments:
        lines += by_appointment_lines(course, who)
    elif who is None:
        lines += [text(f"By appointment: **{p.name}**. {_sentence(p.appointments)}") for p in _by_appointment(course)]
    return Answer(title=_title(course, who) + (": next sessions" if who is None else ""), lines=tuple(lines))


def _now(course: Course, now: dt.datetime, who: Person | None) -> Answer:
    today = now.astimezone(course.tz).date()
    running = [s for s in sessions_between(course, today, today, person=who) if s.start <= now < s.end]
    if running:
        title = f"{course.help_hours.plural} right now"
        return Answer(title=title, lines=tuple(session_line(s, with_date=False) for s in running))
    lines = [text(f"No {course.help_hours.in_text} are running right now.")]
    upcoming = next_sessions(course, now, who, count=1)
    if upcoming:
        lines.append(text("Next: ", *session_line(upcoming[0]), " (", Stamp(upcoming[0].start, "R"), ")"))
    return Answer(title=f"{course.help_hours.plural} right now", lines=tuple(lines))


def _week(course: Course, now: dt.datetime, who: Person | None, next_week: bool) -> Answer:
    today = now.astimezone(course.tz).date()
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 if next_week else 0)
    sessions = sessions_between(course, monday, monday + dt.timedelta(days=6), person=who, include_cancelled=True)
    none = f"No {course.help_hours.in_text} that week."
    lines = [session_line(s) for s in sessions] or [text(_out_of_term(course, monday) or none)]
    label = "next week" if next_week else "this week"
    return Answer(title=f"{_title(course, who)}, {label} (from {human_date(monday)})", lines=tuple(lines))


def _on_day(course: Course, now: dt.datetime, day: dt.date, who: Person | None) -> Answer:
    sessions = sessions_between(course, day, day, person=who, include_cancelled=True)
    lines = [session_line(s, with_date=False) for s in sessions]
    if not sessions:
        lines.append(text(_out_of_term(course, day) or f"No {course.help_hours.in_text} on {human_date(day)}."))
        later = sessions_between(course, day + _DAY, course.term_last, person=who)[:1]
        if later:
            lines.append(text("Next: ", *session_line(later[0])))
    return Answer(title=f"{_title(course, who)} on {human_date(day)}", lines=tuple(lines))
