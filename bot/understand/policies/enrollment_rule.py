"""'last day to drop?', 'until when can i deregister from the exam': leaving or registering is the registrar's
business unless the course's own policy says how (its words speak of dropping the course, withdrawing or
(de)registering, and its keywords name the act). Such a question is that policy's."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course

# A policy's words on leaving or registering for the course or its exam ("The last day to drop the course ...",
# "deregister from the exam")
_SAID = re.compile(
    r"\b(?:drop(?:ping)?\s+(?:the|this|a)\s+(?:course|class|module|unit|subject)|withdraw\w*|de-?regist\w*"
    r"|unenrol\w*|register(?:ed)?\s+for\s+the\s+(?:course|exam|final|re-?exam))\b",
    re.IGNORECASE,
)
# A keyword naming the act ("drop", "withdrawal", "deregister", "exam registration")
_ACT = re.compile(r"\b(?:drop\w*|withdraw\w*|unenrol\w*|waitlist)\b|regist|enrol")

_KEPT: Kept[re.Pattern[str] | None] = Kept(32)


def enrollment_rule(course: Course) -> re.Pattern[str] | None:
    """The keywords of the course's policies that speak of leaving or registering, as one pattern: a question
    holding one is the policy's, not the registrar's; None when no policy does."""

    def build() -> re.Pattern[str] | None:
        words = {
            k.lower()
            for p in course.policies
            if _SAID.search(f"{p.summary} {p.quote}")
            for k in p.keywords
            if _ACT.search(k.lower())
        }
        found = sorted(words, key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in found)})\b") if found else None

    return _KEPT.get(course, "enrollment rule", build)


def policy_enrolls(course: Course, question: str) -> bool:
    """Whether the question names leaving or registering in words a policy of the course says how to do."""
    rule = enrollment_rule(course)
    return rule is not None and rule.search(" ".join(question.lower().split())) is not None
