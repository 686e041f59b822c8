""" "the last one" after an item of a series is the last of that series (bot.understand.work.one_of_series)."""

from __future__ import annotations

from tests.understand.conftest import reply


def test_the_last_one_after_a_numbered_item_is_the_last_of_its_series(course, stat):
    result, said = reply(course, "whens the 2nd homework due & when is the last one due", "2024-02-12 10:00")
    assert [p.intent for p in result.parts] == ["assignment_due", "next_due"]
    assert list(result.parts[0].slots["assignments"]) == ["hw2"]
    assert "HW5" in said.split("Last deadline")[-1]
    result, said = reply(stat, "when is ps2 due and when is the last one due", "2024-10-01 10:00")
    assert [p.intent for p in result.parts] == ["assignment_due", "next_due"]
    assert "PS7" in said.split("Last deadline")[-1]


def test_an_item_asked_about_again_is_still_that_item(course):
    result, _ = reply(course, "when is hw2 due and is it late if i submit at midnight", "2024-02-12 10:00")
    assert all("hw2" in (p.slots.get("assignments") or ("hw2",)) for p in result.parts)
