"""'can i ask for a regrade in office hours', 'could i request an extension at oh': a request whose object is a thing
a rule governs (a regrade, an extension) is asked about that thing; the help hours it would be asked in are a place
or time, a detail of the request (the answer gives the route the page names), never the question."""

from __future__ import annotations

import re

# A request verb, its object (within a few words), then the hours after "in", "at", "during", "via" or "through".
_REQUESTED_IN_HOURS = re.compile(
    r"\b(?:ask|asking|request|requesting|get|getting|apply|applying|go|talk|beg)\b(?:\s+\w+){0,4}?\s+"
    r"(?:re\s*grades?|regrades?|regrading|extensions?|extended\s+deadline|more\s+time)\b"
    r"(?:\s+\w+){0,3}?\s+(?:in|at|during|via|through|from)\s+(?:(?:the|an?|your|their|his|her|my)\s+)?"
    # whose hours, as respelled ("marco office hours", "priya's oh"): a name and "office" before them
    r"(?:[a-z][\w'’-]*\s+)?(?:(?:office|ta|tas|help|student|drop-in|consultation)\s+)?(?:hours?|oh|ohs)\b"
)


def hours_as_place(text: str) -> bool:
    """Whether the help hours are only where a regrade or an extension would be asked for (respelled text)."""
    return _REQUESTED_IN_HOURS.search(text) is not None
