"""A may-I question told with its circumstances around it, decided by the course's claim once what is only told is
set apart: "can i get an extension because i picked up extra shifts at work", read as "can i get an extension" with
its reason apart, still asks the claim "extension because of work shifts"; "can i wear shorts in lab, it's going to
be super hot" asks "wear shorts in lab"."""

from __future__ import annotations

from bot.course.model import Course
from bot.understand.page_evidence.closest_policy import told_and_asked
from bot.understand.yes_no.page_claims import ClaimIndex, Matched, claims_for


def told_match(claims: ClaimIndex, question: str, within: str | None = None) -> Matched | None:
    """The claim the question asks once its story is set apart (the story's words may say what is asked, but are not
    counted as words beyond the claim's); None when nothing is told around the question or no claim of two key words
    or more fits."""
    story, asked = told_and_asked(question)
    if not story:
        return None
    found = claims.match(asked, within=within, story=story)
    # a phrasing of one key word ("have to go to lab") is matched by any story that names the thing
    return found if found is not None and found.keys > 1 else None


def told_claim(course: Course, question: str, policy_id: str) -> Matched | None:
    """The policy's claim the whole question asks, its story set apart."""
    return told_match(claims_for(course), question, policy_id)
