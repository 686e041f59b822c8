"""A question about several exams at once: "the page says something about a klausur and a map test ... when is each
one and what do i need for them", "when are the midterm and the final". Each exam gets its own answer; the exam
card answers one exam, so the part is asked once per exam it names or points back at."""

from __future__ import annotations

from dataclasses import replace

from bot.understand.question.reading import Reading
from bot.understand.question.result import Part


def each_exam(reading: Reading, part: Part | None) -> list[Part | None]:
    """The part once per exam the reading names or took from before ("each one", "them"), in the order named; the
    part alone when it is not an exam question or names one exam."""
    if part is None or part.intent != "exam":
        return [part]
    named: list[str] = []
    for mention in sorted(reading.mentions, key=lambda m: m.start):
        if mention.kind == "exam" and not mention.relation:  # "before the midterm" dates something else
            named += [i for i in mention.ids if i not in named]
    if len(named) < 2 or part.slots.get("exam") not in named:
        return [part]
    return [replace(part, slots={**part.slots, "exam": exam}) for exam in named]
