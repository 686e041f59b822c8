"""When a reading is only a guess: the student sees the best reading's answer, marked as a best guess ("I'm not sure
I read ... right"), never given as sure.

A reading is a guess when it leaves several of the question's words unexplained (nothing in the course holds them)
and leads the best reading of another intent by little: "i play in the orchestra and we tour the week essay 2 is
due, does that count for an extension" reads as the extension rule, but "orchestra", "tour" and the rest may be what
the question turns on. Measured on every dev round and question set (tools/calibration.py): such readings were
confident wrong about as often as right, and marked as a guess they lose no right answer, since the answer is still
shown in full.
"""

from __future__ import annotations

from bot.understand.question.result import Part

# A reading leaving at least this many of the question's words unexplained ...
UNEXPLAINED_WORDS = 4
# ... is a guess unless it leads the best reading of another intent by at least this much: what a reading must score
# to count at all (bot.understand.choosing.overrides.MIN_SCORE), so the rival's lead is worth less than one reading.
CLEAR_LEAD = 3.0


def lead(part: Part) -> float:
    """How far the reading leads the best reading of another intent; its whole score when there is none."""
    rivals = [score for name, score in part.alternatives if name != part.intent]
    return part.score - max(rivals) if rivals else part.score


def loosely_read(part: Part) -> bool:
    """Whether the reading is a guess: several words unexplained and no clear lead over another intent."""
    return part.unexplained >= UNEXPLAINED_WORDS and lead(part) < CLEAR_LEAD
