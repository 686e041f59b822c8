"""Gradescope exports: realistic files are read completely, broken ones are refused with row and column."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from bot.core.errors import UserError
from bot.grace.engine import Grant, Submission
from bot.grace.gradescope import (
    GradescopeError,
    GradescopeProblem,
    assignment_from_filename,
    map_assignment_name,
    parse_assignment_export,
    parse_export,
    parse_grades_export,
    parse_lateness,
    parse_submission_time,
    read_export,
    report,
)
from tests.conftest import FIXTURES

FIXTURES = FIXTURES / "gradescope"
COURSE_WIDE = FIXTURES / "10-605_S24_grades.csv"
ONE_ASSIGNMENT = FIXTURES / "HW_3_Programming_scores.csv"
NY = ZoneInfo("America/New_York")
H = dt.timedelta(hours=1)

# Per student (email): (assignment, late_hours, grace_days, credit, status), in due order.
EXPECTED = {
    "ada@andrew.cmu.edu": [
        ("hw1", 0.0, 0, 1.0, "on-time"),
        ("hw2", 0.0, 0, 1.0, "on-time"),
        ("hw3", 0.0, 0, 1.0, "on-time"),
        ("hw4a", 0.0, 0, 1.0, "on-time"),
        ("hw4b", 0.0, 0, 1.0, "on-time"),
        ("miniproject", 0.0, 0, 1.0, "on-time"),
    ],
    "ben@andrew.cmu.edu": [  # 10-405: no mini-project row
        ("hw1", 0.0, 1, 1.0, "grace"),  # 1 s late is a whole day
        ("hw2", 26.22, 2, 1.0, "grace"),  # programming part 26:13:05 late decides
        ("hw3", 30.0, 1, 0.5, "penalty"),  # last grace day covers 24 h of 30 h
        ("hw4a", 5.0, 0, 0.5, "penalty"),  # none left, ≤ 24 h
        ("hw4b", 30.0, 0, 0.0, "no-credit"),  # none left, > 24 h
    ],
    "cy@andrew.cmu.edu": [
        ("hw1", 0.0, 0, 0.0, "missing"),
        ("hw2", 49.0, 0, 0.0, "not-accepted"),
        ("hw3", 0.0, 0, 1.0, "on-time"),  # exactly at the due time
        ("hw4a", 12.0, 1, 1.0, "grace"),  # written blank, programming late: not missing
        ("hw4b", 0.0, 0, 1.0, "on-time"),
        ("miniproject", 3.0, 0, 0.5, "penalty"),  # no grace days on the mini-project
    ],
    "dee@andrew.cmu.edu": [
        ("hw1", 0.0, 0, 1.0, "on-time"),
        ("hw2", 0.0, 0, 1.0, "on-time"),
        ("hw3", 0.0, 0, 1.0, "on-time"),
        ("hw4a", 1.0, 1, 1.0, "grace"),
        ("hw4b", 0.0, 0, 0.0, "missing"),
        ("miniproject", 0.0, 0, 0.0, "missing"),  # 10-605: the mini-project is theirs
    ],
    "eve@andrew.cmu.edu": [
        ("hw1", 48.0, 2, 1.0, "grace"),  # exactly 48 h: accepted, 2 days
        ("hw2", 24.0, 1, 1.0, "grace"),  # exactly 24 h: 1 day
        ("hw3", 24.0, 1, 0.5, "penalty"),  # 24 h + 1 s: 2 days, 1 left, 1 s uncovered
        ("hw4a", 0.0, 0, 1.0, "on-time"),
        ("hw4b", 0.0, 0, 1.0, "on-time"),
    ],
    "finn@andrew.cmu.edu": [
        ("hw1", 0.0, 0, 0.0, "missing"),
        ("hw2", 0.0, 0, 0.0, "missing"),
        ("hw3", 0.0, 0, 0.0, "missing"),
        ("hw4a", 0.0, 0, 0.0, "missing"),
        ("hw4b", 0.0, 0, 0.0, "missing"),
        ("miniproject", 0.0, 0, 0.0, "missing"),
    ],
}

REPORT_SCHEMA = {
    "type": "object",
    "required": ["students"],
    "properties": {
        "unmapped_columns": {"type": "array", "items": {"type": "string"}},
        "students": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["student", "sid", "name", "grace_days_used", "grace_days_left", "assignments"],
                "properties": {
                    "student": {"type": "string"},
                    "sid": {"type": "string"},
                    "name": {"type": "string"},
                    "grace_days_used": {"type": "integer", "minimum": 0},
                    "grace_days_left": {"type": "integer", "minimum": 0},
                    "assignments": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["assignment", "title", "late_hours", "grace_days", "credit", "status"],
                            "properties": {
                                "assignment": {"type": "string"},
                                "title": {"type": "string"},
                                "late_hours": {"type": "number", "minimum": 0},
                                "grace_days": {"type": "integer", "minimum": 0},
                                "credit": {"enum": [1.0, 0.5, 0.0]},
                                "status": {
                                    "enum": ["on-time", "grace", "penalty", "no-credit", "not-accepted", "missing"]
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def rows_of(result: dict) -> dict[str, list[tuple]]:
    return {
        s["student"]: [
            (a["assignment"], a["late_hours"], a["grace_days"], a["credit"], a["status"]) for a in s["assignments"]
        ]
        for s in result["students"]
    }


def problems_of(error: pytest.ExceptionInfo[GradescopeError]) -> set[tuple[int | None, str]]:
    return {(p.row, p.column) for p in error.value.problems}


def test_course_wide_export_is_read_completely(course):
    """Six students in file order, with identity, sections, and one merged Submission per course assignment."""
    data = parse_grades_export(course, read_export(COURSE_WIDE))
    assert [s.email for s in data.students] == list(EXPECTED)
    assert data.assignment_ids == ("hw1", "hw2", "hw3", "hw4a", "hw4b", "miniproject")
    assert data.unmapped_columns == ("Quiz 1",)
    ben = data.students[1]
    assert (ben.sid, ben.name, ben.sections, ben.row) == ("1002", "Ben Bitdiddle", "10-405", 3)
    hw2 = next(s for s in ben.submissions if s.assignment_id == "hw2")
    assert hw2.lateness == dt.timedelta(hours=26, minutes=13, seconds=5)
    assert hw2.part == "programming"
    assert hw2.submitted_at == dt.datetime(2024, 2, 16, 2, 12, 5, tzinfo=NY)


def test_parts_merge_to_the_latest_and_blank_means_missing(course):
    """All parts blank is missing; one blank part and one late part is that lateness."""
    data = parse_grades_export(course, read_export(COURSE_WIDE))
    cy = {s.assignment_id: s for s in data.students[2].submissions}
    assert cy["hw1"] == Submission("hw1")
    assert cy["hw1"].missing
    assert not cy["hw4a"].missing
    assert cy["hw4a"].lateness == 12 * H


def test_missing_work_outside_the_students_section_is_left_out(course):
    """A 10-405 student's blank mini-project is not 'missing'; a 10-605 student's is."""
    data = parse_grades_export(course, read_export(COURSE_WIDE))
    by_email = {s.email: {sub.assignment_id for sub in s.submissions} for s in data.students}
    assert "miniproject" not in by_email["ben@andrew.cmu.edu"]
    assert "miniproject" in by_email["finn@andrew.cmu.edu"]


def test_report_matches_the_json_contract(course):
    """The report has exactly the agreed keys and values for every student and assignment."""
    result = report(course, COURSE_WIDE)
    jsonschema.validate(result, REPORT_SCHEMA)
    assert json.loads(json.dumps(result)) == result
    assert rows_of(result) == EXPECTED
    assert result["unmapped_columns"] == ["Quiz 1"]
    totals = {s["student"]: (s["grace_days_used"], s["grace_days_left"]) for s in result["students"]}
    assert totals == {
        "ada@andrew.cmu.edu": (0, 4),
        "ben@andrew.cmu.edu": (4, 0),
        "cy@andrew.cmu.edu": (1, 3),
        "dee@andrew.cmu.edu": (1, 3),
        "eve@andrew.cmu.edu": (4, 0),
        "finn@andrew.cmu.edu": (0, 4),
    }


def test_report_student_entry_in_full(course):
    """One student's entry, spelled out key by key."""
    ben = report(course, COURSE_WIDE)["students"][1]
    assert ben == {
        "student": "ben@andrew.cmu.edu",
        "sid": "1002",
        "name": "Ben Bitdiddle",
        "grace_days_used": 4,
        "grace_days_left": 0,
        "assignments": [
            {
                "assignment": "hw1",
                "title": "Homework 1",
                "late_hours": 0.0,
                "grace_days": 1,
                "credit": 1.0,
                "status": "grace",
            },
            {
                "assignment": "hw2",
                "title": "Homework 2",
                "late_hours": 26.22,
                "grace_days": 2,
                "credit": 1.0,
                "status": "grace",
            },
            {
                "assignment": "hw3",
                "title": "Homework 3",
                "late_hours": 30.0,
                "grace_days": 1,
                "credit": 0.5,
                "status": "penalty",
            },
            {
                "assignment": "hw4a",
                "title": "Homework 4 Part A",
                "late_hours": 5.0,
                "grace_days": 0,
                "credit": 0.5,
                "status": "penalty",
            },
            {
                "assignment": "hw4b",
                "title": "Homework 4 Part B",
                "late_hours": 30.0,
                "grace_days": 0,
                "credit": 0.0,
                "status": "no-credit",
            },
        ],
    }


