"""The office-hours handler: sessions on a day, in part of a day, in a week; where held; Yes or No."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.office_hours import (
    by_appointment_lines,
    held_modes,
    office_hours_answer,
    session_line,
    sessions_between,
    weekly_line,
)
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date, human_time_range
from bot.course.model import WEEKDAYS, Course, Person
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.meetings.as_usual import asks_as_usual
from bot.understand.people.around_meeting import span_around_meeting
from bot.understand.people.extra_sessions import asks_extra, asks_whether, extra_sessions
from bot.understand.people.hours_at_clock import hours_at_clock
from bot.understand.people.hours_by_arrangement import meeting_said
from bot.understand.people.hours_started import asks_if_started, hours_start
from bot.understand.people.in_place_of import sessions_in_place_of
from bot.understand.people.latest_session import asks_extreme, extreme_session
from bot.understand.people.oh_days import CanMake, can_make
from bot.understand.people.person_present import asks_presence, meetings_held, presence_said
from bot.understand.people.role_family import roles_under
from bot.understand.people.see_staff import asks_to_meet
from bot.understand.people.session_length import asked_length, length_said, unusual_length
from bot.understand.people.unannounced_visit import asks_unannounced
from bot.understand.people.weekly_weekday import weekly_holders, weekly_weekday
from bot.understand.question.result import Slots
from bot.understand.times.time_phrases import week_monday
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.work.stated_times import stated_clock
from bot.understand.yes_no.folded import asks_yes_no

# A way of booking someone that meets online: an appointment offered so is not an answer to "in person"
_ONLINE_BOOKING = re.compile(r"\b(?:zoom|teams|online|remote(?:ly)?|virtual(?:ly)?|video|call|meet\.)", re.IGNORECASE)
# The sessions at other times of the day shown when none fall in the part of the day asked (a week holds many).
_OTHER_TIMES_SHOWN = 6


def office_hours(asked: Asked, slots: Slots) -> Answer:
    answer = _office_hours(asked, slots)
    who = asked.course.person(slots["person"]) if slots.get("person") else None
    said = meeting_said(asked.course, who) if who is not None and not who.office_hours else ()
    if said:
        # "how do i get to talk to dr x, she has no office hours": how the page says to meet them
        quoted = " ".join(said)
        return replace(answer, lines=(*answer.lines, text(f"The course page says: “{quoted}”")))
    return answer


def _office_hours(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if len(slots.get("people", ())) > 1 and not asked.yes_no:
        # "is siyuan's office hour before or after li chen's": each person's, side by side.
        return replies.combined([_office_hours(asked, {**slots, "people": (), "person": p}) for p in slots["people"]])
    when_ = slots.get("when")
    person = slots.get("person")
    role = slots.get("role")
    if not asked.yes_no and person and isinstance(when_, dt.date) and _bare(asked.question):
        # "prof moriarty office hours tmrw?": whether they are on that day, as "are ... on tomorrow" asks
        asked = replace(asked, yes_no=True)
    if asks_extra(asked.question) and (days := _days_of(when_, asked.today)) is not None:
        # "any extra office hours before the midterm", "is dr x running an extra one before the test", "any extra
        # ones next week": only the one-off sessions the page adds (that person's, when named)
        first, last = days
        label = slots.get("label") or (str(when_) if isinstance(when_, str) else "")
        whether = asked.yes_no or asks_whether(asked.question)
        who = course.person(person) if person else None
        return extra_sessions(course, asked.now, first, last, label, whether, who, until=_exam_start(asked, slots))
    if asks_extra(asked.question) and when_ in (None, "upcoming") and not slots.get("window"):
        # "any extra drop-in help before the final", the final undated: every extra session still to come
        who = course.person(person) if person else None
        whether = asked.yes_no or asks_whether(asked.question)
        return extra_sessions(course, asked.now, asked.today, course.term_last, "", whether, who)
    # the words as typed: reading "mondays" may have made it "monday"
    weekday = weekly_weekday(asked.story or asked.question) if asked.yes_no else None
    if weekday is not None and WEEKDAYS[weekday] in asked.question.lower() and not asks_extra(asked.question):
        # "does any of the tas have office hours on mondays": the weekly slots, not the coming Monday's alone
        return _weekly_verdict(asked, weekday, role, person, when_)
    able = can_make(asked.question) or can_make(asked.story)  # when the student can come, told or asked
    if able and not person and not asked.yes_no:
        span = slots.get("_span")
        when_, label = ((span[0], span[1]), span[2]) if span and not isinstance(when_, tuple) else (when_, None)
        return _on_days(asked, able, role, when_, label or slots.get("label"))
    if not person and when_ in (None, "upcoming") and not asked.yes_no and (which := asks_extreme(asked.question)):
        # "whats the latest office hours in the week": the session ending last in its day, and whose it is
        extreme = extreme_session(course, asked.today, which, role)
        if extreme is not None:
            return extreme
    if person and slots.get("_next") and when_ is None and not asked.yes_no:
        return _next_session(asked, course.person(person))
    if slots.get("_where") and not person and when_ in (None, "upcoming") and not asked.yes_no:
        # "whats the room for office hours": each person's place, and whose the page leaves out.
        members = [p for p in course.people if p.office_hours and (not role or p.role == role)]
        if members:
            return _places_by_person(asked, members)
    if role and not person:
        # "are there any online TA office hours": asked yes or no, the Head TA's hours are TA hours too
        family = roles_under(course, role) if asked.yes_no else {role}
        members = [p for p in course.people if p.role in family]
        with_hours = [p for p in members if p.office_hours]
        if len(with_hours) == 1:
            person = with_hours[0].id
        elif not with_hours and members:
            # "how do i set up a meeting w the lab ta": how they see students instead, when the page says
            booked = [line for p in members if p.appointments for line in by_appointment_lines(course, p)]
            names = ", ".join(p.name for p in members if not p.appointments)
            none = [text(f"{names}: no regular {course.help_hours.in_text} are on the course page.")] if names else []
            return Answer(title=course.help_hours.plural, lines=(*booked, *none), kind="info" if booked else "unknown")
        elif len(with_hours) > 1 and not asked.yes_no:
            return _role_hours(asked, role, with_hours, when_, slots.get("label"))
        elif len(with_hours) > 1 and when_ is None and slots.get("in_person") is not None:
            # "are there any online TA office hours": the way each of them holds theirs decides
            listed = _role_hours(asked, role, with_hours, when_, slots.get("label"))
            places = [slot.where for p in with_hours for slot in p.office_hours]
            return _where_held(asked, listed, places, slots["in_person"])
    if len(slots.get("dates", ())) > 1 and not asked.yes_no:
        return replies.combined([office_hours_answer(course, asked.now, d, person) for d in slots["dates"]])
    if slots.get("window") and isinstance(when_, dt.date | tuple):
        # "who has office hours wednesday afternoon", "any TA office hours in the morning": the sessions of that day
        # (or the next days) that fall in that part of the day.
        start, end, label = slots["window"]
        first, last = when_ if isinstance(when_, tuple) else (when_, when_)
        who = course.person(person) if person else None
        members = {p.id for p in course.people if p.role == role} if role and not person else None
        sessions = [
            s
            for s in sessions_between(course, first, last, person=who, include_cancelled=True)
            if s.start.astimezone(course.tz).time() < end
            and s.end.astimezone(course.tz).time() > start
            and (members is None or s.person.id in members)
        ]
        lines = [session_line(s) for s in sessions] or [text(f"No {course.help_hours.in_text} {label}.")]
        if not sessions:
            # "is her office hour next tuesday still in the morning": No, and the hours held then at other times
            others = [
                s
                for s in sessions_between(course, first, last, person=who)
                if members is None or s.person.id in members
            ]
            if others:
                said = f"No {course.help_hours.in_text} {label}; at other times of the day then:"
                lines = [text(said), *(session_line(s) for s in others[:_OTHER_TIMES_SHOWN])]
        answer = Answer(title=f"{course.help_hours.plural}, {label}", lines=tuple(lines))
        held = [s for s in sessions if not s.cancelled]
    elif isinstance(when_, tuple):
        first, last = when_
        sessions = sessions_between(
            course, first, last, person=course.person(person) if person else None, include_cancelled=True
        )
        label = slots.get("label") or f"{human_date(first)} – {human_date(last)}"
        lines = [session_line(s) for s in sessions] or [text(f"No {course.help_hours.in_text} {label}.")]
        answer = Answer(title=f"{course.help_hours.plural}, {label}", lines=tuple(lines))
        held = [s for s in sessions if not s.cancelled and (s.end > asked.now or not slots.get("_from_now"))]
    else:
        answer = office_hours_answer(course, asked.now, when_, person)
        usual = asks_as_usual(asked.question) and when_ != "now"  # "dr x's hours next week, same time?"
        present = asks_presence(course, asked.question)  # "is priya on campus wednesday", "campus" no word of its page
        if not (asked.yes_no or usual or present or slots.get("_where") or slots.get("in_person") is not None):
            return answer  # nothing below applies: the sessions held are looked at only to say whether or where
        who = course.person(person) if person else None
        if isinstance(when_, dt.date):
            held = sessions_between(course, when_, when_, person=who)
            around = span_around_meeting(course, asked.question, when_) if asked.yes_no else None
            if around is not None:  # "can i catch the prof monday right after lecture": only the hours held then
                held = [s for s in held if s.start < around[1] and s.end > around[0]]
        elif when_ == "now":
            held = [
                s
                for s in sessions_between(course, asked.today, asked.today, person=who)
                if s.start <= asked.now < s.end
            ]
        elif when_ in ("this week", "next week"):
            monday = asked.today - dt.timedelta(days=asked.today.weekday() - (7 if when_ == "next week" else 0))
            held = sessions_between(course, monday, monday + dt.timedelta(days=6), person=who)
        elif (
            who is not None
            and asked.yes_no
            and not slots.get("_where")
            and not slots.get("negated")  # "are her office hours cancelled", no day named: not whether she has any
            and (slots.get("in_person") is None or _met_in_person(slots, who, asked.question))
        ):
            # "does gabe hold office hours": whether the page gives any.
            if not who.office_hours and who.appointments and asks_unannounced(asked.question, asked.story):
                # "can i just drop by her office": not without the appointment the page asks for
                said = f"{who.name} sees students by appointment, not without one."
                return replies.verdict(answer, False, said)
            if not who.office_hours and who.appointments and asks_to_meet(asked.question):
                # "can i meet dr feld about the lab", "can i talk to him in person": Yes, by the appointment the page
                # offers (an appointment is a meeting, held in person: the page names no other way)
                said = f"by appointment ({who.name} holds no regular {course.help_hours.in_text})."
                return replies.verdict(answer, True, said)
            starts = hours_start(who, asked.today) if asks_if_started(asked.question) else None
            if starts is not None:
                # "does dr x have office hours yet": not before the first day the page gives them
                said = f"{who.name}'s {course.help_hours.in_text} start {human_date(starts)}."
                return replies.verdict(answer, False, said)
            clock = stated_clock(asked.question)
            if clock is not None and (at := hours_at_clock(clock, who.office_hours)) is not None:
                return replies.verdict(answer, *at)  # "are her office hours at 2am": the time stated, not any hours
            days = ", ".join(f"{WEEKDAYS[s.weekday].capitalize()}s" for s in who.office_hours)
            none = f"no regular {course.help_hours.in_text} are on the course page for {who.name}."
            said = f"{days}." if days else none
            return replies.verdict(answer, bool(who.office_hours), said)
        else:
            held = None
    who = course.person(person) if person else None
    places = [s.where for s in held] if held else [slot.where for slot in who.office_hours] if who else []
    none_held = asked.yes_no and held is not None and not held  # "is she still doing her zoom hour thursday"
    if places and (slots.get("_where") or slots.get("in_person") is not None) and not none_held:
        # (none held on the day asked, cancelled or not given: whether it happens is the answer, not its way)
        answer = _where_held(asked, answer, places, slots.get("in_person"))
        if answer.kind == "unknown" or slots.get("in_person") is not None:
            return answer
    if asked.yes_no and slots.get("_changed") and held is not None and isinstance(when_, dt.date):
        # "are marco's office hours on oct 22 at a different time": a session moved or cancelled that day.
        changed = [s for s in sessions_between(course, when_, when_, person=who, include_cancelled=True) if s.note]
        said = "; ".join(f"{s.person.name}: {s.note}" for s in changed) + "." if changed else "as usual."
        return replies.verdict(answer, bool(changed), said)
    way = asked_length(asked.question) if asked.yes_no and held and not slots.get("negated") else None
    found, compared = unusual_length(held, way) if way else ([], [])
    if compared:
        # "are amara's hours longer the week of the midterm": a session then against the person's weekly length
        said = length_said(course, found) if found else f"each runs its usual length, none {way}."
        return replies.verdict(answer, bool(found), said)
    span = _days_of(when_, asked.today)
    if held is not None and span is not None and asks_as_usual(asked.question):
        # "same time next week?": Yes when every session then is held as usual, No with what changed
        sessions = sessions_between(course, *span, person=who, include_cancelled=True)
        changed = [s for s in sessions if s.note or s.cancelled]
        if sessions:
            said = (
                "; ".join(f"{s.person.name}: {s.note or 'cancelled'}" for s in changed) + "."
                if changed
                else "as usual."
            )
            return replies.verdict(answer, not changed, said)
    replaced = replaced_words(asked.question)
    if asked.yes_no and held is not None and replaced:
        # "is there a consultation on may 28 instead of the lecture": only a session the page says is held in its
        # place counts, not the regular ones that day.
        instead = [s for s in held if set(replaced) <= set(phrase_key(s.note))]
        hours = course.help_hours.in_text
        what = " ".join(replaced)
        names = ", ".join(dict.fromkeys(f"{s.person.name} ({s.note})" for s in instead))
        said = f"{hours} with {names}." if instead else f"the course page gives none in place of the {what} then."
        return replies.verdict(answer, bool(instead) != slots.get("negated", False), said)
    clock = stated_clock(asked.question) if asked.yes_no and held and not slots.get("negated") else None
    if clock is not None:
        # "is ciaran's office hour next tuesday still at 1": held that day, but at the time the student states?
        at = [s for s in held if clock.matches(s.start.astimezone(course.tz).time())]
        said = "; ".join(_session_said(course, s) for s in at or held)
        return replies.verdict(answer, bool(at), f"{said}.")
    if asked.yes_no and held is not None and who is not None and not who.office_hours and not who.appointments:
        # "is whitaker in on wednesday" of someone the page gives no hours for (nor a way to book them): unknown,
        # never a bare No (someone seen by appointment only is not in on a day: No, and how to book them)
        return _no_hours_given(course, who, answer)
    span = _days_of(when_, asked.today) if held is not None and not held and who is not None else None
    if span is not None and (asked.yes_no or asks_yes_no(asked.question)):
        # ("on campus" is no word of every course's page: the question is still a yes/no one)
        present = asks_presence(course, asked.question) and not slots.get("window")
        met = meetings_held(course, who.id, *span) if present else []
        if met:
            # "is dr okafor on campus friday": she lectures then, though she holds no office hours that day
            said = f"{who.name} has {presence_said(course, met)} (no {course.help_hours.in_text} then)."
            return replies.verdict(answer, not slots.get("negated", False), said)
    if asked.yes_no and held is not None:
        names = ", ".join(dict.fromkeys(s.person.name for s in held))
        hours = course.help_hours.in_text
        said = f"{hours} with {names}." if held else f"no {hours} then."
        answer = replies.verdict(answer, bool(held) != slots.get("negated", False), said)
        days = _days_of(when_, asked.today) if not held and who is not None else None
        if days is not None and who is not None:
            # "is hannah's drop-in still on monday the 7th": cancelled or moved, so when she is next there; "does dr x
            # have office hours this week" before their hours begin: when the first is
            answer = _with_next_after(asked, answer, who, days[1])
            answer = _begins_later(course, answer, who, days[1])
        return answer
    return answer


def _begins_later(course: Course, answer: Answer, who: Person, day: dt.date) -> Answer:
    """The answer, then the day the person's weekly hours begin when every one of them begins after the day asked
    about ("Dr X's office hours begin Mon Oct 4"), as the page dates them."""
    starts = {slot.first for slot in who.office_hours}
    if not starts or min(starts) <= day:
        return answer
    said = text(f"{who.name}'s {course.help_hours.in_text} begin {human_date(min(starts))}.")
    return replace(answer, lines=(*answer.lines, said))


def _met_in_person(slots: Slots, who: Person, question: str) -> bool:
    """Whether "can i talk to him in person" asks to meet someone seen only by appointment (no weekly hours whose
    place would say it), the page naming no online way for it."""
    return (
        slots.get("in_person") is True
        and not who.office_hours
        and bool(who.appointments)
        and not _ONLINE_BOOKING.search(who.appointments)
        and asks_to_meet(question)
    )


def _no_hours_given(course: Course, who: Person, answer: Answer) -> Answer:
    """Whether someone with no hours on the page (nor a way to book them) is in then: the page does not say; their
    email, where it gives one."""
    said = text(
        f"The course page gives no {course.help_hours.in_text} for {who.name}, so it can't say whether they're in then."
    )
    lines = (said, text(f"Email: {who.email}")) if who.email else (said,)
    return replace(answer, lines=lines, kind="unknown")


def _days_of(when_: object, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a `when` slot covers: a date, a span, this or next week; None for now or no time."""
    if isinstance(when_, dt.date):
        return when_, when_
    if isinstance(when_, tuple):
        return when_[0], when_[1]
    if when_ in ("this week", "next week"):
        monday = today - dt.timedelta(days=today.weekday() - (7 if when_ == "next week" else 0))
        return monday, monday + dt.timedelta(days=6)
    return None


