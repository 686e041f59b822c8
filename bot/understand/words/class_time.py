"""The words that say class time on a course ("during class", "in lecture", "in plenary"): general English, and the
names of each kind of meeting the course holds for the whole class, from its data. Read when the course loads."""

from __future__ import annotations

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

# Class time in general English: "during class", "in class time", "during lecture" (a course's own whole-class
# meeting, whatever it calls it, is read from its data).
CLASS_TIME = (("class",), ("classes",), ("lecture",), ("lectures",))


def class_time_words(course: Course) -> frozenset[tuple[str, ...]]:
    """The words that say class time on this course: the general ones and the names of each kind of meeting it holds
    for the whole class ("plenary session", "plenaries"), never one met by sections ("recitation", "lab")."""
    whole = {m.kind for m in course.meetings if m.section is None}
    own = {
        phrase_key(name)
        for kind in course.meeting_kinds
        if kind.id in whole
        for name in (kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases)
        if name
    }
    return frozenset(CLASS_TIME) | frozenset(filter(None, own))
