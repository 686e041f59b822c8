"""/staff: the instructors, head TAs and TAs, or one person."""

from __future__ import annotations

from bot.answers.office_hours import person_choices
from bot.answers.people import staff_answer
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup

ROLES = (Choice("Instructors", "instructor"), Choice("Head TAs", "head_ta"), Choice("TAs", "ta"))


async def staff_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return person_choices(inv.course, typed)


@COMMANDS.command(
    "staff",
    person=Opt.text("One staff member", max_length=SHORT, autocomplete=staff_choices),
    role=Opt.text("Only one role", max_length=SHORT, choices=ROLES),
)
async def staff(inv: Invocation, person: str | None = None, role: str | None = None) -> None:
    """Who teaches the course: instructors, head TAs and TAs with their office hours."""
    await inv.reply.answer(staff_answer(inv.course, person, role))