def _exam_start(asked: Asked, slots: Slots) -> dt.datetime | None:
    """When the exam the question asks "before" starts, where the page gives its time."""
    exam = asked.course.exam(slots["_before_exam"]) if slots.get("_before_exam") else None
    if exam is None or exam.time is None:
        return None
    return dt.datetime.combine(exam.date, exam.time, tzinfo=asked.course.tz)


def _with_next_after(asked: Asked, answer: Answer, who: Person, day: dt.date) -> Answer:
    """The answer, then the person's other sessions that week outside their weekly ones (an extra one in place of
    it), and their next session after the day asked about (a moved one lands there), if any."""
    course = asked.course
    instead = sessions_in_place_of(course, who, day, asked.now)
    lines = [text("Also that week: ", *session_line(s)) for s in instead]
    later = sessions_between(course, day + dt.timedelta(days=1), course.term_last, person=who)
    later = [s for s in later if s not in instead]
    if later and not any(line and str(line[0]).startswith("Next") for line in answer.lines):
        lines.append(text("Next: ", *session_line(later[0])))  # unless the day's answer already says when
    return replace(answer, lines=(*answer.lines, *lines)) if lines else answer


# Words that open a question asking for something other than whether ("when", "tell me"), or a request.
_NOT_BARE = words_of(
    """when where what whats which who whos how why tell show list give find get check can could would will do does
    did should is are was were has have any"""
)