def test_report_reads_text_paths_and_path_strings_alike(course):
    """A Path, a path string and the CSV text (even with a BOM) give the same report."""
    text = COURSE_WIDE.read_text(encoding="utf-8")
    expected = report(course, COURSE_WIDE)
    assert report(course, str(COURSE_WIDE)) == expected
    assert report(course, text) == expected
    assert report(course, "\ufeff" + text) == expected


def test_report_applies_staff_grants_by_email_or_sid(course):
    """An extension recorded for a student moves their due time; permission lifts the 2-day cut-off."""
    grants = {
        "BEN@andrew.cmu.edu": [Grant("hw4b", "extension", new_due=dt.datetime(2024, 3, 20, 23, 59, tzinfo=NY))],
        "1003": [Grant("hw2", "permission", reason="hospital", granted_by="professor")],
    }
    rows = rows_of(report(course, COURSE_WIDE, grants=grants))
    assert rows["ben@andrew.cmu.edu"][4] == ("hw4b", 0.0, 0, 1.0, "on-time")
    assert rows["cy@andrew.cmu.edu"][1] == ("hw2", 49.0, 2, 0.5, "penalty")
    assert rows["cy@andrew.cmu.edu"][3] == ("hw4a", 12.0, 1, 1.0, "grace")
    assert rows["ada@andrew.cmu.edu"] == EXPECTED["ada@andrew.cmu.edu"]


