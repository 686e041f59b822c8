"""'where do i write test 1, my surname is Botha', 'venue for the test? surname starts with M': the room of an exam
whose rooms the course splits by surname (`rooms = [{ surnames = "A-L", room = … }]`), for the surname told."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.exams import surname_room_answer
from bot.core.answer import Answer
from bot.core.errors import UserError
from bot.course.model import Course, Exam
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import verdict
from bot.understand.exams.section_of_exam import Decision
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part, Slots
from bot.understand.question.yes_no_shape import ends_with_tag
from bot.understand.yes_no.folded import asks_yes_no

# every question the patterns read holds one of these words (the recognizer row's gate)
NEEDS = frozenset({"surname", "surnames", "lastname", "name", "names", "venue", "venues", "room", "rooms", "where"})

_NAME = r"([^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)?)"
# "surname starts with M", "last name begins with an M"
_INITIAL = re.compile(
    r"\b(?:sur|last\s*|family\s*)names?\s+(?:starts?|begins?|starting|beginning)\s+with\s+(?:an?\s+|the\s+letter\s+)?"
    r"[\"'“‘]?([a-z])\b",
    re.IGNORECASE,
)
# "my surname is Botha", "surname: Botha", "last name Ndlovu", "my last names brown" (the apostrophe dropped)
_TOLD = re.compile(r"\b(?:sur|last\s*|family\s*)name(?:\s+is|\s*[:=]|\s*['’]?s)?\s+" + _NAME, re.IGNORECASE)
# "surname ko is Mercado" (Filipino "ko", my), "last name mine is Ko": a short word of the asker's own language framing
# the noun, then the name after "is"
_FRAMED = re.compile(
    r"\b(?:sur|last\s*|family\s*)name\s+(?!(?:is|ay)\b)[^\W\d_]{1,5}\s+(?:is|ay)\s+" + _NAME, re.IGNORECASE
)
# "im a Ndlovu, which venue": a capitalised name after "I'm a", with a place asked
_IM_A = re.compile(r"\bi(?:'|’)?m\s+an?\s+([A-Z][^\W\d_]+)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:where|venues?|rooms?|halls?)\b", re.IGNORECASE)
# what follows "surname" that is no name ("surname starts with", "surname is on the list")
_NOT_A_NAME = frozenset({"starts", "start", "begins", "begin", "starting", "beginning", "is", "on", "the", "a", "an"})


def surname_told(course: Course, said: str) -> str | None:
    """The surname (or its first letter) a question tells, when one of the course's exams is split by surname."""
    if not any(e.by_surname for e in course.exams):
        return None
    found = _INITIAL.search(said)
    if found:
        return found.group(1).upper()
    found = _FRAMED.search(said) or _TOLD.search(said)
    if found and found.group(1).lower() not in _NOT_A_NAME:
        return found.group(1)
    found = _IM_A.search(said)
    if found and found.group(1)[0].isupper() and _PLACE.search(said):
        return found.group(1)
    return None


def exam_asked(course: Course, reading: Reading, now: dt.datetime) -> Exam | None:
    """The exam asked about: the one named (or on the day named), else the next one split by surname."""
    named = [e for e in (course.exam(i) for i in reading.ids("exam")) if e is not None]
    if named:
        return next((e for e in named if e.by_surname), named[0])
    day = reading.time("day")
    on_day = [e for e in course.exams if day is not None and day.first == e.date]
    if on_day:
        return on_day[0]
    return next_split(course, now)


def next_split(course: Course, now: dt.datetime) -> Exam | None:
    """The next exam whose rooms are split by surname (the last one once all have passed)."""
    split = sorted((e for e in course.exams if e.by_surname), key=lambda e: e.date)
    today = now.astimezone(course.tz).date()
    return next((e for e in split if e.date >= today), split[-1] if split else None)


def told_room(asked: Asked, exam_id: str | None) -> Answer | None:
    """ "what room is my exam in? last name is Nguyen": where a surname told anywhere in the question writes the
    exam asked (or the next one split by surname), when that exam's rooms are split by surname; else None."""
    course = asked.course
    surname = surname_told(course, asked.story or asked.question)
    exam = (course.exam(exam_id) if exam_id else next_split(course, asked.now)) if surname else None
    if surname is None or exam is None or not exam.by_surname:
        return None
    return surname_room_answer(course, exam, surname, asked.now)