def _bare(question: str) -> bool:
    """A question of names and a day only, with no question word or verb before them ("lucas oh tmrw?")."""
    words = phrase_key(question)
    return bool(words) and words[0] not in _NOT_BARE and not any(w in _NOT_BARE for w in words[1:3])


def _session_said(course, session) -> str:
    """'Ciarán Ó Dálaigh: 4:00 PM – 5:00 PM (Moot practice session in moot week)'."""
    start, end = session.start.astimezone(course.tz).time(), session.end.astimezone(course.tz).time()
    return f"{session.person.name}: {human_time_range(start, end)}" + (f" ({session.note})" if session.note else "")


# "instead of the thursday lecture", "in place of the lecture" (respelled so): the words of what is replaced.
_INSTEAD = re.compile(r"\binstead of (?:the |a |an |my |our |their )?((?:[a-z]+ ?){1,3})")
_NOT_NAMED = frozenset({"on", "at", "in", "this", "next", "that", "then", "today", "tomorrow", "week", "day"})


def replaced_words(question: str) -> tuple[str, ...]:
    """The words naming what the question says a session replaces ("lecture", "thursday lecture"); empty when it
    says none."""
    found = _INSTEAD.search(question.lower())
    if found is None:
        return ()
    named: list[str] = []
    for word in found.group(1).split():
        if word in _NOT_NAMED:
            break
        named.append(word)
    return phrase_key(" ".join(named))


