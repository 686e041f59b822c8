"""A yes/no question stating how long an exam is ("is the final 2 hours", "is the midterm 90 minutes long"): decided by
the exam's start and end, or, where its rules speak of its length ("2 hours plus 10 minutes' reading time"), those
rules quoted without a Yes or No. Never read as "in the next 2 hours"."""

from __future__ import annotations

import re

from bot.course.model import Course, Exam
from bot.course.occurrences import exam_times
from bot.understand.exams.stated_window import clauses_not_on_coming_or_going

_NUMBERS = {"one": 1.0, "an": 1.0, "a": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "half": 0.5}
_LENGTH = re.compile(
    r"(?<!\bnext\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\bthan\s)(?<!\bfor\s)"
    r"\b(\d+(?:\.\d+)?|one|two|three|four|an|a)\s*(?:and\s+a\s+half\s+)?(hours?|hrs?|h|minutes?|mins?)\b"
    r"(?!\s+(?:from\s+now|away|later|ago|before|after|early|earlier|late))"
)
_HALF = re.compile(r"\band\s+a\s+half\b")
_RULE_LENGTH = re.compile(r"\b(?:\d+|one|two|three|four)\s*(?:hours?|hrs?|minutes?|mins?)\b")


def stated_minutes(question: str) -> float | None:
    """The length the question states, in minutes, or None (none, several, or a time from now)."""
    low = question.lower()
    found = _LENGTH.findall(low)
    if len(found) != 1:
        return None
    number, unit = found[0]
    value = _NUMBERS.get(number) or float(number)
    if _HALF.search(low):
        value += 0.5
    return value * 60 if unit.startswith("h") else value


# "lasts 20 minutes", "takes 90 minutes", "is 2 hours long": a length stated plainly, with nothing added after it
# ("2 hours plus 10 minutes' reading time" is no one length)
_LASTS = re.compile(
    r"\b(?:lasts|takes|runs(?:\s+for)?|is)\s+(\d+|one|two|three|four)\s*(hours?|hrs?|minutes?|mins?)\b(\s+long\b)?"
    r"(?!\s*(?:plus|\+|and\b|with\b|of\b|['’]|reading))"
)


def rule_length(rule: str) -> float | None:
    """The one length, in minutes, a rule states plainly for the exam ("Each oral exam lasts 20 minutes: ..."), or
    None (none, several, or a length with something added to it)."""
    found = [m for m in _LASTS.finditer(rule.lower()) if m.group(0).split()[0] != "is" or m.group(3)]
    if len(found) != 1:
        return None
    number, unit = found[0].group(1), found[0].group(2)
    value = _NUMBERS.get(number) or float(number)
    return value * 60 if unit.startswith("h") else value


def _span(minutes: float) -> str:
    hours, rest = divmod(int(minutes), 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    parts += [f"{rest} minutes"] if rest else []
    return " ".join(parts) or "0 minutes"


def exam_length_verdict(
    course: Course, exam: Exam, section: str | None, question: str
) -> tuple[bool | None, str] | None:
    """(Yes/No, why), or (None, a line to show): the rules on its length when they speak of it, or that its length is
    not on the page when it gives no times; None when the question states no length."""
    stated = stated_minutes(question)
    if stated is None:
        return None
    # "no leaving in the first 30 minutes" is no length: only what speaks of neither leaving nor coming in
    rules = [r for r in exam.rules if any(_RULE_LENGTH.search(c.lower()) for c in clauses_not_on_coming_or_going(r))]
    if rules:
        quoted = "From the course page: " + " ".join(f"“{r}”" for r in rules)
        lasting = {r: length for r in rules if (length := rule_length(r)) is not None}
        if len(set(lasting.values())) == 1:
            # "Each oral exam lasts 20 minutes: ...": one length, stated plainly, decides
            said = "From the course page: " + " ".join(f"“{r}”" for r in lasting)
            return abs(next(iter(lasting.values())) - stated) < 1, said
        return None, quoted
    start, end = exam_times(course, exam, section)
    if start is None or end is None:
        # never "no exam in the next 2 hours": the page gives no length to check
        return None, f"How long {exam.title} lasts is not on the course page."
    length = (end - start).total_seconds() / 60
    return abs(length - stated) < 1, f"{exam.title} is {_span(length)} long, as the course page gives its times."
