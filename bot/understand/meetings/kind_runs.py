"""Who runs a kind of class meeting ("who runs the data clinic", "who teaches the studio sessions", "who leads the
labs"): the staff the course lists on that kind's weekly meetings, never the whole staff list or the people whose
role title happens to hold a word of teaching. A question naming a section, a person, an exam, a day or a topic of
its own is left to the readings of those."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.question.reading import Reading

NEEDS = frozenset({"who", "whos", "whom"})
# The verbs of standing in front of a meeting, as respelling leaves them.
_RUNS = frozenset(
    {"runs", "run", "running", "teaches", "teach", "teaching", "leads", "lead", "leading", "hosts", "host"}
    | {"hosting", "takes", "take", "taking", "charge", "responsible", "supervises", "supervise", "staffs"}
)
_LINKS = frozenset({"in", "of", "for"})
_OTHER_SUBJECTS = frozenset({"section", "person", "exam", "assignment", "role", "period"})
# General words for whoever stands in front of a class: after a kind of meeting ("my lab teacher", "the studio
# instructor") they ask who runs that kind's meetings, whatever the course calls its lead.
TEACHER_WORDS = frozenset(
    {"teacher", "teachers", "instructor", "instructors", "professor", "professors", "prof", "lecturer", "lecturers"}
)


def _teacher_of_kind(reading: Reading, kinds: list) -> bool:
    """Whether a general word for a teacher stands right after a kind of meeting named ("my lab teacher")."""
    ends = {k.end for k in kinds}
    roles = [m for m in reading.mentions if m.kind == "role" and m.start in ends]
    return any(set(reading.tokens[m.start : m.end]) <= TEACHER_WORDS for m in roles)


def kind_run_asked(course: Course, reading: Reading) -> str | None:
    """The one kind of meeting whose staff the question asks for ("who runs the labs", "who is my lab teacher"), or
    None."""
    kinds = [m for m in reading.mentions if m.kind == "kind"]
    if reading.times or not (_RUNS & set(reading.tokens) or _teacher_of_kind(reading, kinds)):
        return None
    if len({i for m in kinds for i in m.ids}) != 1:
        return None
    for m in reading.mentions:
        inside = any(k.start <= m.start and m.end <= k.end for k in kinds)
        verb = m.kind == "role" and set(reading.tokens[m.start : m.end]) - _LINKS <= _RUNS  # "teaches", "in charge"
        verb = verb or (m.kind == "role" and set(reading.tokens[m.start : m.end]) <= TEACHER_WORDS)  # "my lab teacher"
        if (m.kind in _OTHER_SUBJECTS and not verb and not inside) or (m.kind == "topic" and not inside):
            return None  # "who teaches section 2", "who is giving the lecture on kant": their own readings
    kind = kinds[0].ids[0]
    # a kind the course names whose meetings list no staff: the page's silence on who runs it (bot.understand.
    # answering.handle_situations.kind_runs), never the instructors read from "teaches"
    return kind if course.meeting_kind(kind) is not None else None


def kind_staff(course: Course, kind: str) -> list[str]:
    """Who runs a kind's meetings: the staff listed on them, else the people the course gives those meetings'
    sections; [] when the page names no one."""
    meetings = meetings_of(course, kind)
    ids = list(dict.fromkeys(p for m in meetings for p in m.staff))
    sections = {m.section for m in meetings if m.section}
    return ids or [p.id for p in course.people if sections & set(p.sections)]


def kind_runs_answer(course: Course, kind: str, meetings: Answer, staff: Answer) -> Answer:
    """Who runs the kind's meetings, with their role titles in the order the course lists them, before the meetings'
    own card (each meeting with its staff); when the page names no one, that it does not say, before the course's
    staff (`staff`)."""
    found = course.meeting_kind(kind)
    people = [p for p in (course.person(i) for i in kind_staff(course, kind)) if p is not None]
    plural = found.plural if found is not None else kind
    if not people:
        said = text(f"Who runs the {plural.lower()} is {NOT_ON_PAGE}; {where_to_ask(course)}. The course staff:")
        title = f"Who runs the {plural.lower()}"
        return Answer(title=title, lines=(said, *staff.lines), fields=staff.fields, kind="unknown")
    held = {r: sum(1 for p in people if p.role == r) for r in dict.fromkeys(p.role for p in people)}
    roles = [_role_name(course, r, n) for r, n in held.items()]
    names = [p.name for p in people]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    titles = f" ({', '.join(roles)})" if roles else ""
    said = text(f"{plural} are run by {listed}{titles}.")
    return replace(meetings, title=f"Who runs the {plural.lower()}", lines=(said, *meetings.lines))


def _role_name(course: Course, role_id: str, count: int) -> str:
    """The role's title, or its plural when several of the people named hold it ("Student assistants")."""
    role = course.role(role_id)
    if role is None:
        return role_id
    return role.plural if count > 1 and role.plural else role.title
