"""Registering for an exam, where the exam's own rules say how ("do i have to register for the exam somewhere"
against "Register for the exam in Sisu no later than 7 days before the exam."): those rules first, and Yes to
whether one must register, never the registrar's business or what may be brought."""

from __future__ import annotations

import re

from bot.answers.deadlines import due_line
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.core.timefmt import human_date
from bot.course.model import Assignment, Course, Exam
from bot.understand.answering.replies import verdict

REGISTER = re.compile(r"\b(?:regist(?:er|ered|ering|ration)|sign\s+up|signup|enrol(?:l|s|ls|led|ling|ment)?)\b", re.I)
# Leaving rather than joining: "till when can i withdraw", "last day to drop", "add the class"
LEAVING = re.compile(r"\b(?:drop|withdraw|withdrawal|waitlist|wait\s+list|add\s+(?:the|this|a)\s+(?:class|course))\b")
# "do i have to register", "do we need to sign up", "is registration required", "must i enrol"
_MUST = re.compile(
    r"\b(?:have|has|need|needs|got)\s+to\b|\bmust\b|\brequired\b|\bmandatory\b|\bcompulsory\b|\bsupposed\s+to\b"
)
# A rule that says students need not register ("no later than" is a deadline, not a "no")
_NOT = re.compile(
    r"\b(?:no|not)\b(?!\s+(?:later|earlier|more|less)\b)|\b(?:never|without|automatically|unnecessary)\b", re.I
)


def registration_answer(exams: list[Exam], question: str, yes_no: bool, course: Course | None = None) -> Answer | None:
    """The rules of these exams on registering for them (each once) and the course's deadlines for registering for
    them, Yes first to "do i have to register" when one plainly tells students to; None when the question is not
    about registering or neither a rule nor a deadline speaks of it."""
    if not REGISTER.search(question):
        return None
    rules = list(dict.fromkeys(r for e in exams for r in e.rules if REGISTER.search(r)))
    items = registration_items(course, exams) if course is not None else []
    if not rules and not items:
        return None
    title = exams[0].title if len(exams) == 1 else "Registering for the exams"
    lines = [due_line(course, a) for a in items] if course is not None else []
    answer = Answer(title=title, lines=(*lines, *(text(r) for r in rules)))
    told = [r for r in rules if not _NOT.search(r)]
    if yes_no and _MUST.search(question.lower()) and len(told) == len(rules):
        said = f"“{told[0].rstrip('.')}.”" if told else f"{items[0].title} is due {human_date(items[0].due.date())}."
        return verdict(answer, True, said)
    return answer


def registration_items(course: Course, exams: list[Exam]) -> list[Assignment]:
    """The course's deadlines for registering for these exams ("Exam registration (1st exam date)"): an item whose
    names speak of registering and of an exam, of one of these (by a name of its own in its names or notes), or of
    any on a course with one exam."""
    found = _KEPT.get(course, "exam registration items", lambda: _items_of_registering(course))
    if len(course.exams) == 1:
        return list(found)
    wanted = {fold(n) for e in exams for n in (e.title, *e.aliases) if n.strip()}
    return [a for a in found if any(re.search(rf"\b{re.escape(n)}\b", fold(f"{a.title} {a.notes}")) for n in wanted)]


_KEPT: Kept[tuple[Assignment, ...]] = Kept(size=32)
_EXAM_WORD = re.compile(r"\b(?:exam|exams|examination|test|midterm|final)\b")  # the course's exam names add theirs


def _items_of_registering(course: Course) -> tuple[Assignment, ...]:
    exam_words = {fold(n) for e in course.exams for n in (e.title, *e.aliases) if n.strip()}
    out = []
    for item in course.assignments:
        names = " ".join((item.title, item.short, *item.aliases))
        if not REGISTER.search(names):
            continue
        folded = fold(names)
        if _EXAM_WORD.search(folded) or any(re.search(rf"\b{re.escape(n)}\b", folded) for n in exam_words):
            out.append(item)
    return tuple(sorted(out, key=lambda a: a.due))


# "how do i sign up", "where do we register": asking the way, not whether one must
# "how do i sign up", "where do i register", "deadline to register", "until when can i sign up"
_HOW = re.compile(r"\b(?:how|where|deadline|deadlines|until|till|by\s+when)\b")


def signing_up_unsaid(exam: Exam, question: str) -> bool:
    """Whether the question asks how (or by when) to sign up for the exam and none of its rules speaks of signing up:
    the page is silent on it (an other sitting's own way to register shows on the exam's card)."""
    if not REGISTER.search(question) or not _HOW.search(question.lower()):
        return False
    return not any(REGISTER.search(r) for r in exam.rules)
