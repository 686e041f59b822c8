"""A story of working with another student that asks whether it was all right ("my friend and i compared our hw5
code line by line, is that ok", "my roommate took it last year, can she help me"): the course's collaboration
rule, whatever work it names, and not that work's due date."""

from __future__ import annotations

import re

from bot.course.model import Course

_OTHER = (
    r"(?:friend|roommate|roomate|classmate|partner|buddy|flatmate|housemate|teammate|groupmate|mate|pal"
    r"|study\s+group)s?"
)
# Two students on the same work: "my friend and i", "we compared", "the same write up", "can she help me".
_JOINT = re.compile(
    rf"\b{_OTHER}\s+(?:and|&)\s+i\b|\b(?:me|i)\s+and\s+(?:my\s+)?{_OTHER}\b"
    r"|\bcompared\s+(?:our|answers|code|solutions|notes)\b|\bsame\s+(?:write\s*-?\s*up|code|answers?|report|solutions?)\b"
    rf"|\b{_OTHER}\b.*\b(?:she|he|they)\s+help\s+me\b|\b(?:can|could)\s+(?:my\s+)?{_OTHER}\s+help\s+me\b"
)
# Asking whether it is allowed.
_APPROVAL = re.compile(
    r"\b(?:is|was|would)\s+(?:that|this|it)\s+(?:ok|okay|allowed|fine|alright|cool|cheating|a\s+problem|an\s+issue"
    r"|against\s+the\s+rules|an?\s+(?:integrity|academic)\s+\w+)\b"
    r"|\b(?:is|was|would|will)\s+(?:that|this|it)\s+(?:gonna|going\s+to)\s+be\s+(?:a\s+problem|an\s+issue|ok|okay|fine"
    r"|allowed|cheating|plagiarism)\b"
    r"|\b(?:am\s+i|are\s+we)\s+allowed\b|\b(?:can|could)\s+(?:she|he|they|my\s+\w+)\s+help\s+me\b"
)
# What would make it a question about lateness or a deadline, not about working together.
_ELSEWHERE = re.compile(r"\b(?:late|extension|grace|slip|deadline|due|regrade|ai|chatgpt|github|online)\b")


def collaboration_policy(course: Course, question: str) -> str | None:
    """The id of the course's one collaboration policy when the question tells of working with another student
    and asks whether that is allowed; None otherwise."""
    said = " ".join(question.lower().split())
    if not (_JOINT.search(said) and _APPROVAL.search(said)) or _ELSEWHERE.search(said):
        return None
    found = [p.id for p in course.policies if any("collaborat" in w.lower() for w in (p.id, p.title, *p.keywords))]
    return found[0] if len(found) == 1 else None
