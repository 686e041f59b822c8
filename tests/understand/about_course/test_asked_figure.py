"""A group's size or a grade's cut-off asked of a card: a card without that figure says first that the page does
not give it (an honest unknown, no Yes or No); a card that gives it ("teams of four", "HD 80-100") stands."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answer import Answer, text
from bot.understand.about_course.asked_figure import (
    asked_grade,
    asks_class_size,
    asks_headcount,
    asks_outcome_rate,
    unstated_figure,
)
from tests.understand.conftest import reply


def _card(*lines: str) -> Answer:
    return Answer(title="Card", lines=tuple(text(line) for line in lines))


@pytest.mark.parametrize(
    "question",
    [
        "how many ppl are in a lab group",
        "how many students are on each project team",
        "how big are the tutorial groups",
        "whats the max team size",
        "how many of us per group for the poster",
        "whats the class size for the online discussion",
        "what is the size of each discussion section",
        "how big is the seminar",
    ],
)
def test_a_headcount_asked(question):
    assert asks_headcount(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many labs are there",
        "how many people failed the midterm last year",
        "is the lab group work graded",
        "what font size for the lab report",
    ],
)
def test_no_headcount_asked(question):
    assert not asks_headcount(question)


@pytest.mark.parametrize(
    ("question", "grade"),
    [
        ("what percent do i need for an A in this class", "a"),
        ("what mark do u need for a HD", "hd"),
        ("whats the cutoff for a B+", "b+"),
        ("what average do i need to get an A-", "a-"),
        ("how many points for a distinction", "distinction"),
    ],
)
def test_a_grade_cut_off_asked(question, grade):
    assert asked_grade(question) == grade


@pytest.mark.parametrize(
    "question",
    [
        "what do i need for a pass",  # the pass mark is a rule of its own, often stated
        "is there a curve",
        "what is the final worth",
        "do i need a calculator for a quiz",
    ],
)
def test_no_grade_cut_off_asked(question):
    assert asked_grade(question) is None


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("how many ppl are in a lab group", "All labs are mandatory; your group submits one report."),
        ("what percent do i need for an A", "Homework 30%, midterm 30%, final 40%. You need 50% on the exams to pass."),
        ("what mark do i need for a HD", "Essays 60%, exam 40%. Grades: D 70-79, CR 60-69."),
    ],
)
def test_a_card_without_the_figure_is_an_honest_unknown(question, card):
    said = unstated_figure(question, _card("**Yes**: it is.", card), "ask on Ed")
    assert said.kind == "unknown"
    assert str(said.lines[0][0]).startswith("The course page doesn't give")
    assert "ask on Ed" in str(said.lines[0][0])
    assert not any(str(line[0]).startswith(("**Yes**", "**No**")) for line in said.lines)


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("how big are the project teams", "Teams of four design and build a bridge."),
        ("how many people per group", "Work in groups of 3-4 students."),
        ("what mark do u need for a HD", "Grades: HD 80-100, D 70-79, CR 60-69, P 50-59, N below 50."),
        ("what percent do i need for an A", "A: 90% and above; B: 80-89%."),
        ("whats the cutoff for a B+", "87 or above is a B+."),
        ("what is the midterm worth", "The midterm is worth 30%."),  # neither asked: the card stands
    ],
)
def test_a_card_with_the_figure_stands(question, card):
    answer = _card(card)
    assert unstated_figure(question, answer, "ask on Ed") is answer


def test_an_article_is_no_grade():
    """ "at least a 50% average" names no grade A: the cut-off for an A is still not given."""
    said = unstated_figure("what percent do i need for an A", _card("You need at least a 50% average."), "ask")
    assert said.kind == "unknown"


def test_the_engine_says_a_group_size_is_not_on_the_page(second_course):
    """STAT 187's collaboration rule shares "students" with the question but gives no team size."""
    result, _said = reply(second_course, "how many students are on each project team", "2024-10-14 10:00")
    assert result.answer.kind in ("unknown", "unsure")


def test_the_engine_keeps_a_stated_team_size(second_course):
    collaboration = next(p for p in second_course.policies if p.id == "collaboration")
    told = dataclasses.replace(collaboration, quote=f"{collaboration.quote} Project teams of three are assigned.")
    course = dataclasses.replace(
        second_course, policies=tuple(told if p.id == "collaboration" else p for p in second_course.policies)
    )
    result, said = reply(course, "how many students are on each project team", "2024-10-14 10:00")
    assert result.answer.kind == "info"
    assert "teams of three" in said


def test_a_scale_written_short_gives_the_grade_asked_in_full():
    """ "a distinction" against "D 70-79": the scale's own short name for it."""
    scale = _card("Grades: HD 80-100, D 70-79, CR 60-69, P 50-59, N below 50.")
    assert unstated_figure("whats the cutoff for a distinction", scale, "ask") is scale
    assert unstated_figure("what mark do i need for a high distinction", scale, "ask") is scale


