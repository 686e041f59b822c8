"""A student's belief about someone's role checked whole: "sir miguel is the sf of r3 right?", "is freja my
instructor? i'm in group C", "is prof vestergaard the course coordinator". The person, the role AND the section (or
the other person a title names) are each checked against the staff list; the student sees Yes only when every part
holds, and otherwise No with who does hold it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.course.model import Course, Person
from bot.understand.words.normalize import holds_phrase, phrase_key


@dataclass(frozen=True)
class RoleVerdict:
    yes: bool
    reason: str


def _titled(person: Person) -> str:
    return f"{'an' if person.role_title[:1] in 'AEIOU' else 'a'} {person.role_title}"


def runs_section(course: Course, person: Person, section: str) -> bool:
    """Whether the person runs or belongs to the section: listed for it, or on the staff of one of its meetings."""
    return section in person.sections or any(m.section == section and person.id in m.staff for m in course.meetings)


def _section_bound(course: Course, person: Person) -> bool:
    """Whether the person is someone of some sections only (a facilitator of R2 and R4), not of everyone's."""
    return bool(person.sections) or any(m.section and person.id in m.staff for m in course.meetings)


def _own_sections(course: Course, person: Person) -> list[str]:
    found = list(person.sections)
    found += [m.section for m in course.meetings if m.section and person.id in m.staff and m.section not in found]
    return course.section_labels(found)


def _holders(course: Course, role: str, but: str) -> str:
    """ " The Course Coordinator: Dr Ines Vale." (or " The Tutors: ...") of everyone else the page gives the role;
    empty when no one else holds it or it is a role of many (more than three people)."""
    named = course.role(role)
    holders = [p.name for p in course.people if p.role == role and p.id != but]
    if named is None or not holders or len(holders) > 3:
        return ""
    return f" The {named.title if len(holders) == 1 else named.plural}: {', '.join(holders)}."


def role_verdict(course: Course, person_id: str, role: str, section: str | None) -> RoleVerdict:
    """Yes or No on "is <person> the <role> [of <section>]": the role first, then the section when one is named and
    the person is someone of some sections only."""
    who = course.person(person_id)
    named = course.role(role)
    title = named.title if named else who.role_title
    holders = [
        p.name
        for p in course.people
        if p.role == role and p.id != who.id and section and runs_section(course, p, section)
    ]
    theirs = f" {course.section_label(section)}'s {title}: {', '.join(holders)}." if section and holders else ""
    if who.role != role and not theirs:
        theirs = _holders(course, role, who.id)  # "is mr okoro the coordinator": No, and who the coordinator is
    if who.role != role:
        article = "an" if title[:1] in "AEIOU" else "a"
        return RoleVerdict(False, f"{who.name} is {_titled(who)}, not {article} {title}.{theirs}")
    if not section or not _section_bound(course, who):
        return RoleVerdict(True, f"{who.name} is {_titled(who)}.")
    label = course.section_label(section)
    if runs_section(course, who, section):
        return RoleVerdict(True, f"{who.name} is the {title} of {label}.")
    *rest, last = _own_sections(course, who)
    own = f"{', '.join(rest)} and {last}" if rest else last
    return RoleVerdict(False, f"{who.name} is {_titled(who)}, but of {own}, not {label}.{theirs}")


def role_as_typed(course: Course, role: str, question: str) -> str:
    """The course's role the question's words name: "is jo my lab teacher" read as the "Tutor" is the course's "Lab
    Tutor" when it has one (a role whose title holds the read role's words and more, every one of them typed). A
    title word typed alone decides nothing ("my seminar teacher" may be whoever runs the seminar, whatever their
    title)."""
    named = course.role(role)
    if named is None:
        return role
    typed, base = set(phrase_key(question)), set(phrase_key(named.title))
    longer = [r for r in course.roles if base < set(phrase_key(r.title)) and set(phrase_key(r.title)) - base <= typed]
    return max(longer, key=lambda r: len(set(phrase_key(r.title)))).id if longer else role


def read_from_lead_word(course: Course, role: str, question: str) -> bool:
    """Whether the role was read only from a general word for whoever leads a course ("is sam the one who teaches
    group 2", "is sam my teacher for group 2"): the course's first role, none of whose own names the question
    gives. Such a word asks who teaches the section, not whether the person holds the lead role."""
    if not course.roles or course.roles[0].id != role:
        return False
    typed = phrase_key(question)
    named = course.roles[0]
    return not any(
        holds_phrase(typed, phrase_key(n)) for n in (named.title, named.plural, named.id.replace("_", " ")) if n
    )


def section_verdict(course: Course, person_id: str, section: str) -> RoleVerdict | None:
    """ "marco runs 1c right?": whether the person is their role's person for the section named; None when they are
    no one of some sections only (a lecturer of everyone)."""
    who = course.person(person_id)
    if not _section_bound(course, who):
        return None
    return role_verdict(course, person_id, who.role, section)


def _alias_at(question: str, alias: str) -> re.Match[str] | None:
    return re.search(rf"(?<!\w){re.escape(alias.lower())}(?!\w)", question)


def _without_article(alias: str) -> str:
    """An alias as said after "the", "my" or "our": "uc" of "the uc" (the page may give the title with its article)."""
    words = alias.lower().split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in ("the", "my", "our") else alias.lower()


def _said_as_title(question: str, one: Person, other: Person) -> str | None:
    """The alias of `other` the question gives after naming `one` and "the", "my" or "our" ("is prof vestergaard
    the course coordinator"), None when it does not."""
    spots = [m for a in (*one.aliases, one.name) if (m := _alias_at(question, a))]
    if not spots:
        return None
    start = min(m.end() for m in spots)
    for alias in (_without_article(a) for a in other.aliases):
        found = _alias_at(question[start:], alias)
        if found is None or (other is not one and alias in (_without_article(a) for a in one.aliases)):
            continue
        between = question[start : start + found.start()].split()
        if between and between[-1] in ("the", "my", "our") and len(between) <= 3:
            return alias
    return None


def title_named(course: Course, question: str, people: list[str]) -> RoleVerdict | None:
    """ "is prof vestergaard the course coordinator": the question names a person, then (after "the", "my" or "our")
    a title the page gives as someone's other name: Yes when it is theirs, No (with who holds it) when it is
    another's. None when the question does not read that way."""
    if not 1 <= len(people) <= 2:
        return None
    lowered = question.lower()
    named = [course.person(p) for p in people]
    if len(named) == 1:
        alias = _said_as_title(lowered, named[0], named[0])
        return None if alias is None else RoleVerdict(True, f"{named[0].name} is the {alias}.")
    for one, other in (named, named[::-1]):
        if (alias := _said_as_title(lowered, one, other)) is not None:
            return RoleVerdict(False, f"the {alias} is {other.name}; {one.name} is {_titled(one)}.")
    return None
