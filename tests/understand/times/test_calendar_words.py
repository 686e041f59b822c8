"""The weekday and month words every day-tied reader shares (bot.understand.times.calendar_words)."""

from __future__ import annotations

import re

from bot.understand.times.calendar_words import DAY_NAMES, MONTH_NAMES, alternation


def test_short_forms_students_type_name_their_day_and_month():
    assert [DAY_NAMES[w] for w in ("mon", "tues", "weds", "thur", "thurs", "sunday")] == [0, 1, 2, 3, 3, 6]
    assert [MONTH_NAMES[w] for w in ("jan", "sept", "sep", "december")] == [1, 9, 9, 12]


def test_may_is_no_month_word():
    """ "may i ..." is the modal: the month is read by the date reader, never by these words."""
    assert "may" not in MONTH_NAMES


def test_the_alternation_tries_the_longest_name_first():
    found = re.search(rf"\b(?:{alternation(DAY_NAMES)})\b", "is it on thursday")
    assert found is not None
    assert found.group(0) == "thursday"
