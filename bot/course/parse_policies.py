"""policies.toml: the late-work policy as composable parts, regrades, extensions, and the policy topics."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise
from typing import Any

from bot.course import format1
from bot.course.checked_toml import Problem, Table
from bot.course.late_policy import (
    LATE_STATUSES,
    MEASURES,
    PENALTY_MODES,
    POOL_APPLIED,
    POOL_UNITS,
    ROUNDINGS,
    Cutoff,
    LatePolicy,
    LateRule,
    Penalty,
    PenaltyStep,
    Pool,
)
from bot.course.load_context import LoadContext
from bot.course.model import ASSIGNMENT_KINDS, Assignment, Claim, ExtensionRules, Policy, RegradeRules
from bot.course.unknown import UNKNOWN, Unknown

FILE = "policies.toml"
_SECOND = dt.timedelta(seconds=1)


def parse_policies(
    raw: dict[str, Any], ctx: LoadContext, assignments: tuple[Assignment, ...], flagged: set[str]
) -> tuple[LatePolicy, RegradeRules, ExtensionRules, tuple[Policy, ...]]:
    top = Table(raw, FILE, "", ctx.problems)
    late = _format1_late(top, assignments, flagged) if ctx.format == 1 else _late(top, ctx, assignments)
    r = Table(top.table("regrades"), FILE, "[regrades]", ctx.problems)
    window = r.maybe(r.int, "window_days", UNKNOWN if ctx.format == 2 else None, unknown=UNKNOWN)
    if isinstance(window, int) and window < 0:
        r.problem("window_days", "must not be negative")
    regrades = RegradeRules(
        window_days=UNKNOWN if window is None else window, where=ctx.platform_name(r.str("where", ""))
    )
    r.reject_unknown()
    e = Table(top.table("extensions"), FILE, "[extensions]", ctx.problems)
    notice = e.raw.get("notice_days")
    if isinstance(notice, str) and notice.strip().lower() == "none":
        e.used.add("notice_days")
        notice_days = None
    else:
        notice_days = e.maybe(e.int, "notice_days", UNKNOWN if ctx.format == 2 else None, unknown=UNKNOWN)
        if notice_days is None:
            notice_days = UNKNOWN
    if isinstance(notice_days, int) and notice_days < 0:
        e.problem("notice_days", "must not be negative")
    extensions = ExtensionRules(
        notice_days=notice_days,
        contact=ctx.text(e, "contact"),
        contact_email=ctx.text(e, "contact_email"),
        summary=ctx.text(e, "summary"),
        emergency=ctx.text(e, "emergency"),
    )
    e.reject_unknown()
    policies = []
    for i, raw_policy in enumerate(top.tables("policy"), 1):
        label = raw_policy.get("id", f"#{i}") if isinstance(raw_policy, dict) else f"#{i}"
        t = Table(raw_policy, FILE, f"policy '{label}'", ctx.problems)
        policies.append(
            Policy(
                id=t.str("id"),
                title=t.str("title"),
                summary=t.str("summary"),
                quote=t.str("quote"),
                keywords=t.strs("keywords"),
                missing=t.str("missing", ""),
                claims=_claims(t, label),
            )
        )
        t.reject_unknown()
    top.used.add("attendance")  # read by bot.course.parse_attendance once the meeting kinds are known
    top.used.add("grade_scale")  # read by bot.course.parse_grade_scale once the exams are known
    top.reject_unknown()
    _check_evidence(policies, ctx)
    _check_rule_quotes(late, policies, ctx)
    ids = [p.id for p in policies]
    for duplicate in sorted({i for i in ids if i and ids.count(i) > 1}):
        ctx.problems.append(Problem(FILE, f"policy '{duplicate}'", "id", "duplicate id"))
    return late, regrades, extensions, tuple(policies)


def _claims(t: Table, label: str) -> tuple[Claim, ...]:
    """A policy's decided claims: `[[policy.claim]]` with answer = "yes"/"no", asks (phrasings) and evidence."""
    claims = []
    for j, raw in enumerate(t.tables("claim"), 1):
        c = Table(raw, FILE, f"policy '{label}' claim #{j}", t.problems)
        answer = c.choice("answer", ("yes", "no"))
        asks = tuple(a for a in c.strs("asks") if a)
        evidence = c.str("evidence")
        if not asks:
            c.problem("asks", "give at least one phrasing of what the claim decides")
        if answer in ("yes", "no") and asks and evidence:
            claims.append(Claim(yes=answer == "yes", asks=asks, evidence=evidence))
        c.reject_unknown()
    return tuple(claims)


