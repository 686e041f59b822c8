"""Being late to, or missing, one of the course's class meetings, and whether it matters ("if im 20 minutes late to
lab does it count", "i missed tutorial last week, does it matter"): the course's attendance rule for that kind of
meeting answers it, or the page does not say. Never a late submission, never whether the meeting was held."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.attendance import absence_share
from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import AttendanceRule, Course, Policy
from bot.understand.answering import replies
from bot.understand.words.name_patterns import any_name

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
    r"|\bcounts?\s+as\s+(?:an?\s+)?absen|\bam\s+i\s+in\s+trouble\b|\bwhat\s+happens\b|\bwhat\s+if\b|\bpenal(?:i[sz]\w*|ty|ties)\b|\bconsequences?\b"
    r"|\bmarked\s+(?:as\s+)?absent\b|\b(?:lose|losing)\s+(?:any\s+)?(?:marks|points|credit)\b"
    r"|\b(?:half|part)\s+(?:of\s+)?an?\s+absen"  # "is arriving 10 minutes late to seminar half an absence"
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
        names = (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases)
        if any_name((n.lower() for n in names if n), after=r"\b").match(what):
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
    if _BEING_LATE.search(lowered) and _ABSENCE.search(lowered) and course.meeting_kinds:
        # "does being late count as an absence": lateness asked as an absence is arriving late to class; the kind
        # whose attendance the course's rules speak of most plainly
        kinds = [k.name.lower() for k in course.meeting_kinds]
        best = max(_closeness(course, k) for k in kinds)
        top = [k for k in kinds if _closeness(course, k) == best]
        if best and len({id(attendance_policy(course, k)) for k in top}) == 1:
            return AttendanceAsked(top[0], "late")  # kinds whose rules differ (lectures, labs): not a guess
    return None


# "being late", "if i'm late", "im like 20 min late", "coming in late", "tardy": the student late, with no meeting named
_BEING_LATE = re.compile(
    r"\b(?:being|been|be|am|i'?m|im|arriv\w*|com(?:e|ing)\s+in|show(?:ing)?\s+up|walk(?:ing)?\s+in)\s+(?:\w+\s+){0,3}?late\b"
    r"|\btard(?:y|iness)\b|\blate\s+arrivals?\b"
)
# An absence asked of it: only class meetings are attended
_ABSENCE = re.compile(r"\babsen\w*|\bmarked\s+(?:as\s+)?absent\b")


def _closeness(course: Course, kind: str) -> int:
    return _attendance_rule(course, kind)[0]


# Words of a rule on attending ("attendance is required", "not mandatory"), and of attending at all.
_RULE = re.compile(r"\b(?:attendance|absen\w*|compulsory|mandatory|required|obligatory)\b")
_ATTENDING = re.compile(r"\b(?:attend\w*|absen\w*|compulsory|mandatory|miss\w*)\b")


def _names(text_: str, words: tuple[str, ...]) -> bool:
    return any_name((w for w in words if w), before=r"\b").search(text_) is not None


def _how_close(policy: Policy, words: tuple[str, ...]) -> int:
    """How plainly the policy speaks of attending that kind: its title or keywords name both (3), one sentence
    gives a rule on it ("Attending lectures is not mandatory": 2), or it only speaks of attending it (1); 0: not."""
    own = " ".join((policy.title, *policy.keywords)).lower()
    sentences = [s.lower() for s in split_sentences(f"{policy.summary} {policy.quote}")]
    if _names(own, words) and _ATTENDING.search(own):
        return 3
    if any(_names(s, words) and _RULE.search(s) for s in sentences):
        return 2
    if _names(own, words) and any(_ATTENDING.search(s) for s in sentences):
        return 1
    return 1 if any(_names(s, words) and _ATTENDING.search(s) for s in sentences) else 0


_KEPT: Kept[tuple[int, Policy | None]] = Kept(64)


def _attendance_rule(course: Course, kind: str) -> tuple[int, Policy | None]:
    """How plainly the course's policies speak of attending that kind of meeting, and the policy speaking of it most
    plainly (the first such; None when none does): every policy's sentences read once per course and kind, not on
    each question (the kinds are the course's own)."""

    def build() -> tuple[int, Policy | None]:
        words = (kind, kind.split()[-1])
        scored = [(_how_close(p, words), -i, p) for i, p in enumerate(course.policies)]
        best = max(scored, key=lambda s: s[:2], default=None)
        if best is None:
            return 0, None
        return best[0], best[2] if best[0] > 0 else None

    return _KEPT.get(course, kind, build)


def attendance_policy(course: Course, kind: str) -> Policy | None:
    """The course's policy on attending that kind of meeting (the one that speaks of it most plainly), or None."""
    return _attendance_rule(course, kind)[1]


def attendance_answer(course: Course, asked: AttendanceAsked, question: str) -> Answer:
    """The course's attendance rule for that kind of meeting, or that the page does not say (kind unknown); arriving
    late, the share of an absence the course's counted rule gives it, when it gives one."""
    if asked.how == "late" and (rule := late_counting_rule(course, asked.kind)) is not None:
        return late_arrival_answer(rule, question)
    policy = attendance_policy(course, asked.kind)
    if policy is None:
        what = "arriving late to" if asked.how == "late" else "missing"
        line = text(
            f"The course page does not say what {what} a {asked.kind} means for you; {replies.where_to_ask(course)}."
        )
        return Answer(title="Not on the course page", lines=(line,), kind="unknown")
    return policy_answer(course, policy.id, question)


def late_counting_rule(course: Course, kind: str) -> AttendanceRule | None:
    """The course's counted attendance rule for that kind of meeting (by its name) that says what a late arrival
    counts as, or None."""
    ids = {k.id for k in course.meeting_kinds if k.name.lower() == kind}
    return next(
        (r for r in course.attendance if r.late_counts_as is not None and (not r.kinds or ids & set(r.kinds))), None
    )


# "Arriving more than 10 minutes late": the lateness from which the page counts it
_LATE_FROM = re.compile(r"\bmore\s+than\s+(\d+)\s*(?:minutes?|mins?)\b", re.I)
# "i arrived 20 min late", "like 5 minutes late": the lateness the student tells of
_TOLD_LATE = re.compile(r"\b(\d+)\s*(?:minutes?|mins?)\b")


def late_arrival_answer(rule: AttendanceRule, question: str) -> Answer:
    """What arriving late counts as under the rule, with the page's sentence on it ("Arriving more than 10 minutes late
    counts as half an absence."); Yes or No first only when the student says how late and the page says from when it
    counts."""
    said = [s for s in split_sentences(rule.quote) if re.search(r"\blate\b", s, re.I)]
    from_page = next((int(m.group(1)) for s in said if (m := _LATE_FROM.search(s))), None)
    how_late = f"more than {from_page} minutes late" if from_page is not None else "late"
    share = f"Arriving {how_late} to {rule.name} counts as {absence_share(rule.late_counts_as or 0)}."
    lines = [text(share), *(text(f"The course page: “{s}”") for s in said)]
    answer = Answer(title="Arriving late", lines=tuple(lines))
    told = _TOLD_LATE.search(question.lower())
    if from_page is None or told is None:
        return answer
    late = int(told.group(1))
    if late > from_page:
        return replies.verdict(answer, True, f"{late} minutes is more than the {from_page} the page counts from.")
    return replies.verdict(answer, False, f"the page counts arrivals more than {from_page} minutes late.")
