"""A weekday named beside one piece of work in a yes/no ("hw2 due on thursday?", "quiz 4 still closes friday
yeah?") is checked against that work's own deadline week, and the answer opens with Yes or No from its dates."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from tests.conftest import FIXTURES, REPO
from tests.understand.conftest import first_line, reply

STAT = load_course(REPO / "data" / "stat-187-f24")
CHEM = load_course(FIXTURES / "courses" / "chem-1310-s26")


def _first_line(course, question: str, when: str) -> str:
    return first_line(reply(course, question, when)[1])


@pytest.mark.parametrize(
    ("course", "when", "question", "starts", "shows"),
    [
        (STAT, "2024-10-01T10:00", "ps4 due on thursday?", "No:", "Fri Oct 18"),
        (STAT, "2024-10-01T10:00", "ps5 still due friday at 5 yeah?", "Yes:", "Fri Nov 1"),
        (STAT, "2024-10-01T10:00", "proposal due monday?", "No:", "Fri Oct 4"),
        (STAT, "2024-10-01T10:00", "ps6 due friday?", "Yes:", "Fri Nov 8"),
        (CHEM, "2026-02-10T10:00", "quiz 4 closes friday?", "Yes:", "Fri Feb 13"),
        (CHEM, "2026-02-10T10:00", "quiz 4 still closes thursday right?", "No:", "Fri Feb 13"),
        (CHEM, "2026-02-10T10:00", "ps5 due on saturday?", "No:", "Sun Mar 1"),
        # closed work asked in the present keeps the coming weekday: it was due before then
        (CHEM, "2026-02-10T10:00", "quiz 3 closes friday?", "No:", "Fri Feb 6"),
        (CHEM, "2026-02-10T10:00", "was quiz 3 due friday", "Yes:", "Fri Feb 6"),
    ],
)
def test_weekday_beside_work_is_its_own_week(course, when: str, question: str, starts: str, shows: str) -> None:
    """The verdict comes from the item's own due day, never from the coming weekday."""
    line = _first_line(course, question, when)
    assert line.startswith(starts), line
    assert shows in line, line


def test_a_clock_change_with_the_wrong_weekday_is_no() -> None:
    """A stated time that is right across a change of clocks is still No when the weekday named is not its day."""
    line = _first_line(CHEM, "ps4 still due saturday at 10 even after the clocks change right?", "2026-02-10T10:00")
    assert line.startswith("No:"), line
    assert "Sun Feb 15" in line


@pytest.mark.parametrize(
    ("question", "starts", "shows"),
    [
        ("is the midterm 2 review session on tuesday", "Yes:", "Tue Mar 31"),
        ("is the exam review session for midterm 2 on monday", "No:", "Mon Mar 30"),
    ],
)
def test_a_weekday_beside_a_session_held_for_an_exam_is_that_sessions_week(question, starts, shows) -> None:
    """ "is the final review session on sunday": the Sunday of the sessions held for that exam, not the coming one."""
    line = _first_line(CHEM, question, "2026-02-10T10:00")
    assert line.startswith(starts), line
    assert shows in line, line
