"""The deadline a student gets by spending late units on one piece of work: "if i use a token on essay 1, whats my new
deadline", "with 2 grace days when is hw4 due". The due moment moved by the units asked for (capped as the course
caps them), or why none can be used on it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.answers.late_terms import pool_name
from bot.core.answer import Answer, text, when
from bot.course.late_policy import Pool, amount
from bot.course.model import Assignment, Course
from bot.course.windows import after_due, grace_applies
from bot.understand.answering.asked import Asked
from bot.understand.times.time_phrases import NUMBER_WORDS

# Words any course's students use for late units, besides the course's own name for them.
_GENERIC = ("late days", "late day", "slip days", "slip day", "tokens", "token")
_USING = r"(?:use|using|used|spend|spending|apply|applying|burn|burning|with|take|taking|put|putting|cash\s+in)"
_ASKS_DEADLINE = re.compile(
    r"\b(?:new|extended|moved|updated|actual|real)\s+(?:deadline|due\s+date|due\s+time)\b"
    r"|\bdeadline\s+(?:be|become|becomes|move|moves|change|changes)\b"
    r"|\b(?:when|what\s+time|what\s+day)\s+(?:is|would|will|'?s)\s+(?:it|that|\w+\s?\d*)\s+(?:be\s+)?due\b"
    r"|\bdue\s+(?:date\s+)?(?:then|instead)\b|\b(?:until|till|til)\s+when\b|\bhow\s+(?:long|much\s+longer)\s+do\s+i\s+get\b"
    r"|\bwhat'?s\s+my\s+(?:new\s+)?deadline\b"
)


def _units_words(pool: Pool) -> str:
    names = {*_GENERIC, pool.name.lower(), pool.plural.lower(), pool.name.split()[-1].lower()}
    names.add(pool.plural.split()[-1].lower())
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@lru_cache(maxsize=64)
def _spending(words: str) -> re.Pattern[str]:
    """ "use 2 grace days", for a course's names of its units: built once per course, not per question."""
    count = r"(\d+(?:\.\d+)?|a|an|one|both|all|my|" + "|".join(NUMBER_WORDS) + ")"
    return re.compile(rf"\b{_USING}\s+(?:up\s+)?{count}\s+(?:of\s+)?(?:my\s+|the\s+)?(?:\w+\s+)?{words}\b")


def units_to_spend(pool: Pool, question: str) -> float | None:
    """How many units the question would spend ("a token" 1, "both" 2, "3 grace days" 3), or None when it spends
    none."""
    lowered = " ".join(question.lower().split())
    found = _spending(_units_words(pool)).search(lowered)
    if found is None:
        return None
    word = found.group(1)
    if word[0].isdigit():
        return float(word)
    if word in ("both",):
        return 2.0
    if word == "all":
        return float(pool.total)
    return float(NUMBER_WORDS.get(word, 1))


def moved_deadline(asked: Asked, items: list[Assignment]) -> Answer | None:
    """The new deadline after the units asked for are spent on the one item named, or None when the question does
    not ask it."""
    course = asked.course
    pool = course.late.pool
    if pool is None or len(items) != 1 or not _ASKS_DEADLINE.search(asked.question.lower()):
        return None
    units = units_to_spend(pool, asked.question)
    if units is None:
        return None
    item = items[0]
    return Answer(title=f"{item.title}: with {pool_name(course)}", lines=tuple(_moved_lines(course, pool, item, units)))


def _moved_lines(course: Course, pool: Pool, item: Assignment, units: float) -> list:
    if not grace_applies(course, item):
        name = pool_name(course).capitalize()
        return [text(f"{name} do not apply to {item.short}: it stays due ", *when(item.due), ".")]
    used = min(units, pool.cap)
    hours = used * (24 if pool.unit == "day" else 1)
    moved = after_due(item, hours)
    ask = " (if you ask to use it)" if pool.applied == "request" and used == 1 else ""
    ask = ask or (" (if you ask to use them)" if pool.applied == "request" else "")
    lines = [
        text(f"With {pool.words(used)}{ask}, {item.short} is due ", *when(moved), "."),
        text(f"That is {amount(hours)} hours after its deadline, ", *when(item.due), "."),
    ]
    if units > pool.cap:
        lines.insert(0, text(f"At most {pool.words(pool.cap)} can go on one assignment, so not {amount(units)}."))
    return lines


def with_moved_deadline(asked: Asked, items: list[Assignment], answer: Answer) -> Answer:
    """The answer led by the moved deadline when the question asks for it."""
    moved = moved_deadline(asked, items)
    if moved is None:
        return answer
    return replace(answer, title=moved.title, lines=(*moved.lines, *answer.lines))
