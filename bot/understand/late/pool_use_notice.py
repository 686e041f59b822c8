"""Whether a student asks if using a late pool needs them to tell someone first: "do i need to email someone to use a
late day", "do i have to let my tutor know before i spend a token", "must i notify the office to apply a flex day",
"do i need to tell anyone before using a token". Asked so, the answer is how the course's pool is used
(automatically or on request), never its cap on one piece of work: the one unit they name is what they would use,
not a count they ask about."""

from __future__ import annotations

import re

# A duty to contact someone ("need to email", "have to let the prof know"), then the use of a unit it would be for.
_NOTICE_TO_USE = re.compile(
    r"\b(?:(?:have|need|needs|got|supposed)\s+to|must|should)\s+(?:(?:i|we|you)\s+)?"
    r"(?:e-?mail|message|tell|notify|contact|inform|text|ping|dm|write\s+to|let\s+(?:\w+\s+){1,3}know|fill\s+(?:out|in))"
    r"\b.*?\b(?:to|before|if|when|for)\s+(?:i\s+|we\s+|you\s+)?(?:can\s+)?(?:us(?:e|ing)|apply(?:ing)?|spend(?:ing)?|tak(?:e|ing)|claim(?:ing)?|redeem(?:ing)?)\b"
)


def asks_notice_to_use(text: str) -> bool:
    """Whether the text asks if using a late unit needs the student to contact someone first."""
    return _NOTICE_TO_USE.search(text.lower()) is not None
