"""The late cutoff keeps the unit the course gave it in: `after_hours = 48` is said "48 hours", `after_days = 2`
"2 days", by the loader and in every answer that names the cutoff."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.core.render_text import answer_text
from bot.course.late_policy import Cutoff
from bot.course.loader import load_course
from bot.understand.engine import answer_question
from tests.conftest import BUNDLED_COURSES, local


@pytest.mark.parametrize(
    ("after", "unit", "text"),
    [
        (dt.timedelta(hours=48), "hours", "48 hours"),
        (dt.timedelta(hours=72), "hours", "72 hours"),
        (dt.timedelta(hours=24), "hours", "24 hours"),
        (dt.timedelta(hours=36), "hours", "36 hours"),
        (dt.timedelta(days=2), "days", "2 days"),
        (dt.timedelta(days=1), "days", "1 day"),
        (dt.timedelta(hours=12), "days", "12 hours"),
        (dt.timedelta(hours=48), "", "2 days"),
    ],
)
def test_cutoff_text_keeps_the_courses_unit(after, unit, text):
    """A whole span reads in the course's unit; a span not whole in it, or with no unit, reads as before."""
    assert Cutoff(after=after, unit=unit).text == text


def course_with_cutoff(tmp_path: Path, course: str, line: str) -> Path:
    """A bundled course's folder with its [late.cutoff] span replaced by `line`."""
    folder = tmp_path / course
    shutil.copytree(BUNDLED_COURSES[course], folder)
    policies = folder / "policies.toml"
    lines = policies.read_text().splitlines()
    start = lines.index("[late.cutoff]")
    at = next(i for i in range(start, len(lines)) if lines[i].startswith(("after_hours", "after_days")))
    lines[at] = line
    policies.write_text("\n".join(lines) + "\n")
    return folder


@pytest.mark.parametrize(
    ("course", "line", "unit", "shown"),
    [
        ("stat-187-f24", "after_hours = 24", "hours", "24 hours"),
        ("stat-187-f24", "after_days = 1", "days", "1 day"),
        ("10-605-s24", "after_hours = 48", "hours", "48 hours"),
        ("10-605-s24", "after_days = 2", "days", "2 days"),
    ],
)
def test_the_loader_keeps_the_unit_and_answers_show_it(tmp_path, course, line, unit, shown):
    """The loaded cutoff carries its unit, and "is there a cap on how late work can be" says the span in it."""
    course_data = load_course(course_with_cutoff(tmp_path, course, line))
    cutoff = course_data.late.cutoff
    assert isinstance(cutoff, Cutoff)
    assert (cutoff.unit, cutoff.text) == (unit, shown)
    now = local(course_data, "2024-02-12 10:00" if course == "10-605-s24" else "2024-10-16 08:00")
    answer = answer_question(course_data, "is there a limit on how late homework can be handed in", now)
    text = answer_text(answer, course_data.tz, now)
    assert f"{shown} late" in text, text
