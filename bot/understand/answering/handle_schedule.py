"""Handlers for the schedule: a day, a range, the next or last meeting, a topic and its materials, days off."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.day_view import day_view, meetings_between, next_thing, replaced_by_exam
from bot.answers.meetings import meetings_answer
from bot.answers.schedule import (
    materials_overview,
    next_class,
    no_class_days,
    none_left,
    schedule_between,
    schedule_on,
)
from bot.answers.section_rows import rows_for_section_answer
from bot.core.answer import Answer, Stamp, text, when
from bot.core.sentences import split_sentences
from bot.core.timefmt import human_date, human_time
from bot.course.model import EXAM_KIND, NO_CLASS_KINDS, WEEKDAYS, Course
from bot.course.occurrences import meetings_of, occurrences_between
from bot.understand.answering import replies
from bot.understand.answering.any_of import any_of_asked
from bot.understand.answering.asked import Asked
from bot.understand.exams.session_for_exam import listed_for_exam, of_other_exam, session_for_exam_answer
from bot.understand.meetings.as_usual import as_usual_verdict
from bot.understand.meetings.class_days import (
    exams_instead,
    held_between,
    in_part,
    kind_label,
    meetings_on,
    next_held,
    of_kind,
    on_section_days,
    resumes_after,
    span_words,
)
from bot.understand.meetings.held_at_clock import held_at_another_time
from bot.understand.meetings.kind_days_off import kind_days_off
from bot.understand.meetings.meeting_at_clock import names_a_clock, same_clock
from bot.understand.meetings.meeting_now import meeting_now
from bot.understand.meetings.row_meeting import with_own_meetings
from bot.understand.meetings.sections_only import sections_only
from bot.understand.meetings.weekly_pattern import weekly_meeting_verdict
from bot.understand.people.extra_help import extra_help_between, sessions_over_rows
from bot.understand.question.result import Slots
from bot.understand.schedule.after_meeting import asks_any_more
from bot.understand.schedule.day_off_asked import day_off_on
from bot.understand.schedule.last_day_claimed import last_day_checked
from bot.understand.schedule.other_numbered import other_numbered
from bot.understand.schedule.period_exists import period_reason
from bot.understand.schedule.topic_count import count_not_listed
from bot.understand.schedule.topic_predicate import asked_of_topic
from bot.understand.schedule.topic_section import topic_for_section
from bot.understand.schedule.topic_start import first_day_other, start_asked
from bot.understand.schedule.topic_time import topic_at_time
from bot.understand.times.weeks import course_weeks, monday_of, week_number
from bot.understand.words.materials import MATERIAL_WORDS
from bot.understand.words.normalize import phrase_key, words

# A span this short ("this week", "fri to mon") lists everything on each day; a longer one the schedule's rows.
_DAY_VIEW_DAYS = 10

# "do we have anything tomorrow", "is something on friday": any meeting asked, a section's too.
_ANY_MEETING = re.compile(r"\b(?:anything|something)\b", re.IGNORECASE)
# "is there a reading for tuesdays lecture", "are there slides for friday", "any readings for monday?", "do we have
# slides for it": whether the day lists that material (never whether the day has class).
_MATERIAL_ASKED = re.compile(
    r"\b(?:there|any|have|got)\s+(?:(?:a|an|any|some)\s+)?(?:readings?|slides?|recordings?|notebooks?|videos?)\b",
    re.IGNORECASE,
)


def _day_title(day: dt.date) -> str:
    return f"Schedule for {human_date(day)}"


def schedule_day(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if len(slots.get("dates", ())) > 1 and asked.yes_no and "or" in words(asked.question):
        # "any classes on nov 3 or nov 4": Yes with the days that have one, or No with each day's reason
        found = any_of_asked(slots["dates"], lambda d: schedule_day(asked, {**slots, "date": d, "dates": (d,)}))
        if found is not None:
            return found
    if len(slots.get("dates", ())) > 1 and not asked.yes_no:
        return replies.combined([day_view(course, d, d, slots.get("section"), _day_title(d)) for d in slots["dates"]])
    if slots.get("_span") is not None and (asked.yes_no or slots["_span"][0] > slots["date"]):
        # "is there a recitation before march 20": any in the days up to it, not on the day itself; "the
        # lecture topics after christmas": the days after it
        first, last, label = slots["_span"]
        return schedule_range(asked, {**slots, "range": (first, last), "label": label})
    day = slots["date"]
    if asked.yes_no and slots.get("_now") and not slots.get("words"):
        # "is there class right now": the meeting on at this moment, or the next one
        answer = day_view(course, day, day, slots.get("section") or asked.section, _day_title(day))
        on, said = meeting_now(course, asked.now, slots.get("kind"), slots.get("section") or asked.section)
        return replies.verdict(answer, on != slots.get("negated", False), said)
    if asked.yes_no and slots.get("_day_off"):
        # "is dec 8 a holiday": the day off the schedule marks that day, or what is held
        return replies.verdict(
            day_view(course, day, day, slots.get("section"), _day_title(day)),
            *day_off_on(course, day, slots.get("section")),
        )
    kind = slots.get("kind")
    # "which lab sections are on thursday afternoons", "any labs tuesday morning": that part of the day's only
    part = slots.get("_part") if kind not in (None, "class") else None
    answer = meetings_on(course, day, kind, slots.get("section"), part)
    if answer is None:
        answer = (
            schedule_on(course, day, slots.get("section"))
            if slots.get("words")
            else day_view(course, day, day, slots.get("section"), _day_title(day))
        )
    if (
        slots.get("_resource")
        and not slots.get("words")
        and (not asked.yes_no or _MATERIAL_ASKED.search(asked.question))
    ):
        # "whats the reading for tuesdays lecture": the day's rows of that meeting, with that material or why not
        rows = [
            r
            for r in course.schedule
            if r.date == day and r.has_class and of_kind(course, r, kind) and r.is_for(slots.get("section"))
        ]
        if rows:
            shown = replies.rows_answer(f"{kind_label(course, kind or 'class').capitalize()}, {human_date(day)}", rows)
            return _materials(asked, rows, slots["_resource"], shown)
    if slots.get("words") and not any(course.schedule[i].date == day for i in slots.get("rows", ())):
        # "is the final review session on april 7": an extra session that day, named by its reason, with its room
        extra = held_between(course, day, day, kind, slots.get("section"), slots["words"], slots.get("rows", ()))
        if extra:
            answer = Answer(title=_day_title(day), lines=tuple(text(h) for h in extra))
    helping = extra_help_between(course, day, day, asked.question)
    if helping and not (slots.get("words") and held_between(course, day, day, kind, None, slots["words"])):
        # "is rohan's doubt session on march 6 in lhc 104": an extra office-hours session named by its reason
        answer = Answer(title=_day_title(day), lines=tuple(text(h) for h in helping))
        return replies.verdict(answer, True, f"{'; '.join(helping)}.") if asked.yes_no else answer
    usual = as_usual_verdict(course, asked.question, day, kind, slots.get("section"))
    if usual is not None:
        return replies.verdict(answer, *usual)  # "is the thursday lecture on 16 april in the normal theatre"
    # the question as typed: respelling reads "thursdays" as "thursday"
    weekly = weekly_meeting_verdict(
        course, asked.story or asked.question, kind, slots.get("section"), asked.today, asked.question
    )
    if asked.yes_no and weekly is not None:
        return replies.verdict(answer, *weekly)  # "is group c's lab on thursdays": every week's, not the coming one
    if asked.yes_no and slots.get("time") is not None and (kind not in (None, "class") or slots.get("section")):
        timed = at_the_time(
            course, day, kind, slots.get("section"), slots["time"], answer, either_half=slots.get("_either_half", False)
        )
        if timed is not None:
            return timed
    section = slots.get("section")
    if asked.yes_no and part is not None and not slots.get("words") and meetings_of(course, kind, section):
        found, tz = in_part(course, occurrences_between(course, day, day, kind=kind, section=section), part), course.tz
        at = [f"{course.meeting_label(o.kind, o.section)} at {human_time(o.start.astimezone(tz))}" for o in found]
        if at:
            return replies.verdict(answer, True, f"{', '.join(at)}.")
        # "No: no tutorials on Fri Oct 4 morning; that day's:" in place of the answer's own first line
        said = f"no {kind_label(course, kind, plural=True)} on {part[2]}; that day's:"
        return replies.verdict(replace(answer, lines=answer.lines[1:]), False, said)
    if asked.yes_no:
        held = held_between(course, day, day, kind, slots.get("section"), slots.get("words", ""), slots.get("rows", ()))
        what = f"“{slots['words']}”" if slots.get("words") else kind_label(course, kind)
        on = f"{human_date(day)}{_day_off_named(course, day)}"  # "no lab on Fri Mar 26 (Good Friday)"
        said = f"{', '.join(held)}." if held else f"no {what} on {on}."
        following = "" if held or slots.get("words") else next_held(course, day, kind, slots.get("section"))
        if not held and not following and kind in (None, "class") and not slots.get("words") and on != human_date(day):
            # "... after easter, is it monday the 29th": when classes resume (the asker's section's too)
            following = resumes_after(course, day, slots.get("section") or asked.section)
        if following:
            said = f"no {what} on {on}. {following}."  # "do i have section today? im in 1c"
        instead = exams_instead(course, day, day, kind, slots.get("section")) if kind not in (None, "class") else []
        if instead and not held:
            said = f"no {what} on {human_date(day)}: {', '.join(instead)} is held in its place."
            answer = day_view(course, day, day, slots.get("section"), _day_title(day))
        own = slots.get("section") or asked.section
        asks_any_class = not held and kind in (None, "class") and not slots.get("words")
        asks_class = asks_any_class and not own
        only = sections_only(course, day, any_meeting=bool(_ANY_MEETING.search(asked.question))) if asks_class else None
        if only is not None:
            # "is there class on tue nov 10" where only the problem-solving classes meet: Yes naming them when the
            # course calls them classes, else No saying which sections meet
            return replies.verdict(answer, only[0] != slots.get("negated", False), only[1])
        if not held and not course.term_first <= day <= course.term_last:
            said = f"no {what} on {day:%a %b} {day.day}, {day.year}: {outside_term(course, day)}"  # "on christmas"
        elif asks_any_class and not instead and not following.startswith("Classes resume"):
            # "when does teaching start again after easter, is it monday the 29th": No, and the first class after it
            # (the asker's own section's, when they have one)
            answer = _with_next_class(answer, next_thing(course, day, own))
        if not slots.get("negated") and held_at_another_time(asked.question, held):
            # "is the review session on oct 22 at 5am" of one at 5:00 PM: not at that time
            return replies.verdict(answer, False, f"not at that time: {said}")
        return replies.verdict(answer, bool(held) != slots.get("negated", False), said)
    return answer


def _with_next_class(answer: Answer, following: list) -> Answer:
    """The answer with the next class after it, unless it already says when that is."""
    shown = {str(line) for line in answer.lines}
    return replace(answer, lines=(*answer.lines, *(f for f in following if str(f) not in shown)))


def _day_off_named(course: Course, day: dt.date) -> str:
    """ " (Good Friday)": the day off the schedule marks on a day, as the reason nothing meets; "" when none."""
    off = [r.title for r in course.schedule if r.date == day and r.kind in NO_CLASS_KINDS]
    named = [" ".join(re.sub(r"\s*\(.*?\)", "", t).split()) or t for t in off]  # "(no classes)" is already said
    return f" ({'; '.join(dict.fromkeys(named))})" if named else ""


_HOW_MANY = re.compile(r"\bhow\s+many\b")


def outside_term(course: Course, day: dt.date) -> str:
    """Why a day outside the term has no class: "it is after the term ends (the term runs from Mon Aug 26 to Fri
    Dec 13, 2024)."."""
    when = "before the term starts" if day < course.term_first else "after the term ends"
    last = course.term_last
    return f"it is {when} (the term runs from {human_date(course.term_first)} to {last:%a %b} {last.day}, {last.year})."


