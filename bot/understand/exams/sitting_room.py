"""Where a sitting other than the scheduled exam is held ("where is the 4pm conflict exam held", "what room is the
alternate sitting for mt2 in"), when no sentence of the course names a room for it: said to be not on the course
page, with where to ask and what the page does say of that sitting, never the scheduled exam's rooms or a policy
shown as if it answered.

A course that gives the room ("The make-up is the next morning at 7:30 AM in Kessler Hall 315.") is left to the rest
of the engine."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.answering.replies import NOT_ON_PAGE
from bot.understand.meetings.room_unlisted import asks_where
from bot.understand.words.lexicon import course_places
from bot.understand.words.normalize import phrase_key

# A sitting apart from the scheduled one, by the word that sets it apart, then an exam word within two words:
# "conflict exam", "alternate sitting for mt2", "make-up midterm", "the deferred final".
_OTHER = r"(?:conflict|clash|alternate|alternative|make[\s-]?up|backup|back-up|deferred)"
_SITTING = r"(?:exams?|sittings?|midterms?|finals?|tests?|mt\d?)"
_ASKED = re.compile(rf"\b(?P<other>{_OTHER})\s+(?:\w+\s+){{0,1}}?(?P<sitting>{_SITTING})\b")
_STEM = {"clash": "conflict", "alternative": "alternate", "makeup": "make-up", "make up": "make-up"}

_SENTENCES: Kept[tuple[str, ...]] = Kept(size=32)


def _sentences(course: Course) -> tuple[str, ...]:
    """Every sentence of the course's exam rules and policies, split once per course."""
    texts = [r for e in course.exams for r in e.rules] + [e.if_missed for e in course.exams if e.if_missed]
    texts += [t for p in course.policies for t in (p.summary, p.quote) if t]
    return tuple(dict.fromkeys(s.strip() for t in texts for s in split_sentences(t) if s.strip()))


def _word(other: str) -> str:
    low = re.sub(r"\s+", " ", other.lower())
    return _STEM.get(low.replace("-", ""), _STEM.get(low, low.replace(" ", "-")))


def _names(sentence: str, word: str) -> bool:
    low = sentence.lower().replace("makeup", "make-up").replace("make up", "make-up")
    low = low.replace("alternative", "alternate").replace("clash", "conflict")
    return re.search(rf"\b{re.escape(word)}\b", low) is not None


def sitting_room(course: Course, question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when it asks where a sitting apart from the scheduled exam is held and no sentence of the
    course names a room for that sitting: "not on the course page", where to ask, and the page's sentences on it."""
    if answer.kind != "info" or not asks_where(question):
        return answer
    found = _ASKED.search(question.lower())
    if found is None:
        return answer
    word = _word(found.group("other"))
    if any(
        s.room and s.room != "unknown" and any(_names(n, word) for n in (s.name, s.kind.replace("_", "-"), *s.aliases))
        for e in course.exams
        for s in e.sittings
    ):
        return answer  # the data lists that sitting with its room ("conflict final", Kilohana Hall 415)
    about = [s for s in _SENTENCES.get(course, "sentences", lambda: _sentences(course)) if _names(s, word)]
    places = [phrase_key(p) for p in course_places(course) if p and p != "unknown"]
    if any(_holds(phrase_key(s), p) for s in about for p in places):
        return answer  # the page names a room for it: the rest of the engine reads it
    said = text(f"Where the {found.group(0)} is held is {NOT_ON_PAGE}; {where}.")
    lines = (said, *(text(f"The course page says: “{s}”") for s in about[:2]))
    return replace(answer, lines=lines, fields=(), kind="unknown")


def _holds(sentence: tuple[str, ...], place: tuple[str, ...]) -> bool:
    return bool(place) and any(sentence[i : i + len(place)] == place for i in range(len(sentence) - len(place) + 1))
