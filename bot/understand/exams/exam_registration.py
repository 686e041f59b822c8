"""Registering for an exam, where the exam's own rules say how ("do i have to register for the exam somewhere"
against "Register for the exam in Sisu no later than 7 days before the exam."): those rules first, and Yes to
whether one must register, never the registrar's business or what may be brought."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.course.model import Exam
from bot.understand.answering.replies import verdict

REGISTER = re.compile(r"\b(?:regist(?:er|ered|ering|ration)|sign\s+up|signup|enrol(?:l|s|ls|led|ling|ment)?)\b", re.I)
# "do i have to register", "do we need to sign up", "is registration required", "must i enrol"
_MUST = re.compile(
    r"\b(?:have|has|need|needs|got)\s+to\b|\bmust\b|\brequired\b|\bmandatory\b|\bcompulsory\b|\bsupposed\s+to\b"
)
# A rule that says students need not register ("no later than" is a deadline, not a "no")
_NOT = re.compile(
    r"\b(?:no|not)\b(?!\s+(?:later|earlier|more|less)\b)|\b(?:never|without|automatically|unnecessary)\b", re.I
)


def registration_answer(exams: list[Exam], question: str, yes_no: bool) -> Answer | None:
    """The rules of these exams on registering for them (each once), Yes first to "do i have to register" when one
    plainly tells students to; None when the question is not about registering or no rule speaks of it."""
    if not REGISTER.search(question):
        return None
    rules = list(dict.fromkeys(r for e in exams for r in e.rules if REGISTER.search(r)))
    if not rules:
        return None
    title = exams[0].title if len(exams) == 1 else "Registering for the exams"
    answer = Answer(title=title, lines=tuple(text(r) for r in rules))
    told = [r for r in rules if not _NOT.search(r)]
    if yes_no and _MUST.search(question.lower()) and len(told) == len(rules):
        return verdict(answer, True, f"“{told[0].rstrip('.')}.”")
    return answer


# "how do i sign up", "where do we register": asking the way, not whether one must
_HOW = re.compile(r"\b(?:how|where)\b")


def signing_up_unsaid(exam: Exam, question: str) -> bool:
    """Whether the question asks how to sign up for the exam and none of its rules speaks of signing up: the page is
    silent on it (an other sitting's own way to register shows on the exam's card)."""
    if not REGISTER.search(question) or not _HOW.search(question.lower()):
        return False
    return not any(REGISTER.search(r) for r in exam.rules)