# "does / can / will ...": whether a way of attending is offered at all (not how every session is held).
_ASKS_OFFERED = re.compile(r"^\W*(?:do|does|can|could|will)\b")
# "does she only do them online" (not "in person or only zoom", where "only" is the other way, guessed)
_ONLY = re.compile(r"(?<!\bor )\b(?:only|just)\b")
# "are her office hours online or in person", "in person or on zoom": which of the two ways, asked as a choice
_ONLINE_WORDS = r"(?:online|remote(?:ly)?|zoom|virtual(?:ly)?|teams)"
_IN_PERSON_WORDS = r"(?:in[- ]person|face[- ]to[- ]face|on[- ]campus|irl)"
_OR_ONLY = re.compile(r"\bor\s+(?:only|just)\b", re.I)
_EITHER_WAY = re.compile(
    rf"\b{_ONLINE_WORDS}\b.*\bor\b.*\b{_IN_PERSON_WORDS}\b|\b{_IN_PERSON_WORDS}\b.*\bor\b.*\b{_ONLINE_WORDS}\b", re.I
)


def asks_either_way(question: str) -> bool:
    """ "online or in person?", "in person or on zoom": which of the two ways, asked as a choice (not "in person or
    only zoom", which asks whether the first way is offered at all)."""
    return bool(_EITHER_WAY.search(question)) and not _OR_ONLY.search(question)


