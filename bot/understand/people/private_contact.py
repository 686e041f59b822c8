"""Sending a course question to the staff privately ("should i email the prof with a question about q3", "can i just
dm tomasz my questions"): the course's rule on where questions go and its forum guidelines, with a plain No only
where those words say "not by private message" (or "do not email") of the very way asked."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.sentences import split_clauses
from bot.course.model import Course
from bot.understand.answering import replies
from bot.understand.yes_no.folded import fold

# The private ways of asking: an email, or a direct message on a chat site.
_EMAIL = re.compile(r"\be-?mail(?:s|ing|ed)?\b")
_DIRECT = re.compile(
    r"\b(?:dms?|pms?|private(?:ly)?\s+messag\w*|direct(?:ly)?\s+messag\w*|messag\w*\s+(?:\w+\s+){0,2}(?:directly|privately))\b"
)
# A course question is what is sent ("my questions", "a question about q3", "about problem 2"), not an extension or a
# private matter.
_QUESTION = re.compile(r"\b(?:questions?|q\d+[a-z]?|problem\s*\d+[a-z]?)\b")
# The page's words against a way: "not by private message", "do not email", "never dm".
_AGAINST = {
    "email": re.compile(r"\b(?:not|never)\s+(?:\w+\s+){0,2}(?:by\s+|via\s+)?e-?mail"),
    "direct": re.compile(
        r"\b(?:not|never)\s+(?:\w+\s+){0,2}(?:by\s+|via\s+|in\s+)?(?:a\s+)?(?:private|direct)\s+messag"
    ),
}
_FORUM_WORDS = re.compile(r"\b(?:e-?mail|private(?:ly)?|messag\w*|dms?|forum|questions?)\b")


def private_way(question: str) -> str | None:
    """ "email" or "direct" when a yes/no question asks about sending a course question to someone privately."""
    lowered = question.lower()
    if not _QUESTION.search(lowered) or not fold(question).yes_no:
        return None
    if _DIRECT.search(lowered):
        return "direct"
    if _EMAIL.search(lowered):
        return "email"
    return None


def rule_texts(course: Course) -> list[str]:
    """The course's words on where questions go: its forum guidelines, and the policies naming its forum (or
    questions) beside email or private messages."""
    forum = course.forum.name.lower() if course.forum is not None else ""
    found = list(course.question_guidelines)
    for policy in course.policies:
        words = f"{policy.title} {policy.summary} {policy.quote}".lower()
        names_forum = (forum and re.search(rf"\b{re.escape(forum)}\b", words)) or "forum" in words
        if names_forum and _FORUM_WORDS.search(f"{policy.summary} {policy.quote}".lower().replace(forum, "")):
            found += [policy.summary, policy.quote]
    return [t for t in dict.fromkeys(found) if t]


def private_contact_answer(course: Course, way: str) -> Answer | None:
    """Where questions go, as the course says it; No when its words rule out the way asked, else the rule with
    where to ask about the case. None when the course says nothing of it."""
    texts = rule_texts(course)
    if not texts:
        return None
    guidelines = [t for t in texts if t in course.question_guidelines]
    rules = [t for t in texts if t not in course.question_guidelines]
    lines = [text(t) for t in rules]
    if guidelines:
        lines.append(text("Forum guidelines: " + " ".join(guidelines)))
    answer = Answer(title="Where questions go", lines=tuple(lines))
    against = next((s for t in texts for s in split_clauses(t) if _AGAINST[way].search(s.lower())), None)
    if against is not None:
        return replies.verdict(answer, False, f"“{against}”")
    where = replies.where_to_ask(course)
    said = text(f"The course page doesn't decide your case; {where}. What it says:")
    return Answer(title=answer.title, lines=(said, *answer.lines))
