"""Questions about the course itself: from its data where it says, unknown (and where to ask) where it does not."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.about_course.course_itself import (
    _ASKED_GATED,
    _NEEDS,
    ASKED,
    _plain,
    asked_of_course,
    course_itself,
)
from tests.conftest import FIXTURES, local
from tests.understand.conftest import first_line, reply


def shown(course, answer):
    return answer_text(answer, course.tz, local(course, "2024-10-14 10:00")) if answer is not None else ""


def test_language_from_the_courses_own_words(course, second_course):
    assert "Python" in shown(course, course_itself(course, "what programming language does the course use"))
    said = shown(second_course, course_itself(second_course, "what language do we code in"))
    assert "R" in said.split("names")[1]
    assert "Python" in said


def test_language_the_page_does_not_name_is_unknown(course):
    silent = dataclasses.replace(course, description="", components="", policies=())
    answer = course_itself(silent, "what programming language does this class use")
    assert answer is not None
    assert answer.kind == "unknown"
    assert "Piazza" in shown(silent, answer)


def test_platforms_are_the_datas(course, second_course):
    assert {"Piazza", "Gradescope"} <= set(
        shown(course, course_itself(course, "what platforms does the class use")).replace("*", " ").split()
    )
    assert "PrairieLearn" in shown(second_course, course_itself(second_course, "which platforms do we use"))


def test_who_developed_the_material(course, second_course):
    assert "William Cohen" in shown(course, course_itself(course, "who developed the course material"))
    answer = course_itself(second_course, "who made the course materials")
    assert answer.kind == "unknown"
    assert "Ed" in shown(second_course, answer)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("was this course offered last semester", "**Yes**"),
        ("has this course been taught before", "**Yes**"),
        ("was the class offered last year", "**Yes**"),
    ],
)
def test_earlier_offerings(course, question, first):
    answer = course_itself(course, question)
    assert answer.lines[0][0].startswith(first)


def test_earlier_offerings_the_page_does_not_list_are_unknown(second_course):
    answer = course_itself(second_course, "was this class offered last year")
    assert answer.kind == "unknown"


def test_a_project_the_course_has(second_course):
    answer = course_itself(second_course, "is there a final project")
    assert answer.lines[0][0].startswith("**Yes**")
    assert "Project report" in shown(second_course, answer)


def test_a_project_the_course_does_not_name_is_not_answered_here(second_course):
    assert course_itself(second_course, "is there a group presentation") is None


@pytest.mark.parametrize("question", ["is there a project presentation", "are there project posters to make"])
def test_a_thing_only_part_of_whose_name_matches_is_no_yes(course, second_course, question):
    """ "a project presentation" is not the "Project report": the page does not list it, and what it does list is shown
    (a Yes here would be a confident wrong answer)."""
    for served in (course, second_course):
        answer = course_itself(served, question)
        said = shown(served, answer)
        assert answer.kind == "unknown", said
        assert "Yes" not in said
        assert "doesn't list" in said
        assert served.forum.name in said


def test_a_thing_the_assignments_notes_describe_is_a_yes(course):
    """10-605's mini-project is done in groups (its notes say so): "any group projects" is a Yes."""
    answer = course_itself(course, "are there any group projects")
    assert answer.lines[0][0].startswith("**Yes**")
    assert "Mini-project" in shown(course, answer)


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "what software do we need",
        "is there a lab this week",
        "is there any lab in november",  # a month asked: the schedule's
        "are there labs during spring break",  # a stretch of the term asked
        "any labs over thanksgiving break",
        "are there presentations this month",
    ],
)
def test_not_about_the_course_itself(course, question):
    """A day, a week or a month asked makes "is there a lab" a question about the schedule."""
    assert course_itself(course, question) is None


GEO = FIXTURES / "courses" / "geo-2210-s25"


def test_the_courses_name_and_numbers(course):
    said = shown(course, course_itself(course, "whats the course number and name again"))
    assert "10-405/10-605" in said
    assert course.name in said


def test_a_title_in_another_language_the_page_does_not_give(course):
    said = shown(course, course_itself(course, "what's the course called in english"))
    assert course.name in said
    assert "only this title" in said


