"""The schedule: a day, a week, a date range, a topic, the next class meeting of a kind, days without class."""

from __future__ import annotations

import datetime as dt

from bot.answers.day_view import day_view, next_thing
from bot.answers.schedule_lines import day_line as day_line  # where the other answers import it from
from bot.core.answer import Answer, Stamp, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.core.timefmt import human_date
from bot.course.model import EXAM_KIND, NO_CLASS_KINDS, Course, ScheduleDay
from bot.course.occurrences import Occurrence, kind_matches, occurrences_between


def schedule_on(course: Course, day: dt.date, section: str | None = None) -> Answer:
    rows = [r for r in course.days_on(day) if r.is_for(section)]
    if rows:
        return Answer(title=f"Schedule for {human_date(day)}", lines=tuple(day_line(r, with_date=False) for r in rows))
    lines = [text(f"Nothing is on the schedule for {human_date(day)}."), *next_thing(course, day, section)]
    return Answer(title=f"Schedule for {human_date(day)}", lines=tuple(lines))


def schedule_between(
    course: Course, first: dt.date, last: dt.date, title: str | None = None, section: str | None = None
) -> Answer:
    """The rows from first to last; with a section, only those for it (a row for other sections only is left out)."""
    if last < first:
        raise UserError("That range ends before it starts.")
    rows = [r for r in course.schedule_between(first, last) if r.is_for(section)]
    lines = [day_line(r) for r in rows] or [text("Nothing is on the schedule in that range.")]
    return Answer(title=title or f"Schedule {human_date(first)} – {human_date(last)}", lines=tuple(lines))


def schedule_week(course: Course, day: dt.date, section: str | None = None) -> Answer:
    """The week around a day, Monday to Sunday: every schedule row, weekly meeting, exam and deadline each day has."""
    monday = day - dt.timedelta(days=day.weekday())
    return day_view(course, monday, monday + dt.timedelta(days=6), section, f"Week of {human_date(monday)}")


def find_topic(course: Course, query: str) -> list[ScheduleDay]:
    """Schedule rows about a topic: every word of the query in the title, keywords or readings."""
    words = [w for w in fold(query).split() if w not in _STOP]
    if not words:
        return []
    return [
        row
        for row, haystack, squashed in _TOPIC_TEXTS.get(course, "topics", lambda: _topic_texts(course))
        if all(f" {w} " in haystack or (len(w) > 3 and w in squashed) for w in words)
    ]


def _topic_texts(course: Course) -> tuple[tuple[ScheduleDay, str, str], ...]:
    """Each schedule row with its words as find_topic looks for them (folded once per course, not per question)."""
    texts = []
    for row in course.schedule:
        haystack = " " + fold(" ".join((row.title, *row.keywords, *(r.label for r in row.resources)))) + " "
        texts.append((row, haystack, haystack.replace(" ", "")))
    return tuple(texts)


_TOPIC_TEXTS: Kept[tuple[tuple[ScheduleDay, str, str], ...]] = Kept(size=32)


_STOP = frozenset(
    [
        "when",
        "is",
        "the",
        "a",
        "an",
        "on",
        "of",
        "about",
        "for",
        "do",
        "we",
        "cover",
        "covered",
        "lecture",
        "lectures",
        "class",
        "talk",
        "what",
        "which",
        "day",
        "week",
        "learn",
        "taught",
        "teach",
        "topic",
        "discussed",
        "discuss",
        "go",
        "over",
        "going",
    ]
)


def topic_answer(course: Course, query: str, section: str | None = None) -> Answer:
    rows = [r for r in find_topic(course, query) if r.is_for(section)]
    if not rows:
        raise UserError(
            f"I couldn't find {query.strip()!r} on the schedule. "
            "Try a word from a day's topic, or /schedule with a date.",
            suggestions=("/schedule",),
        )
    return Answer(title=f"“{query.strip()}” on the schedule", lines=tuple(day_line(r) for r in rows))


def next_class(
    course: Course,
    now: dt.datetime,
    kind: str | None = None,
    section: str | None = None,
    *,
    asked_on: dt.date | None = None,
    not_kinds: tuple[str, ...] = (),
) -> Answer:
    """The next class meeting of a kind (lecture, recitation, discussion section...), knowing the time of day.

    With meeting times in the data, a meeting that has ended is never "next" (one in progress is shown as now);
    without them (the page gives dates only) today's meeting still counts. `asked_on`: the day it is asked, when
    `now` is a later starting point ("the next lecture after friday"): only that day is "Today". `not_kinds`: kinds
    the student ruled out ("my next class, not the lab"), never shown.
    """
    section = course.check_section(section)
    today = now.astimezone(course.tz).date()
    label = course.kind_name(kind).lower() if kind and kind != EXAM_KIND else (kind or "class")
    every = (
        occurrences_between(course, today, course.term_last, kind=kind, section=section, include_cancelled=True)
        if kind != EXAM_KIND
        else []
    )
    if not_kinds:
        every = [o for o in every if not any(kind_matches(course, o.kind, k) for k in not_kinds)]
    timed = [o for o in every if o.end > now and not o.cancelled]
    # A schedule row on a day its kind meets is shown through that meeting (with its time and room).
    met = {(o.start.astimezone(course.tz).date(), _group(course, o.kind)) for o in every}
    row = next(
        (
            r
            for r in course.schedule
            if r.date >= today
            and (kind_matches(course, r.kind, kind) if kind else r.has_class)
            and not any(kind_matches(course, r.kind, k) for k in not_kinds)
            and (r.date, _group(course, r.kind)) not in met
            and r.is_for(section)
        ),
        None,
    )
    candidates: list[tuple[dt.datetime, Answer]] = []
    if timed:
        o = timed[0]
        candidates.append((o.start, _occurrence_answer(course, now, label, o)))
    if row is not None:
        when = "Today" if row.date == (asked_on or today) else human_date(row.date)
        answer = Answer(
            title=f"Next {label}",
            lines=(text(f"{when}: ", *day_line(row, with_date=False)), text("The time is not on the course page.")),
        )
        candidates.append((course.at(row.date, dt.time(0, 0)), answer))
    if not candidates:
        return Answer(title=f"Next {label}", lines=(text(_NONE_LEFT.format(_plural(course, kind, label))),))
    return min(candidates, key=lambda pair: pair[0].astimezone(dt.UTC))[1]


