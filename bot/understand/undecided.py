"""A may-I or must-I question the course's words do not decide: "can i switch from section 1a to 1b" answered by
section 1A's card, with nothing on the page about switching. The student sees first that the page does not say,
and where to ask, then what it does say; the answer is not given as if it settled the question."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, text
from bot.understand.stance import asks


def _opens_with_verdict(answer: Answer) -> bool:
    first = answer.lines[0] if answer.lines else ()
    return bool(first) and isinstance(first[0], str) and first[0].startswith(("**Yes**", "**No**"))


def undecided(question: str, yes_no: bool, unexplained: int, answer: Answer, where: str) -> Answer:
    """The answer, or when a yes/no question asks may I or must I about something the course does not explain and
    the answer gives no Yes or No, that answer after a plain "the course page doesn't say" (kind unknown)."""
    if not yes_no or not unexplained or answer.kind != "info" or _opens_with_verdict(answer):
        return answer
    mode = asks(question)
    if mode == "fact":
        return answer
    what = "you can do that" if mode == "permission" else "you have to"
    said = text(f"The course page doesn't say whether {what}; {where}. What it does say:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")
