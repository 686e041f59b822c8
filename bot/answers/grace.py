"""Grace-day answers: a student's private tally, and "what happens if I submit at ...?"."""

from __future__ import annotations

import datetime as dt

from bot.answers.deadlines import resolve_assignments
from bot.core.answer import Answer, Field, Stamp, text, when
from bot.course.model import Course
from bot.grace.engine import AssignmentOutcome, Tally, what_if

STATUS_WORDS = {
    "on-time": "on time",
    "grace": "covered by grace days",
    "penalty": "50% penalty",
    "no-credit": "graded, no credit",
    "not-accepted": "not accepted (more than 2 days late)",
    "missing": "no submission",
}


def _credit(outcome: AssignmentOutcome) -> str:
    return f"{round(outcome.credit * 100)}% credit"


def tally_answer(course: Course, tally: Tally, who: str) -> Answer:
    """Used, left, and each assignment's outcome. Always private (ephemeral)."""
    lines = [text(f"**{tally.used}** of {course.grace.total} grace days used, **{tally.left}** left.")]
    rows = []
    for o in tally.outcomes:
        late = f", {o.late_hours:.1f} h late" if o.late_hours else ""
        days = f", {o.grace_days} grace day{'s' if o.grace_days != 1 else ''}" if o.grace_days else ""
        rows.append(text(f"**{o.title}**: {STATUS_WORDS.get(o.status, o.status)}{late}{days} · {_credit(o)}"))
    fields = (Field("Assignments", tuple(rows)),) if rows else ()
    if not rows:
        lines.append(text("No submissions have been imported yet."))
    return Answer(
        title=f"Grace days: {who}",
        lines=tuple(lines),
        fields=fields,
        footer="From the latest Gradescope import. Lateness counts from the latest part you submitted.",
        ephemeral=True,
    )


def late_answer_for(
    course: Course, assignment: str, submitted_at: dt.datetime, days_left: int, *, known: bool
) -> Answer:
    """What-if: the outcome of submitting an assignment at a given time with the grace days left."""
    items = resolve_assignments(course, assignment)
    fields = []
    for item in items:
        outcome = what_if(course, item.id, submitted_at, days_left)
        lines = [text("Due ", *when(item.due), "; you'd submit ", Stamp(submitted_at, "F"), ".")]
        if outcome.status == "on-time":
            lines.append(text("That is on time. No grace days needed."))
        else:
            lines.append(text(f"That is {outcome.late_hours:.1f} h late → {STATUS_WORDS[outcome.status]}."))
            if outcome.grace_days:
                lines.append(
                    text(
                        f"It would use {outcome.grace_days} grace day(s); {days_left - outcome.grace_days} "
                        "would be left."
                    )
                )
            lines.append(text(f"Result: {_credit(outcome)}."))
        fields.append(Field(item.title, tuple(lines)))
    basis = (
        f"You have {days_left} grace day(s) left (from the latest import)."
        if known
        else f"Assuming all {days_left} grace days are left: I have no imported record linked to you."
    )
    return Answer(title="What if I submit then?", lines=(text(basis),), fields=tuple(fields), ephemeral=True)
