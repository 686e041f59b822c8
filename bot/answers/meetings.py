"""Class meetings: when and where a kind meets (lecture, discussion section...), one section, and who runs it."""

from __future__ import annotations

import datetime as dt

from bot.answers.schedule import day_line, next_class
from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.errors import UserError
from bot.core.matching import fold
from bot.core.timefmt import human_date, human_time_range
from bot.course.meetings import Meeting, MeetingKind
from bot.course.model import WEEKDAYS, Course, Person
from bot.course.occurrences import meetings_of, occurrences_between


def find_meeting_kind(course: Course, query: str) -> MeetingKind:
    """A kind of class meeting by id, name, plural or alias ('discussion', 'Discussion sections', 'dis')."""
    wanted = fold(query)
    for kind in course.meeting_kinds:
        names = {kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases}
        if wanted in {fold(n) for n in names}:
            return kind
    known = ", ".join(k.name for k in course.meeting_kinds) or "none are listed"
    raise UserError(f"This course has no class meetings called {query.strip()!r}. Kinds: {known}.")


def meeting_kind_choices(course: Course, typed: str = "") -> list[tuple[str, str]]:
    q = fold(typed)
    return [(k.plural, k.id) for k in course.meeting_kinds if not q or q in fold(f"{k.id} {k.name} {k.plural}")]


def weekly_text(meeting: Meeting) -> str:
    """'Tuesdays and Thursdays 11:00 AM – 12:20 PM · Halvorsen Hall 100' (weekdays said in full, as office hours'
    are: a student scanning for "Wednesday" finds it)."""
    names = [f"{WEEKDAYS[d].capitalize()}s" for d in meeting.weekdays]
    days = " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{days}{_every(meeting)} {human_time_range(meeting.start, meeting.end)} · {meeting.where}"


# A meeting held every few weeks this many times or fewer in the term has each of its days said.
_FEW_DAYS = 4


def _every(meeting: Meeting) -> str:
    """', every other week from Tue Jan 14' for a meeting held every few weeks (its first day said, so a student
    can tell which weeks), or each of its days when it is held a few times only (', every other week: Fri Mar 5, Fri
    Mar 19 and Fri Apr 2,'); nothing for a weekly one."""
    if meeting.every == 1:
        return ""
    first = next(
        meeting.first + dt.timedelta(days=n) for n in range(7) if (meeting.first.weekday() + n) % 7 in meeting.weekdays
    )
    often = "every other week" if meeting.every == 2 else f"every {meeting.every} weeks"
    days = [
        first + dt.timedelta(days=n)
        for n in range((meeting.last - first).days + 1)
        if (first + dt.timedelta(days=n)).weekday() in meeting.weekdays
        and meeting.meets_in_week_of(first + dt.timedelta(days=n))
    ]
    if 1 < len(days) <= _FEW_DAYS:
        said = [human_date(d) for d in days]
        return f", {often}: {', '.join(said[:-1])} and {said[-1]},"
    return f", {often} from {human_date(first)},"


def _staff(course: Course, ids: tuple[str, ...]) -> list[Person]:
    return [p for p in (course.person(i) for i in ids) if p is not None]


def _meeting_line(course: Course, meeting: Meeting) -> Text:
    who = ", ".join(p.name for p in _staff(course, meeting.staff))
    label = f"**{course.section_label(meeting.section)}**: " if meeting.section else ""
    staffed = f" · {who}" if who else ""
    if (meeting.last - meeting.first).days < 7:  # held once (a pin-up, a review): "Mondays" would say every week
        held = [o for o in occurrences_between(course, meeting.first, meeting.last) if o.meeting is meeting]
        if held:
            o = held[0]
            title = f" · {meeting.title}" if meeting.title else ""
            return text(label, Stamp(o.start, "F"), " – ", Stamp(o.end, "t"), f" · {o.where}{title}{staffed}")
    return text(f"{label}{weekly_text(meeting)}{staffed}")


