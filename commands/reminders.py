"""/remind: personal deadline and exam reminders by DM (opt in, list, stop)."""

from __future__ import annotations

import datetime as dt

from bot.announce.planner import KIND_LABELS, AnnounceConfig
from bot.announce.server_setup import offsets_meaning, offsets_text, parse_offsets
from bot.answers.reminders import (
    ReminderWords,
    reminder_list_answer,
    reminders_on_answer,
    reminders_stopped_answer,
)
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt
from commands._shared import SECTION, SHORT, section_choices

COMMANDS = CommandSet()
setup = COMMANDS.setup
REMIND = COMMANDS.group("remind", "Personal reminders by DM", server_only=True)

WHAT = (
    Choice("Deadlines", "deadline"),
    Choice("Deadlines and exams", "deadline,exam"),
    Choice("Deadlines, exams and releases", "deadline,exam,release"),
)
DEFAULT_KINDS = "deadline,exam"


@REMIND.command(
    "me",
    what=Opt.text("What to be reminded of (default: deadlines and exams)", max_length=SHORT, choices=WHAT),
    before=Opt.text("How long before each deadline, e.g. '24h, 2h' (default: 48h, 24h, 2h)", max_length=SHORT),
    section=Opt.text(
        "Your section, so you only hear about your own work", max_length=SECTION, autocomplete=section_choices
    ),
)
async def me(inv: Invocation, what: str | None = None, before: str | None = None, section: str | None = None) -> None:
    """Get reminders by DM before deadlines (only you see this)."""
    offsets = parse_offsets(before) if before else ()
    section = inv.course.check_section(section)  # the data's spelling ("1c" -> "1C")
    kinds = (what or DEFAULT_KINDS).split(",")
    minutes = [int(o.total_seconds() // 60) for o in offsets]
    inv.store.reminders.subscribe(inv.server_id, inv.user.id, kinds, minutes, section, inv.now)
    inv.store.reminders.clear_dms_closed(inv.user.id)
    inv.host.reschedule()
    chosen = offsets or AnnounceConfig().deadline_offsets
    answer = reminders_on_answer(ReminderWords(_kinds_text(kinds), offsets_text(chosen), offsets_meaning(chosen)))
    await inv.reply.answer(answer)


@REMIND.command("list")
async def list_(inv: Invocation) -> None:
    """Your reminder settings (only you see this)."""
    sub = inv.store.reminders.subscription(inv.server_id, inv.user.id)
    words = None
    if sub is not None:
        chosen = tuple(dt.timedelta(minutes=m) for m in sub.offsets) or AnnounceConfig().deadline_offsets
        words = ReminderWords(_kinds_text(sub.kinds), offsets_text(chosen))
    section = sub.section if sub is not None else None
    answer = reminder_list_answer(inv.course, words, section, _elsewhere(inv))
    await inv.reply.private(answer)


@REMIND.command("stop")
async def stop(inv: Invocation) -> None:
    """Stop DM reminders."""
    removed = inv.store.reminders.unsubscribe(inv.server_id, inv.user.id)
    inv.host.reschedule()
    answer = reminders_stopped_answer(inv.course, removed, _elsewhere(inv))
    await inv.reply.private(answer)


def _kinds_text(kinds) -> str:
    """The kinds a student chose, in words: "deadline reminders, exam reminders"."""
    return ", ".join(KIND_LABELS.get(kind, kind) for kind in kinds)


def _elsewhere(inv: Invocation) -> int:
    """How many other servers this user has DM reminders from."""
    return len(inv.store.reminders.servers_of(inv.user.id) - {inv.server_id})
