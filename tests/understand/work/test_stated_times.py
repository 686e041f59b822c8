"""Stated times across a change of clocks and in a named zone: Yes or No from the data, local times kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.course.loader import load_course
from bot.understand.times.zones import asks_clock_change, zone_stated
from bot.understand.work.stated_times import (
    StatedClock,
    asks_due_confirmation,
    class_relation,
    due_against_class,
    due_confirmed,
    stated_clock,
    stated_meeting_verdict,
    stated_time_verdict,
)

STAT = load_course(Path(__file__).resolve().parents[3] / "data" / "stat-187-f24")
NOW = STAT.at(dt.date(2024, 10, 9), dt.time(10, 0))
PS6 = [STAT.assignment("ps6")]


def test_due_time_after_the_change_is_local() -> None:
    """PS6 stays due at 5 PM, in PST after the clocks change."""
    yes, said = stated_time_verdict(STAT, "is ps6 still due at 5 pm pacific after the clocks change", PS6, dt.time(17))
    assert yes
    assert "5:00 PM PST" in said
    assert "local" in said


def test_a_different_stated_time_is_no_with_the_real_one() -> None:
    yes, said = stated_time_verdict(STAT, "is ps6 due at 6pm after the time change", PS6, dt.time(18))
    assert not yes
    assert "5:00 PM PST" in said


def test_a_named_zone_is_compared_in_that_zone() -> None:
    """ "5pm eastern" is 2 PM Pacific: No; "8pm eastern" is the same instant: Yes."""
    assert not stated_time_verdict(STAT, "is ps6 due at 5pm eastern", PS6, dt.time(17))[0]
    assert stated_time_verdict(STAT, "is ps6 due at 8pm eastern", PS6, dt.time(20))[0]


def test_meetings_after_the_change() -> None:
    """Lectures at 11 stay at 11 (PST); "at 9" is No."""
    found = stated_meeting_verdict(STAT, "lectures still at 11 after daylight saving ends", NOW, "lecture", None)
    assert found is not None
    assert found[0]
    assert "11:00 AM PST" in str(found[1])
    found = stated_meeting_verdict(STAT, "lectures still at 9 after daylight saving ends", NOW, "lecture", None)
    assert found is not None
    assert not found[0]


def test_words_for_clock_changes_and_zones() -> None:
    assert asks_clock_change("once daylight savings ends")
    assert asks_clock_change("after the clocks change")
    assert not asks_clock_change("is hw3 due at 5pm")
    assert zone_stated("due at 5 pm pacific").key == "America/Los_Angeles"
    assert zone_stated("is it due at 5pm") is None


def test_some_meetings_at_the_time_is_neither_yes_nor_no() -> None:
    """Sections at several times: "at 2" is true of some, so no Yes or No."""
    found = stated_meeting_verdict(STAT, "do sections still start at 2 after the time change", NOW, "discussion", None)
    assert found is None


# Round 11: a due moment the student states and asks to confirm.
HIST = load_course(Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "courses" / "hist-210-a24")
ESSAY1 = HIST.assignment("essay1")
REPORT = STAT.assignment("report")


def test_a_stated_due_is_a_confirmation_not_a_submission() -> None:
    """ "is due friday at midnight right?" asks to confirm; "if i hand it in friday at midnight" does not."""
    assert asks_due_confirmation("essay one is due friday at midnight right?", False)
    assert asks_due_confirmation("is it due at 5 like the others", True)
    assert asks_due_confirmation("hw5 still 11:59?", False)
    assert asks_due_confirmation("its due at midnight like usual", False)
    assert asks_due_confirmation("the report is due at 11:59 as always", False)
    assert not asks_due_confirmation("if i hand essay 1 in friday at midnight is that late", True)
    assert not asks_due_confirmation("can i submit ps3 at 6pm on the due date", True)
    assert not asks_due_confirmation("when is ps3 due", False)


def test_stated_clocks() -> None:
    """Midnight, noon, a bare hour (either half of the day) and a time with am/pm."""
    assert stated_clock("due friday at midnight right").midnight
    assert stated_clock("is it due at noon") == StatedClock(12, 0)
    bare = stated_clock("is it due at 5 like the others")
    assert bare.either
    assert bare.matches(dt.time(17))
    assert bare.matches(dt.time(5))
    assert stated_clock("still 11:59?") == StatedClock(11, 59, either=True)
    assert stated_clock("due by 11:59pm") == StatedClock(23, 59)
    assert stated_clock("is essay 1 due friday") is None


def test_minutes_typed_after_a_space() -> None:
    """ "at 6 30" is 6:30; a count of minutes or a share after the hour is not its minutes."""
    assert stated_clock("test 1 is wednesday night at 6 30 right?") == StatedClock(6, 30, either=True)
    assert stated_clock("due at 11 59 pm") == StatedClock(23, 59)
    assert stated_clock("at 6 30pm") == StatedClock(18, 30)
    assert stated_clock("if i submit at 5 15 minutes late") == StatedClock(5, 0, either=True)
    assert stated_clock("is it at 9 10%") == StatedClock(9, 0, either=True)


def test_midnight_is_the_end_of_the_day_named() -> None:
    """Due Friday noon, "friday at midnight" is No, and the answer says how midnight was read."""
    yes, said = due_confirmed(HIST, ESSAY1, dt.date(2024, 10, 25), StatedClock(0, 0, midnight=True))
    assert yes is False
    assert "12:00 PM BST" in said
    assert "end of Friday" in said
    assert "12:00 AM Sat Oct 26" in said


def test_midnight_matches_a_minute_to_midnight() -> None:
    """Due Friday 11:59 PM: "friday at midnight" is Yes, and 12:00 AM itself is said to be late."""
    yes, said = due_confirmed(STAT, REPORT, dt.date(2024, 12, 6), StatedClock(0, 0, midnight=True))
    assert yes is True
    assert "11:59 PM PST" in said
    assert "late" in said


def test_the_wrong_day_is_no_whatever_the_time() -> None:
    yes, said = due_confirmed(HIST, ESSAY1, dt.date(2024, 10, 24), StatedClock(12, 0))
    assert yes is False
    assert "Fri Oct 25" in said


def test_an_assumed_due_time_gives_no_yes_or_no_on_the_time() -> None:
    """10-605's due times are assumed: the date can be checked, the time cannot."""
    c605 = load_course(Path(__file__).resolve().parents[3] / "data" / "10-605-s24")
    hw4a = c605.assignment("hw4a")
    due_day = hw4a.due.astimezone(c605.tz).date()
    yes, said = due_confirmed(c605, hw4a, due_day, StatedClock(0, 0, midnight=True))
    assert yes is None
    assert "assumed" in said


