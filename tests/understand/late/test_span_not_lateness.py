"""A span stated as a penalty's unit or a pool unit's worth is not an amount of lateness."""

import pytest

from bot.course.late_policy import Pool
from bot.understand.late.span_not_lateness import span_not_lateness, unit_hours, unit_worth_stated

TOKENS = Pool(total=2, name="late token", plural="late tokens", max_per_assignment=1)


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("is it 5 marks a day off for a late essay", True),
        ("is it 10% per day", True),
        ("is a late token 48 hours", True),
        ("each token is worth 2 days right?", True),
        ("is late work accepted after a day", False),
        ("can i hand in essay 2 two days late", False),
    ],
)
def test_span_not_lateness(question: str, other: bool) -> None:
    """Only a rate's unit or a unit's worth is set apart from lateness."""
    assert span_not_lateness(question, TOKENS) is other


def test_unit_worth_stated() -> None:
    """The hours said of one unit, days counted as 24 hours; None when no unit's worth is said."""
    assert unit_worth_stated("is a late token 48 hours", TOKENS) == 48
    assert unit_worth_stated("does one late token cover 24 hours", TOKENS) == 24
    assert unit_worth_stated("each token is worth 2 days right?", TOKENS) == 48
    assert unit_worth_stated("do we get 2 late tokens", TOKENS) is None
    assert unit_hours(TOKENS) == 24
    assert unit_hours(Pool(total=72, name="flex hour", plural="flex hours", unit="hour")) == 1
