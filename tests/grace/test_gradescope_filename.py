"""A one-assignment export read as another assignment than its file name reads as ("HW_3_..." typed as hw4a) is
warned about, naming both; a name that agrees, or reads as nothing, gives no warning (review13 6)."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.grace.gradescope import filename_disagrees, parse_export
from tests.conftest import BUNDLED_COURSES, FIXTURES
from tests.store.test_grace_wrong_import import one_assignment_export

GRADES = FIXTURES / "gradescope"
HW3 = (GRADES / "HW_3_Programming_scores.csv").read_text()
PS6 = one_assignment_export((GRADES / "stat187_grades.csv").read_text(), "Problem Set 6")

# (course, export, file name, assignment typed, the warning's words or "" for none)
CASES = [
    ("10-605-s24", HW3, "HW_3_Programming_scores.csv", "hw4a", "reads as hw3 (programming), but it was read as hw4a"),
    ("10-605-s24", HW3, "HW_3_Programming_scores.csv", "hw3", ""),
    ("10-605-s24", HW3, "HW_3_Programming_scores.csv", "HW_3_Programming_scores.csv", ""),
    ("10-605-s24", HW3, "export.csv", "hw4a", ""),
    ("stat-187-f24", PS6, "Problem_Set_6_scores.csv", "PS5 (Code)", "reads as ps6, but it was read as ps5 (code)"),
    ("stat-187-f24", PS6, "Problem_Set_6_scores.csv", "ps6", ""),
    ("stat-187-f24", PS6, "PS5_Code_scores.csv", "ps6", "reads as ps5 (code), but it was read as ps6"),
]


@pytest.mark.parametrize(("course_name", "raw", "filename", "typed", "said"), CASES)
def test_a_file_name_that_reads_as_another_assignment_is_warned_about(course_name, raw, filename, typed, said):
    """The warning names the file, what its name reads as and what it was read as; none when they agree."""
    course = load_course(BUNDLED_COURSES[course_name])
    warning = filename_disagrees(course, filename, parse_export(course, raw, typed))
    if said:
        assert said in warning
        assert filename in warning
    else:
        assert warning == ""


def test_a_course_wide_export_is_never_warned_about(course):
    """Only an export read as the assignment staff named can disagree with its name."""
    raw = (GRADES / "10-605_S24_grades.csv").read_text()
    assert filename_disagrees(course, "HW_3_Programming_scores.csv", parse_export(course, raw)) == ""
