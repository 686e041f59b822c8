"""/remind: personal deadline and exam reminders by DM (opt in, list, stop)."""

from __future__ import annotations

import datetime as dt

from bot.announce.planner import KIND_LABELS, AnnounceConfig
from bot.announce.server_setup import offsets_meaning, offsets_text, parse_offsets
from bot.core.answer import Answer, text
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
    answer = Answer(
        title="Reminders on",
        lines=(
            text(f"I'll DM you: {_kinds_text(kinds)}; deadline reminders {offsets_text(chosen)} before each due time."),
            text(offsets_meaning(chosen)),
            text("Make sure DMs from server members are allowed. /remind stop turns this off."),
        ),
        ephemeral=True,
    )
    await inv.reply.answer(answer)


@REMIND.command("list")
async def list_(inv: Invocation) -> None:
    """Your reminder settings (only you see this)."""
    sub = inv.store.reminders.subscription(inv.server_id, inv.user.id)
    elsewhere = _elsewhere(inv)
    if sub is None:
        none = f"You have no DM reminders{_here(inv, elsewhere)}. Try /remind me."
        answer = Answer(title="No reminders", lines=(text(none),))
    else:
        chosen = tuple(dt.timedelta(minutes=m) for m in sub.offsets) or AnnounceConfig().deadline_offsets
        section = f" for {inv.course.section_label(sub.section)}" if sub.section else ""
        answer = Answer(
            title="Your reminders",
            lines=(
                *((text(f"For {inv.course.title} (this server)."),) if elsewhere else ()),
                text(
                    f"{_kinds_text(sub.kinds).capitalize()}{section}; deadline reminders {offsets_text(chosen)} before."
                ),
            ),
        )
    if elsewhere:
        answer = answer.with_lines(text(_others(elsewhere) + ": each DM names its course; /remind list there."))
    await inv.reply.private(answer)


@REMIND.command("stop")
async def stop(inv: Invocation) -> None:
    """Stop DM reminders."""
    removed = inv.store.reminders.unsubscribe(inv.server_id, inv.user.id)
    inv.host.reschedule()
    elsewhere = _elsewhere(inv)
    here = _here(inv, elsewhere)
    message = f"Reminders{here} stopped." if removed else f"You had no reminders{here}."
    lines = [text(message)]
    if elsewhere:
        lines.append(text(_others(elsewhere) + " go on; /remind stop there stops them."))
    await inv.reply.private(Answer(title="Reminders", lines=tuple(lines)))


def _kinds_text(kinds) -> str:
    """The kinds a student chose, in words: "deadline reminders, exam reminders"."""
    return ", ".join(KIND_LABELS.get(kind, kind) for kind in kinds)


def _elsewhere(inv: Invocation) -> int:
    """How many other servers this user has DM reminders from."""
    return len(inv.store.reminders.servers_of(inv.user.id) - {inv.server_id})


def _here(inv: Invocation, elsewhere: int) -> str:
    """The course a reply is about, named when the user has reminders from other servers too."""
    return f" for {inv.course.title}" if elsewhere else ""


def _others(elsewhere: int) -> str:
    return f"Your reminders from {elsewhere} other server{'s' if elsewhere > 1 else ''}"
