"""Office hours asked of a weekday as a habit (bot.understand.people.weekly_weekday): the weekly slots decide."""

from __future__ import annotations

import pytest

from bot.understand.people.weekly_weekday import weekly_weekday
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("does any of the tas have office hours on mondays", 0),
        ("is anyone around every friday", 4),
        ("each wednesday?", 2),
        ("are there office hours on monday", None),  # the coming Monday
        ("mondays or tuesdays", None),  # two days: not one habit
    ],
)
def test_the_weekday_asked_as_every_weeks(question, day):
    assert weekly_weekday(question) == day


@pytest.mark.parametrize(
    ("question", "now", "opening"),
    [
        # Jun-seo's Friday hour is cancelled on Mar 6, but he holds one every Friday
        ("do any tas have office hours on fridays", "2026-03-04 14:00", "Yes: Jun-seo Park on Fridays."),
        ("are there ta office hours on saturdays", "2026-03-04 14:00", "No: no weekly office hours on Saturdays."),
        # Tomás's Monday slot ends on Mar 13: asked after it, No
        ("do any tas have office hours on mondays", "2026-03-04 14:00", "Yes: Tomás Echeverría on Mondays."),
        ("do any tas have office hours on mondays", "2026-03-20 14:00", "No: no weekly office hours on Mondays."),
    ],
)
def test_weekly_slots_decide_not_the_coming_day(question, now, opening):
    """Yes with whose weekly hours fall that weekday (a cancelled coming day shown after), No with the slots there
    are; a slot that has ended holds none."""
    _, said = reply(course_in(CHEM), question, now)
    assert first_line(said) == opening
