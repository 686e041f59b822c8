"""Whether weekends count toward lateness: "does the late penalty count weekends or just working days", "do saturdays
count as a late day". The late rule's own words settle it: calendar days count weekends (Yes), working or business
days do not (No); a rule that says neither, or both, settles nothing."""

from __future__ import annotations

import re

# "weekends", "saturday and sunday": the days asked about
_WEEKEND = re.compile(r"\b(?:weekends?|saturdays?|sundays?|sat\s+and\s+sun)\b")
# "count", "included", "does it skip": whether they are counted is asked
_COUNTED = re.compile(r"\b(?:count(?:s|ed|ing)?|includ(?:e|es|ed|ing)|skip(?:s|ped)?|exclud(?:e|es|ed|ing))\b")
# the rule counting every day
_EVERY_DAY = re.compile(r"\bcalendar\s+days?\b|\bincluding\s+weekends\b|\bweekends\s+(?:count|included)\b")
# the rule counting only weekdays
_WORKING_DAYS = re.compile(
    r"\b(?:working|business|school)\s+days?\b|\bweek\s*days?\b|\bexcluding\s+weekends\b"
    r"|\bweekends\s+(?:do\s+not|don'?t)\s+count\b"
)


def asks_weekends_counted(question: str) -> bool:
    """Whether the question asks if weekend days count (toward lateness, on a late rule's card)."""
    lowered = question.lower()
    return _WEEKEND.search(lowered) is not None and _COUNTED.search(lowered) is not None


def weekends_verdict(rule_text: str) -> tuple[bool, str] | None:
    """Yes when the late rule counts calendar days, No when it counts working days only, with the sentence; None
    when its words say neither or both."""
    lowered = rule_text.lower()
    every, working = _EVERY_DAY.search(lowered) is not None, _WORKING_DAYS.search(lowered) is not None
    if every == working:
        return None
    if every:
        return True, "lateness is counted in calendar days, so weekends count."
    return False, "lateness is counted in working days only, so weekends do not count."
