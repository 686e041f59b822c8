"""A day-off word said right after a day off's name is part of that name: "do we have lecture on the founders
holiday", "is there lab over carnival break" ask whether the meeting is held that day (No: it is not), not whether
the day is off (where Yes would mean "off"). The page's title may be "Founders Day" or "Carnival (no classes)": the
student adds the word for a day off of their own."""

from __future__ import annotations

from collections.abc import Sequence

# The words that call a day a day off, said after its name ("the veterans holiday", "the carnival break")
_DAY_OFF_WORDS = frozenset({"break", "breaks", "holiday", "holidays", "recess", "vacation"})


def names_the_day_off(tokens: Sequence[str], start: int, end: int, period_ends: set[int], meeting_asked: bool) -> bool:
    """Whether the words tokens[start:end] are one day-off word right after a day off named (it ends at `start`),
    in a question that asks of a meeting (`meeting_asked`: "lecture", "class"). "is there a founders day holiday"
    asks of no meeting: its "holiday" still asks whether the day is off."""
    return meeting_asked and end - start == 1 and start in period_ends and tokens[start] in _DAY_OFF_WORDS
