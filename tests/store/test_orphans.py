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


def _with_copy(course, old: str, new: str):
    """The course with a second id for one assignment (same title and due): a rename made by adding the new id."""
    item = course.assignment(old)
    return dataclasses.replace(course, assignments=(*course.assignments, dataclasses.replace(item, id=new)))


# (what the new id is, what the refusal must say with records, what it must never say)
LIVE_ID_CASES = [
    ("absent", "If {old!r} is being renamed to 'zz9': in assignments.toml, change id", "another assignment"),
    ("other live", "is another assignment of the course: the records stay with {old!r}", "remove the assignment"),
    ("same thing", "remove the assignment {old!r} from assignments.toml (keep {new!r})", "another assignment"),
    ("delete", "They are not left over, so they are not deleted here", "remove the assignment"),
]


@pytest.mark.parametrize("which", ["course", "second_course"])
@pytest.mark.parametrize("records", [True, False])
@pytest.mark.parametrize(("new_kind", "says", "never"), LIVE_ID_CASES)
def test_records_under_a_live_id_are_counted_and_never_a_live_item_dropped(
    request, tmp_path, which, records, new_kind, says, never
):
    """An id the data still has: nothing changes; with no records under it, only that; with records, they are
    counted, two live ids of different items are named as two items, and dropping an item from the data is advised
    only when both ids are plainly one thing (same title and due)."""
    course = request.getfixturevalue(which)
    old, other = course.assignments[2].id, course.assignments[3].id
    new = {"absent": "zz9", "other live": other, "same thing": f"{old}-renamed", "delete": None}[new_kind]
    if new_kind == "same thing":
        course = _with_copy(course, old, new)
    store = Store(tmp_path / "live.db", zone=course.tz)
    try:
        if records:
            store.published.set_grades(1, old, NOW, by=9, now=NOW)
            store.grace.add_grant(1, "ada@example.edu", Grant(old, "permission"), by=9, now=NOW)
        with pytest.raises(UserError) as refused:
            store.orphans.move(1, course, old, new, by=9, now=NOW)
        message = refused.value.message
        assert course.assignment(old).title in message
        if not records:
            assert message.startswith(f"Nothing to move from {old!r}: no records are kept under it")
            assert "its records" not in message
            assert "remove" not in message
        else:
            assert "1 grants (extensions, permissions), 1 grade-publication dates" in message
            assert says.format(old=old, new=new) in message
            assert never not in message
            if new_kind == "other live":
                assert course.assignment(other).title in message
        assert store.orphans.of(1, course) == []
        kept = store.db.execute("SELECT COUNT(*) FROM grants WHERE assignment_id = ?", [old]).fetchone()[0]
        assert kept == (1 if records else 0)
    finally:
        store.close()
