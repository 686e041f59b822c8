"""Yes or No on whether something is moved, from the course's own sentence on it: "ps8 gets moved bc of the holiday
diba?" against a note "the holiday does not move it" is No, with that sentence; "is the lab pushed back" against
"the lab is moved to Friday" is Yes. A question that asks about moving and an answer whose sentences say nothing of
it get no verdict here."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.answer import Answer
from bot.core.sentences import split_sentences

# The words of moving a date: "moved", "pushed back", "postponed", "shifted", "rescheduled", "delayed".
_MOVE = (
    r"(?:mov(?:e|es|ed|ing)|push(?:es|ed)?(?:\s+back)?|postpon(?:e|es|ed)|shift(?:s|ed)?"
    r"|reschedul(?:e|es|ed)|delay(?:s|ed)?)"
)
_ASKS_MOVED = re.compile(rf"\b{_MOVE}\b")
_SAYS_MOVED = re.compile(rf"\b{_MOVE}\b")
# The sentence denies the move: "does not move it", "is not moved", "won't be postponed", "never shifts".
_DENIED = re.compile(
    r"\b(?:not|never|no|n't|doesn't|don't|won't|isn't|aren't|cannot|can't)\b(?:\s+\w+){0,3}?\s+" + _MOVE + r"\b"
    r"|\b(?:still|stays?|remains?)\s+(?:due|on|at|the\s+same)\b"
)


# "can i move my exam", "could we push it back": the student's own request, which a rule decides, not a date moved
_OWN_REQUEST = re.compile(r"^\W*(?:can|could|may|might)\s+(?:i|we|u|you)\b")


def asks_if_moved(question: str) -> bool:
    """Whether a yes/no question asks if a date moves ("does it get moved", "is the quiz postponed")."""
    lowered = question.lower().replace("’", "'")
    return bool(_ASKS_MOVED.search(lowered)) and not _OWN_REQUEST.search(lowered)


def moved_verdict(question: str, shown: Iterable[str]) -> tuple[bool, str] | None:
    """(Yes or No, the page's sentence) when exactly the sentences shown that speak of moving agree; None when the
    question asks of no move or the sentences do not say."""
    if not asks_if_moved(question):
        return None
    found: list[tuple[bool, str]] = []
    for line in shown:
        for sentence in split_sentences(line):
            lowered = sentence.lower().replace("’", "'")
            if not _SAYS_MOVED.search(lowered):
                continue
            found.append((not _DENIED.search(lowered), sentence.strip()))
    stances = {yes for yes, _ in found}
    if len(stances) != 1:
        return None
    return found[0][0], " ".join(f"“{s}”" for _, s in found)


def shown_sentences(answer: Answer) -> list[str]:
    """The answer's lines and fields as plain text, one string a line (times left out)."""
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    return ["".join(s for s in line if isinstance(s, str)) for line in lines]
