"""Options offered when unsure: a question per reading, short enough for a Discord button."""

from __future__ import annotations

import pytest

from bot.understand.handlers import HANDLERS
from bot.understand.options import option_label, option_question
from bot.understand.result import Part


@pytest.mark.parametrize("intent", sorted(HANDLERS))
def test_every_intent_has_an_option_question(course, intent):
    """Whatever the reading, picking it asks a real question, and its label fits a button (80 characters)."""
    slots = {
        "assignments": ("hw3",),
        "exam": "exam1",
        "policy": "grace-days",
        "rows": (0,),
        "fact": "meeting_time",
    }
    part = Part("", intent, slots, 5.0, 0.5)
    assert option_question(course, part).strip()
    assert len(option_label(course, part)) <= 80
