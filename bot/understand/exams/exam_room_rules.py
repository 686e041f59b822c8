"""What arriving late to an exam and leaving it early share: the exam a question means (the one it names, else the
next one when it speaks of an exam at all), and the answer: the exam's own rules on it quoted before its card, or
that the page does not say."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.course.model import Course, Exam
from bot.course.occurrences import exam_times
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.exams.stated_window import Way, window_verdict
from bot.understand.question.reading import Reading


def exam_meant(course: Course, reading: Reading, now: dt.datetime) -> Exam | None:
    """The exam named, else the next one (the last, once all are past) when the question speaks of an exam."""
    named = [e for e in (course.exam(i) for i in reading.ids("exam")) if e is not None]
    if named:
        return named[0]
    if "exam" not in reading.cues:
        return None
    today = now.astimezone(course.tz).date()
    coming = sorted((e for e in course.exams if e.date >= today), key=lambda e: e.date)
    return coming[0] if coming else max(course.exams, key=lambda e: e.date)


def rules_or_unknown(asked: Asked, exam: Exam, rules: list[str], unknown: str, way: Way) -> Answer:
    """The rules quoted before the exam's card, opening with Yes or No when the question states how far into the exam
    and the rules give the window; without any, "Whether you may <unknown> is not on the course page"."""
    card = replies.exam_fact(asked.course, asked.now, "exam_time", exam.id, asked.section, asked.form_urls)
    if rules:
        quoted = replace(card, lines=(*(text(f"“{r}”") for r in rules), *card.lines))
        start, end = exam_times(asked.course, exam, asked.section)
        length = (end - start).total_seconds() / 60 if start is not None and end is not None else None
        decided = window_verdict(rules, asked.question, way, length)
        return quoted if decided is None else replies.verdict(quoted, *decided)
    ask = replies.where_to_ask(asked.course)
    said = text(f"Whether you may {unknown} is {replies.NOT_ON_PAGE}; {ask}.")
    return replace(card, lines=(said, *card.lines), kind="unknown")