def _flat(text: str) -> str:
    """Text compared for quoting: lower case, one kind of quote mark and space."""
    text = text.lower().translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split())


def _check_evidence(policies: list[Policy], ctx: LoadContext) -> None:
    """A claim's evidence is the page's own words: it must be quoted from a policy's quote."""
    quotes = [_flat(p.quote) for p in policies]
    for policy in policies:
        for j, claim in enumerate(policy.claims, 1):
            if not any(_flat(claim.evidence) in q for q in quotes):
                ctx.problems.append(
                    Problem(FILE, f"policy '{policy.id}' claim #{j}", "evidence", "is not quoted from a policy's quote")
                )


def _check_rule_quotes(late: LatePolicy, policies: list[Policy], ctx: LoadContext) -> None:
    """A late rule's quote is the page's own words, as a policy quotes them (answers cite it as the page's)."""
    quotes = [_flat(p.quote) for p in policies]
    for j, rule in enumerate(late.rules, 1):
        if rule.policy.quote and not any(_flat(rule.policy.quote) in q for q in quotes):
            ctx.problems.append(
                Problem(FILE, f"[[late.rule]] #{j}", "quote", "is not quoted from a policy's quote (the page's words)")
            )


def _format1_late(top: Table, assignments: tuple[Assignment, ...], flagged: set[str]) -> LatePolicy:
    problems = top.problems
    g = Table(top.table("grace_days"), FILE, "[grace_days]", problems)
    grace = {
        "total": g.int("total"),
        "max_per_assignment": g.int("max_per_assignment"),
        "applies_to": g.strs("applies_to", ("homework",)),
    }
    g.choice("rounding", ("up",), "up")
    g.choice("order", ("due",), "due")
    g.reject_unknown()
    lt = Table(top.table("late_work"), FILE, "[late_work]", problems)
    late = {
        "max_days_late": lt.int("max_days_late"),
        "penalty_window_hours": lt.number("penalty_window_hours"),
        "penalty_credit": lt.number("penalty_credit"),
        "after_penalty_credit": lt.number("after_penalty_credit", 0.0),
    }
    lt.choice("lateness_from", ("latest-part",), "latest-part")
    lt.reject_unknown()
    for name in ("total", "max_per_assignment"):
        if isinstance(grace[name], int) and grace[name] < 0:
            g.problem(name, "must not be negative")
    for name in ("penalty_credit", "after_penalty_credit"):
        if isinstance(late[name], float) and not 0.0 <= late[name] <= 1.0:
            lt.problem(name, "must be between 0 and 1")
    for kind in grace["applies_to"] or ():
        if kind not in format1.ASSIGNMENT_KINDS:
            g.problem("applies_to", f"unknown assignment kind {kind!r}")
    return format1.late_policy(grace, late, assignments, flagged)


