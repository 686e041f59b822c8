"""Yes on whether the course has an exam the student names ("is there a final exam", "do we have a midterm") when
the course's exam list holds one by that very name (its title or a name the data gives it), or, failing that, exams
whose titles hold every word of a name of two words or more ("Final oral exam (TD 1)" for "a final exam"): the student
sees Yes and which exams they are, and when. Only a question that asks of nothing but the exam counts ("is there a
final exam review" or "is there a midterm on friday" ask of something else); an exam by no name of the list decides
nothing here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.timefmt import human_date
from bot.course.model import Exam
from bot.understand.words.normalize import phrase_key

# "is there a final exam", "will there be a midterm in this course", "do we have a final?": the exam asked of
_ASKS_EXISTS = re.compile(
    r"^\s*(?:so\s+|and\s+|also\s+)?(?:is\s+there|will\s+there\s+be|do\s+we\s+(?:have|get)|"
    r"does\s+(?:this|the)\s+(?:course|class)\s+have)\s+(?:a|an|any)\s+(?P<exam>.+?)\s*"
    r"(?:(?:in|for)\s+(?:this|the)\s+(?:course|class)|this\s+(?:term|semester))?\s*[?.!]*\s*$",
)


def named_exams(question: str, exams: Sequence[Exam]) -> list[Exam]:
    """The exams a question asking whether there is one names by their title or another of their names, [] when it
    asks of anything else."""
    asked = _ASKS_EXISTS.match(" ".join(question.lower().replace("’", "'").split()))
    if asked is None:
        return []
    key = phrase_key(asked.group("exam"))
    if not key:
        return []
    named = [e for e in exams if any(phrase_key(name) == key for name in (e.title, *e.aliases))]
    # "is there a final exam" of "Final oral exam (TD 1)": every word asked is a word of the exam's title
    return named or [e for e in exams if len(key) > 1 and set(key) <= set(phrase_key(e.title))]


def exam_exists_verdict(question: str, exams: Sequence[Exam]) -> tuple[bool, str] | None:
    """(Yes, which exam and when) when the question asks whether there is an exam the course lists by that name;
    None otherwise."""
    named = named_exams(question, exams)
    if not named:
        return None
    return True, "; ".join(f"{e.title}, {human_date(e.date)}" for e in named) + "."
