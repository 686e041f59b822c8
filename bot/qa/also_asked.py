"""A question that asks whether what holds of one thing holds of another too: "is the resit also open book",
"are the recitations recorded too or only lecture", "does my extra time apply to the essays too, not just exams", "is
the make-up the same format as the real one".

Such a question names two things, one the student knows about and one they ask about, so an entry that leaves one of
them out answers the thing the student already knows (bot.qa.ranking reads it as answering another thing).
"""

from __future__ import annotations

import re

# "too" closing what is asked ("... quizzes too?", "... recorded too or only lecture"), not "too" of degree ("too slow",
# "too late"); "also" inside a clause ("is the resit also open book"), not opening one ("..., also hw1 is due") nor
# offering a choice of how much of one thing ("the notebook only or also an html version"); "as well", "not just" /
# "not only", and "the same format as" ("is the make-up midterm the same format as the real one").
_TOO = re.compile(r"\btoo\b\s*(?:$|[?!.,;]|or\b|and\b)")
_ALSO = re.compile(r"\b(?:as well|not just|not only|same(?:\s+\w+){0,2}\s+as)\b")
_INNER_ALSO = re.compile(r"\b(?!or\b)\w+\s+also\b")
_CLAUSES = re.compile(r"[.?!;,\n]+|\s+(?:and|but|so)\s+")


# The thing the student already knows of, after "or only", "or is that just for", "not just", "like": "lecture" of "are
# the recitations recorded too or only lecture".
_KNOWN = re.compile(r"\b(?:(?:or|not)(?:\s+\w+){0,3}?\s+(?:only|just)|like)\b(.*)")


def known_of(text: str) -> str:
    """The words naming the thing the question compares with, which an entry on the thing asked about need not name
    ("lecture" of "are the recitations recorded too or only lecture"); "" when it names none."""
    found = _KNOWN.search(text.lower())
    return found.group(1).strip() if found else ""


def asks_of_another(text: str) -> bool:
    """The question asks whether something also holds of another thing ("is the resit also open book?")."""
    lowered = text.lower()
    if _TOO.search(lowered) or _ALSO.search(lowered):
        return True
    return any(_INNER_ALSO.search(clause.strip()) for clause in _CLAUSES.split(lowered))
