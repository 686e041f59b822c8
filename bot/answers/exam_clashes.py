"""Who deals with an exam clash, in the course's own words ("Examination clashes are dealt with by the Examinations
Office, not the School."): the sentences of the exam's rules and of the course's policies that speak of clashes."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course, Exam

_CLASH = re.compile(r"\b(?:clash(?:es|ing)?|conflict(?:s|ing)?)\b", re.IGNORECASE)
_EXAM = re.compile(r"\b(?:exam|exams|examination|examinations|test|tests|finals?|midterms?)\b", re.IGNORECASE)

_SAID: Kept[dict[str, tuple[str, ...]]] = Kept(size=32)


def _clashes_said(course: Course) -> dict[str, tuple[str, ...]]:
    """Each exam's id -> the page's sentences on exam clashes: its own rules' first, else the policies' that
    name it, else the policies' on exams in general (only when the course has that one exam)."""
    policy_sentences = [
        s
        for p in course.policies
        for s in split_sentences(p.quote or p.summary)
        if _CLASH.search(s) and _EXAM.search(s)
    ]
    found: dict[str, tuple[str, ...]] = {}
    for exam in course.exams:
        own = [s for r in exam.rules for s in split_sentences(r) if _CLASH.search(s)]
        titles = [t.lower() for t in (exam.title, *exam.aliases) if len(t) > 3]
        named = [s for s in policy_sentences if any(t in s.lower() for t in titles)]
        general = policy_sentences if len(course.exams) == 1 else []
        said = own or named or general
        if said:
            found[exam.id] = tuple(dict.fromkeys(said))
    return found


def clashes_said(course: Course, exam: Exam) -> tuple[str, ...]:
    """The page's sentences on a clash with this exam; empty when it says nothing of clashes."""
    return _SAID.get(course, "exam clashes", lambda: _clashes_said(course)).get(exam.id, ())
