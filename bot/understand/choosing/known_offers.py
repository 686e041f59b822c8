"""A question the engine cannot read but that names the course's own things (a person of its staff, its work or exams
asked when, the course itself by its number): rather than "I can't answer that", the engine says it is not sure and
offers what it does know about them ("when can i see dr X" offers Dr X's office hours and who Dr X is)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.course.model import Course
from bot.understand.about_course.outside_course import outside_course
from bot.understand.question.reading import Mention, Reading
from bot.understand.question.result import Part
from bot.understand.words.normalize import phrase_key

# Offers are readings the engine chose for the student to pick, never answers: they carry no score of their own.
_OFFERED = 0.0
_GRADED = frozenset({"grades", "grading"})
_TIMED = frozenset({"when", "due", "release"})
# Another course's code: "cs 61a", "10-601", "chem 1320", "psy100".
_CODE = re.compile(r"\b\d{2}-\d{3}\b|\b[a-z]{2,5}\s?\d{3,4}[a-z]?\b(?!-)")
_SHORT = re.compile(r"[a-z]*\d+")
_MOST = 3


def known_offers(course: Course, reading: Reading, question: str, *, holds: Callable[[str], bool]) -> list[Part]:
    """Readings about the course's own things the question names, at most three; none when it names another
    course or asks of something elsewhere ("when is the chem 1320 final" stays out of scope)."""
    # Words nothing in the course explains ("is prof X nice") ask something the page cannot hold.
    named = {"person", "assignment", "exam", "policy"} & {m.kind for m in reading.mentions}
    if not named and not _GRADED & reading.cues:
        return []  # nothing of the course's own named: cheap to tell, and most questions end here
    unexplained = [word for word in reading.content if _compact(word) not in _numbers(course)]
    if unexplained or _other_course(course, question) or outside_course(course, question, holds=holds):
        return []
    offers: list[Part] = []
    timed = bool(_TIMED & reading.cues)
    for mention in reading.mentions:
        # A person is who the student wants to reach; work and exams only when asked when (not "write lab 4 for me")
        if (mention.kind == "person" and not _subject_words(course, reading, mention)) or (
            timed and mention.kind in ("assignment", "exam", "policy")
        ):
            offers += _about(course, mention.kind, mention.ids[0], reading.text)
    # "how is bt2102 graded", "how do we get graded in this course": nothing else named, the course's grading
    if _GRADED & reading.cues and (_names_course(course, question) or not reading.mentions):
        offers.append(_part(reading.text, "course_fact", {"fact": "grading"}))
    unique: list[Part] = []
    for offer in offers:
        if all(o.intent != offer.intent or o.slots != offer.slots for o in unique):
            unique.append(offer)
    return unique[:_MOST]


def _about(course: Course, kind: str, thing: str, said: str) -> list[Part]:
    if kind == "person" and course.person(thing) is not None:
        return [_part(said, "office_hours", {"person": thing}), _part(said, "staff", {"person": thing})]
    if kind == "assignment" and course.assignment(thing) is not None:
        return [_part(said, "assignment_due", {"assignments": (thing,)})]
    if kind == "exam" and course.exam(thing) is not None:
        return [_part(said, "exam", {"exam": thing})]
    if kind == "policy" and course.policy(thing) is not None:
        return [_part(said, "policy", {"policy": thing})]
    return []


def _subject_words(course: Course, reading: Reading, mention: Mention) -> bool:
    """A person named only by words of the course's own name ("a linguistics major": the Linguistics Help Room)."""
    subject = set(phrase_key(course.name))
    return all(word in subject for word in reading.tokens[mention.start : mention.end])


def _part(said: str, intent: str, slots: dict | None = None) -> Part:
    return Part(said, intent, slots or {}, _OFFERED, _OFFERED)


def _names_course(course: Course, question: str) -> bool:
    """The course named by one of its numbers ("bt2102", "BT 2102", "10605"), not merely "this course"."""
    asked = _compact(question)
    return any(len(number) >= 4 and number in asked for number in _numbers(course))


def _other_course(course: Course, question: str) -> bool:
    own = _numbers(course)
    return any(_compact(m.group()) not in own for m in _CODE.finditer(question.lower()))


def _numbers(course: Course) -> set[str]:
    """The course's numbers as students shorten them too: "LIN102H1" is also "lin102", "MAM1005F" "mam1005"."""
    numbers = {_compact(number) for number in course.numbers}
    return numbers | {short.group() for n in numbers if (short := _SHORT.match(n)) and short.group() != n}


def _compact(words: str) -> str:
    return re.sub(r"[^0-9a-z]", "", words.lower())
