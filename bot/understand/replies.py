"""Answers the engine composes itself: facts the page gives or does not give, focused release and schedule
answers, a yes or no in front of an answer, several answers in one, "not sure" with choices, and "not mine".

Every fact comes from the Course value; where the data holds nothing, the answer says the page does not say
and where to ask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answers.schedule import day_line
from bot.core.answer import Answer, Field, Option, text, when
from bot.core.timefmt import human_date, human_time
from bot.course.model import WEEKDAYS, Course, Exam, Person, ScheduleDay

NOT_ON_PAGE = "not on the course page"
CAPABILITIES = "deadlines, the schedule and its topics, office hours, exams, course policies and staff"
SUGGESTIONS = ("/due", "/deadline", "/schedule", "/oh", "/exam", "/policy", "/staff", "/help")


def where_to_ask(course: Course, about: str = "") -> str:
    """Where a student should ask what the page does not say: the course forum if the data names one (unless
    the question is about the forum itself)."""
    forum = next((p for p in course.policies if any(k.lower() in ("forum", "message board") for k in p.keywords)), None)
    if forum is not None and forum.title.lower() not in about.lower():
        return f"ask on {forum.title}"
    if course.extensions.contact:
        return f"ask {course.extensions.contact}"
    return "ask the course staff"


def verdict(answer: Answer, yes: bool, reason: str | tuple) -> Answer:
    """The same answer, opening with a plain Yes or No and why."""
    word = "Yes" if yes else "No"
    first = text(f"**{word}**: ", *reason) if isinstance(reason, tuple) else text(f"**{word}**: {reason}")
    return Answer(
        title=answer.title,
        lines=(first, *answer.lines),
        fields=answer.fields,
        footer=answer.footer,
        ephemeral=answer.ephemeral,
        kind=answer.kind,
        suggestions=answer.suggestions,
        options=answer.options,
    )


def combined(parts: Sequence[Answer]) -> Answer:
    """Several answers as one: each part's title becomes a section, in the order asked."""
    unique: list[Answer] = []
    for part in parts:
        if part not in unique:
            unique.append(part)
    if len(unique) == 1:
        return unique[0]
    fields: list[Field] = []
    footers: list[str] = []
    for part in unique:
        if part.lines:
            fields.append(Field(part.title, part.lines))
        fields += (
            list(part.fields) if part.lines or len(part.fields) != 1 else [Field(part.title, part.fields[0].lines)]
        )
        if part.footer and part.footer not in footers:
            footers.append(part.footer)
    kinds = {p.kind for p in unique}
    return Answer(
        title=" · ".join(dict.fromkeys(p.title for p in unique))[:256],
        fields=tuple(fields),
        footer=" ".join(footers),
        ephemeral=any(p.ephemeral for p in unique),
        kind="info" if "info" in kinds else unique[0].kind,
        suggestions=tuple(dict.fromkeys(s for p in unique for s in p.suggestions)),
        options=tuple(dict.fromkeys(o for p in unique for o in p.options)),
    )


def out_of_scope(course: Course, reason: str = "") -> Answer:
    """Not something the course data answers: say so, and what the bot can help with."""
    lines = [text(reason or "I can't answer that from the course page, and I'd rather not guess.")]
    lines.append(text(f"I can help with {course.code}'s {CAPABILITIES}."))
    return Answer(title="I don't know that one", lines=tuple(lines), kind="unknown", suggestions=SUGGESTIONS)


def unsure(course: Course, options: Sequence[Option]) -> Answer:
    """More than one reading fits: offer them instead of picking one."""
    return Answer(
        title="Which do you mean?",
        lines=(text("I'm not sure what you're asking. Pick one of these, or ask again in other words."),),
        kind="unsure",
        options=tuple(options)[:3],
    )


def help_answer(course: Course) -> Answer:
    return Answer(
        title=f"What I can help with in {course.code}",
        lines=(
            text(f"Ask me in plain words about {CAPABILITIES}."),
            text("For example: 'when is the next deadline?', 'office hours tomorrow', 'can I use ChatGPT?'."),
        ),
        suggestions=SUGGESTIONS,
    )


def my_grace_days(course: Course) -> Answer:
    return Answer(
        title="Your grace days",
        lines=(
            text("Your own tally is private: use /gracedays me (only you will see it)."),
            text(
                f"The rule: {course.grace.total} in total, at most {course.grace.max_per_assignment} per "
                "assignment, applied automatically."
            ),
        ),
        suggestions=("/gracedays me",),
    )


