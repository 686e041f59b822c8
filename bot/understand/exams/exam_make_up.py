"""The make-up sitting of an exam, asked by the exam's name ("whens the makeup tt and where", "missed the midterm,
when is the make-up"): the course's own make-up exam for it, when its list holds one, not the exam it replaces."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers.exams import exam_answer
from bot.core.answer import Answer
from bot.core.kept import Kept
from bot.course.model import Course, Exam
from bot.understand.answering.asked import Asked
from bot.understand.exams.make_up_unlisted import unlisted_make_up
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key

_MAKE_UP = re.compile(
    r"\b(?:make[\s-]*ups?|makeups?|re[\s-]*sits?|re[\s-]*takes?|re[\s-]*exams?|supplementary|deferred|alternate)\b"
)
# When, where or what time the make-up is: its sitting. "is there a make-up" keeps the exam's own words on it.
_ASKS_SITTING = re.compile(
    r"\b(?:when|whens|where|wheres|what\s+(?:day|date|time)|which\s+(?:day|date|room|hall)|time|room|show\s+up"
    r"|start|starts)\b"
)

_SITTINGS: Kept[dict[str, str]] = Kept(size=32)


def _words(exam: Exam) -> set[tuple[str, ...]]:
    return {phrase_key(n) for n in (exam.title, *exam.aliases) if phrase_key(n)}


def _holds(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return any(words[i : i + len(key)] == key for i in range(len(words) - len(key) + 1))


def _sittings(course: Course) -> dict[str, str]:
    """Each exam's one make-up exam (one whose title or alias names a make-up and the exam's own title): once per
    course."""
    make_ups = [e for e in course.exams if any(_MAKE_UP.search(n.lower()) for n in (e.title, *e.aliases))]
    found: dict[str, str] = {}
    for exam in course.exams:
        if exam in make_ups:
            continue
        own = phrase_key(exam.title)
        theirs = [m for m in make_ups if own and any(_holds(w, own) for w in _words(m))]
        if len(theirs) == 1:
            found[exam.id] = theirs[0].id
    return found


def make_up_of(course: Course, exam_id: str | None, question: str) -> str | None:
    """The id of the make-up sitting the question asks about instead of `exam_id`, or None."""
    if not exam_id or not course.exams:
        return None
    low = question.lower()
    if not _MAKE_UP.search(low) or not _ASKS_SITTING.search(low):
        return None
    return _SITTINGS.get(course, "make-up sittings", lambda: _sittings(course)).get(exam_id)


def asked_of_make_up(handler: Callable[[Asked, Slots], Answer]) -> Callable[[Asked, Slots], Answer]:
    """The handler, with a question about the make-up sitting of the exam it names read as that make-up exam."""

    def handle(asked: Asked, slots: Slots) -> Answer:
        sitting = make_up_of(asked.course, slots.get("exam"), asked.question)
        if sitting is None:
            # "what date is the august repeat exam" with none listed: not the exam's own date
            exam_asked = slots.get("exam") or not slots.get("fact")
            unlisted = unlisted_make_up(asked.course, slots.get("exam"), asked.question) if exam_asked else None
            return unlisted if unlisted is not None else handler(asked, slots)
        return handler(asked, {**slots, "exam": sitting})

    return handle


def with_make_up_sitting(handler: Callable[[Asked, Slots], Answer]) -> Callable[[Asked, Slots], Answer]:
    """The situation handler ("missed the midterm, when is the make-up"), with the make-up sitting's own date,
    time and room after what the exam's data says of missing it."""

    def handle(asked: Asked, slots: Slots) -> Answer:
        answer = handler(asked, slots)
        # the whole question: "missed the midterm, what time is the make up" is read in two parts
        sitting = make_up_of(asked.course, slots.get("exam"), asked.story or asked.question)
        if sitting is None:
            # "if i miss the final, when is the make-up held" with none dated: what the page says of missing it,
            # and that the make-up's own date is not on it
            unlisted = unlisted_make_up(asked.course, slots.get("exam"), asked.story or asked.question)
            if unlisted is None:
                return answer
            return replace(answer, lines=(*answer.lines, *unlisted.lines[:1]), kind="unknown")
        held = exam_answer(asked.course, asked.now, sitting, asked.form_urls, slots.get("section") or asked.section)
        return replace(answer, fields=(*answer.fields, *held.fields), lines=(*answer.lines, *held.lines))

    return handle
