"""Who handles a request the course's rule sends to a role ("who do i ask for an extension in section b" against
"requested by email from your section instructor"): the people of that role the course gives the section (every
section's, by section, when none is known), with their email; the page's silence on whom when the rule names no role
of the course."""

from __future__ import annotations

import re

from bot.core.answer import Text, text
from bot.core.kept import Kept
from bot.course.model import Course, Person

# "who do i ask / email / contact / talk to", "who approves", "who handles", "who should i send it to"
ASKS_WHO = re.compile(r"\b(?:who|whom|whos|who's)\b")
# A role held by this many people or fewer is named person by person ("the Head TAs"); more ("your TA") is no one.
_FEW = 3
_ROLE_NAMES: Kept[tuple[tuple[str, re.Pattern[str]], ...]] = Kept(size=32)


def _role_names(course: Course) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each role with the words a rule names it by (its title, plural, id, "TA" for "teaching assistant"). Built once
    per course."""

    def build() -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        for role in course.roles:
            names = {n.lower() for n in (role.title, role.plural, role.id.replace("_", " ").replace("-", " ")) if n}
            alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
            out.append((role.id, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)))
        return tuple(out)

    return _ROLE_NAMES.get(course, "role_names", build)


def rule_roles(course: Course, rule_text: str) -> list[str]:
    """The roles of the course the rule's words name, in the order they are first named."""
    found = [(m.start(), role) for role, pattern in _role_names(course) if (m := pattern.search(rule_text))]
    return [role for _, role in sorted(found)]


def rule_contacts(course: Course, rule_text: str, section: str | None) -> list[Text]:
    """Whom the rule sends the student to: the first role it names, its people for the section (each section's when
    none is known; each of a few people holding it), with their email; [] when it names no role the course gives
    anyone, or one too many people hold to say whose."""
    for role in rule_roles(course, rule_text):
        people = [p for p in course.people if p.role == role]
        if not people:
            continue
        by_section = [p for p in people if p.sections]
        if section and (own := [p for p in by_section if section in p.sections]):
            return [text(f"For {_section(course, section)}: {_who(p)}.") for p in own]
        if by_section and not section:
            return [text(f"{_upper(_section(course, s))}: {_who(p)}.") for p in by_section for s in p.sections]
        if len(people) <= _FEW:
            return [text(f"{_who(p)}.") for p in people]  # a rule naming a role a few people hold: each of them
    return []


def _section(course: Course, section: str) -> str:
    """ "section B" for a section named by its id alone, else its label ("Practical group Süd")."""
    label = course.section_label(section)
    return f"section {label}" if label == section else label


def _upper(said: str) -> str:
    return said[:1].upper() + said[1:]


def _who(person: Person) -> str:
    said = f"{person.name} ({person.role_title}"
    return said + (f", {person.email})" if person.email else ")")
