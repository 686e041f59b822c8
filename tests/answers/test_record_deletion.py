"""Asking before records are deleted (issue 13), without Discord: what the question lists, what its button carries,
and when a press deletes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.record_deletion import (
    CONFIRM_FOR,
    DELETE_ACTION,
    Confirmation,
    delete_question,
    fingerprint,
    refusal,
    shown_as,
)
from bot.core.answer import Stamp
from bot.store.orphans import Orphan

NOW = dt.datetime(2024, 2, 26, 15, 0, tzinfo=dt.UTC)
HW3 = Orphan("assignment", "hw3", (("imported submissions", 12), ("grants (extensions, permissions)", 2)))
STAFF = 1_200_000_000_000_000_123


def test_the_question_lists_every_kind_of_record_and_offers_one_button_for_its_asker():
    """Each table's count is named; one danger button, whose argument fits Discord's custom id and reads back."""
    asked = delete_question(HW3, STAFF, NOW)
    words = " ".join(str(part) for line in asked.lines for part in line if isinstance(part, str))
    assert "• 12 imported submissions" in words
    assert "• 2 grants (extensions, permissions)" in words
    assert any(isinstance(part, Stamp) and part.at == NOW + CONFIRM_FOR for line in asked.lines for part in line)
    (button,) = asked.actions
    assert (button.action, button.style, asked.ephemeral) == (DELETE_ACTION, "danger", True)
    assert len(button.arg) <= 90
    assert Confirmation.read(button.arg) == Confirmation(STAFF, NOW + CONFIRM_FOR, fingerprint(HW3))


def test_a_confirmation_matches_only_the_records_exactly_as_shown():
    """One record more or less, or another id, is not what was shown."""
    shown = Confirmation(STAFF, NOW, fingerprint(HW3))
    fewer = Orphan("assignment", "hw3", (("imported submissions", 11), ("grants (extensions, permissions)", 2)))
    other = Orphan("assignment", "hw4", HW3.counts)
    assert shown_as([other, HW3], shown) == HW3
    assert shown_as([fewer, other], shown) is None


@pytest.mark.parametrize(
    ("arg", "user", "now", "refused"),
    [
        (Confirmation(STAFF, NOW + CONFIRM_FOR, "0" * 16).arg(), STAFF, NOW, None),
        (Confirmation(STAFF, NOW + CONFIRM_FOR, "0" * 16).arg(), STAFF, NOW + CONFIRM_FOR, None),  # the last second
        (Confirmation(STAFF, NOW + CONFIRM_FOR, "0" * 16).arg(), STAFF + 1, NOW, "Only the staff member who asked"),
        (Confirmation(STAFF, NOW, "0" * 16).arg(), STAFF, NOW + dt.timedelta(seconds=1), "expired"),
        ("hw3", STAFF, NOW, "not one this bot made"),
        ("", STAFF, NOW, "not one this bot made"),
    ],
)
def test_a_press_deletes_nothing_when_it_is_not_the_askers_or_too_late(arg, user, now, refused):
    said = refusal(Confirmation.read(arg), user, now)
    assert (said is None) if refused is None else (refused in said)
