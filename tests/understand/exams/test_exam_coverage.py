"""What an exam covers, and whether a day of the schedule is on it, from the exam's own rules
(bot.understand.exams.exam_coverage)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.understand.exams.exam_coverage import (
    coverage,
    coverage_answer,
    cumulative_verdict,
    kind_verdict,
    numbered_covered,
    on_exam,
)
from tests.understand.conftest import first_line, reply


def _ruled(course, exam_id, *rules):
    exams = tuple(dataclasses.replace(e, rules=rules) if e.id == exam_id else e for e in course.exams)
    return dataclasses.replace(course, exams=exams)


def _row(course, day):
    return next(r for r in course.schedule if r.date == day)


@pytest.mark.parametrize(
    ("rule", "day", "on"),
    [
        ("Covers lectures September 26 through October 17.", dt.date(2024, 10, 3), True),
        ("Covers lectures September 26 through October 17.", dt.date(2024, 9, 24), False),
        ("Covers everything through October 10.", dt.date(2024, 10, 17), False),
        ("Cumulative: covers the whole course except the November 21 lecture.", dt.date(2024, 11, 21), False),
        ("Cumulative: covers the whole course except the November 21 lecture.", dt.date(2024, 11, 19), True),
        ("Bring a pencil.", dt.date(2024, 10, 3), None),  # says nothing of what it covers
        ("Covers the material from lecture.", dt.date(2024, 10, 3), None),  # names no span
    ],
)
def test_a_day_is_on_an_exam_by_its_rule(second_course, rule, day, on):
    course = _ruled(second_course, "final", rule)
    found = on_exam(course.exam("final"), [_row(course, day)])
    assert (found[0] if found else None) is on


@pytest.mark.parametrize(
    ("kind", "number", "on"),
    [
        ("lecture", 15, False),
        ("Lecture", 14, True),
        ("practical", 2, True),
        ("practical", 4, False),
        ("Lab practical", 3, True),  # the kind's name ends in the word the rule counts
        ("Lab practical", 4, False),
        ("Practical seminar", 2, None),  # a seminar: its last word is not counted
        ("seminar", 2, None),  # no span of that kind named
        ("lecture", None, None),  # a row without a number
    ],
)
def test_a_numbered_meeting_is_on_an_exam_by_the_span_of_its_kind(kind, number, on):
    """ "Lectures 1-14 ... and Practicals 1-3": the meeting's number against the span of its own kind."""
    rule = "The midterm covers Lectures 1-14 (bacteriology) and Practicals 1-3."
    assert numbered_covered(rule, kind, number) is on


def test_days_some_on_and_some_not_get_no_yes_or_no(second_course):
    course = _ruled(second_course, "final", "Covers lectures September 26 through October 17.")
    rows = [_row(course, dt.date(2024, 10, 3)), _row(course, dt.date(2024, 11, 19))]
    assert on_exam(course.exam("final"), rows) is None


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is the lasso on the midterm", True),
        ("will survival analysis be on the midterm", False),
    ],
)
def test_is_a_topic_on_the_exam(second_course, question, yes):
    course = _ruled(second_course, "midterm", "Covers lectures August 29 through October 17.")
    result, said = reply(course, question, "2024-10-10 10:00")
    assert result.parts[0].slots["fact"] == "exam_content"
    assert first_line(said).startswith("Yes" if yes else "No")
    assert "Covers lectures August 29 through October 17." in said


def test_an_exam_whose_rules_say_nothing_of_it_gets_no_yes_or_no(second_course):
    _, said = reply(second_course, "is the lasso on the midterm", "2024-10-10 10:00")
    assert not first_line(said).startswith(("Yes", "No"))


WHOLE = "Cumulative: covers the whole course except the guest lecture."


def _with_rules(course, exam_id: str, *rules: str):
    exams = tuple(dataclasses.replace(e, rules=(*rules, *e.rules)) if e.id == exam_id else e for e in course.exams)
    return dataclasses.replace(course, exams=exams)


def test_the_rules_that_say_what_it_covers(stat):
    ruled = _with_rules(stat, "final", WHOLE, "Bring a pencil.")
    final = ruled.exam("final")
    assert coverage(final) == [WHOLE]
    assert coverage_answer(ruled, [final]).kind == "info"
    assert coverage_answer(ruled, list(ruled.exams)).kind == "unknown"  # the midterm's coverage is not given
    assert cumulative_verdict(final, "is the final cumulative") == (True, f"“{WHOLE}”")
    assert cumulative_verdict(final, "is the final hard") is None
    assert cumulative_verdict(stat.exam("final"), "is the final cumulative") is None


