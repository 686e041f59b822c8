"""A may-I question told with its circumstances around it, decided by the course's claim once what is only told is
set apart: "can i get an extension because i picked up extra shifts at work", read as "can i get an extension" with
its reason apart, still asks the claim "extension because of work shifts"."""

from __future__ import annotations

from bot.course.model import Course
from bot.understand.closest_policy import told_and_asked
from bot.understand.yes_no.page_claims import Matched, claims_for


def told_claim(course: Course, question: str, policy_id: str) -> Matched | None:
    """The policy's claim the whole question asks, its story's words saying what is asked but not counted as words
    beyond the claim's; None when nothing is told around the question or no claim fits."""
    story, asked = told_and_asked(question)
    if not story:
        return None
    return claims_for(course).match(asked, within=policy_id, story=story)
