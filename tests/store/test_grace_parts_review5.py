"""Review 5 (2, 3, 5): a file with an assignment both whole and by parts keeps every record it holds; an old
whole-assignment record and new part records are never both charged; replace_newer works for a file seen before."""

from __future__ import annotations

import contextlib
import csv
import io
import sqlite3

from bot.grace.gradescope import parse_export
from bot.store.database import Store
from tests.conftest import FIXTURES
from tests.store.test_grace_parts import BEN, EXPORT, NOW, ONE_PART, each_part, load, records, with_cell  # noqa: F401

ADA = "ada@andrew.cmu.edu"


def _with_whole_column(raw: str, assignment: str, before: str) -> str:
    """The export with a whole-assignment column set inserted before `before`, holding that part's values."""
    rows = list(csv.reader(io.StringIO(raw)))
    i = rows[0].index(before)
    names = ["Max Points", "Submission Time", "Lateness (H:M:S)"]
    rows[0][i:i] = [assignment, *(f"{assignment} - {name}" for name in names)]
    for row in rows[1:]:
        row[i:i] = row[i : i + 4]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _labels(grace, email: str, assignment_id: str) -> list[str]:
    rows = grace.store.db.execute(
        "SELECT part FROM submissions WHERE email = ? AND assignment_id = ? ORDER BY part", [email, assignment_id]
    )
    return [part for (part,) in rows]


def test_a_file_with_an_assignment_whole_and_by_parts_keeps_every_record_it_holds(course, records):  # noqa: F811
    raw = _with_whole_column(EXPORT.read_text(), "Homework 3", "Homework 3 - Written")
    data = parse_export(course, raw)
    for student in data.students:
        held = sorted({p.part for p in student.parts if p.assignment_id == "hw3"})
        assert len(held) > 1, "the file holds hw3 both whole and by parts"
    result = load(records, course, raw)
    assert not result.duplicate
    for student in data.students:
        held = sorted({p.part for p in student.parts if p.assignment_id == "hw3"})
        assert _labels(records, student.email, "hw3") == held
    assert records.tally(course, 1, BEN).outcome("hw3") is not None


def test_a_whole_file_still_replaces_labels_it_does_not_hold(course, records):  # noqa: F811
    raw = EXPORT.read_text()
    load(records, course, raw)
    records.store.db.execute(
        "INSERT INTO submissions (guild_id, email, assignment_id, part, submitted_at, lateness_s, import_id) "
        "VALUES (1, ?, 'hw3', 'stale', NULL, NULL, 1)",
        [BEN],
    )
    ben = next(s for s in parse_export(course, raw).students if s.email == BEN)
    held = sorted({p.part for p in ben.parts if p.assignment_id == "hw3"})
    load(records, course, with_cell(raw, ADA, "Homework 1 - Lateness (H:M:S)", "01:00:00"), "b.csv")
    assert _labels(records, BEN, "hw3") == held


def _migrated_v7(tmp_path, course) -> Store:
    """A v7 database (one row per assignment) with Ben's hw3 recorded 5 h late, opened (migrated to v8+)."""
    path = tmp_path / "v7.db"
    script = (FIXTURES / "store" / "v7.sql").read_text()
    row = "INSERT INTO submissions VALUES(1000,'ben@andrew.cmu.edu','hw3','2024-02-23T08:59:00.000000Z',18000.0,1);"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.executescript(script + row)
    return Store(path, zone=course.tz)


def test_parts_imported_after_the_migration_replace_the_old_whole_record_in_the_tally(tmp_path, course):
    course = each_part(course)
    store = _migrated_v7(tmp_path, course)
    try:
        before = store.grace.tally(course, 1000, BEN)
        assert [(o.assignment_id, o.part) for o in before.outcomes if o.assignment_id == "hw3"] == [("hw3", "")]
        raw = with_cell(ONE_PART.read_text(), BEN, "Submission Time", "2024-02-23 03:59:00 -0500")
        raw = with_cell(raw, BEN, "Lateness (H:M:S)", "05:00:00")
        data = parse_export(course, raw, "hw3 (written)")
        store.grace.import_export(1000, data, raw, user_id=9, filename="w.csv", now=NOW)
        after = store.grace.tally(course, 1000, BEN)
        hw3 = [o for o in after.outcomes if o.assignment_id == "hw3"]
        assert [o.part for o in hw3] == ["written"], "one outcome per recorded part, no phantom whole"
        assert after.used == before.used, "the same 5 h charged once"
    finally:
        store.close()


def test_replace_newer_reads_a_file_imported_before(course, records):  # noqa: F811
    week1 = EXPORT.read_text()
    week2 = with_cell(week1, ADA, "Homework 1 - Submission Time", "2024-01-31 23:59:00 -0500")
    week2 = with_cell(week2, ADA, "Homework 1 - Lateness (H:M:S)", "48:00:00")
    load(records, course, week1, "week1.csv")
    load(records, course, week2, "week2.csv")  # the wrong file: staff want week1's records back
    again = load(records, course, week1, "week1.csv", replace_newer=True)
    assert (again.duplicate, again.changed > 0) == (False, True)
    assert records.tally(course, 1, ADA).outcome("hw1").late_hours == 0
    once_more = load(records, course, week1, "week1.csv", replace_newer=True)
    assert (once_more.duplicate, once_more.changed) == (True, 0), "nothing left to change: still a no-op"
