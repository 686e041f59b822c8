"""'is lecture on thursday at 1': Yes or No from the time that day's meeting starts, a bare hour read either half."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.core.answer import Answer
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.answering.handle_schedule import at_the_time

STAT = load_course(Path(__file__).resolve().parents[3] / "data" / "stat-187-f24")
THURSDAY = dt.date(2024, 10, 3)
NOW = STAT.at(dt.date(2024, 10, 1), dt.time(10, 0))


def _first_line(found: Answer | None) -> str:
    assert found is not None
    return answer_text(found, STAT.tz, NOW).splitlines()[2]


def test_a_bare_hour_of_the_other_half_is_no():
    """Lecture starts at 11:00 AM: "at 1" (1:00 or 13:00) is No, "at 11" Yes."""
    empty = Answer(title="Lectures on Thu Oct 3")
    assert _first_line(at_the_time(STAT, THURSDAY, "lecture", None, dt.time(1, 0), empty, either_half=True)).startswith(
        "No: on Thu Oct 3 it starts at 11:00 AM"
    )
    assert _first_line(
        at_the_time(STAT, THURSDAY, "lecture", None, dt.time(11, 0), empty, either_half=True)
    ).startswith("Yes: it starts at 11:00 AM")


def test_a_bare_hour_matches_the_afternoon_start():
    """Section 1F starts at 2:00 PM: "at 2" typed without pm is Yes; 2:00 AM taken as typed is No."""
    empty = Answer(title="Discussion sections on Thu Oct 3")
    assert _first_line(
        at_the_time(STAT, THURSDAY, "discussion", "1F", dt.time(2, 0), empty, either_half=True)
    ).startswith("Yes: it starts at 2:00 PM")
    assert _first_line(at_the_time(STAT, THURSDAY, "discussion", "1F", dt.time(2, 0), empty)).startswith("No:")