@pytest.mark.parametrize("assignment", ["HW_3_Programming_scores.csv", "hw3", "Homework 3 (Programming)", "HW3"])
def test_one_assignment_export_is_tallied_for_the_given_assignment(course, assignment):
    """The caller names the assignment (file name, id or Gradescope name); only it is tallied."""
    result = report(course, ONE_ASSIGNMENT, assignment=assignment)
    jsonschema.validate(result, REPORT_SCHEMA)
    assert rows_of(result) == {
        "ada@andrew.cmu.edu": [("hw3", 0.0, 0, 1.0, "on-time")],
        "ben@andrew.cmu.edu": [("hw3", 30.0, 2, 1.0, "grace")],
        "cy@andrew.cmu.edu": [("hw3", 0.0, 0, 0.0, "missing")],
        "eve@andrew.cmu.edu": [("hw3", 24.0, 2, 1.0, "grace")],
    }
    assert result["unmapped_columns"] == []


def test_one_assignment_export_needs_to_know_its_assignment(course):
    """Without an assignment, or with one the course does not have, the file is refused, not guessed."""
    text = read_export(ONE_ASSIGNMENT)
    with pytest.raises(GradescopeError, match="which assignment"):
        parse_export(course, text)
    with pytest.raises(GradescopeError, match="Quiz 1"):
        parse_assignment_export(course, text, "Quiz 1")
    assert parse_export(course, text, "hw3").assignment_ids == ("hw3",)


