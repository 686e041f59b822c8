"""Deadlines: what is due soon, one assignment in detail, releases, and the JSON the CLI prints."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.clock_change import cutoff_note
from bot.answers.hand_in import card_lines
from bot.answers.late_terms import own_rule_sentence, penalty_sentences
from bot.core.answer import Answer, Field, Stamp, text, when
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import canonical
from bot.core.timefmt import human_date, human_time, iso
from bot.core.window import Window, days_from
from bot.course.late_policy import Cutoff
from bot.course.model import Assignment, Course
from bot.course.unknown import PAGE_SILENT
from bot.course.windows import extension_request_deadline, grace_applies, latest_accepted, regrade_closes

DUE_TIME_NOTE = "The course page gives due dates only; {time} course time is assumed until staff confirm it."


def assignment_names(item: Assignment) -> list[str]:
    return [item.id, item.title, item.short, *item.aliases]


def find_assignments(course: Course, query: str) -> list[Assignment]:
    """Assignments a name refers to: 'hw3', 'Homework 3', 'HW4 part b'; 'hw4' names both parts of HW4."""
    return _named(course, query)[1]


def _named(course: Course, query: str) -> tuple[str, list[Assignment]]:
    """How the query names its assignments ("exact", "prefix", "close" or "none") and those assignments."""
    exact = course.assignment(query)
    if exact is not None:  # an id (autocomplete, the answer engine): no need to compare every name
        return "exact", [exact]
    how, keys = course.assignments_by_name.lookup(query)
    if not keys and canonical(query):
        # "hw4" when only "hw4a"/"hw4b" exist and no group is declared.
        q = canonical(query)
        keys = [a.id for a in course.assignments if re.fullmatch(rf"{re.escape(q)}[a-z]", canonical(a.short))]
        how = "exact" if keys else "none"
    return how, [a for a in course.assignments if a.id in keys]


def _one_thing(items: list[Assignment]) -> bool:
    """One assignment, or the parts of one (a declared group)."""
    return len(items) == 1 or (bool(items[0].group) and all(a.group == items[0].group for a in items))


def resolve_assignments(course: Course, query: str, *, sure: bool = False) -> list[Assignment]:
    """The assignment (or the parts of one) a typed name refers to. A name that fits several different assignments
    ('homework', 'hw') is refused with the choices, never taken as one of them; with `sure` (staff writes) a close
    (typo) match is refused too."""
    how, found = _named(course, query)
    if not found:
        if not course.assignments:
            raise UserError("The course data lists no assignments yet.")
        known = ", ".join(a.short for a in course.assignments)
        raise UserError(f"I don't know an assignment called {query.strip()!r}. The course has: {known}.")
    if how != "exact" and not _one_thing(found):
        raise UserError(f"{query.strip()!r} could be {_listed(found)}. Which one?")
    if sure and how == "close":
        raise UserError(
            f"I don't know an assignment called {query.strip()!r}. Did you mean {_listed(found)}? "
            "Pick it from the list."
        )
    return found


def resolve_next_assignments(course: Course, query: str, now: dt.datetime) -> tuple[list[Assignment], str]:
    """resolve_assignments for a command about what is next: a name that fits several assignments gives the
    nearest one still to come (its parts with it), and a note saying which were meant; with none to come, the
    student is asked which one."""
    how, found = _named(course, query)
    if found and how == "close" and _one_thing(found):  # a typo: say which assignment it was taken as
        shown = " & ".join(a.short for a in found)
        return found, f"No assignment is called {query.strip()!r}; showing {shown}, the closest name."
    if not found or how == "exact" or _one_thing(found):
        return resolve_assignments(course, query), ""
    coming = sorted((a for a in found if a.due > now), key=_due_key)
    if not coming:
        raise UserError(f"{query.strip()!r} could be {_listed(found)}, all past. Which one?")
    first = coming[0]
    chosen = [a for a in found if a is first or (first.group and a.group == first.group)]
    shown = " & ".join(a.short for a in chosen)
    return chosen, f"{query.strip()!r} fits several assignments ({_listed(found)}); {shown} is the next one due."


def _listed(items: list[Assignment], most: int = 10) -> str:
    names = [a.short for a in items[:most]]
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return ", ".join(names) + more


def assignment_choices(course: Course, typed: str, limit: int = 25) -> list[tuple[str, str]]:
    """(label, id) pairs for autocomplete, filtered by what has been typed so far."""
    q = canonical(typed)
    out = []
    for a in course.assignments:
        label = f"{a.short}: {a.title}" if a.short != a.title else a.title
        if not q or any(q in canonical(n) for n in assignment_names(a)):
            out.append((label[:100], a.id))
    return out[:limit]


def _sections_note(course: Course, item: Assignment) -> str:
    if set(course.section_ids()) <= set(item.sections):
        return ""
    return f" ({', '.join(course.section_labels(item.sections))} only)"


def due_line(course: Course, item: Assignment) -> tuple:
    """One line of a list of what is due: the short name, its due moment, and the full title when it differs."""
    # the full title beside the short name: a list of what is due is read by students who know "Problem Set 3"
    # (not beside a section note: the title of a section's own copy only repeats the section)
    note = _sections_note(course, item)
    titled = (f" · {item.title}",) if _short_differs(item) and not note else ()
    # a short name that is the title in other capitals ("Sequence analysis"): the page's own title, as students see it
    name = item.short if _short_differs(item) else item.title
    return text(f"**{name}**{note}: ", *when(item.due), *titled)


def _short_differs(item: Assignment) -> bool:
    return "".join(item.short.lower().split()) != "".join(item.title.lower().split())


def _due_time_footer(course: Course, items: list[Assignment]) -> str:
    if any(a.due_time_assumed for a in items):
        return DUE_TIME_NOTE.format(time=human_time(course.default_due_time))
    return ""


def upcoming_deadlines(
    course: Course, now: dt.datetime, window: Window | None = None, section: str | None = None
) -> Answer:
    """What is due from now until the end of the window (default: the next 7 days)."""
    section = course.check_section(section)
    window = window or days_from(now, 7)
    items = [a for a in course.due_after(now, window.end) if a.is_for(section)]
    who = f" for {course.section_label(section)}" if section else ""
    if items:
        return Answer(
            title=f"Due {window.label}{who}",
            lines=tuple(due_line(course, a) for a in items),
            footer=_due_time_footer(course, items),
        )
    later = [a for a in course.due_after(window.end) if a.is_for(section)]
    lines = [text(f"Nothing is due {window.label}{who}.")]
    if later:
        lines.append(text("Next up: ", *due_line(course, later[0])))
    elif not any(a.is_for(section) for a in course.due_after(now)):
        lines.append(text(f"Every deadline of {course.term} has passed."))
    return Answer(title=f"Due {window.label}{who}", lines=tuple(lines))


def _due_key(item: Assignment) -> tuple:
    return (item.due, item.id)


def all_deadlines(course: Course, section: str | None = None) -> list[Assignment]:
    section = course.check_section(section)
    return sorted((a for a in course.assignments if a.is_for(section)), key=_due_key)


def deadline_detail(course: Course, query: str, now: dt.datetime, published: dict | None = None) -> Answer:
    """Everything about one assignment (or both parts of one): due, release, parts, grace days, windows."""
    items, chosen = resolve_next_assignments(course, query, now)
    fields = tuple(_detail_field(course, a, now, (published or {}).get(a.id)) for a in items)
    title = items[0].title if len(items) == 1 else " & ".join(a.short for a in items)
    return Answer(
        title=title,
        lines=(text(chosen),) if chosen else (),
        fields=fields,
        footer=_due_time_footer(course, items),
    )


def _detail_field(course: Course, item: Assignment, now: dt.datetime, published: dt.datetime | None) -> Field:
    state = "was due" if item.due <= now else "is due"
    lines = [text(f"{item.short} {state} ", *when(item.due))]
    if item.release:
        released = "was released" if item.release <= now.astimezone(course.tz).date() else "will be released"
        lines.append(text(f"It {released} on {human_date(item.release)}."))
    else:
        lines.append(text("Its release date is not on the course page."))
    if item.parts:
        lines.append(
            text(
                f"Parts: {', '.join(item.parts)}. "
                + (
                    "Each part's lateness counts on its own."
                    if course.late.measure == "each-part"
                    else "Lateness counts from the latest timestamp of any part."
                )
                if len(item.parts) > 1
                else f"Part: {item.parts[0]}."
            )
        )
    if len(course.sections) > 1 and not set(course.section_ids()) <= set(item.sections):
        lines.append(text(f"For: {', '.join(course.section_labels(item.sections))} only."))
    lines += late_lines(course, item)
    lines += _extension_lines(course, item, now)
    if published:
        closes = regrade_closes(course, published)
        if closes is None:
            lines.append(text(f"Grades are published; how long regrade requests stay open: {PAGE_SILENT}."))
        else:
            state = "closed" if closes <= now else "close"
            lines.append(text(f"Regrade requests {state} ", *when(closes), "."))
    lines += card_lines(course, item)
    if item.notes:
        lines.append(text(item.notes))
    return Field(name=item.title, lines=tuple(lines))


# The late-policy lines of each assignment depend on the course alone: made once per course and assignment (keyed
# by the assignment object, which lives as long as its course), not on every /deadline.
_LATE_LINES: Kept[tuple[tuple, ...]] = Kept(size=512)


def late_lines(course: Course, item: Assignment) -> tuple[tuple, ...]:
    """The lines of an assignment's card that give its late rule (see `_late_lines`), as the card shows them."""
    return _LATE_LINES.get(course, id(item), lambda: tuple(_late_lines(course, item)))


