"""Asking whether using a late unit needs the student to contact someone first, and what is no such question."""

from __future__ import annotations

import pytest

from bot.understand.late.pool_use_notice import asks_notice_to_use


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("do i need to email someone to use a late day", True),
        ("do i have to let my tutor know before i spend a token", True),
        ("must i notify the office to apply a flex day", True),
        ("do we need to message the TA if we use a slip day", True),
        ("do i need to tell anyone before using a late token", True),  # the use said with -ing
        ("should we ping the ta before taking a slip day", True),
        ("can i use 2 late days on ps3", False),
        ("do i need to email the prof about my grade", False),
        ("how many late days can i use", False),
    ],
)
def test_asks_notice_to_use(question: str, asked: bool) -> None:
    assert asks_notice_to_use(question) is asked
