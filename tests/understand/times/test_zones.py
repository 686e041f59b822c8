"""Time zones a student asks a time in."""

from __future__ import annotations

import pytest

from bot.understand.times.zones import zone_asked


@pytest.mark.parametrize(
    ("question", "zone"),
    [
        ("what time is hw3 due in pacific time", "America/Los_Angeles"),
        ("when is it due in est", "America/New_York"),
        ("deadline in UTC?", "UTC"),
        ("when is it due for india", "Asia/Kolkata"),
        ("what time is that in central time", "America/Chicago"),
    ],
)
def test_zone_words(question, zone):
    found = zone_asked(question)
    assert found is not None
    assert found[1].key == zone


@pytest.mark.parametrize("question", ["when is hw3 due", "is it due at 5pm", "what is in the politics lecture"])
def test_no_zone(question):
    assert zone_asked(question) is None
