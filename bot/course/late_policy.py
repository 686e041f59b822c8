"""A course's late-work policy as plain values, built from composable parts (see docs/course-format.md).

- a pool (grace days, slip days, late tokens...): how much, in which unit, how it is rounded, per-assignment cap,
  applied automatically (greedily, by due date) or only on request, and which assignments it covers;
- a penalty schedule for what the pool does not cover: steps ("up to 24 h: 50%"), rates ("5% per hour"),
  a floor, and whether the penalty multiplies the score or subtracts from it;
- a cutoff ("not accepted more than 2 days late") and whether staff permission lifts it;
- how lateness is measured: the latest part decides, or each part on its own;
- rules for some work only ("pre-labs and quizzes are not accepted late", "projects lose 5% a day"): each names
  kinds and/or assignment ids and replaces the status, penalty or cutoff for that work (`for_work`).

`status` says whether the course has such rules at all: "rules", "none" (no late work is accepted) or
"unknown" (the course page does not say). The engine that computes with it is bot.grace.engine.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from bot.course.unknown import UNKNOWN, Unknown

LATE_STATUSES = ("rules", "none", "unknown")
POOL_UNITS = ("day", "hour")
ROUNDINGS = ("up", "exact")
POOL_APPLIED = ("auto", "request")
PENALTY_MODES = ("multiply", "subtract")
MEASURES = ("latest-part", "each-part")
UNIT_SPANS = {"day": dt.timedelta(days=1), "hour": dt.timedelta(hours=1)}


def units_of(span: dt.timedelta, unit: str, rounding: str) -> float:
    """How many units `span` is: 'up' counts any started unit as whole (1 second late is 1 day)."""
    if span <= dt.timedelta(0):
        return 0.0
    exact = span / UNIT_SPANS[unit]
    if rounding == "exact":
        return exact
    whole, rest = divmod(span, UNIT_SPANS[unit])
    return float(whole + (1 if rest else 0))


@dataclass(frozen=True)
class Pool:
    """Late units a student may spend (grace days, slip days, late tokens): covered lateness costs nothing."""

    total: float
    name: str = "late day"  # the course's own word, singular ("grace day", "slip day", "late token")
    plural: str = "late days"
    max_per_assignment: float | None = None  # None: no cap below the total
    unit: str = "day"
    rounding: str = "up"
    applied: str = "auto"  # auto: greedily by due date; request: only where the student asked
    covers_kinds: tuple[str, ...] = ()
    covers_ids: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()

    @property
    def cap(self) -> float:
        return self.total if self.max_per_assignment is None else min(self.max_per_assignment, self.total)

    @property
    def applies_to(self) -> tuple[str, ...]:
        """The assignment kinds covered (kept for callers of the old GraceRules)."""
        return self.covers_kinds

    def covers(self, assignment_id: str, kind: str) -> bool:
        if assignment_id in self.excludes:
            return False
        return assignment_id in self.covers_ids or kind in self.covers_kinds

    def words(self, count: float) -> str:
        """'1 slip day', '2 slip days', '1.5 late tokens'."""
        return f"{amount(count)} {self.name if count == 1 else self.plural}"


def amount(value: float) -> str:
    """2.0 -> '2', 1.5 -> '1.5' (units are whole numbers unless counted exactly)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class PenaltyStep:
    """One stretch of the schedule, up to `up_to` of uncovered lateness (None: no end).

    Either a fixed `penalty` (0.5 = half the credit lost) or a `rate` per `per` unit of uncovered lateness
    (0.05 per hour; 'up' rounding counts a started hour as a whole one).
    """

    up_to: dt.timedelta | None
    penalty: float | None = None
    rate: float | None = None
    per: str = "hour"
    rounding: str = "up"

    def cost(self, uncovered: dt.timedelta) -> float:
        if self.rate is None:
            return self.penalty or 0.0
        return self.rate * units_of(uncovered, self.per, self.rounding)


