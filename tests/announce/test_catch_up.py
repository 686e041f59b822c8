"""Catching up after downtime or a refused post: one late copy at most, never just before the next reminder."""

from __future__ import annotations

import pytest

from bot.announce.planner import AnnounceConfig, catch_up, plan
from tests.conftest import at, plain

TERM = (at("2024-01-01 00:00"), at("2024-06-01 00:00"))
# HW4 Part A is due Wed Mar 13 11:59 PM: reminders at Mon 11:59 PM (48 h), Tue 11:59 PM (24 h), Wed 9:59 PM (2 h).
H48, H24, H2 = "deadline:hw4a:2880m:channel", "deadline:hw4a:1440m:channel", "deadline:hw4a:120m:channel"


def hw4a(course):
    return [i for i in plan(course, AnnounceConfig(kinds=frozenset({"deadline"})), *TERM) if "hw4a" in i.key]


@pytest.mark.parametrize(
    ("now", "done", "updates", "posted"),
    [
        # 23 h late and the 24 h reminder in 59 minutes: the late 48 h copy gives way to it
        ("2024-03-12 23:00", (), (), []),
        # 6 h late, the next one 18 h away: the late copy is worth sending
        ("2024-03-12 06:00", (), (), [H48]),
        # exactly half way: the late copy still goes (it is not nearer the next one)
        ("2024-03-12 11:59", (), (), [H48]),
        # the 24 h reminder went out while the 48 h one waited (a refused post tried again): nothing older follows it
        ("2024-03-13 00:30", (H24,), (), []),
        # the data moved the date: the late copy says so, and is news even just before the next reminder
        ("2024-03-12 23:00", (), (H48,), [H48]),
        # everything missed and the deadline still ahead: only the newest one
        ("2024-03-13 22:30", (), (), [H2]),
    ],
)
def test_a_late_copy_goes_out_only_when_it_adds_something(course, now, done, updates, posted):
    """Of a group's missed items only the newest goes late, none after a newer one, none just before the next."""
    items, moment = hw4a(course), at(now)
    finished = [i for i in items if plain(i.key) in done]
    waiting = [i for i in items if i not in finished and i.at <= moment]
    upcoming = [i for i in items if i.at > moment]
    keep = {i.key for i in waiting if plain(i.key) in updates}
    post, skip = catch_up(waiting, moment, done=finished, upcoming=upcoming, updates=keep)
    assert [plain(i.key) for i in post] == posted
    assert {i.key for i in post} | {i.key for i in skip} == {i.key for i in waiting}