def test_missing_columns_are_all_reported_on_the_header_row(course):
    """A missing identity column and a mapped assignment missing its lateness column are both named, and the
    header's columns as read are listed (row 1, no column)."""
    with pytest.raises(GradescopeError) as error:
        report(course, FIXTURES / "missing_column.csv")
    assert problems_of(error) == {(1, "Email"), (1, "HW2 (Programming) - Lateness (H:M:S)"), (1, "")}
    assert "column is missing" in str(error.value)


def test_unreadable_times_and_lateness_name_row_and_column(course):
    """Every bad cell is reported at once, and nothing is imported from the good rows."""
    with pytest.raises(GradescopeError) as error:
        parse_grades_export(course, read_export(FIXTURES / "bad_time.csv"))
    assert problems_of(error) == {
        (3, "Homework 1 - Submission Time"),
        (4, "HW2 (Written) - Lateness (H:M:S)"),
        (5, "Homework 1 - Submission Time"),
    }
    messages = "\n".join(str(p) for p in error.value.problems)
    assert "2024-02-30 23:58:04 -0500" in messages
    assert "26h13m" in messages
    assert "row 5, column 'Homework 1 - Submission Time'" in messages


def test_a_student_listed_twice_is_refused(course):
    """The same Email (any case) or the same SID twice is an error naming both rows."""
    with pytest.raises(GradescopeError) as error:
        report(course, FIXTURES / "duplicate_student.csv")
    assert problems_of(error) == {(4, "Email"), (5, "SID")}
    assert {p.message for p in error.value.problems} == {
        "Ada@Andrew.CMU.edu is already listed on row 2",
        "1002 is already listed on row 3",
    }


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        ("", {(1, "")}),
        ("First Name,Last Name,SID,Email\nAda,Lovelace,1001\n", {(2, "")}),
        ("First Name,Last Name,SID,Email,Email\nAda,Lovelace,1001,a@x.edu,a@x.edu\n", {(1, "Email")}),
        ("First Name,Last Name,SID,Email\nAda,Lovelace,1001,\n", {(2, "Email")}),
        ("Name,Email\nAda Lovelace,a@x.edu\n", {(1, "SID"), (1, "")}),
    ],
)
def test_structurally_broken_files_are_refused(course, csv_text, expected):
    """Empty files, short rows, doubled columns, blank emails and missing SID columns are named precisely."""
    with pytest.raises(GradescopeError) as error:
        parse_grades_export(course, csv_text)
    assert problems_of(error) == expected


def test_a_missing_file_is_a_readable_error(tmp_path):
    """A path that does not exist is reported, not a traceback."""
    with pytest.raises(GradescopeError, match="no such file"):
        read_export(tmp_path / "nope.csv")


def test_name_column_and_blank_lateness_are_accepted(course):
    """A single 'Name' column works; a blank lateness next to a time is computed from the course due time."""
    text = (
        "Name,SID,Email,HW1 - Submission Time,HW1 - Lateness (H:M:S)\n"
        "Ada Lovelace,,ada@x.edu,2024-01-30 06:59:00 -0500,\n"
        "Ben Bitdiddle,,ben@x.edu,2024-01-29 23:00:00,\n"
    )
    rows = rows_of(report(course, text))
    assert rows == {
        "ada@x.edu": [("hw1", 7.0, 1, 1.0, "grace")],
        "ben@x.edu": [("hw1", 0.0, 0, 1.0, "on-time")],
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Homework 3", ("hw3", "")),
        ("HW3", ("hw3", "")),
        ("HW 4 Part A", ("hw4a", "")),
        ("HW3 (Programming)", ("hw3", "programming")),
        ("Homework 4 Part B - Written", ("hw4b", "written")),
        ("HW 4 Part A (Written)", ("hw4a", "written")),
        ("Homework 1 - Programming", ("hw1", "programming")),
        ("hw5: written", ("hw5", "written")),
        ("Mini-Project", ("miniproject", "")),
        ("Mini Project Survey", ("miniproject-survey", "")),
        ("Quiz 1", None),
        ("Homework 4", None),  # parts A and B: ambiguous, not guessed
        ("Homework 4 (Written)", None),
        ("HW3 (Extra Credit)", None),
        ("Homewrk 3", None),  # typos are not guessed either
    ],
)
def test_gradescope_names_map_to_course_assignments(course, name, expected):
    """Aliases and 'Homework N [Part X]' forms map, with an optional part label; anything else maps to nothing."""
    assert map_assignment_name(course, name) == expected


