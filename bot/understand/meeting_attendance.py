"""Being late to, or missing, one of the course's class meetings, and whether it matters ("if im 20 minutes late to
lab does it count", "i missed tutorial last week, does it matter"): the course's attendance rule for that kind of
meeting answers it, or the page does not say. Never a late submission, never whether the meeting was held."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.course.model import Course, Policy
from bot.understand import replies

_THE = r"(?:(?:the|my|a|an|our|one|two|this|that|last|today'?s|yesterday'?s|tomorrow'?s|week'?s|weeks)\s+){0,3}"
_LATE_TO = re.compile(rf"\b(?:late|tardy)\s+(?:to|for|into)\s+{_THE}(?P<what>[a-z][a-z ]*)")
_ARRIVE_LATE = re.compile(
    rf"\b(?:arrive|arriving|arrived|show\s+up|showing\s+up|showed\s+up|come|coming|came|walk\s+in|walked\s+in|get|got)"
    rf"\s+(?:to|at|in|into)\s+{_THE}(?P<what>[a-z][a-z ]*?)\s+(?:\w+\s+){{0,3}}late\b"
)
_MISSED = re.compile(
    r"\b(?:missed|miss|missing|skipped|skip|skipping|slept\s+through|absent\s+(?:from|for)"
    r"|(?:didn'?t|did\s+not|couldn'?t|could\s+not|can'?t|cannot|won'?t)\s+(?:go|come|make\s+it|get)\s+to)"
    rf"\s+{_THE}(?P<what>[a-z][a-z ]*)"
)
# Whether it matters: what the rule answers ("does it count", "is that an absence", "what happens")
_MATTERS = re.compile(
    r"\b(?:does|did|will|would|is|was|do)\s+(?:it|that|this|i)\s+(?:even\s+|really\s+|still\s+)?"
    r"(?:matter|count|affect|hurt|be\s+a\s+problem|a\s+problem|an?\s+absen\w*|counted|get\s+marked|bad|lose)"
    r"|\bcounts?\s+as\s+(?:an?\s+)?absen|\bam\s+i\s+in\s+trouble\b|\bwhat\s+happens\b|\bpenali[sz]\w*"
    r"|\bmarked\s+(?:as\s+)?absent\b|\b(?:lose|losing)\s+(?:any\s+)?(?:marks|points|credit)\b"
)
# Handing work in late is a submission, not being late to a meeting ("late for lab report 3").
_WORK = re.compile(r"\b(?:submit\w*|hand\w*\s+in|turn\w*\s+in|upload\w*|report|due|assignment|essay|homework)\b")


@dataclass(frozen=True)
class AttendanceAsked:
    """The kind of meeting (in the course's word) and how the student missed it: "late" or "missed"."""

    kind: str
    how: str


def _kind_named(course: Course, what: str) -> str | None:
    for kind in course.meeting_kinds:
        for name in (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases):
            if name and re.match(rf"{re.escape(name.lower())}\b", what):
                return kind.name.lower()
    return None


def attendance_asked(course: Course, question: str) -> AttendanceAsked | None:
    """The class meeting the student was (or will be) late to or missed, asking whether it matters; else None."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    if not _MATTERS.search(lowered) or _WORK.search(lowered):
        return None
    for pattern, how in ((_LATE_TO, "late"), (_ARRIVE_LATE, "late"), (_MISSED, "missed")):
        for found in pattern.finditer(lowered):
            kind = _kind_named(course, found.group("what"))
            if kind is not None:
                return AttendanceAsked(kind, how)
    return None


def _mentions(policy: Policy, words: tuple[str, ...]) -> bool:
    own = " ".join((policy.title, *policy.keywords, policy.summary, policy.quote)).lower()
    return any(re.search(rf"\b{re.escape(w)}", own) for w in words if w)


def attendance_policy(course: Course, kind: str) -> Policy | None:
    """The course's policy on attending that kind of meeting: one about attendance that names the kind."""
    words = (kind, kind.split()[-1])
    found = [p for p in course.policies if _mentions(p, ("attend", "absen")) and _mentions(p, words)]
    named = [p for p in found if _mentions_title(p, words)]
    return (named or found or [None])[0]


def _mentions_title(policy: Policy, words: tuple[str, ...]) -> bool:
    own = " ".join((policy.title, *policy.keywords)).lower()
    return any(re.search(rf"\b{re.escape(w)}", own) for w in words if w)


def attendance_answer(course: Course, asked: AttendanceAsked, question: str) -> Answer:
    """The course's attendance rule for that kind of meeting, or that the page does not say (kind unknown)."""
    policy = attendance_policy(course, asked.kind)
    if policy is None:
        what = "arriving late to" if asked.how == "late" else "missing"
        line = text(
            f"The course page does not say what {what} a {asked.kind} means for you; {replies.where_to_ask(course)}."
        )
        return Answer(title="Not on the course page", lines=(line,), kind="unknown")
    return policy_answer(course, policy.id, question)
