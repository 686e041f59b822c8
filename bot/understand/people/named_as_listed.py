"""Whether the student typed a person's name as the page lists it, or only a near spelling the reader mended into it
("dr okafur" read as Dr Okafor). A near spelling may be someone the page does not list at all ("Dr Okafor" asked where
the staff has a "Dr Okoro"), so a belief about them gets no Yes from the listed person: No with who does hold the
role, or the page's card without a verdict."""

from __future__ import annotations

from bot.core.matching import fold
from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.titles import course_titles


def named_as_listed(course: Course, person_id: str, question: str, reading: Reading) -> bool:
    """Whether every word the reading took as naming the person stands in the question as typed (accents and titles
    aside: "prof" read as "professor" is no mended name); True when the reading names them nowhere."""
    typed = {fold(w) for w in phrase_key(question)}
    spans = [m for m in reading.mentions if m.kind == "person" and person_id in m.ids]
    said = {fold(w) for m in spans for w in reading.tokens[m.start : m.end]}
    return said - {fold(w) for w in course_titles(course)} <= typed