def rules_answer(course: Course, idea: str) -> Answer:
    """The rules the data holds about late work, extensions or regrades, when no policy text covers them."""
    ask = where_to_ask(course)
    if idea == "regrade":
        rules = course.regrades
        if not rules.window_days:
            return Answer(
                title="Regrade requests", lines=(text(f"The regrade rules are {NOT_ON_PAGE}; {ask}."),), kind="unknown"
            )
        where = f" on {rules.where}" if rules.where else ""
        return Answer(
            title="Regrade requests",
            lines=(text(f"Ask for a regrade{where} within {rules.window_days} days of the grades being published."),),
        )
    if idea == "extension":
        rules = course.extensions
        contact = rules.contact or "the course staff"
        email = f" ({rules.contact_email})" if rules.contact_email else ""
        if not rules.notice_days and not rules.contact:
            return Answer(
                title="Extensions", lines=(text(f"The extension rules are {NOT_ON_PAGE}; {ask}."),), kind="unknown"
            )
        return Answer(
            title="Extensions",
            lines=(text(f"Ask {contact}{email} at least {rules.notice_days} days before the deadline."),),
        )
    grace, late = course.grace, course.late
    lines = []
    if grace.total:
        lines.append(text(f"{grace.total} grace days in total, at most {grace.max_per_assignment} on one assignment."))
    if late.max_days_late:
        lines.append(text(f"Nothing is accepted more than {late.max_days_late} days late."))
    if not lines:
        return Answer(
            title="Late work", lines=(text(f"The late-work rules are {NOT_ON_PAGE}; {ask}."),), kind="unknown"
        )
    return Answer(title="Late work", lines=tuple(lines))


def rows_answer(title: str, rows: Sequence[ScheduleDay]) -> Answer:
    return Answer(title=title, lines=tuple(day_line(r) for r in rows))


def not_on_schedule(course: Course, words: str) -> Answer:
    return Answer(
        title="Not on the schedule",
        lines=(
            text(f"I couldn't find “{words}” on the {course.code} schedule."),
            text("The schedule lists each day's topic; try a word from a lecture title."),
        ),
        kind="unknown",
        suggestions=("/schedule",),
    )


def last_class(course: Course, now: dt.datetime, kinds: tuple[str, ...], label: str) -> Answer:
    today = now.astimezone(course.tz).date()
    rows = [r for r in course.schedule if r.date < today and r.kind in kinds]
    if not rows:
        return Answer(title=f"Last {label}", lines=(text(f"There has been no {label} yet this term."),))
    return Answer(title=f"Last {label}", lines=(day_line(rows[-1]),))


def release_answer(course: Course, now: dt.datetime, ids: Sequence[str]) -> Answer:
    """When named assignments come out (the page gives release dates, not times)."""
    today = now.astimezone(course.tz).date()
    lines = []
    for item in (course.assignment(i) for i in ids):
        if item is None:
            continue
        if item.release is None:
            lines.append(text(f"**{item.short}**: its release date is {NOT_ON_PAGE}."))
        elif item.release <= today:
            lines.append(text(f"**{item.short}** was released on {human_date(item.release)}."))
        else:
            lines.append(text(f"**{item.short}** will be released on {human_date(item.release)}."))
    known = any(item.release for item in (course.assignment(i) for i in ids) if item is not None)
    return Answer(
        title="Releases",
        lines=tuple(lines),
        footer="Release times are not on the course page." if known else "",
        kind="info" if known else "unknown",
    )


def next_release(course: Course, now: dt.datetime, section: str | None) -> Answer:
    today = now.astimezone(course.tz).date()
    upcoming = sorted(
        (a for a in course.assignments if a.release and a.release > today and a.is_for(section)),
        key=lambda a: (a.release, a.id),
    )
    if not upcoming:
        return Answer(title="Next release", lines=(text("Nothing else is to be released this term."),))
    first = upcoming[0].release
    names = ", ".join(a.short for a in upcoming if a.release == first)
    return Answer(title="Next release", lines=(text(f"**{names}**: {human_date(first)}."),))


def next_due_answer(course: Course, items: Sequence, anchor: str) -> Answer:
    lines = [text(f"**{a.short}**: ", *when(a.due)) for a in items]
    return Answer(title=f"Next due {anchor}".strip(), lines=tuple(lines))


