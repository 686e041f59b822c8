"""The moment a what-if means: "at 1am tonight" the coming night, "friday at midnight" the end of Friday, a time
already gone today the coming one; a time the student says is past stays past."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.engine import engine_for
from bot.understand.what_if_moment import bare_clock_moment, settled_moment
from tests.conftest import local


def _settled(course, question: str, when: str) -> tuple[dt.datetime, str]:
    now = local(course, when)
    reading = engine_for(course).reader.read(question, now)
    first = next(t for t in reading.times if t.kind in ("moment", "time"))
    day = first.first or now.astimezone(course.tz).date()
    return settled_moment(course, reading, course.at(day, first.time), now)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("if i turn in hw4a at 1am tonight (so thursday) how many grace days", "2024-03-14T01:00"),
        ("what if i submit hw4a tonight at 2am", "2024-03-14T02:00"),
        ("if i submit hw4a at 1am", "2024-03-14T01:00"),
        ("if i submit hw4b thursday at midnight", "2024-03-15T00:00"),
    ],
)
def test_the_moment_meant(course, question: str, expected: str) -> None:
    """Asked Wed Mar 13 at 2:30 PM: each moment is the coming one the words mean."""
    moment, note = _settled(course, question, "2024-03-13T14:30")
    assert moment == local(course, expected)
    assert note  # what was taken is said


def test_an_evening_named_with_a_small_hour_is_after_it(course) -> None:
    """ "tomorrow night at 2am": the small hours after tomorrow evening."""
    now = local(course, "2024-03-13T14:30")
    reading = engine_for(course).reader.read("if i submit hw4a tomorrow night at 2am", now)
    named = next(t for t in reading.times if t.kind == "moment")
    moment, _ = settled_moment(course, reading, course.at(named.first, named.time), now)
    assert moment == local(course, "2024-03-15T02:00")


def test_a_moment_to_come_is_kept(course) -> None:
    moment, note = _settled(course, "if i submit hw4a at 10pm", "2024-03-13T14:30")
    assert moment == local(course, "2024-03-13T22:00")
    assert note == ""


def test_today_said_in_words_is_not_moved(course) -> None:
    """ "at 10am today", asked in the afternoon: the student named today; it is not moved to tomorrow."""
    moment, _ = _settled(course, "if i submit hw4a at 10am today", "2024-03-13T14:30")
    assert moment == local(course, "2024-03-13T10:00")


def test_a_past_submission_stays_past(course) -> None:
    """ "i submitted hw4a at 1am": it happened."""
    moment, note = _settled(course, "i submitted hw4a at 1am, did that use a grace day", "2024-03-14T14:30")
    assert moment == local(course, "2024-03-14T01:00")
    assert note == ""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("if hw4a goes in tonight at 11 is it late", "2024-03-13T23:00"),
        ("if i submit hw4a at 1 tonight", "2024-03-14T01:00"),
        ("hw4a at 12 tonight, is that late?", "2024-03-14T00:00"),
        ("if i turn in hw4a today at 5", "2024-03-13T17:00"),
        ("if i turn it in today at 9", "2024-03-13T21:00"),  # 9 AM has gone: 9 PM
    ],
)
def test_a_bare_hour_with_tonight_or_today(course, question: str, expected: str) -> None:
    """An hour with no am/pm said with "tonight" is the evening's or the small hours after it; with "today", the
    coming one."""
    found = bare_clock_moment(course, question, local(course, "2024-03-13T14:30"))
    assert found is not None
    assert found[0] == local(course, expected)


def test_no_bare_hour(course) -> None:
    now = local(course, "2024-03-13T14:30")
    assert bare_clock_moment(course, "if i submit hw4a at 11pm tonight", now) is None
    assert bare_clock_moment(course, "what if hw4a is 3 hours late", now) is None
