"""'is the registration still open': whether one named item can still be handed in, by its deadline and release."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer, text, when
from bot.core.errors import UserError
from bot.course.model import Assignment, Course
from bot.understand.answering.replies import verdict
from bot.understand.words.name_patterns import alone

_OPEN_ASKED = re.compile(
    r"\b(?:still|yet)\s+(?:open|available|accepting|possible|up)\b|\b(?:is|are)\s+(?:the\s+)?[\w\s-]{1,40}?\s+"
    r"(?:open|closed)\b(?!\s+(?:book|note|laptop))|\bcan\s+i\s+still\s+(?:register|sign\s+up|fill|enrol|enroll)\b"
)


def _named(course: Course, question: str) -> list[Assignment]:
    return [a for a in course.assignments if alone(n.lower() for n in (a.id, a.short, *a.aliases)).search(question)]


def open_item(course: Course, question: str) -> str | None:
    """The id of the one item the question asks is still open ("can i still sign up for the registration"), or None
    when the question does not ask that of exactly one item."""
    plain = " ".join(question.lower().split())
    # "is hw3 due wednesday and is the cafeteria open late": the clause asking about being open names the item
    clauses = [c for c in re.split(r"\band\b|[,;?]", plain) if _OPEN_ASKED.search(c)]
    if len(clauses) != 1:
        return None
    named = _named(course, clauses[0])
    return named[0].id if len(named) == 1 else None


def open_answer(course: Course, item_id: str, now: dt.datetime) -> Answer:
    """Yes while the item's deadline is ahead (and it is out); No once it has passed for an item with no late work (a
    survey, a registration) or before its release; else that its deadline has passed and the late policy decides."""
    item = course.assignment(item_id)
    if item is None:
        raise UserError(f"I don't know an item called {item_id!r}.")
    today = now.astimezone(course.tz).date()
    card = Answer(title=item.title, lines=(text(f"**{item.title}** is due ", *when(item.due), "."),))
    if item.release is not None and today < item.release:
        return verdict(card, False, f"{item.title} is released on {item.release:%a %b %-d}.")
    if now < item.due:
        return verdict(card, True, ("it is open until ", *when(item.due), "."))
    if item.kind == "survey":
        return verdict(card, False, ("it closed ", *when(item.due), "."))
    said = text("Its deadline has passed; whether late work is still accepted depends on the late policy (/late).")
    return Answer(title=item.title, lines=(said, *card.lines))


def still_open(course: Course, question: str, now: dt.datetime) -> Answer | None:
    """The answer to whether the one item named is still open, or None when the question is not such a question."""
    item = open_item(course, question)
    return open_answer(course, item, now) if item is not None else None
