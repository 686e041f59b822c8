"""A person's office asked ("what's lucia's office number", "where is dr b's office", "which room is the prof's office
in"): the card the question reads as (their office hours, the staff list) tells when and how to reach them, but
unless it gives a room it does not answer what was asked: the student sees first that the course page does not give
the office, and where to ask, then what the page does say."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.understand.about_course.asked_price import not_given, said_in
from bot.understand.people.unnamed_people import gives_room

# Never office hours ("office hrs", "office hour"), nor an office's phone (bot.understand.people.asked_phone).
_NOT_HOURS = r"(?!\s*(?:hours?|hrs?|oh)\b)"
_ASKS_OFFICE = re.compile(
    rf"\boffice{_NOT_HOURS}\s*(?:number|numbers|no\b\.?|#|num\b|location|room)"
    rf"|\bwhere(?:'s|’s|s|\s+is|\s+are|\s+r)\s+(?:[\w'’.]+\s+){{0,3}}?office(?:s)?\b{_NOT_HOURS}"
    rf"|\b(?:which|what)\s+(?:room|building)\s+(?:is|are)\s+(?:[\w'’.]+\s+){{0,3}}?office(?:s)?\b{_NOT_HOURS}"
    rf"|\bwhere\s+(?:can|do|should)\s+(?:i|we)\s+find\s+(?:[\w'’.]+\s+){{0,3}}?office\b{_NOT_HOURS}",
    re.IGNORECASE,
)


def asks_office(question: str) -> bool:
    """Whether the question asks where someone's office is (its room or number), not their office hours."""
    return _ASKS_OFFICE.search(question) is not None and "phone" not in question.lower()


def unlisted_office(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when an office is asked and the answer gives no room, the card after a plain "the course page
    doesn't give that office" (kind unknown, no Yes or No of its own)."""
    if answer.kind != "info" or not asks_office(question) or gives_room(said_in(answer)):
        return answer
    return not_given(answer, f"The course page doesn't give that office; {where}. What it does say:")
