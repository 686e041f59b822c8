"""Two dated things of the course compared: "is hw4 part b due the same day hw5 comes out" (Yes or No, with both
dates), "final exam and proposal deadline, which comes first and how many days apart", "is the proposal due
before the exam". Each side is an assignment's deadline (or its release, when the question says it comes out) or
an exam's day, from the data; when a side's date is not on the page, the answer says so and gives no verdict."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand import replies
from bot.understand.reading import Mention, Reading

# How the two are compared: on the same day, which is first, how far apart, or whether one is before the other.
_SAME = re.compile(r"\bsame\s+(?:day|date)\b|\bon\s+the\s+same\s+day\b")
_FIRST = re.compile(
    r"\bwhich\s+(?:one\s+)?(?:comes?|is|happens?|falls?)\s+(?:first|earlier|sooner|later|last|second)\b"
    r"|\bwhich\s+(?:one\s+)?(?:first|earlier|sooner)\b|\bwhat\s+order\b"
)
_APART = re.compile(
    r"\bhow\s+(?:many\s+days|many\s+weeks|much\s+time|long|far)\s+(?:apart|between|is\s+there\s+between|in\s+between)"
    r"|\bhow\s+(?:many\s+days|many\s+weeks|far)\s+apart\b|\bdays?\s+apart\b|\bgap\s+between\b"
)
_ORDER = re.compile(r"^(?:is|are|does|do|will|was)\b.*\b(before|after|earlier than|later than)\b")
# Words after an assignment that say its release is meant, not its deadline.
_RELEASE_WORDS = frozenset({"out", "released", "release", "releases", "comes", "come", "posted", "opens", "open"})
_DUE_WORDS = frozenset({"due", "deadline", "deadlines", "submitted", "submit"})


@dataclass(frozen=True)
class _Side:
    name: str  # "HW5", "Final examination"
    verb: str  # "comes out", "is due", "is on"
    day: dt.date | None  # None: not on the page

    def said(self) -> str:
        return f"{self.name} {self.verb} {human_date(self.day)}" if self.day else f"{self.name}: {replies.NOT_ON_PAGE}"


def compared(course: Course, reading: Reading) -> Answer | None:
    """The comparison of the two dated things the question names, or None when it compares nothing (or names
    other than exactly two assignments or exams)."""
    said = " ".join(reading.tokens)
    same, first, apart = _SAME.search(said), _FIRST.search(said), _APART.search(said)
    # "before or after": a choice, answered by the deadline's own reading (bot.understand.handle_deadlines)
    choice = re.search(r"\b(?:before or after|after or before)\b", said)
    order = _ORDER.search(said) if not (same or first or apart or choice) else None
    if not (same or first or apart or order):
        return None
    named = sorted((m for m in reading.mentions if m.kind in ("assignment", "exam") and len(m.ids) == 1), key=_at)
    named = [m for i, m in enumerate(named) if all(m.ids != n.ids for n in named[:i])]
    if len(named) != 2:
        return None
    if order and not any(m.relation in ("before", "after") for m in named[1:]):
        return None  # "is hw4 before hw5 due" reads its relation off the second thing named
    ends = (named[1].start, len(reading.tokens))
    sides = [_side(course, reading, m, ends[i]) for i, m in enumerate(named)]
    lines = [text(f"{s.said()}.") for s in sides]
    answer = Answer(title=f"{sides[0].name} and {sides[1].name}", lines=tuple(lines))
    a, b = sides
    if a.day is None or b.day is None:
        said_not = text(f"I can't compare them: a date is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return Answer(title=answer.title, lines=(said_not, *lines), kind="unknown")
    gap = abs((b.day - a.day).days)
    apart_line = text(f"They are {gap} day{'s' if gap != 1 else ''} apart." if gap else "They fall on the same day.")
    if same:
        return replies.verdict(answer.with_lines(apart_line), a.day == b.day, _both(a, b))
    if order:
        after = named[1].relation == "after" or order.group(1) in ("after", "later than")
        yes = a.day > b.day if after else a.day < b.day
        return replies.verdict(answer.with_lines(apart_line), yes, _both(a, b))
    if apart and not first:
        return Answer(title=answer.title, lines=(apart_line, *lines))
    if a.day == b.day:
        lead = text(f"Neither comes first: both are on {human_date(a.day)}.")
    else:
        early = a if a.day < b.day else b
        later = b if early is a else a
        lead = text(f"{early.name} comes first, {gap} day{'s' if gap != 1 else ''} before {later.name}.")
    return Answer(title=answer.title, lines=(lead, *lines))


def _at(mention: Mention) -> int:
    return mention.start


def _both(a: _Side, b: _Side) -> str:
    return f"{a.said()}; {b.said()}."


def _side(course: Course, reading: Reading, mention: Mention, until: int) -> _Side:
    """One side: an exam's day, or an assignment's deadline (its release when the words after it say it comes out)."""
    if mention.kind == "exam":
        exam = course.exam(mention.ids[0])
        return _Side(exam.title, "is on", exam.date) if exam else _Side(mention.ids[0], "is on", None)
    item = course.assignment(mention.ids[0])
    if item is None:
        return _Side(mention.ids[0], "is due", None)
    after = set(reading.tokens[mention.end : min(until, mention.end + 3)])
    if after & _RELEASE_WORDS and not after & _DUE_WORDS:
        return _Side(item.short, "comes out", item.release)
    return _Side(item.short, "is due", item.due.astimezone(course.tz).date())
