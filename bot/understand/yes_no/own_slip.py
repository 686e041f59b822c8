"""A yes/no question asked for a case of the student's own doing ("can i do quiz 6 late if i forget on sunday",
"... if i oversleep"): no rule excuses forgetting or being busy unless it names it, so a rule's No stands for that
case, and the case's words need no reading of their own."""

from __future__ import annotations

import re

from bot.understand.yes_no.folded import fold

_OWN_DOING = re.compile(
    r"\b(?:forget|forgets|forgot|forgotten|forgetting|oversleep|overslept|sleep\s+in|slept\s+in|lazy|procrastinat\w*"
    r"|(?:too|really|super)\s+busy|r[au]n\s+out\s+of\s+time|don'?t\s+feel\s+like|lose\s+track|lost\s+track)\b"
)


def own_slip(question: str) -> bool:
    """Whether the question's condition ("if i forget on sunday") is a slip of the student's own."""
    return bool(_OWN_DOING.search(fold(question).condition))
