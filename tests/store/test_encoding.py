"""How values are stored: instants as fixed-width UTC text that sorts as time does; one server key; one email key."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.store.encoding import NO_SERVER, email_key, from_db, server_key, to_db
from tests.conftest import NY

_FIRST = dt.datetime(1, 1, 2)  # noqa: DTZ001 (hypothesis attaches the zone itself)
_LAST = dt.datetime(9999, 12, 30)  # noqa: DTZ001
ZONES = st.sampled_from(
    [dt.UTC, NY, ZoneInfo("Asia/Kolkata"), ZoneInfo("Pacific/Chatham"), ZoneInfo("America/St_Johns")]
)
moments = st.datetimes(min_value=_FIRST, max_value=_LAST, timezones=ZONES)


@given(moments, moments)
def test_stored_text_orders_as_time_does(a, b):
    """Across zones and DST: text comparison of stored values (what SQL does) agrees with the instants."""
    at_a, at_b = a.astimezone(dt.UTC), b.astimezone(dt.UTC)  # (== across zones is never true in a fold: PEP 495)
    assert (to_db(a) < to_db(b)) == (at_a < at_b)
    assert (to_db(a) == to_db(b)) == (at_a == at_b)


@given(moments)
def test_round_trip_keeps_the_instant_and_gives_the_zone_asked_for(moment):
    """from_db(to_db(t)) is the same instant, in the zone the store hands times out in."""
    stored = to_db(moment)
    assert len(stored) == len("2024-01-01T00:00:00.000000Z")
    instant = moment.astimezone(dt.UTC)  # (== across zones is never true in a DST fold: PEP 495)
    assert from_db(stored) == instant
    assert from_db(stored, NY).astimezone(dt.UTC) == instant
    assert from_db(stored, NY).tzinfo is NY


def test_a_time_without_a_zone_is_refused():
    """A naive datetime names no instant: storing one is a bug, said at once."""
    with pytest.raises(ValueError, match="no time zone"):
        to_db(dt.datetime(2024, 2, 12, 10, 0))  # noqa: DTZ001
    with pytest.raises(ValueError, match="no UTC offset"):
        from_db("2024-02-12T10:00:00")


def test_a_time_outside_what_can_be_stored_is_refused_plainly():
    """The last hours of year 9999 in a zone west of UTC have no UTC year 9999: a clear ValueError."""
    with pytest.raises(ValueError, match="outside the range"):
        to_db(dt.datetime(9999, 12, 31, 23, 0, tzinfo=NY))


@pytest.mark.parametrize(("guild", "key"), [(None, NO_SERVER), (0, 0), (1234, 1234)])
def test_server_key(guild, key):
    """Outside a server (a DM, the console without a server id) rows are kept under one key, never NULL."""
    assert server_key(guild) == key


def test_email_key():
    assert email_key("  Ben@Andrew.CMU.edu ") == "ben@andrew.cmu.edu"
