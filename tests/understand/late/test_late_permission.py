"""Who may let work in past the late cutoff: the person the course's late rule names, first, then the late rules;
never a list of what is due in the next N days (the "3 day limit" is the rule's)."""

from __future__ import annotations

import pytest

from bot.understand.late.late_permission import asks_who_permits_late, permission_line
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who can let me submit a protocol after the 3 day limit", True),
        ("who approves handing in past the cutoff", True),
        ("whose permission do i need to submit after the 48 hour cutoff", True),
        ("who can allow me to turn in hw late", True),
        ("who grades the late homework", False),  # no permission asked
        ("who can let me into the lab", False),  # not late work
        ("can i submit after the cutoff", False),  # not asked who
    ],
)
def test_who_permits_late_work_is_asked(question, asks):
    assert asks_who_permits_late(question) is asks


def test_a_course_whose_cutoff_names_no_one_gives_no_line():
    """10-605 names the Head TAs or the Professors; a course whose cutoff is not lifted by anyone names no one."""
    assert "Head TAs" in str(permission_line(course_in("data/10-605-s24")))
    assert permission_line(course_in("tests/fixtures/courses/geo-2210-s25")) is None


@pytest.mark.parametrize(
    ("folder", "now", "question", "who"),
    [
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "whose permission do i need to submit after the 48 hour cutoff",
            "The instructor",
        ),
        ("data/10-605-s24", "2024-02-19 10:00", "who can allow me to turn in hw late after the 2 day max", "Head TAs"),
    ],
)
def test_the_person_comes_first_on_two_courses(folder, now, question, who):
    said = reply(course_in(folder), question, now)[1]
    assert who in said.splitlines()[2]
