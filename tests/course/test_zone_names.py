"""A course's time zone names a place: abbreviations and fixed offsets are refused with the region to write."""

from __future__ import annotations

import zoneinfo

import pytest

from bot.course.zone_names import REGION_FOR, zone_name_problem


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("EST", ["abbreviation", "fixed UTC-5", "America/New_York"]),
        ("MST", ["fixed UTC-7", "America/Denver", "America/Phoenix"]),
        ("HST", ["fixed UTC-10", "Pacific/Honolulu"]),
        ("GMT", ["fixed UTC+0", "Europe/London"]),
        ("PST8PDT", ["legacy rule name", "America/Los_Angeles"]),
        ("CET", ["abbreviation", "Europe/Berlin"]),
        ("PDT", ["abbreviation", "America/Los_Angeles"]),
        ("Etc/GMT+8", ["fixed offset (UTC-8)", "daylight saving"]),
        ("etc/gmt-2", ["fixed offset (UTC+2)"]),
        ("Etc/GMT", ["fixed offset (UTC+0)"]),
        ("Factory", ["not a place"]),
    ],
)
def test_names_that_are_not_places_are_refused(name, said):
    """Each problem says what the name is and which region to write."""
    problem = zone_name_problem(name)
    assert problem is not None
    assert all(part in problem for part in said), problem


@pytest.mark.parametrize(
    "name", ["America/New_York", "Europe/London", "Pacific/Honolulu", "US/Eastern", "UTC", "Etc/UTC"]
)
def test_regions_and_utc_are_accepted(name):
    """A region (even an old alias like US/Eastern) and UTC itself pass."""
    assert zone_name_problem(name) is None


def test_every_suggested_region_is_a_real_zone():
    """The first region each hint names exists in tzdata, so the advice can be followed as written."""
    for region in REGION_FOR.values():
        zoneinfo.ZoneInfo(region.split()[0])
