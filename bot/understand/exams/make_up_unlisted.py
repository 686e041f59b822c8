"""The make-up or repeat sitting of an exam, asked when ("what date is the august repeat exam", "when is the resit")
of a course whose exam list holds none and whose exam data never speaks of one: not on the course page, with what
the course's rule on it says, never the date of the exam it replaces."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.sentences import split_clauses
from bot.course.model import Course, Exam, Policy
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.words.normalize import phrase_key

# A sitting other than the exam's own: a make-up, resit, repeat or deferred one.
_OTHER_SITTING = re.compile(
    r"\b(?:make[\s-]*ups?|makeups?|re[\s-]*sits?|re[\s-]*takes?|re[\s-]*exams?|repeats?|repeat\s+exams?"
    r"|reassess\w*|supplementa\w+|deferred|deferral)\b"
)
# When, where or what day: the sitting itself ("is there a resit" is asked of the rule, not of a date).
_ASKS_SITTING = re.compile(
    r"\b(?:when|whens|where|wheres|what\s+(?:day|date|time)|which\s+(?:day|date|room|hall)|date|dates)\b"
)


def _named_sitting(question: str) -> str | None:
    low = question.lower()
    found = _OTHER_SITTING.search(low)
    return found.group(0) if found and _ASKS_SITTING.search(low) else None


# What dates a sitting in the exam's own words: a number, a weekday or a part of the day.
_WHEN = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:morning|afternoon|evening|tomorrow)\b")


def _dated_in(exam: Exam) -> bool:
    """Whether the exam's own data says when its other sitting is ("The make-up is the next morning at 7:30 AM");
    "sit it in the August reassessment session" names one without its date."""
    own = [s.lower() for text_ in (*exam.rules, exam.if_missed) for s in split_clauses(text_)]
    return any(_OTHER_SITTING.search(s) and _WHEN.search(s) for s in own)


def _rule_on(course: Course, word: str) -> Policy | None:
    """The course's one rule whose keywords or title name the sitting ("repeat", "resit", "supplemental")."""
    key = phrase_key(word)[:1]
    found = [p for p in course.policies if key and any(key[0] in phrase_key(k) for k in (*p.keywords, p.title))]
    return found[0] if len(found) == 1 else None


def unlisted_make_up(course: Course, exam_id: str | None, question: str) -> Answer | None:
    """The answer to a question about a make-up sitting the page does not date, or None when it is not one."""
    word = _named_sitting(question)
    if word is None or not course.exams:
        return None
    exams = [e for e in course.exams if e.id == exam_id] if exam_id else list(course.exams)
    if not exams or any(_OTHER_SITTING.search(" ".join((e.title, *e.aliases)).lower()) for e in course.exams):
        return None  # the list holds a make-up sitting: the exam answer gives it
    if any(_dated_in(e) for e in exams):
        return None
    rule = _rule_on(course, word)
    names = " or ".join(e.title for e in exams)
    lines = [text(f"When and where the {word} sitting of {names} is, is {NOT_ON_PAGE}; {where_to_ask(course)}.")]
    if rule is not None:
        lines.append(text(f"**{rule.title}**: {rule.summary}"))
        if rule.missing:
            lines.append(text(rule.missing))
    return Answer(title=rule.title if rule is not None else names, lines=tuple(lines), kind="unknown")
