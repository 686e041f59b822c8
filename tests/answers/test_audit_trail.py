"""/admin audit in words: each recorded action reads as a sentence starting with who did it; never raw JSON."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.audit_trail import SENTENCES, audit_sentence
from bot.core.answer import Mention, Stamp
from bot.store.audit import AuditEntry
from tests.conftest import at

WHEN = at("2024-03-01 09:00")
CASES = [
    ("setup", {"channel_id": 123}, "<@7> set the announcement channel to <#123>"),
    ("setup", {"staff_role": 55}, "<@7> set the staff role to <@&55>"),
    (
        "setup",
        {"section": "10-605", "role": 3, "channel": 4},
        "<@7> set section 10-605's role to <@&3> and its channel to <#4>",
    ),
    ("setup", {"kind": "oh_change", "enabled": False}, "<@7> turned off oh change announcements"),
    ("setup", {"deadline_offsets": "48h, 2h"}, "<@7> set deadline reminders to 48h, 2h before"),
    ("setup", {"morning": "07:30"}, "<@7> set the morning announcements to 07:30"),
    (
        "exam.set_form",
        {"exam": "exam1", "url": "https://f/1"},
        "<@7> published the conflict form for Exam 1: https://f/1",
    ),
    ("announce.cancel", {"id": 4}, "<@7> cancelled announcement #4"),
    (
        "gracedays.import",
        {"file": "grades.csv", "students": 6, "changed": 3},
        "<@7> imported grades.csv (6 students, 3 records changed)",
    ),
    (
        "gracedays.grant.extension",
        {"student": "a@b.edu", "assignment": "hw3", "reason": "medical"},
        "<@7> granted an extension on HW3 to a@b.edu: medical",
    ),
    (
        "gracedays.grant.permission",
        {"student": "a@b.edu", "assignment": "hw3", "reason": "travel"},
        "<@7> granted a@b.edu permission to submit HW3 later than the late rule allows: travel",
    ),
    (
        "gracedays.grant.pool",
        {"student": "a@b.edu", "assignment": "hw3", "reason": "asked by email"},
        "<@7> recorded that a@b.edu asked to use grace days on HW3: asked by email",
    ),
    ("gracedays.link", {"user": 5, "email": "a@b.edu"}, "<@7> linked <@5> to a@b.edu"),
    (
        "gracedays.link",
        {"user": 5, "email": "a@b.edu", "source": "roster"},
        "<@7> linked <@5> to a@b.edu from a roster",
    ),
    ("gracedays.link.approved", {"user": 5, "email": "a@b.edu"}, "<@7> approved linking <@5> to a@b.edu"),
    ("gracedays.link.moved", {"user": 5, "email": "a@b.edu", "from": 6}, "<@7> moved a@b.edu from <@6> to <@5>"),
    (
        "gracedays.link.denied",
        {"user": 5, "email": "a@b.edu", "reason": "not theirs"},
        "<@7> turned down <@5>'s request to link a@b.edu: not theirs",
    ),
    (
        "gracedays.link.refused",
        {"user": 5, "email": "a@b.edu", "reason": "request_changed", "requested": "c@d.edu"},
        "<@7> was refused linking <@5> to a@b.edu: their request had changed to c@d.edu",
    ),
    (
        "gracedays.link.refused",
        {"user": 5, "email": "a@b.edu", "reason": "linked_elsewhere", "holder": 6},
        "<@7> was refused linking <@5> to a@b.edu: a@b.edu is linked to <@6>",
    ),
    ("data.reload", {"from": "v1", "to": "v2"}, "<@7> reloaded the course data (version v1 → v2)"),
    (
        "gracedays.revoke",
        {"student": "ben@x.edu", "assignment": "hw3", "kinds": ["extension"]},
        "<@7> revoked ben@x.edu's extension on HW3",
    ),
    (
        "data.move_records",
        {"kind": "assignment", "from": "hw3", "to": "homework3"},
        "<@7> moved the records of assignment id 'hw3' to 'homework3'",
    ),
    ("data.move_records", {"kind": "exam", "from": "mid", "to": None}, "<@7> deleted the records of exam id 'mid'"),
    (
        "events.sync",
        {"kinds": ["exam"], "created": 2, "updated": 1, "deleted": 0},
        "<@7> synced the server's events (2 created, 1 updated, 0 deleted)",
    ),
]


def entry(action: str, details: dict) -> AuditEntry:
    return AuditEntry(id=1, at=WHEN, guild_id=1000, user_id=7, action=action, details=details)


MARKUP = {"user": "<@{}>", "channel": "<#{}>", "role": "<@&{}>"}


def plain(parts: tuple) -> str:
    """The sentence as Discord markup: mentions as <@id>, timestamps as [ISO]."""

    def one(part) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, Mention):
            return MARKUP[part.kind].format(part.id)
        return f"[{part.at.isoformat()}]"

    return "".join(one(p) for p in parts)


@pytest.mark.parametrize(("action", "details", "sentence"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_each_action_reads_as_a_sentence(course, action, details, sentence):
    assert plain(audit_sentence(entry(action, details), course)) == sentence


def test_every_rule_has_a_case():
    assert {action for action, _, _ in CASES} | {"grades.published", "announce.add"} == set(SENTENCES)


@pytest.mark.parametrize("stored", ["2024-03-10T14:00:00.000000Z", "2024-03-10T10:00:00-04:00"])
def test_times_in_details_become_timestamps(course, stored):
    """Times recorded in details (UTC now, with an offset in older rows) are Stamps, shown by each front end."""
    parts = audit_sentence(entry("grades.published", {"assignment": "hw1", "at": stored}), course)
    (stamp,) = [p for p in parts if isinstance(p, Stamp)]
    assert stamp.at == dt.datetime(2024, 3, 10, 14, 0, tzinfo=dt.UTC)
    assert plain(parts).startswith("<@7> recorded the grades of HW1 as published [")
    scheduled = audit_sentence(entry("announce.add", {"id": 3, "at": stored}), course)
    assert plain(scheduled).startswith("<@7> scheduled announcement #3 for [")


def test_every_person_is_a_mention_each_front_end_shows_its_way(course):
    """Users are Mention segments (Discord shows the member, the console a name or id), never raw markup."""
    parts = audit_sentence(entry("gracedays.link.moved", {"user": 5, "email": "a@b.edu", "from": 6}))
    assert [p for p in parts if isinstance(p, Mention)] == [Mention("user", 7), Mention("user", 6), Mention("user", 5)]
    assert plain(parts) == "<@7> moved a@b.edu from <@6> to <@5>"


@pytest.mark.parametrize(
    ("action", "details", "sentence"),
    [
        ("something.new", {"b": 2, "a": "x"}, "<@7> did something.new (a: x, b: 2)"),
        ("gracedays.link.approved", {"email": "a@b.edu"}, "<@7> did gracedays.link.approved (email: a@b.edu)"),
        ("setup", {}, "<@7> did setup"),
        ("grades.published", {"assignment": "hw9", "at": "soon"}, "<@7> recorded the grades of hw9 as published soon"),
    ],
)
def test_unknown_or_incomplete_entries_still_read_plainly(action, details, sentence):
    """No rule, or a detail missing: the action and its details in words, never JSON and never an error."""
    assert plain(audit_sentence(entry(action, details))) == sentence
