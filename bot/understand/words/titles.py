"""Titles put before a person's name: on its own, a title names no one ("the prof", "dr", "a demonstrator").

A title is an honorific ("Dr Whelan", "Prof. Sengupta", "Ms Ruiz") or the head word of one of the course's own
staff roles, as its staff data writes them ("TA Priya", "GSI Maya", "tutor Kim" of a "Seminar Tutor"). So "dr
whelan" and "tutor kim" name a person, "is tutor kim in" asks for that person, and "professor" alone is not the
one person whose name the page writes with "Prof.". The course's titles are read once per course, at load.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

# Honorifics as students type them, without their full stop ("prof", "dr", "maam").
HONORIFICS = frozenset(
    {"dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "maam", "madam"}
)

_TITLES: Kept[frozenset[str]] = Kept(size=32)


def course_titles(course: Course) -> frozenset[str]:
    """The honorifics and the head word of each of the course's role titles and plurals ("Head TA" -> "ta",
    "Lab Coordinators" -> "coordinators"): only the head word, since "lab" or "course" alone is no title."""

    def build() -> frozenset[str]:
        heads = {phrase_key(n)[-1] for r in course.roles for n in (r.title, r.plural) if phrase_key(n)}
        return HONORIFICS | frozenset(heads)

    return _TITLES.get(course, "titles", build)


def titles_before(tokens: Sequence[str], name_starts: Iterable[int]) -> set[int]:
    """The places of honorifics said right before a name ("mr" of "is mr okoro the coordinator", "dr" of "dr
    okoro's email"): they are part of naming that person, no other word the question asks about, even when the page
    writes the name without them or with the whole surname ("Mr Chidi Okoro-Eze")."""
    return {i - 1 for i in name_starts if i > 0 and tokens[i - 1] in HONORIFICS}
