"""Where staff are told that announcements could not be posted, and what the notice says there."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.audience import staff_audience
from bot.announce.failure_notice import FOR_STAFF, failure_notice, notice_audience
from bot.core.render_text import answer_text
from tests.conftest import NY

STAFF, ANNOUNCE, ROLE = 30, 10, 99


@pytest.mark.parametrize(
    ("staff_channel", "announce_channel", "refused", "role", "expected"),
    [
        (STAFF, ANNOUNCE, set(), ROLE, staff_audience(STAFF, None)),  # staff read it there: no ping
        (STAFF, ANNOUNCE, {ANNOUNCE}, ROLE, staff_audience(STAFF, None)),
        (None, ANNOUNCE, set(), ROLE, staff_audience(ANNOUNCE, ROLE)),  # the role pinged where students read too
        (None, ANNOUNCE, {20}, None, staff_audience(ANNOUNCE, None)),  # a section channel refused; no role allowed
        (None, ANNOUNCE, {ANNOUNCE}, ROLE, None),  # the announcement channel itself refused: status alone
        (None, None, set(), ROLE, None),  # no channel at all
    ],
)
def test_the_notice_goes_to_the_staff_channel_else_the_announcement_channel(
    staff_channel, announce_channel, refused, role, expected
):
    assert notice_audience(staff_channel, announce_channel, refused, role) == expected


@pytest.mark.parametrize("public", [True, False])
def test_a_notice_in_a_public_channel_says_whom_it_is_for(public):
    """In the announcement channel the notice starts by naming course staff; in the staff channel it need not."""
    at = dt.datetime(2024, 3, 18, 0, 0, tzinfo=NY)
    failed = {"deadline:hw4b:1440m": "404 Unknown Channel"}
    notice = failure_notice(failed, at, staff_audience(ANNOUNCE, None), public=public)
    said = answer_text(notice.build(), NY, at)
    assert (FOR_STAFF in said) == public
    assert "`deadline:hw4b:1440m` · 404 Unknown Channel · not retried" in said
    assert notice.key == "notice:failed:deadline:hw4b:1440m"
