"""/calendar: the course as an .ics file to import (and the feed to subscribe to); the Events-tab sync that
/setup events runs.

/calendar answers ephemerally: the file is a personal download (each student picks a section and what to
include), and a public copy per request would bury the channel under identical attachments.
"""

from __future__ import annotations

import io
import logging

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.calendar.events import (
    EXAM_KINDS,
    DesiredEvent,
    ExistingEvent,
    SyncPlan,
    desired_events,
    plan_sync,
    sync_kinds,
)
from bot.calendar.ics import build_calendar, calendar_filename
from bot.calendar.include import DEFAULT_PRESET, INCLUDE_PRESETS, data_stamp, feed_url
from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.discord_app.replies import send_answer
from commands._shared import context, section_autocomplete

log = logging.getLogger(__name__)

INCLUDE_CHOICES = [app_commands.Choice(name=label, value=name) for name, (label, _) in INCLUDE_PRESETS.items()]
IMPORT_HOWTO = (
    "Import it once: Google Calendar: Settings → Import & export → Import. Apple Calendar: File → Import. "
    "Outlook: Add calendar → Upload from file."
)


def calendar_answer(
    course: Course, *, section: str | None, preset: str, filename: str, events: int, url: str | None
) -> Answer:
    """What /calendar says next to the file: what is in it, how to import it, and the feed if there is one."""
    who = f"section {section}" if section else "the whole course (pick your section to add its meetings)"
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
        title=f"{section or course.code} calendar: {course.name}",
        lines=tuple(lines),
        footer=f"Times in {course.tz.key} · data version {course.version}",
        ephemeral=True,
    )


class CalendarCommand(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="calendar")
    @app_commands.describe(
        section="Your section (default: the whole course)",
        include="What to put in the calendar (default: everything)",
    )
    @app_commands.autocomplete(section=section_autocomplete)
    @app_commands.choices(include=INCLUDE_CHOICES)
    async def calendar(
        self, interaction: discord.Interaction, section: str | None = None, include: str = DEFAULT_PRESET
    ) -> None:
        """The course calendar as a file for Google, Apple or Outlook: classes, exams, deadlines, office hours."""
        ctx = context(interaction)
        course = ctx.course
        section = course.check_section(section)  # the data's spelling ("1c" -> "1C")
        if include not in INCLUDE_PRESETS:
            raise UserError(f"I don't know {include!r}. Choose one of: {', '.join(INCLUDE_PRESETS)}.")
        kinds = frozenset(INCLUDE_PRESETS[include][1])
        # The same fixed DTSTAMP as the feed (the data's modification time), so file and feed are the same bytes.
        body = build_calendar(
            course, section=section, include=set(kinds), now=data_stamp(self.bot.settings.data_dir) or ctx.now
        )
        filename = calendar_filename(course, section)
        url = feed_url(self.bot.settings.public_url, section, kinds)
        answer = calendar_answer(
            course, section=section, preset=include, filename=filename, events=body.count(b"BEGIN:VEVENT"), url=url
        )
        log.info(
            "event=calendar_sent guild=%s section=%s include=%s bytes=%d",
            ctx.guild_id,
            section or "all",
            include,
            len(body),
        )
        if getattr(interaction, "answer_sink", None) is not None:  # the console prints answers; no files there
            console = f"In the terminal, write the file with: coursebot calendar --out {filename}" + (
                f" --section {section}" if section else ""
            )
            await send_answer(interaction, answer.with_lines(text(console)))
            return
        ics = discord.File(io.BytesIO(body), filename=filename, description=f"{course.code} calendar")
        await send_answer(interaction, answer, file=ics)


# --- /setup events: Discord's Events tab -----------------------------------------------------------------------


def existing_event(event: discord.ScheduledEvent) -> ExistingEvent:
    return ExistingEvent(
        id=event.id,
        name=event.name,
        description=event.description or "",
        location=event.location or "",
        start=event.start_time,
        end=event.end_time,
        scheduled=event.status is discord.EventStatus.scheduled,
    )


async def apply_sync(guild: discord.Guild, plan: SyncPlan, found: dict[int, discord.ScheduledEvent]) -> None:
    """Carry out a plan: one request per change, one log line per event."""
    for want in plan.create:
        event = await guild.create_scheduled_event(
            name=want.name,
            description=want.description,
            start_time=want.start,
            end_time=want.end,
            entity_type=discord.EntityType.external,
            privacy_level=discord.PrivacyLevel.guild_only,
            location=want.location,
            reason="CourseBot /setup events",
        )
        log.info(
            "event=scheduled_event_created guild=%s key=%s id=%s start=%s",
            guild.id,
            want.key,
            event.id,
            want.start.isoformat(),
        )
    for have, want in plan.update:
        await found[have.id].edit(
            name=want.name,
            description=want.description,
            start_time=want.start,
            end_time=want.end,
            location=want.location,
            reason="CourseBot /setup events: the course data changed",
        )
        log.info(
            "event=scheduled_event_updated guild=%s key=%s id=%s start=%s was=%s",
            guild.id,
            want.key,
            have.id,
            want.start.isoformat(),
            have.start.isoformat(),
        )
    for have in plan.delete:
        await found[have.id].delete(reason="CourseBot /setup events: no longer in the course data")
        log.info("event=scheduled_event_deleted guild=%s key=%s id=%s", guild.id, have.key, have.id)


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


async def sync_server_events(interaction: discord.Interaction, *, classes: bool) -> None:
    """/setup events: create or update this server's scheduled events from the course (never duplicates)."""
    ctx = context(interaction)
    if interaction.guild_id is None:
        raise UserError("Discord events belong to a server: run /setup events in your course server.")
    kinds = sync_kinds(ctx.course, classes=classes)
    await interaction.response.defer(ephemeral=True, thinking=True)  # many events can take longer than 3 s
    guild = interaction.guild or await interaction.client.fetch_guild(interaction.guild_id)
    try:
        found = {e.id: e for e in await guild.fetch_scheduled_events()}
        plan = plan_sync(
            desired_events(ctx.course, kinds=kinds), [existing_event(e) for e in found.values()], ctx.now, kinds=kinds
        )
        await apply_sync(guild, plan, found)
    except discord.Forbidden:
        raise UserError(
            "Discord refused: I need the Manage Events permission in this server (Server Settings → Roles)."
        ) from None
    ctx.store.audit(
        ctx.guild_id,
        interaction.user.id,
        "events.sync",
        {"kinds": sorted(kinds), "created": len(plan.create), "updated": len(plan.update), "deleted": len(plan.delete)},
        ctx.now,
    )
    log.info(
        "event=scheduled_events_synced guild=%s created=%d updated=%d deleted=%d unchanged=%d past=%d",
        ctx.guild_id,
        len(plan.create),
        len(plan.update),
        len(plan.delete),
        len(plan.unchanged),
        len(plan.past),
    )
    await send_answer(interaction, sync_answer(ctx.course, plan, kinds))


async def setup(bot) -> None:
    await bot.add_cog(CalendarCommand(bot))