def test_the_gradescope_course_code_is_not_the_courses_name(course):
    assert course_itself(course, "whats the gradescope course code") is None


@pytest.mark.parametrize(
    "question",
    ["is geo 2210 the same as UMW 4410", "is umw4410 the same class as geo 2210?", "is GEO 2210 cross listed"],
)
def test_cross_listed_numbers_from_the_data(question):
    geo = load_course(GEO)
    answer = course_itself(geo, question.lower())
    assert shown(geo, answer).splitlines()[2].startswith("Yes")


@pytest.mark.parametrize("question", ["is geo 2210 the same as geo 3310", "is 2210 the same course as umw 9999"])
def test_a_number_the_data_does_not_know_is_never_yes(question):
    geo = load_course(GEO)
    answer = course_itself(geo, question)
    assert answer is not None
    assert answer.kind == "unknown"
    assert "Yes" not in shown(geo, answer)


def test_common_words_before_a_number_are_not_course_subjects(course):
    answer = course_itself(course, "is 605 the same as 405")
    assert shown(course, answer).splitlines()[2].startswith("Yes")


def test_where_work_is_handed_in(course, second_course):
    assert "Gradescope" in shown(course, course_itself(course, "where do i upload my homework"))
    assert "PrairieLearn" in shown(second_course, course_itself(second_course, "where do we turn in the psets"))
    assert course_itself(course, "where do i submit a regrade request") is None
    without = dataclasses.replace(course, platforms=())
    assert course_itself(without, "where do i upload my homework").kind == "unknown"


@pytest.mark.parametrize(
    "question", ["what site do we submit stuff on", "what website do we upload homework to", "what app do we submit on"]
)
def test_what_site_work_is_handed_in_on(course, second_course, question):
    """ "what site do we submit on" asks the submission site as "which site" does, on either course."""
    assert "Gradescope" in shown(course, course_itself(course, question))
    assert "PrairieLearn" in shown(second_course, course_itself(second_course, question))


def test_the_usual_due_time_of_a_kind_of_work():
    geo = load_course(GEO)
    said = shown(geo, course_itself(geo, "what time are sheets due"))
    assert "Sheet 1, Sheet 2, Sheet 3, Sheet 4 are usually due at" in said
    assert "12:00 PM" in said
    assert "6:00 PM" in shown(geo, course_itself(geo, "when are the field logs usually due"))
    # "what day": the weekday every one is due on, when they share one and a time
    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    assert "due on Sundays at 10:00 PM" in shown(chem, course_itself(chem, "what day are problem sets due"))
    assert course_itself(geo, "what day are sheets due") is None  # on several weekdays: their dates answer
    # work that closes or locks is due then
    assert "12:00 PM" in shown(geo, course_itself(geo, "what time do sheets usually close"))
    assert "6:00 PM" in shown(geo, course_itself(geo, "field logs normally lock at what time"))


def test_one_named_assignments_due_time_is_its_deadlines(course):
    assert course_itself(course, "what time is hw3 due") is None


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("are the psets in R or python", "The course page names **R, Python**."),
        ("do we code in python for the problem sets", "**Yes**"),
    ],
)
def test_languages_asked_with_the_work(stat, question, first):
    """The languages the course names, and Yes where the page names one for the work itself."""
    result, said = reply(stat, question, "2024-10-01 10:00")
    assert result.outcome == "answered"
    assert "R, Python" in said
    assert (first.replace("**", "")) in said


def test_a_language_only_expected_gets_no_yes(course):
    """10-605 expects Python but names it for no homework: the card, without a Yes."""
    _, said = reply(course, "are the homeworks in python", "2024-02-12T10:00")
    assert "Python" in said
    assert "Yes" not in first_line(said)


@pytest.mark.parametrize(
    ("which", "now", "question", "said"),
    [
        ("course", "2024-02-19 10:00", "what is 10-405", "Machine Learning with Large Datasets"),
        ("second_course", "2024-10-14 10:00", "when does the fall quarter start", "Aug 26"),
    ],
)
def test_the_courses_number_and_its_terms_start(request, which, now, question, said):
    """Another number of the course, and when its term starts."""
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert said in shown, shown