def schedule_range(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    first, last = slots["range"]
    label = slots.get("label")
    kind = slots.get("kind")
    section = slots.get("section")
    if slots.get("_topic_span") is not None and not held_between(
        course, first, last, kind, section, slots.get("words", ""), slots.get("rows", ())
    ):
        # "is the snow pits lecture before easter": nothing so named from today to the break, so its own days decide,
        # over the whole term before the break (a session held for an exam in the span answers as it did)
        start, end, said, words = slots["_topic_span"]
        return topic(asked, {**slots, "_within": (start, end, said), "_span_words": words})
    if (
        kind not in (None, "class")
        and not asked.yes_no
        and slots.get("_for_exam")
        and not _HOW_MANY.search(asked.question.lower())
    ):
        # "when is the review session for midterm 2": the session held for it, not every one before it
        for_exam = session_for_exam_answer(course, asked.question, slots["_for_exam"], kind)
        if for_exam is not None:
            return for_exam
    exam = course.exam(slots["_for_exam"]) if slots.get("_for_exam") else None
    if exam is not None and slots.get("words") and not asked.yes_no and not _HOW_MANY.search(asked.question.lower()):
        # "when is the review lecture for the final": the days and sessions held for it (its rows were chosen by
        # bot.understand.exams.session_for_exam), never every lecture before it nor another exam's review
        held = held_between(course, first, last, kind, section, slots["words"], slots.get("rows", ()))
        held = [h for h in held if not of_other_exam(course, h, exam.id)]
        if held:
            return Answer(title=f"“{slots['words']}” for {exam.title}", lines=tuple(text(h) for h in held))
    if kind not in (None, "class") and not asked.yes_no:
        rows = [
            r for r in course.schedule if first <= r.date <= last and of_kind(course, r, kind) and r.is_for(section)
        ]
        rows = on_section_days(course, rows, first, last, kind, section)  # "group a's labs": not group b's
        name = course.kind_name(kind, plural=True)
        # rows for some sections only (a make-up lab, a field day) leave the kind's other weeks to its weekly
        # meetings: listed below, each with its row, when the kind meets weekly
        if rows and (any(not r.sections for r in rows) or not meetings_of(course, kind, section)):
            answer = replies.rows_answer(f"{name}, {label}" if label else name, rows)
            if _HOW_MANY.search(asked.question.lower()):
                # "how many lectures are left before the final": the number first, then which
                said = f"{len(rows)} {name.lower() if len(rows) != 1 else course.kind_name(kind).lower()}"
                answer = replace(answer, lines=(text(f"{said} {label or ''}".strip() + "."), *answer.lines))
            return answer
        if meetings_of(course, kind, section) and label:
            # "what practicals are left": weekly meetings with no schedule rows, each one in the span.
            return meetings_between(course, first, last, kind, section, f"{name}, {label}")
        if meetings_of(course, kind, section):
            return meetings_answer(course, asked.now, kind, section)  # weekly meetings with no schedule rows
    if kind in (None, "class") and not slots.get("words") and (last - first).days < _DAY_VIEW_DAYS:
        answer = day_view(course, first, last, section, f"Schedule, {label}" if label else "")
    else:
        answer = schedule_between(course, first, last, f"Schedule, {label}" if label else None, section)
    helping = extra_help_between(course, first, last, asked.question)
    if helping and not (slots.get("words") and held_between(course, first, last, kind, section, slots["words"])):
        # "is there a doubt session before minor 2": an extra office-hours session named by its reason
        answer = Answer(title=f"Schedule, {label}" if label else "Schedule", lines=tuple(text(h) for h in helping))
        return replies.verdict(answer, True, f"{'; '.join(helping)}.") if asked.yes_no else answer
    if slots.get("words") and not asked.yes_no:
        # "when is the extra midterm review": what the words name in the range, with its day, time and room.
        held = held_between(course, first, last, kind, section, slots["words"], slots.get("rows", ()))
        if held:
            return Answer(
                title=f"“{slots['words']}”, {label}" if label else slots["words"], lines=tuple(text(h) for h in held)
            )
    if kind in (None, "class") and not slots.get("words") and not asked.yes_no and _ACROSS_KINDS.search(asked.question):
        return _with_work_and_exams(asked, answer, first, last, label)
    if asked.yes_no and slots.get("_stretch") is not None:
        # "is there a reading day before finals": the day itself exists, whether or not class meets on it; "is there
        # a spring break in april": only if it falls in the span asked
        stretch = slots["_stretch"]
        inside = stretch.first <= last and first <= stretch.last
        said = period_reason(stretch, whole=inside != (stretch.first <= last and first <= stretch.last_marked))
        reason = said if inside else f"{said[:-1]}, not {label}."
        return replies.verdict(answer, inside != slots.get("negated", False), reason)
    if asked.yes_no and kind not in (None, "class") and section and meetings_of(course, kind, section):
        # "s1 here, is there studio next week": the section's own meetings in the span, with their times and rooms
        name = course.kind_name(kind, plural=True)
        answer = meetings_between(course, first, last, kind, section, f"{name}, {label}" if label else name)
    if asked.yes_no and slots.get("words") and names_a_clock(asked.question):
        # "does the midterm review start at 7": what the words name, with its time, and no Yes for being found
        held = held_between(course, first, last, kind, section, slots["words"], slots.get("rows", ()))
        title = f"“{slots['words']}”, {label}" if label else slots["words"]
        return Answer(title=title, lines=tuple(text(h) for h in held)) if held else answer
    if asked.yes_no:
        since = asked.now if slots.get("_span") is not None else None  # "before friday": from now, not this morning
        held = held_between(course, first, last, kind, section, slots.get("words", ""), slots.get("rows", ()), since)
        what = f"“{slots['words']}” on the schedule" if slots.get("words") else kind_label(course, kind)
        said = f"{'; '.join(held)}." if held else f"no {what} {span_words(first, last, label)}."
        off = any(r.kind in NO_CLASS_KINDS for r in course.schedule_between(first, last))
        if not held and off and kind in (None, "class") and not slots.get("words") and first == last:
            resumes = resumes_after(course, last, section)  # "is there class on veterans day": and when classes resume
            said = f"{said} {resumes}." if resumes else said
        elif following := "" if held or slots.get("words") else next_held(course, last, kind, section):
            said = f"{said[:-1]}. {following}."  # "group a, do we have a practical next week": No, and when
        if not slots.get("negated") and held_at_another_time(asked.question, held):
            # "is the review session on oct 22 at 5am" of one at 5:00 PM: not at that time
            return replies.verdict(answer, False, f"not at that time: {said}")
        return replies.verdict(answer, bool(held) != slots.get("negated", False), said)
    return answer


# "everything happening before the exam", "the timeline till the final": every kind of thing in the span.
_ACROSS_KINDS = re.compile(
    r"\b(?:everything|timeline|going\s+on|happening|coming\s+up|upcoming|overview|whats\s+up|what's\s+up)\b", re.I
)


def _with_work_and_exams(asked: Asked, answer: Answer, first: dt.date, last: dt.date, label: str | None) -> Answer:
    """The schedule of a span with what is due in it and its exams (and the exam it runs up to)."""
    course = asked.course
    section = asked.section
    start = asked.now if first <= asked.today else course.at(first, dt.time(0, 0))
    end = course.at(last, dt.time(23, 59))
    due = sorted((a for a in course.assignments if a.is_for(section) and start < a.due <= end), key=lambda a: a.due)
    exams = [
        e
        for e in sorted(course.exams, key=lambda e: e.date)
        if (section is None or not e.sections or section in e.sections)
        and (first <= e.date <= last or (label and e.title in label and e.date >= first))
    ]
    lines = list(answer.lines)
    if due:
        lines.append(text(f"Due {label or 'then'}:"))
        lines += [text(f"**{a.short}**: ", *when(a.due)) for a in due]
    else:
        lines.append(text(f"Nothing is due {label or 'then'}."))
    lines += [text(f"**{e.title}**: {human_date(e.date)}") for e in exams]
    return replace(answer, lines=tuple(lines))


def next_class_(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    kind = slots.get("kind")
    if slots.get("which") == "first":
        rows = [r for r in course.schedule if of_kind(course, r, kind)]
        if slots.get("_within"):
            first, last, label = slots["_within"]
            rows = [r for r in rows if first <= r.date <= last]
            if not rows:  # "the first class during easter break": none, said so, never an empty answer
                lines = (text(f"There is no {kind_label(course, kind)} in {label}."),)
                return Answer(title=f"First {kind_label(course, kind)} {label}", lines=lines)
            return replies.rows_answer(f"First {kind_label(course, kind)} {label}", rows[:1])
        return replies.rows_answer(f"First {kind_label(course, kind)} of the term", rows[:1])
    after = slots.get("after")
    said = asked.question.lower()
    if words := slots.get("_anchor_words"):  # "after good friday": no Friday asked, but "the friday after" is
        said = re.sub(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", " ", said, count=1)
    named = [i for i, day in enumerate(WEEKDAYS) if re.search(rf"\b{day}s?\b", said)]
    if after and len(named) == 1:
        # "the wednesday after spring break": that day, and whether there is class on it
        day = after + dt.timedelta(days=(named[0] - after.weekday() - 1) % 7 + 1)
        return schedule_day(asked, {**slots, "date": day, "negated": False})
    start = course.at(after + dt.timedelta(days=1), dt.time(0, 0)) if after else asked.now
    not_kinds = tuple(slots.get("_not_kinds", ()))
    kind = None if kind in (None, "class", *not_kinds) else kind
    if kind is None and not_kinds:
        # "my next class (not lab)": the one kind of meeting left when the others named are ruled out
        left = [k.id for k in course.meeting_kinds if k.id not in not_kinds and not k.counts_as]
        kind = left[0] if len(left) == 1 else None
    answer = next_class(course, start, kind, slots.get("section"), asked_on=asked.today, not_kinds=not_kinds)
    if not after or not answer.title:
        return answer
    # "what's the lecture after that": the one after the day asked about, not after today
    answer = replace(answer, title=f"{answer.title} after {human_date(after)}")
    if asked.yes_no and asks_any_more(asked.question):
        # "are there any more practicals after practical 4": whether one is left, then which
        left = not none_left(answer)
        day = f"{human_date(after)} ({slots['_after_label']})" if slots.get("_after_label") else human_date(after)
        return replies.verdict(answer, left, f"the first one after {day}:" if left else f"none after {day}.")
    return answer


def last_class(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    kind = slots.get("kind")
    which = slots.get("which")
    rows = [r for r in course.schedule if of_kind(course, r, kind)]
    if kind in (None, "class"):
        rows = [r for r in rows if r.kind != EXAM_KIND] or rows  # "the last day of class": a class, not the final
    if not rows and kind not in (None, "class"):
        return _last_meeting(asked, kind, slots.get("section"), which)
    if which == "before":
        earlier = [r for r in rows if r.date < slots["before"]]
        return replies.rows_answer(
            f"Last {kind_label(course, kind)} before {human_date(slots['before'])}", earlier[-1:]
        )
    final = replies.rows_answer(f"Last {kind_label(course, kind)} of the term", rows[-1:])
    if (claimed := slots.get("claimed_day")) and rows and not rows[-1].sections:
        # "is nov 16 the last lecture of the sem": checked on the last row; never a No for a later day the course
        # meets on (its weekly meetings may run past the rows)
        kind_met = None if kind in (None, "class") else kind
        if claimed <= rows[-1].date or not occurrences_between(course, claimed, claimed, kind=kind_met):
            return last_day_checked(final, rows[-1].date, claimed)
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
    who = f" {course.section_label(last.section)}" if last.section else ""
    line = text(f"**{course.kind_name(kind)}{who}**: ", Stamp(last.start, "F"), f" · {last.where}")
    title = f"Last {label} of the term" if which == "final" else f"Last {label}"
    return Answer(title=title, lines=(line,))


def topic(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    rows = [course.schedule[i] for i in slots.get("rows", ())]
    # a student who told their section sees their rows; a topic held only for other sections is still shown, named
    rows = [r for r in rows if r.is_for(slots.get("section"))] or rows
    rows = with_own_meetings(course, rows)  # "what time do we leave for the quarry": the trip's own time and place
    if slots.get("_resource") and _only_resource_words(slots.get("words", "")):
        return _materials_overall(asked, slots["_resource"])
    if not rows and slots.get("_for_exam") and slots.get("words"):
        return _none_for_exam(asked, slots["words"], slots["_for_exam"], slots.get("section"))
    if not rows:
        return replies.not_on_schedule(course, slots.get("words") or asked.question.strip())
    label = slots.get("words") or rows[0].title
    if sessions := sessions_over_rows(course, course.term_first, asked.question, rows):
        # "when is the midterm review session": the extra session named so, not a row sharing only "review"
        answer = Answer(title=sessions[0].split(" (")[0], lines=tuple(text(s) for s in sessions))
        return replies.verdict(answer, True, f"{'; '.join(sessions)}.") if asked.yes_no else answer
    answer = replies.rows_answer(f"“{label}” on the schedule", rows)
    if counted := count_not_listed(course, asked.question):
        # "how many boards do we need for the pin-up": the days that name them do not say how many
        said = text(f"How many {counted} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}. What it lists:")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if slots.get("section") and any(r.sections for r in rows):
        # "im in s3 when is my sprint review": the row at the section's own time and place
        answer = rows_for_section_answer(course, answer.title, rows, slots["section"])
    # one-off sessions the words name ("final review": the extra session on Apr 7), which the schedule omits
    extra = held_between(course, course.term_first, course.term_last, None, slots.get("section"), label)
    if slots.get("_for_exam"):
        extra = [h for h in extra if not of_other_exam(course, h, slots["_for_exam"])]  # another exam's review
    if extra:
        answer = replace(answer, lines=(*answer.lines, *(text(h) for h in extra)))
    if _UNIT_ASKED.search(asked.question.lower()) or _by_its_unit(rows, label):
        return _with_units(asked, rows, answer)
    if slots.get("_resource"):
        return _materials(asked, rows, slots["_resource"], answer)
    other = other_numbered(
        asked.question, [" ".join((r.title, *r.keywords, *(x.label for x in r.resources))) for r in rows]
    )
    if other is not None:
        # "a practice exam for exam 2" found as "Practice Exam 1": the rows are about another one
        ask = replies.where_to_ask(course)
        said = text(f"The schedule lists that only for another one, not {other}; {ask}. What it lists:")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    section = slots.get("section") or asked.section  # "im in sg4 when do we present": the student's own
    own_rows = [r for r in rows if r.is_for(section)] if section else rows
    if slots.get("_on") is None and len({(r.date, r.kind) for r in own_rows}) == 1 and own_rows[0].kind:
        # "when do we present, is it in our normal tutorial time": that day's meeting of its kind, held as usual?
        usual = as_usual_verdict(course, asked.question, own_rows[0].date, own_rows[0].kind, section)
        if usual is not None:
            return replies.verdict(answer, *usual)
    if section and not asked.yes_no and (own := topic_for_section(course, rows, section, label)) is not None:
        return own  # "im in sg4 when do we present": the day sg4 meets for it, with its time and room
    if not asked.yes_no:
        return answer
    on = slots.get("_on")
    if on is not None and not slots.get("_done") and all(r.date != on for r in rows):
        # "is there aula de exercicios on wed may 13": that day's schedule decides, not the topic's other days
        day = schedule_day(asked, {**slots, "date": on, "negated": False, "_span": None})
        if replies.opening_verdict(day) is not True:
            # "is lab 10 on wed nov 18 like normal": No, and the days it is on (the section's own, when told)
            return replace(day, lines=(*day.lines, text(f"“{label}” is on:"), *answer.lines))
        return day
    if on is not None and not slots.get("_done") and start_asked(asked.question):
        started = first_day_other(on, (r.date for r in rows))
        if started is not None:  # "do we start the passive next wednesday": not a later day of it
            return replies.verdict(answer, False, f"it starts on {human_date(started)}.")
    if on is not None and not slots.get("_done"):
        rows = [r for r in rows if r.date == on]  # "is monday's lecture the revision one": that day's row answers
    dates = ", ".join(human_date(r.date) for r in rows)
    within = slots.get("_within")
    if within is not None and not any(within[0] <= r.date <= within[1] for r in rows) and slots.get("time") is None:
        # "is the guest lecture in december", "did we do sonata form before test 1": its days decide, none is in it
        return replies.verdict(answer, False, f"not {within[2]}: it is on {dates}.")
    inside = [r for r in rows if within is None or within[0] <= r.date <= within[1]]
    if slots.get("_done"):
        # "did we already do cross validation", "have we covered LDA yet": whether its day has come.
        done = any(r.date < asked.today or (r.date == asked.today and slots.get("_past")) for r in inside)
        dates = ", ".join(human_date(r.date) for r in inside)
        return replies.verdict(answer, done, f"on {dates}." if done else f"not yet: it is on {dates}.")
    if slots.get("time") is not None:
        return topic_at_time(course, rows, slots["time"], answer)  # "is the guest lecture at 3pm"
    if within is not None:
        dates = ", ".join(human_date(r.date) for r in inside)
    recorded = _recording_said(asked, rows, extra)
    if recorded is not None and recorded[1]:
        # "is the guest lecture going to be up on panopto": whether it is recorded, as its day's note says
        return replies.verdict(answer, *recorded)
    shown = [f"{r.title} {' '.join(r.keywords)} {' '.join(x.label for x in r.resources)}" for r in rows]
    shown += [f"{r.for_label} {' '.join(r.sections)}" for r in rows if r.sections]  # "in s3": whose row, not a topic
    asked_of = asked_of_topic(course, asked.question, [label, *shown, *extra], slots.get("_span_words", ()))
    if asked_of:
        # "will the spark lecture be streamed": its day is not whether it is streamed
        said = text(f"Whether it is {' '.join(asked_of)} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if recorded is not None:
        return answer  # a recording asked of, and the page does not say: its day, with no Yes or No
    also = f"; {'; '.join(extra)}" if extra else ""
    return replies.verdict(answer, True, f"on {dates}{also}.")  # "is there a lecture on adam"


def _none_for_exam(asked: Asked, words: str, exam_id: str, section: str | None) -> Answer:
    """ "when is the review for exam 1" where no day of the schedule is held for it: the one-off sessions held for it
    (a section's extra midterm review), else that the schedule lists none for it, never another exam's review."""
    course = asked.course
    exam = course.exam(exam_id)
    name = exam.title if exam is not None else exam_id
    held = held_between(course, course.term_first, course.term_last, None, section, words)
    held = [h for h in held if not of_other_exam(course, h, exam_id)]
    if held:
        answer = Answer(title=f"“{words}” for {name}", lines=tuple(text(h) for h in held))
        return replies.verdict(answer, True, f"{'; '.join(held)}.") if asked.yes_no else answer
    said = f"The schedule lists no “{words}” for {name}; {replies.where_to_ask(course)}."
    own, others = listed_for_exam(course, exam, words) if exam is not None else ([], [])
    lines = [text(said)]
    for intro, listed in ((f"What it lists for {name}:", own), ("It lists that only for another one:", others)):
        if listed:
            lines += [text(intro), *replies.rows_answer("", [course.schedule[i] for i in listed]).lines]
    return Answer(title=f"“{words}” for {name}", lines=tuple(lines), kind="unknown")


# A question about a session's recording ("will it be recorded", "up on panopto", "is there a video of it").
_RECORDING_ASKED = re.compile(
    r"\b(?:record(?:ed|ing|ings)?|videos?|stream(?:ed|ing)?|watch\s+(?:it\s+)?(?:later|back))\b"
)
_RECORDING_SAID = re.compile(r"\brecord(?:ed|ing|ings)?\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|won't|will\s+not)\b", re.IGNORECASE)


def _recording_said(asked: Asked, rows: list, extra: list[str]) -> tuple[bool, str] | None:
    """Whether a day asked about is recorded, from what its note says (No when it says not, Yes when it says so),
    with the sentence; (False, "") when the question asks it and the page does not say; None when not asked."""
    if not _RECORDING_ASKED.search(f"{asked.story} {asked.question}".lower()):
        return None
    notes = [*(a for r in rows for a in r.announcements), *extra]
    said = [s for n in notes for s in split_sentences(n) if _RECORDING_SAID.search(s)]
    if not said and any(x.kind in ("recording", "video") for r in rows for x in r.resources):
        return True, "a recording is listed."
    if len(said) != 1:
        return False, ""  # none, or several: no plain Yes or No
    return not _NOT.search(said[0]), f"“{said[0].rstrip('.')}.”"


# "what unit is lsh in", "which module covers gams": the schedule's grouping of its days.
# Respelling reads "module" as "course": "which course is lsh in" asks the same.
_UNIT_ASKED = re.compile(
    r"\b(?:units?|modules?|blocks?|themes?|parts?\s+of\s+the\s+(?:course|class|schedule))\b"
    r"|\b(?:which|what)\s+courses?\s+(?:is|are|covers?|has|does|includes?)\b"
)


def _by_its_unit(rows: list, words: str) -> bool:
    """ "when do we cover regularization": days found by the name of the unit they are in, not by their own titles
    (the answer then says which unit)."""
    units = {r.unit.title for r in rows if r.unit is not None}
    asked = set(phrase_key(words))
    return (
        len(rows) > 1
        and len(units) == 1
        and all(r.unit is not None for r in rows)
        and asked <= set(phrase_key(next(iter(units))))
        and not all(asked <= set(phrase_key(r.title)) for r in rows)
    )


def where_now(asked: Asked, slots: Slots) -> Answer:
    """ "what unit are we in", "what week is it": the unit of the latest class so far, or the term's week today."""
    course = asked.course
    today = asked.today
    if slots.get("asked") == "week":
        number = week_number(course, today)
        monday = monday_of(today)
        span = f"{human_date(monday)} – {human_date(monday + dt.timedelta(days=6))}"
        if number is None:
            side = "has not started yet" if today < course.term_first else "is over"
            said = f"The term {side}: it runs {human_date(course.term_first)} – {human_date(course.term_last)}."
            return Answer(title="Week of the term", lines=(text(said),))
        weeks = course_weeks(course)
        said = f"It's week {number} of {weeks} ({span}), counting week 1 from the week the term starts."
        return Answer(title=f"Week {number}", lines=(text(said),))
    rows = [r for r in course.schedule if r.unit is not None]
    if not rows:
        said = f"The schedule does not group its days into units; {replies.where_to_ask(course)}."
        return Answer(title="Units", lines=(text(said),), kind="unknown")
    done = [r for r in rows if r.date <= today]
    if not done:
        first = rows[0]
        said = f"The first unit, “{first.unit.title}”, starts {human_date(first.date)}."
        return Answer(title="Current unit", lines=(text(said),))
    latest = done[-1]
    coming = next((r for r in rows if r.date > today), None)
    said = f"“{latest.unit.title}” (its latest day so far: {human_date(latest.date)}, {latest.title})."
    lines = [text(said)]
    if coming is not None and coming.unit != latest.unit:
        lines.append(text(f"Next: “{coming.unit.title}”, from {human_date(coming.date)}."))
    elif coming is None:
        lines.append(text("It is the term's last unit on the schedule."))
    return Answer(title="Current unit", lines=tuple(lines))


def _with_units(asked: Asked, rows: list, answer: Answer) -> Answer:
    """The unit each day asked about belongs to, where the schedule groups its days; else that it does not."""
    units = list(dict.fromkeys(r.unit.title for r in rows if r.unit is not None))
    if not units:
        said = f"The schedule does not group its days into units; {replies.where_to_ask(asked.course)}."
        return replace(answer, lines=(text(said), *answer.lines), kind="unknown")
    said = "; ".join(f"“{u}”" for u in units)
    return replace(answer, lines=(text(f"{'Unit' if len(units) == 1 else 'Units'}: {said}."), *answer.lines))


def _only_resource_words(words: str) -> bool:
    return not set(phrase_key(words)) - MATERIAL_WORDS


def _materials_overall(asked: Asked, resource: str) -> Answer:
    """ "are lectures recorded", "do recitations have slides": over the term, for the kind of meeting named."""
    course = asked.course
    said = set(phrase_key(asked.question))
    kind = next(
        (k.id for k in course.meeting_kinds for n in (k.name, k.plural, *k.aliases) if set(phrase_key(n)) <= said),
        None,
    )
    answer = materials_overview(course, resource, kind, replies.where_to_ask(course))
    if asked.yes_no and answer.kind != "unknown":
        first = str(answer.lines[0][0])
        return replies.verdict(replace(answer, lines=answer.lines[1:]), True, first[0].lower() + first[1:])
    return answer


def _materials(asked: Asked, rows: list, kind: str, answer: Answer) -> Answer:
    """ "where can i find the lsh slides", "is the lsh lecture recorded": a day's materials of one kind, with their
    links when the page gives them, and said to be unknown when it does not; Yes or No to "is there a reading for
    it" only where the course lists that kind of material for some meeting (else the page is silent on it)."""
    kinds = ("recording", "video") if kind == "recording" else (kind,)
    found = [r for row in rows for r in row.resources if r.kind in kinds]
    listed = found or any(r.kind in kinds for row in asked.course.schedule for r in row.resources)
    if asked.yes_no and listed:
        # a course that lists no reading for any meeting is silent on them: no No, "No reading is listed for it"
        return replies.verdict(answer, bool(found), f"{kind} listed." if found else f"no {kind} is listed.")
    if found and all(r.url or r.kind == "reading" for r in found):
        return answer  # a reading named without a link ("Mankiw Ch. 12") is the reading itself
    ask = replies.where_to_ask(asked.course)
    said = (
        f"The link to the {kind} is {replies.NOT_ON_PAGE}; {ask}." if found else f"No {kind} is listed for it; {ask}."
    )
    return replace(answer, lines=(text(said), *answer.lines), kind="unknown")


def no_class(asked: Asked, slots: Slots) -> Answer:
    """The days without class; in a span asked ("is there a break in november"), only those, Yes or No first."""
    span = slots.get("range")
    if span is None:
        return no_class_days(asked.course)
    first, last = span
    label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
    if slots.get("kind") and (
        found := kind_days_off(asked.course, slots["kind"], first, last, label, yes_no=asked.yes_no)
    ):
        return found  # "which days in march have no recitation": the recitation's own days without one
    rows = [r for r in asked.course.schedule if not r.has_class and first <= r.date <= last]
    words = span_words(first, last, label)  # "in March", "on Midterm 1": never "none Midterm 1"
    lines = [text(f"{human_date(r.date)} · {r.title}") for r in rows] or [text(f"No day without class {words}.")]
    answer = Answer(title=f"Days without class, {label}", lines=tuple(lines))
    course = asked.course
    if not asked.yes_no:
        return answer
    if not rows and (first < course.term_first or last > course.term_last):
        # "is there a break in december" when the term ends in it: past its last day is not a class day either
        term = f"{human_date(course.term_first)} – {human_date(course.term_last)}"
        said = text(f"None of the term's class days {label} is off; the term runs {term}.")
        return replace(answer, lines=(said,))
    named: dict[str, list[str]] = {}
    for r in rows:  # "Midterm break (Mon Nov 10, Wed Nov 12)": each title once, with its days
        named.setdefault(r.title, []).append(human_date(r.date))
    said = "; ".join(f"{t} ({', '.join(days)})" for t, days in named.items()) + "." if rows else f"none {words}."
    return replies.verdict(answer, bool(rows), said)


def at_the_time(
    course: Course,
    day: dt.date,
    kind: str,
    section: str | None,
    clock: dt.time,
    answer: Answer,
    *,
    either_half: bool = False,
) -> Answer | None:
    """ "is the plenary on may 5 at 14:15": Yes when that day's meeting starts then, No with the time it does start
    (a one-day move included); None when none meets that day (the day's own answer says so). `either_half`: the
    clock was typed without am or pm ("is lecture on thursday at 1"), so 1:00 and 13:00 both match."""
    held = [
        o
        for o in occurrences_between(course, day, day, kind=kind, section=section)
        if not o.cancelled and replaced_by_exam(course, o) is None
    ]
    if not held:
        return None
    starts = [o.start.astimezone(course.tz) for o in held]
    at = [s.time() for s in starts if s.time() == clock or (either_half and same_clock(s.time(), clock))]
    if at:
        return replies.verdict(answer, True, f"it starts at {human_time(at[0])} on {human_date(day)}.")
    times = list(dict.fromkeys(human_time(s.time()) for s in starts))
    said = times[0] if len(times) == 1 else f"{', '.join(times[:-1])} and {times[-1]}"
    subject = "it starts" if len(held) == 1 else "they start"
    return replies.verdict(answer, False, f"on {human_date(day)} {subject} at {said}.")
