"""/oh: office hours now, today, on a day, this week, or for one TA."""

from __future__ import annotations

from bot.answers.office_hours import office_hours_answer, person_choices
from bot.course.model import WEEKDAYS
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.understand.times.dates import parse_office_hours_when
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup

WHEN_SUGGESTIONS = ["now", "today", "tomorrow", "this week", "next week", *WEEKDAYS[:5]]


async def day_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    folded = typed.lower().strip()
    found = [w for w in WHEN_SUGGESTIONS if w.startswith(folded)] or ([typed] if folded else [])
    return [(w, w) for w in found]


async def holder_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Staff who hold office hours, matching what was typed."""
    course = inv.course
    return [pair for pair in person_choices(course, typed) if course.person(pair[1]).office_hours]


@COMMANDS.command(
    "oh",
    public=True,
    day=Opt.text(
        "'now', 'today', 'tomorrow', 'this week', a weekday, or a date like 'Feb 21' (default: next sessions)",
        max_length=SHORT,
        autocomplete=day_choices,
    ),
    person=Opt.text("Only this TA's office hours", max_length=SHORT, autocomplete=holder_choices),
)
async def oh(inv: Invocation, day: str | None = None, person: str | None = None) -> None:
    """Office hours: who is holding them and when, with cancellations."""
    when = parse_office_hours_when(day, inv.now, inv.course)
    await inv.reply.answer(office_hours_answer(inv.course, inv.now, when, person))
