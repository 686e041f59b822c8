"""Grace-day records in SQLite: idempotent imports, newer exports update, links, grants, roster parsing."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.grace.engine import Grant
from bot.grace.gradescope import parse_export
from bot.grace.roster import parse_roster
from bot.store.database import Store
from tests.conftest import FIXTURES, at

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
NOW = at("2024-04-01 12:00")


@pytest.fixture
def records(tmp_path):
    store = Store(tmp_path / "g.db")
    yield store.grace
    store.close()


def test_same_export_twice_changes_nothing_and_a_newer_one_updates(course, records):
    """Re-importing is a no-op; an export with a changed lateness updates exactly that record."""
    raw = EXPORT.read_text()
    first = records.import_export(1, parse_export(course, raw), raw, user_id=9, filename="a.csv", now=NOW)
    assert first.changed > 0
    assert not first.duplicate
    again = records.import_export(1, parse_export(course, raw), raw, user_id=9, filename="a.csv", now=NOW)
    assert (again.changed, again.duplicate) == (0, True)
    header, *rows = raw.splitlines()
    cells = rows[0].split(",")
    late_col = header.split(",").index("Homework 1 - Lateness (H:M:S)")
    cells[late_col] = "10:00:00"
    newer = "\n".join([header, ",".join(cells), *rows[1:]]) + "\n"
    updated = records.import_export(1, parse_export(course, newer), newer, user_id=9, filename="b.csv", now=NOW)
    assert updated.changed == 1
    email = cells[header.split(",").index("Email")]
    assert records.tally(course, 1, email).outcome("hw1").status == "grace"


def test_links_and_grants(course, records):
    """A linked user finds their record; grants are stored per student and applied to the tally."""
    raw = EXPORT.read_text()
    records.import_export(1, parse_export(course, raw), raw, user_id=9, filename="a.csv", now=NOW)
    records.store.links.link_roster(1, [("Ben@andrew.cmu.edu", 77, "ben")], by=9, now=NOW)
    assert records.student_for_user(1, 77).email == "ben@andrew.cmu.edu"
    assert records.student_for_user(2, 77) is None  # another server's records are separate
    grant = Grant("hw1", "permission", reason="travel")
    records.add_grant(1, "ben@andrew.cmu.edu", grant, by=9, now=NOW)
    assert records.grants(1, "ben@andrew.cmu.edu") == [Grant("hw1", "permission", reason="travel", granted_by="9")]
    with pytest.raises(UserError, match="No student"):
        records.student(1, "nobody@x.edu")


def test_roster_parsing():
    """Rows need an email and a numeric Discord id; bad rows are reported by spreadsheet row number."""
    roster = parse_roster("email,discord,username\na@x.edu,123,ann\nnot-an-email,5,\nb@x.edu,bob,\n")
    assert roster.rows == (("a@x.edu", 123, "ann"),)
    assert roster.skipped == (3, 4)
    with pytest.raises(UserError, match="columns"):
        parse_roster("name,id\nx,1\n")


def test_a_new_extension_replaces_the_earlier_one_and_revoke_takes_grants_back(course, records):
    """hostile6 4: grants are facts staff correct, not a pile combined by max: the latest extension stands (an
    earlier date included), the outcome names what it replaced, and revoking leaves the tally without it."""
    raw = EXPORT.read_text()
    records.import_export(1, parse_export(course, raw), raw, user_id=9, filename="a.csv", now=NOW)
    late, early = at("2024-02-24 23:59"), at("2024-02-22 23:59")
    first = records.add_grant(1, "ben@andrew.cmu.edu", Grant("hw3", "extension", new_due=late), by=9, now=NOW)
    assert (first.recorded, first.replaced) == (True, ())
    second = records.add_grant(1, "ben@andrew.cmu.edu", Grant("hw3", "extension", new_due=early), by=9, now=NOW)
    assert [r.grant.new_due for r in second.replaced] == [late]
    assert [g.new_due for g in records.grants(1, "ben@andrew.cmu.edu")] == [early]
    assert records.tally(course, 1, "ben@andrew.cmu.edu").outcome("hw3").due == early
    same = records.add_grant(1, "ben@andrew.cmu.edu", Grant("hw3", "extension", new_due=early), by=9, now=NOW)
    assert (same.recorded, same.same.grant.new_due) == (False, early)
    records.add_grant(1, "ben@andrew.cmu.edu", Grant("hw3", "permission"), by=9, now=NOW)
    revoked = records.revoke_grants(1, "ben@andrew.cmu.edu", "hw3", "extension", by=9, now=NOW)
    assert [r.grant.kind for r in revoked] == ["extension"]
    assert records.tally(course, 1, "ben@andrew.cmu.edu").outcome("hw3").due == course.assignment("hw3").due
    assert [g.kind for g in records.grants(1, "ben@andrew.cmu.edu")] == ["permission"]
    with pytest.raises(UserError, match="no extension grant on hw3"):
        records.revoke_grants(1, "ben@andrew.cmu.edu", "hw3", "extension", by=9, now=NOW)
