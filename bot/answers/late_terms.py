"""How a course's late policy reads, in its own words: the pool, the penalty schedule, the cutoff, outcomes.

Every answer that speaks of lateness (/late, /gracedays, /deadline, reminders, /ask) builds its sentences here,
from `course.late`, so a course with slip days, late tokens or no late work at all is described as it is.
Sentences about one assignment take the course as that assignment sees it (`Course.with_late_of`), so work with
a rule of its own (quizzes not accepted late, a project's own penalty) is described by that rule.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from bot.core.matching import fold
from bot.core.word_forms import singular
from bot.course.late_policy import (
    Cutoff,
    LatePolicy,
    LateRule,
    Penalty,
    PenaltyStep,
    Pool,
    amount,
    hours_text,
    percent,
)
from bot.course.model import Assignment, Course
from bot.course.unknown import PAGE_SILENT, UNKNOWN, is_known
from bot.grace.engine import AssignmentOutcome

UNKNOWN_LATE = "The course page doesn't say what happens to late work."
NOT_ACCEPTED = "Late work is not accepted."


def own_rule_sentence(late: LatePolicy) -> str:
    """For work with a late rule of its own: what it is, quoting the page ('' for the course's general rule)."""
    if not late.own_rule:
        return ""
    if late.status == "none":
        return f"It is not accepted late: “{late.quote}”"
    if late.status == "unknown":
        return f"It has its own late rule, and the course page doesn't say what it is: “{late.quote}”"
    return f"Its own late rule: “{late.quote}”"


def rules_named(course: Course, question: str) -> tuple[LateRule, ...]:
    """The late rules of work a question names as a group: by its kind ("quizzes") or by the name its assignments
    share ("pre-labs" for Pre-lab 1 to 8; never "ps" for a rule on PS3 alone while PS5 has the course's rule)."""
    if not course.late.rules:
        return ()
    asked = _asked_names(question)
    return tuple(rule for rule in course.late.rules if _rule_names(course, rule) & asked)


def names_general_work(course: Course, question: str) -> bool:
    """Whether the question also names work under the course's general late rule ("pre-labs and lab reports")."""
    general = set()
    for item in course.assignments:
        if course.late.rule_for(item.id, item.kind) is None:
            general |= {item.kind} | _item_names(item)
    ruled = set().union(*(_rule_names(course, rule) for rule in course.late.rules))
    words = [singular(w) for w in _name_words(question)]
    taken: set[int] = set()  # the words of a name a rule has ("pre" "lab" of "pre-lab") name only that work
    for i, (a, b) in enumerate(pairwise(words)):
        if singular(a + b) in ruled:
            taken |= {i, i + 1}
    rest = {w for i, w in enumerate(words) if i not in taken}
    rest |= {singular(a + b) for i, (a, b) in enumerate(pairwise(words)) if not {i, i + 1} & taken}
    return bool(general & rest)


def _asked_names(question: str) -> set[str]:
    words = [singular(w) for w in _name_words(question)]
    return set(words) | {singular(a + b) for a, b in pairwise(words)}


def _item_names(item: Assignment) -> set[str]:
    return {singular("".join(_name_words(name))) for name in (item.short, *item.aliases)}


def _rule_names(course: Course, rule: LateRule) -> set[str]:
    """A rule's kinds, and the names shared only by assignments the rule covers."""
    inside: set[str] = set()
    outside: set[str] = set()
    for item in course.assignments:
        covered = item.id in rule.ids or (item.kind in rule.kinds and course.late.rule_for(item.id, item.kind) is rule)
        (inside if covered else outside).update(_item_names(item))
    return set(rule.kinds) | (inside - outside)


def _name_words(name: str) -> list[str]:
    """A name's words without numbers: 'Pre-lab 6' -> ['pre', 'lab']."""
    return [w for w in (re.sub(r"\d+", "", w) for w in fold(name).split()) if w]


def accepted_late_verdict(course: Course, question: str) -> tuple[bool | None, str]:
    """ "Is late work accepted?", "are quizzes accepted late?": Yes or No with why, from the rule of the work the
    question names, else the course's general rule with its exceptions said; None where the page leaves it open."""
    named = rules_named(course, question)
    statuses = {rule.policy.status for rule in named}
    if named and names_general_work(course, question):
        statuses.add(course.late.status)  # "pre-labs and lab reports": both rules must agree
    if len(statuses) == 1 and "unknown" not in statuses:
        quotes = " ".join(dict.fromkeys(f"“{r.policy.quote}”" for r in named))
        accepted = named[0].policy.status == "rules"
        return accepted, f"under its own rule, {quotes}" if accepted else quotes
    if named:
        return None, ""
    said = cutoff_sentence(course)
    others = [r.policy for r in course.late.rules if r.policy.accepts_late != course.late.accepts_late]
    if others:
        said = f"{said} Except: " + " ".join(f"“{p.quote}”" for p in others)
    return course.late.accepts_late, said


def for_outcome(course: Course, outcome: AssignmentOutcome) -> Course:
    """The course as the outcome's assignment sees its late rule."""
    item = course.assignment(outcome.assignment_id)
    return course if item is None else course.with_late_of(item)


def for_item(course: Course, item: Assignment | None) -> Course:
    return course if item is None else course.with_late_of(item)


def pool_name(course: Course, plural: bool = True) -> str:
    """'grace days', 'slip days', 'late tokens'... or 'late days' for a course without a pool."""
    pool = course.late.pool
    if pool is None:
        return "late days" if plural else "late day"
    return pool.plural if plural else pool.name


def pool_words(pool: Pool, count: float) -> str:
    return pool.words(count)


def pool_sentence(course: Course) -> str:
    """'4 grace days in total, at most 2 per assignment, used automatically in order of due date; any lateness
    counts as a whole day.'"""
    pool = course.late.pool
    if pool is None or course.late.status != "rules":
        return ""
    parts = [f"{pool_words(pool, pool.total)} in total"]
    if pool.max_per_assignment is not None and pool.max_per_assignment < pool.total:
        parts.append(f"at most {amount(pool.max_per_assignment)} per assignment")
    parts.append(
        "used automatically, in order of due date" if pool.applied == "auto" else "used only when you ask for them"
    )
    started = (
        f"any lateness counts as a whole {pool.unit}"
        if pool.rounding == "up"
        else f"counted exactly, in {pool.unit}s and parts of {pool.unit}s"
    )
    return f"{', '.join(parts)}; {started}."


def step_text(step: PenaltyStep) -> str:
    """'50% penalty', 'graded, but no credit', '5% per hour late (a started hour counts)', 'no penalty'."""
    if step.rate is not None:
        started = f" (a started {step.per} counts)" if step.rounding == "up" else ""
        return f"{percent(step.rate)} per {step.per} late{started}"
    lost = step.penalty or 0.0
    if lost >= 1.0:
        return "graded, but no credit"
    if lost <= 0.0:
        return "no penalty"
    return f"{percent(lost)} penalty"


def penalty_sentences(course: Course) -> list[str]:
    """The penalty schedule for lateness the pool does not cover, one sentence per step."""
    late = course.late
    if late.own_rule and late.status != "rules":
        return [own_rule_sentence(late)]
    if late.status == "none":
        return [NOT_ACCEPTED]
    if late.status != "rules" or late.penalty is UNKNOWN:
        return [
            UNKNOWN_LATE
            if late.pool is None
            else f"The course page doesn't say what lateness beyond the {pool_name(course)} costs."
        ]
    if late.penalty is None:
        return ["Late work is not penalised" + (" beyond the cutoff." if isinstance(late.cutoff, Cutoff) else ".")]
    penalty: Penalty = late.penalty
    lead = f"Once your {pool_name(course)} are used (or don't cover it): " if late.pool else "Late work: "
    pieces = []
    previous: dt.timedelta | None = None
    for step in penalty.steps:
        if step.up_to is not None:
            pieces.append(f"up to {hours_text(step.up_to)} late, {step_text(step)}")
        elif previous is not None:
            pieces.append(f"after {hours_text(previous)}, {step_text(step)}")
        else:
            pieces.append(step_text(step))
        previous = step.up_to
    sentences = [lead + "; ".join(pieces) + "."]
    if penalty.floor > 0:
        sentences.append(f"A late penalty never leaves less than {percent(penalty.floor)} of the credit.")
    if penalty.applies == "subtract":
        sentences.append("Penalties are taken off the assignment's maximum points, not multiplied with your score.")
    return sentences


def cutoff_sentence(course: Course) -> str:
    cutoff = course.late.cutoff
    if course.late.status != "rules":
        return ""
    if cutoff is UNKNOWN:
        return f"How late work can still be submitted: {PAGE_SILENT}."
    if cutoff is None:
        return "Late work is accepted however late (there is no cutoff)."
    return f"Nothing is accepted more than {cutoff.text} late{permission_clause(cutoff)}."


def permission_clause(cutoff: Cutoff) -> str:
    if not cutoff.permission_lifts:
        return ""
    return f" without permission from {cutoff.permission_from}" if cutoff.permission_from else " without permission"


def measure_sentence(course: Course) -> str:
    if course.late.measure == "each-part":
        return "Each part's lateness counts on its own."
    return "Lateness counts from the latest part you submit."


def policy_lines(course: Course) -> list[str]:
    """The whole late policy in a few sentences."""
    late = course.late
    if late.status == "none":
        return [NOT_ACCEPTED, *late.notes]
    if late.status != "rules":
        return [UNKNOWN_LATE, *late.notes]
    lines = [pool_sentence(course).capitalize()] if late.pool else []
    lines += penalty_sentences(course)
    lines.append(cutoff_sentence(course))
    return [line for line in (*lines, *late.notes) if line]


def status_words(course: Course, outcome: AssignmentOutcome) -> str:
    """What an outcome means, in the course's words (and its assignment's own late rule, if it has one)."""
    course = for_outcome(course, outcome)
    cutoff = course.late.cutoff
    words = {
        "on-time": "on time",
        "grace": f"covered by {pool_name(course)}",
        "no-penalty": "late, no penalty",
        "penalty": f"{percent(1 - (outcome.credit or 0))} penalty",
        "no-credit": "graded, no credit",
        "unknown": f"late; {PAGE_SILENT} what that costs",
        "not-accepted": f"not accepted late (“{course.late.quote}”)"
        if course.late.own_rule and course.late.status == "none"
        else NOT_ACCEPTED.lower().rstrip(".")
        if course.late.status == "none"
        else (f"not accepted (more than {cutoff.text} late)" if isinstance(cutoff, Cutoff) else "not accepted"),
        "missing": "no submission",
    }
    return words.get(outcome.status, outcome.status)


def credit_words(outcome: AssignmentOutcome) -> str:
    if outcome.credit is None:
        return "credit not stated"
    if outcome.applies == "subtract" and 0 < outcome.credit < 1:
        return f"minus {percent(1 - outcome.credit)} of the points"
    return f"{percent(outcome.credit)} credit"


def way_out(course: Course, status: str, item: Assignment | None = None) -> str:
    """For an outcome of "not accepted" or no credit: who can still allow it, in the data's words ("Only the
    instructor can allow it later.", "An extension is the way: ask the lecturer at least 2 days before the
    deadline."); empty for any other outcome, or when the data names no one. With `item`, its own late rule
    counts (work not accepted late has no cutoff that permission lifts)."""
    cutoff = for_item(course, item).late.cutoff
    if status == "not-accepted" and isinstance(cutoff, Cutoff) and cutoff.permission_lifts:
        who = cutoff.permission_from or "course staff"
        return f"It is accepted later only with permission from {who}."
    if status not in ("not-accepted", "no-credit"):
        return ""
    rules = course.extensions
    if not rules.contact:
        return rules.summary
    email = f" ({rules.contact_email})" if is_known(rules.contact_email) and rules.contact_email else ""
    notice = f", at least {rules.notice_days} days before the deadline" if isinstance(rules.notice_days, int) else ""
    said = f"The way out is an extension: ask {rules.contact}{email}{notice}."
    if rules.summary and rules.contact not in rules.summary:
        said = f"{said} {rules.summary}"
    if is_known(rules.emergency) and rules.emergency:
        said = f"{said} {rules.emergency}"
    return said
