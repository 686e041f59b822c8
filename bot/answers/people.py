"""Course staff: who teaches, in the course's own role names, and each person's sections and office hours."""

from __future__ import annotations

from bot.answers.office_hours import by_appointment_lines, find_person, weekly_line
from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.core.matching import fold
from bot.course.model import Course, Person


def _person_lines(course: Course, person: Person) -> list[tuple]:
    if person.office_hours:
        return [weekly_line(person, slot, course) for slot in person.office_hours]
    email = f" · {person.email}" if person.email else ""
    sections = f" · {', '.join(course.section_labels(person.sections))}" if person.sections else ""
    return [text(f"**{person.name}**{email}{sections}")]


def find_role(course: Course, query: str) -> str:
    """A role id from its id, title or plural ('head ta', 'GSIs'); UserError naming the course's roles."""
    wanted = fold(query)
    for role in course.roles:
        if wanted in {fold(role.id.replace("_", " ")), fold(role.title), fold(role.plural)}:
            return role.id
    raise UserError(f"There is no staff role {query.strip()!r}. Roles: {', '.join(r.title for r in course.roles)}.")


def role_choices(course: Course, typed: str = "") -> list[tuple[str, str]]:
    q = fold(typed)
    return [(r.plural, r.id) for r in course.roles if not q or q in fold(r.plural) or q in fold(r.id)]


def staff_answer(course: Course, person: str | None = None, role: str | None = None) -> Answer:
    """The whole staff by role (or one role), or one person's role, sections and office hours."""
    if person:
        who = find_person(course, person)
        lines = [text(f"{who.name} is {_article(who.role_title)} {who.role_title}.")]
        if who.sections:
            lines.append(text(f"Sections: {', '.join(course.section_labels(who.sections))}."))
        lines += _person_lines(course, who)
        if who.appointments:
            lines += by_appointment_lines(course, who, email=False)
        elif not who.office_hours:
            lines.append(text(f"No regular {course.help_hours.in_text} are listed for them."))
        if not who.email:
            forum = f"; {course.forum.name} is the place for questions" if course.forum else ""
            lines.append(text(f"Their email is not on the course page{forum}."))
        return Answer(title=who.name, lines=tuple(lines))
    wanted = find_role(course, role) if role else None
    fields = []
    for r in course.roles:
        if wanted and r.id != wanted:
            continue
        members = [p for p in course.people if p.role == r.id]
        if members:
            lines = [line for p in members for line in _person_lines(course, p)]
            fields.append(Field(name=r.plural if len(members) > 1 else r.title, lines=tuple(lines)))
    return Answer(title=f"{course.code} course staff", fields=tuple(fields))


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
