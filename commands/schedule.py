"""/schedule: a day, a week, a topic, the next lecture or recitation, and days without class."""

from __future__ import annotations

from bot.answers.schedule import next_class, no_class_days, schedule_answer
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt
from bot.understand.dates import parse_day
from bot.understand.weeks import parse_week
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup

SHOW = (
    Choice("Next lecture", "lecture"),
    Choice("Next recitation", "recitation"),
    Choice("Next class of any kind", "class"),
    Choice("Days without class", "no_class"),
)


@COMMANDS.command(
    "schedule",
    date=Opt.text("A day: 'today', 'friday', 'Feb 14'", max_length=SHORT),
    week=Opt.text("A course week number like 2, 'this', 'next' or 'last' week, or any day in it", max_length=SHORT),
    topic=Opt.text("A topic to find, e.g. 'LSH' or 't-SNE'", max_length=SHORT),
    show=Opt.text(
        "Or jump straight to the next lecture, recitation, or the days without class", max_length=SHORT, choices=SHOW
    ),
)
async def schedule(
    inv: Invocation,
    date: str | None = None,
    week: str | None = None,
    topic: str | None = None,
    show: str | None = None,
) -> None:
    """The class schedule: this week by default, or a day, a week, a topic."""
    if show == "no_class":
        answer = no_class_days(inv.course)
    elif show:
        answer = next_class(inv.course, inv.now, None if show == "class" else show)
    else:
        day = parse_day(date, inv.now, inv.course) if date else None
        monday = parse_week(week, inv.now, inv.course) if week else None
        answer = schedule_answer(inv.course, inv.now, date=day, week=monday, topic=topic)
    await inv.reply.answer(answer)
