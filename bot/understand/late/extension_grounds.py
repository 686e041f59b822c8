"""Whether the course's extension rule itself refuses the request a student describes: asked with less notice than the
rule needs ("can i ask for one the day before it's due" where requests need 48 hours), or for a reason the page
names as none ("bc i have 3 other deadlines" where "Extensions are not given for workload or for clashing deadlines").
Each decides only from the rule's own words (its notice in days, its sentences refusing a ground); a request the
rule does not settle gets no verdict here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.core.word_forms import COUNT_WORDS
from bot.course.model import Course
from bot.understand.words.lexicon import plural
from bot.understand.yes_no.page_claims import content_words

_DAY = dt.timedelta(days=1)
_COUNT = r"(\d+|" + "|".join(COUNT_WORDS) + r")"
_DEADLINE = r"(?:(?:it|it's|its|it\s+is|that's|thats|the\s+\w+\s+is|the\s+\w+'s)\s+due|the\s+(?:deadline|due\s+date))"
# "the day before it's due", "the night before the deadline", "the morning of the due date", "on the due date"
# A day said bare ("the day before") may be before anything (the exam, a trip): only the deadline's counts.
_NEAR = re.compile(
    rf"\b(?:(?:the\s+)?(?:day|night|evening|morning|afternoon)\s+(?:before|of)\s+{_DEADLINE}"
    rf"|(?:at\s+the\s+)?last\s+minute\b|on\s+the\s+(?:due\s+date|day\s+(?:it's|its|it\s+is)\s+due))"
)
_TOO_LATE = re.compile(r"\btoo\s+(?:late|close|short)\b")
_DAY_BEFORE = re.compile(r"\b(?:the\s+)?day\s+before\b")
# "2 days before it's due", "an hour before the deadline", "3 days in advance", "a day early"
_AHEAD = re.compile(rf"\b{_COUNT}\s+(hours?|hrs?|days?)\s+(?:before|ahead|in\s+advance|early|prior)\b")
# Only of asking: "can i ask / request / apply / email ... the day before"
_ASKING = re.compile(r"\b(?:ask|asking|request|requesting|apply|applying|email|emailing|submit|get|put\s+in|file)\b")


@dataclass(frozen=True)
class Notice:
    """How long before the deadline a student says they would ask: at most `most`; `exact` when a number was said."""

    most: dt.timedelta
    exact: bool
    said: str


def notice_said(question: str) -> Notice | None:
    """The notice a request would give, as the student says it ("the day before it's due": a day at most), or None."""
    lowered = question.lower()
    if not _ASKING.search(lowered):
        return None
    if found := _AHEAD.search(lowered):
        count, unit = found.groups()
        amount = int(count) if count.isdigit() else COUNT_WORDS[count]
        span = dt.timedelta(hours=amount) if unit.startswith(("hour", "hr")) else amount * _DAY
        return Notice(span, True, found.group(0))
    if found := _NEAR.search(lowered):
        said = found.group(0)
        return Notice(_DAY if _DAY_BEFORE.search(said) else _DAY / 2, False, said)
    return None


def notice_verdict(course: Course, question: str) -> tuple[bool, str] | None:
    """Yes or No on a request with the notice the question says, against the notice the course needs, and why;
    None when the course states no notice or the words leave it open (a day's notice where a day is needed)."""
    needed = course.extensions.notice_days
    notice = notice_said(question)
    if notice is None or not isinstance(needed, int) or needed <= 0:
        return None
    need = needed * _DAY
    rule = f"the course page needs requests at least {_days(needed)} before the deadline"
    # "is it too late to ask the morning of": asked the other way round, so its Yes is the rule's No
    turned = bool(_TOO_LATE.search(question.lower()))
    if notice.most < need:
        return turned, f"{rule}, and {notice.said} is less than that."
    if notice.exact:
        return not turned, f"{rule}, and {notice.said} is enough."
    return None


# "do i need to ask for an extension before the deadline", "do we have to request it in advance": whether a request
# must come ahead of the deadline at all, no notice said
_MUST_ASK_AHEAD = re.compile(
    r"\b(?:need|needs|have|has|got|must|supposed|required)\s+(?:to\s+)?(?:ask|request|apply|email|get|put\s+in)\b"
    rf".*\b(?:before\s+{_DEADLINE}|in\s+advance|ahead\s+of\s+(?:time|{_DEADLINE}))"
)


def ahead_verdict(course: Course, question: str) -> tuple[bool, str] | None:
    """Yes, with the notice the course needs, when a question asks whether an extension must be asked for before the
    deadline and the rule needs requests some days ahead; None when the question says its own notice (which
    notice_verdict weighs) or the course states no notice."""
    needed = course.extensions.notice_days
    lowered = question.lower()
    if not isinstance(needed, int) or needed <= 0 or not _MUST_ASK_AHEAD.search(lowered) or notice_said(question):
        return None
    return True, f"the course page needs requests at least {_days(needed)} before the deadline."


def _days(count: int) -> str:
    return f"{count * 24} hours" if count <= 3 else f"{count} days"


# A sentence of the rule refusing a ground: "not given for workload", "not for clashing deadlines", "..., not
# workload", "Cloudy weather is not a reason for an extension"
_NOT_FOR = re.compile(
    r"\bnot\s+(?:(?:given|granted|available|allowed|accepted|approved|considered)\s+)?for\s+([^.;]+)"
    r"|,\s*not\s+(?:for\s+)?([^.;,]+)"
    r"|([^.;,]+?)\s+(?:is|are)\s+not\s+(?:a|an)?\s*(?:valid\s+|acceptable\s+|good\s+)?(?:reasons?|grounds?|excuses?)\b"
)
_EXTENSION = re.compile(r"\bexten(?:sion|sions|d|ded)\b")
# A student's own reason: "bc i have 3 other deadlines", "since my internet was down", "because of the concert"
_REASON = re.compile(
    r"\b(?:(?:since|because|bc|cause|cuz|coz|as)\s+(?:i|im|i'm|ive|i've|my|there's|theres)|(?:because|bc|cause|cuz|coz)"
    r"\s+of|due\s+to)\b(.*)$"
)
# Words of having too much else to do, on either side: "workload", "clashing deadlines", "3 midterms next week"
_WORKLOAD = frozenset(
    {
        *("workload", "busy", "swamped", "deadline", "deadlines", "midterm", "midterms", "exam", "exams", "test"),
        *("tests", "assignment", "assignments", "essay", "essays", "paper", "papers", "project", "projects", "load"),
    }
)
# Words too general to tie a reason to a ground ("3 other deadlines that week")
_GENERAL = frozenset(
    {"other", "another", "week", "weeks", "day", "days", "time", "next", "many", "much", "every", "reason", "reasons"}
)
# Where an ask starts after a told sentence: "its been cloudy all week, can i get an extension"
_ASK_AFTER = re.compile(r"[,.;!?]\s*(?:so\s+)?(?:can|could|may|would|will|do|is)\s+(?:i|we|u|you|it)\b")
# A sentence told after the ask: ", i have a medical certificate", ", my laptop died"
_TOLD_AFTER = re.compile(r"[,;]\s*((?:i|im|i'm|ive|i've|my)\b.*)$")
_GROUNDS = Kept[tuple[tuple[str, frozenset[str]], ...]](16)


def _grounds(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of the course's extension rule refusing a ground, with the ground's words (and plurals)."""
    texts = [course.extensions.summary] + [
        p.quote or p.summary for p in course.policies if _EXTENSION.search(f"{p.title} {p.quote} {p.summary}".lower())
    ]
    found: dict[str, frozenset[str]] = {}
    for sentence in (s for t in texts for s in split_clauses(t or "")):
        if not _EXTENSION.search(sentence.lower()):
            continue
        for match in _NOT_FOR.finditer(sentence.lower()):
            # the ground itself, without what the sentence adds after it ("(the lowest quiz is dropped)", ": you have")
            ground = re.split(r"[(:]|\bbecause\b|\bsince\b|\binstead\b", next(g for g in match.groups() if g))[0]
            words = {w for w in content_words(ground) if not _EXTENSION.search(w)} - _GENERAL
            if words:
                found[sentence] = found.get(sentence, frozenset()) | words | {plural(w) for w in words}
    return tuple(found.items())


def reason_words(question: str, story: str = "") -> set[str]:
    """The words of the reason a student gives: the clause after "because"/"since"/"bc", else the sentences told
    before or after the ask ("its been cloudy every night, can i get an extension", "can i get an extension on the
    essay, i have a medical certificate"), never the ask itself."""
    found = _REASON.search(question.lower()) or _REASON.search(story.lower())
    told = story.lower().replace(question.lower(), " ") if question.lower() in story.lower() else ""
    if not told.strip() and (ask := _ASK_AFTER.search(question.lower())):
        told = question.lower()[: ask.start()]  # one piece holding both: the words before the ask
    if not found and not told.strip() and (after := _TOLD_AFTER.search(question.lower())):
        told = after.group(1)  # "can i get one on the essay, i have a medical certificate": told after the ask
    reason = found.group(1) if found else told
    return set(content_words(reason)) - _GENERAL


# A sentence of the rule granting extensions on some grounds ("Extensions are possible ... for a documented reason
# (medical certificate, official summons)", "granted only for documented emergencies"), and one refusing
_GRANTS = re.compile(r"\b(?:possible|granted|given|available|allowed|approved)\b")
_NEGATED = re.compile(r"\b(?:not|no|never|cannot|can't|won't)\b")
_ACCEPTED = Kept[tuple[tuple[str, frozenset[str]], ...]](16)


def _accepted(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of the course's extension rule granting extensions, with the words of the grounds it grants them
    on (the sentence's words less those naming the course's work, and less the route after a colon)."""
    texts = [course.extensions.summary] + [
        p.quote or p.summary for p in course.policies if _EXTENSION.search(f"{p.title} {p.quote} {p.summary}".lower())
    ]
    work = {w for a in course.assignments for n in (a.title, a.short, a.kind, *a.aliases) for w in content_words(n)}
    found: dict[str, frozenset[str]] = {}
    for sentence in (s for t in texts for s in split_clauses(t or "")):
        lowered = sentence.lower()
        if not (_EXTENSION.search(lowered) and _GRANTS.search(lowered)) or _NEGATED.search(lowered):
            continue
        words = {w for w in content_words(lowered.partition(":")[0]) if not _EXTENSION.search(w)}
        words -= work | _GENERAL | {plural(w) for w in work}
        if words:
            found[sentence] = frozenset(words | {plural(w) for w in words})
    return tuple(found.items())


def accepted_ground(course: Course, question: str, story: str = "") -> str | None:
    """The page's sentence granting extensions on the ground the student gives ("i have a medical certificate":
    "Extensions are possible ... for a documented reason (medical certificate, official summons)"), or None when the
    reason names none of its grounds (by two words of one at least)."""
    granted = _ACCEPTED.get(course, "accepted", lambda: _accepted(course))
    words = reason_words(question, story) if granted else set()
    # two words of a ground at least ("medical certificate", "documented emergency"): one ("documented proof",
    # "a medical appointment") may name something else
    return next((s for s, ground in granted if sum(w in ground or plural(w) in ground for w in words) >= 2), None)


def refused_ground(course: Course, question: str, story: str = "") -> str | None:
    """The page's sentence refusing the reason the student gives for an extension ("bc i have 3 other deadlines that
    week": "Extensions are not given for workload or for clashing deadlines"), or None when no such sentence names it.
    The reason is the clause after "because"/"since"/"bc", or the story told before the ask."""
    grounds = _GROUNDS.get(course, "grounds", lambda: _grounds(course))
    if not grounds:
        return None
    words = reason_words(question, story)
    if not words:
        return None
    for sentence, ground in grounds:
        shared = {w for w in words if w in ground or plural(w) in ground}
        if shared or (words & _WORKLOAD and ground & _WORKLOAD):
            return sentence
    return None


def rule_settles(course: Course, question: str, story: str = "") -> bool:
    """Whether the extension rule's own words settle the request the question describes (its Yes or No is the
    rule's, not one for a later check to withhold)."""
    return refused_ground(course, question, story) is not None or notice_verdict(course, question) is not None
