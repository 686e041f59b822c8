"""An exam of the student's other courses, told in a story ("i have three other courses with midterms that week"):
no exam of this course, so its date is not what is asked."""

from __future__ import annotations

from collections.abc import Sequence

_COURSES = frozenset({"courses", "classes", "modules", "subjects", "units", "papers"})
_OF = frozenset({"with", "have", "having", "all", "got"})


def others_exams(tokens: Sequence[str], exam_words: frozenset[str]) -> frozenset[int]:
    """Where an exam word of another course starts: right after "<other> courses with" ("three other courses with
    midterms"), or after "my other courses'/classes" within three words."""
    found = set()
    for i, token in enumerate(tokens):
        before = list(tokens[max(0, i - 4) : i])
        other = before[before.index("other") :] if "other" in before else []
        told = len(before) >= 2 and before[-2] in _COURSES and before[-1] in _OF
        if token in exam_words and (told or any(w in _COURSES for w in other)):
            found.add(i)
    return frozenset(found)
