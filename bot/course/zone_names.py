"""A course's `timezone` must name a place (an IANA region such as America/New_York), never an abbreviation.

A course page that says "all times EST" tempts an author to write `timezone = "EST"`. tzdata knows that name, but
as a fixed UTC-5 with no daylight saving: from March to November every time of the course would be an hour off,
and `coursebot check` would have looked as if it agreed. So abbreviations, legacy rule names (EST5EDT) and fixed
offsets (Etc/GMT+5) are refused with the region to write instead; UTC itself stays allowed (it says what it is).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Abbreviations people write for a zone, with the region they almost always mean. Some are in tzdata as fixed
# offsets (EST, MST, HST) or legacy rules (EST5EDT), the others (CST, PDT, ...) are not zones at all.
REGION_FOR = {
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "EST5EDT": "America/New_York",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CST6CDT": "America/Chicago",
    "MST": "America/Denver (or America/Phoenix for Arizona, which keeps MST all year)",
    "MDT": "America/Denver",
    "MST7MDT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PST8PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax (or America/Puerto_Rico)",
    "NST": "America/St_Johns",
    "GMT": "Europe/London",
    "GMT0": "Europe/London",
    "GMT+0": "Europe/London",
    "GMT-0": "Europe/London",
    "GREENWICH": "Europe/London",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin (or your city: Europe/Paris, Europe/Madrid, ...)",
    "CEST": "Europe/Berlin (or your city: Europe/Paris, Europe/Madrid, ...)",
    "MET": "Europe/Berlin (or your city: Europe/Paris, Europe/Madrid, ...)",
    "EET": "Europe/Athens (or your city: Europe/Helsinki, Europe/Bucharest, ...)",
    "EEST": "Europe/Athens (or your city: Europe/Helsinki, Europe/Bucharest, ...)",
    "IST": "Asia/Kolkata (India), Europe/Dublin (Ireland) or Asia/Jerusalem (Israel)",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney (or Australia/Brisbane, which has no daylight saving)",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}

# Names of UTC itself: a course that means UTC says so, and UTC has no daylight saving to miss.
UTC_NAMES = frozenset({"UTC", "ETC/UTC", "UCT", "ETC/UCT", "UNIVERSAL", "ETC/UNIVERSAL", "ZULU", "ETC/ZULU"})

_LEGACY_RULE = re.compile(r"^[A-Z]+\d[A-Z]+$")  # EST5EDT, CST6CDT: POSIX-style rules from before regions
_FIXED_OFFSET = re.compile(r"^Etc/GMT([+-]\d{1,2}|[+-]?0)?$", re.IGNORECASE)
# tzdata names that are not places: Factory (an "unset" placeholder) and localtime (whatever the host says).
_NOT_PLACES = frozenset({"FACTORY", "LOCALTIME"})


def zone_name_problem(name: str) -> str | None:
    """What is wrong with `name` as a course's time zone, with the name to write instead; None for a region (or
    UTC). Says nothing about names that are neither abbreviations nor zones: ZoneInfo decides those."""
    key = name.strip().upper()
    if key in UTC_NAMES:
        return None
    fixed = _FIXED_OFFSET.match(name.strip())
    if fixed:
        # POSIX-style sign: Etc/GMT+5 is five hours *behind* UTC.
        hours = -int(fixed.group(1) or 0)
        return (
            f"{name!r} is a fixed offset (UTC{hours:+d}) that never observes daylight saving; write the course's "
            "region as an IANA name, e.g. America/New_York"
        )
    if key in _NOT_PLACES:
        return f"{name!r} is not a place; write the course's region as an IANA name, e.g. America/New_York"
    region = REGION_FOR.get(key)
    if region is None:
        return None
    what = "a legacy rule name" if _LEGACY_RULE.match(key) else "an abbreviation"
    fixed_offset = _fixed_offset(name.strip())
    why = f" (as a zone it is a fixed UTC{fixed_offset}, with no daylight saving)" if fixed_offset else ""
    return f"{name!r} is {what}, not a place{why}; write the region: {region}"


def _fixed_offset(name: str) -> str | None:
    """'-5' when tzdata knows `name` as one offset all year (January and July alike); None otherwise."""
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    winter, summer = (dt.datetime(2024, month, 1, tzinfo=zone).utcoffset() for month in (1, 7))
    if winter != summer or winter is None:
        return None
    hours = winter.total_seconds() / 3600
    return f"{hours:+g}"
