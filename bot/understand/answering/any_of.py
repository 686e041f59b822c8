"""Whether any of several things asked at once holds ("any quizzes on monday or tuesday", "do we have class on the 3rd
or the 4th"): the student sees Yes with each one that does, or No with each one's reason when none does, never the
first day's No alone nor a listing that opens on no line of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core.answer import Answer, Text
from bot.understand.answering.replies import combined, opening_verdict, verdict, without_verdict

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def any_of(answers: Sequence[Answer]) -> Answer | None:
    """One answer over `answers` (each one thing's own Yes or No): Yes when any opens with Yes, its reasons first and
    its cards below; No when all open with No, every reason given once; None when one opens with neither."""
    verdicts = [opening_verdict(a) for a in answers]
    if not answers or None in verdicts:
        return None
    yes = any(verdicts)
    shown = [a for a, said in zip(answers, verdicts, strict=True) if said is yes]
    reasons = list(dict.fromkeys(_reason(a, first=i == 0) for i, a in enumerate(shown)))
    body = combined([replace(a, lines=a.lines[1:]) for a in shown])  # each one's cards under the one verdict
    return verdict(body, yes, _joined(reasons))


def any_of_asked(things: Sequence[object], ask: Callable[[object], Answer]) -> Answer | None:
    """`any_of` over each thing asked on its own (`ask`: one thing's answer with its Yes or No)."""
    return any_of([ask(thing) for thing in things]) if len(things) > 1 else None


def _reason(answer: Answer, first: bool) -> Text:
    """Why the answer says its Yes or No: its first line without the word (the first reason as written, any after it
    as a sentence of its own)."""
    opens = answer.lines[0]
    head = str(opens[0])
    if first:
        return (head.split(": ", 1)[-1], *opens[1:])
    return without_verdict(answer.lines[:1])[0]


def _joined(reasons: Sequence[Text]) -> Text:
    """The reasons one after another, each closed as a sentence; a sentence said already is not said again ("Classes
    resume Thu Dec 3." after each of two days off)."""
    out: list = []
    said = ""
    for reason in reasons:
        if all(isinstance(s, str) for s in reason):
            sentences = [s for s in _SENTENCE_END.split("".join(reason)) if s and s not in said]
            reason = (" ".join(sentences),) if sentences else ()
        if not reason:
            continue
        if out:
            out.append(" " if str(out[-1]).rstrip().endswith((".", "!", "?")) else ". ")
        out.extend(reason)
        said += "".join(str(s) for s in reason)
    return tuple(out)
