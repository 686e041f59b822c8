"""A timed quiz's window opening is announced once, at its opening time, in place of a release post the same day."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from bot.announce.planner import AnnounceConfig, plan
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from tests.conftest import FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"


def _releases(course, first: str, last: str):
    start = dt.datetime.fromisoformat(first).replace(tzinfo=course.tz)
    end = dt.datetime.fromisoformat(last).replace(tzinfo=course.tz)
    return [i for i in plan(course, AnnounceConfig(), start, end) if i.kind == "release"]


def test_an_opening_on_its_release_day_is_one_post_at_its_time():
    """Quiz 5 is released and opens Thu Feb 26 at 8:00 AM: one post then, saying it is open and its limit."""
    course = load_course(CHEM)
    quiz5 = [i for i in _releases(course, "2026-02-20T00:00", "2026-03-02T00:00") if ":quiz5:" in i.key]
    assert len(quiz5) == 1
    (post,) = quiz5
    assert post.at == dt.datetime(2026, 2, 26, 8, 0, tzinfo=course.tz)
    said = answer_text(post.build(), course.tz, post.at)
    assert "Quiz 5 is open from Thu Feb 26, 8:00 AM" in said
    assert "20 minutes once you start" in said


def test_an_opening_on_another_day_keeps_the_release_post(tmp_path: Path):
    """A quiz released Monday and opening Thursday (its day only): the release post and an opening post that
    morning, each once."""
    folder = Path(shutil.copytree(CHEM, tmp_path / "chem"))
    path = folder / "assignments.toml"
    path.write_text(
        path.read_text().replace(
            "release = 2026-02-26\nopens = 2026-02-26T08:00:00", "release = 2026-02-23\nopens = 2026-02-26"
        )
    )
    course = load_course(folder)
    quiz5 = [i for i in _releases(course, "2026-02-20T00:00", "2026-03-02T00:00") if ":quiz5:" in i.key]
    assert [(i.at.date().isoformat(), ":opens" in i.key) for i in quiz5] == [
        ("2026-02-23", False),
        ("2026-02-26", True),
    ]
    assert "opens today (Thu Feb 26)" in answer_text(quiz5[1].build(), course.tz, quiz5[1].at)


def test_a_course_without_openings_plans_as_before(second_course):
    """No `opens` in STAT 187: no opening post at all."""
    items = _releases(second_course, "2024-08-20T00:00", "2024-12-20T00:00")
    assert items
    assert not any(":opens" in i.key for i in items)
