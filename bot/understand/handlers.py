"""One handler per intent: the slots read from the question in, an Answer out (from bot.answers where one
exists). A yes/no question gets its Yes or No here, where the facts to decide it are at hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from bot.answers.course_info import course_answer
from bot.answers.deadlines import deadline_detail, releases, upcoming_deadlines
from bot.answers.exams import conflict_form_url, exam_answer
from bot.answers.grace import late_answer_for
from bot.answers.late_terms import (
    cutoff_sentence,
    measure_sentence,
    permission_clause,
    pool_name,
    pool_sentence,
    status_words,
)
from bot.answers.late_windows import extension_answer, late_answer, regrade_answer
from bot.answers.meetings import meetings_answer, section_answer
from bot.answers.office_hours import office_hours_answer, session_line, sessions_between, weekly_line
from bot.answers.people import staff_answer
from bot.answers.policies import policy_answer
from bot.answers.schedule import next_class, no_class_days, schedule_between, schedule_on
from bot.core.answer import Answer, Field, Stamp, text, when
from bot.core.errors import UserError
from bot.core.timefmt import human_date, human_time
from bot.core.window import Window
from bot.course.late_policy import Cutoff
from bot.course.model import WEEKDAYS, Assignment, Course, Person
from bot.course.occurrences import meetings_of, occurrences_between
from bot.course.unknown import UNKNOWN, is_known
from bot.course.windows import grace_applies, latest_accepted
from bot.grace.engine import what_if
from bot.understand import replies
from bot.understand.class_days import held_between, kind_label, meetings_on, of_kind, span_words
from bot.understand.dates import end_of_day
from bot.understand.lexicon import course_places
from bot.understand.normalize import phrase_key
from bot.understand.result import Slots
from bot.understand.stance import asks_about, stance
from bot.understand.time_phrases import week_monday


@dataclass(frozen=True)
class Asked:
    """What a handler knows: the course, the moment, who asks (section), the store's runtime facts."""

    course: Course
    now: dt.datetime
    section: str | None
    form_urls: Mapping[str, str] | None
    published: Mapping[str, dt.datetime] | None
    yes_no: bool
    question: str

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.course.tz).date()


def _items(asked: Asked, slots: Slots) -> list:
    items = [a for a in (asked.course.assignment(i) for i in slots.get("assignments", ())) if a is not None]
    if not items and slots.get("unknown"):
        known = ", ".join(a.short for a in asked.course.assignments)
        raise UserError(f"I don't know an assignment called {slots['unknown'][0]!r}. The course has: {known}.")
    return items


def _merge(answers: list[Answer], title: str) -> Answer:
    if len(answers) == 1:
        return answers[0]
    fields = tuple(f for a in answers for f in a.fields) + tuple(Field(a.title, a.lines) for a in answers if a.lines)
    footer = next((a.footer for a in answers if a.footer), "")
    return Answer(title=title, fields=fields, footer=footer)


def _due_detail(asked: Asked, item: Assignment, *, focused: bool = True) -> Answer:
    """Everything about one assignment, for a question about when it is due: a release already past is left out
    (it is not what was asked, and its date reads like another deadline)."""
    answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
    if not focused or item.release is None or item.release > asked.today:
        return answer
    past = text(f"It was released on {human_date(item.release)}.")
    return replace(
        answer, fields=tuple(replace(f, lines=tuple(x for x in f.lines if x != past)) for f in answer.fields)
    )


def assignment_due(asked: Asked, slots: Slots) -> Answer:
    items = _items(asked, slots)
    answers = [_due_detail(asked, a, focused=bool(slots.get("_due_asked"))) for a in items]
    answer = _merge(answers, ", ".join(a.short for a in items))
    if slots.get("_about"):
        # "what's the mini project about": what the course's policies say of it, before its dates.
        said = [text(p.summary) for a in items for p in _policies_naming(asked.course, a)]
        answer = replace(answer, lines=(*dict.fromkeys(said), *answer.lines))
    if asked.yes_no and slots.get("time") is not None and not any(a.due_time_assumed for a in items):
        # "is the report due at 5pm": the due time the page gives.
        dues = {a.short: a.due.astimezone(asked.course.tz) for a in items}
        yes = all(d.time() == slots["time"] for d in dues.values())
        said = "; ".join(f"{short} is due at {human_time(d.time())}" for short, d in dues.items())
        return replies.verdict(answer, yes, f"{said}.")
    if slots.get("time") is not None and any(a.due_time_assumed for a in items):
        # "is it due at midnight?": the page gives no time, so neither yes nor no.
        due = items[0].due.astimezone(asked.course.tz)
        said = text(
            f"The course page gives only the date; {human_time(due.time())} course time is assumed until staff "
            "confirm it."
        )
        return replace(answer, lines=(said, *answer.lines))
    if slots.get("submit_on") and slots.get("date") is not None and len(items) == 1:
        return _submit_on(asked, items[0], slots["date"], answer)
    deadline = slots.get("deadline")
    if asked.yes_no and deadline is not None:
        relation, limit, name = deadline
        dues = {a.short: a.due.astimezone(asked.course.tz).date() for a in items}
        held = {"before": lambda d: d < limit, "after": lambda d: d > limit}.get(relation, lambda d: d <= limit)
        yes = all(held(d) for d in dues.values())
        said = "; ".join(f"{short} is due {human_date(d)}" for short, d in dues.items())
        word = relation if relation in ("before", "after") else "by"
        return replies.verdict(answer, yes, f"{said} ({word} {name}: {human_date(limit)}).")
    day = slots.get("date")
    if asked.yes_no and day is not None:
        due_days = {a.due.astimezone(asked.course.tz).date() for a in items}
        names = ", ".join(a.short for a in items)
        if due_days == {day}:
            return replies.verdict(answer, True, f"{names} is due on {human_date(day)}.")
        dues = "; ".join(f"{a.short} is due {human_date(a.due.astimezone(asked.course.tz).date())}" for a in items)
        return replies.verdict(answer, False, f"{dues}.")
    return answer


