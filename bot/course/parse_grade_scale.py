"""policies.toml `[grade_scale]`: the grades from best to worst with the lowest score of each, the pass mark, the
hurdles (a minimum on an exam or a group of work, work that must be submitted), curve and rounding."""

from __future__ import annotations

from typing import Any

from bot.course.checked_toml import Table, as_written
from bot.course.load_context import LoadContext
from bot.course.model import Assignment, Exam, GradeBand, GradeScale, Hurdle, Rounding

FILE = "policies.toml"
ITEM = "[grade_scale]"
_CURVE = {"yes": True, "no": False, "unknown": None}
DIRECTIONS = ("nearest", "up", "down")
BETTER = ("higher", "lower")


def parse_grade_scale(
    raw: dict[str, Any], ctx: LoadContext, assignments: tuple[Assignment, ...], exams: tuple[Exam, ...]
) -> GradeScale | None:
    """The course's grade scale, or None when policies.toml has no [grade_scale] (the page gives none)."""
    if "grade_scale" not in raw:
        return None
    t = Table(raw["grade_scale"], FILE, ITEM, ctx.problems)
    out_of = t.number("out_of", 100.0)
    if out_of is None or out_of <= 0:
        if out_of is not None:
            t.problem("out_of", "must be above 0 (100: the scores are percentages)")
        out_of = 100.0
    bands = _bands(t, out_of)
    lower_better = _better(t, bands, out_of)
    pass_grade, pass_mark = _pass(t, bands, out_of)
    curve = _CURVE.get(t.choice("curve", tuple(_CURVE), "unknown") or "unknown")
    curve_text = t.str("curve_text", "")
    rounding = _rounding(t)
    hurdles = _hurdles(t, out_of, assignments, exams)
    quote = t.str("quote", "")
    if not quote:
        t.problem("quote", "quote the page's words for the grade scale")
    if not bands and pass_mark is None:
        t.problem("bands", "give the grades (`bands`), the pass mark (`pass`), or both")
    t.reject_unknown()
    return GradeScale(
        bands=bands,
        out_of=out_of,
        pass_grade=pass_grade,
        pass_mark=pass_mark,
        hurdles=hurdles,
        curve=curve,
        curve_text=curve_text,
        rounding=rounding,
        quote=quote,
        lower_better=lower_better,
    )


def _better(t: Table, bands: tuple[GradeBand, ...], out_of: float) -> bool:
    """Whether a lower mark is better (`better = "lower"`: a 1.0-5.0 mark where 1.0 is best). A scale of marks that
    are not percentages, without bands, must say which way it runs: read the wrong way, every verdict inverts."""
    better = t.choice("better", BETTER, "")
    if better == "lower" and bands:
        t.problem(
            "better",
            '`better = "lower"` is for a scale without bands (the mark itself is the grade); with bands, give each '
            "grade's lowest percentage in `bands` (higher is better) and leave `better` out",
        )
        return False
    if not better and not bands and out_of != 100:
        t.problem(
            "better",
            f'marks out of {out_of:g} without bands: say which way they run, `better = "higher"` (a 10 beats a 6) '
            'or `better = "lower"` (a 1.0 beats a 4.0)',
        )
    return better == "lower"


def _bands(t: Table, out_of: float) -> tuple[GradeBand, ...]:
    out: list[GradeBand] = []
    for i, raw in enumerate(t.tables("bands"), 1):
        label = raw.get("grade", f"#{i}") if isinstance(raw, dict) else f"#{i}"
        b = Table(raw, FILE, f"{ITEM} band '{label}'", t.problems)
        grade = b.str("grade")
        lowest = b.number("from")
        names = b.strs("names")
        b.reject_unknown()
        if not grade or lowest is None:
            continue
        if not 0 <= lowest <= out_of:
            b.problem("from", f"must be between 0 and {out_of:g} (the scale's `out_of`)")
            continue
        if any(g.grade.casefold() == grade.casefold() for g in out):
            b.problem("grade", f"{grade!r} is given twice")
            continue
        if out and lowest >= out[-1].lowest:
            above = f"{out[-1].lowest:g} of {out[-1].grade!r}"
            b.problem("from", f"is not below the {above}: list bands from best to worst")
            continue
        out.append(GradeBand(grade, lowest, names))
    return tuple(out)


