"""'list all the tests and the final with dates', 'when are all the exams incl the midterm': every exam of the course
is asked, one of them named among them. The student sees the card of every exam, not the one named alone."""

from __future__ import annotations

from collections.abc import Sequence

# The plural words for exams a student says of every one ("all the tests"): not a name of one of them.
_EXAMS = frozenset({"exams", "tests", "examinations", "assessments"})
_ALL = frozenset({"all", "every", "each"})
# How far before the plural "all" may stand: "all the exams", "all of the tests", "all our exams".
_REACH = 3


def every_exam_asked(tokens: Sequence[str], named: Sequence[tuple[int, int]]) -> bool:
    """Whether the words ask of every exam ("all the tests") beside the exams named at the token spans `named`: a
    plural exam word outside every name, with "all" or "every" just before it."""
    for i, token in enumerate(tokens):
        if token not in _EXAMS or any(start <= i < end for start, end in named):
            continue
        if _ALL & set(tokens[max(0, i - _REACH) : i]):
            return True
    return False
