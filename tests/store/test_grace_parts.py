"""Grace-day records keep every assignment PART (hostile5 1, 2), and an import is a real no-op when repeated, and
never silently takes records back (hostile5 3)."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from bot.grace.engine import compute_tally
from bot.grace.gradescope import parse_export
from bot.store.database import Store
from bot.store.grace_records import OlderExport
from tests.conftest import FIXTURES, at

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
ONE_PART = FIXTURES / "gradescope" / "HW_3_Programming_scores.csv"
NOW = at("2024-04-01 12:00")
BEN = "ben@andrew.cmu.edu"


@pytest.fixture
def records(tmp_path, course):
    store = Store(tmp_path / "g.db", zone=course.tz)
    yield store.grace
    store.close()


def each_part(course):
    return dataclasses.replace(course, late=dataclasses.replace(course.late, measure="each-part"))


def load(records, course, raw, name="a.csv", *, assignment=None, **options):
    data = parse_export(course, raw, assignment)
    return records.import_export(1, data, raw, user_id=9, filename=name, now=NOW, **options)


def file_tally(course, raw, email):
    """The tally straight from the file, no database (what `gracedays report` says)."""
    record = next(s for s in parse_export(course, raw).students if s.email == email)
    return compute_tally(course, record.submissions)


def with_cell(raw: str, email: str, column: str, value: str) -> str:
    header, *rows = raw.splitlines()
    names = header.split(",")
    out = [header]
    for row in rows:
        cells = row.split(",")
        if cells[names.index("Email")] == email:
            cells[names.index(column)] = value
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("measure", ["each-part", "latest-part"])
def test_the_records_tally_every_student_as_the_file_does(course, records, measure):
    """Every part is stored: for each student, the tally from the database equals the tally from the file."""
    course = each_part(course) if measure == "each-part" else course
    raw = EXPORT.read_text()
    load(records, course, raw)
    for student in parse_export(course, raw).students:
        assert records.tally(course, 1, student.email) == file_tally(course, raw, student.email), student.email
    # Ben's Written parts (30 h, 5 h, 30 h late) are kept next to his on-time Programming parts.
    if measure == "each-part":
        tally = records.tally(course, 1, BEN)
        assert tally.outcome("hw3", "written").late_hours == 30
        assert tally.outcome("hw3", "programming").status == "on-time"


def test_a_one_part_export_updates_that_part_only(course, records):
    """A later export of one part changes that part; the other parts' lateness still counts (latest part)."""
    load(records, course, EXPORT.read_text())
    before = records.tally(course, 1, BEN).outcome("hw3")
    assert before.late_hours == 30
    one_part = with_cell(ONE_PART.read_text(), BEN, "Submission Time", "2024-02-21 21:30:00 -0500")
    one_part = with_cell(one_part, BEN, "Lateness (H:M:S)", "00:00:00")
    one_part = with_cell(one_part, "cy@andrew.cmu.edu", "Submission Time", "2024-02-21 23:59:00 -0500")
    load(records, course, one_part, "HW_3_Programming_scores.csv", assignment="HW_3_Programming_scores.csv")
    after = records.tally(course, 1, BEN).outcome("hw3")
    assert (after.late_hours, after.status, after.credit) == (before.late_hours, before.status, before.credit)
    # ...and a later Programming part that is the latest counts.
    later = with_cell(one_part, "ada@andrew.cmu.edu", "Submission Time", "2024-02-24 20:59:00 -0500")
    later = with_cell(later, "ada@andrew.cmu.edu", "Lateness (H:M:S)", "48:00:00")
    load(records, course, later, "HW_3_Programming_scores.csv", assignment="hw3 (programming)")
    assert records.tally(course, 1, "ada@andrew.cmu.edu").outcome("hw3").late_hours == 48


