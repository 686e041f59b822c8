"""Yes or No on whether a piece of work counts toward the grade ("is the practice midterm graded", "does the mock
exam count for marks"), from the work's own title and notes: "optional, ungraded", "does not count toward your
grade" say No, with those words. Nothing said there leaves the question to the grading breakdown."""

from __future__ import annotations

import re

from bot.core.sentences import split_sentences
from bot.course.model import Assignment

# "ungraded", "not graded", "does not count toward the grade", "doesn't count", "for no credit", "no marks"
_UNGRADED = re.compile(
    r"\bungraded\b|\bnon-?graded\b|\bunmarked\b|\bnot\s+(?:be\s+)?(?:graded|marked|assessed)\b"
    r"|\b(?:does\s+not|doesn'?t|do\s+not|don'?t|will\s+not|won'?t)\s+count\b|\bno\s+(?:credit|marks|grade)\b"
    r"|\bnot\s+count(?:ed)?\s+(?:toward|towards|for|in)\b|\bworth\s+(?:0|zero|nothing)\b",
    re.IGNORECASE,
)


def ungraded_words(item: Assignment) -> str | None:
    """The title or notes sentence saying the work does not count toward the grade, or None."""
    for said in (*split_sentences(item.notes or ""), item.title):
        if _UNGRADED.search(said.replace("’", "'")):
            return said.strip()
    return None
