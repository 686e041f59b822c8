"""Time zones a student may ask a time in ("what time is hw3 due in pacific time", "in IST"), by the words
people use for them. World zones, not any course's: the course's own zone comes from its data."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

_ZONES = {
    "America/Los_Angeles": ("pacific", "pt", "pst", "pdt", "california", "seattle"),
    "America/Denver": ("mountain", "mt", "mst", "mdt", "denver"),
    "America/Chicago": ("central", "ct", "cst", "cdt", "chicago"),
    "America/New_York": ("eastern", "et", "est", "edt", "new york", "boston"),
    "UTC": ("utc", "gmt", "zulu"),
    "Europe/London": ("london", "uk", "bst", "british"),
    "Europe/Paris": ("cet", "cest", "paris", "berlin", "central european"),
    "Asia/Kolkata": ("ist", "india", "indian"),
    "Asia/Shanghai": ("china", "beijing", "shanghai"),
    "Asia/Tokyo": ("japan", "tokyo", "jst"),
    "Asia/Seoul": ("korea", "seoul", "kst"),
    "Australia/Sydney": ("sydney", "aest", "aedt"),
}
_WORDS = {word: zone for zone, words in _ZONES.items() for word in words}
_ASKED = re.compile(
    r"\b(?:in|into|for|to)\s+(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\b"
    r"(?:\s+(?:time|timezone|time\s+zone|standard\s+time|daylight\s+time))?"
)


def zone_asked(question: str) -> tuple[str, ZoneInfo] | None:
    """The zone a question asks a time in ("... in pacific time"), as the words used and the zone."""
    found = _ASKED.search(question.lower())
    if found is None:
        return None
    return found.group(0).split(None, 1)[1], ZoneInfo(_WORDS[found.group(1)])
