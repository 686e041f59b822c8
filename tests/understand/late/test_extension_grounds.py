"""An extension request the rule's own words settle: the notice it would give, or a reason the page refuses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.understand.late.extension_grounds import (
    accepted_ground,
    notice_said,
    notice_verdict,
    refused_ground,
    rule_settles,
)
from tests.understand.conftest import course_in, first_line, reply


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


def _grants_on_certificates(stat):
    """STAT 187 whose extension rule grants extensions for a documented reason, listed."""
    said = "Extensions are possible for problem sets for a documented reason (medical certificate, official summons)."
    return replace(stat, extensions=replace(stat.extensions, summary=said))


@pytest.mark.parametrize(
    ("question", "granted"),
    [
        ("can i get an extension on ps3, i have a medical certificate", True),
        ("can i get an extension on ps3 because i got an official summons", True),
        ("can i get an extension on ps3 because of my job", False),
        ("can i get an extension on ps3, i have a medical appointment", False),  # one word of a ground: not it
        ("can i get an extension on ps3", False),  # no reason given
    ],
)
def test_a_ground_the_rule_grants_extensions_on(stat, question, granted):
    """The rule's sentence granting extensions on the reason the student gives (by two of its words at least)."""
    found = accepted_ground(_grants_on_certificates(stat), question)
    assert (found is not None) == granted


def test_the_work_named_is_no_ground(stat):
    """ "for problem sets": the work the rule is about is not a reason (nor the route after a colon)."""
    assert accepted_ground(_grants_on_certificates(stat), "can i get an extension, my problem set is hard") is None


@pytest.mark.parametrize(
    ("now", "opening"),
    [("2024-10-01 10:00", "Yes: the course page says “Extensions are possible"), ("2024-10-12 10:00", None)],
)
def test_asked_of_the_engine_in_time_it_is_yes(stat, now, opening):
    """A granted ground asked before the deadline opens with Yes and the rule; after it, no Yes."""
    _, said = reply(_grants_on_certificates(stat), "can i get an extension on ps3, i have a medical certificate", now)
    if opening is None:
        assert not first_line(said).startswith("Yes")
    else:
        assert first_line(said).startswith(opening), said


@pytest.mark.parametrize(
    "question",
    ["do i need to ask for an extension before the deadline", "do we have to request it in advance"],
)
def test_asking_ahead_is_yes_with_the_notice_needed(question):
    """A course needing requests days ahead answers Yes, with that notice, whether one must ask before the deadline."""
    from bot.understand.late.extension_grounds import ahead_verdict

    course = course_in("data/10-605-s24")
    assert ahead_verdict(course, question) == (
        True,
        "the course page needs requests at least 5 days before the deadline.",
    )


def test_asking_ahead_needs_a_stated_notice_and_no_notice_of_the_students():
    """No verdict where the course states no notice, or where the student says their own notice."""
    from bot.understand.late.extension_grounds import ahead_verdict

    assert ahead_verdict(course_in("data/stat-187-f24"), "do i need to ask before the deadline") is None
    said = "do i need to ask for an extension 2 days before the deadline"
    assert ahead_verdict(course_in("data/10-605-s24"), said) is None
    assert ahead_verdict(course_in("data/10-605-s24"), "when do i ask for an extension") is None


def test_must_i_ask_ahead_gets_the_yes_first():
    _, said = reply(
        course_in("data/10-605-s24"), "do i need to ask for an extension before the deadline", "2024-02-12 10:00"
    )
    assert first_line(said).startswith("Yes")
    assert "5 days" in first_line(said)
