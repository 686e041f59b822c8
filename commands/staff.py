"""/staff: the course staff by role (in the course's own role names), or one person."""

from __future__ import annotations

from bot.answers.office_hours import person_choices
from bot.answers.people import role_choices, staff_answer
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from commands._kept import course_answer
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup


async def staff_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return person_choices(inv.course, typed)


async def role_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return role_choices(inv.course, typed)


@COMMANDS.command(
    "staff",
    person=Opt.text("One staff member", max_length=SHORT, autocomplete=staff_choices),
    role=Opt.text("Only one role, as the course names it", max_length=SHORT, autocomplete=role_autocomplete),
)
async def staff(inv: Invocation, person: str | None = None, role: str | None = None) -> None:
    """Who teaches the course, by role, with their sections and office hours."""
    course = inv.course
    await inv.reply.answer(course_answer(course, ("staff", person, role), lambda: staff_answer(course, person, role)))
