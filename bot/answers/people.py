"""Course staff: who teaches, who the head TAs are, and each TA's office hours."""

from __future__ import annotations

from bot.answers.office_hours import find_person, weekly_line
from bot.core.answer import Answer, Field, text
from bot.course.model import ROLE_TITLES, Course, Person


def _person_lines(course: Course, person: Person) -> list[tuple]:
    if person.office_hours:
        return [weekly_line(person, slot, course) for slot in person.office_hours]
    email = f" · {person.email}" if person.email else ""
    return [text(f"**{person.name}**{email}")]


def staff_answer(course: Course, person: str | None = None, role: str | None = None) -> Answer:
    """The whole staff by role (or one role: instructor, head_ta, ta), or one person's role and office hours."""
    if person:
        who = find_person(course, person)
        lines = [text(f"{who.name} is {_article(who.role_title)} {who.role_title}.")]
        lines += _person_lines(course, who)
        if not who.office_hours:
            lines.append(text("No regular office hours are listed for them."))
        if not who.email:
            lines.append(text("Their email is not on the course page; Piazza is the place for questions."))
        return Answer(title=who.name, lines=tuple(lines))
    fields = []
    for role_id, title in ROLE_TITLES.items():
        if role and role_id != role:
            continue
        members = [p for p in course.people if p.role == role_id]
        if members:
            lines = [line for p in members for line in _person_lines(course, p)]
            fields.append(Field(name=f"{title}s" if len(members) > 1 else title, lines=tuple(lines)))
    return Answer(title=f"{course.code} course staff", fields=tuple(fields))


def _article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"