@dataclass(frozen=True)
class Penalty:
    """What lateness the pool does not cover costs."""

    steps: tuple[PenaltyStep, ...]
    applies: str = "multiply"  # multiply: score × (1 - penalty); subtract: score - penalty × max points
    floor: float = 0.0  # the least credit a penalty can leave

    def fraction(self, uncovered: dt.timedelta) -> float | None:
        """The fraction of credit lost for this much uncovered lateness; None when no step covers it."""
        if uncovered <= dt.timedelta(0):
            return 0.0
        for step in self.steps:
            if step.up_to is None or uncovered <= step.up_to:
                lost = min(max(step.cost(uncovered), 0.0), 1.0)
                return min(lost, 1.0 - self.floor)
        return None

    @property
    def open_ended(self) -> bool:
        return bool(self.steps) and self.steps[-1].up_to is None

    @property
    def last_limit(self) -> dt.timedelta | None:
        limits = [s.up_to for s in self.steps if s.up_to is not None]
        return max(limits) if limits else None


@dataclass(frozen=True)
class Cutoff:
    """Work more than `after` late is not accepted (unless staff permission lifts the cutoff)."""

    after: dt.timedelta
    permission_lifts: bool = False
    permission_from: str = ""  # who gives it, in the course's words
    unit: str = ""  # "hours" or "days": the unit the course gave it in ("48 hours" stays 48 hours); "": either

    @property
    def hours(self) -> float:
        return self.after / dt.timedelta(hours=1)

    @property
    def text(self) -> str:
        """'48 hours', '2 days': the cutoff in the course's own unit (a whole span in it), else as it reads best."""
        return hours_text(self.after, self.unit)


@dataclass(frozen=True)
class LatePolicy:
    status: str = "unknown"
    pool: Pool | None = None
    penalty: Penalty | Unknown | None = UNKNOWN  # None: lateness costs nothing (until the cutoff)
    cutoff: Cutoff | Unknown | None = UNKNOWN  # None: no cutoff at all
    measure: str = "latest-part"
    notes: tuple[str, ...] = field(default=())  # further rules in the page's words, quoted as they are
    rules: tuple[LateRule, ...] = ()  # work with its own rule; the fields above are for all other work
    quote: str = ""  # for the rule of some work only: the page's words for it

    @property
    def accepts_late(self) -> bool:
        return self.status == "rules"

    @property
    def own_rule(self) -> bool:
        """Whether this is the rule of some work only (from `for_work`), not the course's general rule (a rule
        always quotes the page: the loader requires it)."""
        return bool(self.quote)

    def pool_covers(self, assignment_id: str, kind: str) -> bool:
        """Whether the pool covers this work: never for work whose own rule takes no late work."""
        own = self.for_work(assignment_id, kind)
        if own is not self and own.status != "rules":
            return False
        return self.pool is not None and self.pool.covers(assignment_id, kind)

    def rule_for(self, assignment_id: str, kind: str) -> LateRule | None:
        """The rule naming this assignment by id, else the first naming its kind; None: the general rule."""
        by_id = next((r for r in self.rules if assignment_id in r.ids), None)
        return by_id or next((r for r in self.rules if kind in r.kinds), None)

    def for_work(self, assignment_id: str, kind: str) -> LatePolicy:
        """The late policy that applies to one assignment: its own rule's, or this one."""
        rule = self.rule_for(assignment_id, kind)
        return self if rule is None else rule.policy


@dataclass(frozen=True)
class LateRule:
    """Late work for some kinds of work or some assignments, in its own terms (`policy`, which has no rules).

    `policy.status` "none": not accepted late; "unknown": the page does not say; "rules": its own penalty
    and cutoff (the parts the data leaves out are the course's general ones), the course's pool as it covers.
    """

    kinds: tuple[str, ...]
    ids: tuple[str, ...]
    policy: LatePolicy


NO_POOL = Pool(total=0, name="late day", plural="late days")
UNSTATED = LatePolicy()


def hours_text(span: dt.timedelta, unit: str = "") -> str:
    """'24 hours', '2 days', '90 minutes': how a span of lateness reads; unit "hours" keeps '48 hours' in hours."""
    minutes = span / dt.timedelta(minutes=1)
    if minutes % (24 * 60) == 0 and minutes >= 24 * 60 and unit != "hours":
        days = int(minutes // (24 * 60))
        return f"{days} day{'s' if days != 1 else ''}"
    if minutes % 60 == 0:
        hours = int(minutes // 60)
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{math.ceil(minutes)} minutes"


def percent(fraction: float) -> str:
    """0.5 -> '50%', 0.025 -> '2.5%'."""
    value = round(fraction * 100, 2)
    return f"{amount(value)}%"