def _late(top: Table, ctx: LoadContext, assignments: tuple[Assignment, ...]) -> LatePolicy:
    raw = top.table("late")
    if isinstance(raw, str):
        status = raw.strip().lower()
        if status not in ("none", "unknown"):
            top.problem("late", 'expected a [late] table, "none" (no late work) or "unknown"')
            status = "unknown"
        return LatePolicy(status=status, penalty=None, cutoff=None)
    t = Table(raw, FILE, "[late]", ctx.problems)
    if not raw:
        t.problem("", 'is missing: describe the late policy, or write late = "unknown" when the page does not say')
    status = t.choice("status", LATE_STATUSES, "rules")
    measure = t.choice("measure", MEASURES, "latest-part") or "latest-part"
    notes = t.strs("notes")
    if status != "rules":
        for name in ("pool", "penalty", "cutoff"):
            if name in t.raw:
                t.problem(name, f"a policy with status {status!r} has no {name}")
                t.used.add(name)
        general = LatePolicy(status=status, penalty=None, cutoff=None, measure=measure, notes=notes)
    else:
        pool = _pool(t, ctx, assignments) if "pool" in t.raw else None
        t.used.add("pool")
        penalty = _penalty(t)
        cutoff = _cutoff(t)
        _check_ends(t, "penalty", penalty, cutoff)
        general = LatePolicy(status="rules", pool=pool, penalty=penalty, cutoff=cutoff, measure=measure, notes=notes)
    rules = _rules(t, ctx, assignments, general)
    t.reject_unknown()
    return replace(general, rules=rules) if rules else general


def _check_ends(t: Table, name: str, penalty: Penalty | Unknown | None, cutoff: Cutoff | Unknown | None) -> None:
    """A schedule whose last step ends needs a cutoff at or before it: later work must have an answer."""
    if isinstance(penalty, Penalty) and not penalty.open_ended:
        limit = penalty.last_limit
        if not isinstance(cutoff, Cutoff) or (limit is not None and cutoff.after > limit):
            t.problem(
                name,
                "the last step ends, and nothing says what happens to later work: add an open-ended last step "
                "(no up_to) or a cutoff at or before the last step",
            )


def _rules(
    t: Table, ctx: LoadContext, assignments: tuple[Assignment, ...], general: LatePolicy
) -> tuple[LateRule, ...]:
    """`[[late.rule]]`: work (by kind and/or id) with its own late rule, e.g. quizzes not accepted late."""
    known = {a.id: a.kind for a in assignments}
    used_kinds = set(known.values())
    rules: list[LateRule] = []
    named_by: dict[tuple[str, str], int] = {}
    for j, raw_rule in enumerate(t.tables("rule"), 1):
        label = f"[[late.rule]] #{j}"
        rt = Table(raw_rule, FILE, label, ctx.problems)
        kinds, ids = rt.strs("kinds"), rt.strs("ids")
        status = rt.choice("status", LATE_STATUSES, "rules")
        quote = rt.str("quote")
        if not kinds and not ids:
            rt.problem("kinds", "say which work the rule is for: kinds and/or ids")
        for kind in kinds:
            if kind not in ASSIGNMENT_KINDS:
                rt.problem("kinds", f"unknown assignment kind {kind!r}; expected some of {', '.join(ASSIGNMENT_KINDS)}")
            elif kind not in used_kinds:
                rt.problem("kinds", f"no assignment has kind {kind!r}")
        for item in ids:
            if item not in known:
                rt.problem("ids", f"no assignment with id {item!r}")
        for field_name, values in (("kinds", kinds), ("ids", ids)):
            for value in values:
                first = named_by.setdefault((field_name, value), j)
                if first != j:
                    rt.problem(field_name, f"{value!r} already has a rule: [[late.rule]] #{first}")
        policy = _rule_policy(rt, status, quote, general, label)
        rt.reject_unknown()
        _check_pool_conflict(rt, general, kinds, ids, policy)
        rules.append(LateRule(kinds=kinds, ids=ids, policy=policy))
    return tuple(rules)