def _late_lines(course: Course, item: Assignment) -> list[tuple]:
    """The late policy as it touches this assignment: its pool, and the cutoff only when the course states one
    (its own late rule, when it has one)."""
    course = course.with_late_of(item)
    late = course.late
    if late.own_rule and late.status != "rules":
        return [text(own_rule_sentence(late))]
    if late.status == "none":
        return [text("Late work is not accepted.")]
    if late.status != "rules":
        return [text("What happens to late work: the course page doesn't say.")]
    pool = late.pool
    lines = [text(own_rule_sentence(late))] if late.own_rule else []
    if pool is not None and grace_applies(course, item):
        cap = f" (at most {pool.words(pool.cap)} on this one)" if pool.max_per_assignment is not None else ""
        lines.append(text(f"{pool.plural.capitalize()} apply{cap}."))
    elif pool is not None:
        lines.append(text(f"{pool.plural.capitalize()} do not apply to this one."))
    if pool is None or not grace_applies(course, item):
        lines += [text(sentence) for sentence in penalty_sentences(course)]
    last = latest_accepted(course, item)
    if isinstance(late.cutoff, Cutoff) and last is not None:
        who = ""
        if late.cutoff.permission_lifts:
            who = (
                f" without permission from {late.cutoff.permission_from}"
                if late.cutoff.permission_from
                else (" without permission")
            )
        moved = cutoff_note(course.tz, item.due, last)
        lines.append(
            text("Nothing is accepted after ", Stamp(last, "F"), f"{who}" + (f" ({moved})." if moved else "."))
        )
    return lines


