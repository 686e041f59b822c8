"""The grade scale's card and answers: ranges, Yes/No only where the data settles it, and 'not on the page'."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.answers.grade_scale import (
    BAND,
    CARD,
    CURVE,
    HURDLE,
    PASS,
    ROUNDING,
    SCORE,
    ScaleAsked,
    article,
    band_range,
    grade_scale_answer,
    grade_scale_card,
)
from bot.core.render_text import answer_text
from bot.course.model import GradeBand, GradeScale, Hurdle, Rounding

NOW = dt.datetime(2024, 10, 1, 10, 0, tzinfo=dt.UTC)
LETTERS = GradeScale(
    bands=(GradeBand("A", 90), GradeBand("B", 80), GradeBand("C", 70), GradeBand("D", 60), GradeBand("F", 0)),
    pass_grade="D",
    pass_mark=60,
    hurdles=(),
    curve=False,
    quote="A 90, B 80, C 70, D 60. No plus or minus grades, no curve.",
)
DUTCH = GradeScale(
    bands=(),
    out_of=10,
    pass_mark=5.5,
    hurdles=(Hurdle("the exam", 5.0, 10, exams=("exam1",), missed="the module is not passed"),),
    rounding=Rounding(0.5, "nearest", "Final grades are rounded to the nearest half point."),
    quote="A 5.5 passes; at least 5.0 on the exam.",
)


def _said(course, scale: GradeScale | None, asked: ScaleAsked) -> tuple[str, str]:
    answer = grade_scale_answer(dataclasses.replace(course, grade_scale=scale), asked, "ask on Ed")
    return answer_text(answer, course.tz, NOW), answer.kind


@pytest.mark.parametrize(
    ("band", "expected"),
    [(GradeBand("A", 90), "90% and above"), (GradeBand("B", 80), "80% to under 90%"), (GradeBand("F", 0), "under 60%")],
)
def test_a_band_runs_from_its_floor_to_the_next_grade(band, expected):
    assert band_range(LETTERS, band) == expected


@pytest.mark.parametrize(("grade", "expected"), [("A", "an"), ("F", "an"), ("B+", "a"), ("HD", "an"), ("Pass", "a")])
def test_the_article_follows_how_a_grade_is_said(grade, expected):
    assert article(grade) == expected


@pytest.mark.parametrize(
    ("asked", "facts", "absent"),
    [
        (ScaleAsked(BAND, grade="B"), ["B is 80% to under 90%: it takes at least 80%", "That is a pass"], []),
        (ScaleAsked(BAND, grade="B+"), ["There is no B+ on this course's scale", "A, B, C, D, F"], ["87"]),
        (ScaleAsked(SCORE, grade="B", score=79, yes_no=True), ["No: 79% is a C", "B is 80% to under"], []),
        (ScaleAsked(SCORE, grade="C", score=79, yes_no=True), ["Yes: 79% is a C"], []),
        (ScaleAsked(SCORE, score=85), ["85% is a B", "85% is a pass"], []),
        (ScaleAsked(SCORE, score=89.5), ["89.5% is a B", "doesn't say whether scores are rounded"], []),
        (ScaleAsked(PASS), ["You pass with D or better (at least 60%)", "overall mark decides"], []),
        (ScaleAsked(HURDLE, exams=("final",), yes_no=True), ["No: no single exam"], []),
        (ScaleAsked(CURVE, yes_no=True), ["No: grades are not curved"], []),
        (ScaleAsked(CARD), ["A: 90% and above", "F: under 60%", "not curved", "No plus or minus"], []),
        # "is 60 the pass mark", "do you need 70 to pass": the mark stated as the pass mark is checked against it
        (ScaleAsked(PASS, score=60, yes_no=True, minimum_stated=True), ["Yes: the pass mark is 60%."], ["No:"]),
        (ScaleAsked(PASS, score=70, yes_no=True, minimum_stated=True), ["No: the pass mark is 60%, not 70%."], []),
        # "is 70 a pass": a mark above the pass mark passes; it is not said to be the pass mark
        (ScaleAsked(PASS, score=70, yes_no=True, of_mark=True), ["70% is a pass mark"], ["not 70%"]),
    ],
)
def test_letter_scale_answers(second_course, asked, facts, absent):
    said, kind = _said(second_course, LETTERS, asked)
    assert all(f in said for f in facts), said
    assert not any(a in said for a in absent), said
    assert kind != "unknown"


@pytest.mark.parametrize(
    ("asked", "facts"),
    [
        (ScaleAsked(ROUNDING, score=5.25, yes_no=True), ["Yes: 5.25 out of 10 counts as 5.5 out of 10"]),
        (ScaleAsked(SCORE, score=5.3, yes_no=True), ["5.3 out of 10 rounds to 5.5 out of 10", "is a pass"]),
        (ScaleAsked(PASS), ["The pass mark is 5.5 out of 10", "At least 5 out of 10 on the exam"]),
        (ScaleAsked(HURDLE, exams=("exam1",), yes_no=True), ["Yes: at least 5 out of 10 on the exam"]),
        # "do i need a 4 on the exam to pass": the minimum stated, checked against the hurdle's own
        (
            ScaleAsked(HURDLE, exams=("exam1",), yes_no=True, marks=((0, 4.0),), minimum_stated=True),
            ["No: at least 5 out of 10 on the exam"],
        ),
        (
            ScaleAsked(HURDLE, exams=("exam1",), yes_no=True, marks=((0, 5.0),), minimum_stated=True),
            ["Yes: at least 5 out of 10 on the exam"],
        ),
        # "i got a 4 on the exam, do i have to pass it": the student's own mark is no minimum stated
        (ScaleAsked(HURDLE, exams=("exam1",), yes_no=True, marks=((0, 4.0),)), ["Yes: at least 5 out of 10"]),
        (ScaleAsked(BAND, grade="A"), ["This course gives no grade called A: marks are out of 10"]),
    ],
)
def test_a_ten_point_scale_without_bands(second_course, asked, facts):
    said, _ = _said(second_course, DUTCH, asked)
    assert all(f in said for f in facts), said


@pytest.mark.parametrize(
    ("asked", "unsaid"),
    [
        (ScaleAsked(CURVE, yes_no=True), "doesn't say whether grades are curved"),
        (ScaleAsked(ROUNDING, score=89.5, yes_no=True), "doesn't say whether scores are rounded"),
        (ScaleAsked(HURDLE, exams=("final",), yes_no=True), "has a minimum of its own"),
    ],
)
def test_what_the_scale_leaves_open_is_not_guessed(second_course, asked, unsaid):
    open_scale = dataclasses.replace(LETTERS, curve=None, hurdles=None)
    said, kind = _said(second_course, open_scale, asked)
    assert unsaid in said.splitlines()[2], said
    assert kind == "unknown"
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


@pytest.mark.parametrize("asks", [BAND, SCORE, PASS, HURDLE, CURVE, ROUNDING, CARD])
def test_a_course_without_a_scale_says_the_page_gives_none(second_course, asks):
    said, kind = _said(second_course, None, ScaleAsked(asks, grade="A", score=91))
    assert kind == "unknown"
    assert "gives no grade scale" in said, said
    assert "ask on Ed" in said
    assert "What each part is worth: Problem sets 30%" in said


def test_the_card_of_the_bundled_second_course(second_course):
    said = answer_text(grade_scale_card(second_course, "ask on Ed"), second_course.tz, NOW)
    assert "B+: 87% to under 90%" in said, said
    assert "You pass with D or better" in said
    assert "doesn't say whether grades are curved" in said


def test_policy_offers_and_shows_the_scale_as_a_topic(second_course):
    """/policy lists the grade scale where the course has one, and shows its card by that topic."""
    from bot.answers.policies import policy_answer, policy_choices

    assert ("Grade scale", "grade-scale") in policy_choices(second_course, "cutoff")
    said = answer_text(policy_answer(second_course, "grade-scale"), second_course.tz, NOW)
    assert "A-: 90% to under 93%" in said


@pytest.mark.parametrize(
    ("curve_text", "said"),
    [
        ("Grades are not curved.", "No: grades are not curved."),
        ("Marks are not scaled.", "No: grades are not curved. Marks are not scaled."),
    ],
)
def test_the_pages_curve_sentence_is_said_once(second_course, curve_text, said):
    """A page whose words on the curve are the stock sentence says it once; other words follow it."""
    text_, _ = _said(second_course, dataclasses.replace(LETTERS, curve_text=curve_text), ScaleAsked(CURVE, yes_no=True))
    assert text_.splitlines()[2] == said