def _pass(t: Table, bands: tuple[GradeBand, ...], out_of: float) -> tuple[str, float | None]:
    """The lowest passing grade (a band's) and score: `pass = "D"` gives both, `pass = 5.5` the score."""
    value = t.raw.get("pass", "unknown")
    t.used.add("pass")
    if isinstance(value, str):
        if value.strip().lower() == "unknown":
            return "", None
        band = next((b for b in bands if b.grade.casefold() == value.strip().casefold()), None)
        if band is None:
            t.problem("pass", f"{value!r} is not one of the `bands` grades (or give the pass mark as a number)")
            return "", None
        return band.grade, band.lowest
    if isinstance(value, bool) or not isinstance(value, int | float):
        t.problem("pass", f'expected a band\'s grade, a number or "unknown", found {as_written(value)}')
        return "", None
    if not 0 < value <= out_of:
        t.problem("pass", f"must be above 0 and at most {out_of:g} (the scale's `out_of`)")
        return "", None
    band = next((b for b in bands if b.lowest == value), None)
    return (band.grade if band else ""), float(value)


def _rounding(t: Table) -> Rounding | None:
    value = t.raw.get("rounding", "unknown")
    t.used.add("rounding")
    if isinstance(value, str) and value.strip().lower() == "unknown":
        return None
    if not isinstance(value, dict):
        t.problem("rounding", 'expected "unknown" or a table like { step = 1, direction = "nearest", text = "..." }')
        return None
    r = Table(value, FILE, f"{ITEM} rounding", t.problems)
    step = r.number("step")
    direction = r.choice("direction", DIRECTIONS, "nearest")
    text = r.str("text", "")
    r.reject_unknown()
    if step is not None and step <= 0:
        r.problem("step", "must be above 0 (1: whole numbers, 0.5: halves)")
        return None
    if step is None or direction is None:
        return None
    return Rounding(step, direction, text)


def _hurdles(
    t: Table, out_of: float, assignments: tuple[Assignment, ...], exams: tuple[Exam, ...]
) -> tuple[Hurdle, ...] | None:
    """Each [[grade_scale.hurdle]]; `hurdles = "none"` where the page says there are none; None when it is silent."""
    tables = t.each("hurdle", "name", f"{ITEM} hurdle '{{}}'")
    said = t.choice("hurdles", ("none", "unknown"), "")
    if said and tables:
        t.problem("hurdles", 'give either `hurdles = "none"`/"unknown" or [[grade_scale.hurdle]] tables, not both')
    if not tables:
        return () if said == "none" else None
    known_exams = {e.id for e in exams}
    known_ids = {a.id for a in assignments}
    known_kinds = {a.kind for a in assignments}
    out = []
    for h in tables:
        name = h.str("name")
        exam_ids = h.strs("exams")
        for e in exam_ids:
            if e not in known_exams:
                h.problem("exams", f"no exam has the id {e!r}")
        ids = h.strs("ids")
        for i in ids:
            if i not in known_ids:
                h.problem("ids", f"no assignment has the id {i!r}")
        kinds = h.strs("kinds")
        for kind in kinds:
            if kind not in known_kinds:
                h.problem("kinds", f"no assignment has the kind {kind!r}")
        covered = tuple(a.id for a in assignments if a.id in ids or a.kind in kinds)
        minimum = h.number("minimum", None)
        submit = h.bool("submit", False)
        hurdle_out_of = h.number("out_of", out_of)
        if (minimum is None) == (not submit):
            h.problem("minimum", "give either `minimum` (the least score on it) or `submit = true` (hand it in)")
        if minimum is not None and hurdle_out_of and not 0 < minimum <= hurdle_out_of:
            h.problem("minimum", f"must be above 0 and at most {hurdle_out_of:g}")
        missed = h.maybe(h.str, "missed", None, unknown="")
        if missed is None:
            h.problem("missed", 'say what happens when it is not met, in the page\'s words (or "unknown")')
        h.reject_unknown()
        if name:
            out.append(Hurdle(name, minimum, hurdle_out_of or out_of, exam_ids, covered, missed or ""))
    return tuple(out)