def _extension_lines(course: Course, item: Assignment, now: dt.datetime) -> list[tuple]:
    """How to ask for an extension, with the notice deadline only when the course gives one."""
    rules = course.extensions
    contact = rules.contact or "course staff"
    ask_by = extension_request_deadline(course, item)
    if ask_by is not None:
        passed = " (that has passed)" if ask_by <= now else ""
        lines = [text(f"Extensions: ask {contact} by ", Stamp(ask_by, "F"), f"{passed}.")]
        if ask_by <= now and rules.emergency:
            lines.append(text(rules.emergency))  # the policy's own sentence, whole, after the line it qualifies
        return lines
    if rules.contact:
        return [text(f"Extensions: ask {contact}.")]
    return []


def releases(course: Course, now: dt.datetime, window: Window | None = None, section: str | None = None) -> Answer:
    """What gets released in the window (default: the next 7 days; by date: release times are not on the page)."""
    section = course.check_section(section)
    window = window or days_from(now, 7)
    today = now.astimezone(course.tz).date()
    items = [
        a
        for a in course.assignments
        if a.release and a.is_for(section) and today <= a.release <= window.end.astimezone(course.tz).date()
    ]
    if not items:
        upcoming = sorted((a for a in course.assignments if a.release and a.release > today), key=lambda a: a.release)
        lines = [text(f"Nothing is released {window.label}.")]
        if upcoming:
            lines.append(text(f"Next release: {upcoming[0].short} on {human_date(upcoming[0].release)}."))
        return Answer(title="Releases", lines=tuple(lines))
    return Answer(
        title=f"Released {window.label}",
        lines=tuple(text(f"**{a.short}**{_sections_note(course, a)}: {human_date(a.release)}") for a in items),
    )


def deadline_record(course: Course, item: Assignment) -> dict:
    """The JSON shape of `coursebot deadlines --json`."""
    return {
        "id": item.id,
        "title": item.title,
        "short": item.short,
        "kind": item.kind,
        "due": iso(item.due, course.tz),
        "due_time_assumed": item.due_time_assumed,
        "release": item.release.isoformat() if item.release else None,
        "sections": list(item.sections),
        "parts": list(item.parts),
        "grace_days": grace_applies(course, item),
        "extension_request_by": _iso_or_none(extension_request_deadline(course, item), course),
        "latest_accepted": _iso_or_none(latest_accepted(course, item), course),
    }


def _iso_or_none(moment: dt.datetime | None, course: Course) -> str | None:
    return iso(moment, course.tz) if moment is not None else None
