"""The week a kind of meeting starts, asked as a yes/no ("do tutes start in week 1?"): decided from the first meeting
the data holds, in course weeks, and said with its day."""

from __future__ import annotations

import pytest

from bot.understand.meetings.first_week import first_week_verdict
from tests.conftest import local


@pytest.mark.parametrize(
    ("question", "kind", "section", "yes"),
    [
        ("do tutes start in week 1?", "tutorial", None, True),
        ("do tutorials start in week 2", "tutorial", None, False),
        ("does the tutorial begin in the first week", "tutorial", None, True),
        ("do seminars start in wk 1", "seminar", None, True),
        ("does the t3 tutorial start this week", "tutorial", "T3", True),
        ("does the t3 tutorial start next week", "tutorial", "T3", False),
    ],
)
def test_the_first_meeting_s_week_decides(hist, question, kind, section, yes):
    found = first_week_verdict(hist, question, local(hist, "2024-09-30T09:00"), kind, section)
    assert found is not None
    assert found[0] is yes
    assert "week 1" in found[1]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("when do tutorials start", "tutorial"),  # no week asked: the first meeting answers it
        ("is there a tutorial in week 2", "tutorial"),  # held that week, not started
        ("do classes start in week 1", "class"),  # no one kind
        ("do tutorials start in week 1", None),
    ],
)
def test_other_questions_are_left_alone(hist, question, kind):
    assert first_week_verdict(hist, question, local(hist, "2024-09-30T09:00"), kind, None) is None


def test_a_kind_without_meetings_decides_nothing(hist):
    assert (
        first_week_verdict(hist, "does the review start in week 3", local(hist, "2024-09-30T09:00"), "review", None)
        is None
    )
