"""Answers that depend on nothing but the server's course and what was asked (the staff list, a policy, /help),
kept per course object: built once, then every student asking the same gets the same answer (and its embed,
bot.discord_app.render.answer_pages, is built once too). A reloaded course is a new object: its answers are built
afresh. Answers that depend on the time or on the database are never kept here."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from bot.core.answer import Answer
from bot.core.kept import Kept
from bot.course.model import Course

ANSWERS: Kept[Answer] = Kept(256)


def course_answer(course: Course, key: Hashable, build: Callable[[], Answer]) -> Answer:
    """build()'s answer for this course and key (the command and its options), built once per course object."""
    return ANSWERS.get(course, key, build)
