"""Policy questions read whole, before the question table splits or places their words: a story about using an AI
tool, marks stated to ask whether they pass, work or attendance one may miss, a partner not doing their share, going
to another section's meeting, or the student's accommodations. Each is the one rule that decides it, answered by its
handler."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.accommodation_story import accommodation_question
from bot.understand.ai_story import ai_question
from bot.understand.allowance import allowance_question
from bot.understand.partner_story import partner_question
from bot.understand.pass_marks import pass_question
from bot.understand.switch_section import switch_question

# "... and when is lab 5 due": a part asking when or where, which the question table reads with the rest
_WHEN_WHERE = re.compile(r"\b(?:when|where)(?:'?s|\s+(?:is|are|does|do|will))\b|\bwhat\s+time\b")


def policy_read_whole(course: Course, question: str) -> dict | None:
    """The policy slots of a question one rule answers whole ("_decided": its handler settles the Yes or No
    itself), or None when the question is not such a question."""
    if _WHEN_WHERE.search(question.lower()):
        return None
    if ruled := ai_question(course, question):
        return {"policy": ruled[0], "_ai": True, "_decided": ruled[1]}
    if rule := pass_question(course, question):
        return {"policy": rule, "_pass": True, "_decided": True}
    if allowed := allowance_question(course, question):
        return {"policy": allowed.policy, "_allowance": True, "_decided": True}
    if rule := partner_question(course, question):
        return {"policy": rule, "_partner": True, "_decided": True}
    if rule := switch_question(course, question):
        return {"policy": rule}
    return accommodation_question(course, question)
