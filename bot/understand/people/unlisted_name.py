"""A person named with a title whom the course page does not name at all: "prof lindqvist is the instructor right", "is
dr okafor one of the lecturers". The name after the title is no name of the staff list, no near spelling of one, and
no word anywhere in the course's data (a guest speaker of a schedule row is not "unlisted"): asked whether they hold
a role, the student sees No with who does hold it."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from bot.core.data_walk import every_word
from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.english import ordinary_form
from bot.understand.words.normalize import phrase_key
from bot.understand.words.titles import HONORIFICS
from bot.understand.words.vocabulary import STOPWORDS

_WORDS: Kept[frozenset[str]] = Kept(size=32)
# "prof lindqvist is the instructor", "is dr okafor one of the lecturers", "is mr addo a ta": a title, one name, then
# the role the student believes they hold
_TITLED_ROLE = re.compile(
    rf"\b(?:{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})\.?\s+(?P<name>[a-z]{{3,}})\s+(?:is\s+)?"
    r"(?:also\s+)?(?:the|a|an|my|our|one\s+of\s+(?:the|our|my))\s+\w"
)


def _course_words(text: str) -> tuple[str, ...]:
    """A text's words, lowercase, a hyphenated name's halves apart too ("vasquez-marlowe": "vasquez", "marlowe")."""
    return (*phrase_key(text.replace("-", " ")), *phrase_key(text))


def warm_tables(course: Course) -> None:
    """Walk the course's data once, when it loads (bot.core.data_walk keeps the walk for every reader of it)."""
    every_word(course, _course_words)


def _name_parts(course: Course) -> frozenset[str]:
    """Every part of every staff name and alias, lowercase, of three letters or more ("vasquez", "marlowe")."""

    def build() -> frozenset[str]:
        names = (n for person in course.people for n in (person.name, *person.aliases))
        return frozenset(part for n in names for part in phrase_key(n.replace("-", " ")) if len(part) >= 3)

    return _WORDS.get(course, "staff name parts", build)


def _near_a_name(course: Course, word: str) -> bool:
    """Whether the word is a near spelling (same first letter, at most two edits) of a part of a staff name."""
    limit = 1 if len(word) < 5 else 2
    return any(part[:1] == word[:1] and OSA.distance(word, part) <= limit for part in _name_parts(course))


def unlisted_titled_name(course: Course, question: str) -> str | None:
    """The name a question gives after a title ("lindqvist" of "prof lindqvist") when the course's data names no one so,
    near or exact; None when the question names no one with a title, or the page knows the name."""
    said = _TITLED_ROLE.search(" ".join(question.lower().replace("’", "'").split()))
    if said is None:
        return None
    name = said.group("name")
    if (
        name in STOPWORDS
        or ordinary_form(name)
        or name in every_word(course, _course_words)
        or _near_a_name(course, name)
    ):
        return None
    return name


# "is andreea popescu our seminar teacher", "is jo smith the ta for 231": a first name and a surname, no title, then
# the role believed
_NAMED_ROLE = re.compile(
    r"^(?:so\s+|wait\s+|hey\s+)?is\s+(?P<name>[a-z]{3,}\s+[a-z]{3,})\s+(?:also\s+)?"
    r"(?:the|a|an|my|our|one\s+of\s+(?:the|our|my))\s+\w"
)


def unlisted_full_name(course: Course, question: str) -> tuple[str, bool] | None:
    """(the name, whether a part of it is near a staff name's) when a yes/no question opens on a first name and a
    surname without a title ("is andreea popescu our seminar teacher") neither of which the course's data gives nor
    English has; None otherwise. A near name ("andreea" of an "Andrei") may be a listed person's, misremembered."""
    said = _NAMED_ROLE.search(" ".join(question.lower().replace("’", "'").split()))
    if said is None:
        return None
    parts = said.group("name").split()
    known = every_word(course, _course_words)
    if any(w in STOPWORDS or ordinary_form(w) or w in known for w in parts):
        return None
    return " ".join(w.capitalize() for w in parts), any(_near_a_name(course, w) for w in parts)