def test_the_grading_scale_a_policy_gives_is_the_scale(second_course):
    """A policy's sentence with three grades or more, each with its marks, answers "what is the grading scale" on a
    course without a [grade_scale] (STAT 187 has one: it is taken away here)."""
    from bot.course.model import Policy
    from bot.understand.about_course.asked_figure import stated_scale

    grades = Policy("grades", "Grades", "", "Your course grade: A 90-100, B 80-89, C 70-79, D 60-69. No curve.")
    course = dataclasses.replace(second_course, policies=(*second_course.policies, grades), grade_scale=None)
    assert stated_scale(course) == "Your course grade: A 90-100, B 80-89, C 70-79, D 60-69."
    assert stated_scale(second_course) == ""
    result, said = reply(course, "whats the grading scale", "2024-10-14 10:00")
    assert result.answer.kind == "info"
    assert "B 80-89" in said
    result, said = reply(course, "whats the cutoff for a B", "2024-10-14 10:00")
    assert result.answer.kind == "info"
    assert "B 80-89" in said


def test_a_grade_asked_and_a_curve_asked_get_the_policys_own_sentences():
    """On a course without a [grade_scale] whose grading policy gives the scale and says grades are not curved: "what
    percent for an A" gets the scale, "is it curved" a No with that sentence, "how does the curve work" the sentence
    without a verdict; a course whose page says nothing of a curve still says so (CHEM 1310)."""
    from bot.course.model import Policy
    from bot.understand.about_course.asked_figure import stated_curve
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    grades = Policy(
        "letter-grades",
        "Letter grades",
        "",
        "Letter grades: A 90-100, B 80-89, C 70-79, D 60-69. Grades are not curved; cutoffs may be lowered.",
    )
    course = dataclasses.replace(chem, policies=(*chem.policies, grades))
    assert stated_curve(course) == "Grades are not curved"
    assert stated_curve(chem) == ""
    _result, said = reply(course, "what percentage do i need for an A", "2026-03-02 10:00")
    assert "A 90-100" in said
    _result, said = reply(course, "are grades curved in this class", "2026-03-02 10:00")
    assert said.splitlines()[2].startswith("No")
    _result, said = reply(chem, "are grades curved in this class", "2026-03-02 10:00")
    assert "not on the course page" in said


def _sized(course, *policies):
    return dataclasses.replace(course, policies=(*course.policies, *policies))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how big can project groups be", "projects"),  # "Application projects are done in groups of up to 3"
        ("how many people in a project group", "projects"),  # not "how many people died": a group's size
        ("how many students per studio group", None),  # "teams of four ... within your studio group": the teams'
        ("how big are lab groups", None),  # no rule gives a lab group's size
        ("when is the project due", None),  # no headcount asked
    ],
)
def test_the_rule_giving_the_size_of_the_group_asked(question, expected):
    """A group named with a word before it fits the rule whose size is said beside that word, never another's."""
    from bot.course.model import Policy
    from bot.understand.about_course.asked_figure import headcount_policy
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    projects = Policy("projects", "Projects", "", "Application projects are done in groups of up to 3 students.")
    teams = Policy("teams", "Teams", "", "The investigation is done in teams of four, formed within your studio group.")
    course = _sized(chem, projects, teams)
    assert headcount_policy(course, question) == expected


def test_a_group_size_asked_gets_the_rule_that_gives_it():
    """The engine answers with the rule and its size, not "I can't answer" or a question about the subject."""
    from bot.course.model import Policy
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    projects = Policy("projects", "Projects", "Groups of up to 3.", "Projects are done in groups of up to 3.")
    course = _sized(chem, projects)
    for question in ("how big can project groups be", "how many people in a project group"):
        _result, said = reply(course, question, "2026-03-02 10:00")
        assert "up to 3" in said, question


@pytest.mark.parametrize(
    "question", ["how many students are in this class", "how many people are in the course", "how big is our cohort"]
)
def test_the_whole_class_asked_is_not_answered_by_a_team_size(question):
    """ "teams of four" gives a team's size, not how many take the course."""
    said = unstated_figure(question, _card("The project is done in teams of four."), "ask on Ed")
    assert said.kind == "unknown"
    assert "how many students take the course" in str(said.lines[0][0])


def test_a_stated_class_size_stands():
    answer = _card("Enrolment is capped at 120 students.")
    assert unstated_figure("how many students are in this class", answer, "ask on Ed") is answer


def test_a_groups_size_is_still_asked_of_a_group():
    assert not asks_class_size("how many ppl are in a lab group")
    assert asks_class_size("how many students are in this class")


@pytest.mark.parametrize(
    "question",
    ["how many students usually fail this course", "whats the pass rate", "what's the class average so far"],
)
def test_how_the_class_fares_is_not_a_rule_of_the_course(question):
    """A pass mark or a grading breakdown is not how many pass: the page doesn't give that."""
    assert asks_outcome_rate(question)
    said = unstated_figure(question, _card("Homework 30%, exams 70%. 50% passes."), "ask on Ed")
    assert said.kind == "unknown"
    assert "how the class fares" in str(said.lines[0][0])


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("whats the pass rate", "Last year the pass rate was 82%."),
        ("how many students get an a", "The top 25% get an A."),
    ],
)
def test_a_stated_outcome_stands(question, card):
    answer = _card(card)
    assert unstated_figure(question, answer, "ask on Ed") is answer


@pytest.mark.parametrize(
    "question", ["is the class average curved to a b", "what do i need to pass", "when is hw2 due"]
)
def test_no_outcome_asked(question):
    assert not asks_outcome_rate(question)
