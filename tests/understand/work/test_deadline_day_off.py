"""'ps8 gets moved bc of bonifacio day right?': a day off named with a deadline asked moved; No with both days unless
the work is due on the day off itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.understand.work.deadline_day_off import day_off_name, day_off_verdict, days_off_asked
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_a_day_off_s_name_drops_the_schedule_s_remarks() -> None:
    """The name a student says, not the row's remarks."""
    assert day_off_name("Bonifacio Day (regular holiday; no classes)") == "Bonifacio Day"
    assert day_off_name("Spring break") == "Spring break"


def test_the_day_off_named_with_a_move_is_read_and_no_other_question_is() -> None:
    """A move asked with the day off's name, or "the holiday" near the due day; never without a word of moving."""
    chem = course_in(CHEM)
    ps7 = chem.assignment("ps7")
    named = days_off_asked(chem, "is ps7 moved because of spring break?", ps7)
    assert {name for _, name in named} == {"Spring break"}
    assert days_off_asked(chem, "when is ps7 due, before spring break?", ps7) == []
    near = days_off_asked(chem, "does ps7 get pushed back for the holiday", ps7)
    assert near
    assert all(abs(day - dt.date(2026, 3, 15)) <= dt.timedelta(days=3) for day, _ in near)


def test_no_when_the_day_off_is_not_the_due_day_and_no_verdict_when_it_is() -> None:
    """The page's deadline holds; on the day off itself the page is silent on a move."""
    chem = course_in(CHEM)
    ps7 = chem.assignment("ps7")
    yes, said = day_off_verdict(chem, ps7, [(dt.date(2026, 3, 16), "Spring break")])
    assert yes is False
    assert "Spring break is Mon Mar 16" in "".join(p for p in said if isinstance(p, str))
    on_it = replace(ps7, due=dt.datetime(2026, 3, 16, 22, 0, tzinfo=chem.tz))
    yes, said = day_off_verdict(chem, on_it, [(dt.date(2026, 3, 16), "Spring break")])
    assert yes is None
    assert "does not say it moves" in "".join(p for p in said if isinstance(p, str))


def test_the_engine_says_no_with_the_deadline() -> None:
    """The student sees No and the due moment."""
    chem = course_in(CHEM)
    _, said = reply(chem, "is ps7 moved because of spring break?", "2026-03-02 10:00")
    assert first_line(said).startswith("No"), said
    assert "Sun Mar 15, 10:00 PM" in said