def _where_held(asked: Asked, answer: Answer, places: list[str], in_person: bool | None) -> Answer:
    """ "where are jayesh's office hours", "is katie's OH in person": where they are held, as the page says; said
    to be unknown when it does not give a place."""
    unlisted = any(p == "location not listed" for p in places)
    if unlisted:
        ask = replies.where_to_ask(asked.course)
        said = text(f"Where they are held is {replies.NOT_ON_PAGE}; {ask}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if asks_either_way(asked.question):
        # "are mariana's office hours online or in person": the way they are held first, in the words asked (not
        # "does he do in person office hours or only zoom": whether the first way is offered, below)
        modes = {held_modes(p) for p in places}
        if len(modes) == 1:
            way = " or ".join(sorted(modes.pop(), reverse=True)).capitalize()  # "Online", "In person", "Online or..."
            how = "; ".join(dict.fromkeys(_way_held(p) for p in places))
            return replace(answer, lines=(text(f"{way}: they are held {how}."), *answer.lines))
    if asked.yes_no and in_person is not None:
        # "can i go to tomasz's office hours online": Yes when every session offers the way asked (a room with an
        # online link offers both), No when none does; sessions that differ give no plain Yes or No unless asked
        # whether the way is offered at all (below).
        way = "in person" if in_person else "online"
        only = bool(_ONLY.search(asked.question))  # "does she only do them online": no other way offered
        offered = [held_modes(p) == {way} if only else way in held_modes(p) for p in places]
        if len(set(offered)) == 1:
            how = "; ".join(dict.fromkeys(_how_held(p) for p in places))
            return replies.verdict(answer, offered[0], f"they are held {how}.")
        if _ASKS_OFFERED.match(asked.question):
            # "does dr x do online consultations": some sessions are held that way, so Yes (with those); "does she
            # only do them online": No, some are held the other way.
            ways = [_how_held(p) for p, held in zip(places, offered, strict=True) if held]
            others = [_how_held(p) for p, held in zip(places, offered, strict=True) if not held]
            said = f"some are held {'; '.join(dict.fromkeys(ways))}, others {'; '.join(dict.fromkeys(others))}."
            return replies.verdict(answer, not only, said)
    return answer


def _way_held(place: str) -> str:
    """ "online (https://...)", "in person (EB 410)": a session's way in the words of a choice between the two."""
    return "online" + place.removeprefix("Remote") if held_modes(place) == {"online"} else _how_held(place)


def _how_held(place: str) -> str:
    if held_modes(place) == {"online"}:
        return "remotely" + place.removeprefix("Remote")  # "remotely (https://...)"
    return f"in person ({place})" if held_modes(place) == {"in person"} else f"in {place}"


def _places_by_person(asked: Asked, people: list[Person]) -> Answer:
    """Where each person holds office hours, weekly; the people whose place the page does not give are named."""
    course = asked.course
    slots = [(p, slot) for p in people for slot in p.office_hours]
    rooms = [s for _, s in slots if s.where != "location not listed" and "in person" in held_modes(s.where)]
    if not rooms and any(s.where == "location not listed" for _, s in slots):
        # The page gives no room for anyone: say so, then the times (and any online sessions) it does give.
        hours = course.help_hours.in_text
        said = text(f"Where {hours} are held is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        times = [weekly_line(p, s, course, with_place=s.where != "location not listed") for p, s in slots]
        return Answer(
            title=f"Where {hours} are held", lines=(said, text("The times it gives:"), *times), kind="unknown"
        )
    lines = [weekly_line(p, slot, course) for p, slot in slots]
    unlisted = [p.name for p in people if any(slot.where == "location not listed" for slot in p.office_hours)]
    if unlisted:
        names = ", ".join(dict.fromkeys(unlisted))
        lines.append(text(f"The course page does not give the room for {names}; {replies.where_to_ask(course)}."))
    return Answer(title=f"Where {course.help_hours.in_text} are held", lines=tuple(lines))


def _role_hours(asked: Asked, role: str, people: list[Person], when_: object, label: str | None) -> Answer:
    """ "When are GSI office hours": the weekly hours of everyone in the role, or their sessions in the window."""
    course = asked.course
    title = f"{course.help_hours.plural}: {course.role(role).plural if course.role(role) else role}"
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
    lines = [session_line(s) for s in sessions] or [text(f"No {course.help_hours.in_text} {label or 'then'}.")]
    return Answer(title=f"{title}, {label}" if label else title, lines=tuple(lines))


def _on_days(asked: Asked, able: CanMake, role: str | None, when_: object, label: str | None) -> Answer:
    """ "thursday and friday are the only days i can make it", "only thursday or evenings": the sessions still to
    come that the student can make, in the span asked (this week, up to an exam) or the coming week, of the role
    asked for."""
    course, today = asked.course, asked.today
    if isinstance(when_, dt.date):
        # the weekdays named are the constraint, not the days asked about: the week asked, else the next 7 days
        q = asked.question.lower()
        when_ = "this week" if "this week" in q else "next week" if "next week" in q else None
    if isinstance(when_, tuple):
        first, last = when_
    elif when_ == "next week":
        first = week_monday(today) + dt.timedelta(days=7)
        last = first + dt.timedelta(days=6)
    elif when_ == "this week":
        first, last = today, week_monday(today) + dt.timedelta(days=6)
        label = "this week"
    else:
        first, last = today, today + dt.timedelta(days=7)  # each weekday once after today, today's too
        label = label or "in the coming week"
    label = label or f"{human_date(first)} – {human_date(last)}"
    sessions = [
        s
        for s in sessions_between(course, first, last, include_cancelled=True)
        if able.allows(s.start.astimezone(course.tz)) and s.end > asked.now and (not role or s.person.role == role)
    ]
    on = f" {able.label}" if len(able.days) <= 3 else " when you can make it"
    lines = [session_line(s) for s in sessions] or [text(f"No {course.help_hours.in_text}{on} {label}.")]
    return Answer(title=f"{course.help_hours.plural}{on}, {label}", lines=tuple(lines))


def _next_session(asked: Asked, who: Person | None) -> Answer:
    """ "when's tomás's next office hour": that person's one next session (a cancelled one shown, and the one after)."""
    course = asked.course
    if who is None or not who.office_hours:
        return office_hours_answer(course, asked.now, None, who.id if who else None)
    coming = [
        s
        for s in sessions_between(course, asked.today, course.term_last, person=who, include_cancelled=True)
        if s.end > asked.now
    ]
    held = next((i for i, s in enumerate(coming) if not s.cancelled), None)
    if held is None:
        return office_hours_answer(course, asked.now, None, who.id)
    title = f"Next {course.help_hours.one_in_text}: {who.name}"
    return Answer(title=title, lines=tuple(session_line(s) for s in coming[: held + 1]))


def _weekly_verdict(asked: Asked, weekday: int, role: str | None, person: str | None, when_: object) -> Answer:
    """Yes with whose weekly office hours fall on the weekday (and when), or No with the weekly hours there are; then
    the coming day's sessions as held (a break or a cancellation shows there)."""
    course = asked.course
    day = f"{WEEKDAYS[weekday].capitalize()}s"
    members = [p for p in course.people if (person is None or p.id == person) and (role is None or p.role == role)]
    holders = weekly_holders(members, weekday, asked.today)
    # theirs on that weekday, or (No) every weekly slot still to run of those asked about
    lines = [
        weekly_line(p, h, course)
        for p in holders or members
        for h in p.office_hours
        if h.last >= asked.today and (h.weekday == weekday or not holders)
    ]
    coming = office_hours_answer(course, asked.now, when_, person) if isinstance(when_, dt.date) else None
    if coming is not None:
        lines += [text(f"On {human_date(when_)}:"), *coming.lines]
    names = ", ".join(p.name for p in holders)
    why = f"{names} on {day}." if holders else f"no weekly {course.help_hours.in_text} on {day}."
    answer = Answer(title=f"{course.help_hours.plural} on {day}", lines=tuple(lines))
    return replies.verdict(answer, bool(holders), why)
