"""Work the course page says is never taken late ("Pre-labs and quizzes are not accepted late") while its late rules,
read alone, would take it: the page's own sentence decides, so "can i take quiz 6 late" is No, never a computed
"Yes: late, until ..."."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer, Stamp, text
from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Assignment, Course
from bot.grace.late_words import lateness_words
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked, items_of
from bot.understand.late.late_mark import asks_zero
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key
from bot.understand.work.stated_times import asks_due_confirmation

_NEVER_LATE = re.compile(
    r"\b(?:not|never)\s+(?:be\s+)?(?:accepted|taken|allowed|submitted|marked|graded)\s+late\b"
    r"|\bno\s+late\s+(?:submissions?|work|turn-?ins?)\b|\bcannot\s+be\s+(?:submitted|turned\s+in|handed\s+in)\s+late\b"
    # "late submissions are not accepted", "late peer assessments are not accepted"
    r"|\blate\s+(?:[a-z-]+\s+){0,3}(?:is\s+not|are\s+not|isn'?t|aren'?t|will\s+not\s+be|won'?t\s+be)\s+"
    r"(?:accepted|marked|graded)\b"
)
_BUT = re.compile(r"\b(?:unless|except|without|but)\b")
# "is that ok", "is it fine if i do it a couple days late", "would that be alright", "am i fine": whether work is
# taken then, asked in everyday words
ASKS_IF_OK = re.compile(
    r"\b(?:is|would|will)\s+(?:that|it|this)\s+(?:still\s+)?(?:be\s+)?(?:ok|okay|fine|alright|allowed|acceptable)\b"
    r"|\b(?:ok|okay|fine|alright|allowed)\s+(?:if|to)\s+(?:i|we)\b|\bam\s+i\s+(?:still\s+)?(?:ok|okay|fine|good|safe)\b"
)
# "can i take quiz 6 late", "does it still count", "will it be accepted": asks whether late work is taken
ASKS_ACCEPTED = re.compile(
    r"\b(?:can|could|may)\s+i\s+(?:still\s+)?(?:take|submit|turn|hand|do|finish|upload|send)\b[^?.!]*\blate\b"
    r"|\bstill\s+(?:count|be\s+accepted|get\s+credit|be\s+graded|accepted|allowed)\b"
    r"|\b(?:accepted|taken)\s+late\b|\blate\s+(?:submissions?|work)\s+(?:accepted|allowed)\b"
    r"|" + ASKS_IF_OK.pattern
)


_NEVER_SENTENCES: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


def _never_sentences(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """The sentences of the late notes and of the quotes of the policies on late work that say some work is never
    taken late, each with its words' stems: read once per course."""
    quotes = [p.quote for p in course.policies if "late" in {w for k in p.keywords for w in phrase_key(k)}]
    found = []
    for said in (*course.late.notes, *quotes):
        for sentence in split_clauses(said):
            lowered = sentence.lower()
            if _NEVER_LATE.search(lowered) and not _BUT.search(lowered):
                found.append((sentence.strip(), frozenset(stem(w) for w in phrase_key(lowered))))
    return tuple(found)


def never_late(course: Course, item: Assignment) -> str | None:
    """The page's sentence saying this item's kind is never taken late, or None. A course whose data gives late
    rules by kind (`[[late.rule]]`) has said it there: its rules decide, not its sentences."""
    if course.late.rules:
        return None
    sentences = _NEVER_SENTENCES.get(course, "never late", lambda: _never_sentences(course))
    if not sentences:
        return None
    name = [
        stem(w)
        for w in phrase_key(re.sub(r"\d+", " ", re.sub(r"\(.*?\)", " ", item.title.split(":")[0])))
        if w.isalpha()
    ]
    name = name or [stem(w) for w in phrase_key(re.sub(r"\d+", " ", item.short)) if w.isalpha()]
    if not name:
        return None
    for sentence, have in sentences:
        if all(any(h == n or (len(n) >= 4 and h.startswith(n)) for h in have) for n in name):
            return sentence
    return None


def taken_as_the_page_says(handler: Callable[[Asked, Slots], Answer]) -> Callable[[Asked, Slots], Answer]:
    """The handler, with its Yes or No on one item the page says is never taken late replaced by the page's words:
    No when whether it is taken is asked, and no verdict otherwise (its late rules do not apply)."""

    def answer(asked: Asked, slots: Slots) -> Answer:
        found = handler(asked, slots)
        items = items_of(asked, slots)
        said = never_late(asked.course, items[0]) if len(items) == 1 else None
        if said is None or asks_due_confirmation(asked.question, True):
            return found  # "is quiz 6 due friday at midnight": its due moment, not lateness
        item = items[0]
        moment = slots.get("moment")
        if moment is None and slots.get("late"):
            moment = (item.due.astimezone(dt.UTC) + slots["late"]).astimezone(asked.course.tz)
        if moment is not None and moment <= item.due:
            return found  # on time: the rules on lateness do not come in
        if moment is None and replies.opening_verdict(found) is None:
            return found
        # a what-if: no penalty computed under rules that do not apply to this work
        rest = _not_taken_then(found, item, moment) if moment is not None else found
        rest = replace(rest, lines=rest.lines[1:]) if replies.opening_verdict(rest) is not None else rest
        if asks_zero(asked.question):
            return replies.verdict(rest, True, f"not taken late: “{said}”")  # "do i get zero": nothing is kept
        if ASKS_ACCEPTED.search(asked.question.lower()):
            return replies.verdict(rest, False, f"“{said}”")
        return replace(rest, lines=(text(f"The course page says: “{said}”"), *rest.lines))

    answer.__doc__ = handler.__doc__
    return answer


def _not_taken_then(found: Answer, item: Assignment, moment: dt.datetime) -> Answer:
    """A what-if on work the page never takes late: when it is due and when it would go in, instead of a penalty
    computed from rules that do not apply to it."""
    # elapsed hours: two times in one zone subtract as wall-clock times, which a clock change between them skews
    hours = (moment.astimezone(dt.UTC) - item.due.astimezone(dt.UTC)).total_seconds() / 3600
    if hours < 1:
        after = lateness_words(hours)  # "1 minute", never "0 h"
    else:
        after = f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.1f} days".replace(".0 days", " days")
    said = text(
        f"{item.short} is due ", Stamp(item.due, "F"), "; you'd submit ", Stamp(moment, "F"), f", {after} past it."
    )
    return replace(found, lines=(said,), fields=())
