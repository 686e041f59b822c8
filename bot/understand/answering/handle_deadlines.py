"""Handlers for deadlines: when work is due, what is due in a window, the next or last deadline, releases."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.deadlines import deadline_detail, due_line, late_lines, releases, upcoming_deadlines
from bot.core.answer import Answer, text, when
from bot.core.kept import Kept
from bot.core.timefmt import human_date, human_time
from bot.core.window import Window
from bot.course.model import WEEKDAYS, Assignment, Course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked, items_of, merged
from bot.understand.answering.handle_late import handed_in_now, submit_on
from bot.understand.late.late_excluded import never_late
from bot.understand.late.pool_deadline import with_moved_deadline
from bot.understand.meetings.attend_after_due import asks_to_attend
from bot.understand.question.reading import told_missed
from bot.understand.question.result import Slots
from bot.understand.times.dates import end_of_day
from bot.understand.times.time_phrases import week_monday
from bot.understand.times.zones import asks_clock_change, zone_asked, zone_stated
from bot.understand.words.exam_words import EXAM_WORDS
from bot.understand.words.normalize import phrase_key
from bot.understand.work.besides import besides_asked, left_besides
from bot.understand.work.confirm_due import confirmed_due
from bot.understand.work.deadline_day_off import day_off_verdict, days_off_asked
from bot.understand.work.deadline_for_section import same_verdict, section_lines
from bot.understand.work.deadline_passed import asks_if_passed, passed_verdict
from bot.understand.work.existence import asks_existence, exists_asked, not_in_course, part_not_had
from bot.understand.work.solutions_asked import asks_of_solutions
from bot.understand.work.stated_times import stated_clock, stated_time_verdict
from bot.understand.work.told_apart import each_sections_own, one_work_told_apart
from bot.understand.work.usual_weekday import weekday_pattern
from bot.understand.yes_no.folded import fold


def due_detail(asked: Asked, item: Assignment, *, focused: bool = True) -> Answer:
    """Everything about one assignment, for a question about when it is due: a release already past is left out
    (it is not what was asked, and its date reads like another deadline)."""
    answer = deadline_detail(asked.course, item.id, asked.now, dict(asked.published or {}))
    answer = _late_as_the_page_says(asked, item, answer)
    if not focused or item.release is None or item.release > asked.today:
        return answer
    past = text(f"It was released on {human_date(item.release)}.")
    return replace(
        answer, fields=tuple(replace(f, lines=tuple(x for x in f.lines if x != past)) for f in answer.fields)
    )


def _late_as_the_page_says(asked: Asked, item: Assignment, answer: Answer) -> Answer:
    """The card, with its late rule replaced by the page's sentence when the page says this work is never taken late
    ("Labs: late submissions are not accepted") while the course-wide rule, read alone, would take it."""
    said = never_late(asked.course, item)
    if said is None:
        return answer
    rule = set(late_lines(asked.course, item))
    page = text(f"Late work: the course page says “{said}”")

    def swapped(lines: tuple) -> tuple:
        kept = [line for line in lines if line not in rule]
        at = next((i for i, line in enumerate(lines) if line in rule), None)
        return tuple(lines) if at is None else (*kept[:at], page, *kept[at:])

    return replace(answer, fields=tuple(replace(f, lines=swapped(f.lines)) for f in answer.fields))


def assignment_due(asked: Asked, slots: Slots) -> Answer:
    if slots.get("unknown") and not slots.get("assignments") and (asked.yes_no or asks_existence(asked.question)):
        return not_in_course(asked.course, slots["unknown"][0])
    items = items_of(asked, slots)
    answers = [due_detail(asked, a, focused=bool(slots.get("_due_asked"))) for a in items]
    answer = merged(answers, ", ".join(a.short for a in items))
    moved = with_moved_deadline(asked, items, answer)
    if moved is not answer:
        return moved  # "if i use a token on essay 1, what's my new deadline"
    if slots.get("_about"):
        # "what's the mini project about": what the course's policies say of it, before its dates.
        said = [text(p.summary) for a in items for p in _policies_naming(asked.course, a)]
        answer = replace(answer, lines=(*dict.fromkeys(said), *answer.lines))
    sides = _sides(asked, items, slots) or section_lines(
        asked.course, asked.question, items, slots.get("_sections_named") or ()
    )
    if sides:
        answer = replace(answer, lines=(*sides, *answer.lines))
    zone = zone_asked(asked.question)
    if zone is not None:
        # "what time is hw3 due in pacific time": the same instant read in that zone
        tz = zone[1]
        said = [
            text(f"{a.short} is due {a.due.astimezone(tz):%a %b %-d, %-I:%M %p %Z} ({tz.key} time).") for a in items
        ]
        if any(a.due_time_assumed for a in items):
            said.append(text("(The course page gives only the date; the due time is assumed until staff confirm it.)"))
        answer = replace(answer, lines=(*said, *answer.lines))
    if asked.yes_no and (no_part := part_not_had(asked.question, items, answer)) is not None:
        return no_part  # "is there a part b for homework 3": HW3 has no parts
    if exists_asked(asked, slots):
        # "is there a hw5": it exists.
        return replies.verdict(answer, True, f"the course has {', '.join(a.short for a in items)}.")
    # the whole question: its reason ("bc of bonifacio day") is read apart from the part that asks
    whole = asked.story or asked.question
    # whether it asks Yes or No (its words of moving may be read as unexplained, which withholds asked.yes_no)
    whether = asked.yes_no or whole.rstrip().endswith("?") or fold(whole).yes_no
    days_off = days_off_asked(asked.course, whole, items[0]) if whether and len(items) == 1 else []
    if days_off:
        # "ps8 gets moved bc of bonifacio day right?": the page's deadline holds unless it falls on that day
        yes, said = day_off_verdict(asked.course, items[0], days_off)
        if yes is None:
            where = replies.where_to_ask(asked.course)
            return replace(answer, lines=(said, text(f"{where[:1].upper()}{where[1:]} to be sure."), *answer.lines))
        return replies.verdict(answer, yes, said)
    confirmed = confirmed_due(asked, items, answer, clock_only=True)
    if confirmed is not None:
        return confirmed  # "is it due at 5 like the others", "due friday at midnight right?"
    checks_time = asked.yes_no or asks_clock_change(asked.question)  # "ps5 due at 5pm even after dst?"
    # "if i do quiz 7 on monday morning does it count": a hand-in then, not its due time checked
    handed_in = slots.get("submit_on") and slots.get("date") is not None and len(items) == 1
    if checks_time and slots.get("time") is not None and not handed_in and not any(a.due_time_assumed for a in items):
        # "is the report due at 5pm": the due time the page gives.
        return replies.verdict(answer, *stated_time_verdict(asked.course, asked.question, items, slots["time"]))
    if slots.get("time") is not None and any(a.due_time_assumed for a in items):
        # "is it due at midnight?": the page gives no time, so neither yes nor no.
        due = items[0].due.astimezone(asked.course.tz)
        said = text(
            f"The course page gives only the date; {human_time(due.time())} course time is assumed until staff "
            "confirm it."
        )
        return replace(answer, lines=(said, *answer.lines))
    if slots.get("submit_on") and slots.get("date") is not None and len(items) == 1:
        return submit_on(asked, items[0], slots["date"], answer, slots)
    if len(items) == 1 and not asked.yes_no and slots.get("date") is None and told_missed(asked.question):
        # "we forgot ps3": what happens now, by the late rule, and how long it is still taken
        return replace(answer, lines=(text(*handed_in_now(asked, items[0])), *answer.lines))
    # "is the proposal already due", "did i miss the hw1 deadline" (its words of missing may be read as unexplained,
    # which withholds asked.yes_no): whether its due date has passed, which `now` settles
    passed_asked = asks_if_passed(asked.question)
    if (
        (asked.yes_no or passed_asked)
        and (slots.get("_already") or passed_asked)
        and slots.get("date") is None
        and slots.get("deadline") is None
    ):
        return passed_verdict(answer, items, asked.now)
    same_week = slots.get("_same_week")
    if asked.yes_no and same_week is not None:
        # "is sheet 8 due the same week as test 2": both days' weeks (Monday to Sunday) compared, both days said
        day, other, other_id = same_week
        monday = week_monday(day)
        rest = [a for a in items if a.id != other_id] or items
        dues = {a.short: a.due.astimezone(asked.course.tz).date() for a in rest}
        yes = all(week_monday(d) == monday for d in dues.values())
        said = "; ".join(f"{short} is due {human_date(d)}" for short, d in dues.items())
        return replies.verdict(answer, yes, f"{said}; {other} {human_date(day)} (the week of {human_date(monday)}).")
    relative = slots.get("_relative")
    if asked.yes_no and relative is not None:
        relation, other_id = relative
        other = asked.course.assignment(other_id)
        rest = [a for a in items if a.id != other_id]
        if other is not None and rest:
            yes = all((a.due < other.due) if relation == "before" else (a.due > other.due) for a in rest)
            said = "; ".join(f"{a.short} is due {human_date(a.due.astimezone(asked.course.tz).date())}" for a in items)
            return replies.verdict(answer, yes, f"{said}.")
    deadline = slots.get("deadline")
    if asked.yes_no and deadline is not None:
        relation, limit, name = deadline
        dues = {a.short: a.due.astimezone(asked.course.tz).date() for a in items}
        held = {"before": lambda d: d < limit, "after": lambda d: d > limit}.get(relation, lambda d: d <= limit)
        yes = all(held(d) for d in dues.values())
        said = "; ".join(f"{short} is due {human_date(d)}" for short, d in dues.items())
        word = relation if relation in ("before", "after") else "by"
        return replies.verdict(answer, yes, f"{said} ({word} {name}: {human_date(limit)}).")
    span = slots.get("_span")
    if asked.yes_no and span is not None:
        first, last, within = span
        dues = {a.short: a.due.astimezone(asked.course.tz).date() for a in items}
        yes = all((first <= d <= last) if within else d == last for d in dues.values())
        said = "; ".join(f"{short} is due {human_date(d)} ({_days_from(asked.today, d)})" for short, d in dues.items())
        return replies.verdict(answer, yes, f"{said}.")
    weekday = slots.get("_weekday")
    if asked.yes_no and weekday is not None:
        # "is ps7 due on a friday": the weekday of its due date, whichever week that is
        dues = {a.short: a.due.astimezone(asked.course.tz).date() for a in items}
        yes = all(d.weekday() == weekday for d in dues.values())
        said = "; ".join(f"{short} is due {human_date(d)} (a {d:%A})" for short, d in dues.items())
        return replies.verdict(answer, yes, f"{said}.")
    day = slots.get("date")
    meeting = asks_to_attend(asked.course, asked.question) if asked.yes_no else None
    if meeting is not None:
        # "i missed the pre-lab, can i still do the lab": a due date is not a rule on attending
        names = ", ".join(a.short for a in items)
        said = text(
            f"Whether you can still attend the {meeting} after {names} is {replies.NOT_ON_PAGE}: its due date does "
            f"not decide it; {replies.where_to_ask(asked.course)}."
        )
        return replace(answer, lines=(said, *answer.lines))
    if asked.yes_no and day is not None:
        due_days = {a.due.astimezone(asked.course.tz).date() for a in items}
        names = ", ".join(a.short for a in items)
        if due_days == {day}:
            verb = "was" if all(a.due <= asked.now for a in items) else "is"  # "was lr1 due on monday": it has passed
            return replies.verdict(answer, True, f"{names} {verb} due on {human_date(day)}.")
        dues = "; ".join(
            f"{a.short} {'was' if a.due <= asked.now else 'is'} due {human_date(_due_day(asked, a))}" for a in items
        )
        if day in due_days and one_work_told_apart(items):
            # "is the field log due may 13" of one log per group, "hw 4 due march 13" of its two parts, one of them
            # due that day: the one asked is not said
            whose = ": which is yours depends on your section" if each_sections_own(items) else ""
            return replace(answer, lines=(text(f"{dues}{whose}."), *answer.lines))
        return replies.verdict(answer, False, f"{dues}.")
    same = same_verdict(asked.question, sides)
    if same is not None:
        # "is it the same deadline for group 1": one deadline for everyone who does it, a Yes ("different": a No)
        rest = answer.lines[len(sides) :]
        said = [(line[0][:1].lower() + line[0][1:], *line[1:]) for line in sides]
        return replies.verdict(replace(answer, lines=(*said[1:], *rest)), same, said[0])
    return answer


def _sides(asked: Asked, items: list[Assignment], slots: Slots) -> list:
    """ "is hw4 due before or after spring break", "... before or after the survey": which side of it."""
    anchor = slots.get("_anchor")
    relative = slots.get("_relative")
    if anchor is None and relative is not None and asked.course.assignment(relative[1]) is not None:
        other = asked.course.assignment(relative[1])
        day = other.due.astimezone(asked.course.tz).date()
        anchor = (day, day, f"{other.short} (due {human_date(day)})")
        items = [a for a in items if a.id != other.id]
    if anchor is None:
        return []
    first, last, name = anchor
    span = human_date(first) if first == last else f"{human_date(first)} – {human_date(last)}"
    said = []
    for item in items:
        due = item.due.astimezone(asked.course.tz).date()
        side = "before" if due < first else "after" if due > last else "during"
        said.append(text(f"{item.short} is due {human_date(due)}: **{side}** {name} ({span})."))
    return said


def _due_day(asked: Asked, item: Assignment) -> dt.date:
    return item.due.astimezone(asked.course.tz).date()


def _days_from(today: dt.date, day: dt.date) -> str:
    days = (day - today).days
    if days == 0:
        return "today"
    unit = "day" if abs(days) == 1 else "days"
    return f"in {days} {unit}" if days > 0 else f"{-days} {unit} ago"


def _policies_naming(course: Course, item: Assignment) -> list:
    """The policies whose keywords are one of the assignment's names ("mini project")."""
    names = {phrase_key(n) for n in (item.title, item.short, *item.aliases)}
    return [p for p in course.policies if any(phrase_key(k) in names for k in p.keywords)]


