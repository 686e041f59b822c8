"""An exam asked by a number or an order on a course whose exams have names, not numbers ("exam 2 room" where the
exams are a Midterm and a Final, "when is the second test"): the exam at that place in date order, and the answer
says how it was read ("Exam 2 read as the second exam by date: the Final exam (Thu Dec 12); ..."), never the first
exam silently. A number beyond the exams, one the titles themselves hold ("Exam 2"), or a place taken by another
sitting of an exam (a resit, a make-up) is left to the other readings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam
from bot.understand.answering.replies import opening_verdict
from bot.understand.exams.exam_number_missing import asked_number

# Words any exam answers to, whatever the course titles it ("midterm 2" counts midterms, not every exam)
_ANY_EXAM = frozenset({"exam", "test"})
# A second sitting of an exam is no exam of its own in the count ("the second exam" is never the resit)
_OTHER_SITTING = re.compile(r"\b(?:re-?sits?|re-?takes?|make-?ups?|supplementary|supp|deferred|alternate)\b")
_ORDINAL = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@dataclass(frozen=True)
class ExamByOrder:
    """The exam taken for the number asked, the phrase as typed and the course's exams in date order."""

    exam: Exam
    number: int
    phrase: str
    in_order: tuple[Exam, ...]

    def note(self) -> str:
        """What the student is told of the reading: the place taken and the other exams, with their dates."""
        shown = self.phrase[:1].upper() + self.phrase[1:]
        others = ", ".join(
            f"the {_ORDINAL[i]} is the {e.title} ({human_date(e.date)})"
            for i, e in enumerate(self.in_order)
            if e is not self.exam and i < len(_ORDINAL)
        )
        read = (
            f"“{shown}” read as the {_ORDINAL[self.number - 1]} exam by date, the {self.exam.title} "
            f"({human_date(self.exam.date)}); {others}."
        )
        # "Midterm 1", "Midterm 2", "Final exam": the course numbers some, but not as the student counted
        numbered = any(re.search(r"\d", e.title) for e in self.in_order)
        return read if numbered else f"The course page does not number its exams: {read}"


def _titled(exam: Exam) -> str:
    return " ".join((exam.title, *exam.aliases)).lower().replace("-", "")


# Per course: each exam's title words as one string, and the exams in date order
_KEPT: Kept[tuple[tuple[str, ...], tuple[Exam, ...]]] = Kept(size=32)


def _course_exams(course: Course) -> tuple[tuple[str, ...], tuple[Exam, ...]]:
    return _KEPT.get(
        course,
        "exams by order",
        lambda: (
            tuple(_titled(e) for e in course.exams),
            tuple(sorted(course.exams, key=lambda e: (e.date, e.time or dt.time(0)))),
        ),
    )


def exam_by_order(course: Course, question: str) -> ExamByOrder | None:
    """The exam a generic numbered exam word ("exam 2", "the second test") means on a course whose exam titles hold
    no such number; None when none is asked so, or the titles or the work already answer to it."""
    asked = asked_number(question)
    if asked is None or not course.exams:
        return None
    stem, number, phrase = asked
    if stem not in _ANY_EXAM:
        return None
    titles, in_order = _course_exams(course)
    if any(re.search(rf"\b\w*\s*{number}\b", t) for t in titles):
        return None  # "Midterm 1", "Test 2": the course numbers its exams, and the names decide
    work = re.compile(rf"\b{stem}s?\s*{number}\b")
    if any(work.search(" ".join((a.title, a.short, *a.aliases)).lower()) for a in course.assignments):
        return None  # "Practice Test 2": a piece of work of that name
    if number > len(in_order) or number > len(_ORDINAL) or len(in_order) < 2:
        return None  # beyond the exams; or the one exam there is, which no order needs telling apart
    if any(_OTHER_SITTING.search(t) for t in titles):
        return None  # a resit among the exams: which place is which is not the student's to count
    return ExamByOrder(in_order[number - 1], number, phrase, in_order)


def with_order_said(answer: Answer, taken: ExamByOrder) -> Answer:
    """The answer with the reading said, after its Yes or No when it opens with one."""
    note = text(taken.note())
    if opening_verdict(answer) is not None:
        return replace(answer, lines=(answer.lines[0], note, *answer.lines[1:]))
    return replace(answer, lines=(note, *answer.lines))
