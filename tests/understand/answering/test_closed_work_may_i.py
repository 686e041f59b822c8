"""Work told as closed (or its deadline told as a day gone by), then "can i still do it": No or Yes first from its
close and the late rule, never the card alone, and the day told is never read as a hand-in day."""

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
        (CHEM, "2026-02-21T10:00", "quiz 4 shut last week and i forgot, may i still take it", "No:", "not accepted"),
        (CHEM, "2026-02-21T10:00", "q4 ended and i never did it, could i still do it?", "No:", "Fri Feb 13"),
        (CHEM, "2026-02-10T10:00", "q3 closed friday and i forgot about it, could i still take it", "No:", "Fri Feb 6"),
        (STAT, "2024-10-14T10:00", "ps3 was due friday and i forgot can i still turn it in", "No:", "Oct 13"),
        (STAT, "2024-10-12T10:00", "ps3 was due friday and i forgot can i still turn it in", "Yes:", "Oct 13"),
        (STAT, "2024-10-12T10:00", "ps3 was due friday, can i still hand it in on monday", "No:", "Mon Oct 14"),
    ],
)
def test_closed_work_asked_if_it_can_still_be_done(course, when, question, starts, shows) -> None:
    """The verdict comes from the item's close and its late rule."""
    line = _first_line(course, question, when)
    assert line.startswith(starts), line
    assert shows in line, line
