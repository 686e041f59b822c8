"""'does lecture start at 11': Yes or No from the one start (or end) every range of the thing's card gives."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.stated_clock import clock_verdict

LECTURES = ["Next:  –  · Hall 100", "Tuesdays and Thursdays 11:00 AM – 12:20 PM · Hall 100 · Dr Vance"]
REASON = "(Tuesdays and Thursdays 11:00 AM – 12:20 PM · Hall 100 · Dr Vance)."


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does lecture start at 11", (True, f"it starts at 11:00 AM {REASON}")),
        ("does the lecture start at 11am?", (True, f"it starts at 11:00 AM {REASON}")),
        ("does lecture begin at 11:30", (False, f"it starts at 11:00 AM {REASON}")),
        ("does lecture start at 11pm", (False, f"it starts at 11:00 AM {REASON}")),
        ("does lecture end at 12:20", (True, f"it ends at 12:20 PM {REASON}")),
        ("is lecture over at 12", (False, f"it ends at 12:20 PM {REASON}")),
        ("is the lecture at 11", (True, f"it starts at 11:00 AM {REASON}")),
        ("is lecture at 10:30am?", (False, f"it starts at 11:00 AM {REASON}")),
    ],
)
def test_the_card_time_decides(question, verdict):
    """A bare hour is read on the card's clock; an hour with AM or PM is taken as typed."""
    assert clock_verdict(question, "Lectures", LECTURES) == verdict


def test_ranges_that_differ_decide_nothing():
    """Sections at different times: no one start to compare with."""
    shown = ["**1A**: Wednesdays 9:00 AM – 9:50 AM · Hall 70", "**1B**: Wednesdays 10:00 AM – 10:50 AM · Hall 70"]
    assert clock_verdict("does section start at 9", "Discussion sections", shown) is None


def test_a_card_of_another_thing_decides_nothing():
    assert clock_verdict("does lab start at 11", "Lectures", LECTURES) is None


def test_a_bound_or_no_clock_is_left():
    """'over by 12' asks a bound, not the time; 'when does it start' asks no Yes or No."""
    assert clock_verdict("is lecture over by 12", "Lectures", LECTURES) is None
    assert clock_verdict("when does lecture start", "Lectures", LECTURES) is None


@pytest.mark.parametrize(
    "question",
    [
        "is lecture on thanksgiving at 11",
        "is the lecture during reading week at 11",
        "is lecture on the day of the midterm at 11",
        "is tomorrow's lecture at 11",
        "does the friday lecture start at 11",
        "is the nov 12 lecture at 11",
        "does the lecture after the break start at 11",
    ],
)
def test_one_days_meeting_is_left(question):
    """A thing told by a day, a span or another thing is that day's meeting: the weekly range does not settle it."""
    assert clock_verdict(question, "Lectures", LECTURES) is None


def test_a_section_named_by_its_number_is_still_read():
    """ "section 1d" names a section, not a date: its card's time still decides."""
    shown = ["Discussion section: Wednesdays 2:00 PM – 2:50 PM · Quarry Hall 79."]
    assert clock_verdict("does section 1d end at 2", "Discussion 1D", shown) == (
        False,
        "it ends at 2:50 PM (Discussion section: Wednesdays 2:00 PM – 2:50 PM · Quarry Hall 79).",
    )


@pytest.mark.parametrize(
    "question",
    [
        "is lecture not at 11",
        "is the final lecture at 11",
        "is lecture on thursday at 11",
        "is lecture tomorrow at 11",
        "is the lecture quiz due at 11",
        "is the lecture before the midterm at 11",
    ],
)
def test_a_thing_narrower_than_the_card_or_a_not_is_left(question):
    """One meeting, another thing named after the card's, or a "not" (Yes would read both ways): the card's weekly
    time does not settle it."""
    assert clock_verdict(question, "Lectures", LECTURES) is None


def test_a_group_named_with_the_thing_is_still_the_card():
    shown = ["Mondays 4:15 PM – 5:05 PM · Lab 2"]
    assert clock_verdict("is group b tutorial at 4:15", "Tutorial B", shown) == (
        True,
        "it starts at 4:15 PM (Mondays 4:15 PM – 5:05 PM · Lab 2).",
    )
