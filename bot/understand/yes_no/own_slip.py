"""A yes/no question asked for a case of the student's own doing ("can i do quiz 6 late if i forget on sunday",
"... if i oversleep"): no rule excuses forgetting or being busy unless it names it, so a rule's No stands for that
case, and the case's words need no reading of their own."""

from __future__ import annotations

import re

from bot.understand.yes_no.folded import fold

_OWN_DOING = re.compile(
    r"\b(?:forget|forgets|forgot|forgotten|forgetting|oversleep|overslept|sleep\s+in|slept\s+in|lazy|procrastinat\w*"
    r"|(?:too|really|super)\s+busy|r[au]n\s+out\s+of\s+time|don'?t\s+feel\s+like|lose\s+track|lost\s+track"
    r"|never\s+(?:took|did|submitted|started|finished|handed|turned)|spaced(?:\s+(?:out|on\s+it))?"
    # "i slept through quiz 2", "i missed it completely", "i blanked on it", "i didn't see it was due": the same slip
    r"|sl(?:ept|eep|eeping)\s+(?:right\s+)?through|missed|blanked|(?:didn'?t|did\s+not|never)\s+(?:see|notice)|never\s+saw)\b"
)
# "i missed quiz 2 because i was sick": a reason a rule may excuse is not the student's own slip
_EXCUSED = re.compile(
    r"\b(?:sick|ill|illness|hospital\w*|emergenc\w+|funeral|bereavement|injur\w+|covid|flu|fever|surgery|accident)\b"
)


# "i totally forgot ps4 last night, can i still hand it in": the slip told first, then the question; "quiz 1 closed
# and i forgot to take it can i still do it": told after what happened to the work, still before the question
_TOLD = re.compile(r"(?:^\W*|\b(?:and|n)\s+|[,;.&]\s*)(?:i|i'?ve|i\s+have)\s+(?:(?:\w+ly|just|kinda|sorta)\s+)?")

_BELONGING = re.compile(r"\s+(?:my|our)\b")
# "can i still turn in ps6 i completely forgot": the slip told last, without a stop before it
_TOLD_LAST = re.compile(r"\s(?:i|i'?ve|i\s+have)\s+(?:(?:\w+ly|just|kinda|sorta)\s+)?(?=\w+\W*$)")


def own_slip(question: str) -> bool:
    """Whether the question's condition ("if i forget on sunday"), or the story it opens with ("i forgot ps4 last
    night, ..."), is a slip of the student's own."""
    folded = fold(question)
    if _EXCUSED.search(folded.lowered):
        return False
    if _OWN_DOING.search(folded.condition):
        return True
    last = _TOLD_LAST.search(folded.lowered)
    if last is not None and _OWN_DOING.match(folded.lowered, last.end()):
        return True
    for told in _TOLD.finditer(folded.lowered):
        slip = _OWN_DOING.match(folded.lowered, told.end())
        # "i forgot my password": a thing of one's own forgotten is the story around the question, not the work's slip
        if slip is not None:
            return _BELONGING.match(folded.lowered, slip.end()) is None
    return False


# "can i do quiz 3 late", "will it be accepted late": lateness itself asked
_LATE_ASKED = re.compile(r"\blate\b")


def slip_asked_late(question: str) -> bool:
    """Whether the question asks if work may be done late after a slip of the student's own ("can i do quiz 3 late if
    i forget on sunday night"): any time it names is when the slip happens, not a hand-in."""
    return _LATE_ASKED.search(question.lower()) is not None and own_slip(question)
