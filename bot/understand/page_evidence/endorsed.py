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
    exact: bool = False  # asked in the very words of the question staff answered


def with_endorsed(result: Result, endorsed: EndorsedAnswer | None) -> Answer:
    """The engine's answer, with the endorsed answer quoted: in its place when the engine could not answer, after
    it when it could; but first when it answers the very question asked (staff's own answer to it leads, and the
    engine's reading, which may be of something else, follows it)."""
    if endorsed is None:
        return result.answer
    lines, source = _quoted(endorsed)
    if result.outcome != "answered":
        return Answer(title=endorsed.question[:256], lines=(*lines, source))
    if endorsed.exact:
        own, said = result.answer, f"From the course page: {result.answer.title}"
        if own.lines:
            fields = (Field(said[:256], own.lines), *own.fields)[:25]
        elif own.fields:  # a card of fields only: its first field says whose it is
            first = own.fields[0]
            fields = (replace(first, name=f"{said}: {first.name}"[:256]), *own.fields[1:])
        else:
            fields = ()
        return replace(own, title=endorsed.question[:256], lines=(*lines, source), fields=fields)
    field = Field(f"From the course forum: {endorsed.question[:200]}", (*lines, source))
    return replace(result.answer, fields=(*result.answer.fields, field)[:25])


def _quoted(endorsed: EndorsedAnswer) -> tuple[list, tuple]:
    """Staff's words quoted (cut at QUOTE_LIMIT), and where they come from."""
    quote = endorsed.answer.strip()
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
    lines = [text("> " + line if line else ">") for line in quote.splitlines()]
    source = (
        text(markdown_link("Endorsed by course staff", endorsed.link)) if endorsed.link else text("From the course FAQ")
    )
    return lines, source
