"""What people are told about account links: private replies, refusals that say exactly why, notices in words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answers.grace import not_linked
from bot.answers.links import (
    notice_answer,
    pending_answer,
    request_answer,
    review_answer,
    roster_answer,
    with_notices,
)
from bot.core.answer import Answer, Mention, Stamp, text
from bot.grace.roster import Roster, RosterClash
from bot.store.links import LinkRequest, PendingLink, Requested, Review, ReviewResult, RosterResult
from bot.store.notices import Notice
from tests.conftest import at

WHEN = at("2024-04-01 12:00")


def words(answer: Answer) -> str:
    """The lines as Discord shows them: members as <@id>, times as <time>."""

    def one(part) -> str:
        if isinstance(part, str):
            return part
        return f"<@{part.id}>" if isinstance(part, Mention) else "<time>"

    return "\n".join("".join(one(p) for p in line) for line in answer.lines)


def request(email: str = "ben@x.edu", status: str = "pending") -> LinkRequest:
    return LinkRequest(1000, 5, email, "sam", WHEN, status)


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (Requested.NEW, "Course staff will review linking your account to ben@x.edu"),
        (Requested.REPLACED, "This replaces your earlier request"),
        (Requested.UNCHANGED, "already waiting"),
        (Requested.ALREADY_LINKED, "already linked to ben@x.edu"),
    ],
)
def test_request_replies_are_private_and_specific(outcome, expected):
    answer = request_answer(outcome, "ben@x.edu")
    assert answer.ephemeral
    assert expected in words(answer)


@pytest.mark.parametrize(
    ("result", "expected", "refused"),
    [
        (ReviewResult(Review.APPROVED, "ben@x.edu", request()), "<@5> is now linked to ben@x.edu", False),
        (
            ReviewResult(Review.APPROVED, "ben@x.edu", request(), previous_email="old@x.edu"),
            "earlier link to old@x.edu was released",
            False,
        ),
        (
            ReviewResult(Review.MOVED, "ben@x.edu", request(), other_user_id=6),
            "ben@x.edu moved from <@6> to <@5>",
            False,
        ),
        (ReviewResult(Review.DENIED, "ben@x.edu", request()), "turned down; they are told", False),
        (ReviewResult(Review.NO_REQUEST, "ben@x.edu", None), "<@5> has no link request waiting", True),
        (
            ReviewResult(Review.REQUEST_CHANGED, "cy@x.edu", request()),
            "<@5>'s request is now for ben@x.edu (sent <time>), not cy@x.edu",
            True,
        ),
        (
            ReviewResult(Review.LINKED_ELSEWHERE, "ben@x.edu", request(), other_user_id=6),
            "approve again with move: True",
            True,
        ),
    ],
)
def test_review_replies_say_what_happened_or_exactly_why_nothing_did(result, expected, refused):
    answer = review_answer(result, 5)
    assert answer.ephemeral
    assert expected in words(answer)
    assert (answer.kind == "error") is refused
    assert (answer.title == "Nothing was changed") is refused


def test_pending_lists_what_to_check():
    items = [
        PendingLink(request("ben@x.edu"), holder_id=6, in_records=True, current_email=None),
        PendingLink(request("nobody@x.edu"), holder_id=None, in_records=False, current_email="old@x.edu"),
    ]
    shown = words(pending_answer(items))
    assert "<@5> (sam) → ben@x.edu · asked <time> · linked to <@6> now: approving needs move" in shown
    assert "nobody@x.edu · asked <time> · not in the imported grade records · linked to old@x.edu now" in shown
    assert "naming the user and the email" in shown
    assert words(pending_answer([])) == "No pending requests."


@pytest.mark.parametrize(
    ("kind", "details", "title", "expected"),
    [
        ("link.approved", {"email": "a@x.edu", "moved": True}, "Your account is linked", "staff moved it to yours"),
        ("link.moved_away", {"email": "a@x.edu"}, "Your account link was moved", "from this Discord account"),
        ("link.denied", {"email": "a@x.edu", "reason": "typo"}, "Link request not approved", "a@x.edu: typo"),
    ],
)
def test_notices_in_words(kind, details, title, expected):
    notice = Notice(1, 1000, 5, kind, details, WHEN)
    answer = notice_answer(notice)
    assert (answer.title, answer.ephemeral) == (title, True)
    assert expected in words(answer)


def test_notices_come_first_in_an_answer(course):
    notice = Notice(1, 1000, 5, "link.moved_away", {"email": "a@x.edu"}, WHEN)
    answer = with_notices(Answer(title="Not linked", lines=(text(not_linked(course)),)), [notice])
    assert answer.lines[0][0].startswith("Course staff moved the grade record a@x.edu")
    assert isinstance(answer.lines[0][1], Stamp)
    assert answer.lines[-1] == text(not_linked(course))


@pytest.mark.parametrize(
    ("course_name", "site"), [("course", "Gradescope"), ("second_course", "PrairieLearn"), ("bare", None)]
)
def test_not_linked_names_the_courses_own_submission_site(request, course, course_name, site):
    """A student without a link is pointed at the course's own submission site; with none in the data, no name."""
    chosen = replace(course, platforms=()) if course_name == "bare" else request.getfixturevalue(course_name)
    message = not_linked(chosen)
    named = site or "the course's submission site"
    assert f"the email you use on {named};" in message
    assert "Gradescope" not in message or site == "Gradescope"


def test_roster_reply_names_conflicts_and_skipped_rows():
    shown = words(roster_answer(RosterResult(3, 1, (("a@x.edu", 6, 5),)), Roster((), (4, 9))))
    assert "Linked 3 students (1 were already linked)." in shown
    assert "Not linked: a@x.edu is linked to <@6>, not <@5> as the roster says." in shown
    assert "row 4, row 9" in shown


@pytest.mark.parametrize(
    ("clash", "said"),
    [
        (
            RosterClash((2, 3), 1, ("ada@x.edu", "ben@x.edu")),
            "Not linked: rows 2 and 3 give the Discord account <@1> to 2 students (ada@x.edu, ben@x.edu): "
            "one account is one student.",
        ),
        (
            RosterClash((4, 6, 9), "cy@x.edu", (5001, 5002, 5003)),
            "Not linked: rows 4, 6 and 9 give cy@x.edu 3 Discord accounts (<@5001>, <@5002>, <@5003>).",
        ),
    ],
)
def test_roster_reply_names_the_rows_held_back_and_why(clash, said):
    """hostile12 4: rows that cannot all be right are named by row, with what they share, and none is counted."""
    shown = words(roster_answer(RosterResult(1, 0, ()), Roster((("eve@x.edu", 7, ""),), (), (clash,))))
    assert "Linked 1 students (0 were already linked)." in shown
    assert said in shown
    assert "Correct those rows and upload the roster again" in shown


def test_roster_reply_says_which_account_moved_to_another_student():
    """An account the roster links to another student than before is named, with both emails."""
    shown = words(roster_answer(RosterResult(1, 0, (), ((7, "ben@x.edu", "eve@x.edu"),)), Roster((), ())))
    assert "Moved: <@7> was linked to ben@x.edu; it is now eve@x.edu, as the roster says." in shown
