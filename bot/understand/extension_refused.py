"""An extension the course's page refuses for the work named ("can i get an extension on quiz 2" where the page says
"Extensions are not available for the MCQ quizzes"): its No comes before any card offering whom to ask by when."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Assignment, Course
from bot.understand.yes_no.page_claims import Matched, claims_for

# A claim about extensions, in the words its phrasings are written in ("extension on the quiz", "extend the lab").
_EXTENSION = re.compile(r"\bexten(?:sion|sions|d|ded)\b")


def extension_refused(course: Course, question: str, items: Sequence[Assignment] = ()) -> Matched | None:
    """The course's claim saying No to the extension the question asks for, or None (none does, or it says Yes).
    `items`: the work the question names, whose kind ("quiz" of "q6") a claim's words may name."""
    matched = claims_for(course).match(question) or claims_for(course).match(as_kinds(question, items))
    if matched is None or matched.claim.yes:
        return None
    return matched if any(_EXTENSION.search(ask.lower()) for ask in matched.claim.asks) else None


def as_kinds(question: str, items: Sequence[Assignment]) -> str:
    """The question with each work's short name put as its kind ("an extension on q6": "an extension on the quiz"),
    the words a claim is written in."""
    said = question.lower()
    for item in items:
        kind = item.kind.replace("_", " ")
        for name in sorted({item.id, item.short, item.title, *item.aliases}, key=len, reverse=True):
            if name:
                said = re.sub(rf"\b{re.escape(name.lower())}\b", f"the {kind}", said)
    return said
