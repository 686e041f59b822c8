"""A due moment the student states and asks to confirm, answered from the real one on every course: never read as a
moment they would hand the work in."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.work.confirm_due import stated_due_day
from tests.conftest import FIXTURES, local

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")


def _first_line(course, question: str, when: str) -> str:
    now = local(course, when)
    return answer_text(read_question(course, question, now).answer, course.tz, now).splitlines()[2]


@pytest.mark.parametrize(
    ("question", "starts", "shows"),
    [
        ("essay one is due friday at midnight right?", "No:", "12:00 PM BST"),
        ("essay 1 is due at noon on friday, right?", "Yes:", "12:00 PM BST"),
        ("is essay 2 due at 5 like the proposal", "No:", "12:00 PM GMT"),
        ("is the proposal still due at 5pm?", "Yes:", "5:00 PM GMT"),
    ],
)
def test_hist(question: str, starts: str, shows: str) -> None:
    line = _first_line(HIST, question, "2024-10-23T13:00")
    assert line.startswith(starts)
    assert shows in line


def test_a_stated_midnight_says_how_it_was_read() -> None:
    line = _first_line(HIST, "essay 1 due friday at midnight right?", "2024-10-23T13:00")
    assert "end of Friday" in line


def test_a_choice_of_times_gets_the_real_one_without_yes_or_no() -> None:
    line = _first_line(HIST, "is essay 1 due at noon or midnight?", "2024-10-23T13:00")
    assert not line.startswith(("Yes", "No"))
    assert "12:00 PM BST" in line


def test_several_items_at_one_time() -> None:
    """ "is sheet 2 due at 12 like sheet 1": both are, so Yes."""
    line = _first_line(GEO, "is sheet 2 due at 12 like sheet 1", "2025-03-26T10:00")
    assert line.startswith("Yes:")


def test_an_assumed_time_is_no_yes_or_no(course) -> None:
    """10-605 gives dates only: the time asked about is not confirmed either way."""
    line = _first_line(course, "hw4a is due tonight at midnight right?", "2024-03-13T14:30")
    assert not line.startswith(("Yes", "No"))


def test_a_submission_is_still_a_what_if() -> None:
    line = _first_line(HIST, "if i hand essay 1 in friday at 3pm is that late", "2024-10-23T13:00")
    assert line.startswith("Yes:")


def test_a_stated_zone_is_confirmed_in_that_zone(second_course) -> None:
    """STAT 187 PS6 is due 5 PM Pacific: "8pm eastern" on Nov 8 is Yes, on Nov 9 is No; never a what-if."""
    yes = _first_line(second_course, "ps6 is due nov 8 at 8pm eastern right?", "2024-10-01T10:00")
    assert yes.startswith("Yes:")
    no = _first_line(second_course, "ps6 is due nov 9 at 8pm eastern right?", "2024-10-01T10:00")
    assert no.startswith("No:")
    assert "Fri Nov 8" in no


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        ("clocks go back sunday, is essay 1 still due friday at 12", "Yes:"),
        ("clocks go back sunday, is essay 1 still due saturday at 12", "No: Essay 1 is due Fri Oct 25"),
    ],
)
def test_the_day_of_the_clock_change_is_not_the_works_day(question: str, starts: str) -> None:
    """ "clocks go back sunday, is essay 1 still due friday": Sunday is the change's day, Friday the one to check."""
    assert _first_line(HIST, question, "2024-10-23T13:00").startswith(starts)


def test_a_bare_weekday_of_the_works_own_due_day_is_that_day() -> None:
    """ "q1 was due on a friday right" after it closed, or asked of work still due: its own Friday, not the coming
    one; asked in the present after it closed, the coming one (its answer says when it was due)."""
    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    now = local(chem, "2026-02-10T10:00")
    quiz1, quiz5 = chem.assignment("quiz1"), chem.assignment("quiz5")
    assert str(stated_due_day(chem, "q1 was due on friday right", quiz1, now)) == "2026-01-23"
    assert str(stated_due_day(chem, "q1 is due friday right", quiz1, now)) == "2026-02-13"
    assert str(stated_due_day(chem, "q5 is due friday right", quiz5, now)) == "2026-02-27"
