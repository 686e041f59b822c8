"""The stretch of the term a yes/no topic question is asked against ("are we doing sonata form before easter", "do we
get to X before test 2", "is X covered after march 20"): the days before or after a break, an exam or a date the
course knows. The topic's own days then decide: Yes with the days inside, No with when it is instead. The words that
name the stretch ("before test 2") are no part of what is asked of the topic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.course.model import Course
from bot.understand.question.reading import Mention, Reading
from bot.understand.times.relation_span import span_beside

_BEFORE = ("before", "until", "by")  # "before easter", "until the midterm", "by reading week": the days up to it
_AFTER = ("after", "since")
_BESIDE = ("day_before", "day_after", "week_before", "week_after")  # "the day before the midterm": that day alone
# The relation words themselves, which say when and nothing of the topic.
RELATION_WORDS = frozenset({"before", "after", "until", "till", "til", "by", "since", "prior"})


@dataclass(frozen=True)
class TopicSpan:
    """Days from `first` to `last` (inclusive), as a student reads them ("before Easter break"), and the question's
    words that named them."""

    first: dt.date
    last: dt.date
    label: str
    words: frozenset[str]


def topic_span(
    course: Course, r: Reading, anchor_dates: Callable[[Mention], tuple[dt.date, dt.date, str]]
) -> TopicSpan | None:
    """The stretch a topic is asked against: before or after a break or exam the question names (`anchor_dates`
    gives its first day, last day and name), or before or after a date; None when none is named."""
    for m in r.mentions:
        if m.kind in ("period", "exam") and m.relation in _BESIDE:
            # "do we do sn2 the day before midterm 1": that one day (or week) decides
            first, last, name = anchor_dates(m)
            beside = span_beside(m.relation, first, last, name)
            if beside is not None:
                words = frozenset(r.tokens[max(0, m.start - 3) : m.end]) | RELATION_WORDS
                return TopicSpan(*beside, words)
        if m.kind not in ("period", "exam") or m.relation not in (*_BEFORE, *_AFTER):
            continue
        if not RELATION_WORDS & set(r.tokens[max(0, m.start - 2) : m.start]):
            continue  # "a review session for exam 1": held for the exam, no stretch of the term typed
        first, last, name = anchor_dates(m)
        words = frozenset(r.tokens[m.start : m.end]) | RELATION_WORDS
        return _side(course, m.relation, first, last, name, words)
    for t in r.times:
        if t.first is None or t.last is None or t.relation not in (*_BEFORE, *_AFTER):
            continue
        words = frozenset(r.text[t.start : t.end].lower().split()) | RELATION_WORDS
        # "by may 31", "before the end of may": a day up to and with it, where "before may 31" ends the day before
        through = t.relation in ("by", "until") and t.first == t.last
        return _side(course, t.relation, t.first, t.last, t.label, words, through=through)
    return None


def _side(
    course: Course,
    relation: str,
    first: dt.date,
    last: dt.date,
    name: str,
    words: frozenset[str],
    through: bool = False,
) -> TopicSpan | None:
    """The term's days on one side of a stretch: from the term's start to the day before it (`through`: to the day
    itself), or from the day after it to the term's end (a topic asked "before easter" after Easter has passed is
    still asked of the whole term up to it)."""
    if relation in _BEFORE:
        end = last if through else first - dt.timedelta(days=1)
        label = f"{'by' if through else 'before'} {name}"
        return TopicSpan(course.term_first, end, label, words) if end >= course.term_first else None
    start = last + dt.timedelta(days=1)
    return TopicSpan(start, course.term_last, f"after {name}", words) if start <= course.term_last else None
