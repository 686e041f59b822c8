"""Yes on whether a piece of work has a limit of some measure ("does the essay have a word limit", "is there a page
limit on the report", "is there a time limit for the quiz") when a sentence the answer shows states one: a number of
that measure ("Essays must not exceed 2,500 words") answers Yes, with the sentence. A sentence that gives no number
of the measure asked decides nothing, and neither does a question that asks of no limit: the answer is left as it
was (and hedged when it settles nothing)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_sentences

# "is there a word limit", "does the essay have a page limit", "any length cap on it": the measure asked
_ASKS_LIMIT = re.compile(
    r"\b(?:is\s+there|are\s+there|does|do|will|has|have|any)\b.*?\b(?P<measure>word|page|time|character|slide|length)"
    r"s?\s+(?:limit|cap|max|maximum|restriction)s?\b",
)

# each measure and how a sentence counts it ("2,500 words", "10 pages", "45 minutes")
_UNITS = {
    "word": r"words?",
    "page": r"pages?",
    "time": r"(?:minutes?|mins?|hours?|hrs?)",
    "character": r"characters?",
    "slide": r"slides?",
    "length": r"(?:words?|pages?|minutes?|mins?|slides?)",
}
# words that make a number of the measure a bound rather than a count of something else
_BOUND = re.compile(r"\b(?:limit|maximum|max|exceed|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|cap|under)\b")
_NEGATED = re.compile(r"\bno\s+(?:word|page|time|length|character|slide)\s+limit|\bnot\s+(?:a\s+)?limit|\bunlimited\b")


def asked_limit(question: str) -> str | None:
    """The measure of the limit a yes/no question asks about ("word" for "does the essay have a word limit"), None
    when it asks of no limit."""
    asked = _ASKS_LIMIT.search(" ".join(question.lower().replace("’", "'").split()))
    return asked.group("measure") if asked else None


def limit_verdict(question: str, shown: Iterable[str]) -> tuple[bool, str] | None:
    """(Yes, the page's sentence) when the question asks whether there is a limit of a measure and a sentence shown
    bounds that measure by a number; None otherwise, or when a sentence says there is no such limit."""
    measure = asked_limit(question)
    if measure is None:
        return None
    counted = re.compile(rf"\b\d[\d,.]*\s*(?:-\s*)?{_UNITS[measure]}\b")
    found: list[str] = []
    for line in shown:
        for sentence in split_sentences(line):
            lowered = sentence.lower()
            if _NEGATED.search(lowered):
                return None
            if counted.search(lowered) and _BOUND.search(lowered):
                found.append(sentence.strip())
    return (True, found[0]) if found else None
