"""Yes or No on what the student believes of one thing: the day, the clock time or the room they state ("next
seminar is on nov 2 right?", "is essay 2 due friday at 5", "is my lab in room 204") is checked against that thing's
card, only when the card is surely about the thing asked (bot.understand.yes_no.asked_item). The student sees Yes
with the card's day, time or room, or No with the right one; when the card may be another thing's, or the claim is no
plain day, time or room, the answer stays as it was (hedged if nothing else settles it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.answer import Answer
from bot.course.model import Course
from bot.understand.answering.replies import opening_verdict
from bot.understand.question.reading import Reading
from bot.understand.words.lexicon import course_places
from bot.understand.yes_no.asked_item import card_item, next_due_item, surely_about, surely_next_of
from bot.understand.yes_no.stated_day import clock_words, day_verdict
from bot.understand.yes_no.stated_room import room_stated, room_verdict


def believed_verdict(
    course: Course, question: str, reading: Reading, intent: str, slots: Mapping[str, Any], answer: Answer
) -> tuple[bool, str] | None:
    """(Yes or No, the card's day, time or room) when `answer` is a plain card surely about the one thing the
    yes/no `question` names and the question states a day, time or room of it; None otherwise."""
    if answer.kind != "info" or opening_verdict(answer) is not None:
        return None
    if next_due_item(course, intent, slots, [f.name for f in answer.fields]) is not None:
        # "so the next quiz is due jan 30 right": the one piece of work the next-due card shows, a day only
        if len(answer.lines) != 1 or not surely_next_of(
            course, reading.tokens, reading.mentions, slots["series"], clock_words(question)
        ):
            return None
        return day_verdict(question, answer, reading.times)
    item = card_item(intent, slots)
    if item is None:
        return None
    places = course_places(course)
    room = room_stated(question, places)
    claimed = {*clock_words(question), *(room[0] if room else ())}
    if not surely_about(course, reading.tokens, reading.mentions, item, answer.title, claimed, place=room is not None):
        return None
    return day_verdict(question, answer, reading.times) or room_verdict(question, answer, places)
