"""Extra help-hours sessions "before the exam": those of the exam's own day that end before it starts count."""

from __future__ import annotations

import shutil

from bot.course.loader import load_course
from tests.conftest import FIXTURES
from tests.understand.conftest import reply

CHEM = FIXTURES / "courses" / "chem-1310-s26"  # Midterm 1: Thu Feb 19, 2026, 6:30 PM

_SAME_DAY = """
[[office_hours_change]]
person = "dana-okafor"
kind = "extra"
date = 2026-02-19
start = {start}
end = {end}
location = "Kessler Hall 315"
reason = "Extra office hours"
"""


def test_the_exam_days_sessions_before_its_start_count(tmp_path):
    folder = tmp_path / "chem"
    shutil.copytree(CHEM, folder)
    staff = folder / "staff.toml"
    morning = _SAME_DAY.format(start="12:00:00", end="14:00:00")
    evening = _SAME_DAY.format(start="19:00:00", end="20:00:00")
    staff.write_text(staff.read_text() + morning + evening)
    course = load_course(folder)
    _, said = reply(course, "are there any extra office hours before midterm 1", "2026-02-16 10:00")
    assert "Wed Feb 18" in said
    assert "Thu Feb 19, 12:00 PM" in said
    assert "7:00 PM" not in said  # after the exam has begun
