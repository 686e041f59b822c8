"""How long a kind of class meeting runs, stated and asked back ("studio sessions are 3 hours right", "are labs 3
hrs long", "is lecture 80 minutes"): Yes or No from the kind's weekly meetings when they all run one length, with
that length and their times; a length in round numbers is Yes, with the real one, when a passing period apart
("is lecture an hour": Yes, about that: 50 minutes). A length that only dates or measures something else ("in the
next 3 hours", "2 hours late to lab") is not one."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.answering import replies
from bot.understand.question.reading import Reading

NEEDS = frozenset({"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins"})
_WORDS = {"an": 1.0, "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}
_STATED = re.compile(
    r"\b(\d+(?:\.\d+)?|an?|one|two|three|four)\s*-?\s*(?:full\s+|whole\s+|entire\s+)?(hours?|hrs?|minutes?|mins?)\b"
    r"(?:\s+and\s+a\s+half)?"
)
# "is lecture a full hour", "two whole hours": the length itself, not a round number that covers a shorter slot
_IN_FULL = re.compile(r"\b(?:full|whole|entire)\s+(?:hours?|hrs?|minutes?|mins?)\b")
# A length that measures something else: a span from now, lateness, time before or after a thing.
_OTHER_MEASURE = re.compile(
    r"\b(?:next|within|in|past|last|for|after|before|until|till|ago|late|early|left|every|per|each|away)\s+"
    r"(?:the\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four)\s*-?\s*(?:hours?|hrs?|minutes?|mins?)\b"
    r"|\b(?:hours?|hrs?|minutes?|mins?)\s+(?:late|early|before|after|ago|left|away)\b"
)
_OTHER_SUBJECTS = frozenset({"exam", "assignment", "person", "role", "period"})


def stated_minutes(question: str) -> int | None:
    """The one length the question states, in minutes ("3 hours" 180, "an hour and a half" 90), or None."""
    lowered = question.lower()
    found = list(_STATED.finditer(lowered))
    if len(found) != 1 or _OTHER_MEASURE.search(lowered):
        return None
    number, unit = found[0].group(1), found[0].group(2)
    amount = _WORDS.get(number) or float(number)
    if found[0].group(0).endswith("half"):
        amount += 0.5
    return round(amount * (60 if unit.startswith("h") else 1))


def meeting_length_asked(course: Course, reading: Reading, said: str) -> tuple[str, str | None, int] | None:
    """(kind, section, minutes stated) when a yes/no question states how long one kind of meeting runs, else None."""
    if not reading.yes_no or not all(t.kind == "range" and t.grain == "span" for t in reading.times):
        return None  # a day or time read besides the length (the one read as "the next 3 hours") asks of that
    kinds = {i for m in reading.mentions if m.kind == "kind" for i in m.ids}
    if len(kinds) != 1 or any(m.kind in _OTHER_SUBJECTS for m in reading.mentions):
        return None
    minutes = stated_minutes(said)
    if minutes is None:
        return None
    sections = {i for m in reading.mentions if m.kind == "section" for i in m.ids}
    return (kinds.pop(), sections.pop() if len(sections) == 1 else None, minutes)


def stated_in_full(question: str) -> bool:
    """Whether the length is stated as a full one ("a full hour"): then a slot a passing period shorter is not it."""
    return bool(_IN_FULL.search(question.lower()))


def meeting_length_verdict(
    course: Course, kind: str, section: str | None, minutes: int, card: Answer, *, in_full: bool = False
) -> Answer:
    """Yes or No on the stated length, when the kind's (or the section's) meetings all run one length; the card
    alone when they run several. `in_full`: the length was stated as a full one ("a full hour"), so a slot even a
    passing period shorter is No."""
    found = [m for m in meetings_of(course, kind, section) if section is None or m.section in (None, section)]
    lengths = {
        (m.end.hour * 60 + m.end.minute) - (m.start.hour * 60 + m.start.minute) for m in found if m.end > m.start
    }
    if len(lengths) != 1:
        return card
    length = lengths.pop()
    if in_full and length > minutes:
        # "is lecture a full hour" of an 80-minute slot: all of it, and more
        return replies.verdict(card, True, f"more than that: they run {_spoken(length)}.")
    if length != minutes and not in_full and about_that(minutes, length):
        # "is lecture an hour" of a 50-minute slot: what a student calls an hour, with the real length
        return replies.verdict(card, True, f"about that: they run {_spoken(length)}.")
    return replies.verdict(card, length == minutes, f"they run {_spoken(length)}.")


# A length in round numbers ("an hour", "3 hours", "an hour and a half") covers a slot this much shorter or longer
# (a passing period between classes): a 50-minute lecture is "an hour", a 2 h 50 min lab "3 hours".
_ROUND = 30
_PASSING = 10


def about_that(stated: int, real: int) -> bool:
    """Whether a length stated in round numbers is what a student would call the real one."""
    return stated % _ROUND == 0 and abs(stated - real) <= _PASSING


def _spoken(minutes: int) -> str:
    """ "3 hours", "1 hour 50 minutes", "50 minutes"."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    parts += [f"{rest} minutes"] if rest else []
    return " ".join(parts)
