"""Whether a person named runs a kind of class meeting, asked in everyday words for the one in front of it ("kerem's
the studio guy right?", "is dr aydemir the lab person", "is sofia the tutorial lady", "is jo my lab teacher"): Yes
or No from the staff the course lists on that kind's weekly meetings (or the people of its sections), naming who runs
it either way."""

from __future__ import annotations

from bot.course.model import Course
from bot.understand.meetings.kind_runs import TEACHER_WORDS, kind_staff
from bot.understand.question.reading import Reading

# Everyday words for the person in front of a meeting, after the kind's name ("the studio guy", "my lab
# teacher": a general word for a teacher, whatever the course calls its lead).
NEEDS = frozenset({"guy", "girl", "dude", "lady", "person", "man", "woman", "gal", "bloke", "one"}) | TEACHER_WORDS


def kind_person_asked(course: Course, reading: Reading) -> tuple[str, str] | None:
    """(person id, kind) when a yes/no question says one person is the one of one kind of meeting ("kerem's the
    studio guy"); None otherwise (no one named, several, no kind, or the word is not right after the kind)."""
    if not reading.yes_no:
        return None
    people = {i for m in reading.mentions if m.kind == "person" for i in m.ids}
    kinds = [m for m in reading.mentions if m.kind == "kind"]
    if len(people) != 1 or len({i for m in kinds for i in m.ids}) != 1:
        return None
    if any(m.kind in ("section", "exam", "assignment") for m in reading.mentions):
        return None  # "is kerem the group c lab guy": the section's own reading
    kind = kinds[0]
    if reading.tokens[kind.end : kind.end + 1] not in [[w] for w in NEEDS]:
        return None
    if course.meeting_kind(kind.ids[0]) is None:
        return None
    return next(iter(people)), kind.ids[0]


def kind_person_verdict(course: Course, person_id: str, kind: str) -> tuple[bool, str] | None:
    """Yes or No that the person runs the kind's meetings, naming who does; None when the page names no one."""
    who = course.person(person_id)
    staff = [p for p in (course.person(i) for i in kind_staff(course, kind)) if p is not None]
    name = course.kind_name(kind, plural=True).lower()
    if who is None or not staff:
        return None
    if any(p.id == who.id for p in staff):
        return True, f"{who.name} runs the {name}."
    return False, f"the {name} are run by {', '.join(p.name for p in staff)}."
