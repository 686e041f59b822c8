"""The question engine's hook for endorsed answers: an answer course staff endorsed in the course forum (or
imported from their FAQ), quoted with a link to where it was given. The forum finds it (bot.qa.suggest); this
module only says how it joins the engine's own answer. Nothing a student wrote reaches here: only what staff
endorsed."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.core.answer import Answer, Field, text
from bot.core.links import markdown_link
from bot.understand.question.result import Result

QUOTE_LIMIT = 900


@dataclass(frozen=True)
class EndorsedAnswer:
    question: str
    answer: str
    link: str = ""  # the post it was given in ("" for an FAQ entry)


def with_endorsed(result: Result, endorsed: EndorsedAnswer | None) -> Answer:
    """The engine's answer, with the endorsed answer quoted: in its place when the engine could not answer, after
    it when it could."""
    if endorsed is None:
        return result.answer
    quote = endorsed.answer.strip()
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
    lines = [text("> " + line if line else ">") for line in quote.splitlines()]
    source = (
        text(markdown_link("Endorsed by course staff", endorsed.link)) if endorsed.link else text("From the course FAQ")
    )
    if result.outcome != "answered":
        return Answer(title=endorsed.question[:256], lines=(*lines, source))
    field = Field(f"From the course forum: {endorsed.question[:200]}", (*lines, source))
    return replace(result.answer, fields=(*result.answer.fields, field)[:25])
