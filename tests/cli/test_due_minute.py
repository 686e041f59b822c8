"""Asked within a deadline's own minute, the terminal says the seconds or "just now", never "a few seconds"."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import coursebot
from tests.conftest import REPO

PETE = str(REPO / "tests/evaluation/courses/pete-3100-w27")


@pytest.mark.parametrize(
    ("now", "said"),
    [
        ("2027-03-12T23:59:00", "PS4 was due Fri Mar 12, 11:59 PM MST (just now)"),
        ("2027-03-12T23:59:30", "PS4 was due Fri Mar 12, 11:59 PM MST (30 seconds ago)"),
        ("2027-03-12T23:58:45", "PS4 is due Fri Mar 12, 11:59 PM MST (in 15 seconds)"),
    ],
)
def test_a_deadline_asked_in_its_own_minute_says_how_close(now, said):
    """PS4 (pete, due 11:59 PM) asked at 11:59:00, 11:59:30 and 11:58:45."""
    result = coursebot("ask", "when is ps4 due", "--now", now, env={"COURSEBOT_DATA": PETE})
    assert result.returncode == 0, result.stderr
    assert said in result.stdout
    assert "a few seconds" not in result.stdout
