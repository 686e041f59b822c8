"""Yes or No to "if i get under 5 in the oral do i fail (even if my average is above 10)" and "if i dont submit one
of the lab reports can i still pass": the student says they miss one of the course's hurdles (a minimum on an exam,
work that must be handed in), which the course fails whatever the overall mark, and asks whether they pass or fail.
The verdict comes only when the page says what missing that hurdle does; the hurdle's own sentence is the reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.answers.grade_scale import hurdle_line
from bot.core.answer import Answer
from bot.course.model import Course, Hurdle
from bot.understand.answering.replies import verdict
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.mark_bound import mark_bounds

# What is asked, the last of them: "do i fail", "will i still pass", "can i pass", "am i failing".
_ASKED = re.compile(
    r"\b(?:do|does|will|would|can|could|am|is|are)\s+(?:i|we|you|that|it)\s+(?:still\s+)?(?:automatically\s+)?"
    r"(?:be\s+)?(pass|passing|fail|failing|failed|flunk|flunked)\b"
)
# Work said not to be handed in or sat: "dont submit one of", "forget to hand in", "skip", "without submitting".
_NOT_DONE = re.compile(
    r"\b(?:not|dont|don't|didnt|didn't|never|cant|can't|without|forget\s+to|forgot\s+to|fail\s+to|failed\s+to)\s+"
    r"(?:\w+\s+)?(?:submit|submitting|hand|handing|turn|turning|sit|sitting|take|taking|do|doing|complete|completing)"
    r"\b|\b(?:miss|missed|skip|skipped|skipping)\b"
)
# Words of a hurdle's name that name no one thing ("all three lab reports", "the final oral exam").
_GENERAL = words_of(
    """the a an all both each every one two three four five six seven eight nine ten of on in for my your final exam
    exams"""
)


def _named(hurdle: Hurdle, words: frozenset[str], ids: Iterable[str]) -> bool:
    """Whether the question names what the hurdle is of: one of its exams or pieces of work as read, or every
    telling word of its name ("oral" of "the final oral exam"; "lab reports", "lab report" of "all three lab
    reports")."""
    if set(ids) & {*hurdle.exams, *hurdle.ids}:
        return True
    own = {w for w in phrase_key(hurdle.name) if w not in _GENERAL}
    return bool(own) and all(w in words or w.rstrip("s") in words for w in own)


def _missed(hurdle: Hurdle, lowered: str) -> bool:
    """Whether the question says the hurdle is missed: a mark under its minimum, or its work not handed in."""
    if hurdle.minimum is None:
        return bool(_NOT_DONE.search(lowered))
    # A mark said to be under a number: "under 5", "below 50%", "less than 8/20", on its own scale when it gives one
    under = next(((value, total) for side, value, total in mark_bounds(lowered) if side == "below"), None)
    if under is None:
        return False
    value, total = under
    return (value if total is None else value / total * hurdle.out_of) <= hurdle.minimum


def hurdle_missed(course: Course, question: str, ids: Iterable[str] = ()) -> tuple[bool, str] | None:
    """(Yes or No, the hurdle's rule) when the question says one hurdle is missed and asks whether one passes or
    fails ("do i fail": Yes; "can i still pass": No); None otherwise, or when the page does not say what missing it
    does. ids: the exams and pieces of work the question was read to name."""
    scale = course.grade_scale
    if scale is None or not scale.hurdles:
        return None
    lowered = " ".join(question.lower().replace("’", "'").split())
    asked = _ASKED.findall(lowered)
    if not asked:
        return None
    words = frozenset(phrase_key(question))
    ids = tuple(ids)
    hit = [h for h in scale.hurdles if _named(h, words, ids)]
    if len(hit) != 1 or not hit[0].missed or not _missed(hit[0], lowered):
        return None
    fails = not asked[-1].startswith("pass")
    rule = hurdle_line(scale, hit[0])
    need = "you need " if hit[0].minimum is not None else ""
    return fails, f"{need}{rule[0].lower()}{rule[1:]}"


def with_hurdle_verdict(answer: Answer, found: tuple[bool, str]) -> Answer:
    """The answer opening with the hurdle's Yes or No; an answer that said the page does not say (its first line,
    "About “fail”: that is not on the course page") is settled by the hurdle, so that line goes."""
    if answer.kind == "unknown" and answer.lines:
        answer = replace(answer, lines=answer.lines[1:], kind="info")
    return verdict(answer, *found)
