"""One handler per intent, by name: the slots read from the question in, an Answer out (from bot.answers where
one exists). The handlers live by area (handle_deadlines, handle_late, handle_exams, ...); a yes/no question gets
its Yes or No there, where the facts to decide it are at hand, or here when it asks about a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.course.model import Course
from bot.understand import replies
from bot.understand.asked import Asked
from bot.understand.handle_deadlines import assignment_due, due_soon, next_due, release
from bot.understand.handle_exams import exam
from bot.understand.handle_facts import assignment_for, course_fact, course_info, help_, section_, staff
from bot.understand.handle_late import extension, late_rules, late_whatif, my_grace, regrade
from bot.understand.handle_office_hours import office_hours
from bot.understand.handle_policies import policy
from bot.understand.handle_schedule import (
    last_class,
    next_class_,
    no_class,
    schedule_day,
    schedule_range,
    topic,
    where_now,
)
from bot.understand.handle_situations import (
    advice_asked,
    compared,
    course_itself,
    exam_situation,
    held_in,
    missing_rule,
    missing_session,
    still_open,
)
from bot.understand.lexicon import course_places
from bot.understand.normalize import phrase_key
from bot.understand.result import Slots

HANDLERS: dict[str, Callable[[Asked, Slots], Answer]] = {
    "assignment_due": assignment_due,
    "due_soon": due_soon,
    "next_due": next_due,
    "release": release,
    "late_whatif": late_whatif,
    "late_rules": late_rules,
    "my_grace": my_grace,
    "extension": extension,
    "regrade": regrade,
    "exam": exam,
    "office_hours": office_hours,
    "schedule_day": schedule_day,
    "schedule_range": schedule_range,
    "where_now": where_now,
    "next_class": next_class_,
    "last_class": last_class,
    "topic": topic,
    "no_class": no_class,
    "staff": staff,
    "policy": policy,
    "course_info": course_info,
    "course_fact": course_fact,
    "assignment_for": assignment_for,
    "section": section_,
    "help": help_,
    "course_itself": course_itself,
    "exam_situation": exam_situation,
    "still_open": still_open,
    "held_in": held_in,
    "missing_session": missing_session,
    "missing_rule": missing_rule,
    "advice_asked": advice_asked,
    "compared": compared,
}


def _place_verdict(course: Course, answer: Answer, place: str) -> Answer:
    """ "is the final in redwood hall", "is lecture in halvorsen 100 tomorrow": Yes when the answer's place is the
    one asked about; none when the answer names no place of the course."""
    said = set(
        phrase_key(
            " ".join(str(s) for line in (*answer.lines, *(x for f in answer.fields for x in f.lines)) for s in line)
        )
    )
    shown = [p for p in course_places(course) if set(phrase_key(p)) <= said]
    asked = set(phrase_key(place))
    matching = [p for p in shown if asked <= set(phrase_key(p))]
    if not shown or (matching and len(matching) < len(shown)):
        return answer  # no place given, or some places are and some are not (rooms by section): no plain answer
    return replies.verdict(answer, bool(matching), f"{', '.join(shown)}.")


def _reason(verdict: Answer) -> tuple:
    """A verdict's reason, without its Yes or No."""
    first, *rest = verdict.lines[0]
    return (re.sub(r"^\*\*(?:Yes|No)\*\*: ", "", str(first)), *rest)


def handle(intent: str, asked: Asked, slots: Slots) -> Answer:
    """The intent's answer; a student-fixable problem (UserError) becomes a clear message, not a crash."""
    try:
        if asked.yes_no and slots.get("_place"):
            answer = HANDLERS[intent](replace(asked, yes_no=False), slots)
            placed = _place_verdict(asked.course, answer, slots["_place"])
            if placed is not answer and (slots.get("_at") is not None or slots.get("time") is not None):
                # "is the final in redwood hall 1 at 9am": the time stated is checked too; No when it differs
                timed = HANDLERS[intent](asked, {**slots, "_place": None})
                if timed.lines[:1] and str(timed.lines[0][0]).startswith("**No**"):
                    return replies.verdict(answer, False, (*_reason(placed), " ", *_reason(timed)))
            return placed
        return HANDLERS[intent](asked, slots)
    except UserError as err:
        return Answer(
            title="Hmm", lines=(text(err.message),), kind="error", suggestions=err.suggestions or replies.SUGGESTIONS
        )
