"""A break inside one sitting ("any breaks during the final exam", "is there a break in the middle of lab", "any
breaks between the two halves of the seminar"): a pause within an exam or a meeting, not the term's days off. Where
no text of the course speaks of such a pause, the student reads that the page says nothing about it, and where to
ask; a course whose rules do speak of one leaves the question to the reading of those rules."""

from __future__ import annotations

import re
from functools import cache

from bot.core.kept import Kept
from bot.course.model import Course

_EXAM_WORDS = r"exams?|midterms?|finals?|tests?|quiz(?:zes)?|klausur|sitting"
_CLASS_WORDS = r"class(?:es)?|lectures?|lessons?|sessions?"
# "during", "in the middle of", "halfway through", "between the two halves of": inside one sitting
_INSIDE = (
    r"during|in\s+the\s+middle\s+of|(?:mid|half|part)way\s+through|within|inside"
    r"|between\s+(?:the\s+)?(?:two\s+)?(?:halves|parts|hours|sections)\s+of"
)
# a week, a period, a season of exams: days, not one sitting ("any breaks during exam week")
_SPAN_AFTER = re.compile(r"^\s*(?:weeks?|period|season|days?|time|block)\b")
# the course's words where a pause inside a sitting would be ruled on
_PAUSE_RULED = re.compile(r"\b(?:restroom|bathroom|toilet|washroom|intermission|breaks?\s+(?:during|in|between))\b")


@cache
def _pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A break word, then a word of being inside, then one sitting: an exam, a class, or one of the course's kinds."""
    sittings = "|".join((*map(re.escape, kinds), _EXAM_WORDS, _CLASS_WORDS))
    return re.compile(
        rf"\b(?:bathroom\s+|toilet\s+|restroom\s+|short\s+)?(?:breaks?|pauses?|intermissions?)\s+"
        rf"(?:(?:allowed|permitted|given|included)\s+)?"
        rf"(?P<rel>{_INSIDE}|in)\s+(?P<what>(?:(?:the|a|an|my|our|each|every)\s+)?(?:[\w-]+\s+){{0,2}}"
        rf"(?:{sittings}))\b"
    )


def pause_inside_asked(course: Course, said: str) -> str | None:
    """What the page would have to say ("breaks during the final exam"), when a break inside one exam or meeting is
    asked and no text of the course speaks of one; None otherwise."""
    low = said.lower()
    if "break" not in low and "pause" not in low and "intermission" not in low:
        return None  # every match holds one of the words of a pause
    pattern, ruled = _COURSE.get(course, "pause inside", lambda: _of_course(course))
    found = pattern.search(low)
    if found is None or _SPAN_AFTER.match(low[found.end() :]):
        return None
    if ruled:
        return None  # the course's rules speak of it
    rel = "during" if found.group("rel") == "in" else " ".join(found.group("rel").split())
    return f"breaks {rel} {' '.join(found.group('what').split())}"


def warm_tables(course: Course) -> None:
    """Build this reader's per-course table now (the pattern of a pause inside one sitting, and whether a rule speaks
    of one): engine.warm calls it at load, so the first student to ask does not pay for it."""
    _COURSE.get(course, "pause inside", lambda: _of_course(course))


_COURSE: Kept[tuple[re.Pattern[str], bool]] = Kept(size=32)


def _of_course(course: Course) -> tuple[re.Pattern[str], bool]:
    """The course's pattern of a pause inside one sitting (its own kinds of meetings among the sittings) and whether
    any of its rules speaks of such a pause: once per course, not per question."""
    names = (n for k in course.meeting_kinds for n in (k.id.replace("_", " "), k.name, k.plural, *k.aliases))
    kinds = tuple(sorted({n.lower() for n in names if n}, key=lambda n: (-len(n), n)))
    texts = [f"{p.summary} {p.quote}" for p in course.policies] + [r for e in course.exams for r in e.rules]
    return _pattern(kinds), any(_PAUSE_RULED.search(t.lower()) for t in texts)