def test_importing_a_file_again_writes_nothing(course, records):
    """The same file again after a newer one: a no-op (records, imports and audit untouched), said so."""
    week1 = EXPORT.read_text()
    week2 = with_cell(week1, "ada@andrew.cmu.edu", "Homework 1 - Submission Time", "2024-01-31 23:59:00 -0500")
    week2 = with_cell(week2, "ada@andrew.cmu.edu", "Homework 1 - Lateness (H:M:S)", "48:00:00")
    load(records, course, week1, "week1.csv")
    load(records, course, week2, "week2.csv")
    db = records.store.db
    rows = db.execute("SELECT * FROM submissions ORDER BY rowid").fetchall()
    audit = db.execute("SELECT COUNT(*) FROM audit").fetchone()
    again = load(records, course, week1, "week1.csv")
    assert (again.duplicate, again.changed) == (True, 0)
    assert db.execute("SELECT * FROM submissions ORDER BY rowid").fetchall() == rows
    assert db.execute("SELECT COUNT(*) FROM audit").fetchone() == audit
    assert records.tally(course, 1, "ada@andrew.cmu.edu").outcome("hw1").late_hours == 48


def test_an_older_file_is_refused_saying_what_it_would_take_back(course, records):
    """A different file that is older (a part submitted earlier than recorded, or not at all) changes nothing and
    names the submissions; with replace_newer it is imported."""
    week1 = EXPORT.read_text()
    week2 = with_cell(week1, "ada@andrew.cmu.edu", "Homework 1 - Submission Time", "2024-01-31 23:59:00 -0500")
    week2 = with_cell(week2, "ada@andrew.cmu.edu", "Homework 1 - Lateness (H:M:S)", "48:00:00")
    load(records, course, week2, "week2.csv")
    older = week1.replace("\n", "\r\n")  # another file (other bytes), the same older content
    with pytest.raises(OlderExport, match=r"ada@andrew\.cmu\.edu, hw1: submitted Wed Jan 31 2024, 23:59:00 EST"):
        load(records, course, older, "week1-copy.csv")
    assert records.tally(course, 1, "ada@andrew.cmu.edu").outcome("hw1").late_hours == 48
    assert records.store.db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 1
    gone = with_cell(week2, BEN, "Homework 1 - Submission Time", "")
    with pytest.raises(OlderExport, match=r"ben@andrew\.cmu\.edu, hw1: submitted .* not submitted in this file"):
        load(records, course, gone, "gone.csv")
    done = load(records, course, older, "week1-copy.csv", replace_newer=True)
    assert done.changed == 1
    assert records.tally(course, 1, "ada@andrew.cmu.edu").outcome("hw1").status == "on-time"


def test_records_from_before_parts_upgrade_and_are_replaced_by_a_whole_export(course, tmp_path):
    """A v7 database's submissions (one row per assignment) upgrade as part "", still count, and give way to
    the parts once an export holds the whole assignment; a one-part export keeps them."""
    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE submissions; CREATE TABLE submissions (guild_id INTEGER, email TEXT, assignment_id TEXT, "
        "submitted_at TEXT, lateness_s FLOAT, import_id INTEGER, PRIMARY KEY (guild_id, email, assignment_id));"
        "INSERT INTO students (guild_id, email) VALUES (1, 'ben@andrew.cmu.edu');"
        "INSERT INTO submissions VALUES (1, 'ben@andrew.cmu.edu', 'hw3', NULL, 108000.0, 1);"
        "PRAGMA user_version = 7;"
    )
    conn.close()
    store = Store(path)
    try:
        assert store.version >= 8
        records = store.grace
        assert records.tally(course, 1, BEN).outcome("hw3").late_hours == 30
        raw = with_cell(ONE_PART.read_text(), "cy@andrew.cmu.edu", "Submission Time", "")
        load(records, course, raw, "HW_3_Programming_scores.csv", assignment="hw3 (programming)")
        assert {p for (p,) in store.db.execute("SELECT part FROM submissions WHERE email = ?", [BEN])} == {
            "",
            "programming",
        }
        load(records, course, EXPORT.read_text(), replace_newer=True)
        parts = store.db.execute("SELECT part FROM submissions WHERE email = ? AND assignment_id = 'hw3'", [BEN])
        assert {p for (p,) in parts} == {"written", "programming"}
    finally:
        store.close()
