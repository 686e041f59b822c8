"""A story that names an exam already taken on the way to asking about the one to come ("I did terribly in Minor 1
because I went to the wrong hall, which room is it this time for Minor 2"): the question is about the exam still
to come, unless it asks in the past tense."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.core.answer import Answer
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.answering.asked import Asked
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key

# Asked of what is over ("where was minor 1", "what did the midterm cover"): the exam named stays.
_PAST = re.compile(r"\b(?:was|were|wasn't|weren't|did|had|went|covered|happened)\b")
# The sentence that asks: the last one holding a question mark, or the last one.


def _asking_sentence(question: str) -> str:
    sentences = split_sentences(question)
    asking = [s for s in sentences if s.endswith("?")]
    return (asking or sentences or [question])[-1]


def _named(course: Course, question: str) -> list[str]:
    said = phrase_key(question)
    found = []
    for exam in course.exams:
        keys = [k for k in (phrase_key(n) for n in (exam.title, *exam.aliases)) if k]
        if any(said[i : i + len(k)] == k for k in keys for i in range(len(said) - len(k) + 1)):
            found.append(exam.id)
    return found


def still_to_come(course: Course, exam_id: str | None, question: str, today: dt.date) -> str | None:
    """The one exam still to come the question names beside `exam_id`, when `exam_id` is over and the asking
    sentence is not in the past tense; None otherwise."""
    chosen = course.exam(exam_id) if exam_id else None
    if chosen is None or chosen.date >= today or _PAST.search(_asking_sentence(question).lower()):
        return None
    coming = [i for i in _named(course, question) if i != exam_id and (e := course.exam(i)) and e.date >= today]
    return coming[0] if len(coming) == 1 else None


def asked_of_the_next(handler: Callable[[Asked, Slots], Answer]) -> Callable[[Asked, Slots], Answer]:
    """The handler, with an exam already over read as the one to come that the same question names."""

    def handle(asked: Asked, slots: Slots) -> Answer:
        coming = still_to_come(asked.course, slots.get("exam"), asked.story or asked.question, asked.today)
        if coming is None:
            return handler(asked, slots)
        return handler(asked, {**slots, "exam": coming})

    return handle