def due_soon(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if slots.get("_count"):
        return _every_assignment(asked, slots.get("kinds") or (), slots.get("section"), slots.get("series") or ())
    if asked.yes_no and slots.get("_all_at") is not None:
        every = _every_at(asked, *slots["_all_at"], slots.get("section"), one_of=bool(slots.get("_one_of")))
        if every is not None:
            return every
    first, last = slots["range"]
    # "anything due next week besides studying for exam 2": whether anything else is due (its words beside the work may
    # be read as unexplained, which withholds asked.yes_no)
    besides = besides_asked(asked.question)
    whether = asked.yes_no or besides is not None
    if slots.get("series") and not whether:
        found = _series_between(asked, slots, first, last)
        if found is None and slots.get("span") is not None:  # no day asked: the days from now
            found = _series_after(asked, slots, first, last)
        if found is not None:
            return found
    label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
    if _LEFT & set(phrase_key(asked.question)) and first < asked.today <= last:
        first, label = asked.today, f"{label} (from today)"  # "what's left this semester": from today on
    # upcoming_deadlines lists what is due after `now` and by the window's end: a range that does not start
    # today is asked from the start of its first day.
    start = asked.now if first == asked.today else course.at(first, dt.time(0, 0))
    # a span of hours is real elapsed time, so it is added in UTC (a DST change in between moves the wall clock)
    span = slots.get("span")
    end = (asked.now.astimezone(dt.UTC) + span).astimezone(course.tz) if span else end_of_day(last, course)
    answer = upcoming_deadlines(course, start, Window(end, label), slots.get("section"))
    if slots.get("_period"):
        # "what's due over thanksgiving": only what falls in the break, not the next deadline after it
        kept = tuple(line for line in answer.lines if not str(line[0] if line else "").startswith("Next up"))
        answer = replace(answer, lines=kept)
    section = slots.get("section")
    upcoming = [
        e
        for e in course.exams
        if e.date >= asked.today and (section is None or not e.sections or section in e.sections)
    ]
    # (a span already past lists what was due; the exams held then are not what "no exams" would claim)
    if (_names_exams(asked) or _LEFT & set(phrase_key(asked.question))) and not whether and last >= asked.today:
        # "deadlines and exams between now and the end of april": the exams of that span too.
        held = [e for e in upcoming if first <= e.date <= last]
        said = "; ".join(f"**{e.title}**, {human_date(e.date)}" for e in held)
        line = text(f"Exams {label}: {said}.") if held else text(f"No exams {label}.")
        # "everything before the final": the exam the span runs up to, too
        ending = [text(f"**{e.title}**: {human_date(e.date)}.") for e in upcoming if e not in held and e.title in label]
        return replace(answer, lines=(*answer.lines, line, *ending))
    held = [e for e in upcoming if first <= e.date <= last and course.at(e.date, dt.time(23, 59)) > start]
    if held and not whether and not slots.get("series") and not slots.get("_period"):
        # "whats due next week" with the midterm that week: the exam is what the week holds too, said beside
        said = "; ".join(f"**{e.title}**, {human_date(e.date)}" for e in held)
        answer = replace(answer, lines=(*answer.lines, text(f"Also {label}: {said}.")))
    if slots.get("_overview") and upcoming and not whether:
        soonest = min(upcoming, key=lambda e: e.date)
        said = text(f"Next exam: **{soonest.title}**, {human_date(soonest.date)}.")
        answer = replace(answer, lines=(*answer.lines, said))
    if whether:
        due = [a for a in course.assignments if a.is_for(slots.get("section")) and start < a.due <= end]
        series = slots.get("series") or ()
        if besides is not None:
            others = left_besides([a for a in due if not series or a.id in series], besides)
            n = len(others)
            said = f"{n} other deadline{'s' if n != 1 else ''} {label}." if others else f"nothing else is due {label}."
            return replies.verdict(answer, bool(others), said)
        if series:
            # "is the lab report due friday": only work of the kind asked decides, not any deadline that day
            due = [a for a in due if a.id in series]
            name = slots.get("_series_name", "deadlines")
            name = "work of that kind" if name == "deadlines" else name
            said = ", ".join(f"{a.short} ({human_date(a.due.astimezone(course.tz).date())})" for a in due)
            # nothing due that day: only a question of the kind's habit ("are reading responses due sunday night")
            # is its usual weekday; "is there a pset due friday" asks of that one Friday
            every = first == last and ((not due and _habit_asked(asked)) or _every_weekday_asked(asked))
            if every and (usual := _usual_weekday(asked, series, first, name)):
                return replies.verdict(answer, *usual)  # "are reading responses due sunday night"
            if first < last and (listed := _series_between(asked, slots, first, last)) is not None:
                # "any quizzes in the next 2 weeks": that kind's own deadlines in the span, not every deadline
                answer = replace(listed, title=f"{name[:1].upper()}{name[1:]} due {label}")
            return replies.verdict(answer, bool(due), f"{said}." if due else f"no {name} due {label}.")
        return replies.verdict(
            answer,
            bool(due),
            f"{len(due)} deadline{'s' if len(due) != 1 else ''} {label}." if due else f"nothing is due {label}.",
        )
    return answer


def _every_at(
    asked: Asked, series: tuple[str, ...], stated: dt.time, section: str | None, one_of: bool = False
) -> Answer | None:
    """ "are all the lab reports due at 5pm": Yes when every one of them (the term's) is due at that time, else No
    with those that are not and when they are due; the whole series below. None when the series has no items or the
    page gives no due time. `one_of`: one of them asked ("is the essay due at noon"), so only a time all share
    settles a Yes or No; the series' card alone when their times differ."""
    items = [a for a in map(asked.course.assignment, series) if a is not None and a.is_for(section)]
    if not items or any(a.due_time_assumed for a in items):
        return None  # a time the page does not give is neither Yes nor No
    whole = len(items) == len([a for a in asked.course.assignments if a.is_for(section)])
    card = _every_assignment(asked, (), section, () if whole else series)
    zone = zone_stated(asked.question) or asked.course.tz
    at: dict[dt.time, list[str]] = {}
    for a in items:
        at.setdefault(a.due.astimezone(zone).time(), []).append(a.short)
    if one_of and len(at) > 1:
        return card  # which one is asked is not said, and their times differ
    yes = set(at) == {stated}
    shown = {t: shorts for t, shorts in at.items() if t != stated or yes}
    said = "; ".join(
        f"{', '.join(shorts)} {'is' if len(shorts) == 1 else 'are'} due at {human_time(t)}"
        for t, shorts in shown.items()
    )
    if not yes:
        said = f"{'none' if stated not in at else 'not all'} of them: {said}"
    return replies.verdict(card, yes, said)


_LEFT = frozenset({"left", "remaining", "remain", "remains"})
# Words that make a named weekday one day ("this sunday"), not the weekday a kind of work is usually due on.
_ONE_DAY = frozenset({"this", "next", "coming", "today", "tomorrow", "tonight", "tmrw", "upcoming"})


def _usual_weekday(asked: Asked, series: tuple[str, ...], day: dt.date, name: str) -> tuple[bool, str] | None:
    """ "are reading responses due sunday night": a weekday named bare about a kind of work asks whether that kind
    is due on that weekday, not only on the next one: Yes with the day and time when every item of it is, else No
    with those that are not (weekday_pattern); that none is due on the day itself when it is their day. None when
    the weekday is one day ("this sunday") or the kind has fewer than two items."""
    course = asked.course
    words = set(phrase_key(asked.question))
    weekday = WEEKDAYS[day.weekday()]
    if not words & {weekday, f"{weekday}s"} or words & _ONE_DAY:
        return None
    items = [a for a in map(course.assignment, series) if a is not None and a.is_for(asked.section)]
    return weekday_pattern(items, day.weekday(), name, course.tz, asked.now, day, stated_clock(asked.question))


def _every_weekday_asked(asked: Asked) -> bool:
    """ "are all the essays due on fridays", "always due mondays": the kind's weekday, not one day's deadlines."""
    words = set(phrase_key(asked.question))
    return bool(words & _EVERY) or any(f"{d}s" in words for d in WEEKDAYS)


_EVERY = frozenset({"all", "always", "every", "usually", "normally", "typically"})
# "are reading responses due ...", "do problem sets come due ...": the kind's items as a plural subject (its habit), not
# "are there any ... due" (one day's deadlines)
_PLURAL_ASKED = re.compile(r"^\W*(?:are|do)\s+(?!there\b|we\b|i\b|you\b|u\b)")


def _habit_asked(asked: Asked) -> bool:
    """ "are problem sets due on friday night": the kind asked of as a whole, or any of its habit words; never "is the
    pset due friday" or "is there a pset due friday", which ask of that one day."""
    return _every_weekday_asked(asked) or _PLURAL_ASKED.match(asked.question.lower()) is not None


# Per course, built once: the words naming its exams.
_EXAM_NAMES: Kept[frozenset[str]] = Kept(size=32)


def _names_exams(asked: Asked) -> bool:
    """Whether a question about deadlines asks about exams too ("what's left, including exams")."""
    words_ = set(phrase_key(asked.question))
    return not words_.isdisjoint(_EXAM_NAMES.get(asked.course, "exam words", lambda: _exam_words(asked.course)))


def _exam_words(course: Course) -> frozenset[str]:
    """The words that speak of exams: the usual ones and those of the course's exams' names (longer than three)."""
    own = {w for e in course.exams for name in (e.title, *e.aliases) for w in phrase_key(name) if len(w) > 3}
    return EXAM_WORDS | own


def _every_assignment(
    asked: Asked, kinds: tuple[str, ...], section: str | None, series: tuple[str, ...] = ()
) -> Answer:
    """ "how many problem sets are there", "how many quizzes are left": every one of the term (of that kind or
    series), with its due date."""
    course = asked.course
    items = sorted(
        (
            a
            for a in course.assignments
            if a.is_for(section) and (a.id in series if series else not kinds or a.kind in kinds)
        ),
        key=lambda a: (a.due, a.id),
    )
    left = sum(1 for a in items if a.due > asked.now)
    lines = [text(f"{len(items)} in the term, {left} still to come:")]
    lines += [text(f"**{a.short}**: ", *when(a.due)) for a in items]
    return Answer(title="Assignments" if not kinds else f"{len(items)} assignments", lines=tuple(lines))


def _series_between(asked: Asked, slots: Slots, first: dt.date, last: dt.date) -> Answer | None:
    """ "every lab report deadline for the rest of the semester": the items of that series due in the span; None
    when none is (what is due then, and next, says more)."""
    course = asked.course
    label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
    start = asked.now if first <= asked.today else course.at(first, dt.time(0, 0))
    end = end_of_day(last, course)
    items = sorted(
        (a for a in map(course.assignment, slots["series"]) if a is not None and a.is_for(slots.get("section"))),
        key=lambda a: (a.due, a.id),
    )
    due = [a for a in items if start < a.due <= end]
    if not due:
        return None
    lines = [due_line(course, a) for a in due]  # "how many hand-ins are left": each by its title too
    if "how many" in asked.question.lower():
        lines.insert(0, text(f"{len(due)} {label}:"))  # "how many quizzes are left": the number first
    title = f"{slots.get('_series_name', 'deadlines').capitalize()}, {label}"
    return Answer(title=title, lines=tuple(lines))


def _series_after(asked: Asked, slots: Slots, first: dt.date, last: dt.date) -> Answer | None:
    """ "when are reading responses due" when none is due in the days from now the answer looks at: that none is,
    and the ones still to come after them (never other work that happens to fall then); None when none is left."""
    course = asked.course
    if last < asked.today:
        return None
    end = end_of_day(last, course)
    later = sorted(
        (
            a
            for a in map(course.assignment, slots["series"])
            if a is not None and a.is_for(slots.get("section")) and a.due > max(end, asked.now)
        ),
        key=lambda a: (a.due, a.id),
    )
    if not later:
        return None
    name = slots.get("_series_name", "deadlines")
    label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
    lines = [text(f"No {name} due {label}. Still to come:"), *(due_line(course, a) for a in later)]
    return Answer(title=f"{name.capitalize()}, {label}", lines=tuple(lines))


# "what's left after hw3", "everything remaining after the essay", "all the work due after the midterm"
_ALL_LEFT = re.compile(r"\b(?:left|remaining|rest|everything|all)\b")


def next_due(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if slots.get("which"):
        return _last_due(asked, slots)
    after = slots.get("after")
    anchor = course.assignment(after).due if after and course.assignment(after) else asked.now
    if slots.get("after_day"):
        # "when did we cover X and what was due after that": after that day, even a past one
        day_after = course.at(slots["after_day"] + dt.timedelta(days=1), dt.time(0, 0))
        anchor = max(anchor, day_after) if after else day_after
    kinds = slots.get("kinds") or ()
    series = slots.get("series") or ()
    section = slots.get("section")
    later = sorted(
        (
            a
            for a in course.assignments
            if a.due > anchor and a.is_for(section) and (a.id in series if series else not kinds or a.kind in kinds)
        ),
        key=lambda a: (a.due, a.id),
    )
    if not later:
        return Answer(title="Next deadline", lines=(text("Nothing else is due this term."),))
    first = [a for a in later if a.due == later[0].due]
    named = course.assignment(after).short if after and course.assignment(after) else ""
    named = named or (human_date(slots["after_day"]) if slots.get("after_day") else "")
    if named and _ALL_LEFT.search(asked.question.lower()):
        # "whats left to submit after the essay": everything due after it, not only the next one
        lines = (text(f"Due after {named}:"), *(due_line(course, a) for a in later))
        return Answer(title=f"Due after {named}", lines=lines)
    answer = replies.next_due_answer(course, first, f"after {named}" if named else "")
    detail = [due_detail(asked, a) for a in first]
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
    series = slots.get("series") or ()
    items = sorted(
        (
            a
            for a in course.assignments
            if a.is_for(slots.get("section")) and (a.id in series if series else not kinds or a.kind in kinds)
        ),
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
    answer = Answer(title=title, lines=tuple(due_line(course, a) for a in last))  # "WW11: ... · WeBWorK 11"
    named = [a for a in (course.assignment(i) for i in slots.get("_named", ())) if a is not None]
    if asked.yes_no and named and slots["which"] in ("last", "first"):
        # "is hw5 the last homework": whether the one named is that one.
        yes = all(a in last for a in named)
        said = ", ".join(a.short for a in last)
        return replies.verdict(answer, yes, f"the {slots['which']} one is {said}.")
    if asked.yes_no and not named and slots["which"] in ("last", "first"):
        # "first journal instalment is due sunday night right": the day and time stated, checked on that one
        confirmed = confirmed_due(asked, last, answer)
        return answer if confirmed is None else confirmed
    return answer


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
        if asks_of_solutions(asked.question):
            # "are the ps2 solutions out": the work's own release says nothing of its solutions
            names = ", ".join(a.short for a in items_of(asked, slots))
            said = text(
                f"When the solutions to {names} come out is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}."
            )
            return replace(answer, lines=(said, *answer.lines), kind="unknown")
        if asked.yes_no:
            items = items_of(asked, slots)
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
