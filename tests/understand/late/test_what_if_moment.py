"""The moment a what-if means: "at 1am tonight" the coming night, "friday at midnight" the end of Friday, a time
already gone today the coming one; a time the student says is past stays past."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.engine import engine_for
from bot.understand.late.what_if_moment import bare_clock_moment, handed_in_already, settled_moment
from tests.conftest import local
from tests.understand.conftest import course_in, reply


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


@pytest.mark.parametrize(
    ("which", "now", "question", "expected"),
    [
        (
            "course",
            "2024-03-13T14:30",
            "i was sick all last week, if i turn in hw4a on sunday at 3pm how bad",
            "Sun Mar 17",
        ),
        (
            "hist",
            "2024-10-23T13:00",
            "my flatmate was ill, if i upload essay 1 saturday at 10am how many marks would i lose",
            "Sat Oct 26",
        ),
    ],
)
def test_a_what_if_after_a_past_story_is_still_to_come(request, which, now, question, expected):
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert f"you'd submit {expected}" in shown
    assert "before it was due" not in shown


def test_a_supposition_after_a_past_story_is_not_read_as_past(course):
    reading = engine_for(course).reader.read(
        "my laptop died last night, if i hand in hw4a saturday around noon", local(course, "2024-03-13T14:30")
    )
    assert not reading.past
    assert next(t for t in reading.times if t.kind == "moment").first.isoformat() == "2024-03-16"


@pytest.mark.parametrize(
    ("which", "now", "question", "taken"),
    [
        ("stat", "2024-11-01T15:30", "what if ps6 goes in saturday morning, what's the damage", "Sat Nov 9, 9:00 AM"),
        ("geo", "2025-04-16T10:00", "if i submit sheet 4 saturday afternoon how bad", "2:30 PM"),
    ],
)
def test_a_part_of_the_day_is_a_span_and_says_what_it_took(request, which, now, question, taken):
    assert taken in reply(request.getfixturevalue(which), question, now)[1]


def test_the_ends_of_a_part_of_the_day_are_said_when_they_differ(stat):
    _, shown = reply(stat, "if i submit ps6 on saturday morning how much do i lose", "2024-11-01T15:30")
    for penalty in ("32% penalty", "26% penalty", "38% penalty"):  # at 9 AM, and at the morning's ends
        assert penalty in shown


@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        ("i've still got both my late tokens since i handed essay 1 in on time", True),
        ("i already submitted ps7", True),
        ("turned hw2 in early", True),
        ("i handed essay 1 in late", False),
        ("my laptop died with half of essay 2 on it", False),
        ("if i hand it in on time", False),
    ],
)
def test_work_told_as_handed_in_on_time(sentence, done):
    """ "since i handed essay 1 in on time": that work is done; "handed in late" or a plan to hand in is not."""
    assert handed_in_already(sentence) is done


def test_a_what_if_after_a_story_is_about_the_work_not_yet_in(hist):
    """The story names essay 2 (half lost) and essay 1 (in on time): "if i use one and submit tomorrow" is essay 2."""
    question = (
        "my laptop died with half of essay 2 on it. i've still got both my late tokens since i handed essay 1 in on "
        "time. if i use one and submit tomorrow at 10am, am i fine?"
    )
    result, _ = reply(hist, question, "2024-11-22 09:15")
    assert all(p.slots.get("assignments") == ("essay2",) for p in result.parts if p.slots.get("assignments"))


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ("2024-02-22T00:30", True),  # just after midnight: the day just begun may be meant
        ("2024-02-22T04:59", True),
        ("2024-02-22T05:00", False),  # morning: 'tomorrow' is plain
        ("2024-02-21T23:30", False),
    ],
)
def test_tomorrow_just_after_midnight_gives_both_days(course, when: str, said: bool) -> None:
    """Between midnight and 5 AM "tomorrow" is the day after the one just begun, said so, with that day's outcome."""
    _, text = reply(course, "what if i submit hw3 tomorrow at 1am", when)
    assert ("Taking 'tomorrow' as" in text) == said
    assert ("If you meant" in text) == said


@pytest.mark.parametrize(
    ("which", "now", "question", "taken", "other"),
    [
        # due 9:00 AM: "8:15" on its day is the morning; the evening's penalty is said too
        ("geo", "2025-04-01T10:00", "if i do the quiz at 8:15 on april 4 is it late", "8:15 AM", "8:15 PM CEST: 10%"),
        # due 5:00 PM, the day starting at 8 AM: "5:30" is the evening; the morning is on time, said too
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-02-02T10:00",
            "if q3 goes in at 5:30 on feb 6",
            "5:30 PM",
            "5:30 AM CST: on time",
        ),
    ],
)
def test_a_clock_without_am_or_pm_says_the_other_half_of_the_day_when_it_changes_the_outcome(
    request, which, now, question, taken, other
):
    """The reading inside the course's day is taken; the other one's outcome follows when it differs."""
    course = course_in(which) if "/" in which else request.getfixturevalue(which)
    _, shown = reply(course, question, now)
    assert taken in shown.split("you'd submit", 1)[1].splitlines()[0]
    assert other in shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what happens if the quiz goes in friday 9:30", False),  # 9:30 AM and PM: the same penalty
        ("what happens if the quiz goes in friday 9:30pm", False),  # typed with PM
        ("what happens if the quiz goes in friday 08:15", False),  # a 24-hour clock
    ],
)
def test_no_other_half_of_the_day_when_it_changes_nothing_or_was_typed(geo, question, said):
    """Only a clock typed without AM or PM whose other reading changes the outcome adds a line."""
    assert ("If you meant" in reply(geo, question, "2025-04-01T10:00")[1]) is said
