"""The calendar export says when a deadline's work is not accepted late (its own late rule)."""

from __future__ import annotations

from icalendar import Calendar

from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from tests.conftest import FIXTURES

CHEM = load_course(FIXTURES / "courses" / "chem-1310-s26")


def _description(summary_end: str) -> str:
    now = CHEM.at(CHEM.term_first, CHEM.default_due_time)
    cal = Calendar.from_ical(build_calendar(CHEM, include={"deadlines"}, now=now))
    return next(str(e["DESCRIPTION"]) for e in cal.walk("VEVENT") if str(e["SUMMARY"]).endswith(summary_end))


def test_quiz_and_prelab_events_say_not_accepted_late():
    """Quizzes and pre-labs: slip days do not apply and the work is not accepted late; a problem set: neither."""
    for summary in (" Q6 due", " Pre-lab 6 due"):
        assert "Slip days do not apply.\nNot accepted late." in _description(summary)
    problem_set = _description(" PS6 due")
    assert "Slip days apply." in problem_set
    assert "Not accepted late" not in problem_set
