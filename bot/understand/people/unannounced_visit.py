"""A visit asked without booking ("can i just drop by her office", "can i stop by without an appointment"): of
someone the page says sees students by appointment only, the answer is No, with how to book them."""

from __future__ import annotations

import re

# "drop by", "stop by", "pop in", "swing by", "walk in", "just show up" (read "just attend"), "without an appointment"
_UNANNOUNCED = re.compile(
    r"\b(?:drop(?:ping)?\s+(?:by|in|into)|stop(?:ping)?\s+by|pop(?:ping)?\s+(?:by|in)|swing\s+by|walk(?:ing)?\s+in"
    r"|just\s+(?:attend|come|show\s+up|turn\s+up|go|visit)|without\s+(?:an?\s+|making\s+an?\s+)?appointments?"
    r"|unannounced)\b"
)


def asks_unannounced(*texts: str) -> bool:
    """Whether the question (as typed or as read) asks to come by without booking first."""
    return any(_UNANNOUNCED.search(t.lower()) for t in texts if t)
