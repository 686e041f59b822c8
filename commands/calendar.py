"""/calendar: the course as an .ics file to import (and the feed to subscribe to); the Events-tab sync that
/setup events runs.

/calendar answers ephemerally: the file is a personal download (each student picks a section and what to
include), and a public copy per request would bury the channel under identical attachments.
"""

from __future__ import annotations

import logging

from bot.calendar.events import EXAM_KINDS, DesiredEvent, SyncPlan, desired_events, plan_sync, sync_kinds
from bot.calendar.ics import build_calendar, calendar_filename
from bot.calendar.include import DEFAULT_PRESET, INCLUDE_PRESETS, data_stamp, feed_url
from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import EventsTab, Invocation
from bot.discord_app.options import Choice, Opt
from commands._shared import SECTION, data_folder, section_choices

log = logging.getLogger(__name__)

COMMANDS = CommandSet()
setup = COMMANDS.setup

INCLUDE_CHOICES = tuple(Choice(label, name) for name, (label, _) in INCLUDE_PRESETS.items())
NO_EVENTS_TAB = (
    "The Events tab is part of a Discord server; the console has none. Run /setup events in your course server."
)
IMPORT_HOWTO = (
    "Import it once: Google Calendar: Settings → Import & export → Import. Apple Calendar: File → Import. "
    "Outlook: Add calendar → Upload from file."
)


def calendar_answer(
    course: Course, *, section: str | None, preset: str, filename: str, events: int, url: str | None
) -> Answer:
    """What /calendar says next to the file: what is in it, how to import it, and the feed if there is one."""
    who = (
        f"section {course.section_label(section)}"
        if section
        else "the whole course (pick your section to add its meetings)"
    )
    lines = [
        text(f"`{filename}`: {events} events ({INCLUDE_PRESETS[preset][0].lower()}) for {who}."),
        text(IMPORT_HOWTO),
    ]
    if url:
        lines.append(
            text(
                f"An imported file never changes. To get schedule changes automatically, subscribe instead: {url} "
                "(Google: Other calendars → + → From URL. Apple: File → New Calendar Subscription. "
                "Outlook: Add calendar → Subscribe from web.)"
            )
        )
    else:
        lines.append(text("An imported file never changes: run /calendar again after the course announces changes."))
    return Answer(
        title=f"{course.section_label(section) if section else course.code} calendar: {course.name}",
        lines=tuple(lines),
        footer=f"Times in {course.tz.key} · data version {course.version}",
        ephemeral=True,
    )


@COMMANDS.command(
    "calendar",
    section=Opt.text("Your section (default: the whole course)", max_length=SECTION, autocomplete=section_choices),
    include=Opt.text("What to put in the calendar (default: everything)", max_length=40, choices=INCLUDE_CHOICES),
)
async def calendar(inv: Invocation, section: str | None = None, include: str = DEFAULT_PRESET) -> None:
    """The course calendar as a file for Google, Apple or Outlook: classes, exams, deadlines, office hours."""
    course, settings = inv.course, inv.host.settings
    section = course.check_section(section)  # the data's spelling ("1c" -> "1C")
    if include not in INCLUDE_PRESETS:
        raise UserError(f"I don't know {include!r}. Choose one of: {', '.join(INCLUDE_PRESETS)}.")
    kinds = frozenset(INCLUDE_PRESETS[include][1])
    # The same fixed DTSTAMP as the feed (the data's modification time), so file and feed are the same bytes.
    body = build_calendar(course, section=section, include=set(kinds), now=data_stamp(data_folder(inv)) or inv.now)
    filename = calendar_filename(course, section)
    # Serving several courses, each has its own feed path (/<course id>/calendar.ics).
    url = feed_url(settings.public_url, section, kinds, course.id if inv.host.courses.per_server else None)
    answer = calendar_answer(
        course, section=section, preset=include, filename=filename, events=body.count(b"BEGIN:VEVENT"), url=url
    )
    log.info(
        "event=calendar_sent guild=%s section=%s include=%s bytes=%d",
        inv.server_id,
        section or "all",
        include,
        len(body),
    )
    which = f"--course {course.id} " if inv.host.courses.per_server else ""
    cli = f"coursebot {which}calendar --out {filename}" + (f" --section {section}" if section else "")
    await inv.reply.file(answer, filename, body, without_file=text(f"In the terminal, write the file with: {cli}"))


