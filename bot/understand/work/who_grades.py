"""Who grades the work: what the page says of it, quoted, or that the page does not say ("who grades sheet 2")."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked, items_of
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key

# "who grades sheet 2", "who marks the essays": who does the grading, not how to ask for a regrade.
_WHO_GRADES = re.compile(
    r"\bwho\b(?:\s+\w+){0,3}?\s+(?:grades?|grading|marks?|marking)\b"
    r"|\bwho\s+(?:are|is|will\s+be)\s+(?:the\s+|our\s+|my\s+)?(?:graders?|markers?)\b"  # "who are the graders"
)
# What the page says of who or what grades ("graded by hand", "autograded"): the sentence is quoted.
# A staff role named for grading: "Grader", "Marker", "Grading assistant".
_GRADING_ROLE = re.compile(r"\b(?:grader|graders|grading|marker|markers|marking)\b", re.IGNORECASE)
_GRADED_BY = re.compile(r"\b(?:graded by|marked by|autograded|grader|graders)\b")


def grading_sentences(said: str) -> list[str]:
    """Each sentence of the page's text saying who or what grades, with its full stop ("Quizzes are autograded."):
    read sentence by sentence, in one pass (a pattern spanning a sentence from each of its letters read a long
    policy's text once per letter)."""
    return [f"{piece}." for piece in said.split(".")[:-1] if _GRADED_BY.search(piece)]


def asks_who_grades(question: str) -> bool:
    """ "who grades sheet 2", "who marks our essays" (not "who do i ask for a regrade")."""
    said = question.lower()
    return bool(_WHO_GRADES.search(said)) and not re.search(r"\bre-?grad", said)


def _exams_named(asked: Asked) -> list[str]:
    """The exams the question names ("who grades the midterm"), by their titles and aliases."""
    said = f" {' '.join(phrase_key(asked.question))} "
    named = []
    for exam in asked.course.exams:
        if any(f" {' '.join(phrase_key(n))} " in said for n in (exam.title, exam.id, *exam.aliases) if n):
            named.append(exam.title)
    return named


def _graders(course: Course) -> list[str]:
    """ "Grader: Elina Saarinen": the staff roles named for grading ("Grader", "Marker"), with their people."""
    found = []
    for role in course.roles:
        people = [p.name for p in course.people if p.role == role.id]
        if people and _GRADING_ROLE.search(f"{role.id} {role.title}"):
            found.append(f"{role.plural if len(people) > 1 else role.title}: {', '.join(people)}")
    return found


def who_grades(asked: Asked, slots: Slots) -> Answer:
    """Who grades the work: the staff the course names for grading, what the page says of it (quoted), else that
    the page does not say."""
    course = asked.course
    said = [s.strip() for p in course.policies for t in (p.summary, p.quote) for s in grading_sentences(t)]
    names = [a.short for a in items_of(asked, slots)] + _exams_named(asked)
    what = ", ".join(names) or "the work"
    if (graders := _graders(course)) and not _exams_named(asked):
        # "who grades our stuff" of a course with a Grader: the people in that role (an exam's grading is not theirs
        # unless the page says so)
        lines = (text(f"The course's {'; '.join(graders)}."), *(text(f"> {s}") for s in dict.fromkeys(said)))
        return Answer(title="Who grades", lines=lines)
    if said:
        lines = (text(f"The course page doesn't name who grades {what}; what it says about grading:"),)
        return Answer(
            title="Who grades", lines=(*lines, *(text(f"> {s}") for s in dict.fromkeys(said))), kind="unknown"
        )
    where = replies.where_to_ask(course)
    return Answer(
        title="Who grades", lines=(text(f"Who grades {what} is not on the course page; {where}."),), kind="unknown"
    )
