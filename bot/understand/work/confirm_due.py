"""Yes or No on a due moment the student states and asks to have confirmed ("essay 1 is due friday at midnight
right?", "is hw2 due at 5 like the others", "still 11:59?"): checked against the real due moment, which the answer
gives, never read as a moment the student would hand the work in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.deadlines import deadline_detail
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Assignment, Course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.times.time_phrases import find_phrases
from bot.understand.times.weekday_for_work import weekday_for_work
from bot.understand.times.zones import asks_clock_change, clock_change_clause, zone_stated
from bot.understand.work.stated_times import (
    asks_due_confirmation,
    class_relation,
    due_against_class,
    due_confirmed,
    stated_clock,
    stated_time_verdict,
)

_CLOCK_WORD = r"(?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)"
# "noon or midnight", "midnight or before class", "like midnight or": which time, not a Yes or No to the first
_CHOICE = re.compile(
    rf"\b{_CLOCK_WORD}\s+or(?:\s+(?:(?:at\s+|by\s+)?{_CLOCK_WORD}(?!\w)|before\b|after\b|by\b|during\b)|[\W_]*$)"
)


_PAST = re.compile(r"\b(?:was|were|did)\b")


def states_due_time(question: str) -> bool:
    """Whether a question states a due time of day and asks to have it checked ("what time is the second essay due,
    midnight?", "is it due at 5 like the others"): its due time is asked, not how late it may go in."""
    return stated_clock(question) is not None and asks_due_confirmation(question, False)


def stated_due_day(course: Course, question: str, item: Assignment, now: dt.datetime) -> dt.date | None:
    """The day a question states for the work's deadline: a bare weekday is the one its deadline makes likely (its own
    due day when that is the weekday named, for work still due or asked of in the past: "q1 was due on a friday")."""
    for phrase in find_phrases(question, now, course):
        if phrase.kind in ("day", "moment") and phrase.first is not None:
            if phrase.bare:
                due_day = item.due.astimezone(course.tz).date()
                asked_past = item.due > now or _PAST.search(question.lower()) is not None
                if due_day.weekday() == phrase.first.weekday() and asked_past:
                    return due_day
                return weekday_for_work(course, phrase.first.weekday(), None, item.due, now).day
            return phrase.first
    return None


def confirmed_due(asked: Asked, items: list[Assignment], answer: Answer | None = None, *, clock_only: bool = False):
    """The answer opening with Yes or No on the stated due day and time (or saying the page gives only the date),
    or None when the question does not ask to confirm one. `clock_only`: only when a time of day is stated."""
    question = asked.question
    if not items or not asks_due_confirmation(question, asked.yes_no):
        return None
    if len(items) > 1:
        return _all_at(asked, items, answer)
    if zone_stated(question) or asks_clock_change(question):
        return _in_zone(asked, items[0], answer)  # "due at 8pm eastern right?", "still at 5 after the clocks change"
    item = items[0]
    if _CHOICE.search(question.lower()):
        # "is it due at noon or midnight": which one, not a Yes or No to either
        if answer is None:
            answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
        _, said = due_confirmed(asked.course, item, None, None)
        return replace(answer, lines=(text(said), *answer.lines))
    near_class = class_relation(asked.course, question)
    if near_class is not None and stated_clock(question) is None:
        # "is ps3 due before class": against the class meetings of its due day
        if answer is None:
            answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
        yes, said = due_against_class(asked.course, item, *near_class, asked.section)
        if yes is None:
            return replace(answer, lines=(text(said[:1].upper() + said[1:]), *answer.lines))
        return replies.verdict(answer, yes, said)
    clock = stated_clock(question)
    day = stated_due_day(asked.course, question, item, asked.now)
    if clock is None and (day is None or clock_only):
        return None
    if day is None and clock is not None and not clock.midnight and not item.due_time_assumed:
        return _in_zone(asked, item, answer)  # "is the report due at 5pm like psets": the time alone
    if answer is None:
        answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
    yes, said = due_confirmed(asked.course, item, day, clock)
    if yes is None:
        return replace(answer, lines=(text(said), *answer.lines))
    return replies.verdict(answer, yes, said)


def _all_at(asked: Asked, items: list[Assignment], answer: Answer | None) -> Answer | None:
    """ "is sheet 2 due at 12 like sheet 1": Yes only when every item named is due at the stated time."""
    clock = stated_clock(asked.question)
    if clock is None or clock.midnight or answer is None:
        return None  # a day or midnight belongs to one item; the merged answer gives each
    verdicts = [due_confirmed(asked.course, item, None, clock) for item in items]
    if any(yes is None for yes, _ in verdicts):
        return None
    said = " ".join(s for _, s in verdicts)
    return replies.verdict(answer, all(yes for yes, _ in verdicts), said)


def _in_zone(asked: Asked, item: Assignment, answer: Answer | None) -> Answer | None:
    """A stated due time in a named zone or across a change of clocks: the zone-aware verdict, on the day stated when
    a date is typed (a bare weekday there is any of them)."""
    clock = stated_clock(asked.question)
    if clock is None or clock.midnight:
        return None
    due = item.due.astimezone(zone_stated(asked.question) or asked.course.tz)
    hour = clock.hour
    if clock.either and clock.hour < 12 and due.hour >= 12:
        hour += 12  # "at 5" of work due in the afternoon: 5 PM
    yes, said = stated_time_verdict(asked.course, asked.question, [item], dt.time(hour % 24, clock.minute))
    days = [p for p in find_phrases(asked.question, asked.now, asked.course) if p.kind in ("day", "moment")]
    change = clock_change_clause(asked.question)
    # "clocks go forward sunday, is lr3 still due monday night": the day of the work, not of the change
    own = [p for p in days if change is None or not change[0] <= p.start < change[1]]
    phrase = next(iter(own or days), None)
    dated = phrase is not None and phrase.first is not None and not phrase.bare
    if dated and not asks_clock_change(asked.question) and due.date() != phrase.first:
        yes, said = False, f"{item.short} is due {human_date(due.date())}, not {human_date(phrase.first)}: {said}"
    elif phrase is not None and phrase.first is not None and phrase.bare and due.weekday() != phrase.first.weekday():
        # "quiz 3 still closes thursday at 5 after the clocks change?": its own week's Thursday, not its day
        yes, said = False, f"{item.short} is due {human_date(due.date())} (a {due:%A}): {said}"
    if answer is None:
        answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
    if item.due_time_assumed:
        return replace(answer, lines=(text(f"{said} The course page gives only the date; the time is assumed."),))
    return replies.verdict(answer, yes, said)