def test_due_against_the_days_classes() -> None:
    """STAT 187 PS3 is due at 5 PM Friday, after that day's discussion sections: not before class, after it."""
    ps3 = STAT.assignment("ps3")
    relation = class_relation(STAT, "is ps3 due before class")
    assert relation == ("before", None, "class")
    assert due_against_class(STAT, ps3, *relation, None)[0] is False
    assert due_against_class(STAT, ps3, "after", None, "class", None)[0] is True
    assert due_against_class(STAT, ps3, "during", None, "class", None)[0] is False


def test_no_class_that_day_is_neither_yes_nor_no() -> None:
    relation = class_relation(STAT, "is ps3 due before lecture")
    assert relation is not None
    assert relation[1] == "lecture"
    yes, said = due_against_class(STAT, STAT.assignment("ps3"), *relation, None)
    assert yes is None
    assert "no lecture meets that day" in said


def test_twelve_am_is_read_as_typed() -> None:
    """ "12am friday" is the start of Friday; only the word midnight is read as the end of the day named."""
    assert stated_clock("is essay 1 due at 12am friday") == StatedClock(0, 0)
    yes, said = due_confirmed(HIST, ESSAY1, dt.date(2024, 10, 25), StatedClock(0, 0))
    assert yes is False
    assert "end of" not in said


def test_spoken_clock_times() -> None:
    """ "half nine" is 9:30 as said in Britain; "quarter past ten" and "quarter to eleven" too; "half 3 hours" is no
    time of day."""
    assert stated_clock("does the exam start at half nine") == StatedClock(9, 30, either=True)
    assert stated_clock("is it half past 2") == StatedClock(2, 30, either=True)
    assert stated_clock("quarter past ten right?") == StatedClock(10, 15, either=True)
    assert stated_clock("by quarter to eleven") == StatedClock(10, 45, either=True)
    assert stated_clock("it took half 3 hours") is None


def test_a_day_confirmed_with_an_assumed_time_says_the_time_is_assumed() -> None:
    """ "is hw4a due tomorrow night": Yes on the day, and the 11:59 PM shown is said to be assumed (hostile4 15)."""
    c605 = load_course(Path(__file__).resolve().parents[3] / "data" / "10-605-s24")
    hw4a = c605.assignment("hw4a")
    due_day = hw4a.due.astimezone(c605.tz).date()
    yes, said = due_confirmed(c605, hw4a, due_day, None)
    assert yes is True
    assert "the time is assumed" in said
    no, said = due_confirmed(c605, hw4a, due_day - dt.timedelta(days=1), None)
    assert no is False
    assert "the time is assumed" in said


def test_a_stated_due_time_of_the_page_is_not_called_assumed() -> None:
    yes, said = due_confirmed(HIST, ESSAY1, ESSAY1.due.astimezone(HIST.tz).date(), None)
    assert yes is True
    assert "assumed" not in said


@pytest.mark.parametrize(
    ("question", "inside"),
    [("at 3", True), ("at 3am", False), ("at 3pm", True), ("at 4pm", False), ("at 1:59pm", False)],
)
def test_a_clock_stated_within_a_span(question, inside):
    """ "at 3" of 2:00-4:00 PM: its PM reading falls inside; the end does not."""
    assert stated_clock(question).within(dt.time(14), dt.time(16)) is inside
