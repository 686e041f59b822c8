"""Late what-ifs on a name several sections' work shares: each one's outcome, never one taken silently."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.understand.engine import read_question
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


def _shared(course):
    """Two pieces of work sharing a name word, each for one section."""
    by_section = [a for a in course.assignments if len(a.sections) == 1]
    return next((a, b) for a in by_section for b in by_section if a.kind == b.kind and a.sections != b.sections)


def test_each_section_s_work_is_answered_and_no_verdict_when_they_differ(geo):
    first, second = _shared(geo)
    now = parse_now("2025-05-10T10:00", geo.tz)
    between = first.due + (second.due - first.due) / 2  # late for one, on time for the other
    asked = f"if i submit the field log on {between:%B %d} at {between:%H:%M} is it late"
    result = read_question(geo, asked, now)
    shown = answer_text(result.answer, geo.tz, now)
    assert first.title in shown
    assert second.title in shown
    assert not shown.splitlines()[2].startswith(("Yes", "No"))


def test_a_section_given_takes_its_own_work(geo):
    first, _ = _shared(geo)
    now = parse_now("2025-05-10T10:00", geo.tz)
    result = read_question(geo, "if i submit the field log at 7pm wednesday is it late", now, section=first.sections[0])
    shown = answer_text(result.answer, geo.tz, now)
    assert first.title in shown
    assert shown.splitlines()[2].startswith(("Yes", "No"))
