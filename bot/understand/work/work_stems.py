"""The words a course names its kinds of work by ("lab", "report" of "Lab Report 3", "sheet" of "Practical sheet 2"), as
stems: read once per course, so a question's word can be told to name work ("i skipped 1 sheet") or not."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS

_KEPT = Kept[frozenset[str]](16)


def work_stems(course: Course) -> frozenset[str]:
    """The stems of the words of every piece of work's title, short name and kind, numbers left out."""
    names = " ".join(f"{a.title} {a.short} {a.kind}" for a in course.assignments)
    return _KEPT.get(course, "work stems", lambda: word_stems(re.sub(r"\d+", " ", names), STOPWORDS))
