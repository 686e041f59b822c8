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


# "5 pm pacific", "11:59pm eastern time": a zone said right after a time of day
_AFTER_TIME = re.compile(
    r"(?:\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d|noon|midnight)\s+("
    + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
    + r")\b"
)
_CLOCK_CHANGE = re.compile(
    r"\b(?:clocks?\s+(?:change|changes|go|goes|fall|spring|move)|daylight\s+savings?|dst|time\s+change"
    r"|fall\s+back|spring\s+forward|standard\s+time)\b"
)


def zone_stated(question: str) -> ZoneInfo | None:
    """The zone a stated time is given in ("due at 5 pm pacific", "... at 9 in eastern time"), if one is named."""
    lowered = question.lower()
    found = _AFTER_TIME.search(lowered)
    if found is not None:
        return ZoneInfo(_WORDS[found.group(1)])
    asked = zone_asked(lowered)
    return asked[1] if asked else None


# "after the clocks change", "once dst ends": the change of clocks as the moment asked about, bound word and all
_AROUND_CLOCK_CHANGE = re.compile(
    r"\b(?:after|before|once|when|since|past)\s+(?:the\s+|we\s+)?(?:"
    + _CLOCK_CHANGE.pattern
    + r")(?:\s+(?:ends|starts|kicks\s+in))?"
)


def without_clock_change(question: str) -> str:
    """The question with "after the clocks change" and the like taken out, so its own time is read alone ("exam 2
    is still at 7 after the clocks change": at 7, with no "after" bounding it)."""
    return _AROUND_CLOCK_CHANGE.sub(" ", question.lower())


# where one clause of a question ends: "clocks go forward sunday, is lr3 still due monday" is two
_CLAUSE_END = re.compile(r"[,;?!.]|\s(?:and|but|so|is|are|does|do|will)\s")


def clock_change_clause(question: str) -> tuple[int, int] | None:
    """Where the clause telling the change of clocks lies ("clocks go forward sunday" of "clocks go forward sunday,
    is lr3 still due monday night"): a day said there is the change's, not the work's."""
    found = _CLOCK_CHANGE.search(question.lower())
    if found is None:
        return None
    lowered = question.lower()
    ends = [m.start() for m in _CLAUSE_END.finditer(lowered)]
    start = max((e for e in ends if e < found.start()), default=0)
    end = min((e for e in ends if e >= found.end()), default=len(question))
    return start, end


def asks_clock_change(question: str) -> bool:
    """ "after the clocks change", "once daylight saving ends": a question about the change of clocks."""
    return bool(_CLOCK_CHANGE.search(question.lower()))