def _described(course, description):
    return dataclasses.replace(course, description=description)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what textbook do we need for this class", "Textbook: Hastie, An Introduction to Statistical Learning"),
        ("which book do we use", "Textbook: Hastie"),
        ("what kind of calculater do i need", "You need a scientific calculator"),
        ("is a graphing calculator required", "You need a scientific calculator"),
    ],
)
def test_what_a_student_needs_from_the_courses_own_text(second_course, question, said):
    course = _described(
        second_course,
        "Methods for prediction. Textbook: Hastie, An Introduction to Statistical Learning (free online). "
        "You need a scientific calculator (graphing or not).",
    )
    result, text_ = reply(course, question, "2024-10-14 10:00")
    assert result.parts[0].intent == "course_itself"
    assert said in text_


@pytest.mark.parametrize(
    "question",
    [
        "can you explain what cross validation is, the textbook makes no sense",  # a story's word, not asked for
        "can i bring a calculator to the final",  # what may be brought to an exam is the exam's rule
    ],
)
def test_a_material_word_that_is_not_asked_for_is_left_to_the_rest(second_course, question):
    course = _described(second_course, "Textbook: ISLR. You need a scientific calculator.")
    assert course_itself(course, question) is None


def test_a_course_whose_text_says_nothing_of_it_is_left_to_the_rest(second_course):
    # no sentence about a textbook: the rest of the engine (a policy, or "not on the page") answers
    assert course_itself(second_course, "what textbook do we need") is None


def _every_question() -> list[str]:
    folder = Path(__file__).resolve().parents[2] / "questions"
    return [q["text"] for path in sorted(folder.glob("*.toml")) for q in tomllib.loads(path.read_text())["question"]]


def test_each_pattern_is_tried_only_on_a_text_holding_a_word_it_needs():
    # The gate skips a pattern on a text lacking every word it lists: every text the pattern matches holds one.
    samples = [*_every_question(), "where do i upload the sheets", "who made the slides", "is there a project"]
    samples += ["what time are sheets due", "which platform do we use", "was it taught last year", "do we code in r"]
    samples += ["what textbook do we need", "what kind of calculator", "what language is it in"]
    matched = 0
    for name, needs in _NEEDS.items():
        pattern = ASKED[name][0]
        for question in map(_plain, samples):
            if pattern.search(question):
                matched += 1
                assert any(n in question for n in needs), (name, question)
    assert matched >= len(_NEEDS)  # every gated pattern met at least one text it matches


def test_each_entry_looks_for_its_own_needs_in_the_order_asked():
    """Each entry of ASKED, in its order, carries its own needed words (none: always tried)."""
    assert [name for name, *_ in _ASKED_GATED] == list(ASKED)
    for name, needs, pattern, _ in _ASKED_GATED:
        assert needs == _NEEDS.get(name, ())
        assert pattern is ASKED[name][0]


def test_a_question_lacking_every_needed_word_is_no_question_of_the_course(course):
    assert asked_of_course(course, "when is hw3 due") is None
    assert asked_of_course(course, "where do i upload the sheets") == "submission"


@pytest.mark.parametrize(
    "question",
    [
        "english is my second language, am i allowed a dictionary in the exam",
        "english isn't my first language, can i get extra time",
        "my native language is spanish, is that a problem",
        # a spoken language to learn
        "can u recommend a good finnish language course in helsinki",
        "is there a german language class on campus",
        "anyone know a language exchange in town",
    ],
)
def test_a_students_own_language_is_no_programming_language_asked(course, question):
    """A student's own language, or one to learn, is never the course's programming language asked."""
    assert asked_of_course(course, question) != "language"


@pytest.mark.parametrize(
    "question", ["is there a grace period for lab reports", "is there an extension for the lab report"]
)
def test_a_rule_about_work_is_no_piece_of_work_asked(second_course, question):
    """'is there a grace period for lab reports' asks a rule about the work, never whether such an assignment exists."""
    assert asked_of_course(second_course, question) is None


