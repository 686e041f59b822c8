"""Late-work answers: a student's private tally, and "what happens if I submit at ...?", in the course's words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.answers.clock_change import lateness_note
from bot.answers.deadlines import resolve_assignments
from bot.answers.late_terms import credit_words, measure_sentence, pool_name, status_words, way_out
from bot.core.answer import Answer, Field, Stamp, text, when
from bot.core.wall_clock import repeated, repeated_note
from bot.course.late_policy import amount
from bot.course.model import Course
from bot.grace.engine import Tally, what_if
from bot.grace.late_words import lateness_words

# Kept for callers that show a status without a course at hand; answers use late_terms.status_words.
STATUS_WORDS = {
    "on-time": "on time",
    "grace": "covered by the late pool",
    "no-penalty": "late, no penalty",
    "penalty": "late penalty",
    "no-credit": "graded, no credit",
    "unknown": "late; the course page doesn't say what that costs",
    "not-accepted": "not accepted",
    "missing": "no submission",
}


def not_linked(course: Course) -> str:
    """What a student without a link is told (naming the course's submission site when the data names one)."""
    site = course.submission_site.name if course.submission_site else "the course's submission site"
    return (
        f"Your Discord account isn't linked to a student record yet. Use /link with the email you use on {site}; "
        "course staff will approve it."
    )


def not_linked_message(course: Course, waiting: str | None) -> str:
    """Why no tally is shown: no record is linked, and the asker's own request still waiting (its email), if any."""
    if waiting is not None:
        return f"{not_linked(course)} Your request to link {waiting} is waiting for staff approval."
    return not_linked(course)


STAFF_LOOK_UP = "As course staff, look a student's tally up with /gracedays student (only you see it)."


def own_tally_answer(
    course: Course, tally: Tally | None, *, who: str = "you", waiting: str | None = None, staff: bool = False
) -> Answer:
    """ "My grace days", asked where the asker's record is read (/gracedays me, /ask in a server): their own tally,
    or why there is none: no record linked, with their request still waiting if one is, and how to link one (staff
    are pointed to /gracedays student instead). Private either way."""
    if tally is not None:
        return tally_answer(course, tally, who)
    pool = course.late.pool
    title = f"Your {pool.plural}" if pool is not None else "Your late work"
    if staff:
        lines = (text("No student record is linked to your account."), text(STAFF_LOOK_UP))
        return Answer(title=title, lines=lines, suggestions=("/gracedays student",), ephemeral=True)
    then = "Once staff approve it, /gracedays me shows what you have used and left."
    lines = (text(not_linked_message(course, waiting)), text(then))
    return Answer(title=title, lines=lines, suggestions=("/link",), ephemeral=True)


def tally_answer(course: Course, tally: Tally, who: str) -> Answer:
    """Used, left, and each assignment's outcome. Always private (ephemeral)."""
    pool = course.late.pool
    if pool is not None:
        lines = [text(f"**{amount(tally.used)}** of {pool.words(pool.total)} used, **{amount(tally.left)}** left.")]
    else:
        lines = [text("This course has no pool of late days: lateness is charged as the late policy says.")]
    rows = []
    for o in tally.outcomes:
        part = f" ({o.part})" if o.part else ""
        late = f", {lateness_words(o.late_hours)} late" if o.late_hours else ""
        used = f", {pool.words(o.grace_days)}" if pool is not None and o.grace_days else ""
        rows.append(text(f"**{o.title}**{part}: {status_words(course, o)}{late}{used} · {credit_words(o)}"))
    fields = (Field("Assignments", tuple(rows)),) if rows else ()
    if not rows:
        lines.append(text("No submissions have been imported yet."))
    title = pool.plural.capitalize() if pool is not None else "Late work"
    return Answer(
        title=f"{title}: {who}",
        lines=tuple(lines),
        fields=fields,
        footer=f"From the latest grades import. {measure_sentence(course)}",
        ephemeral=True,
    )


def late_answer_for(
    course: Course, assignment: str, submitted_at: dt.datetime, days_left: float, *, known: bool, looked: bool = True
) -> Answer:
    """What-if: the outcome of submitting an assignment at a given time with the pool units left. `known`: from
    the asker's own record; otherwise all are assumed left, said to be because no record is linked to them when the
    front end `looked`, and because their record isn't read here when it could not."""
    items = resolve_assignments(course, assignment)
    pool = course.late.pool
    fields = []
    for item in items:
        outcome = what_if(course, item.id, submitted_at, days_left)
        lines = [text("Due ", *when(item.due), "; you'd submit ", Stamp(submitted_at, "F"), ".")]
        if repeated(submitted_at.astimezone(course.tz)):
            lines.append(text(repeated_note(submitted_at.astimezone(course.tz))))  # as /announce says it
        if outcome.status == "on-time":
            lines.append(text("That is on time."))
        else:
            lines.append(text(f"That is {lateness_words(outcome.late_hours)} late → {status_words(course, outcome)}."))
            moved = lateness_note(course.tz, outcome.due or item.due, submitted_at, _costs(course, item.id, days_left))
            if moved:
                lines.append(text(moved))
            if pool is not None and outcome.grace_days:
                asked = " if you ask to use them" if pool.applied == "request" else ""
                lines.append(
                    text(
                        f"It would use {pool.words(outcome.grace_days)}{asked}; "
                        f"{amount(max(days_left - outcome.grace_days, 0))} would be left."
                    )
                )
            lines.append(text(f"Result: {credit_words(outcome)}."))
            status = "no-credit" if outcome.credit == 0 and outcome.status != "not-accepted" else outcome.status
            if way_out(course, status, item):
                lines.append(text(way_out(course, status, item)))  # "not accepted" is never said without the way out
        fields.append(Field(item.title, tuple(lines)))
    if pool is None:
        basis = "Under the course's late policy:"
    elif known:
        basis = (
            f"You have {amount(days_left)} {pool_name(course, plural=days_left != 1)} left (from the latest import)."
        )
    elif looked:
        basis = f"Assuming all {pool.words(days_left)} are left: I have no imported record linked to you."
    else:
        basis = (
            f"Assuming all {pool.words(days_left)} are left: your own record isn't read here "
            "(/late or /gracedays me use it)."
        )
    return Answer(title="What if I submit then?", lines=(text(basis),), fields=tuple(fields), ephemeral=True)


def _costs(course: Course, assignment_id: str, days_left: float) -> Callable[[dt.datetime], str]:
    """What a hand-in at an instant costs, in the course's words ("52% penalty", "not accepted (more than 48 h
    late)"): a clock change's note gives it for each reading of the lateness."""
    return lambda at: status_words(course, what_if(course, assignment_id, at, days_left))