def _class_days(course: Course, kinds: tuple[str, ...]) -> str:
    days = sorted({r.date.weekday() for r in course.schedule if r.kind in kinds})
    return ", ".join(f"{WEEKDAYS[d].capitalize()}s" for d in days)


def course_fact(
    course: Course,
    fact: str,
    *,
    exam: Exam | None = None,
    people: Sequence[Person] = (),
    link: str = "",
) -> Answer:
    """A fact students ask for, from the data; what the data does not hold is said to be not on the page."""
    ask = where_to_ask(course)
    if fact == "meeting_time":
        lines = [text(f"Class times: {course.meeting_times}.")] if course.meeting_times else []
        if not lines:
            lines.append(text(f"The class times are {NOT_ON_PAGE}; {ask}."))
        lectures, recitations = _class_days(course, ("lecture",)), _class_days(course, ("recitation",))
        if lectures:
            lines.append(
                text(
                    f"From the schedule: lectures fall on {lectures}"
                    + (f", recitations on {recitations}." if recitations else ".")
                )
            )
        return Answer(title="Class times", lines=tuple(lines), kind="info" if course.meeting_times else "unknown")
    if fact == "meeting_place":
        if course.meeting_place:
            return Answer(title="Where class meets", lines=(text(course.meeting_place),))
        return Answer(
            title="Where class meets", lines=(text(f"The classroom is {NOT_ON_PAGE}; {ask}."),), kind="unknown"
        )
    if fact == "grading":
        if course.grading_breakdown:
            return Answer(title="Grading breakdown", lines=(text(course.grading_breakdown),))
        lines = [text(f"The grading breakdown (how much each part is worth) is {NOT_ON_PAGE}; {ask}.")]
        if course.components:
            lines.append(text(f"What counts: {course.components}"))
        return Answer(title="Grading breakdown", lines=tuple(lines), kind="unknown")
    if fact == "email":
        known = [p for p in people if p.email]
        lines = [text(f"**{p.name}**: {p.email}") for p in known]
        unknown = [p for p in people if not p.email]
        if unknown or not people:
            who = ", ".join(p.name for p in unknown) if unknown else "the staff"
            lines.append(text(f"Email addresses for {who} are {NOT_ON_PAGE}; {ask}."))
        if course.extensions.contact_email:
            lines.append(text(f"Extension requests: {course.extensions.contact_email}."))
        return Answer(title="Email", lines=tuple(lines), kind="info" if known and not unknown else "unknown")
    if fact == "link":
        ask = where_to_ask(course, link)
        if link and course.links.get(link):
            return Answer(title=link.replace("_", " ").capitalize(), lines=(text(course.links[link]),))
        named = link.replace("_", " ").capitalize() if link else "That link"
        lines = [text(f"{named} is {NOT_ON_PAGE}; {ask}.")]
        known = [f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in course.links.items() if v]
        if known:
            lines.append(text("Links I have: " + "; ".join(known)))
        return Answer(title="Links", lines=tuple(lines), kind="unknown")
    if fact == "exam_rules":
        exams = [exam] if exam else list(course.exams)
        names = ", ".join(e.title for e in exams)
        lines = (text(f"What may be brought to {names} (notes, a sheet, a calculator) is {NOT_ON_PAGE}; {ask}."),)
        return Answer(title=exams[0].title if len(exams) == 1 else "Exams", lines=lines, kind="unknown")
    if fact in ("exam_time", "exam_place", "exam_content"):
        exams = [exam] if exam else list(course.exams)
        lines = []
        for e in exams:
            if fact == "exam_time":
                at = f"at {human_time(e.time)}" if e.time else f"its start time and length are {NOT_ON_PAGE}"
                lines.append(text(f"**{e.title}**: {human_date(e.date)}, {e.date.year}; {at}."))
            elif fact == "exam_place":
                where = e.location or f"its room is {NOT_ON_PAGE}"
                lines.append(text(f"**{e.title}** ({human_date(e.date)}): {where}."))
            else:
                lines.append(text(f"**{e.title}** ({human_date(e.date)}): what it covers is {NOT_ON_PAGE}."))
        known = (
            all(e.time for e in exams)
            if fact == "exam_time"
            else fact == "exam_place" and all(e.location for e in exams)
        )
        if not known:
            lines.append(text(f"{ask[0].upper()}{ask[1:]}."))
        title = exams[0].title if len(exams) == 1 else "Exams"
        return Answer(title=title, lines=tuple(lines), kind="info" if known else "unknown")
    raise ValueError(f"unknown fact {fact!r}")