def meetings_answer(course: Course, now: dt.datetime, kind: str | None = None, section: str | None = None) -> Answer:
    """When and where class meets: every kind (or one), for everyone (or one section), and what is next."""
    section = course.check_section(section)
    kinds = [find_meeting_kind(course, kind)] if kind else list(course.meeting_kinds)
    fields = []
    for k in kinds:
        found = meetings_of(course, k.id, section)
        if found:
            lines = [_meeting_line(course, m) for m in found]
            upcoming = [
                o
                for o in occurrences_between(
                    course, now.astimezone(course.tz).date(), course.term_last, kind=k.id, section=section
                )
                if o.end > now
            ]
            if upcoming:
                o = upcoming[0]
                label = f" ({course.section_label(o.meeting.section)})" if o.meeting.section else ""
                lines.append(text("Next: ", Stamp(o.start, "F"), f" · {o.where}{label}"))
        elif (dated := [d for d in course.schedule if d.kind == k.id and d.is_for(section)]) and all(
            d.start is not None or d.room for d in dated
        ):
            # a kind held only on days the schedule gives a time or place of their own (planetarium visits): each
            lines = [day_line(d) for d in dated]
        else:
            where = "times or rooms" if dated else "times, rooms or dates"
            lines = [text(f"The course page doesn't give {k.name.lower()} {where}.")]
            if course.meeting_times or course.meeting_place:
                lines.append(text(f"The page says: {course.meeting_times} {course.meeting_place}".strip()))
        fields.append(Field(k.plural, tuple(lines)))
    if not fields:
        return Answer(title="Class meetings", lines=(text("The course page doesn't list any class meetings."),))
    lines = []
    if kind:
        following = next_class(course, now, kinds[0].id, section).lines
        lines = [text("Next: ", *following[0]), *following[1:]] if following else []
    title = kinds[0].plural if kind else "Class meetings"
    return Answer(
        title=title + (f" for {course.section_label(section)}" if section else ""),
        lines=tuple(lines),
        fields=tuple(fields),
        footer=f"Weekly times are course time ({course.tz.key})."
        if any(meetings_of(course, k.id) for k in kinds)
        else "",
    )


def section_answer(course: Course, now: dt.datetime, section: str) -> Answer:
    """One section: its meetings (when, where, who runs them), its staff, its exam rooms, and its next meeting."""
    section_id = course.check_section(section)
    info = course.find_section(section_id)
    own = [m for m in course.meetings if m.section == section_id]
    lines: list[Text] = []
    if info is not None and info.description:
        lines.append(text(info.description))
    for meeting in own:
        lines.append(text(f"{course.kind_name(meeting.kind)}: {weekly_text(meeting)}."))
    runners = {p.id: p for m in own for p in _staff(course, m.staff)}
    runners |= {p.id: p for p in course.people if section_id in p.sections}
    for person in runners.values():
        email = f" ({person.email})" if person.email else ""
        lines.append(text(f"Run by {person.name}, {person.role_title}{email}."))
    if not own and not runners:
        lines.append(
            text(f"The course page doesn't give section {course.section_label(section_id)}'s meetings or staff.")
        )
    upcoming = [
        o
        for o in occurrences_between(course, now.astimezone(course.tz).date(), course.term_last, section=section_id)
        # the section's own meetings, a row of its own in their place too (a make-up lab), not its slot in a
        # meeting for everyone (its group's presentation in the colloquium)
        if o.meeting.section == section_id and o.end > now and o.kind in {m.kind for m in own}
    ]
    if upcoming:
        o = upcoming[0]
        # "im in grp a what do we do next": the next meeting's topic from the schedule, when it has one
        topic = f" · {o.topic.title}" if o.topic is not None and o.topic.title else ""
        lines.append(text("Next: ", Stamp(o.start, "F"), " – ", Stamp(o.end, "t"), f" · {o.where}{topic}"))
    if len(upcoming) > 1:
        # "when's the last tutorial for group t3": the term's last meeting, days off and cancellations applied
        o = upcoming[-1]
        lines.append(text("Last this term: ", Stamp(o.start, "F"), " – ", Stamp(o.end, "t"), f" · {o.where}"))
    for exam in course.exams:
        room = exam.room_for(section_id) if section_id in exam.sections else ""
        if room and exam.rooms:
            lines.append(text(f"{exam.title} room: {room}."))
    return Answer(title=info.name if info else f"Section {section_id}", lines=tuple(lines))
