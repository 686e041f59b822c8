"""'can my mark go down if i ask for a regrade', 'can a remark lower my mark': whether a regrade can lower the mark,
from the regrade policy's own sentence on it ("A re-assessment can lower as well as raise your mark": Yes; "your
score will not go down": No). Nothing when the page has no such sentence."""

from __future__ import annotations

import re

from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.late.regrade_scope import regrade_policy

# "can my mark go down", "could it get lowered", "can a remark lower my mark", "make my grade go down", "lose points"
_ASKS_LOWER = re.compile(
    r"\b(?:go|goes|going|get|gets|be|end\s+up)\s+(?:\w+\s+)?(?:down|dow[mn]|lower(?:ed)?|worse|reduced|decreased)\b"
    r"|\b(?:lower|lowers|reduce|reduces|decrease|decreases|drop|drops|hurt|hurts)\s+(?:my|the|our|your|a)\s+"
    r"(?:\w+\s+)?(?:mark|grade|score|points?|result)s?\b"
    r"|\blose\s+(?:\w+\s+)?(?:marks|points)\b"
)
# A page's sentence on a mark lowered: "can lower as well as raise your mark", "may go up or down", "go down as well"
_SAYS_LOWER = re.compile(r"\b(?:lower|lowered|down|decrease[sd]?|reduced?|drop)\b")
_MARK = re.compile(r"\b(?:mark|marks|grade|grades|score|scores|points|result)\b")
_NOT = re.compile(r"\b(?:not|never|cannot|no)\b|n't\b|\bonly\s+(?:go\s+)?(?:up|raise|increase)")
_MAY = re.compile(r"\b(?:can|may|could|might|will|would)\b")


def asks_lowered(question: str) -> bool:
    """Whether the question asks whether the mark can go down (by a regrade: the caller knows it is one)."""
    return bool(_ASKS_LOWER.search(" ".join(question.lower().split())))


def lowering_said(course: Course) -> tuple[bool, str] | None:
    """Whether the regrade policy says a regrade can lower the mark, and its sentence; None when it does not say."""
    policy = regrade_policy(course)
    if policy is None:
        return None
    for said in (policy.quote, policy.summary):
        for sentence in split_sentences(said or ""):
            low = sentence.lower()
            if _SAYS_LOWER.search(low) and _MARK.search(low) and _MAY.search(low):
                return not _NOT.search(low), sentence.strip()
    return None


def regrade_risk(course: Course, question: str) -> tuple[bool, str] | None:
    """The Yes or No to "can my mark go down if i ask for a regrade", with the page's sentence quoted; None when
    that is not asked or the page does not say."""
    if not asks_lowered(question):
        return None
    found = lowering_said(course)
    return (found[0], f"“{found[1]}”") if found else None
