"""Records under ids the course data no longer has: named, moved to the new id, or deleted (hostile6 5)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.errors import UserError
from bot.grace.engine import Grant
from bot.grace.gradescope import parse_export
from bot.store.database import Store
from tests.conftest import FIXTURES, at

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
NOW = at("2024-02-26 10:00")


def renamed(course, old: str, new: str):
    """The course with one assignment's id changed, as a data edit would."""
    items = tuple(dataclasses.replace(a, id=new) if a.id == old else a for a in course.assignments)
    return dataclasses.replace(course, assignments=items)


@pytest.fixture
def store(course, tmp_path):
    store = Store(tmp_path / "o.db", zone=course.tz)
    raw = EXPORT.read_text()
    store.grace.import_export(1, parse_export(course, raw), raw, user_id=9, filename="a.csv", now=NOW)
    store.grace.add_grant(
        1, "ben@andrew.cmu.edu", Grant("hw3", "extension", new_due=at("2024-02-22 23:59")), by=9, now=NOW
    )
    store.published.set_grades(1, "hw3", NOW, by=9, now=NOW)
    exam = course.exams[0].id
    store.published.set_exam_form(1, exam, "https://example.edu/form", by=9, now=NOW)
    yield store
    store.close()


def test_every_kind_of_record_under_a_vanished_id_is_named(course, store):
    """Submissions, grants, publication dates and conflict forms keyed by an id the data lost are all listed."""
    assert store.orphans.of(1, course) == []
    exam = course.exams[0]
    changed = dataclasses.replace(
        renamed(course, "hw3", "homework3"), exams=(dataclasses.replace(exam, id="midterm-x"), *course.exams[1:])
    )
    found = {(o.kind, o.old_id): dict(o.counts) for o in store.orphans.of(1, changed)}
    assert set(found) == {("assignment", "hw3"), ("exam", exam.id)}
    assert set(found[("assignment", "hw3")]) == {
        "imported submissions",
        "grants (extensions, permissions)",
        "grade-publication dates",
    }
    assert found[("exam", exam.id)] == {"conflict-form links": 1}
    assert store.orphans.of(2, changed) == []  # another server's records are its own


def test_records_move_to_the_new_id_and_count_again(course, store):
    """After the move the tally reads them under the new id; nothing is left behind, and it is audited."""
    changed = renamed(course, "hw3", "homework3")
    before = store.grace.tally(course, 1, "ben@andrew.cmu.edu").outcome("hw3")
    assert store.grace.tally(changed, 1, "ben@andrew.cmu.edu").outcome("homework3") is None
    with pytest.raises(UserError, match="is not an assignment id"):
        store.orphans.move(1, changed, "hw3", "hw99", by=9, now=NOW)
    store.orphans.move(1, changed, "hw3", "homework3", by=9, now=NOW)
    after = store.grace.tally(changed, 1, "ben@andrew.cmu.edu").outcome("homework3")
    assert (after.status, after.due) == (before.status, before.due)
    assert store.orphans.of(1, changed) == []
    assert store.audit.latest(1, 1)[0].action == "data.move_records"
    with pytest.raises(UserError, match="no records are kept under it"):
        store.orphans.move(1, changed, "hw3", "homework3", by=9, now=NOW)
    with pytest.raises(UserError, match=r"the course data still has an assignment 'hw1'"):
        store.orphans.move(1, changed, "hw1", None, by=9, now=NOW)


def test_delete_removes_them_and_a_collision_moves_nothing(course, store):
    """Moving onto an id that already holds the same records is refused whole; delete clears the old id."""
    gone = dataclasses.replace(course, assignments=tuple(a for a in course.assignments if a.id != "hw3"))
    with pytest.raises(UserError, match="nothing was moved"):
        store.orphans.move(1, gone, "hw3", "hw2", by=9, now=NOW)
    assert store.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment_id = 'hw3'").fetchone()[0] > 0
    store.orphans.move(1, gone, "hw3", None, by=9, now=NOW)
    assert store.orphans.of(1, gone) == []
    assert store.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment_id = 'hw3'").fetchone()[0] == 0


def test_every_kind_of_an_id_moves_at_once(course, store):
    """An id the data dropped both as an assignment and as an exam: deleting it deletes every kind of record."""
    gone = dataclasses.replace(course, assignments=tuple(a for a in course.assignments if a.id != "hw3"))
    store.published.set_exam_form(1, "hw3", "https://example.edu/hw3-form", by=9, now=NOW)
    assert {o.kind for o in store.orphans.of(1, gone) if o.old_id == "hw3"} == {"assignment", "exam"}
    moved = store.orphans.move(1, gone, "hw3", None, by=9, now=NOW)
    assert "assignment" in moved.kind
    assert "exam" in moved.kind
    assert [o for o in store.orphans.of(1, gone) if o.old_id == "hw3"] == []


def test_moving_an_extension_onto_one_the_student_has_leaves_one(course, tmp_path):
    """The student's extension of the old id meets their extension of the new id: the last granted stands alone."""
    store = Store(tmp_path / "e.db", zone=course.tz)
    try:
        ben = "ben@andrew.cmu.edu"
        store.grace.add_grant(1, ben, Grant("hw3", "extension", new_due=at("2024-02-22 23:59")), by=9, now=NOW)
        store.grace.add_grant(1, ben, Grant("hw2", "extension", new_due=at("2024-02-16 23:59")), by=9, now=NOW)
        gone = dataclasses.replace(course, assignments=tuple(a for a in course.assignments if a.id != "hw3"))
        store.orphans.move(1, gone, "hw3", "hw2", by=9, now=NOW)
        rows = store.db.execute(
            "SELECT new_due FROM grants WHERE guild_id = 1 AND assignment_id = 'hw2' AND kind = 'extension'"
        ).fetchall()
        assert len(rows) == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    ("new_id", "steps"),
    [
        ("homework3", 'in assignments.toml, change id = "hw3" to id = "homework3"'),
        ("hw2", "It has 'hw2' too: to re-key them, remove the assignment 'hw3' from assignments.toml (keep 'hw2')"),
        (None, "To delete them, first remove or rename that assignment in assignments.toml"),
    ],
)
def test_an_id_the_data_still_has_says_what_to_do(course, store, new_id, steps):
    """Moving (or deleting) records under an id the data still has changes nothing and says the steps that do it:
    the data's id first, then the data loaded again, then the move."""
    held = store.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment_id = 'hw3'").fetchone()[0]
    with pytest.raises(UserError) as refused:
        store.orphans.move(1, course, "hw3", new_id, by=9, now=NOW)
    assert steps in refused.value.message
    assert "/admin reload" in refused.value.message
    assert store.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment_id = 'hw3'").fetchone()[0] == held
