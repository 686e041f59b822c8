"""Work the student forgot, or asks is still open once its deadline is gone: what handing it in now costs by the late
rule, until when it is still taken, or that it no longer is."""

from __future__ import annotations

import pytest

from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "when", "expected"),
    [
        # inside the 48 late hours: the cost now, and the last moment
        ("we forgot ps3", "2024-10-12T10:00", "PS3 was due Fri Oct 11, 5:00 PM PDT"),
        ("we forgot ps3", "2024-10-12T10:00", "handed in now, 34% penalty; late work is taken until Sun Oct 13"),
        # before the deadline: still on time
        ("i forgot ps4", "2024-10-12T10:00", "PS4 is not due until Fri Oct 18"),
        # past the cutoff: no longer taken, and who may still allow it
        ("we forgot ps3", "2024-10-14T10:00", "PS3 is no longer accepted: late work was taken until Sun Oct 13"),
    ],
)
def test_forgotten_work_gets_what_happens_now(stat, question: str, when: str, expected: str) -> None:
    """The first line says what happens now, not a bare card or "I don't know"."""
    result, said = reply(stat, question, when)
    assert result.outcome == "answered"
    assert expected in first_line(said)


def test_still_open_after_the_deadline_follows_the_late_rule(stat) -> None:
    """A day after PS4 was due it is still taken late: Yes, with what it costs now; after the cutoff, No."""
    _, said = reply(stat, "is ps4 still open", "2024-10-19T10:00")
    assert first_line(said).startswith("Yes: PS4 was due Fri Oct 18")
    assert "34% penalty" in first_line(said)
    _, said = reply(stat, "is ps4 still open", "2024-10-21T10:00")
    assert first_line(said).startswith("No: PS4 is no longer accepted")


def test_still_turning_in_says_the_cost_now(stat) -> None:
    """ "i forgot ps3, can i still turn it in": Yes until the cutoff, and the penalty handed in now."""
    _, said = reply(stat, "i forgot ps3, can i still turn it in", "2024-10-12T10:00")
    assert first_line(said).startswith("Yes: late, until Sun Oct 13")
    assert "handed in now, 34% penalty" in first_line(said)
