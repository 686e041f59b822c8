"""'what's due after the field trip', 'anything due after the guest lecture': deadlines asked after a day of the
schedule or a meeting named, with no piece of work, stretch of days off, exam or date to count from. The student sees
what is due from the day after the coming one to the end of term (bot.understand.question.slots finds that day)."""

from __future__ import annotations

from bot.understand.question.reading import Reading

# What a deadline question may count from instead: a piece of work, a series, a stretch of days off, an exam.
_OTHER_ANCHORS = frozenset({"assignment", "series", "period", "exam"})


def due_after_event(reading: Reading) -> bool:
    """Whether the reading asks what is due after a schedule day or meeting it names, and after nothing else."""
    if "due" not in reading.cues or reading.times:
        return False
    after = [m for m in reading.mentions if m.relation == "after"]
    return any(m.kind in ("topic", "kind") for m in after) and not any(m.kind in _OTHER_ANCHORS for m in after)