# --- /setup events: Discord's Events tab -----------------------------------------------------------------------


async def apply_sync(tab: EventsTab, server_id: int | None, plan: SyncPlan) -> None:
    """Carry out a plan: one request per change, one log line per event."""
    for want in plan.create:
        event_id = await tab.create(want)
        log.info(
            "event=scheduled_event_created guild=%s key=%s id=%s start=%s",
            server_id,
            want.key,
            event_id,
            want.start.isoformat(),
        )
    for have, want in plan.update:
        await tab.update(have.id, want)
        log.info(
            "event=scheduled_event_updated guild=%s key=%s id=%s start=%s was=%s",
            server_id,
            want.key,
            have.id,
            want.start.isoformat(),
            have.start.isoformat(),
        )
    for have in plan.delete:
        await tab.delete(have.id)
        log.info("event=scheduled_event_deleted guild=%s key=%s id=%s", server_id, have.key, have.id)


def sync_answer(course: Course, plan: SyncPlan, kinds: frozenset[str]) -> Answer:
    def item(event: DesiredEvent) -> tuple:
        return text(f"{event.name} · {human_date(event.start.astimezone(course.tz).date())}")

    fields = []
    for name, events in (
        ("Created", plan.create),
        ("Updated", tuple(want for _, want in plan.update)),
        ("Not created: the day has started or passed", plan.past),
    ):
        if events:
            fields.append(Field(name, tuple(item(e) for e in events)))
    if plan.delete:
        fields.append(Field("Removed (no longer in the course data)", tuple(text(e.name) for e in plan.delete)))
    if plan.left:
        fields.append(Field("Left alone (started or cancelled in Discord)", tuple(text(e.name) for e in plan.left)))
    classes = sorted({course.kind_name(k, plural=True).lower() for k in kinds - EXAM_KINDS})
    what = "exams and " + ", ".join(classes) if classes else "exams"
    summary = (
        f"{len(plan.create)} created, {len(plan.update)} updated, {len(plan.delete)} removed, "
        f"{len(plan.unchanged)} already up to date."
    )
    return Answer(
        title=f"Events tab: {what}",
        lines=(
            text(summary),
            text(
                "Where the course page gives a date but no time, the event covers the whole day in course time "
                f"({course.tz.key}) and says so in its location. Run this again after a data reload to update them."
            ),
        ),
        fields=tuple(fields),
        ephemeral=True,
    )


async def sync_server_events(inv: Invocation, *, classes: bool) -> None:
    """/setup events: create or update this server's scheduled events from the course (never duplicates)."""
    if inv.events is None:
        raise UserError(NO_EVENTS_TAB)
    kinds = sync_kinds(inv.course, classes=classes)
    await inv.reply.defer()  # many events can take longer than Discord's 3 s
    plan = plan_sync(desired_events(inv.course, kinds=kinds), await inv.events.existing(), inv.now, kinds=kinds)
    await apply_sync(inv.events, inv.server_id, plan)
    inv.store.audit.record(
        inv.server_id,
        inv.user.id,
        "events.sync",
        {"kinds": sorted(kinds), "created": len(plan.create), "updated": len(plan.update), "deleted": len(plan.delete)},
        inv.now,
    )
    log.info(
        "event=scheduled_events_synced guild=%s created=%d updated=%d deleted=%d unchanged=%d past=%d",
        inv.server_id,
        len(plan.create),
        len(plan.update),
        len(plan.delete),
        len(plan.unchanged),
        len(plan.past),
    )
    await inv.reply.answer(sync_answer(inv.course, plan, kinds))
