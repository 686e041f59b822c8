"""A person's session asked about on a day it is off: the other sessions the page gives them that week, outside their
weekly ones, beside the No (bot.understand.people.in_place_of)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.course.model import OfficeHoursChange
from bot.understand.people.in_place_of import sessions_in_place_of
from tests.conftest import local
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.fixture(scope="module")
def chem_with_extra():
    """CHEM 1310 where Dr. Okafor, away on Thu Feb 26, holds an extra session on Tue Feb 24 (a copy)."""
    chem = course_in(CHEM)
    extra = OfficeHoursChange(
        person="dana-okafor",
        kind="extra",
        first=dt.date(2026, 2, 24),
        last=dt.date(2026, 2, 24),
        reason="in place of Thursday's",
        start=dt.time(9),
        end=dt.time(10),
        location="Kessler Hall 315",
    )
    return dataclasses.replace(chem, oh_changes=(*chem.oh_changes, extra))


@pytest.mark.parametrize(
    "question", ["is okafor's office hour on thursday feb 26 still happening", "does dr okafor have oh on feb 26"]
)
def test_the_other_session_that_week_is_shown_beside_the_no(chem_with_extra, question):
    """No for the day off, then the extra session that week, whose day and time a student needs."""
    _, said = reply(chem_with_extra, question, "2026-02-20 10:00")
    assert first_line(said).startswith("No"), said
    assert "Also that week:" in said, said
    assert "Tue Feb 24" in said, said


def test_only_sessions_outside_the_weekly_ones_and_still_to_come(chem_with_extra):
    """A weekly session is no stand-in, and one already over is not shown."""
    who = chem_with_extra.person("dana-okafor")
    day = dt.date(2026, 2, 26)
    found = sessions_in_place_of(chem_with_extra, who, day, local(chem_with_extra, "2026-02-20 10:00"))
    assert [s.start.astimezone(chem_with_extra.tz).date() for s in found] == [dt.date(2026, 2, 24)]
    assert sessions_in_place_of(chem_with_extra, who, day, local(chem_with_extra, "2026-02-25 10:00")) == []
    assert sessions_in_place_of(course_in(CHEM), who, day, local(chem_with_extra, "2026-02-20 10:00")) == []
