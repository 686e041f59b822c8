"""Account links: staff approve exactly the user and email they reviewed; a changed request needs a new review; an
email linked to another account is refused or, confirmed, moved with both people told; everything audited."""

from __future__ import annotations

import pytest

from bot.answers.grace import not_linked_message
from bot.grace.gradescope import parse_export
from bot.store.database import Store
from bot.store.links import Requested, Review
from tests.conftest import FIXTURES, at

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
GUILD, TA = 1000, 9
STUDENT, BEN, OTHER = 10, 77, 88
NOW = at("2024-04-01 12:00")


@pytest.fixture
def store(tmp_path, course):
    store = Store(tmp_path / "bot.db")
    raw = EXPORT.read_text()
    store.grace.import_export(GUILD, parse_export(course, raw), raw, user_id=TA, filename="g.csv", now=NOW)
    yield store
    store.close()


def actions(store: Store) -> list[tuple[str, dict]]:
    """Audit entries, oldest first, without the import."""
    return [(e.action, e.details) for e in reversed(store.audit.latest(GUILD)) if e.action != "gracedays.import"]


def linked(store: Store, user_id: int) -> str | None:
    student = store.grace.student_for_user(GUILD, user_id)
    return student.email if student else None


def test_a_changed_request_needs_a_new_review(store):
    """The issue's case: cy@ requested, then ben@; staff approve what they reviewed (cy@): refused, nothing linked."""
    assert store.links.request(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", NOW) is Requested.NEW
    assert store.links.request(GUILD, STUDENT, "sam", "ben@andrew.cmu.edu", NOW) is Requested.REPLACED
    result = store.links.approve(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", by=TA, now=NOW)
    assert result.outcome is Review.REQUEST_CHANGED
    assert result.request.email == "ben@andrew.cmu.edu"
    assert linked(store, STUDENT) is None
    assert actions(store) == [
        (
            "gracedays.link.refused",
            {
                "user": STUDENT,
                "email": "cy@andrew.cmu.edu",
                "reason": "request_changed",
                "requested": "ben@andrew.cmu.edu",
            },
        )
    ]
    again = store.links.approve(GUILD, STUDENT, "sam", "Ben@Andrew.cmu.edu ", by=TA, now=NOW)
    assert again.outcome is Review.APPROVED
    assert linked(store, STUDENT) == "ben@andrew.cmu.edu"
    assert actions(store)[-1] == ("gracedays.link.approved", {"user": STUDENT, "email": "ben@andrew.cmu.edu"})


def test_an_email_linked_to_another_account_is_refused_then_moved_on_confirmation(store):
    """No silent hand-over: refused without move; with move, the email moves and both accounts get a notice."""
    store.links.link_roster(GUILD, [("ben@andrew.cmu.edu", BEN, "ben")], by=TA, now=NOW)
    store.links.request(GUILD, OTHER, "impostor", "ben@andrew.cmu.edu", NOW)
    refused = store.links.approve(GUILD, OTHER, "impostor", "ben@andrew.cmu.edu", by=TA, now=NOW)
    assert (refused.outcome, refused.other_user_id) == (Review.LINKED_ELSEWHERE, BEN)
    assert linked(store, BEN) == "ben@andrew.cmu.edu"
    assert linked(store, OTHER) is None
    assert store.notices.take(GUILD, BEN, NOW) == []

    moved = store.links.approve(GUILD, OTHER, "other", "ben@andrew.cmu.edu", by=TA, now=NOW, move=True)
    assert (moved.outcome, moved.other_user_id) == (Review.MOVED, BEN)
    assert linked(store, BEN) is None
    assert linked(store, OTHER) == "ben@andrew.cmu.edu"
    (told_ben,) = store.notices.take(GUILD, BEN, NOW)
    assert (told_ben.kind, told_ben.details) == ("link.moved_away", {"email": "ben@andrew.cmu.edu"})
    (told_other,) = store.notices.take(GUILD, OTHER, NOW)
    assert (told_other.kind, told_other.details) == ("link.approved", {"email": "ben@andrew.cmu.edu", "moved": True})
    assert store.notices.take(GUILD, BEN, NOW) == []  # each notice is shown once
    assert [a for a, _ in actions(store)] == ["gracedays.link", "gracedays.link.refused", "gracedays.link.moved"]
    assert actions(store)[-1][1] == {"user": OTHER, "email": "ben@andrew.cmu.edu", "from": BEN}


def test_the_real_owner_never_sees_a_request_they_did_not_make_as_waiting(store, course):
    """Ben's own request was approved long ago; after a move he is told it moved, never "your request is waiting"."""
    store.links.request(GUILD, BEN, "ben", "ben@andrew.cmu.edu", NOW)
    store.links.approve(GUILD, BEN, "ben", "ben@andrew.cmu.edu", by=TA, now=NOW)
    store.links.request(GUILD, OTHER, "other", "ben@andrew.cmu.edu", NOW)
    store.links.approve(GUILD, OTHER, "other", "ben@andrew.cmu.edu", by=TA, now=NOW, move=True)
    assert linked(store, BEN) is None
    assert store.links.waiting_email(GUILD, BEN) is None
    assert "waiting" not in not_linked_message(course, store.links.waiting_email(GUILD, BEN))
    # A request of their own that is still waiting is mentioned, with the email they asked for.
    store.links.request(GUILD, BEN, "ben", "ben.b@andrew.cmu.edu", NOW)
    assert "request to link ben.b@andrew.cmu.edu is waiting" in not_linked_message(
        course, store.links.waiting_email(GUILD, BEN)
    )


def test_no_waiting_request_is_refused_and_audited(store):
    """Approving someone who asked for nothing, or whose request was already decided, changes nothing."""
    assert store.links.approve(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", by=TA, now=NOW).outcome is Review.NO_REQUEST
    store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW)
    store.links.deny(GUILD, STUDENT, "ada@andrew.cmu.edu", by=TA, now=NOW, reason="not your email")
    assert store.links.approve(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", by=TA, now=NOW).outcome is Review.NO_REQUEST
    assert linked(store, STUDENT) is None
    assert [a for a, d in actions(store)] == [
        "gracedays.link.refused",
        "gracedays.link.denied",
        "gracedays.link.refused",
    ]


def test_a_denial_names_the_email_and_tells_the_student_why(store):
    store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW)
    wrong = store.links.deny(GUILD, STUDENT, "cy@andrew.cmu.edu", by=TA, now=NOW, reason="x")
    assert wrong.outcome is Review.REQUEST_CHANGED
    denied = store.links.deny(GUILD, STUDENT, "ada@andrew.cmu.edu", by=TA, now=NOW, reason="not your email")
    assert denied.outcome is Review.DENIED
    assert store.links.request_for(GUILD, STUDENT).status == "denied"
    (notice,) = store.notices.take(GUILD, STUDENT, NOW)
    assert notice.details == {"email": "ada@andrew.cmu.edu", "reason": "not your email"}
    assert store.links.pending(GUILD) == []


def test_what_a_request_did(store):
    """New, the same again, replaced by another email, or nothing to do because the account is linked already."""
    assert store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW) is Requested.NEW
    assert store.links.request(GUILD, STUDENT, "sam", " ADA@andrew.cmu.edu", NOW) is Requested.UNCHANGED
    assert store.links.request(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", NOW) is Requested.REPLACED
    store.links.approve(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", by=TA, now=NOW)
    assert store.links.request(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", NOW) is Requested.ALREADY_LINKED
    assert store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW) is Requested.NEW


def test_relinking_to_another_email_releases_the_old_one(store):
    store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW)
    store.links.approve(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", by=TA, now=NOW)
    store.links.request(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", NOW)
    result = store.links.approve(GUILD, STUDENT, "sam", "cy@andrew.cmu.edu", by=TA, now=NOW)
    assert result.previous_email == "ada@andrew.cmu.edu"
    assert linked(store, STUDENT) == "cy@andrew.cmu.edu"
    assert store.grace.student(GUILD, "ada@andrew.cmu.edu").user_id is None
    assert actions(store)[-1][1]["previous"] == "ada@andrew.cmu.edu"


def test_pending_requests_show_what_to_check(store):
    """Staff see when approving means a move, when the email is not in the grade records, and the current link."""
    store.links.link_roster(GUILD, [("ben@andrew.cmu.edu", BEN, "ben")], by=TA, now=NOW)
    store.links.request(GUILD, OTHER, "other", "ben@andrew.cmu.edu", at("2024-04-01 09:00"))
    store.links.request(GUILD, STUDENT, "sam", "nobody@andrew.cmu.edu", at("2024-04-01 10:00"))
    store.links.request(GUILD, BEN, "ben", "ben.b@andrew.cmu.edu", at("2024-04-01 11:00"))
    first, second, third = store.links.pending(GUILD)
    assert (first.request.user_id, first.holder_id, first.in_records) == (OTHER, BEN, True)
    assert (second.request.user_id, second.holder_id, second.in_records) == (STUDENT, None, False)
    assert (third.request.user_id, third.current_email) == (BEN, "ben@andrew.cmu.edu")
    assert first.request.at == at("2024-04-01 09:00")
    assert store.links.pending(GUILD + 1) == []  # another server's requests are its own


def test_a_roster_never_moves_an_email_linked_to_another_account(store):
    """Roster rows link unlinked emails; one linked elsewhere is reported, not moved; a matching request is done."""
    store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW)
    store.links.link_roster(GUILD, [("ben@andrew.cmu.edu", BEN, "ben")], by=TA, now=NOW)
    result = store.links.link_roster(
        GUILD,
        [("Ada@andrew.cmu.edu", STUDENT, "sam"), ("ben@andrew.cmu.edu", OTHER, "x"), ("ben@andrew.cmu.edu", BEN, "b")],
        by=TA,
        now=NOW,
    )
    assert (result.linked, result.unchanged) == (1, 1)
    assert result.conflicts == (("ben@andrew.cmu.edu", BEN, OTHER),)
    assert linked(store, BEN) == "ben@andrew.cmu.edu"
    assert linked(store, STUDENT) == "ada@andrew.cmu.edu"
    assert store.links.request_for(GUILD, STUDENT).status == "approved"
    assert actions(store)[-1] == (
        "gracedays.link",
        {"user": STUDENT, "email": "ada@andrew.cmu.edu", "source": "roster"},
    )


def test_the_audit_row_and_the_link_commit_together(store, monkeypatch):
    """If the audit row cannot be written, the link is not made either (one transaction)."""
    store.links.request(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", NOW)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.audit, "record", broken)
    with pytest.raises(RuntimeError):
        store.links.approve(GUILD, STUDENT, "sam", "ada@andrew.cmu.edu", by=TA, now=NOW)
    monkeypatch.undo()
    assert linked(store, STUDENT) is None
    assert store.links.request_for(GUILD, STUDENT).status == "pending"
    assert store.notices.take(GUILD, STUDENT, NOW) == []


def test_a_roster_moving_an_account_to_another_student_says_so(store):
    """An account the roster links to another email than before now sees that student's record: reported in
    `moved` with both emails, never silently."""
    store.links.link_roster(GUILD, [("ben@andrew.cmu.edu", BEN, "ben")], by=TA, now=NOW)
    result = store.links.link_roster(GUILD, [("eve@andrew.cmu.edu", BEN, "ben")], by=TA, now=NOW)
    assert (result.linked, result.moved) == (1, ((BEN, "ben@andrew.cmu.edu", "eve@andrew.cmu.edu"),))
    assert linked(store, BEN) == "eve@andrew.cmu.edu"


@pytest.mark.parametrize("guild", [GUILD, None], ids=["server", "no server"])
def test_a_linked_tally_is_read_where_the_student_is_read(tmp_path, course, guild):
    """tally_for_user names the student and their tally, reading the same rows student_for_user reads (outside a
    server too); None for an account nobody linked."""
    store = Store(tmp_path / "t.db")
    try:
        raw = EXPORT.read_text()
        store.grace.import_export(guild, parse_export(course, raw), raw, user_id=TA, filename="g.csv", now=NOW)
        store.links.request(guild, BEN, "ben", "ben@andrew.cmu.edu", NOW)
        assert store.links.waiting_email(guild, BEN) == "ben@andrew.cmu.edu"
        store.links.approve(guild, BEN, "ben", "ben@andrew.cmu.edu", by=TA, now=NOW)
        found = store.grace.tally_for_user(course, guild, BEN)
        assert found.student == store.grace.student_for_user(guild, BEN)
        assert found.tally == store.grace.tally(course, guild, "ben@andrew.cmu.edu")
        assert store.links.waiting_email(guild, BEN) is None
        assert store.grace.tally_for_user(course, guild, OTHER) is None
    finally:
        store.close()
