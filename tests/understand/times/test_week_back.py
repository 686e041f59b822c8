"""'the first week back after the break' is the week after it, not the term's week 1; a schedule question about
the days "after <a date>" lists those days, not the date itself."""

from __future__ import annotations

import datetime as dt

from bot.understand.times.time_phrases import find_phrases, return_relation
from tests.conftest import local
from tests.understand.conftest import reply


def test_the_first_week_back_is_no_week_number(second_course):
    now = local(second_course, "2024-11-20 10:00")
    labels = [p.label for p in find_phrases("whats due the first week back after thanksgiving", now, second_course)]
    assert "week 1" not in labels
    labels = [p.label for p in find_phrases("whats due in the first week", now, second_course)]
    assert "week 1" in labels


def test_back_after_is_the_return():
    tokens = ["whats", "due", "the", "first", "week", "back", "after", "thanksgiving"]
    assert return_relation(tokens, len(tokens) - 1) == "week_after"


def test_deadlines_the_first_week_back(second_course):
    result, said = reply(second_course, "whats due the first week back after thanksgiving break", "2024-11-20 10:00")
    assert result.parts[0].slots["range"] == (dt.date(2024, 12, 2), dt.date(2024, 12, 8))
    assert "Fri Dec 6" in said


def test_topics_after_a_date_are_the_days_after_it(second_course):
    _, said = reply(second_course, "what lecture topics are left after nov 20", "2024-11-20 10:00")
    assert "Survival analysis" in said
    assert "Review for the final" in said
