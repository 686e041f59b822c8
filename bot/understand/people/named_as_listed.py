"""Whether the student typed a person's name as the page lists it (a one-letter slip aside: "talwalker", "reyez"),
or only a near spelling the reader mended into it ("dr bront" read as Dr Brandt, two letters apart). Such a name may
be someone the page does not list at all ("Dr Brand" asked where the staff has a "Dr Brandt"), so a belief about them
gets no Yes from the listed person: No with who does hold the role, or the page's card without a verdict."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz.distance import OSA

from bot.core.answer import Answer, text
from bot.core.matching import fold
from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.titles import course_titles


def named_as_listed(course: Course, person_id: str, question: str, reading: Reading) -> bool:
    """Whether every word the reading took as naming the person stands in the question as typed, or one letter off
    (accents and titles aside: "prof" read as "professor" is no mended name); True when the reading names them
    nowhere."""
    typed = {fold(w) for w in phrase_key(question)}
    spans = [m for m in reading.mentions if m.kind == "person" and person_id in m.ids]
    said = {fold(w) for m in spans for w in reading.tokens[m.start : m.end]} - {fold(w) for w in course_titles(course)}
    return all(w in typed or any(OSA.distance(w, t) <= 1 for t in typed) for w in said)


def mended_name(course: Course, person_id: str, reading: Reading) -> bool:
    """Whether the reading found the person only by mending a near spelling of their name ("dr okafur")."""
    return not named_as_listed(course, person_id, reading.question, reading)


def unsure_of_name(answer: Answer, name: str) -> Answer:
    """The card a Yes would have opened, without the Yes: the student may mean someone the page does not list."""
    said = f"The course page lists no one spelt exactly so; I can't tell whether you mean {name}. What it says:"
    return replace(answer, lines=(text(said), *answer.lines), kind="unsure")