def _two_sites(course):
    """STAT 187 with its project handed in on Gradescope, as the project's notes say, and its psets on PrairieLearn."""
    from bot.course.model import Platform

    gradescope = Platform("gradescope", "other", "Gradescope", "https://gradescope.example.com/187")
    work = tuple(
        dataclasses.replace(a, notes="Submit on Gradescope." if a.kind == "project" else "On PrairieLearn.")
        for a in course.assignments
    )
    return dataclasses.replace(course, platforms=(*course.platforms, gradescope), assignments=work)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("where does the project report go", "Gradescope", "PrairieLearn"),
        ("where do i hand in psets", "PrairieLearn", "Gradescope"),
        ("where do we submit stuff", "Gradescope", "Work is handed in on"),  # each kind's site, never one guess
    ],
)
def test_where_each_kind_of_work_is_handed_in(second_course, question, said, not_said):
    course = _two_sites(second_course)
    _, answer = reply(course, question, "2024-10-14 10:00")
    assert said in answer
    assert not_said not in answer


def test_one_site_for_all_work_is_said_once(second_course):
    _, answer = reply(second_course, "where do we submit stuff", "2024-10-14 10:00")
    assert "Work is handed in on PrairieLearn" in answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("this is stat 187 right?", "Yes"),
        ("is this stat187", "Yes"),
        ("am i in the right server for stat 187", "Yes"),
        ("is this the channel for STAT 187?", "Yes"),
        ("am i in the right server, this is stat 187 right", "Yes"),  # the check in a clause of its own
        ("wrong discord maybe? this is stat 187 yeah", "Yes"),
    ],
)
def test_which_course_this_is_is_answered_from_its_numbers(second_course, question, opening):
    """A student checking they are in the right course gets Yes for its own number."""
    result, said = reply(second_course, question, "2024-10-14 10:00")
    assert result.parts[0].intent == "course_itself"
    assert first_line(said).startswith(f"{opening}:")


def test_another_number_asked_as_this_course_is_never_a_yes(second_course):
    """ "is this stat 188": the page lists no such number, so no Yes (and no guess that it is another course)."""
    result, said = reply(second_course, "is this stat 188?", "2024-10-14 10:00")
    assert result.answer.kind == "unknown"
    assert "STAT 188" in said


@pytest.mark.parametrize("question", ["whats the texbook for this class", "which textbok do we need"])
def test_a_misspelled_material_is_asked_in_its_respelled_words(second_course, question):
    """ "texbook" is the textbook: the course's own sentence about it answers."""
    course = _described(second_course, "Methods for prediction. Textbook: Hastie, Statistical Learning.")
    result, said = reply(course, question, "2024-10-14 10:00")
    assert result.parts[0].intent == "course_itself"
    assert "Hastie" in said


def test_an_open_book_exam_is_no_textbook(second_course):
    """ "an open-book exam in week 8" says how the exam is sat, not which book the course uses."""
    course = _described(second_course, "Weekly problem sets and an open-book exam in week 8.")
    assert course_itself(course, "what textbook do we need") is None


@pytest.mark.parametrize("question", ["is there class on labour day", "is there a class on laboratory safety"])
def test_a_work_word_inside_a_longer_word_names_no_work(question):
    """ "labour" and "laboratory" hold "lab" but are other words: CHEM 1310's lab reports are not what is asked."""
    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    assert course_itself(chem, question) is None


def test_group_letters_and_accented_names_are_no_languages(course):
    """ "your group (A, B or C)" and "Dr Réka" hold a capital C and R, never the languages C and R."""
    policy = dataclasses.replace(
        course.policies[0], summary="Seminars in your group (A, B or C) with Dr Réka Horvat.", quote=""
    )
    silent = dataclasses.replace(course, description="", components="", policies=(policy,))
    answer = course_itself(silent, "what programming language do we use")
    assert answer.kind == "unknown"
    coded = dataclasses.replace(silent, description="Problem sets in C or R.")
    assert "C, R" in shown(coded, course_itself(coded, "what programming language do we use"))
