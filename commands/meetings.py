"""/meetings: when and where class meets (lectures, sections, labs...), one section, and who runs it."""

from __future__ import annotations

from bot.answers.meetings import meeting_kind_choices, meetings_answer, section_answer
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from commands._shared import SECTION, SHORT, section_choices

COMMANDS = CommandSet()
setup = COMMANDS.setup


async def kind_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return meeting_kind_choices(inv.course, typed)


@COMMANDS.command(
    "meetings",
    kind=Opt.text(
        "Which kind of class meeting, as the course names them (default: all of them)",
        max_length=SHORT,
        autocomplete=kind_choices,
    ),
    section=Opt.text(
        "Your section: its meeting time, room and who runs it", max_length=SECTION, autocomplete=section_choices
    ),
)
async def meetings(inv: Invocation, kind: str | None = None, section: str | None = None) -> None:
    """When and where class meets, your section, who runs it, and the next meeting."""
    if section and not kind:
        answer = section_answer(inv.course, inv.now, section)
    else:
        answer = meetings_answer(inv.course, inv.now, kind, section)
    await inv.reply.answer(answer)
