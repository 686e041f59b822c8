"""A course N times the size of a real one, for benchmarks: N copies of every schedule row, deadline, person,
exam and policy, each copy with its own words (so the vocabulary and the indexes grow N times), on the same
term dates. Copy 0 is the original, so the original's questions still have their answers.
"""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import Course


def _tagged(text: str, copy: int) -> str:
    """Every word of a name made the copy's own: "Hashing Theory" -> "Hashing7 Theory7"."""
    if copy == 0 or not text:
        return text
    return " ".join(f"{word}{copy}" if word[:1].isalpha() else word for word in text.split())


def scaled(course: Course, factor: int) -> Course:
    """The course with `factor` copies of everything (ids made unique per copy)."""
    schedule, assignments, people, exams, policies = [], [], [], [], []
    for k in range(factor):
        suffix = f"-{k}" if k else ""
        schedule += [
            replace(
                row,
                title=_tagged(row.title, k),
                keywords=tuple(_tagged(w, k) for w in row.keywords),
                resources=tuple(replace(r, label=_tagged(r.label, k)) for r in row.resources),
                exam_id=f"{row.exam_id}{suffix}" if row.exam_id else None,
            )
            for row in course.schedule
        ]
        assignments += [
            replace(
                a,
                id=f"{a.id}{suffix}",
                title=f"{a.title} v{k}" if k else a.title,
                short=f"{a.short} v{k}" if k else a.short,
                aliases=tuple(f"{alias} v{k}" if k else alias for alias in a.aliases),
                group=f"{a.group}{suffix}" if a.group else None,
            )
            for a in course.assignments
        ]
        people += [
            replace(p, id=f"{p.id}{suffix}", name=_tagged(p.name, k), aliases=tuple(_tagged(x, k) for x in p.aliases))
            for p in course.people
        ]
        exams += [
            replace(e, id=f"{e.id}{suffix}", title=_tagged(e.title, k), aliases=tuple(_tagged(x, k) for x in e.aliases))
            for e in course.exams
        ]
        policies += [
            replace(
                p,
                id=f"{p.id}{suffix}",
                title=_tagged(p.title, k),
                keywords=tuple(_tagged(x, k) for x in p.keywords),
                summary=_tagged(p.summary, k),
                quote=_tagged(p.quote, k),
            )
            for p in course.policies
        ]
    return replace(
        course,
        schedule=tuple(schedule),
        assignments=tuple(assignments),
        people=tuple(people),
        exams=tuple(exams),
        policies=tuple(policies),
    )
