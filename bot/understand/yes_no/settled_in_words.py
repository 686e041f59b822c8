"""A yes/no question the answer shown already settles in words, though no handler said Yes or No: the page's own
sentence on a date moved ("ps8 gets moved bc of the holiday diba?"), on a registration needed ("do i need to register
for the resit": "Without registration you cannot sit the resit"), on a stated limit ("does the essay have a word
limit": "must not exceed 2,500 words"), the work's own parts ("does hw3 have a programming part"), an exam by that
name ("is there a final exam") and a site of the course by that name ("is there a discord for this class"). The first
reader that settles it gives the Yes or No and why."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.answer import Answer
from bot.course.model import Assignment, Exam, Platform
from bot.understand.yes_no.moved_premise import moved_verdict, shown_sentences
from bot.understand.yes_no.named_exam import exam_exists_verdict
from bot.understand.yes_no.named_part import part_verdict
from bot.understand.yes_no.named_platform import platform_exists_verdict
from bot.understand.yes_no.needed_for import needed_verdict
from bot.understand.yes_no.stated_limit import limit_verdict


def settled_in_words(
    question: str,
    answer: Answer,
    works: Sequence[Assignment],
    exams: Sequence[Exam],
    platforms: Sequence[Platform] = (),
) -> tuple[bool, str] | None:
    """(Yes or No, why) when the answer's own sentences, the pieces of work named (`works`), the course's exams or
    its sites (`platforms`) settle the question; None when none does. Tried in order, each only when the ones before
    settle nothing."""
    shown = shown_sentences(answer)
    return (
        moved_verdict(question, shown)
        or needed_verdict(question, shown, answer.title)
        or limit_verdict(question, shown)
        or part_verdict(question, works)
        or exam_exists_verdict(question, exams)
        or platform_exists_verdict(question, platforms)
    )
