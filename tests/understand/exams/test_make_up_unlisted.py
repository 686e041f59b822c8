"""A make-up or repeat sitting asked when, of a course that lists none and never dates one: not on the page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.make_up_unlisted import unlisted_make_up


@pytest.mark.parametrize(
    ("question", "unlisted"),
    [
        ("what date is the august repeat exam", True),
        ("when is the midterm resit", True),
        ("where is the make-up midterm", True),
        ("is there a resit", False),  # whether there is one is the rule's to say, not a date
        ("when is the midterm", False),
    ],
)
def test_an_undated_make_up_is_said_to_be_not_on_the_page(stat, question, unlisted):
    answer = unlisted_make_up(stat, "midterm", question)
    assert (answer is not None) == unlisted
    if answer is not None:
        assert answer.kind == "unknown"
        assert "not on the course page" in answer.lines[0][0]
        assert "Oct 23" not in str(answer)  # never the exam's own date


def test_a_make_up_the_exam_data_dates_is_left_to_the_exam_answer(stat):
    midterm = next(e for e in stat.exams if e.id == "midterm")
    dated = replace(midterm, if_missed="The make-up is the next morning at 7:30 AM in Room 315.")
    course = replace(stat, exams=tuple(dated if e.id == "midterm" else e for e in stat.exams))
    assert unlisted_make_up(course, "midterm", "when is the midterm make-up") is None


def test_the_rule_on_it_is_shown_with_what_the_page_leaves_out(stat):
    rule = replace(stat.policies[0], keywords=("resit", "repeat"), missing="The resit dates are not on the page.")
    course = replace(stat, policies=(rule, *stat.policies[1:]))
    answer = unlisted_make_up(course, "midterm", "when is the midterm resit")
    assert answer.title == rule.title
    assert "The resit dates are not on the page." in str(answer)
