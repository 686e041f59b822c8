"""A series of work named by a verb ("Hand-in 3" on a course whose work is handed in): "the last thing we have to
hand in" uses the words as a verb, so they ask about all of the course's work, not that series alone."""

from __future__ import annotations

# The words that, right before a series' name, make it a verb: a subject ("we hand in") or "have to" ("have to
# hand in"). Modals ("will quizzes") and "do" ("do labs count") come before nouns too, so they do not count.
_SUBJECTS = frozenset({"i", "we", "you", "u", "they", "gotta"})
_TO_AFTER = frozenset({"have", "has", "had", "need", "needs", "got", "want", "going", "supposed", "able"})


def used_as_verb(tokens: list[str], start: int, end: int) -> bool:
    """Whether the series name at tokens[start:end] is used as a verb: after a subject or "have to", and not
    followed by a number (that names one item, "hand in 3")."""
    if end < len(tokens) and tokens[end].isdigit():
        return False
    before = tokens[max(0, start - 2) : start]
    if before[-1:] and before[-1] in _SUBJECTS:
        return True
    return len(before) == 2 and before[1] == "to" and before[0] in _TO_AFTER
