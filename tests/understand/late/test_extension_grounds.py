"""An extension request the rule's own words settle: the notice it would give, or a reason the page refuses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.understand.late.extension_grounds import notice_said, notice_verdict, refused_ground, rule_settles
from tests.understand.conftest import course_in


@pytest.mark.parametrize(
    ("question", "most", "exact"),
    [
        ("can i ask for an extension the day before its due", dt.timedelta(days=1), False),
        ("could i request one the night before the deadline", dt.timedelta(hours=12), False),
        ("can i email for an extension on the due date", dt.timedelta(hours=12), False),
        ("can i apply 3 days before the deadline", dt.timedelta(days=3), True),
        ("is it ok to ask an hour before its due", dt.timedelta(hours=1), True),
    ],
)
def test_the_notice_a_request_would_give(question, most, exact):
    """The most notice the words allow, and whether a number was said."""
    notice = notice_said(question)
    assert notice is not None
    assert (notice.most, notice.exact) == (most, exact)


def test_no_notice_without_asking_or_a_time_before():
    """A deadline question, or an ask with no time before the deadline, gives no notice."""
    assert notice_said("what happens the day before its due") is None
    assert notice_said("can i get an extension on hw2") is None
    assert notice_said("can i request an extension the day before") is None  # before what is not said


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("can i ask for an extension the day before its due", False),
        ("can i request an extension 3 days before the deadline", True),
        ("can i ask 2 days before the deadline", True),
        ("can i ask for one on the due date", False),
        ("is it too late to ask for an extension the morning of the deadline", True),
        ("is it too late to ask 3 days before the deadline", False),
    ],
)
def test_notice_against_the_courses_two_days(question, verdict):
    """GEO 2210 needs two days: less is No, a number at or above it is Yes."""
    decided = notice_verdict(course_in("tests/fixtures/courses/geo-2210-s25"), question)
    assert decided is not None
    assert decided[0] is verdict
    assert "48 hours" in decided[1]


def test_no_notice_verdict_where_the_course_states_none():
    """STAT 187's notice is unknown: nothing is decided from it."""
    assert notice_verdict(course_in("data/stat-187-f24"), "can i ask the day before its due") is None


def _refusing(sentence: str):
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    return replace(geo, extensions=replace(geo.extensions, summary=sentence))


@pytest.mark.parametrize(
    ("rule", "question", "refused"),
    [
        (
            "Extensions are not given for workload or clashing deadlines.",
            "can i get one bc i have 3 other deadlines",
            True,
        ),
        (
            "Extensions are for illness or bereavement, not workload.",
            "can i get an extension bc i have two midterms",
            True,
        ),
        ("Bad weather is not a reason for an extension.", "the weather was bad all week, can i get an extension", True),
        ("Extensions are for illness or bereavement, not workload.", "can i get an extension bc i have the flu", False),
        ("Extensions are not given for workload.", "can i get an extension 3 days before the deadline", False),
        ("Extensions need a form two days ahead.", "can i get one bc i have 3 other deadlines", False),
    ],
)
def test_a_reason_the_page_refuses(rule, question, refused):
    """The student's reason (after "bc", or told before the ask) against the grounds the rule's sentences refuse;
    a reason it does not name, or no reason, is not refused."""
    course = _refusing(rule)
    found = refused_ground(course, question, question)
    assert (found is not None) is refused
    assert rule_settles(course, question, question) is (refused or notice_verdict(course, question) is not None)
