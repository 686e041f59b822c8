"""Office hours held remotely whose link the page leaves out read as such, never as "Remote (unknown)"."""

from __future__ import annotations

import datetime as dt

from bot.course.model import OfficeHours


def test_a_remote_slot_with_an_unknown_link_says_the_link_is_not_on_the_page():
    slot = OfficeHours(
        weekday=4,
        start=dt.time(9),
        end=dt.time(10),
        first=dt.date(2025, 3, 10),
        last=dt.date(2025, 6, 13),
        remote=True,
        link="unknown",
    )
    assert slot.where == "Remote (the link is not on the course page)"