def _policies_naming(course: Course, item: Assignment) -> list:
    """The policies whose keywords are one of the assignment's names ("mini project")."""
    names = {phrase_key(n) for n in (item.title, item.short, *item.aliases)}
    return [p for p in course.policies if any(phrase_key(k) in names for k in p.keywords)]


def _submit_on(asked: Asked, item: Assignment, day: dt.date, answer: Answer) -> Answer:
    """ "Can I turn it in on sunday?": on time up to its due day; after it, late as the course's policy says (at the
    start of that day: later that day may cost more)."""
    course = asked.course
    due = item.due.astimezone(course.tz)
    if day <= due.date():
        return replies.verdict(answer, True, f"{item.short} is due {human_date(due.date())}, so that is on time.")
    start = course.at(day, dt.time(0, 0))
    outcome = what_if(course, item.id, start, course.grace.total)
    accepted = outcome.status != "not-accepted"
    status = status_words(course, outcome)
    if outcome.status == "grace":
        status += f" if you have {pool_name(course)} left"
    said = (
        f"{item.short} was due {human_date(due.date())}, so that is late: at the start of {human_date(day)}, {status}."
    )
    return replies.verdict(late_answer(course, item.id, asked.now), accepted, said)


def due_soon(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if slots.get("_count"):
        return _every_assignment(asked, slots.get("kinds") or (), slots.get("section"))
    first, last = slots["range"]
    label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
    # upcoming_deadlines lists what is due after `now` and by the window's end: a range that does not start
    # today is asked from the start of its first day.
    start = asked.now if first == asked.today else course.at(first, dt.time(0, 0))
    end = asked.now + slots["span"] if slots.get("span") else end_of_day(last, course)
    answer = upcoming_deadlines(course, start, Window(end, label), slots.get("section"))
    section = slots.get("section")
    upcoming = [
        e
        for e in course.exams
        if e.date >= asked.today and (section is None or not e.sections or section in e.sections)
    ]
    if slots.get("_overview") and upcoming and not asked.yes_no:
        soonest = min(upcoming, key=lambda e: e.date)
        said = text(f"Next exam: **{soonest.title}**, {human_date(soonest.date)}.")
        answer = replace(answer, lines=(*answer.lines, said))
    if asked.yes_no:
        due = [a for a in course.assignments if a.is_for(slots.get("section")) and start < a.due <= end]
        return replies.verdict(
            answer,
            bool(due),
            f"{len(due)} deadline{'s' if len(due) != 1 else ''} {label}." if due else f"nothing is due {label}.",
        )
    return answer


def _every_assignment(asked: Asked, kinds: tuple[str, ...], section: str | None) -> Answer:
    """ "how many problem sets are there": every one of the term (of that kind), with its due date."""
    course = asked.course
    items = sorted(
        (a for a in course.assignments if a.is_for(section) and (not kinds or a.kind in kinds)),
        key=lambda a: (a.due, a.id),
    )
    left = sum(1 for a in items if a.due > asked.now)
    lines = [text(f"{len(items)} in the term, {left} still to come:")]
    lines += [text(f"**{a.short}**: ", *when(a.due)) for a in items]
    return Answer(title="Assignments" if not kinds else f"{len(items)} assignments", lines=tuple(lines))


def next_due(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if slots.get("which"):
        return _last_due(asked, slots)
    after = slots.get("after")
    anchor = course.assignment(after).due if after and course.assignment(after) else asked.now
    if slots.get("after_day"):
        anchor = max(anchor, course.at(slots["after_day"] + dt.timedelta(days=1), dt.time(0, 0)))
    kinds = slots.get("kinds") or ()
    section = slots.get("section")
    later = sorted(
        (a for a in course.assignments if a.due > anchor and a.is_for(section) and (not kinds or a.kind in kinds)),
        key=lambda a: (a.due, a.id),
    )
    if not later:
        return Answer(title="Next deadline", lines=(text("Nothing else is due this term."),))
    first = [a for a in later if a.due == later[0].due]
    named = course.assignment(after).short if after and course.assignment(after) else ""
    answer = replies.next_due_answer(course, first, f"after {named}" if named else "")
    detail = [_due_detail(asked, a) for a in first]
    return Answer(
        title=answer.title,
        lines=answer.lines,
        fields=tuple(f for d in detail for f in d.fields),
        footer=detail[0].footer,
    )


def _last_due(asked: Asked, slots: Slots) -> Answer:
    """The term's last deadline ("when is the last homework due"), or the latest one passed ("... was")."""
    course = asked.course
    kinds = slots.get("kinds") or ()
    items = sorted(
        (a for a in course.assignments if a.is_for(slots.get("section")) and (not kinds or a.kind in kinds)),
        key=lambda a: (a.due, a.id),
    )
    if slots["which"] == "latest":
        items = [a for a in items if a.due <= asked.now]
        title = "Most recent deadline"
    elif slots["which"] == "first":
        items = items[:1]
        title = "First deadline of the term"
    else:
        title = "Last deadline of the term"
    if not items:
        return Answer(title=title, lines=(text("None yet."),))
    last = [a for a in items if a.due == items[-1].due]
    return Answer(title=title, lines=tuple(text(f"**{a.short}**: ", *when(a.due)) for a in last))


def release(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    ids = slots.get("assignments")
    if not ids and slots.get("_which"):
        dated = sorted((a for a in course.assignments if a.release), key=lambda a: (a.release, a.id))
        if dated:
            pick = dated[-1] if slots["_which"] == "last" else dated[0]
            ids = tuple(a.id for a in dated if a.release == pick.release)
    if ids:
        answer = replies.release_answer(course, asked.now, ids)
        if asked.yes_no:
            items = _items(asked, slots)
            out = all(a.release and a.release <= asked.today for a in items)
            first = min((a.release for a in items if a.release), default=None)
            reason = (
                "it is out."
                if out
                else (f"not until {human_date(first)}." if first else "its date is not on the page.")
            )
            return replies.verdict(answer, out, reason)
        return answer
    if slots.get("range"):
        first, last = slots["range"]
        window = Window(end_of_day(last, course), slots.get("label") or "")
        start = asked.now if first <= asked.today else course.at(first, dt.time(0, 0))
        return releases(course, start, window, slots.get("section"))
    return replies.next_release(course, asked.now, slots.get("section"))


def late_whatif(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    item = _items(asked, slots)[0]
    moment = slots.get("moment")
    if moment is None:
        moment = (item.due.astimezone(dt.UTC) + slots["late"]).astimezone(course.tz)
    left = slots.get("pool_left")
    stated = left is not None and course.late.pool is not None
    left = left if stated else course.grace.total
    answer = late_answer_for(course, item.id, moment, left, known=False)
    if stated:
        # "I have no grace days left and hw3 will be 5 hours late": the outcome with what the student says is left.
        said = text(f"With {course.late.pool.words(left)} left, as you say:")
        answer = replace(answer, lines=(said, *answer.lines[1:]))
    if slots.get("_example"):
        # "what is the penalty for 10 hours late": no assignment named, so the next one due shows the rule.
        said = text(f"Taking {item.short}, the next one due, as the example:")
        answer = replace(answer, lines=(said, *answer.lines))
    if asked.yes_no:
        # "can i submit ps4 three days late": accepted then or not; "do i lose points": any cost.
        outcome = what_if(course, item.id, moment, left)
        if slots.get("_penalty_q"):
            costs = outcome.status not in ("on-time", "grace")
            return replies.verdict(answer, costs, f"{status_words(course, outcome)}.")
        accepted = outcome.status != "not-accepted"
        return replies.verdict(answer, accepted, f"{status_words(course, outcome)}.")
    return answer


def late_rules(asked: Asked, slots: Slots) -> Answer:
    items = _items(asked, slots)
    if slots.get("_measure") and asked.course.late.status == "rules":
        return _measure_verdict(asked, slots, items)
    if not items:
        return _policy_or_rules(asked, slots, "late")
    if slots.get("submit_on") and len(items) == 1:
        answer = late_answer(asked.course, items[0].id, asked.now)
        return _submit_on(asked, items[0], slots["date"], answer)
    answer = _merge([late_answer(asked.course, a.id, asked.now) for a in items], "Late submissions")
    if asked.yes_no and len(items) == 1:
        return _late_verdict(asked, items[0], slots, answer)
    return answer


def _measure_verdict(asked: Asked, slots: Slots, items: list[Assignment]) -> Answer:
    """ "does lateness count from the last part i submit", "if my written is on time but my code is late does the
    whole hw count late": how the course measures lateness of work in parts."""
    course = asked.course
    answer = _policy_or_rules(asked, {**slots, "_measure": False}, "late")
    if items:
        answer = _merge([late_answer(course, a.id, asked.now) for a in items], "Late submissions")
    each = course.late.measure == "each-part"
    asked_each = bool({"each", "separately", "individually", "own", "separate"} & set(phrase_key(asked.question)))
    said = measure_sentence(course)
    if not asked.yes_no:
        # "what if the code part is late but the written part is on time": how lateness is measured, first.
        return replace(answer, lines=(text(said), *answer.lines))
    return replies.verdict(answer, each == asked_each, said)


def _late_verdict(asked: Asked, item: Assignment, slots: Slots, answer: Answer) -> Answer:
    """ "do late days work for the mini project", "can i still turn in ps3", "is late work accepted on hw2": Yes
    or No from the course's late rules (and the clock, for "still"); none where the page is silent."""
    course = asked.course
    pool = course.late.pool
    units = slots.get("_units")
    if slots.get("_pool_asked") and pool is not None and units is not None:
        # "can i use more than 2 grace days on hw4 part b": the pool's cap on one assignment.
        cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
        fits = grace_applies(course, item) and units <= cap
        said = (
            f"at most {pool.words(cap)} on one assignment"
            if grace_applies(course, item)
            else (f"{pool_name(course)} do not apply to {item.short}")
        )
        return replies.verdict(answer, fits, f"{said}.")
    if slots.get("_pool_asked") and course.late.pool is not None:
        applies = grace_applies(course, item)
        does = "apply" if applies else "do not apply"
        return replies.verdict(answer, applies, f"{pool_name(course)} {does} to {item.short}.")
    last = latest_accepted(course, item)
    if slots.get("_still") and asked.now <= item.due:
        return replies.verdict(answer, True, ("not due until ", *when(item.due), "."))
    if last is None:
        return answer  # the page gives no cutoff: neither yes nor no
    if slots.get("_still"):
        if asked.now <= last:
            return replies.verdict(answer, True, ("late, until ", *when(last), "."))
        cutoff = course.late.cutoff
        rest = permission_clause(cutoff) if isinstance(cutoff, Cutoff) else ""
        return replies.verdict(answer, False, ("late work was accepted until ", *when(last), f"{rest}."))
    if last > item.due:
        return replies.verdict(answer, True, ("late, until ", *when(last), "."))
    return replies.verdict(answer, False, f"{item.short} is not accepted late.")


def _policy_or_rules(asked: Asked, slots: Slots, idea: str) -> Answer:
    """Asked in general ("how do regrades work"): the course's policy about it, or its rules from the data."""
    course = asked.course
    if idea == "late" and asked.yes_no and slots.get("_applied") and course.late.pool is not None:
        # "do i have to ask to use grace days", "are slip days applied automatically".
        answer = _policy_or_rules(asked, {**slots, "_applied": False, "_pool_asked": False}, idea)
        automatic = course.late.pool.applied == "auto"
        asks_automatic = bool({"automatic", "automatically"} & set(phrase_key(asked.question)))
        how = "used automatically" if automatic else "used only when you ask for them"
        return replies.verdict(answer, automatic == asks_automatic, f"{pool_name(course)} are {how}.")
    if idea == "late" and asked.yes_no and slots.get("_accepted") and not slots.get("_pool_asked"):
        # "is late work accepted": whether the course takes late work at all.
        answer = _policy_or_rules(asked, {**slots, "_accepted": False}, idea)
        if course.late.status == "unknown":
            return answer
        return replies.verdict(answer, course.late.accepts_late, cutoff_sentence(course))
    pool = course.late.pool
    if idea == "late" and asked.yes_no and slots.get("_pool_asked") and pool and slots.get("_units") is not None:
        # "can i use 3 grace days on one assignment": the pool's cap.
        answer = _policy_or_rules(asked, {**slots, "_pool_asked": False, "_units": None}, idea)
        cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
        return replies.verdict(answer, slots["_units"] <= cap, f"at most {pool.words(cap)} on one assignment.")
    if idea == "late" and asked.yes_no and slots.get("_pool_asked"):
        # "do we get slip days": whether the course has a pool of late days at all.
        answer = _policy_or_rules(asked, {**slots, "_pool_asked": False}, idea)
        if course.late.pool is None:
            return replies.verdict(answer, False, "this course has no pool of late days.")
        return replies.verdict(answer, True, f"{pool_sentence(course)}")
    if not slots.get("policy"):
        return replies.rules_answer(course, idea)
    answer = _with_stance(asked, slots["policy"], policy_answer(course, slots["policy"], asked.question))
    if idea == "late" and slots.get("_pool_asked") and course.late.pool is not None:
        # "how many late tokens do we get": the pool's numbers from the data, before the policy's words.
        answer = replace(answer, lines=(text(pool_sentence(course).capitalize()), *answer.lines))
    rules = course.extensions
    if idea == "extension" and rules.contact_email and rules.contact_email not in str(answer):
        # "who should i email about an extension": the address the data gives, with the policy's words.
        return replace(answer, lines=(*answer.lines, text(f"Ask {rules.contact} ({rules.contact_email}).")))
    return answer


def my_grace(asked: Asked, slots: Slots) -> Answer:
    return replies.my_pool(asked.course)


def extension(asked: Asked, slots: Slots) -> Answer:
    items = _items(asked, slots)
    if not items and slots.get("_notice"):
        # "how many days notice do i need": the one thing asked, known or said to be unknown.
        answer = replies.rules_answer(asked.course, "extension")
        return answer if isinstance(asked.course.extensions.notice_days, int) else replace(answer, kind="unknown")
    if not items:
        return _policy_or_rules(asked, slots, "extension")
    return _merge([extension_answer(asked.course, a.id, asked.now) for a in items], "Extension requests")


def regrade(asked: Asked, slots: Slots) -> Answer:
    items = _items(asked, slots)
    if not items:
        if slots.get("how_long") and not is_known(asked.course.regrades.window_days):
            # "how long do we have to ask for a regrade": the one thing asked is what the page does not say.
            return replace(replies.rules_answer(asked.course, "regrade"), kind="unknown")
        return _policy_or_rules(asked, slots, "regrade")
    return _merge([regrade_answer(asked.course, a.id, asked.now, asked.published) for a in items], "Regrade requests")


def exam(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    which = slots.get("exam")
    answer = exam_answer(course, asked.now, which, asked.form_urls, slots.get("section"))
    if slots.get("_form_due"):
        # "when is the midterm conflict form due": the page gives no deadline for the form.
        said = text(f"When the conflict form is due is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if not asked.yes_no:
        return answer
    chosen = course.exam(which) if which else None
    if chosen is not None and slots.get("_on_day"):
        how, value = slots["_on_day"]
        yes = chosen.date.weekday() == value if how == "weekday" else chosen.date == value
        return replies.verdict(answer, yes, f"{chosen.title} is on {human_date(chosen.date)}.")
    if slots.get("section") and not slots.get("range"):
        # "do 405 students take the same exams": whether the exams asked about are the section's.
        exams = [chosen] if chosen else list(course.exams)
        theirs = all(not e.sections or slots["section"] in e.sections for e in exams)
        names = ", ".join(e.title for e in exams)
        return replies.verdict(answer, theirs, f"{names}: for {slots['section']}." if theirs else f"{names}.")
    if slots.get("range"):
        first, last = slots["range"]
        inside = [e for e in course.exams if first <= e.date <= last]
        reason = (
            ", ".join(f"{e.title} on {human_date(e.date)}" for e in inside) + "."
            if inside
            else f"no exam {slots.get('label', 'then')}."
        )
        return replies.verdict(answer, bool(inside), reason)
    if chosen is not None and slots.get("_reschedule") and chosen.rules:
        # "can i take the final at a different time": only the rules the course states can say.
        names = [w for name in (chosen.title, *chosen.aliases) for w in phrase_key(name)]
        found = stance(asked.question, [" ".join(f"{r.rstrip('.')}." for r in chosen.rules)], names)
        return replies.verdict(answer, found.yes, f"“{found.clause}”") if found else answer
    if chosen is not None and slots.get("_conflict") and chosen.date >= asked.today:
        # "is there a conflict form for the final": the form's status as the course gives it.
        status = chosen.conflict_form.status
        if conflict_form_url(chosen, asked.form_urls) or status == "link":
            return replies.verdict(answer, True, f"{chosen.title} has an exam conflict form.")
        if status == "none":
            return replies.verdict(answer, False, f"{chosen.title} has no conflict form.")
        if status == "later":
            return replies.verdict(answer, True, f"the {chosen.title} conflict form is to be released later.")
        return answer
    if chosen is not None and slots.get("during_class"):
        # "is the midterm during class": the course says (an evening exam is not), or the page is silent.
        if chosen.during_class is UNKNOWN:
            return answer
        how = "in class time" if chosen.during_class else "outside class time"
        return replies.verdict(answer, chosen.during_class is True, f"{chosen.title} is {how}.")
    if chosen is not None and slots.get("in_person") is not None:
        asked_in_person = slots["in_person"]
        yes = chosen.in_person == asked_in_person
        how = "in person" if chosen.in_person else "not in person"
        return replies.verdict(answer, yes, f"{chosen.title} is {how}.")
    return answer


def office_hours(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if len(slots.get("people", ())) > 1 and not asked.yes_no:
        # "is siyuan's office hour before or after li chen's": each person's, side by side.
        return replies.combined([office_hours(asked, {**slots, "people": (), "person": p}) for p in slots["people"]])
    when_ = slots.get("when")
    person = slots.get("person")
    role = slots.get("role")
    if role and not person:
        members = [p for p in course.people if p.role == role]
        with_hours = [p for p in members if p.office_hours]
        if len(with_hours) == 1:
            person = with_hours[0].id
        elif not with_hours and members:
            names = ", ".join(p.name for p in members)
            return Answer(
                title="Office hours",
                lines=(text(f"{names}: no regular office hours are on the course page."),),
                kind="unknown",
            )
        elif len(with_hours) > 1 and not asked.yes_no:
            return _role_hours(asked, role, with_hours, when_, slots.get("label"))
    if len(slots.get("dates", ())) > 1 and not asked.yes_no:
        return replies.combined([office_hours_answer(course, asked.now, d, person) for d in slots["dates"]])
    if slots.get("window") and isinstance(when_, dt.date):
        # "who has office hours wednesday afternoon": the sessions of that day that fall in that part of it.
        start, end, label = slots["window"]
        who = course.person(person) if person else None
        sessions = [
            s
            for s in sessions_between(course, when_, when_, person=who, include_cancelled=True)
            if s.start.astimezone(course.tz).time() < end and s.end.astimezone(course.tz).time() > start
        ]
        lines = [session_line(s) for s in sessions] or [text(f"No office hours {label}.")]
        answer = Answer(title=f"Office hours, {label}", lines=tuple(lines))
        held = [s for s in sessions if not s.cancelled]
    elif isinstance(when_, tuple):
        first, last = when_
        sessions = sessions_between(
            course, first, last, person=course.person(person) if person else None, include_cancelled=True
        )
        label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
        lines = [session_line(s) for s in sessions] or [text(f"No office hours {label}.")]
        answer = Answer(title=f"Office hours, {label}", lines=tuple(lines))
        held = [s for s in sessions if not s.cancelled]
    else:
        answer = office_hours_answer(course, asked.now, when_, person)
        who = course.person(person) if person else None
        if isinstance(when_, dt.date):
            held = sessions_between(course, when_, when_, person=who)
        elif when_ == "now":
            held = [
                s
                for s in sessions_between(course, asked.today, asked.today, person=who)
                if s.start <= asked.now < s.end
            ]
        elif when_ in ("this week", "next week"):
            monday = asked.today - dt.timedelta(days=asked.today.weekday() - (7 if when_ == "next week" else 0))
            held = sessions_between(course, monday, monday + dt.timedelta(days=6), person=who)
        elif who is not None and asked.yes_no and not slots.get("_where") and slots.get("in_person") is None:
            # "does gabe hold office hours": whether the page gives any.
            days = ", ".join(f"{WEEKDAYS[s.weekday].capitalize()}s" for s in who.office_hours)
            said = f"{days}." if days else f"no regular office hours are on the course page for {who.name}."
            return replies.verdict(answer, bool(who.office_hours), said)
        else:
            held = None
    who = course.person(person) if person else None
    places = [s.where for s in held] if held else [slot.where for slot in who.office_hours] if who else []
    if places and (slots.get("_where") or slots.get("in_person") is not None):
        answer = _where_held(asked, answer, places, slots.get("in_person"))
        if answer.kind == "unknown" or slots.get("in_person") is not None:
            return answer
    if asked.yes_no and slots.get("_changed") and held is not None and isinstance(when_, dt.date):
        # "are marco's office hours on oct 22 at a different time": a session moved or cancelled that day.
        changed = [s for s in sessions_between(course, when_, when_, person=who, include_cancelled=True) if s.note]
        said = "; ".join(f"{s.person.name}: {s.note}" for s in changed) + "." if changed else "as usual."
        return replies.verdict(answer, bool(changed), said)
    if asked.yes_no and held is not None:
        names = ", ".join(dict.fromkeys(s.person.name for s in held))
        said = f"office hours with {names}." if held else "no office hours then."
        return replies.verdict(answer, bool(held) != slots.get("negated", False), said)
    return answer


def _where_held(asked: Asked, answer: Answer, places: list[str], in_person: bool | None) -> Answer:
    """ "where are jayesh's office hours", "is katie's OH in person": where they are held, as the page says; said
    to be unknown when it does not give a place."""
    remote = {p.startswith("Remote") for p in places}
    unlisted = any(p == "location not listed" for p in places)
    if unlisted:
        ask = replies.where_to_ask(asked.course)
        said = text(f"Where they are held is {replies.NOT_ON_PAGE}; {ask}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if asked.yes_no and in_person is not None and len(remote) == 1:
        held_remotely = remote == {True}
        how = "remotely" if held_remotely else f"in person ({places[0]})"
        return replies.verdict(answer, held_remotely != in_person, f"they are held {how}.")
    return answer


def _role_hours(asked: Asked, role: str, people: list[Person], when_: object, label: str | None) -> Answer:
    """ "When are GSI office hours": the weekly hours of everyone in the role, or their sessions in the window."""
    course = asked.course
    title = f"Office hours: {course.role(role).plural if course.role(role) else role}"
    if when_ in (None, "upcoming"):
        return Answer(title=title, lines=tuple(weekly_line(p, slot, course) for p in people for slot in p.office_hours))
    today = asked.today
    if isinstance(when_, tuple):
        first, last = when_
    elif isinstance(when_, dt.date):
        first = last = when_
        label = f"on {human_date(when_)}"
    elif when_ in ("this week", "next week"):
        first = week_monday(today) + dt.timedelta(days=7 if when_ == "next week" else 0)
        last, label = first + dt.timedelta(days=6), when_
    else:  # now
        first = last = today
        label = "right now"
    ids = {p.id for p in people}
    sessions = [
        s
        for s in sessions_between(course, first, last, include_cancelled=True)
        if s.person.id in ids and (when_ != "now" or s.start <= asked.now < s.end)
    ]
    lines = [session_line(s) for s in sessions] or [text(f"No office hours {label or 'then'}.")]
    return Answer(title=f"{title}, {label}" if label else title, lines=tuple(lines))


def schedule_day(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if len(slots.get("dates", ())) > 1 and not asked.yes_no:
        return replies.combined([schedule_on(course, d) for d in slots["dates"]])
    day = slots["date"]
    kind = slots.get("kind")
    answer = meetings_on(course, day, kind, slots.get("section")) or schedule_on(course, day)
    if asked.yes_no:
        held = held_between(course, day, day, kind, slots.get("section"), slots.get("words", ""), slots.get("rows", ()))
        what = f"“{slots['words']}”" if slots.get("words") else kind_label(course, kind)
        said = f"{', '.join(held)}." if held else f"no {what} on {human_date(day)}."
        return replies.verdict(answer, bool(held) != slots.get("negated", False), said)
    return answer


def schedule_range(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    first, last = slots["range"]
    label = slots.get("label")
    kind = slots.get("kind")
    section = slots.get("section")
    if kind not in (None, "class") and not asked.yes_no:
        rows = [r for r in course.schedule if first <= r.date <= last and of_kind(course, r, kind)]
        name = course.kind_name(kind, plural=True)
        if rows:
            return replies.rows_answer(f"{name}, {label}" if label else name, rows)
        if meetings_of(course, kind, section):
            return meetings_answer(course, asked.now, kind, section)  # weekly meetings with no schedule rows
    answer = schedule_between(course, first, last, f"Schedule, {label}" if label else None)
    if slots.get("words") and not asked.yes_no:
        # "when is the extra midterm review": what the words name in the range, with its day, time and room.
        held = held_between(course, first, last, kind, section, slots["words"], slots.get("rows", ()))
        if held:
            return Answer(
                title=f"“{slots['words']}”, {label}" if label else slots["words"], lines=tuple(text(h) for h in held)
            )
    if asked.yes_no:
        held = held_between(course, first, last, kind, section, slots.get("words", ""), slots.get("rows", ()))
        what = f"“{slots['words']}” on the schedule" if slots.get("words") else kind_label(course, kind)
        said = f"{'; '.join(held)}." if held else f"no {what} {span_words(first, last, label)}."
        return replies.verdict(answer, bool(held) != slots.get("negated", False), said)
    return answer


def next_class_(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    kind = slots.get("kind")
    if slots.get("which") == "first":
        rows = [r for r in course.schedule if of_kind(course, r, kind)]
        return replies.rows_answer(f"First {kind_label(course, kind)} of the term", rows[:1])
    after = slots.get("after")
    start = course.at(after + dt.timedelta(days=1), dt.time(0, 0)) if after else asked.now
    return next_class(course, start, None if kind in (None, "class") else kind, slots.get("section"))


def last_class(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    kind = slots.get("kind")
    which = slots.get("which")
    rows = [r for r in course.schedule if of_kind(course, r, kind)]
    if not rows and kind not in (None, "class"):
        return _last_meeting(asked, kind, slots.get("section"), which)
    if which == "before":
        earlier = [r for r in rows if r.date < slots["before"]]
        return replies.rows_answer(
            f"Last {kind_label(course, kind)} before {human_date(slots['before'])}", earlier[-1:]
        )
    final = replies.rows_answer(f"Last {kind_label(course, kind)} of the term", rows[-1:])
    latest = replies.last_class(course, [r for r in rows if r.date < asked.today], kind_label(course, kind))
    if which == "final":
        return final
    if which == "either" and rows and rows[-1].date >= asked.today:
        # "what's the last lecture": the term's last, and the most recent one in case that is what was meant.
        return replace(final, lines=(*final.lines, text("The most recent: ", *latest.lines[0])))
    return latest


def _last_meeting(asked: Asked, kind: str, section: str | None, which: str | None) -> Answer:
    """The last meeting of a kind that meets weekly and has no schedule rows (a discussion section)."""
    course = asked.course
    found = occurrences_between(course, course.term_first, course.term_last, kind=kind, section=section)
    if which != "final":
        found = [o for o in found if o.start < asked.now] or found
    label = kind_label(course, kind)
    if not found:
        return Answer(title=f"Last {label}", lines=(text(f"There is no {label} on the course page."),), kind="unknown")
    last = found[-1]
    who = f" {last.section}" if last.section and not section else ""
    line = text(f"**{course.kind_name(kind)}{who}**: ", Stamp(last.start, "F"), f" · {last.where}")
    title = f"Last {label} of the term" if which == "final" else f"Last {label}"
    return Answer(title=title, lines=(line,))


def topic(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    rows = [course.schedule[i] for i in slots.get("rows", ())]
    if not rows:
        return replies.not_on_schedule(course, slots.get("words") or asked.question.strip())
    label = slots.get("words") or rows[0].title
    answer = replies.rows_answer(f"“{label}” on the schedule", rows)
    if slots.get("_resource"):
        return _materials(asked, rows, slots["_resource"], answer)
    if not asked.yes_no:
        return answer
    dates = ", ".join(human_date(r.date) for r in rows)
    if slots.get("_done"):
        # "did we already do cross validation", "have we covered LDA yet": whether its day has come.
        done = any(r.date < asked.today or (r.date == asked.today and slots.get("_past")) for r in rows)
        return replies.verdict(answer, done, f"on {dates}." if done else f"not yet: it is on {dates}.")
    return replies.verdict(answer, True, f"on {dates}.")  # "is there a lecture on adam"


def _materials(asked: Asked, rows: list, kind: str, answer: Answer) -> Answer:
    """ "where can i find the lsh slides", "is the lsh lecture recorded": a day's materials of one kind, with their
    links when the page gives them, and said to be unknown when it does not."""
    kinds = ("recording", "video") if kind == "recording" else (kind,)
    found = [r for row in rows for r in row.resources if r.kind in kinds]
    if asked.yes_no:
        return replies.verdict(answer, bool(found), f"{kind} listed." if found else f"no {kind} is listed.")
    if found and all(r.url for r in found):
        return answer
    ask = replies.where_to_ask(asked.course)
    said = (
        f"The link to the {kind} is {replies.NOT_ON_PAGE}; {ask}." if found else f"No {kind} is listed for it; {ask}."
    )
    return replace(answer, lines=(text(said), *answer.lines), kind="unknown")


def no_class(asked: Asked, slots: Slots) -> Answer:
    return no_class_days(asked.course)


def staff(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    person = slots.get("person")
    role = slots.get("role")
    section = slots.get("section")
    if section and not person and (any(m.section == section for m in course.meetings) or not role):
        return section_answer(course, asked.now, section)  # "who runs section 1C", "who teaches 1f"
    answer = staff_answer(course, person, None if person else role)
    who = course.person(person) if person else None
    if slots.get("_duties"):
        said = text(f"What they do for the course is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if slots.get("_surname") and who is not None and len(who.name.split()) < 2:
        # "what's steph's last name": the page gives one name only.
        said = text(f"{who.name}'s full name is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if asked.yes_no and person and role:
        who = course.person(person)
        yes = who.role == role
        return replies.verdict(
            answer, yes, f"{who.name} is {'an' if who.role_title[0] in 'AEIOU' else 'a'} {who.role_title}."
        )
    return answer


def policy(asked: Asked, slots: Slots) -> Answer:
    return _with_stance(asked, slots["policy"], policy_answer(asked.course, slots["policy"], asked.question))


def _with_stance(asked: Asked, policy_id: str, answer: Answer) -> Answer:
    """A policy's answer, said to be unknown when asked about what its page leaves out, and with a Yes or No
    when its own words plainly give one."""
    chosen = asked.course.policy(policy_id)
    if chosen is None:
        return answer
    own_words = [chosen.title, chosen.id.replace("-", " "), *chosen.keywords]
    if chosen.missing and asks_about(asked.question, chosen.missing, (w for n in own_words for w in phrase_key(n))):
        # "what exactly are the conditions for collaborating": the part of the policy the page does not give.
        return replace(answer, lines=(text(chosen.missing), *answer.lines), kind="unknown")
    if not asked.yes_no:
        return answer
    # "can I copy code from stack overflow": a Yes or No only when the policy's own words plainly say it.
    asked_words = set(phrase_key(asked.question))
    named = [w for k in chosen.keywords if set(key := phrase_key(k)) <= asked_words for w in key]
    kinds = {w for k in asked.course.meeting_kinds for n in (k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    found = stance(asked.question, (chosen.summary, chosen.quote), named, asked_words & kinds)
    if found is None:
        return answer
    return replies.verdict(answer, found.yes, f"“{found.clause}”")


def course_info(asked: Asked, slots: Slots) -> Answer:
    return course_answer(asked.course)


def course_fact(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    fact = slots["fact"]
    section = slots.get("section")
    if fact in ("meeting_time", "meeting_place"):
        day = slots.get("date")
        on_day = meetings_on(course, day, slots.get("kind"), section) if day else None
        answer = on_day or _meetings(asked, slots.get("kind"), section)
        if asked.yes_no and slots.get("in_person") is not None:
            return _held_online(asked, answer, slots.get("kind"), section, slots["in_person"])
        return answer
    if fact == "link" and section and any(m.section == section and m.online for m in course.meetings):
        return section_answer(course, asked.now, section)  # "the zoom link for 1G": its meeting's link
    if fact in ("exam_time", "exam_place"):
        return replies.exam_fact(course, asked.now, fact, slots.get("exam"), section, asked.form_urls)
    if fact == "exam_other":
        return replies.exam_other(course, asked.now, slots.get("exam"), slots.get("words", ""), section)
    if fact == "exam_missed":
        return replies.exam_missed(course, asked.now, slots.get("exam"), asked.form_urls)
    if fact == "grades_out":
        exams = [course.exam(slots["exam"])] if slots.get("exam") else []
        items = [course.assignment(a) for a in slots.get("assignments", ())]
        graded = [(e.id, e.title) for e in exams] + [(a.id, a.short) for a in items if a is not None]
        return replies.grades_out(course, graded, asked.published)
    if fact == "exam_rules" and asked.yes_no:
        # "can I use notes on the midterm": Yes or No only when a rule the course states plainly says it.
        answer = replies.course_fact(
            course, fact, exam=course.exam(slots["exam"]) if slots.get("exam") else None, question=asked.question
        )
        exams = [course.exam(slots["exam"])] if slots.get("exam") else list(course.exams)
        names = [w for e in exams for name in (e.title, *e.aliases) for w in phrase_key(name)]
        found = stance(asked.question, [" ".join(f"{r.rstrip('.')}." for e in exams for r in e.rules)], names)
        return replies.verdict(answer, found.yes, f"“{found.clause}”") if found else answer
    people = [course.person(p) for p in slots.get("people", ())]
    return replies.course_fact(
        course,
        fact,
        exam=course.exam(slots["exam"]) if slots.get("exam") else None,
        people=[p for p in people if p is not None],
        link=slots.get("link", ""),
        question=asked.question,
    )


def _held_online(asked: Asked, answer: Answer, kind: str | None, section: str | None, in_person: bool) -> Answer:
    """ "is section 1g on zoom", "is lecture in person": from the weekly meetings asked about, when they agree."""
    course = asked.course
    kind = None if kind in (None, "class") else kind
    found = [m for m in meetings_of(course, kind, section) if section is None or m.section in (None, section)]
    if section is not None:
        found = [m for m in found if m.section == section] or found
    online = {bool(m.online) and not m.room for m in found}
    if len(online) != 1:
        return answer  # none, or some online and some not: no plain Yes or No
    held_online = online == {True}
    return replies.verdict(
        answer, held_online != in_person, "it meets online." if held_online else "it meets in person."
    )


def _meetings(asked: Asked, kind: str | None, section: str | None) -> Answer:
    """When and where class meets (a kind, or every kind); one section's meetings when a section is known. Said
    to be unknown when the page gives no times for what was asked."""
    course = asked.course
    kind = None if kind in (None, "class") else kind
    if section and (kind is None or any(m.section == section for m in meetings_of(course, kind))):
        return section_answer(course, asked.now, section)
    answer = meetings_answer(course, asked.now, kind, section)
    if meetings_of(course, kind, section):
        return answer
    ask = replies.where_to_ask(course)
    return replace(answer, lines=(*answer.lines, text(f"{ask[0].upper()}{ask[1:]}.")), kind="unknown")


def section_(asked: Asked, slots: Slots) -> Answer:
    course, section = asked.course, slots["section"]
    answer = section_answer(course, asked.now, section)
    known = any(m.section == section for m in course.meetings) or any(section in p.sections for p in course.people)
    if not known:
        return replace(answer, kind="unknown")  # the page gives none of its meetings or staff
    if asked.yes_no and slots.get("in_person") is not None:
        return _held_online(asked, answer, None, section, slots["in_person"])
    return answer


def assignment_for(asked: Asked, slots: Slots) -> Answer:
    items = _items(asked, slots)
    section = slots["section"]
    if section == "*":
        # "is the mini project for everyone": for every section of the course, or only some.
        every = asked.course.section_ids()
        yes = all(set(every) <= set(a.sections) or not a.sections for a in items)
        said = "; ".join(f"{a.short} is for {' and '.join(a.sections) or 'everyone'}" for a in items)
        lines = [
            text(f"**{a.short}** is for {' and '.join(a.sections) or 'every section'}; due ", *when(a.due), ".")
            for a in items
        ]
        answer = Answer(title=", ".join(a.short for a in items), lines=tuple(lines))
        return replies.verdict(answer, yes, f"{said}.")
    yes = all(section in a.sections for a in items)
    lines = [text(f"**{a.short}** is for {' and '.join(a.sections)}; due ", *when(a.due), ".") for a in items]
    answer = Answer(title=f"{', '.join(a.short for a in items)} for {section}", lines=tuple(lines))
    names = ", ".join(a.short for a in items)
    if yes:
        return replies.verdict(answer, True, f"{section} students do {names}.")
    others = sorted({s for a in items for s in a.sections})
    return replies.verdict(answer, False, f"{names} is for {', '.join(others)} only.")


def help_(asked: Asked, slots: Slots) -> Answer:
    answer = replies.help_answer(asked.course)
    # A greeting asks nothing: what the bot can help with, but no answer to anything (as for an empty question).
    return replace(answer, kind="unknown") if slots.get("_greeting") else answer


HANDLERS: dict[str, Callable[[Asked, Slots], Answer]] = {
    "assignment_due": assignment_due,
    "due_soon": due_soon,
    "next_due": next_due,
    "release": release,
    "late_whatif": late_whatif,
    "late_rules": late_rules,
    "my_grace": my_grace,
    "extension": extension,
    "regrade": regrade,
    "exam": exam,
    "office_hours": office_hours,
    "schedule_day": schedule_day,
    "schedule_range": schedule_range,
    "next_class": next_class_,
    "last_class": last_class,
    "topic": topic,
    "no_class": no_class,
    "staff": staff,
    "policy": policy,
    "course_info": course_info,
    "course_fact": course_fact,
    "assignment_for": assignment_for,
    "section": section_,
    "help": help_,
}


def _place_verdict(course: Course, answer: Answer, place: str) -> Answer:
    """ "is the final in redwood hall", "is lecture in halvorsen 100 tomorrow": Yes when the answer's place is the
    one asked about; none when the answer names no place of the course."""
    said = set(
        phrase_key(
            " ".join(str(s) for line in (*answer.lines, *(x for f in answer.fields for x in f.lines)) for s in line)
        )
    )
    shown = [p for p in course_places(course) if set(phrase_key(p)) <= said]
    if not shown:
        return answer
    yes = set(phrase_key(place)) <= said
    return replies.verdict(answer, yes, f"{', '.join(shown)}.")


def handle(intent: str, asked: Asked, slots: Slots) -> Answer:
    """The intent's answer; a student-fixable problem (UserError) becomes a clear message, not a crash."""
    try:
        if asked.yes_no and slots.get("_place"):
            answer = HANDLERS[intent](replace(asked, yes_no=False), slots)
            return _place_verdict(asked.course, answer, slots["_place"])
        return HANDLERS[intent](asked, slots)
    except UserError as err:
        return Answer(
            title="Hmm", lines=(text(err.message),), kind="error", suggestions=err.suggestions or replies.SUGGESTIONS
        )
