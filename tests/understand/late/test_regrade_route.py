"""The way a student proposes to ask for a regrade, against the way the course takes requests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.late.regrade_route import _way_asked, route_verdict
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"  # requests on Gradescope; lab report questions to the lab TA
GEO = "tests/fixtures/courses/geo-2210-s25"  # requests by email to the lecturer


@pytest.mark.parametrize(
    ("folder", "question", "verdict", "said"),
    [
        (CHEM, "can i just email my ta for a regrade", False, "Gradescope"),
        (CHEM, "could i email the professor about a regrade", False, "Gradescope"),
        (GEO, "is it ok to email the lecturer about a regrade", True, "by email to the lecturer"),
        (GEO, "can i email for a regrade", True, "7 days"),
    ],
)
def test_the_way_against_the_courses(folder, question, verdict, said):
    """Another way than the course's is No, the course's own way Yes; the way and the window are said."""
    decided = route_verdict(course_in(folder), question)
    assert decided is not None
    assert decided[0] is verdict
    assert said in decided[1]


def test_the_page_sentence_for_some_work_is_said_too():
    """CHEM sends lab report grading questions to the lab TA: a No about emailing the TA says so too."""
    decided = route_verdict(course_in(CHEM), "can i just email my ta for a regrade")
    assert decided is not None
    assert "lab TA" in decided[1]


@pytest.mark.parametrize(
    ("question", "decided"),
    [
        ("can i email my ta for a regrade on lab report 2", False),
        ("is it ok to email the ta about a regrade of lab report 3", False),
        ("can i email my ta for a regrade on exam 1", True),  # exams: Gradescope, the No stands
    ],
)
def test_work_the_page_routes_to_the_person_asked_gets_no_no(question, decided):
    """CHEM sends lab report grading to the lab TA: emailing the TA about a lab report is not refused by the
    Gradescope way for exams."""
    assert (route_verdict(course_in(CHEM), question) is not None) is decided


def test_undecided_cases():
    """Another person than the one the course names, no way proposed, or no way stated: nothing decided."""
    assert route_verdict(course_in(GEO), "can i email my ta for a regrade") is None
    assert route_verdict(course_in(CHEM), "how long do i have to ask for a regrade") is None
    geo = course_in(GEO)
    unstated = replace(geo, regrades=replace(geo.regrades, where=""))
    assert route_verdict(unstated, "can i email for a regrade") is None


@pytest.mark.parametrize(
    ("folder", "question", "asked_in_person"),
    [
        (CHEM, "can i ask for a regrade in recitation", True),  # a meeting kind of this course
        (CHEM, "could i ask for a regrade in the lab", True),
        (GEO, "can i ask for a regrade in recitation", False),  # no such meeting on this course: no way asked
        (GEO, "can i ask for a regrade in person", True),
    ],
)
def test_asking_in_a_meeting_is_in_person_by_the_courses_own_kinds(folder, question, asked_in_person):
    """ "in recitation" is asking in person where the course has recitations; elsewhere it names no way to ask."""
    assert (_way_asked(course_in(folder), question) == "in person") is asked_in_person