def test_asked_of_the_engine(stat):
    ruled = _with_rules(stat, "final", WHOLE)
    _, said = reply(ruled, "is the final cumulative", "2024-11-01 10:00")
    assert first_line(said).startswith("Yes")
    _, said = reply(stat, "is the final cumulative", "2024-11-01 10:00")
    assert not first_line(said).startswith(("Yes", "No"))


def _with_policy(course, title, quote, keywords=()):
    from bot.course.model import Policy

    policy = Policy(id="exam-info", title=title, summary="", quote=quote, keywords=tuple(keywords))
    return dataclasses.replace(course, policies=(*course.policies, policy))


def test_coverage_a_policy_about_the_exam_states_is_quoted(stat):
    """An exam whose rules say nothing of what it covers: the sentence of the policy about that exam that says."""
    course = _with_policy(
        stat,
        "Final exam",
        "The final is held in finals week. It covers all lectures from Weeks 1 to 10. Bring a pencil.",
    )
    final = next(e for e in course.exams if e.id == "final")
    assert coverage(final, course) == ["It covers all lectures from Weeks 1 to 10."]
    _, said = reply(course, "what's on the final, is it everything", "2024-10-14 13:30")
    assert "Weeks 1 to 10" in said
    assert "not on the course page" not in said


def test_a_sentence_naming_another_exam_is_not_this_ones_coverage(stat):
    """'The midterm covers weeks 1-5' in a policy on exams is the midterm's coverage, never the final's."""
    course = _with_policy(stat, "Exams", "The midterm covers weeks 1 to 5. The final is cumulative.", ["final"])
    by_id = {e.id: e for e in course.exams}
    assert coverage(by_id["midterm"], course) == ["The midterm covers weeks 1 to 5."]
    assert coverage(by_id["final"], course) == ["The final is cumulative."]


def test_a_sentence_covered_by_something_else_is_no_coverage(stat):
    """'Extra exam time is covered by the access plan' in an exam policy says nothing of what the exam covers."""
    course = _with_policy(stat, "Final exam", "Extra exam time is covered by your access plan.")
    final = next(e for e in course.exams if e.id == "final")
    assert coverage(final, course) == []


@pytest.mark.parametrize(
    ("rule", "verdict"),
    [
        ("Midterm 2 is not cumulative: it covers lectures September 26 through October 17.", False),
        ("Non-cumulative: covers lectures since the first midterm.", False),
        ("Cumulative: covers the whole course.", True),
        ("Covers lectures September 26 through October 17.", None),  # says neither
    ],
)
def test_cumulative_is_decided_by_a_rule_saying_so_either_way(second_course, rule, verdict):
    """ "is it cumulative or just the new stuff": Yes from "cumulative", No from "not cumulative", else neither."""
    exam = _ruled(second_course, "midterm", rule).exam("midterm")
    found = cumulative_verdict(exam, "is the midterm cumulative or just the new stuff")
    assert (found[0] if found else None) is verdict


def test_not_cumulative_asked_of_the_engine(second_course):
    """The student sees No first, in the rule's words."""
    course = _ruled(second_course, "midterm", "The midterm is not cumulative: it covers lectures 8 to 14.")
    _, said = reply(course, "is the mt cumulative or only the new material", "2024-10-01 10:00")
    assert first_line(said).startswith("No"), said
    assert "not cumulative" in first_line(said)


@pytest.mark.parametrize(
    ("rule", "kind", "verdict"),
    [
        ("The final covers all lectures and discussions.", "discussion", True),
        ("Covers the lectures of weeks 1-10.", "lecture", True),
        ("Cumulative: covers everything except the discussions.", "discussion", False),
        ("Cumulative: covers the whole course except the November 21 lecture.", "lecture", None),  # one, not all
        ("Covers the lectures of weeks 1-10.", "discussion", None),  # says nothing of them either way
        ("Covers only the lectures and the discussions.", "discussion", None),  # "only" read by no Yes
    ],
)
def test_a_kind_of_meeting_on_the_exam_from_its_coverage(stat, rule, kind, verdict):
    """ "does the final cover the discussion stuff": Yes where the coverage names the kind, No where it leaves
    every one of them out, no Yes or No otherwise."""
    course = _ruled(stat, "final", rule)
    found = kind_verdict(course, course.exam("final"), kind)
    assert (found[0] if found else None) is verdict


def test_a_kind_of_meeting_asked_of_the_engine(stat):
    """The engine opens with the Yes and quotes the coverage."""
    course = _ruled(stat, "final", "The final covers all lectures and discussions.")
    _, said = reply(course, "does the final also cover the discussion section stuff", "2024-11-01 10:00")
    assert first_line(said).startswith("Yes")
    assert "covers all lectures and discussions" in first_line(said)
