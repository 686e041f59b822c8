"""/schedule: a day, a week, a topic, the next class meeting of a kind, and days without class."""

from __future__ import annotations

from bot.answers.meetings import find_meeting_kind
from bot.answers.schedule import next_class, no_class_days, schedule_answer
from bot.core.matching import fold
from bot.course.model import Course
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.understand.times.dates import parse_day
from bot.understand.times.weeks import parse_week
from commands._shared import SECTION, SHORT, section_choices

COMMANDS = CommandSet()
setup = COMMANDS.setup


def show_choices(course: Course, typed: str = "") -> list[tuple[str, str]]:
    """The next meeting of each kind the course names, the next class of any kind, days without class."""
    pairs = [(f"Next {k.name.lower()}", k.id) for k in course.meeting_kinds if not k.counts_as]
    pairs += [("Next class of any kind", "class"), ("Days without class", "no_class")]
    q = fold(typed)
    return [pair for pair in pairs if not q or q in fold(pair[0])]


async def show_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return show_choices(inv.course, typed)


@COMMANDS.command(
    "schedule",
    public=True,
    date=Opt.text("A day: 'today', 'friday', 'Feb 14'", max_length=SHORT),
    week=Opt.text("A course week number like 2, 'this', 'next' or 'last' week, or any day in it", max_length=SHORT),
    topic=Opt.text("A topic to find in the schedule's titles and keywords", max_length=SHORT),
    show=Opt.text(
        "Or jump straight to the next class meeting of a kind, or the days without class",
        max_length=SHORT,
        autocomplete=show_autocomplete,
    ),
    section=Opt.text(
        "Your section: rows for other sections only are left out", max_length=SECTION, autocomplete=section_choices
    ),
)
async def schedule(
    inv: Invocation,
    date: str | None = None,
    week: str | None = None,
    topic: str | None = None,
    show: str | None = None,
    section: str | None = None,
) -> None:
    """The class schedule: this week by default, or a day, a week, a topic."""
    if show == "no_class":
        answer = no_class_days(inv.course)
    elif show:
        kind = None if show == "class" else find_meeting_kind(inv.course, show).id
        answer = next_class(inv.course, inv.now, kind, section)
    else:
        day = parse_day(date, inv.now, inv.course) if date else None
        monday = parse_week(week, inv.now, inv.course) if week else None
        answer = schedule_answer(inv.course, inv.now, date=day, week=monday, topic=topic, section=section)
    await inv.reply.answer(answer)
