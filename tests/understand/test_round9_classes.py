"""Issue 12, round 9: "when and where is the <meeting>" is one question, answered with the day, time and room."""

from __future__ import annotations

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import _pieces, read_question
from tests.conftest import FIXTURES, local


def test_when_and_where_is_one_question():
    geo = load_course(FIXTURES / "courses" / "geo-2210-s25")
    assert _pieces("when and where is the plenary") == ["when and where is the plenary"]
    assert len(_pieces("when is hw3 due and where do i go")) == 2
    clock = local(geo, "2025-03-20T10:00")
    shown = answer_text(read_question(geo, "when and where is the plenary", clock).answer, geo.tz, clock)
    assert "H 0104" in shown
    assert "Not answered" not in shown
