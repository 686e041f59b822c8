"""'next lab is thursday right?': a day the student believes a thing falls on, checked against the thing's card."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Answer, Stamp, text
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.yes_no.stated_day import day_verdict

TZ = ZoneInfo("America/Chicago")
START = dt.datetime(2027, 10, 14, 14, 0, tzinfo=TZ)  # a Thursday
END = START + dt.timedelta(hours=2)
LAB = Answer(title="Next lab", lines=(text(Stamp(START), " – ", Stamp(END, "t"), " · Room 12"),))
THURSDAY, MONDAY = dt.date(2027, 10, 14), dt.date(2027, 10, 18)


def weekday(day: dt.date, **more) -> TimePhrase:
    """A weekday typed alone ("thursday"), read as its coming date."""
    return TimePhrase("day", 0, 1, first=day, last=day, bare=True, **more)


def date(day: dt.date, **more) -> TimePhrase:
    """A date typed ("oct 14", "this thursday")."""
    return TimePhrase("day", 0, 1, first=day, last=day, **more)


@pytest.mark.parametrize(
    ("question", "times", "verdict"),
    [
        ("next lab is thursday right?", [weekday(THURSDAY)], (True, "it is on Thu Oct 14, a Thursday, at 2:00 PM.")),
        (
            "next lab is monday right?",
            [weekday(MONDAY)],
            (False, "it is on Thu Oct 14, a Thursday, at 2:00 PM, not a Monday."),
        ),
        ("is my next lab on oct 14", [date(THURSDAY)], (True, "it is on Thu Oct 14, a Thursday, at 2:00 PM.")),
        (
            "is my next lab on oct 18",
            [date(MONDAY)],
            (False, "it is on Thu Oct 14, a Thursday, at 2:00 PM, not Mon Oct 18."),
        ),
        (
            "is the next lab at 2 on thursday",
            [weekday(THURSDAY), TimePhrase("time", 0, 1, time=dt.time(14, 0))],
            (True, "it is on Thu Oct 14, a Thursday, at 2:00 PM."),
        ),
        (
            "the next lab is the thursday after the break?",
            [weekday(dt.date(2027, 10, 21), beside="fall-break")],
            (False, "it is on Thu Oct 14, a Thursday, at 2:00 PM, not Thu Oct 21."),
        ),
    ],
)
def test_the_day_believed_is_checked_against_the_card(question, times, verdict):
    assert day_verdict(question, LAB, times) == verdict


def test_a_clock_time_typed_with_the_day_must_agree_too():
    moment = TimePhrase("moment", 0, 1, first=THURSDAY, last=THURSDAY, time=dt.time(10, 0))
    late = "it is on Thu Oct 14, a Thursday, at 2:00 PM, not 3:00 PM."
    assert day_verdict("is the next lab thursday at 10", LAB, [moment])[0] is False
    at_three = [weekday(THURSDAY), TimePhrase("time", 0, 1, time=dt.time(15, 0))]
    assert day_verdict("is the next lab at 3 on thursday", LAB, at_three) == (False, late)
    # a bare hour the time reader leaves unread is read here, AM or PM
    bare = "it is on Thu Oct 14, a Thursday, at 2:00 PM, not 3:00."
    assert day_verdict("is the next lab at 3 on thursday", LAB, [weekday(THURSDAY)]) == (False, bare)
    assert day_verdict("next lab starts at 2 right", LAB, [])[0] is True
    assert day_verdict("is the next lab at 2 or 3", LAB, []) is None


@pytest.mark.parametrize(
    ("question", "times"),
    [
        ("the next lab isn't on thursday right", [weekday(THURSDAY)]),  # a "not" reads both ways
        ("is there a lab on thursday", [weekday(THURSDAY)]),  # whether one exists, not when the next is
        ("is the next lab before thursday", [weekday(THURSDAY, relation="before")]),  # a bound
        ("is the next lab thursday or monday", [weekday(THURSDAY), weekday(MONDAY)]),  # two days
        ("is the next lab this week", [TimePhrase("range", 0, 1, first=THURSDAY, last=MONDAY)]),  # a span
        ("next lab is thursday right?", []),  # no day stated
    ],
)
def test_no_belief_of_one_day_about_the_card_is_left_alone(question, times):
    assert day_verdict(question, LAB, times) is None


def test_a_lead_on_two_days_or_one_sections_meeting_decides_nothing():
    two = Answer(title="Next lab", lines=(text(Stamp(START), " and ", Stamp(START + dt.timedelta(days=1))),))
    assert day_verdict("next lab is thursday right?", two, [weekday(THURSDAY)]) is None
    one_section = Answer(title="Next lab", lines=(*LAB.lines, text("Section B2.")))
    assert day_verdict("next lab is thursday right?", one_section, [weekday(THURSDAY)]) is None
    assert day_verdict("im in b2, next lab is thursday right?", one_section, [weekday(THURSDAY)])[0] is True


def test_a_recurring_meeting_says_no_only_of_its_next_one():
    """ "is lab on monday" of a lab shown by its next one: another week's lab may be on Monday, so no No; a Yes to the
    lead's own day still holds."""
    assert day_verdict("is lab on monday", LAB, [weekday(MONDAY)]) is None
    assert day_verdict("is lab on thursday", LAB, [weekday(THURSDAY)])[0] is True
    assert day_verdict("is lab at 3", LAB, []) is None  # a clock alone, of no one meeting


def test_a_clock_of_another_day_told_is_left_alone():
    """ "is the next lab during the break at 2": the clock of a day told, which the lead is not."""
    assert day_verdict("is the next lab during the break at 2", LAB, []) is None
    assert day_verdict("is the next lab on the day of the exam at 2", LAB, []) is None


def test_a_schedule_rows_date_is_a_lead_without_a_clock():
    """ "Fri Oct 15: Lab 5": the row's date is checked; a clock claimed of it is not."""
    row = Answer(title="Next lab", lines=(("Fri Oct 15: Lab 5 · handout",), ("The time is not on the course page.",)))
    friday = dt.date(2027, 10, 15)
    assert day_verdict("next lab is friday right", row, [weekday(friday)]) == (True, "it is on Fri Oct 15, a Friday.")
    assert day_verdict("next lab is on oct 14 right", row, [date(THURSDAY)])[0] is False
    assert day_verdict("next lab is friday at 2 right", row, [weekday(friday)]) is None


def test_a_part_of_the_day_is_no_clock():
    """ "is the next lab tomorrow morning": the time reader's noon for "morning" is no clock the student typed."""
    noon = TimePhrase("moment", 0, 1, first=THURSDAY, last=THURSDAY, time=dt.time(12, 0))
    assert day_verdict("is the next lab thursday morning", LAB, [noon]) is None
    assert day_verdict("next lab is thursday night at 6 30 right?", LAB, [noon]) is None
