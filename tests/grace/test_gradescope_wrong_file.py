"""An export that is not this course's, or not UTF-8 (hostile12 12 and its "left alone"): refused whole, saying why
and what the file holds, never read as a course with no assignments."""

from __future__ import annotations

import pytest

from bot.grace.gradescope import GradescopeError, parse_export, read_export, report
from tests.conftest import FIXTURES

GRADES = FIXTURES / "gradescope"


@pytest.mark.parametrize(
    ("course_name", "other_export", "names"),
    [
        ("course", "stat187_grades.csv", "'PS5 (Written)', 'PS5 (Code)', 'Problem Set 6'"),
        ("second_course", "10-605_S24_grades.csv", "'Homework 1', 'HW2 (Written)'"),
    ],
)
def test_another_courses_export_is_refused_naming_what_it_holds(request, course_name, other_export, names):
    """No column matches an assignment of the course: nothing is read, and the problem says which it has."""
    course = request.getfixturevalue(course_name)
    with pytest.raises(GradescopeError) as refused:
        parse_export(course, (GRADES / other_export).read_text())
    (problem,) = refused.value.problems
    assert f"no assignment in this file is one of {course.code}'s (wrong course, or wrong file?)" in str(problem)
    assert names in str(problem)


def test_an_export_without_assignment_columns_is_refused(course):
    with pytest.raises(GradescopeError, match="no assignment columns"):
        parse_export(course, "First Name,Last Name,SID,Email\nAda,L,1,ada@x.edu\n")


def test_one_matching_column_is_enough_and_the_rest_are_listed(course):
    """A file with some of the course's assignments is read; the others are reported, as before."""
    raw = (GRADES / "10-605_S24_grades.csv").read_text()
    data = parse_export(course, raw)
    assert data.assignment_ids
    assert "Quiz 1" in data.unmapped_columns


@pytest.mark.parametrize(
    ("encode", "said"),
    [
        (lambda text: text.encode("utf-16"), "it is UTF-16 text, not UTF-8"),
        (lambda text: text.replace("Ada", "Adé").encode("cp1252"), "it isn't UTF-8 text"),
    ],
    ids=["utf-16", "cp1252"],
)
def test_a_file_not_in_utf8_is_refused_saying_so(course, tmp_path, encode, said):
    """A spreadsheet's UTF-16 or Windows-1252 file: the encoding and how to save it, not Python's codec error."""
    path = tmp_path / "grades.csv"
    path.write_bytes(encode((GRADES / "10-605_S24_grades.csv").read_text()))
    for read in (read_export, lambda p: report(course, p)):
        with pytest.raises(GradescopeError) as refused:
            read(path)
        message = str(refused.value.problems[0])
        assert said in message
        assert "save it again as CSV UTF-8" in message
        assert "codec" not in message
