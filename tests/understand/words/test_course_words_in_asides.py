"""Course words inside phrases the waves' readers take for something else (review9): "explain how to use grace days"
is the course's own rule, not the subject; "get back from spring break" hands nothing back; "usually close to" is
near, not closing; office hours compared with a meeting kind are the course's things."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
NOW = {"data/10-605-s24": "2024-02-12 10:00", "data/stat-187-f24": "2024-10-14 10:00", CHEM: "2026-03-04 14:00"}


@pytest.mark.parametrize(
    ("folder", "question", "said"),
    [
        ("data/10-605-s24", "can you explain how to use grace days", "grace days"),
        ("data/10-605-s24", "explain how to use gradescope", "Gradescope"),
    ],
)
def test_how_to_use_the_courses_own_rules_and_sites_is_no_subject_question(folder, question, said):
    _, answer = reply(course_in(folder), question, NOW[folder])
    assert "taught the subject" not in answer, answer
    assert said in answer, answer


def test_the_subject_itself_is_still_not_the_courses():
    """A schedule topic asked to be taught ("the JL lemma") stays the subject, though the course names its topic."""
    _, answer = reply(course_in("data/10-605-s24"), "i dont get how to derive the JL lemma", NOW["data/10-605-s24"])
    assert "taught the subject" in answer, answer


@pytest.mark.parametrize("folder", ["data/10-605-s24", "data/stat-187-f24", CHEM])
@pytest.mark.parametrize("question", ["when do we get back from spring break", "when do we get back to campus"])
def test_coming_back_is_not_marked_work_handed_back(folder, question):
    _, answer = reply(course_in(folder), question, NOW[folder])
    assert "grades will be published" not in answer, answer


@pytest.mark.parametrize("folder", ["data/10-605-s24", "data/stat-187-f24"])
def test_marked_work_handed_back_is_still_asked(folder):
    _, answer = reply(course_in(folder), "when do we get our midterms back", NOW[folder])
    assert "published" in answer, answer


@pytest.mark.parametrize("folder", ["data/10-605-s24", "data/stat-187-f24", CHEM])
def test_close_to_a_place_is_no_due_time(folder):
    _, answer = reply(course_in(folder), "are office hours usually close to the lecture hall", NOW[folder])
    assert "usually due" not in answer, answer


@pytest.mark.parametrize("folder", ["data/10-605-s24", "data/stat-187-f24", CHEM])
def test_office_hours_compared_with_a_meeting_kind_are_the_courses(folder):
    course = course_in(folder)
    kind = course.meeting_kinds[-1].plural.lower() if course.meeting_kinds else "lectures"
    _, answer = reply(course, f"whats the difference between office hours and {kind}", NOW[folder])
    assert "subject itself" not in answer, answer
