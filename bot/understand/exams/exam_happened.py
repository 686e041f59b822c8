"""'the midterm already happened right?', 'has the final taken place yet', 'is cat 1 over already': whether an exam has
taken place, Yes once it has ended and No before it starts (or while it is under way), by its times, or by its day
when the page gives none; on its own day without times, no verdict."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date, human_time
from bot.course.model import Exam
from bot.course.occurrences import exam_times
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked

# Whether an exam has taken place: "already happened", "happened yet", "is it over", "did the midterm happen"
_PAST_ASKED = re.compile(
    r"\balready\s+(?:happened|over|done|passed|took\s+place|taken\s+place)\b"
    r"|\b(?:happened|taken\s+place|over)\s+(?:yet|already)\b"
    r"|\b(?:did|has)\s+(?:[\w-]+\s+){1,3}?(?:happen|happened|take\s+place|taken\s+place)\b"
)
_ASKED_OPENING = re.compile(r"\s*(?:did|has|have|is|was)\b")


def happened_asked(asked: Asked) -> bool:
    """Whether the question asks if an exam has taken place (asked, not told: "... already happened?", "did ...")."""
    low = asked.question.lower()
    return bool(_PAST_ASKED.search(low)) and (
        asked.yes_no or low.rstrip().endswith("?") or bool(_ASKED_OPENING.match(low))
    )


def happened_verdict(asked: Asked, chosen: Exam, section: str | None, answer: Answer) -> Answer:
    """Yes once the exam has ended, No before it starts; on its own day without times, no verdict."""
    start, end = exam_times(asked.course, chosen, section)
    when = f"{chosen.title} is on {human_date(chosen.date)}."
    if end is not None and start is not None:
        if end <= asked.now or asked.now < start:
            past = end <= asked.now
            return replies.verdict(
                answer, past, f"{chosen.title} {'was' if past else 'is'} on {human_date(chosen.date)}."
            )
        return replies.verdict(
            answer,
            False,
            f"{chosen.title} is under way now, until {human_time(end.astimezone(asked.course.tz).time())}.",
        )
    if chosen.date != asked.today:
        past = chosen.date < asked.today
        return replies.verdict(answer, past, f"{chosen.title} {'was' if past else 'is'} on {human_date(chosen.date)}.")
    return replace(answer, lines=(text(f"{when} That is today; the page gives no times for it."), *answer.lines))