_NONE_LEFT = "There are no more {} this term."


def none_left(answer: Answer) -> bool:
    """Whether a `next_class` answer says no meeting of the kind is left in the term."""
    first = answer.lines[0][0] if answer.lines and answer.lines[0] else None
    return isinstance(first, str) and first.startswith(_NONE_LEFT.split("{", 1)[0]) and first.endswith("this term.")


def _plural(course: Course, kind: str | None, label: str) -> str:
    return course.kind_name(kind, plural=True).lower() if kind and kind != EXAM_KIND else f"{label}s"


def _group(course: Course, kind: str) -> str:
    found = course.meeting_kind(kind)
    return found.group if found else kind


def upcoming_of(course: Course, now: dt.datetime, kind: str) -> list[Occurrence]:
    """The meetings of a kind not yet over and not cancelled, from now to the term's end, soonest first."""
    today = now.astimezone(course.tz).date()
    return [o for o in occurrences_between(course, today, course.term_last, kind=kind) if o.end > now]


def occurrence_answer(course: Course, now: dt.datetime, o: Occurrence) -> Answer:
    """One meeting as the next of its kind: when (or "Now, until"), where, its section, staff and topic."""
    return _occurrence_answer(course, now, course.kind_name(o.kind).lower(), o)


def _occurrence_answer(course: Course, now: dt.datetime, label: str, o: Occurrence) -> Answer:
    running = o.start <= now < o.end
    lines = [
        text("Now, until ", Stamp(o.end, "t"), f" · {o.where}")
        if running
        else text(Stamp(o.start, "F"), " – ", Stamp(o.end, "t"), f" · {o.where}")
    ]
    if o.meeting.section:
        lines.append(text(f"Section {course.section_label(o.meeting.section)}."))
    names = [course.person(p).name for p in o.meeting.staff if course.person(p)]
    if names:
        lines.append(text(f"With {', '.join(names)}."))
    if o.topic is not None:
        lines.append(text("Topic: ", *day_line(o.topic, with_date=False, with_slot=False)))
    if o.note:
        lines.append(text(f"({o.note})"))
    return Answer(title=f"Next {label}", lines=tuple(lines))


def no_class_days(course: Course) -> Answer:
    rows = [r for r in course.schedule if r.kind in NO_CLASS_KINDS]
    lines = [text(f"{human_date(r.date)} · {r.title}") for r in rows] or [text("Every scheduled day has class.")]
    return Answer(title="Days without class", lines=tuple(lines))


def schedule_answer(
    course: Course,
    now: dt.datetime,
    date: dt.date | None = None,
    week: dt.date | None = None,
    topic: str | None = None,
    section: str | None = None,
) -> Answer:
    """/schedule: a topic, a week (any day in it) or a date; with nothing, this week. With a section, a row for
    other sections only is left out; without one, such a row names its sections."""
    section = course.check_section(section)
    if topic:
        return topic_answer(course, topic, section)
    if week:
        return schedule_week(course, week, section)
    if date:
        return day_view(course, date, date, section, f"Schedule for {human_date(date)}")
    return schedule_week(course, now.astimezone(course.tz).date(), section)


def materials_overview(course: Course, resource: str, kind: str | None, where_to_ask: str) -> Answer:
    """ "are lectures recorded": how many of the term's meetings (of one kind) list a recording (or slides, ...)
    on the schedule; unknown when none does, since the page then does not say."""
    kinds = ("recording", "video") if resource == "recording" else (resource,)
    rows = [r for r in course.schedule if r.kind not in NO_CLASS_KINDS and r.kind != EXAM_KIND]
    if kind is not None:
        rows = [r for r in rows if r.kind == kind or _group(course, r.kind) == kind]
    which = course.kind_name(kind, plural=True).lower() if kind else "class meetings"
    many = resource if resource.endswith("s") else f"{resource}s"  # "slides" is already many
    title = f"{many.capitalize()} of {which}"
    listed = [r for r in rows if any(x.kind in kinds for x in r.resources)]
    if not listed:
        said = f"The schedule lists no {resource} for the {which}; whether there are any is not on the course page"
        return Answer(title=title, lines=(text(f"{said}; {where_to_ask}."),), kind="unknown")
    one = resource if resource.endswith("s") else f"a {resource}"
    lines = [text(f"The schedule lists {one} for {len(listed)} of the {len(rows)} {which}.")]
    missing = [r for r in rows if r not in listed]
    if missing and len(missing) <= 6:
        lines.append(text("None listed for: " + "; ".join(f"{human_date(r.date)} {r.title}" for r in missing) + "."))
    if not all(x.url for r in listed for x in r.resources if x.kind in kinds):
        lines.append(text(f"The links are not on the course page; {where_to_ask}."))
    return Answer(title=title, lines=tuple(lines))
