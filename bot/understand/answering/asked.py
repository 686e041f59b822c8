"""What a handler knows of the question (the course, the moment, who asks), and helpers every handler uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.answer import Answer, Field
from bot.core.errors import UserError
from bot.course.model import Course
from bot.grace.asker_record import AskerRecord
from bot.understand.question.result import Slots


@dataclass(frozen=True)
class Asked:
    """What a handler knows: the course, the moment, who asks (section), the store's runtime facts."""

    course: Course
    now: dt.datetime
    section: str | None
    form_urls: Mapping[str, str] | None
    published: Mapping[str, dt.datetime] | None
    yes_no: bool
    question: str
    # The whole question as typed, when `question` is one part of it: "i've burned all my grace days. if hw4 goes in
    # tuesday what happens" tells the what-if what is left.
    story: str = ""
    # The asker's own grace record as the front end found it; None when the front end could not look it up.
    record: AskerRecord | None = None

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.course.tz).date()


def items_of(asked: Asked, slots: Slots) -> list:
    items = [a for a in (asked.course.assignment(i) for i in slots.get("assignments", ())) if a is not None]
    if not items and slots.get("unknown"):
        known = ", ".join(a.short for a in asked.course.assignments)
        raise UserError(f"I don't know an assignment called {slots['unknown'][0]!r}. The course has: {known}.")
    return items


def merged(answers: list[Answer], title: str) -> Answer:
    if len(answers) == 1:
        return answers[0]
    fields = tuple(f for a in answers for f in a.fields) + tuple(Field(a.title, a.lines) for a in answers if a.lines)
    footer = next((a.footer for a in answers if a.footer), "")
    return Answer(title=title, fields=fields, footer=footer)
