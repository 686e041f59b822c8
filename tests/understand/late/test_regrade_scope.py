"""A regrade window the page states for one kind of work is never applied, Yes or No, to another kind."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.engine import read_question, warm
from bot.understand.late import regrade_scope
from tests.conftest import local
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # exams: 7 days; lab report grading questions go to the lab TA
CMU = "data/10-605-s24"  # "For each homework, regrade requests will be open for only 1 week"
CHEM_NOW = "2026-02-10 10:00"
CMU_NOW = "2024-02-12 10:00"


@pytest.mark.parametrize(
    ("folder", "now", "question", "theirs", "stated_for"),
    [
        (CHEM, CHEM_NOW, "can i get a regrade on my lab report after 2 weeks", "lab reports", "exams"),
        (CHEM, CHEM_NOW, "is the regrade window for lab reports 7 days", "lab reports", "exams"),
        (CHEM, CHEM_NOW, "do i have a week to dispute my problem set grade", "problem sets", "exams"),
        (CHEM, CHEM_NOW, "lab report 2 grades came out 10 days ago, can i still regrade", "Lab Report 2", "exams"),
        (CHEM, CHEM_NOW, "how long do i have to ask for a regrade on lab report 2", "Lab Report 2", "exams"),
        (CMU, CMU_NOW, "can i get a regrade on the midterm after 2 weeks", "exams", "homework"),
        (CMU, CMU_NOW, "is the regrade window for the final exam one week", "exams", "homework"),
    ],
)
def test_a_window_for_other_work_gives_no_verdict(folder, now, question, theirs, stated_for):
    """The answer says whose the window is and that the page gives none for the work asked of, with no Yes or No."""
    _, said = reply(course_in(folder), question, now)
    assert not first_line(said).startswith(("Yes", "No")), said
    assert f"how long you have for {theirs} is not on the course page" in said, said
    assert f"window on the course page is for {stated_for}" in said, said


@pytest.mark.parametrize(
    ("folder", "now", "question", "verdict"),
    [
        (CHEM, CHEM_NOW, "do we get a week to request a regrade on midterm 1", "Yes"),
        (CHEM, CHEM_NOW, "is the exam regrade window 10 days", "No"),
        (CHEM, CHEM_NOW, "is the regrade window 7 days", "Yes"),
        (CMU, CMU_NOW, "is the regrade window for hw3 a week", "Yes"),
        (CMU, CMU_NOW, "is the regrade window for homework 2 weeks", "No"),
    ],
)
def test_the_work_the_window_covers_keeps_its_verdict(folder, now, question, verdict):
    """Work the window's sentence names (or no work named at all) is still answered Yes or No from it."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(verdict), said


def test_what_the_window_covers_is_read_once_per_course():
    """The window's sentence, the course's exam names and the work it covers are read when first needed and kept
    for the course (on a course 50 times 10-605's size, reading them per question cost ~2 ms)."""
    from bot.understand.late.regrade_scope import _scope

    course = course_in(CHEM)
    first = _scope(course)
    assert first.sentence
    assert _scope(course) is first


@pytest.mark.parametrize("folder", ["data/10-605-s24", "tests/fixtures/courses/chem-1310-s26", "data/stat-187-f24"])
def test_warming_reads_the_regrade_windows_scope(folder, monkeypatch):
    """After startup warming, a regrade question reads no policy for the window's scope (no first-use spike)."""
    course = replace(course_in(folder))  # a course object of its own, warmed here
    warm(course)
    read = []
    monkeypatch.setattr(regrade_scope, "regrade_policy", lambda c: read.append(c) or None)
    work = course.assignments[-1].short
    read_question(course, f"can i get a regrade on {work} after 3 weeks", local(course, "2024-10-01T10:00"))
    assert read == []


_ROUTED = (
    "Regrade requests must be made in writing within 7 days after grades are posted: for lab reports and problem "
    "sets, write to your lab TA; for the exams, use Gradescope."
)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is there a time limit to dispute a lab report grade", "Yes"),
        ("do we get a week to request a regrade on problem set 3", "Yes"),
        ("is the regrade window for midterm 1 two weeks", "No"),
    ],
)
def test_work_named_only_where_requests_go_is_no_limit_on_the_window(question, verdict):
    """ "within 7 days after grades are posted: for lab reports ..., write to your TA": the window is stated before
    the colon for every graded item; the work after it only says where each request goes."""
    chem = course_in(CHEM)
    policies = tuple(replace(p, quote=_ROUTED) if p.id == "regrades" else p for p in chem.policies)
    course = replace(chem, policies=policies)
    _, said = reply(course, question, CHEM_NOW)
    assert first_line(said).startswith(verdict), said
    assert "window on the course page is for" not in said


_LISTED = "Regrade requests for problem sets, quizzes or lab reports go through Gradescope within 7 days of release."


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("can i get a regrade on lab report 2 after 5 days", True),
        ("can i get a regrade on quiz 3 after 5 days", True),
        ("can i get a regrade on ps4 after 5 days", True),
        ("can i get a regrade on pre-lab 2 after 5 days", False),  # "lab report" names no pre-lab
    ],
)
def test_a_window_for_several_kinds_covers_each_kind_listed(question, covered):
    """ "problem sets, quizzes or lab reports": every kind the sentence lists is covered, not only its longest name."""
    chem = course_in(CHEM)
    policies = tuple(replace(p, quote=_LISTED) if p.id == "regrades" else p for p in chem.policies)
    course = replace(chem, policies=policies)
    _, said = reply(course, question, CHEM_NOW)
    assert ("window on the course page is for the work its sentence lists" not in said) is covered, said


_EXAMS_OWN = (
    "Regrade requests for problem sets, quizzes or lab reports go through Gradescope within 7 days of release. "
    "For the exams, write to the instructor within 48 hours of the grades being posted."
)


@pytest.mark.parametrize(
    "question", ["how long do i have to dispute my midterm grade", "how do i get the midterm regraded"]
)
def test_an_exam_time_of_its_own_is_quoted_not_said_missing(question):
    """A window for coursework and, in another sentence, 48 hours for exams: an exam asked of gets the exams' own
    sentence, never that the page does not say how long."""
    chem = course_in(CHEM)
    policies = tuple(replace(p, quote=_EXAMS_OWN) if p.id == "regrades" else p for p in chem.policies)
    course = replace(chem, policies=policies)
    _, said = reply(course, question, CHEM_NOW)
    assert "within 48 hours of the grades being posted" in said.splitlines()[2], said
    assert "not on the course page" not in said
