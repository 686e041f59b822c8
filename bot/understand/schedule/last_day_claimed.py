"""'is nov 16 the last lecture of the sem', 'is the last class on dec 5': the term's last meeting of that kind,
checked against the day the student states.

Such a question reads as the last class and, nearly as well, as that day's schedule; both answers fit, so it used to
get "Pick one of these". The day is the claim: the term's last meeting answers it, Yes when it falls on that day and
No (with its own day) when it does not. Asked in the past tense ("was oct 5 the last lab") or of the last one before
something, the question is another one, left as it was.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer
from bot.core.timefmt import human_date
from bot.understand.answering.replies import verdict
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots

# the last one of a span other than the term: "before reading week", "until the midterm", "this month"
_OF_ANOTHER_SPAN = re.compile(
    r"\b(?:before|after|until|till|til|prior|since|except|besides|other\s+than|(?:this|next|that|of\s+(?:the\s+)?)\s*(?:week|month|unit|module|block|part)s?)\b"
)


def last_day_claim(reading: Reading, slots: Slots) -> Slots | None:
    """The last-class reading's slots asking of the term's last meeting with the day stated, when the question is a
    yes/no one stating one day; None otherwise."""
    day = reading.time("day")
    if not reading.yes_no or reading.past or day is None or day.first is None or day.first != day.last:
        return None
    if day.bare:
        return None  # "is the last lecture on friday": on a Friday, maybe, not this one
    if slots.get("which") in ("before", "first", "latest") or len(reading.times) != 1:
        return None
    if _OF_ANOTHER_SPAN.search(reading.text):
        return None  # "the last lecture before reading week": the last of another span than the term
    return {**slots, "which": "final", "claimed_day": day.first}


def last_day_checked(final: Answer, last: dt.date, claimed: dt.date) -> Answer:
    """The term's last meeting, opened with Yes when it is on the day claimed and No (its own day) when not."""
    if last == claimed:
        return verdict(final, True, f"the last one is on {human_date(last)}.")
    return verdict(final, False, f"the last one is on {human_date(last)}, not {human_date(claimed)}.")