def _rule_policy(rt: Table, status: str | None, quote: str, general: LatePolicy, label: str) -> LatePolicy:
    """The rule's own policy: its status, and its penalty and cutoff (the general ones where it gives none)."""
    if status != "rules":
        for name in ("penalty", "cutoff"):
            if name in rt.raw:
                rt.problem(name, f"a rule with status {status!r} has no {name}")
                rt.used.add(name)
        return LatePolicy(
            status=status or "unknown",
            pool=general.pool,
            penalty=None,
            cutoff=None,
            measure=general.measure,
            quote=quote,
        )
    inherits = general.status == "rules"
    penalty = general.penalty if inherits and "penalty" not in rt.raw else _penalty(rt, f"{label} penalty")
    cutoff = general.cutoff if inherits and "cutoff" not in rt.raw else _cutoff(rt, f"{label} cutoff")
    _check_ends(rt, "penalty", penalty, cutoff)
    return LatePolicy(
        status="rules", pool=general.pool, penalty=penalty, cutoff=cutoff, measure=general.measure, quote=quote
    )


def _check_pool_conflict(
    rt: Table, general: LatePolicy, kinds: tuple[str, ...], ids: tuple[str, ...], policy: LatePolicy
) -> None:
    """Work that is not accepted late cannot also be named as covered by the pool."""
    pool = general.pool
    if pool is None or policy.status != "none":
        return
    for kind in kinds:
        if kind in pool.covers_kinds:
            rt.problem(
                "kinds", f"[late.pool] covers_kinds names {kind!r}, but this rule takes no late work of that kind"
            )
    for item in ids:
        if item in pool.covers_ids:
            rt.problem("ids", f"[late.pool] covers names {item!r}, but this rule takes no late work for it")


def _pool(t: Table, ctx: LoadContext, assignments: tuple[Assignment, ...]) -> Pool | None:
    pt = Table(t.table("pool"), FILE, "[late.pool]", ctx.problems)
    total = pt.number("total")
    cap = pt.maybe(pt.number, "max_per_assignment", None, unknown=None)
    if "max_per_assignment" in pt.raw and cap is None:
        pt.problem("max_per_assignment", "leave it out when there is no cap; write the number when there is")
    for name, value in (("total", total), ("max_per_assignment", cap)):
        if isinstance(value, float) and value < 0:
            pt.problem(name, "must not be negative")
    name = pt.str("name", "late day")
    covers_kinds = pt.strs("covers_kinds")
    covers = pt.strs("covers")
    excludes = pt.strs("excludes")
    known = {a.id for a in assignments}
    for kind in covers_kinds:
        if kind not in ASSIGNMENT_KINDS:
            pt.problem(
                "covers_kinds", f"unknown assignment kind {kind!r}; expected some of {', '.join(ASSIGNMENT_KINDS)}"
            )
    for field_name, ids in (("covers", covers), ("excludes", excludes)):
        for item in ids:
            if item not in known:
                pt.problem(field_name, f"no assignment with id {item!r}")
    if not covers_kinds and not covers:
        pt.problem("covers_kinds", "say which assignments the pool covers (covers_kinds and/or covers)")
    pool = Pool(
        total=total or 0.0,
        name=name,
        plural=pt.str("plural", f"{name}s"),
        max_per_assignment=cap,
        unit=pt.choice("unit", POOL_UNITS, "day"),
        rounding=pt.choice("rounding", ROUNDINGS, "up"),
        applied=pt.choice("applied", POOL_APPLIED, "auto"),
        covers_kinds=covers_kinds,
        covers_ids=covers,
        excludes=excludes,
    )
    pt.reject_unknown()
    return pool


