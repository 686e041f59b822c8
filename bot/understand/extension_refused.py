"""An extension the course's page refuses for the work named ("can i get an extension on quiz 2" where the page says
"Extensions are not available for the MCQ quizzes"): its No comes before any card offering whom to ask by when."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.yes_no.page_claims import Matched, claims_for

# A claim about extensions, in the words its phrasings are written in ("extension on the quiz", "extend the lab").
_EXTENSION = re.compile(r"\bexten(?:sion|sions|d|ded)\b")


def extension_refused(course: Course, question: str) -> Matched | None:
    """The course's claim saying No to the extension the question asks for, or None (none does, or it says Yes)."""
    matched = claims_for(course).match(question)
    if matched is None or matched.claim.yes:
        return None
    return matched if any(_EXTENSION.search(ask.lower()) for ask in matched.claim.asks) else None