def surname_room(asked: Asked, slots: Slots) -> Answer:
    """Where this surname writes the exam (or the exam's card when its rooms are not split by surname)."""
    exam = asked.course.exam(slots["exam"])
    if exam is None:
        raise UserError("Name the exam, and I'll say which room your surname writes in.")
    answer = surname_room_answer(asked.course, exam, slots["surname"], asked.now)
    # "... so im in mabini 401 right": the room named is the student's own guess, whatever else the story says
    confirms = asked.yes_no or ends_with_tag(asked.question) or asks_yes_no(asked.question)
    checked = stated_room_verdict(exam, slots["surname"], asked.question) if confirms else None
    return answer if checked is None else verdict(answer, *checked)


# Words of a room's name that say nothing of which room it is ("Mabini Hall 401": "mabini" and "401" do)
_GENERIC = frozenset({"hall", "room", "rm", "building", "bldg", "floor", "the", "of", "and", "level"})
# Words a student puts before a room's number ("room 201", "hall a3", "rm 12")
_ROOM_WORDS = ("room", "rm", "hall", "lab", "auditorium", "theatre", "theater")


def _said_room(room: str, question: str) -> bool:
    """Whether the question names the room, even shortened ("mabini 401" of "Mabini Hall 401", "auditorium b"): every
    number of its name, and one other word of it (two when the name has no number and more than one word)."""
    tokens = [t for t in re.findall(r"\w+", room.lower()) if t not in _GENERIC]
    asked = set(re.findall(r"\w+", question.lower()))
    numbers = [t for t in tokens if any(c.isdigit() for c in t)]
    named = [t for t in tokens if t not in numbers and t in asked]
    if numbers:
        return all(n in asked for n in numbers) and bool(named)
    return bool(named) and len(named) >= min(2, len(tokens))


def _room_number_said(room: str, question: str) -> bool:
    """Whether the question gives the room's number after a room word ("room 201" of "Room 201, first floor", "hall
    a3" of "Amfiteatrul A3"): every number of its name, each said as a room."""
    tokens = [t for t in re.findall(r"\w+", room.lower()) if t not in _GENERIC]
    numbers = [t for t in tokens if any(c.isdigit() for c in t)]
    lowered = question.lower()
    return bool(numbers) and all(
        re.search(rf"\b(?:{'|'.join(_ROOM_WORDS)})\s+{re.escape(n)}\b", lowered) for n in numbers
    )


def stated_room_verdict(exam: Exam, surname: str, question: str) -> tuple[bool, str] | None:
    """ "my last name is lacson so im in mabini 401 right": Yes when the room the student names is the surname's
    own, No when it is another of the exam's rooms; None when they name none of its rooms. A room named by its
    number alone ("am i in room 201") counts only when the number is one room's of the exam."""
    own = exam.room_for_surname(surname)
    said = [r for r in exam.rooms if _said_room(r.room, question)]
    if not said:
        by_number = [r for r in exam.rooms if _room_number_said(r.room, question)]
        said = by_number if len(by_number) == 1 else []
    if own is None or not said:
        return None
    if own in said:
        return True, f"surnames {own.surname_range} write {exam.title} in {own.room}."
    return False, f"surnames {own.surname_range} write {exam.title} in {own.room}, not {said[0].room}."


def surname_joins_exam(course: Course, decisions: list[Decision]) -> list[Decision]:
    """ "what time does test 2 start and which room, surname is ngata": a part telling a surname and naming no exam,
    beside one part asking when or where an exam split by surname is, is one question: that exam's card for the
    surname (its time, and only the surname's room), never every surname's rooms nor the next exam's room."""
    if len(decisions) < 2:
        return decisions
    told = [i for i, (_, p, _) in enumerate(decisions) if p is not None and p.intent == "surname_room"]
    exams = [i for i, (_, p, _) in enumerate(decisions) if _split_exam_asked(course, p) is not None]
    if len(told) != 1 or len(exams) != 1:
        return decisions
    (t,), (x,) = told, exams
    reading, part, _ = decisions[x]
    exam = _split_exam_asked(course, part)
    typed = decisions[t][0].ids("exam")
    if typed and exam not in typed:
        return decisions  # "when is test 1, and where do i write test 2, surname ngata": two exams asked
    slots = {"exam": exam, "surname": decisions[t][1].slots["surname"]}
    joined = (reading, replace(part, intent="surname_room", slots=slots), [])
    return [joined if i == x else d for i, d in enumerate(decisions) if i != t]


def _split_exam_asked(course: Course, part: Part | None) -> str | None:
    """The exam split by surname whose time or place a part asks ("when is test 2", "where is the final"), or None."""
    if part is None:
        return None
    asks = part.intent == "exam" or (
        part.intent == "course_fact" and part.slots.get("fact") in ("exam_time", "exam_place")
    )
    exam = course.exam(part.slots.get("exam") or "") if asks else None
    return exam.id if exam is not None and exam.by_surname else None
