"""The deadline moved by the late units a student would spend, capped as the course caps them."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.answering.asked import Asked
from bot.understand.late.pool_deadline import moved_deadline, units_to_spend
from tests.conftest import FIXTURES, local

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")


def _asked(course, question: str, when: str) -> Asked:
    return Asked(course, local(course, when), None, None, None, False, question)


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("if i use a token on essay 1", 1),
        ("using both my late tokens on essay 2", 2),
        ("if i spend 2 late tokens on the essays", 2),
        ("with one token", 1),
        ("what is a token", None),
    ],
)
def test_units_to_spend(question: str, units) -> None:
    assert units_to_spend(HIST.late.pool, question) == units


def test_one_token_moves_the_deadline_a_day() -> None:
    asked = _asked(HIST, "if i use a token on essay 1, whats my new deadline", "2024-10-23T13:00")
    answer = moved_deadline(asked, [HIST.assignment("essay1")])
    assert answer is not None
    shown = answer_text(answer, HIST.tz, asked.now)
    assert "Sat Oct 26, 12:00 PM BST" in shown
    assert "24 hours" in shown


def test_more_than_the_cap_is_capped_and_said() -> None:
    asked = _asked(HIST, "if I use both tokens on essay 2 when is it due then", "2024-10-23T13:00")
    shown = answer_text(moved_deadline(asked, [HIST.assignment("essay2")]), HIST.tz, asked.now)
    assert "At most 1 late token" in shown
    assert "Sat Nov 23, 12:00 PM GMT" in shown


def test_a_pool_in_hours() -> None:
    asked = _asked(GEO, "if i use 48 flex hours on sheet 2 whats my new deadline", "2025-03-28T15:00")
    shown = answer_text(moved_deadline(asked, [GEO.assignment("sheet2")]), GEO.tz, asked.now)
    assert "Wed Apr 2, 12:00 PM CEST" in shown


def test_work_the_pool_does_not_cover_stays_due() -> None:
    asked = _asked(HIST, "using a late token on the proposal, what's my new deadline", "2024-10-23T13:00")
    shown = answer_text(moved_deadline(asked, [HIST.assignment("proposal")]), HIST.tz, asked.now)
    assert "do not apply" in shown
    assert "Mon Dec 2, 5:00 PM GMT" in shown


def test_not_asked(second_course) -> None:
    """No deadline asked, or no pool in the course: nothing moved."""
    asked = _asked(HIST, "if i use a token on essay 1 do i need to tell anyone", "2024-10-23T13:00")
    assert moved_deadline(asked, [HIST.assignment("essay1")]) is None
    ps3 = second_course.assignment("ps3")
    asked = _asked(second_course, "if i use a slip day on ps3 whats my new deadline", "2024-10-01T10:00")
    assert moved_deadline(asked, [ps3]) is None
