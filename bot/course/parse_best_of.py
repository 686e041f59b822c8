"""assignments.toml `[[best_of]]`: work of which only the best count ("best 10 of 12", "the lowest quiz is dropped")."""

from __future__ import annotations

from typing import Any

from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import Assignment, BestOf

FILE = "assignments.toml"


def parse_best_of(raw: dict[str, Any], ctx: LoadContext, assignments: tuple[Assignment, ...]) -> tuple[BestOf, ...]:
    top = Table(raw, FILE, "", ctx.problems)
    out = []
    for t in top.each("best_of", "name", "best_of '{}'"):
        rule = _rule(t, assignments)
        t.reject_unknown()
        if rule is not None:
            out.append(rule)
    named = [i for rule in out for i in rule.ids]
    for twice in sorted({i for i in named if named.count(i) > 1}):
        ctx.problems.append(Problem(FILE, "[[best_of]]", "ids", f"assignment {twice!r} is named by two rules"))
    return tuple(out)


def _rule(t: Table, assignments: tuple[Assignment, ...]) -> BestOf | None:
    name = t.str("name")
    quote = t.str("quote")
    kinds = t.strs("kinds")
    ids = t.strs("ids")
    known_kinds = {a.kind for a in assignments}
    known_ids = {a.id for a in assignments}
    for kind in kinds:
        if kind not in known_kinds:
            t.problem("kinds", f"no assignment has the kind {kind!r}")
    for i in ids:
        if i not in known_ids:
            t.problem("ids", f"no assignment has the id {i!r}")
    covered = tuple(a.id for a in assignments if a.kind in kinds or a.id in ids)
    of = t.maybe(t.int, "of", None, unknown=None)
    best = t.int("count", None)
    drop = t.int("drop", None)
    if (best is None) == (drop is None):
        t.problem("count", "give either `count` (how many of the best count) or `drop` (how many of the lowest)")
        return None
    if covered and of is not None and of != len(covered):
        t.problem("of", f"is {of}, but the rule names {len(covered)} assignments")
        return None
    total = of if of is not None else (len(covered) or None)
    given = best if best is not None else drop
    if given is not None and given < 1:
        t.problem("count" if best is not None else "drop", "must be at least 1")
        return None
    if total is not None and given is not None and given >= total:
        t.problem("count" if best is not None else "drop", f"must be less than the {total} there are")
        return None
    if not quote:
        t.problem("quote", "quote the page's words for the rule")
    if total is not None:
        best, drop = (best, total - best) if best is not None else (total - drop, drop)
    return BestOf(name=name, ids=covered, of=total, best=best, drop=drop, quote=quote)
