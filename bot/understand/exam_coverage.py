"""What an exam covers, from its own rules ("Covers redox reactions through atomic orbitals", "Cumulative: covers the
whole course"): said where the page says it, and said to be not on the page where it does not."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam
from bot.understand import replies

_COVERS = re.compile(
    r"\b(?:covers?|covered|covering|cumulative|syllabus\s+for|chapters?|material\s+from|topics?\s+from|units?\s+\d)\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(r"\bcumulative\b|\bcovers?\s+the\s+whole\s+(?:course|module|term|semester)\b", re.IGNORECASE)
_NOT = re.compile(r"\bnot\b|\bonly\b", re.IGNORECASE)


def coverage(exam: Exam) -> list[str]:
    """The exam's rules that say what it covers."""
    return [r for r in exam.rules if _COVERS.search(r)]


def coverage_answer(course: Course, exams: list[Exam]) -> Answer:
    """Each exam's coverage in the page's words; unknown when the page gives none for one of them."""
    ask = replies.where_to_ask(course)
    lines, missing = [], False
    for e in exams:
        said = coverage(e)
        if said:
            lines.append(text(f"**{e.title}** ({human_date(e.date)}): {' '.join(said)}"))
        else:
            missing = True
            lines.append(text(f"**{e.title}** ({human_date(e.date)}): what it covers is {replies.NOT_ON_PAGE}."))
    if missing:
        lines.append(text(f"{ask[0].upper()}{ask[1:]}."))
    title = exams[0].title if len(exams) == 1 else "Exams"
    return Answer(title=title, lines=tuple(lines), kind="unknown" if missing else "info")


def cumulative_verdict(exam: Exam, question: str) -> tuple[bool, str] | None:
    """ "is the final cumulative": Yes when its rules say it covers the whole course; None otherwise."""
    if not re.search(r"\bcumulative\b|\bwhole\s+(?:course|module|semester|term)\b|\beverything\b", question.lower()):
        return None
    said = [r for r in coverage(exam) if _CUMULATIVE.search(r) and not _NOT.search(r.split(":")[0])]
    return (True, f"“{said[0]}”") if said else None
