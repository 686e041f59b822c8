"""/due and /deadline: what is due soon, and everything about one assignment."""

from __future__ import annotations

from bot.answers.deadlines import assignment_choices, deadline_detail, upcoming_deadlines
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.understand.times.dates import parse_window
from commands._shared import SECTION, SHORT, section_choices

COMMANDS = CommandSet()
setup = COMMANDS.setup


async def assignment_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return assignment_choices(inv.course, typed)


@COMMANDS.command(
    "due",
    public=True,
    within=Opt.text(
        "How far ahead: 'today', 'this week' (default: next 7 days), 'next week', a day, or a number of days",
        max_length=SHORT,
    ),
    section=Opt.text("Only deadlines for this section", max_length=SECTION, autocomplete=section_choices),
)
async def due(inv: Invocation, within: str | None = None, section: str | None = None) -> None:
    """What's due soon, with exact times in your own time zone."""
    window = parse_window(within, inv.now, inv.course)
    await inv.reply.answer(upcoming_deadlines(inv.course, inv.now, window, section))


@COMMANDS.command(
    "deadline",
    public=True,
    assignment=Opt.text(
        "The assignment, by its name or short name",
        max_length=SHORT,
        autocomplete=assignment_autocomplete,
    ),
)
async def deadline(inv: Invocation, assignment: str) -> None:
    """Everything about one assignment: due time, release, parts, late rules, extensions."""
    published = inv.store.published.grades(inv.server_id)
    await inv.reply.answer(deadline_detail(inv.course, assignment, inv.now, published))
