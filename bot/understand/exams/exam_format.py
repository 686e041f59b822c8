"""An exam's format asked ("how is the final structured", "what's the format of the midterm", "how many sections are
on it"): the exam's own rules that lay out its parts (its sections, parts or questions and what each is worth), which
the student sees first, then the exam's card. An exam whose rules lay out no parts is left to say the page does not
give its format. Pure functions of the question's words and the exam's rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Words asking how an exam is laid out
_ASKS_FORMAT = re.compile(
    r"\b(?:format|formatted|structure|structured|layout|laid\s+out|set\s+up|made\s+up|breakdown"
    r"|(?:how\s+many|what|which)\s+(?:sections|parts|questions)|(?:kinds?|types?|sorts?)\s+of\s+questions)\b"
)
# A rule laying out parts: "Section A short answers (40%)", "Part 2: one essay", "40 multiple-choice questions"
_LAYS_OUT = re.compile(
    r"\b(?:sections?|parts?)\s+(?:[a-z]|\d+(?![.\-–]\d)|one|two|three|four)\b"  # not "sections 3.1-3.4" of a book
    r"|\b(?:multiple[\s-]choice|short[\s-]answers?|essay\s+questions?|long[\s-]answers?|true\s*/\s*false)\b"
    r"|\b\d+\s+(?:questions|problems|sections|parts)\b",
    re.IGNORECASE,
)


def asks_format(question: str) -> bool:
    """Whether the question asks how an exam is laid out ("how is the final structured")."""
    return bool(_ASKS_FORMAT.search(question.lower()))


def format_rules(rules: Iterable[str]) -> list[str]:
    """The rules of an exam that lay out its parts, as written; none when no rule does."""
    return [r for r in rules if _LAYS_OUT.search(r)]


def format_of(exams: Sequence, question: str) -> list[str]:
    """The rules laying out the parts of the exams asked of, when the question asks their format; else none."""
    if not asks_format(question):
        return []
    return [r for e in exams for r in format_rules(e.rules)]
