"""A page sentence bounded in time ("until the due date") decides a question about another time only by comparing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answer import Answer
from bot.core.render_text import answer_text
from bot.understand.answering.replies import verdict
from bot.understand.yes_no import decide
from bot.understand.yes_no.page_claims import claims_for
from bot.understand.yes_no.time_bound import compared

_UNTIL = "You can see your similarity report and resubmit as many times as you like until the due date"


@pytest.mark.parametrize(
    ("question", "reason", "side"),
    [
        ("can i see my similarity report after the deadline", _UNTIL, "opposite"),
        ("can i resubmit before the due date", _UNTIL, "same"),
        ("can i resubmit by the deadline", _UNTIL, "same"),
        ("can i see it after the exam", _UNTIL, "unknown"),
        ("can i resubmit", _UNTIL, ""),
        ("can i resubmit by email", _UNTIL, ""),  # "by email" is no time
        ("can we see the solutions before the deadline", "Solutions are posted after the deadline", "opposite"),
        ("is the lab open during reading week", "The lab is open during reading week", "same"),
    ],
)
def test_how_the_question_time_stands_to_the_bound(question, reason, side):
    """Table: the same side of the same time, the other side, another time, or nothing to compare."""
    assert compared(question, reason) == side


@pytest.mark.parametrize(
    ("question", "yes", "shown"),
    [
        ("can i see my similarity report after the deadline", False, "No"),  # the Yes holds only until the due date
        ("can i see my similarity report before the deadline", True, "Yes"),
        ("can i see my similarity report after the midterm", None, ""),  # another time: no verdict
    ],
)
def test_decide_compares_a_bounded_yes_with_the_time_asked(course, question, yes, shown):
    """A Yes that holds up to a time is a No of the time after it, and no verdict of a time it cannot be set by."""
    claims = claims_for(course)
    said = verdict(Answer(title="Turnitin"), True, f"“{_UNTIL}”")
    out, given = decide(question, said, claims, intent="policy", yes_no=True, unexplained=(), where="ask")
    assert given.yes is yes
    line = answer_text(out, course.tz, dt.datetime(2024, 2, 1, tzinfo=course.tz)).splitlines()[2] if shown else ""
    assert line.startswith(shown)
    assert "until the due date" in str(out.lines)