def test_a_one_assignment_file_name_names_its_assignment(course):
    """Gradescope's '<Assignment>_scores.csv' file names are understood."""
    assert assignment_from_filename(course, "HW_3_Programming_scores.csv") == ("hw3", "programming")
    assert assignment_from_filename(course, "Homework_4_Part_B_scores.csv") == ("hw4b", "")
    assert assignment_from_filename(course, "Quiz_1_scores.csv") is None


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2024-02-21 23:58:04 -0500", "2024-02-22T04:58:04"),
        ("2024-02-21 23:58:04 -05:00", "2024-02-22T04:58:04"),
        ("2024-02-21T23:58:04-05:00", "2024-02-22T04:58:04"),
        ("2024-02-22 04:58:04 UTC", "2024-02-22T04:58:04"),
        ("2024-02-22 04:58:04Z", "2024-02-22T04:58:04"),
        ("2024-02-21 23:58:04.250000 -0500", "2024-02-22T04:58:04.250000"),
        ("2024-02-21 23:58", "2024-02-22T04:58:00"),  # no offset: course time
        ("2024-03-13 23:58:04", "2024-03-14T03:58:04"),  # no offset, after DST: EDT
        ("2/21/24 23:58", "2024-02-22T04:58:00"),
        ("2/21/2024 11:58:04 PM -0500", "2024-02-22T04:58:04"),
    ],
)
def test_submission_time_variants_are_read(course, text, utc):
    """Gradescope's '2024-02-21 23:58:04 -0500' and close variants give the right instant."""
    parsed = parse_submission_time(text, course)
    assert parsed.utcoffset() is not None
    assert parsed.astimezone(dt.UTC) == dt.datetime.fromisoformat(utc).replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text",
    [
        "2024-02-30 10:00:00 -0500",
        "2024-02-21 25:00:00 -0500",
        "yesterday",
        "13/21/2024 10:00",
        "2024-02-21 10:00 +2500",
        "",
    ],
)
def test_unreadable_submission_times_raise(course, text):
    """An impossible or unrecognised time is an error, never a guess."""
    with pytest.raises(ValueError, match="cannot read"):
        parse_submission_time(text, course)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:00:00", dt.timedelta(0)),
        ("00:00:01", dt.timedelta(seconds=1)),
        ("26:13:05", dt.timedelta(hours=26, minutes=13, seconds=5)),
        ("123:4:5", dt.timedelta(hours=123, minutes=4, seconds=5)),
    ],
)
def test_lateness_values_are_read_beyond_24_hours(text, expected):
    """'Lateness (H:M:S)' hours can exceed 24."""
    assert parse_lateness(text) == expected


@pytest.mark.parametrize("text", ["26:61:00", "1:2", "-01:00:00", "26h13m", "abc"])
def test_unreadable_lateness_raises(text):
    """A lateness that is not hours:minutes:seconds is an error."""
    with pytest.raises(ValueError, match="cannot read the lateness"):
        parse_lateness(text)


def test_problems_read_like_a_sentence():
    """Problems name the row and column first, so staff can find the cell."""
    assert str(GradescopeProblem(4, "HW2 - Submission Time", "bad")) == "row 4, column 'HW2 - Submission Time': bad"
    assert str(GradescopeProblem(None, "", "no such file")) == "no such file"


def test_gradescope_error_is_shown_to_staff_as_a_user_error(course):
    """The error's message lists the problems; it is a UserError so the bot shows it as it is."""
    with pytest.raises(UserError, match="not imported"):
        report(course, FIXTURES / "duplicate_student.csv")


def test_data_files_define_the_course_numbers(course):
    """A course with different grace numbers gives a different report from the same export."""
    pool = dataclasses.replace(course.late.pool, total=10)
    generous = dataclasses.replace(course, late=dataclasses.replace(course.late, pool=pool))
    rows = rows_of(report(generous, COURSE_WIDE))
    assert rows["ben@andrew.cmu.edu"][2:] == [
        ("hw3", 30.0, 2, 1.0, "grace"),
        ("hw4a", 5.0, 1, 1.0, "grace"),
        ("hw4b", 30.0, 2, 1.0, "grace"),
    ]
