"""A yes/no question the finished answer settles in its own sentences, though nothing before the guard on unsettled
answers (bot.understand.yes_no.unsettled) gave it a Yes or No: the answer as the student would see it, every line and
field included (a page sentence added last too), read by each reader in turn. The first that settles it opens the
answer with its Yes or No and the page's sentence; when none does, the guard hedges the answer as before."""

from __future__ import annotations

from bot.core.answer import Answer
from bot.understand.answering.replies import opening_verdict
from bot.understand.yes_no.moved_premise import shown_sentences
from bot.understand.yes_no.none_said import none_verdict
from bot.understand.yes_no.stated_clock import clock_verdict
from bot.understand.yes_no.stated_weekday import weekday_verdict


def settled_by_shown(question: str, answer: Answer) -> tuple[bool, str] | None:
    """(Yes or No, why) when the sentences the answer shows settle the yes/no `question`; None when they do not, or
    the answer is no plain one (it already opens with a verdict, says the page does not know, or hedges)."""
    if answer.kind != "info" or opening_verdict(answer) is not None:
        return None
    shown = shown_sentences(answer)
    return (
        none_verdict(question, shown, answer.title)
        or clock_verdict(question, answer.title, shown)
        or weekday_verdict(question, answer)
    )
