"""Where something is done, as it reads inside a sentence: "on Gradescope", but "by email to the lecturer"."""

from __future__ import annotations

from bot.answers.meetings import weekly_text
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course

_PREPOSITIONS = ("by ", "via ", "through ", "in ", "on ", "at ", "to ", "with ", "using ", "over ")


def on_place(where: str) -> str:
    """ " on Gradescope" for a place; " by email to the lecturer" as the data says it when it already says how;
    "" when the data gives none."""
    if not where:
        return ""
    if where.lower().startswith(_PREPOSITIONS):
        return f" {where}"
    return f" on {where}"


def held_in(course: Course, room: str, kind: str | None = None, exam: str | None = None) -> Answer:
    """ "which discussion sections are in Halvorsen Hall 70": the weekly meetings, one-day moves and exam sittings
    the course data puts in one room (of one kind of meeting, when one is named; of one exam's sittings only, when
    an exam is named: "which sections have the midterm in Halvorsen Hall 100")."""
    same = room.casefold()
    lines = []
    if exam is not None:
        return _exam_in(course, room, exam)
    for m in course.meetings:
        if m.room.casefold() == same and (kind is None or m.kind == kind):
            label = course.meeting_label(m.kind, m.section)
            lines.append(text(f"**{label}**: {weekly_text(m)}"))
    by_id = {m.id: m for m in course.meetings}
    for c in course.meeting_changes:
        moved = by_id.get(c.meeting)
        of_kind = moved.kind if moved is not None else c.kind_filter
        if c.room.casefold() != same or (kind is not None and of_kind != kind):
            continue
        days = human_date(c.first) if c.first == c.last else f"{human_date(c.first)} – {human_date(c.last)}"
        what = course.kind_name(of_kind) if of_kind else "Class"
        if moved is not None and moved.section:
            what += f" {course.section_label(moved.section)}"
        how = "an extra meeting" if c.kind == "extra" else "moved here"
        lines.append(text(f"**{what}** on {days}: {how}" + (f" ({c.reason})" if c.reason else "") + "."))
    for e in course.exams if kind is None else ():
        for r in e.rooms:
            if r.room.casefold() == same:
                who = f" for {', '.join(course.section_labels(r.sections))}" if r.sections else ""
                who = f" for surnames {r.surname_range}" if r.surnames else who
                lines.append(text(f"**{e.title}** on {human_date(e.date)}{who}."))
        if not e.rooms and e.location.casefold() == same:
            lines.append(text(f"**{e.title}** on {human_date(e.date)} (everyone)."))
    if not lines:
        what = f"no {course.kind_name(kind, plural=True).lower()}" if kind else "nothing of the course"
        return Answer(title=room, lines=(text(f"The course data puts {what} in {room}."),))
    return Answer(title=f"In {room}", lines=tuple(lines))


def _exam_in(course: Course, room: str, exam_id: str) -> Answer:
    chosen = course.exam(exam_id)
    if chosen is None:
        return Answer(title=room, lines=(text(f"The course data puts nothing of the course in {room}."),))
    sittings = [r for r in chosen.rooms if r.room.casefold() == room.casefold()]
    everyone = not chosen.rooms and chosen.location.casefold() == room.casefold()
    if not sittings and not everyone:
        rooms = [r.room for r in chosen.rooms] or [chosen.location]
        elsewhere = ", ".join(dict.fromkeys(r for r in rooms if r)) or "a room the course page does not give"
        return Answer(title=room, lines=(text(f"{chosen.title} is not held in {room} (it is in {elsewhere})."),))
    who = ", ".join(
        [course.section_label(s) for r in sittings for s in r.sections]
        + [f"surnames {r.surname_range}" for r in sittings if r.surnames]
    )
    who = who or "everyone"
    return Answer(
        title=f"{chosen.title} in {room}", lines=(text(f"**{chosen.title}** on {human_date(chosen.date)}: {who}."),)
    )
