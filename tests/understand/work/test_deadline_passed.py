"""Whether a question asks if a deadline is already behind the student ("did i miss it"), not when it is."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer
from bot.core.render_text import line_text
from bot.understand.work.deadline_passed import asks_if_passed, passed_verdict
from tests.conftest import at


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("did i miss the hw1 deadline", True),
        ("wait when was the essay due?? did i miss it", True),
        ("have we already missed the lab report deadline", True),
        ("did the vinegar lab report deadline already pass", True),
        ("is the deadline over for ps2", True),
        ("when is hw1 due", False),
        ("i missed lecture, what did we cover", False),
        ("what happens if i miss the deadline", False),
    ],
)
def test_asks_if_passed(question, asks):
    """ "did i miss it" and "did the deadline pass" ask whether it is behind; "if i miss" and "when" do not."""
    assert asks_if_passed(question) is asks


@pytest.mark.parametrize(
    ("now", "opens"),
    [("2024-02-22 10:00", "Yes: HW3 was due Wed Feb 21"), ("2024-02-20 10:00", "No: HW3 is due Wed Feb 21")],
)
def test_passed_verdict_by_now(course, now, opens):
    """A deadline behind `now` is a Yes with when it was due; one ahead, a No with when it is due."""
    moment = at(now)
    answer = passed_verdict(Answer(title="Homework 3"), [course.assignment("hw3")], moment)
    assert line_text(answer.lines[0], course.tz, moment).startswith(opens)
