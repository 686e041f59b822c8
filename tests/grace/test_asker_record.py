"""The asker's record passed on demand is read from the store only when an answer reads it, and then only once."""

from __future__ import annotations

import pytest

from bot.grace.asker_record import AskerRecord
from bot.grace.engine import Tally

SPENT = Tally(used=4, left=0, outcomes=())


@pytest.mark.parametrize("found", [SPENT, None], ids=["linked", "none linked"])
def test_on_demand_record_is_looked_up_once_when_read(found):
    """Nothing is read until `tally` is; then the look-up's result (a tally, or None) is kept."""
    calls = []

    def look_up():
        calls.append(1)
        return AskerRecord(found, "ada@example.edu" if found is None else None)

    record = AskerRecord.on_demand(look_up)
    assert calls == []
    assert record.tally is found
    assert record.tally is found
    assert record.waiting == ("ada@example.edu" if found is None else None)
    assert calls == [1]


@pytest.mark.parametrize("tally", [SPENT, None], ids=["linked", "none linked"])
def test_a_record_given_as_found_needs_no_look_up(tally):
    """AskerRecord(tally): what the front end already found, read as is."""
    assert AskerRecord(tally).tally is tally
