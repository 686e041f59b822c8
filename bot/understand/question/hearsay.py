"""A move someone else claimed, asked back: "my friend said the midterm got moved to friday the 23rd, is that true or
is it still thursday" asks whether the midterm got moved to Friday the 23rd, exactly as "the midterm got moved to
friday the 23rd right?" does, so the page's Yes or No on the move comes first (with the page's own day). The teller
and the "is that true" around the claim are no part of what is asked; an "or ..." after it only asks the same the
other way round. Other claims heard ("... said the final is in the great hall, is that right") are read as typed,
which their own readers answer. Pure functions of the question's text."""

from __future__ import annotations

import re

from bot.understand.yes_no.moved_premise import asks_if_moved

# "my friend said", "someone told me", "i heard", "a classmate mentioned that", "people are saying"
_TELLER = re.compile(
    r"^\W*(?:(?:so|hey|ok|okay|um|wait)\W+)*"
    r"(?:(?:my|a|one|some)\s+(?:\w+\s+)?(?:friend|friends|classmate|classmates|mate|mates|roommate|senior|seniors)"
    r"|someone|somebody|people|everyone|everybody|i|i've|ive)\s+"
    r"(?:(?:just|also|literally)\s+)?(?:said|says|told\s+me|heard|mentioned|(?:is|are)\s+saying)\s+(?:that\s+)?"
)
# ", is that true (or is it still thursday)": the check asked of the claim, and whatever alternative follows it
_CHECK = re.compile(
    r"\W+(?:is|was)\s+(?:that|this|it)\s+(?:actually\s+|really\s+)?(?:true|right|correct|legit|real|accurate|so)\b"
    r"(?:\s+or\b.*)?\W*$",
    re.IGNORECASE,
)


def claim_checked(question: str) -> str | None:
    """The move a question asks to have checked, put as the student's own statement with its tag ("the midterm got
    moved to friday the 23rd right?"); None when the question does not relay someone's claim of a move and ask if it
    holds."""
    teller = _TELLER.match(question.lower())
    if teller is None:
        return None
    check = _CHECK.search(question, teller.end())
    if check is None:
        return None
    claim = question[teller.end() : check.start()].strip(" ,")
    return f"{claim} right?" if len(claim.split()) >= 2 and asks_if_moved(claim) else None
