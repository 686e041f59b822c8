"""exams.toml `[[exam.sitting]]`: an exam's other sittings (an alternate time for a clash, a make-up, a retake, a
supplementary exam), each with its own date, time, room, who may sit it, how to register and what its result does."""

from __future__ import annotations

import datetime as dt

from bot.core.matching import fold
from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import SITTING_KINDS, Exam, ExamSitting

FILE = "exams.toml"


def parse_sittings(t: Table, ctx: LoadContext) -> tuple[ExamSitting, ...]:
    """The exam table's sittings, each checked; problems name the exam, the sitting and the field."""
    out = []
    exam_day = t.raw.get("date")
    exam_day = exam_day if isinstance(exam_day, dt.date) and not isinstance(exam_day, dt.datetime) else None
    for st in t.each("sitting", "name", f"{t.item} sitting '{{}}'"):
        sitting = _sitting(st, ctx, exam_day)
        st.reject_unknown()
        if sitting is not None:
            out.append(sitting)
    seen: dict[str, str] = {}
    for sitting in out:
        for name in sitting.names:
            key = fold(name).strip()
            if key in seen and seen[key] != sitting.name:
                t.problem("sitting", f"sittings '{seen[key]}' and '{sitting.name}' share the name {name!r}")
            seen.setdefault(key, sitting.name)
    names = [fold(s.name).strip() for s in out]
    for twice in sorted({n for n in names if names.count(n) > 1}):
        t.problem("sitting", f"two sittings are named {twice!r}")
    return tuple(out)


# Kinds held because the exam was missed or failed: never before the exam itself.
_AFTER_THE_EXAM = {"make_up": "make-up", "retake": "retake", "supplementary": "supplementary exam"}


def _sitting(st: Table, ctx: LoadContext, exam_day: dt.date | None) -> ExamSitting | None:
    """One sitting, each field checked (a problem names the file, exam, sitting and field); None when it has no
    name or kind, so that no student is shown a sitting the check refused."""
    name = st.str("name", empty="give the sitting the name students know it by")
    kind = st.choice("kind", SITTING_KINDS)
    day = st.maybe(st.date, "date", unknown=None)
    start = st.maybe(st.time, "start", None)
    end = st.maybe(st.time, "end", None)
    if start and end and end <= start:
        st.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
    if end and start is None:
        st.problem("end", "an end with no start time: give `start` too, or drop the end")
    if isinstance(day, dt.date):
        # a retake or supplementary exam often falls after the term: only a date before the term starts is refused
        if ctx.term_first is not None and day < ctx.term_first:
            st.problem("date", f"{day} is before the term starts ({ctx.term_first} in [term_dates])")
        if kind in _AFTER_THE_EXAM and exam_day is not None and day < exam_day:
            st.problem("date", f"{day} is before its exam ({exam_day}): a {_AFTER_THE_EXAM[kind]} comes after the exam")
        ctx.exists(st, "start", day, start)
        ctx.exists(st, "end", day, end)
    sitting = ExamSitting(
        name=name or "",
        kind=kind or "other",
        date=day if isinstance(day, dt.date) else None,
        start=start,
        end=end,
        room=ctx.text(st, "room"),
        who=ctx.text(st, "who"),
        register=ctx.text(st, "register"),
        counts=ctx.text(st, "counts"),
        aliases=st.strs("aliases"),
    )
    return sitting if name and kind is not None else None


def check_sitting_names(exams: tuple[Exam, ...], ctx: LoadContext) -> None:
    """A sitting named like an exam of the course ("retake" for both) would make "when is the retake" two things."""
    exam_names = {fold(n).strip(): e.id for e in exams for n in (e.id, e.title, *e.aliases)}
    for exam in exams:
        for sitting in exam.sittings:
            for name in sitting.names:
                other = exam_names.get(fold(name).strip())
                if other is not None:
                    item = f"exam '{exam.id}' sitting '{sitting.name}'"
                    field = "name" if name == sitting.name else "aliases"
                    message = f"{name!r} also names exam '{other}': drop it from one of the two"
                    ctx.problems.append(Problem(FILE, item, field, message))