def _penalty(t: Table, label: str = "[late.penalty]") -> Penalty | None:
    raw = t.table("penalty")
    if isinstance(raw, str):
        value = raw.strip().lower()
        if value == "unknown":
            return UNKNOWN
        if value == "none":
            return None
        t.problem("penalty", 'expected a [late.penalty] table, "none" (no penalty) or "unknown"')
        return UNKNOWN
    if not raw:
        t.problem("penalty", 'is missing: give [late.penalty] steps, or penalty = "unknown" when the page does not say')
        return UNKNOWN
    pt = Table(raw, FILE, label, t.problems)
    floor = pt.number("floor", 0.0)
    if isinstance(floor, float) and not 0.0 <= floor <= 1.0:
        pt.problem("floor", "must be between 0 and 1 (the least credit a penalty can leave)")
    steps = []
    for j, raw_step in enumerate(pt.tables("steps"), 1):
        st = Table(raw_step, FILE, f"{label} step #{j}", t.problems)
        hours = st.number("up_to_hours", None)
        days = st.number("up_to_days", None)
        if hours is not None and days is not None:
            st.problem("up_to_days", "give up_to_hours or up_to_days, not both")
        up_to = (
            dt.timedelta(hours=hours) if hours is not None else (dt.timedelta(days=days) if days is not None else None)
        )
        if up_to is not None and up_to <= dt.timedelta(0):
            st.problem("up_to_hours", "must be more than 0")
        fixed = st.number("penalty", None)
        rate = st.number("rate", None)
        if (fixed is None) == (rate is None):
            st.problem("penalty", "give either a fixed `penalty` or a `rate` (with `per`)")
        for name, value in (("penalty", fixed), ("rate", rate)):
            if value is not None and not 0.0 <= value <= 1.0:
                st.problem(name, "must be between 0 and 1 (0.05 = 5%)")
        steps.append(
            PenaltyStep(
                up_to=up_to,
                penalty=fixed,
                rate=rate,
                per=st.choice("per", POOL_UNITS, "hour"),
                rounding=st.choice("rounding", ROUNDINGS, "up"),
            )
        )
        st.reject_unknown()
    if not steps:
        pt.problem("steps", "needs at least one step")
    for earlier, later in pairwise(steps):
        if earlier.up_to is None:
            pt.problem("steps", "only the last step can be open-ended (no up_to)")
            break
        if later.up_to is not None and later.up_to <= earlier.up_to:
            pt.problem("steps", "steps must be in order of up_to")
            break
    penalty = Penalty(steps=tuple(steps), applies=pt.choice("applies", PENALTY_MODES, "multiply"), floor=floor or 0.0)
    pt.reject_unknown()
    if steps:
        _check_monotone(pt, penalty)
    return penalty


def _check_monotone(pt: Table, penalty: Penalty) -> None:
    """A later submission must never cost less: refuse a schedule whose penalty drops at a step boundary."""
    probes = sorted({s.up_to for s in penalty.steps if s.up_to is not None})
    for edge in probes:
        before, after = penalty.fraction(edge), penalty.fraction(edge + _SECOND)
        if before is not None and after is not None and after < before:
            pt.problem("steps", f"the penalty drops after {edge}: later work would lose less than earlier work")
            return


def _cutoff(t: Table, label: str = "[late.cutoff]") -> Cutoff | None:
    raw = t.table("cutoff")
    if isinstance(raw, str):
        value = raw.strip().lower()
        if value == "none":
            return None
        if value == "unknown":
            return UNKNOWN
        t.problem("cutoff", 'expected a [late.cutoff] table, "none" (accepted however late) or "unknown"')
        return UNKNOWN
    if not raw:
        t.problem("cutoff", 'is missing: give [late.cutoff], cutoff = "none", or cutoff = "unknown"')
        return UNKNOWN
    ct = Table(raw, FILE, label, t.problems)
    hours = ct.number("after_hours", None)
    days = ct.number("after_days", None)
    if (hours is None) == (days is None):
        ct.problem("after_hours", "give after_hours or after_days (one of them)")
    after = dt.timedelta(hours=hours) if hours is not None else dt.timedelta(days=days or 0)
    if after < dt.timedelta(0):
        ct.problem("after_hours", "must not be negative")
    cutoff = Cutoff(
        after=after,
        permission_lifts=ct.bool("permission_lifts", False),
        permission_from=ct.str("permission_from", ""),
        unit="hours" if hours is not None else "days",
    )
    ct.reject_unknown()
    return cutoff
