"""Class meetings missed, with the exam only in what is asked ("i missed two tutorials, can i still sit the exam"):
never answered with what happens when the exam itself is missed (bot.understand.meetings.missed_meeting; hostile4
14)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.missed_meeting import missed_meetings
from tests.understand.conftest import course_in, reply


class _M:
    def __init__(self, kind: str, start: int) -> None:
        self.kind, self.start = kind, start


def test_what_was_missed_is_the_meeting_named_after_the_word():
    tokens = ["i", "missed", "two", "tutorials", "can", "i", "still", "sit", "the", "exam"]
    assert missed_meetings(tokens, [_M("kind", 3), _M("exam", 9)])
    tokens = ["if", "i", "miss", "the", "final", "tutorial"]
    assert not missed_meetings(tokens, [_M("exam", 4), _M("kind", 5)])
    assert not missed_meetings(["what", "if", "i", "miss", "the", "exam"], [_M("exam", 5)])


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        (
            "tests/fixtures/courses/geo-2210-s25",
            "i missed two practicals, can i still take the klausur",
            "2025-05-06 10:00",
        ),
        ("tests/fixtures/courses/chem-1310-s26", "i missed two labs, can i still take the final", "2026-03-04 14:00"),
    ],
)
def test_missed_meetings_are_not_a_missed_exam(folder, question, now):
    _, said = reply(course_in(folder), question, now)
    assert not said.startswith("Missing"), said


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        ("tests/fixtures/courses/geo-2210-s25", "what happens if i miss the klausur", "2025-05-06 10:00"),
        ("tests/fixtures/courses/chem-1310-s26", "i missed the final because i was sick", "2026-03-04 14:00"),
    ],
)
def test_a_missed_exam_is_still_the_missed_exam(folder, question, now):
    _, said = reply(course_in(folder), question, now)
    assert said.startswith("Missing"), said
