"""A question on being allowed to attend a class meeting ("am i still allowed to do the lab tomorrow") asks about
taking part, not about a due date: a due date never answers it Yes or No."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.name_patterns import any_name
from bot.understand.words.normalize import phrase_key

_PERMISSION = re.compile(
    r"\b(?:allowed|permitted|let\s+me|can\s+i(?:\s+still)?|may\s+i(?:\s+still)?|am\s+i\s+able)\s+(?:to\s+)?"
    r"(?:still\s+)?(?:do|attend|go\s+to|come\s+to|join|show\s+up\s+(?:to|at|for)|take\s+part\s+in|be\s+in)\s+"
    r"(?:the\s+|my\s+|our\s+|this\s+|that\s+|next\s+)?(?P<what>[a-z][a-z ]*)"
)


def asks_to_attend(course: Course, question: str) -> str | None:
    """The course's word for the meeting the student asks to be allowed to attend, or None."""
    found = _PERMISSION.search(question.lower())
    if found is None:
        return None
    what = found.group("what")
    for kind in course.meeting_kinds:
        names = (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases)
        if any_name((n.lower() for n in names), after=r"\b").match(what):
            return kind.name.lower()
    if re.match(r"(?:class|lecture|section|session)\b", what):
        return what.split()[0]
    return None


# Work not done ("i didnt finish the pre-lab", "missed pre-lab 6"): the condition the student attends under.
_WORK_MISSED = re.compile(
    r"\b(?:missed|miss|skipped|forgot|didn'?t\s+(?:finish|do|submit|turn\s+in|hand\s+in|get)|did\s+not\s+(?:finish|do|submit)"
    r"|never\s+(?:did|finished|submitted))\b"
)


def attends_after_missed_work(course: Course, question: str, rule: str = "") -> str | None:
    """ "missed pre-lab 6, am i allowed to attend the lab": the meeting asked to attend after work not done, or
    None. A rule that says attendance is required does not say whether one may attend then; a `rule` whose words
    name the work missed ("no lab without the pre-lab") does, and then this is None."""
    meeting = asks_to_attend(course, question)
    if meeting is None:
        return None
    said = question.lower()
    asked = _PERMISSION.search(said)
    story = said[: asked.start()] if asked else said
    missed = _WORK_MISSED.search(story)
    if missed is None:
        return None
    # the work's own words, less the meeting's ("pre-lab" holds "lab", which any rule on labs says)
    skip = _FILLER | set(phrase_key(meeting))
    work = [w for w in phrase_key(story[missed.end() :])[:4] if w not in skip and not w.isdigit()][:2]
    rule_words = {stem(w) for w in phrase_key(rule)}
    return None if work and any(stem(w) in rule_words for w in work) else meeting


_FILLER = frozenset({"the", "my", "a", "an", "our", "this", "that", "in", "on", "time", "yet"})
