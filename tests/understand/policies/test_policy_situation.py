"""A student's case of missing a kind of class meeting is read as the course's rule on missing that kind."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.engine import engine_for
from bot.understand.policies.policy_situation import _rules_by_kind, meeting_kinds_told, situation_policy
from tests.conftest import local
from tests.understand.conftest import reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
GEO = "tests/fixtures/courses/geo-2210-s25"


@pytest.mark.parametrize(
    ("question", "policy"),
    [
        ("i was sick and missed my lab on tuesday, what happens now", "labs"),
        ("got to lab 20 min late, does that count", "labs"),
        ("if i miss lab next week can i make it up", "labs"),
        ("when is my lab", None),  # no case told
        ("i missed lab last week", None),  # a case, but nothing asked of it
        ("i missed recitation, what happens now", None),  # no rule of the course speaks of missing recitations
    ],
)
def test_a_missed_meeting_is_the_rule_on_missing_it(question, policy):
    course = load_course(CHEM)
    kinds = [k for k in ("lab", "recitation") if k in question]
    assert situation_policy(course, question, kinds) == policy


def test_each_kind_finds_the_rule_that_speaks_of_missing_it():
    assert _rules_by_kind(load_course(GEO))["practical"] == ("attendance",)
    assert _rules_by_kind(load_course(GEO))["plenary"] == ()  # no rule speaks of missing one


def test_a_rule_titled_by_another_kinds_own_word_is_that_kinds():
    """A guest lecture's rule is not the lecture's, when both are kinds of the course."""
    from dataclasses import replace

    from bot.course.meetings import MeetingKind
    from bot.course.model import Policy

    base = load_course(CHEM)
    kinds = (MeetingKind("lecture", "Lecture", "Lectures"), MeetingKind("guest", "Guest lecture", "Guest lectures"))
    guest = Policy("guest", "Guest lectures", "If you miss a guest lecture, read the slides.", "")
    course = replace(base, meeting_kinds=kinds, policies=(guest,))
    assert _rules_by_kind(course) == {"lecture": (), "guest": ("guest",)}


@pytest.mark.parametrize(
    "question",
    [
        "i was sick and missed my lab on tuesday, do i need to do anything",
        "missed lab last week with the flu, is that a problem",
        "skipped lab yesterday, will that hurt my grade",
    ],
)
def test_a_missed_meeting_asked_what_to_do_or_whether_it_matters_is_the_rule(question):
    assert situation_policy(load_course(CHEM), question, ["lab"]) == "labs"


def test_how_many_may_be_missed_is_the_policy_only_where_no_attendance_rule_counts_them():
    chem = load_course(CHEM)  # no [[attendance]]: the limit is in the labs policy's words
    assert situation_policy(chem, "how often am i allowed to skip lab", ["lab"]) == "labs"
    assert situation_policy(chem, "how many labs am i allowed to miss", ["lab"]) == "labs"
    geo = load_course(GEO)  # an [[attendance]] rule counts them: its own reader answers
    assert situation_policy(geo, "how many practicals can i miss", ["practical"]) is None


def test_the_rule_on_a_miss_quotes_its_sentences_on_missing_first():
    course = load_course(CHEM)
    _, said = reply(course, "i was sick and missed my lab on tuesday, do i need to do anything", "2026-02-10 10:00")
    quoted = said.split("From the course page", 1)[1]
    assert "make up one missed lab" in quoted
    assert "without documentation earns zero" in quoted


def test_a_kind_word_inside_a_pieces_name_is_no_meeting_missed():
    """'i missed the lab report 2 deadline': the report's deadline, not a lab meeting; 'missed my lab' is one."""
    course = load_course(CHEM)
    engine = engine_for(course)
    now = local(course, "2026-02-10 10:00")
    told = engine.reader.read("i missed the lab report 2 deadline, what do i do", now)
    assert meeting_kinds_told(told) == []
    assert meeting_kinds_told(engine.reader.read("i missed my lab, what do i do", now)) == ["lab"]


@pytest.mark.parametrize(
    "question", ["i was ill and missed my lab last week, do i get a zero for it", "missed lab, is it an automatic zero"]
)
def test_whether_a_miss_scores_zero_is_asked_of_the_rule(question):
    assert situation_policy(load_course(CHEM), question, ["lab"]) == "labs"


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("i missed my lab on tuesday", ["lab"]),
        ("what do i do about the lab report deadline", []),  # "lab" inside a series of work's name is that work
        ("the lab reports are due when", []),
    ],
)
def test_a_kinds_word_inside_a_series_of_work_is_not_a_meeting(question, kinds):
    """ "lab" names a meeting in "missed my lab", never in "the lab report deadline"."""
    course = load_course(CHEM)
    reading = engine_for(course).reader.read(question, local(course, "2026-02-10T10:00"))
    assert meeting_kinds_told(reading) == kinds


@pytest.mark.parametrize(
    ("question", "procedure"),
    [
        ("i had the flu and missed my lab this week, what should i do", True),
        ("was in hospital and skipped lab on monday, what happens now", True),
        ("i overslept and missed my lab, what should i do", False),  # no illness told
    ],
)
def test_an_illness_told_with_the_miss_adds_what_to_do_when_ill(question, procedure):
    """The rule on missing the meeting, then the course's own words on illness and emergencies when one is told."""
    _, said = reply(load_course(CHEM), question, local(load_course(CHEM), "2026-02-10 10:00"))
    assert ("contact the Dean of Students office" in said) is procedure
