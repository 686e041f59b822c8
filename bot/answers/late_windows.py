"""Focused answers about one assignment's windows: extension requests, late submission, regrades."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.answers.clock_change import window_note
from bot.answers.deadlines import resolve_assignments
from bot.answers.late_terms import (
    cutoff_sentence,
    measure_sentence,
    own_rule_sentence,
    penalty_sentences,
    permission_clause,
    pool_name,
    pool_sentence,
    step_text,
)
from bot.answers.places import on_place
from bot.core.answer import Answer, Stamp, Text, text, when
from bot.course.late_policy import Cutoff, Penalty, amount
from bot.course.model import Assignment, Course
from bot.course.unknown import PAGE_SILENT
from bot.course.windows import after_due, extension_request_deadline, grace_applies, latest_accepted, regrade_closes


def extension_answer(course: Course, query: str, now: dt.datetime) -> Answer:
    """Until when an extension can be requested for an assignment, and how."""
    rules = course.extensions
    contact = rules.contact or "course staff"
    email = f" ({rules.contact_email})" if rules.contact_email else ""
    lines = []
    for item in resolve_assignments(course, query):
        ask_by = extension_request_deadline(course, item)
        if ask_by is None:
            how_early = "" if rules.notice_days is None else f" (how far ahead: {PAGE_SILENT})"
            lines.append(text(f"**{item.short}** is due ", *when(item.due), f". Ask {contact}{email}{how_early}."))
        elif ask_by > now:
            lines.append(text(f"**{item.short}**: ask {contact}{email} by ", *when(ask_by), "."))
        else:
            late = f" {rules.emergency}" if rules.emergency else ""
            lines.append(
                text(
                    f"**{item.short}**: the {rules.notice_days}-day notice window closed ",
                    Stamp(ask_by, "F"),
                    f".{late} Requests go to {contact}{email}.",
                )
            )
    if rules.summary:
        lines.append(text(rules.summary))
    if rules.emergency and not any(rules.emergency in str(line) for line in lines):
        lines.append(text(rules.emergency))
    if isinstance(rules.notice_days, int):
        lines.append(text(f"Ask as soon as you know, and at least {rules.notice_days} days before the deadline."))
    if not (rules.summary or rules.contact or isinstance(rules.notice_days, int)):
        lines.append(text(f"How to get an extension: {PAGE_SILENT}."))
    return Answer(title="Extension requests", lines=tuple(lines))


def late_answer(course: Course, query: str, now: dt.datetime) -> Answer:
    """How late an assignment can still be turned in, and what lateness costs, under the course's policy."""
    lines: list[Text] = []
    items = resolve_assignments(course, query)
    for item in items:
        lines.append(text(f"**{item.short}** is due ", *when(item.due), "."))
        lines += _timeline(course, item)
    late = course.late
    takes_late = any(course.late_for(item).accepts_late for item in items)
    if late.status == "rules" and takes_late:
        if late.pool is not None:
            lines.append(text(pool_sentence(course).capitalize()))
        lines.append(text(measure_sentence(course)))
    lines += [text(note) for note in late.notes]
    return Answer(title="Late submissions", lines=tuple(lines))


def _timeline(course: Course, item: Assignment) -> list[Text]:
    """The instants that matter for one assignment: what the pool covers, each penalty step, the cutoff
    (under the assignment's own late rule, when it has one)."""
    course = course.with_late_of(item)
    late = course.late
    if late.own_rule and late.status == "none":
        # "the latest I can submit": its own deadline
        return [text(f"• {own_rule_sentence(late)}"), text("• The latest it is accepted: ", Stamp(item.due, "F"), ".")]
    if late.status != "rules":
        return [text(s) for s in penalty_sentences(course)]
    out: list[Text] = [text(f"• {own_rule_sentence(late)}")] if late.own_rule else []
    shown: list[dt.datetime] = []  # the instants the timeline gives, for the clock-change note
    pool = late.pool
    if pool is not None:
        if grace_applies(course, item):
            cap = pool.cap
            covered = after_due(item, cap * (24 if pool.unit == "day" else 1))
            shown.append(covered)
            out.append(
                text(
                    f"• With {pool.words(cap)} left, work in by ",
                    Stamp(covered, "F"),
                    " costs nothing"
                    + (" (if you ask to use them)." if pool.applied == "request" else " (they are used for you)."),
                )
            )
        else:
            out.append(text(f"• {pool_name(course).capitalize()} do not apply to it."))
    cutoff = late.cutoff
    limit = cutoff.after if isinstance(cutoff, Cutoff) else None
    if isinstance(late.penalty, Penalty):
        lead = f"With no {pool_name(course)} left" if pool is not None and grace_applies(course, item) else "Late"
        for step in late.penalty.steps:
            if step.up_to is not None and (limit is None or step.up_to <= limit):
                shown.append(after_due(item, step.up_to.total_seconds() / 3600))
                out.append(
                    text(
                        f"• {lead}, up to ",
                        Stamp(shown[-1], "F"),
                        f": {step_text(step)}.",
                    )
                )
            elif step.up_to is None:
                out.append(text(f"• {lead}, after that: {step_text(step)}."))
    else:
        out += [text(f"• {s}") for s in penalty_sentences(course)]
    last = latest_accepted(course, item)
    if last is not None and isinstance(cutoff, Cutoff):
        shown.append(last)
        # the cap in words too ("more than 3 days late"): "is there a max" is asked of the span, not the instant
        out.append(
            text(
                "• After ",
                Stamp(last, "F"),
                f": not accepted{permission_clause(cutoff)} (more than {cutoff.text} late).",
            )
        )
    else:
        out.append(text(f"• {cutoff_sentence(course)}"))
    moved = window_note(course.tz, item.due, shown)
    return [*out, text(moved)] if moved else out


def regrade_answer(
    course: Course, query: str, now: dt.datetime, published: Mapping[str, dt.datetime] | None = None
) -> Answer:
    """When regrade requests close for an assignment, once grades are published (if the course says)."""
    days = course.regrades.window_days
    where = on_place(course.regrades.where)
    span = f"for {amount(days)} days" if isinstance(days, int) else f"(how long they stay open: {PAGE_SILENT})"
    lines = []
    for item in resolve_assignments(course, query):
        at = (published or {}).get(item.id)
        if at is None:
            lines.append(
                text(f"**{item.short}**: grades are not recorded as published yet. Requests open{where} then, {span}.")
            )
            continue
        closes = regrade_closes(course, at)
        if closes is None:
            lines.append(text(f"**{item.short}**: grades published ", Stamp(at, "F"), f"; requests{where} {span}."))
            continue
        verb = "closed" if closes <= now else "close"
        lines.append(text(f"**{item.short}**: grades published ", Stamp(at, "F"), f"; requests {verb} ", *when(closes)))
    return Answer(title="Regrade requests", lines=tuple(lines))
