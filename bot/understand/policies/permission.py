"""A may-I question answered by a card that says when or what, never whether something is allowed: "can i eat during
the exam" is not Yes because there is an exam. The card stays, without a Yes or No, after a plain "the page doesn't
say whether you can"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.understand.answering.replies import opening_verdict
from bot.understand.yes_no.clause_stance import asks

# Readings that say when or what (a day of the schedule, a meeting, a release), never whether something is allowed.
# (A deadline's card does decide "can i turn it in saturday", from the late rules.)
# "is the poster for T1": whom work is for, never whether a student may do something with it.
WHEN_OR_WHAT = frozenset(
    {"schedule_day", "schedule_range", "next_class", "last_class", "release", "topic", "assignment_for"}
)
# A may-I question: asked first ("can i ...") or after what the student means to do ("... , is that allowed").
_MAY_I = re.compile(
    r"^\s*(?:can\s+i|can\s+we|may\s+i|am\s+i\s+allowed|are\s+we\s+allowed)\b"
    r"|\b(?:is|would|will)\s+(?:that|this|it)\s+(?:be\s+)?(?:allowed|ok|okay|permitted|fine)\W*$"
)


def without_permission_verdict(question: str, intent: str, answer: Answer, where: str) -> Answer:
    """The answer, or for a may-I question given a Yes or No by a when-or-what card, that card without its verdict,
    after "the course page doesn't say whether you can do that" (kind unknown)."""
    if intent not in WHEN_OR_WHAT or opening_verdict(answer) is None or asks(question) != "permission":
        return answer
    if not _MAY_I.search(question.lower()):
        return answer  # "can there be class on friday": a fact the card does decide
    said = text(f"The course page doesn't say whether you can do that; {where}. What it does say:")
    return replace(answer, lines=(said, *answer.lines[1:]), kind="unknown")
