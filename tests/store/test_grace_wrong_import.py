"""A one-assignment export imported under one assignment, then under another: refused, naming the earlier import
and what would move (review13 6: a typo must not move a right import); with `move` (hostile12 1) the new one gets
its records, the earlier import is taken back exactly, and the result says what became of its records."""

from __future__ import annotations

import csv
import io

import pytest

from bot.course.loader import load_course
from bot.grace.gradescope import parse_export, reading_words
from bot.store.database import Store
from bot.store.grace_records import ImportWouldMove
from tests.conftest import BUNDLED_COURSES, FIXTURES, at

GRADES = FIXTURES / "gradescope"
NOW = at("2024-12-20 12:00")
IDENTITY = ("First Name", "Last Name", "SID", "Email", "Sections")

# Per course: its course-wide export, the column group cut out as a one-assignment export, the assignment it is
# wrongly imported as, the one it is for (as staff type them), and the ids of both.
CASES = {
    "10-605-s24": ("10-605_S24_grades.csv", "Homework 3 - Programming", "HW 4 Part A (Programming)", "hw3 programming"),
    "stat-187-f24": ("stat187_grades.csv", "Problem Set 6", "PS5 (Code)", "ps6"),
}


def one_assignment_export(course_wide: str, group: str) -> str:
    """The export Gradescope gives for one assignment: the identity columns, then Submission Time and Lateness."""
    rows = list(csv.DictReader(io.StringIO(course_wide)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*IDENTITY, "Submission Time", "Lateness (H:M:S)"])
    for row in rows:
        writer.writerow(
            [*(row[c] for c in IDENTITY), row[f"{group} - Submission Time"], row[f"{group} - Lateness (H:M:S)"]]
        )
    return out.getvalue()


@pytest.fixture(params=sorted(CASES))
def case(request, tmp_path):
    course = load_course(BUNDLED_COURSES[request.param])
    export_name, group, wrong, right = CASES[request.param]
    course_wide = (GRADES / export_name).read_text()
    store = Store(tmp_path / "g.db", zone=course.tz)
    yield course, store.grace, course_wide, one_assignment_export(course_wide, group), wrong, right
    store.close()


def state(records, course, emails) -> dict[str, list]:
    return {email: records.submissions(1, email) for email in emails}


def do_import(records, course, raw, assignment=None, **options):
    return records.import_export(
        1, parse_export(course, raw, assignment), raw, user_id=9, filename="scores.csv", now=NOW, **options
    )


def test_the_right_assignment_gets_the_records_and_the_wrong_import_is_removed(case):
    """Fresh records: after wrong-then-right, the wrong assignment has none of the file's records, the right one
    has them all, and the result names the import taken back and how many records it removed."""
    course, records, _, raw, wrong, right = case
    emails = [s.email for s in parse_export(course, raw, right).students]
    wrong_id = parse_export(course, raw, wrong).read_as[0][0]
    right_id = parse_export(course, raw, right).read_as[0][0]
    do_import(records, course, raw, wrong)
    result = do_import(records, course, raw, right, move=True)
    assert not result.duplicate
    assert result.changed == len(emails)
    assert [(t.removed, t.restored, t.kept) for t in result.taken_back] == [(len(emails), 0, 0)]
    assert f"imported before as {wrong_id}" in result.taken_back[0].words()
    for email in emails:
        held = {s.assignment_id for s in records.submissions(1, email)}
        assert held == {right_id}, email
    again = do_import(records, course, raw, right)
    assert (again.duplicate, again.taken_back) == (True, ())


def test_records_the_wrong_import_replaced_are_put_back_as_they_were(case):
    """After the course-wide export, the wrong import overwrites (or replaces) the wrong assignment's records;
    importing under the right one puts every record back exactly as the course-wide export left it."""
    course, records, course_wide, raw, wrong, right = case
    do_import(records, course, course_wide)
    emails = [s.email for s in parse_export(course, course_wide).students]
    before = state(records, course, emails)
    do_import(records, course, raw, wrong, replace_newer=True)
    assert state(records, course, emails) != before
    result = do_import(records, course, raw, right, move=True)
    assert state(records, course, emails) == before
    assert result.taken_back[0].restored > 0
    assert result.taken_back[0].kept == 0
    assert "put back as they were" in result.taken_back[0].words()


