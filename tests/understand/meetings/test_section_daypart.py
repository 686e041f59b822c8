"""A section named by a part of the day ("the evening section") is that section, not a time of day."""

from __future__ import annotations

import dataclasses

from tests.understand.conftest import reply


def test_a_daypart_section_alias_names_the_section(stat):
    sections = tuple(
        dataclasses.replace(s, aliases=(*s.aliases, "evening section")) if s.id == "1C" else s for s in stat.sections
    )
    course = dataclasses.replace(stat, sections=sections)
    for question in ("what time is the evening section", "where is the evening section"):
        _, said = reply(course, question, "2024-10-14 10:00")
        assert "Discussion 1C" in said
        assert "Quarry Hall 79" in said


def test_a_daypart_before_a_meeting_is_still_a_time(stat):
    result, said = reply(stat, "office hours on wednesday evening", "2024-10-14 10:00")
    assert result.parts[0].slots.get("window")  # the evening is still a window of time
    assert "Hana Okafor" in said  # hers are 5-6:30 PM on Wednesdays, the only ones in the evening
    assert "Priya Raman" not in said