def test_a_record_a_later_import_changed_is_kept_and_counted(case):
    """A record the wrong import wrote that a later import changed since is the later import's: taking the wrong
    import back leaves it and says how many were kept."""
    course, records, course_wide, raw, wrong, right = case
    do_import(records, course, raw, wrong)
    do_import(records, course, course_wide, replace_newer=True)
    emails = [s.email for s in parse_export(course, course_wide).students]
    after_later = state(records, course, emails)
    result = do_import(records, course, raw, right, move=True)
    taken = result.taken_back[0]
    assert taken.kept > 0
    assert "a later import changed since kept as they are" in taken.words()
    wrong_id = parse_export(course, raw, wrong).read_as[0][0]
    for email in emails:
        later = [s for s in after_later[email] if s.assignment_id == wrong_id]
        assert [s for s in records.submissions(1, email) if s.assignment_id == wrong_id] == later


def test_an_import_from_before_what_it_changed_was_kept_is_named_and_left_as_it_is(case):
    """Imports recorded before v14 know their assignments only and kept nothing of what they changed: the same file
    read as the same assignments is still a no-op; read as another, it is imported, and the earlier import is named
    as left as it is (never said to be taken back)."""
    course, records, _, raw, wrong, right = case
    do_import(records, course, raw, wrong)
    wrong_id = parse_export(course, raw, wrong).read_as[0][0]
    emails = [s.email for s in parse_export(course, raw, wrong).students]
    records.store.db.execute("UPDATE imports SET read_as = NULL")
    records.store.db.execute("DELETE FROM import_prior")
    assert do_import(records, course, raw, wrong).duplicate
    result = do_import(records, course, raw, right, move=True)
    assert not result.duplicate
    (named,) = result.taken_back
    assert named.untracked
    assert "left as they are" in named.words()
    assert "taken back" not in named.words()
    for email in emails:
        assert wrong_id in {s.assignment_id for s in records.submissions(1, email)}
    assert do_import(records, course, raw, right).duplicate


def test_a_course_wide_export_read_again_as_the_same_assignments_is_still_a_no_op(case):
    """The reading is part of the identity, not a reason to re-read: a course-wide export twice changes nothing."""
    course, records, course_wide, *_ = case
    do_import(records, course, course_wide)
    again = do_import(records, course, course_wide)
    assert (again.duplicate, again.changed, again.taken_back) == (True, 0, ())


def test_importing_a_file_again_as_another_assignment_is_refused_without_move(case):
    """Right first, then a typo: refused, naming the earlier reading, the records that would move and the option;
    nothing changes, and the right import still answers as the same file."""
    course, records, _, raw, wrong, right = case
    emails = [s.email for s in parse_export(course, raw, right).students]
    right_words = reading_words(parse_export(course, raw, right).read_as)
    wrong_words = reading_words(parse_export(course, raw, wrong).read_as)
    do_import(records, course, raw, right)
    before = state(records, course, emails)
    with pytest.raises(ImportWouldMove) as err:
        do_import(records, course, raw, wrong)
    said = str(err.value)
    assert f"imported before as {right_words} (from scores.csv)" in said
    assert f"as {wrong_words} would take that import back and move its {len(emails)} record(s)" in said
    assert "move:True" in said
    assert state(records, course, emails) == before
    assert do_import(records, course, raw, right).duplicate


def test_an_import_from_before_v14_is_refused_too_and_named_as_staying(case):
    """An earlier import that kept nothing of what it changed is not moved either way: without `move` the refusal
    says its records would stay and the file's be added."""
    course, records, _, raw, wrong, right = case
    do_import(records, course, raw, wrong)
    records.store.db.execute("UPDATE imports SET read_as = NULL")
    with pytest.raises(ImportWouldMove, match="would stay as they are"):
        do_import(records, course, raw, right)
