"""Slot filling: for the chosen intent, the values its answer needs (assignments, a day or range, a person,
the fact asked about, ...), read from the question; ranges named through periods and exams ("after spring
break", "before the midterm") resolved from the course's own dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import replace
from itertools import pairwise

from bot.core.timefmt import human_date
from bot.course.model import WEEKDAYS, Course
from bot.course.occurrences import occurrences_between
from bot.understand.exams.during_class import asks_during_class
from bot.understand.exams.every_exam import every_exam_asked
from bot.understand.exams.session_for_exam import asked_for_exam, held_for_exam, sessions_for_exam
from bot.understand.late.late_kind import ids_of_kind_named, next_of_kind
from bot.understand.late.pool_deadline import units_to_spend
from bot.understand.late.pool_stated import units_spent
from bot.understand.late.regrade_risk import regrade_risk
from bot.understand.late.what_if_moment import settle_moment
from bot.understand.meetings.as_usual import asks_as_usual
from bot.understand.meetings.class_days import of_kind, span_words
from bot.understand.meetings.meeting_at_clock import bare_clock_asked
from bot.understand.meetings.meeting_now import meeting_now_asked
from bot.understand.meetings.same_room import asks_same_room
from bot.understand.page_evidence.evidence import Evidence
from bot.understand.people.named_as_listed import mended_name
from bot.understand.people.role_held import asks_for_role
from bot.understand.people.role_runs import role_of_part_named
from bot.understand.policies.named_rule import named_rule_sentence
from bot.understand.question.reading import Mention, Reading
from bot.understand.question.result import Slots
from bot.understand.schedule.after_meeting import last_day_of_event
from bot.understand.schedule.away import away_span
from bot.understand.schedule.day_off_asked import asks_if_day_off
from bot.understand.schedule.days_off_asked import kind_days_off_asked
from bot.understand.schedule.due_after_event import due_after_event
from bot.understand.schedule.period_exists import period_asked
from bot.understand.schedule.topic_span import topic_span
from bot.understand.schedule.where_now import where_now_asked
from bot.understand.times.bounded_span import bounded_span
from bot.understand.times.now_or_day import dated_not_now, spanned_not_now
from bot.understand.times.relation_span import span_beside, span_to
from bot.understand.times.story_days import without_story_days
from bot.understand.times.time_phrases import NUMBER_WORDS, TimePhrase, week_monday
from bot.understand.times.weekday_for_work import weekday_for_work
from bot.understand.times.weekday_in_span import weekday_in_span
from bot.understand.words.lexicon import Lexicon, canon_key, plural
from bot.understand.words.normalize import phrase_key
from bot.understand.work.besides import besides_asked
from bot.understand.work.hand_in_day import asks_may_hand_in, hand_in_day

# "is there a deadline for regrade requests", "is there a time limit": how long requests stay open.
_WINDOW = frozenset({"deadline", "deadlines", "limit", "window", "cutoff", "expire", "expires", "until", "till"})
_DAY_WORDS = frozenset({"day", "days", "week", "weeks"})


def _window_asked(r: Reading) -> bool:
    """How long a window stays open: "how long do we have", "until when", "how many days do i get"."""
    return bool(
        {"when", "time_of"} & r.cues or _WINDOW & set(r.tokens) or ("count" in r.cues and _DAY_WORDS & set(r.tokens))
    )


_SAME_WEEK = re.compile(r"\bsame\s+week\s+as\b")

_ACCEPTED = frozenset({"accepted", "accept", "allowed", "take", "taken"})
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | frozenset(f"{d}s" for d in WEEKDAYS) | frozenset(f"a {d}" for d in WEEKDAYS)
# "is there a deadline to ...", "is there any time limit for ...": whether a window exists at all
_THERE_IS = re.compile(r"^\W*(?:so\s+|hey\s+|um\s+)?(?:is|are)\s+there\s+(?:a|an|any)\b")
_PENALTY = frozenset({"lose", "penalty", "penalized", "penalised", "deducted", "deduction", "points", "marks"})
_RESOURCES = {
    **dict.fromkeys(("slides", "slide", "deck"), "slides"),
    **dict.fromkeys(("recording", "recordings", "recorded", "video", "videos"), "recording"),
    **dict.fromkeys(("notebook", "notebooks"), "notebook"),
    **dict.fromkeys(("reading", "readings"), "reading"),
    "code": "code",
}
RESOURCE_WORDS = frozenset(_RESOURCES)  # the words naming one of a day's materials
# "did we already do cross validation", "have we covered LDA yet": whether a topic's day has come.
_DONE_WORDS = frozenset({"did", "was", "were", "had", "have", "has", "already", "yet"})
_NOTICE = frozenset({"notice", "advance", "ahead", "beforehand", "early", "prior"})
_STILL = frozenset({"still", "anymore", "now", "yet"})

# "due within the next 3 days", "in the past week": any day of the span, not its last.
_EITHER_SIDE = re.compile(r"\b(?:before\s+or\s+after|after\s+or\s+before)\b")
# "on a friday", "on fridays", "any weekend day": a test of the weekday, not the coming date
_ANY_WEEKDAY = re.compile(
    r"\b(?:an?|any)\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*days\b"
)
_ANY_WEEKEND = re.compile(r"\b(?:an?|any)\s+weekend\b|\bweekends\b")
_WITHIN = frozenset({"within", "next", "coming", "past", "last", "over"})


class SlotFiller:
    """Fills slots for readings of one course."""

    def __init__(self, course: Course, lexicon: Lexicon) -> None:
        self.course = course
        self.lexicon = lexicon
        # The policy each idea is about, from the course's own keywords ("late" -> its late-work policy).
        self.idea_policy = {idea: policy_for(lexicon, idea) for idea in ("late", "pool", "extension", "regrade")}
        self.pool_left = PoolLeft(course)
        # The roles whose people run sections ("Lab TA"): "who is my ta" asks for the one running the asker's section.
        running = {p for m in course.meetings if m.section for p in m.staff}
        self.section_roles = frozenset(p.role for p in course.people if p.sections or p.id in running)

    def _sessions_held_for(self, r: Reading, kind: str | None) -> list[dt.date]:
        """The days of the sessions of the kind named held for the exam named ("the final review session"), or []."""
        exam_id = held_for_exam(r)
        exam = next((e for e in self.course.exams if e.id == exam_id), None)
        if exam is None or kind in (None, "class"):
            return []
        held = sessions_for_exam(self.course, exam, {kind})
        return [o.start.astimezone(self.course.tz).date() for o in held]

    def fill(self, intent: str, r: Reading, ev: Evidence, now: dt.datetime, section: str | None) -> Slots:
        """The values the intent's answer needs, read from the question (and the section asked for)."""
        course = self.course
        today = now.astimezone(course.tz).date()
        sections = r.ids("section")
        chosen_section = sections[0] if sections else section  # the section named wins over the asker's own
        assignments = r.ids("assignment")
        if len(set(sections)) == 1 and len(assignments) > 1:
            # "the süd field log": of the logs that name matches, the one for the section named
            own = [a for a in assignments if (item := course.assignment(a)) is not None and item.is_for(sections[0])]
            assignments = own or assignments
        day = r.time("day", "moment")
        slots: Slots = {}
        places = r.ids("place")
        if places:
            slots["_place"] = places[0]  # "is the final in redwood hall": a yes/no about where
        if intent in (
            "assignment_due",
            "release",
            "late_whatif",
            "late_rules",
            "extension",
            "regrade",
            "assignment_for",
        ):
            slots["assignments"] = tuple(assignments)
            if r.unknown_assignments and not assignments:
                slots["unknown"] = tuple(canon_key(u.split()) for u in r.unknown_assignments)
        if intent == "late_rules":
            slots["_pool_asked"] = "pool" in r.cues  # "do late days work for the mini project"
            slots["_measure"] = "parts" in r.cues  # "does lateness count from the last part i submit"
            slots["_applied"] = "applied" in r.cues  # "do i have to ask to use grace days"
            # "can i use more than 2 grace days on hw4 part b"; not the 2 of "the comp 2 draft", a name read
            named = {i for m in r.mentions if m.kind == "assignment" for i in range(m.start, m.end)}
            slots["_units"] = _units_asked(r.tokens, named)
            pool = course.late.pool
            if slots["_units"] is None and pool is not None:
                slots["_units"] = units_to_spend(pool, r.text)  # "can i put all my grace days on ps4"
            slots["_accepted"] = bool(_ACCEPTED & set(r.tokens))  # "is late work accepted"
            slots["_still"] = bool(_STILL & set(r.tokens)) or "late" not in r.cues  # "can i still turn in ps3"
        if intent in ("late_rules", "extension", "regrade") and not assignments:
            idea = {"late_rules": "late", "extension": "extension", "regrade": "regrade"}[intent]
            fallback = self.idea_policy.get("pool") if idea == "late" else None
            slots["policy"] = self.idea_policy.get(idea) or fallback
        if intent == "extension":
            slots["_notice"] = bool(_NOTICE & set(r.tokens))  # "how many days notice do i need"
            slots["section"] = chosen_section  # "who do i ask for an extension in section b": that section's contact
        if intent == "regrade" and regrade_risk(course, r.text) is not None:
            # "can my grade go down if i ask for a regrade": the policy's own sentence on a lowered mark settles it,
            # whatever the "if" adds (asking for one is what the rule is about)
            slots["_decided"] = True
        if intent == "regrade" and _window_asked(r):
            slots["how_long"] = True  # "how long do we have to ask for a regrade"
            if _THERE_IS.match(r.text):
                # "is there a deadline to complain about my grade": Yes with the window, settled by the handler
                slots["_window_exists"] = slots["_decided"] = True
        if intent == "assignment_due":
            slots["_due_asked"] = "due" in r.cues  # "when is hw3 due", not "tell me about hw3"
            slots["_sections_named"] = tuple(r.ids("section"))  # "im in group 2 ... same for group 1"
            slots["_already"] = bool({"already", "passed", "over", "yet"} & set(r.tokens))  # "is it already due"
            slots["_about"] = "cover" in r.cues and not r.cues & {"due", "when", "release"}  # "what's hw3 about"
            slots["date"] = day.first if day else None
            due = course.assignment(assignments[0]).due if len(assignments) == 1 else None
            bare = day is not None and day.bare and not day.beside
            if r.yes_no and bare and due is not None and (due > now or r.past):
                # "hw2 due on thursday?", "quiz 3 still closes friday yeah?": the Thursday of its own deadline's week,
                # not the coming one (the answer's No gives the real day); work already closed, asked in the present,
                # keeps the coming one ("quiz 3 closes friday?" after it closed: No, it was due then)
                due_day = due.astimezone(course.tz).date()
                same = due_day.weekday() == day.first.weekday()
                slots["date"] = due_day if same else weekday_for_work(course, day.first.weekday(), None, due, now).day
            generic = _ANY_WEEKDAY.search(r.text) if r.yes_no else None
            if generic is not None:
                stem = generic.group(1) or generic.group(2)
                slots["_weekday"] = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(stem))
            clock = r.time("time", "moment")
            slots["time"] = clock.time if clock else None
            slots["deadline"] = self._deadline_asked(r)
            if _EITHER_SIDE.search(r.text):
                # "is it due before or after spring break": which side of the whole break or exam day
                anchor = next((m for m in r.mentions if m.kind in ("period", "exam") and m.relation), None)
                slots["_anchor"] = self._anchor_dates(anchor) if anchor is not None else None
            span = r.time("range")
            if r.yes_no and span is not None and span.late is None:
                # "is hw3 due in 2 days": that day; "... within the next week", "... this month": any day of it.
                within = span.grain != "span" or bool(_WITHIN & set(r.tokens))
                first, last = span.first, span.last
                if span.label == "next week" and "within" in r.tokens:
                    first, last = today, today + dt.timedelta(days=7)  # "within the next week": seven days
                slots["_span"] = (first, last, within)
            inside = next((m for m in r.mentions if _named_as_inside(m, r.tokens)), None)
            if r.yes_no and span is None and inside is not None and not _EITHER_SIDE.search(r.text):
                # "is essay 2 due in study week", "... during the break": any day of the period the course names
                first, last, _ = self._anchor_dates(inside)
                slots["_span"] = (first, last, True)
            anchor = next((m for m in r.mentions if m.kind == "assignment" and m.relation in ("before", "after")), None)
            if anchor is not None and len(assignments) > 1:
                slots["_relative"] = (anchor.relation, anchor.ids[-1])  # "is the survey due before the mini project"
            if r.yes_no and _SAME_WEEK.search(r.text):
                slots["_same_week"] = self._same_week_as(r, assignments)  # "is sheet 8 due the same week as test 2"
        if intent in ("assignment_due", "late_rules") and day is not None:
            # "can I turn in ps6 on sunday": whether that day is on time (or how late), not whether it is due then.
            # "i forgot quiz 6, can we still do it saturday": the may-I after the student's story asks it too
            # "will ps4 still be open on saturday": whether it is still taken then
            asks_yes = asks_may_hand_in(r)
            hand_in = hand_in_day(r, today)
            if hand_in is not None:
                slots["submit_on"] = True
                # "can i turn in my sona hours after may 21": a day after the one named (its start, the least late)
                after = hand_in.kind == "day" and hand_in.relation == "after"
                # (today, when that day is gone: "could i hand in the proposal after oct 4" asked on oct 14)
                slots["date"] = max(hand_in.first + dt.timedelta(days=1), today) if after else hand_in.first
                if hand_in.bare and not hand_in.beside and len(assignments) == 1:
                    # "can i hand ps4 in on monday": the Monday the deadline makes likely (not "on the monday after
                    # spring break": that one)
                    due = course.assignment(assignments[0]).due
                    # "ps3 was due friday, can i still hand it in monday": the may-I asks of a day to come
                    past = r.past and not asks_yes
                    meant = weekday_for_work(course, hand_in.first.weekday(), None, due, now, past=past)
                    slots["date"], slots["_assumed"], slots["_other_day"] = meant.day, meant.assumed, meant.other
                    if after:  # "after friday": the day after the Friday meant, as for a day named in full
                        slots["date"] = max(meant.day + dt.timedelta(days=1), today)
                        slots["_other_day"] = meant.other and meant.other + dt.timedelta(days=1)
                        slots["_assumed"] = meant.assumed and f"the day after {human_date(meant.day)}"
        elif intent == "due_soon":
            first, last, label, span = self._due_range(r, today, now)
            slots.update(range=(first, last), label=label, span=span, section=chosen_section)
            # "what's due over thanksgiving": a period's own span, nothing after it
            # "is anything due during spring break week (mar 16-20)": the period named, its dates given too
            named = any(m.kind == "period" and m.relation in ("", "during") for m in r.mentions)
            slots["_period"] = (r.time("range") is None or named) and self.relation_range(r, today) is not None
            # "the first week back after the break": a week beside it, where the next deadline after still helps
            beside = any(m.kind == "period" and m.relation.startswith(_BESIDE) for m in r.mentions)
            slots["_period"] = slots["_period"] and not beside
            # "what's coming up": not only deadlines; the next exam too.
            slots["_overview"] = "due" not in r.cues and "homework_kind" not in r.cues
            slots["series"] = self._series(r)  # "every lab report deadline": the items of that series
            if not (slots["series"] or assignments or "work_verb" in r.cues):
                # "which labs", a word that names meetings too; not the word of a stretch's name ("the lab block")
                slots["series"] = ids_of_kind_named(course, _outside_periods(r))
            slots["_series_name"] = plural(next(iter(r.ids("series")), "deadline"))
            if "count" in r.cues and "due_list" not in r.cues and "all" not in r.cues:
                slots["_count"] = True  # "how many problem sets are there": every one of the term
                generic = {"assignment", "assignments"} & set(r.tokens)
                slots["kinds"] = ("homework",) if not generic and "homework" in self.lexicon.kind_words else ()
            elif slots["series"] and "all" in r.cues and not r.yes_no and _whole_term_asked(r):
                slots["_count"] = True  # "the due dates for all the lab reports": every one, those past too
            # "anything due next week besides the quiz": the handler settles whether anything else is due
            slots["_decided"] = besides_asked(r.text) is not None and not slots.get("_count")
            # "is the essay due at noon" of two essays, no day named: the time of every one of the kind asked, not
            # whether one falls in the coming days
            only_clock = bool(r.times) and all(t.kind == "time" for t in r.times) and bool(slots["series"])
            if ("all" in r.cues or only_clock) and r.yes_no:
                # "are all the lab reports due at 5pm", "all the assignments": whether every one is due at that time
                slots["_one_of"] = "all" not in r.cues
                clock = r.time("time", "moment")
                every = slots["series"] or (
                    tuple(a.id for a in course.assignments) if _ANY_WORK & set(r.tokens) else ()
                )
                slots["_all_at"] = (tuple(every), clock.time) if every and clock and not clock.window else None
        elif intent == "next_due":
            after = next((m for m in r.mentions if m.kind == "assignment" and m.relation == "after"), None)
            slots["after"] = after.ids[-1] if after else None
            anchor = next((m for m in r.mentions if m.kind in ("period", "exam") and m.relation == "after"), None)
            if after is None and anchor is not None:
                # "the next deadline after the midterm"; after reading week: after the last day the page marks off
                slots["after_day"] = self._anchor_dates(anchor)[1]
                if anchor.kind == "period":
                    slots["after_day"] = self.lexicon.periods[anchor.ids[0]].last_marked
            generic = {"assignment", "assignments"} & set(r.tokens)
            slots["series"] = self._series(r, after)  # "when's the last quiz": of the quizzes
            kinds_named = [m for m in r.mentions if m.kind == "series"]
            # "what's left after essay 2": the series word only inside the item's own name names no kind of work
            in_name = (
                bool(kinds_named) and after is not None and all(after.start <= m.start < after.end for m in kinds_named)
            )
            if "homework_kind" in r.cues and not generic and "homework" in self.lexicon.kind_words and not in_name:
                slots["kinds"] = ("homework",)  # "the last homework"; "the last assignment" is any kind
            if not (slots["series"] or slots.get("kinds") or generic or assignments or "work_verb" in r.cues):
                slots["series"] = ids_of_kind_named(course, r.text)  # "the last lab", a word that names meetings too
            # "is hw5 the last homework"; not "the first journal", a kind's name (every piece, none put to the check)
            kind_spans = {(m.start, m.end) for m in r.mentions if m.kind == "series"}
            pieces = {
                i for m in r.mentions if m.kind == "assignment" and (m.start, m.end) not in kind_spans for i in m.ids
            }
            slots["_named"] = tuple(a for a in assignments if a != slots["after"] and a in pieces)
            if "last" in r.cues and "next" not in r.cues and after is None:
                slots["which"] = "latest" if r.past else "last"
            elif "first" in r.tokens and "next" not in r.tokens and after is None and anchor is None:
                slots["which"] = "first"
            slots["section"] = chosen_section
        elif intent == "release":
            if "last" in r.cues and not assignments:
                slots["_which"] = "last"  # "when does the last problem set come out"
            elif "first" in r.tokens and "next" not in r.tokens and not assignments:
                slots["_which"] = "first"
            rng = self._range(r, today)
            if rng and not assignments:
                slots.update(range=(rng[0], rng[1]), label=rng[2])
            slots["section"] = chosen_section
        elif intent == "late_whatif":
            slots["_penalty_q"] = bool(_PENALTY & set(r.tokens))  # "do i lose points for ...": is there a cost
            slots["_pool_asked"] = "pool" in r.cues  # "did that burn a late day", on any course's words
            if not assignments:
                # "what is the penalty for 10 hours late": the rules applied to the next assignment due; "if my lab
                # report is a day late": to the next one of that kind
                kind = next_of_kind(course, r.text, now)
                upcoming = sorted((a for a in course.assignments if a.due > now), key=lambda a: a.due)
                pick = [kind] if kind else upcoming[:1] or sorted(course.assignments, key=lambda a: a.due)[-1:]
                assignments = [a.id for a in pick]
                slots["assignments"] = tuple(assignments)
                slots["_example"] = True
            slots["pool_left"] = self.pool_left.read(r.text)
            told = r  # the question as asked; the days its story tells of are no hand-in day
            r = without_story_days(r, today)
            day = r.time("day", "moment")
            moment = r.time("moment")
            clock = r.time("time")
            lateness = r.time("lateness")
            if moment:
                slots["moment"] = course.at(moment.first, moment.time)
                item = course.assignment(assignments[0]) if assignments else None
                if item is not None and moment.bare:
                    # "the report at 1am saturday": the Saturday the deadline makes likely, said so when in doubt
                    meant = weekday_for_work(course, moment.first.weekday(), moment.time, item.due, now, past=r.past)
                    slots["moment"] = course.at(meant.day, moment.time)
                    slots["_assumed"], slots["_other_day"] = meant.assumed, meant.other
            elif clock:
                # "at 9pm instead of 5": with no day named, the due day of work still to come
                item = course.assignment(assignments[0]) if assignments and day is None else None
                due_day = item.due.astimezone(course.tz).date() if item is not None else None
                on = day.first if day else (due_day if due_day is not None and due_day >= today else today)
                slots["moment"] = course.at(on, clock.time)
            elif lateness and assignments:
                due = course.assignment(assignments[0]).due
                slots["moment"] = (due.astimezone(dt.UTC) + lateness.late).astimezone(course.tz)
                slots["_late_by"] = lateness.late  # the work taken as an example may change: the span stays
            if moment or clock:
                # "at 1am tonight", "friday at midnight": the moment the words mean, never one already gone
                settle_moment(course, r, slots, now)
            r = told
        elif intent == "exam":
            exams = r.ids("exam")
            rng = self._range(r, today)
            if exams:
                slots["exam"] = exams[0]
                slots.update(_named_exams(r))  # "dates for the midsem and the final": each exam named
                if every_exam_asked(r.tokens, [(m.start, m.end) for m in r.mentions if m.kind == "exam"]):
                    # "all the tests and the final with dates": every exam, the one named among them
                    slots["_exams"] = tuple(e.id for e in course.exams)
            elif "next" in r.cues:
                upcoming = [e for e in course.exams if e.date >= today]
                slots["exam"] = upcoming[0].id if upcoming else None
            elif rng:
                inside = [e for e in course.exams if rng[0] <= e.date <= rng[1]]
                slots["exam"] = inside[0].id if len(inside) == 1 else None
            if r.yes_no and exams and asks_if_day_off(r.text):
                slots["_day_off"] = True  # "is the mid-term jury a day off": its day's Yes or No, "a day" no span
                rng = None
            if rng:
                slots.update(range=(rng[0], rng[1]), label=rng[2])
            slots["section"] = chosen_section
            during = asks_during_class(r.tokens, self.lexicon.class_time_words, self.lexicon.meeting_words)
            if during is not None:
                slots["during_class"] = during  # "class" (class time) or "meeting" (another of its meetings)
            if "in_person" in r.cues:
                slots["in_person"] = asks_in_person(r.tokens)
            if day is not None:
                # "is the midterm on a wednesday", "is midterm 1 on thursday" (that weekday, whichever week), "is the
                # final on dec 12" (that date)
                bare = (day.bare and not day.beside) or r.text[day.start : day.end].strip() in _WEEKDAY_WORDS
                slots["_on_day"] = ("weekday", day.first.weekday()) if bare else ("date", day.first)
            if r.yes_no and _ANY_WEEKEND.search(r.text):
                slots["_on_day"] = ("weekend", None)  # "is the final on a weekend": any weekend, not the coming one
                slots.pop("range", None)
            clock = r.time("time", "moment")
            if clock is not None and clock.time is not None and not clock.window:
                slots["_at"] = clock.time  # "is the final at 8am"
            slots["_conflict"] = "conflict" in r.cues
            slots["_form_due"] = "conflict" in r.cues and bool(r.cues & {"due", "when"}) and "form" in r.tokens
            slots["_reschedule"] = "changed" in r.cues  # "can i take the final at a different time"
        elif intent == "office_hours":
            people = r.ids("person")
            slots["person"] = people[0] if people else None
            if len(people) > 1:
                slots["people"] = tuple(people)  # "is siyuan's office hour before or after li chen's"
            if not people and role_asked(r):
                slots["role"] = role_asked(r)
            elif not people and (runs := role_of_part_named(course, r.text)) is not None:
                slots["role"] = runs  # "consultation hours for the case comp": its coordinator's hours
            rng = self._range(r, today)
            days = list(dict.fromkeys(t.first for t in r.times if t.kind in ("day", "moment")))
            if len(days) == 1 and day is not None and day.other and not r.yes_no:
                days = [day.other, day.first]  # "office hours next tuesday" on a Monday: both Tuesdays
            up_to = any(m.relation == "until" and m.kind in ("exam", "period") for m in r.mentions)
            # not "between now and the midterm", nor "open studio today"
            spanned = bool(rng and up_to) or spanned_not_now(r.tokens, rng is not None)
            if "now" in r.cues and not spanned and not dated_not_now(r.tokens, day):
                slots["when"] = "now"
            elif len(days) > 1:
                slots["when"] = days[0]
                slots["dates"] = tuple(days)  # "office hours today and tomorrow"
            elif day and (span := span_to(day.relation, day.first, today, course.term_last)) is not None:
                # "is there office hours before monday": the days up to it, from now
                slots["when"], slots["label"], slots["_from_now"] = (span[0], span[1]), span[2], True
            elif day:
                # "monday office hours after spring break": the first monday after it, not the next one from today
                slots["when"] = weekday_in_span(day, rng) or day.first
                part = next((t for t in r.times if t.kind == "time" and t.window), None)
                if day.window:
                    slots["window"] = (*day.window, day.label)  # "wednesday afternoon"
                elif part is not None and isinstance(slots["when"], dt.date):
                    # "her office hour next tuesday, is it still in the morning": the part of that day, said apart
                    slots["window"] = (*part.window, f"{human_date(slots['when'])} {part.label}")
            elif (part := next((t for t in r.times if t.kind == "time" and t.window), None)) is not None:
                slots["when"] = (today, today + dt.timedelta(days=6))  # "any office hours in the morning"
                slots["window"] = (*part.window, f"{part.label}s in the next 7 days")
            elif rng:
                monday = week_monday(today)
                if (rng[0], rng[1]) == (monday, monday + dt.timedelta(days=6)):
                    slots["when"] = "this week"
                elif (rng[0], rng[1]) == (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)):
                    slots["when"] = "next week"
                else:
                    slots["when"] = (rng[0], rng[1])
                    slots["label"] = rng[2]
            else:
                slots["when"] = None if people or slots.get("role") else "upcoming"
            slots["negated"] = negated(r)
            slots["_next"] = "next" in r.cues  # "when's tomás's next office hour": the one next session
            # "... on days other than tuesday, before the exam": the span, when the days named are a constraint
            slots["_span"] = self.relation_range(r, today)
            # "extra help before the test": that morning's sessions count, the test starting later that day
            slots["_before_exam"] = next(
                (m.ids[0] for m in r.mentions if m.kind == "exam" and m.relation == "before"), None
            )
            slots["_where"] = "where" in r.cues
            slots["_changed"] = "changed" in r.cues
            if "in_person" in r.cues:
                slots["in_person"] = asks_in_person(r.tokens)
        elif intent == "schedule_day":
            slots["date"] = day.first if day else today
            # "is there class right now": this moment, not the whole day
            slots["_now"] = day is None and r.yes_no and meeting_now_asked(r.text)
            self._topic(slots, ev)
            days = [t.first for t in r.times if t.kind in ("day", "moment")]
            if len(days) == 1 and day is not None and day.other and not r.yes_no:
                days = [day.other, day.first]  # "what's on next wednesday" on a Monday: both Wednesdays
            if len(days) > 1:
                slots["dates"] = tuple(dict.fromkeys(days))  # "what's on feb 21 and feb 23"
            slots["kind"] = class_kind(r)
            slots["section"] = chosen_section
            slots["negated"] = negated(r)
            _closing_no_topic(slots, r)
            # "whats the reading for tuesdays lecture", "slides for thursday's class": that day's materials
            slots["_resource"] = _resource_named(r)
            if r.yes_no and day is not None and day.bare and not day.beside and len(days) == 1:
                # "is the final review session on sunday": the Sunday of the sessions held for the final
                held = self._sessions_held_for(r, slots["kind"])
                if held:
                    slots["date"] = _weekday_near(day.first.weekday(), held)
            if r.yes_no and len(days) == 1 and day is not None and not day.relation and asks_if_day_off(r.text):
                slots["_day_off"] = True  # "is dec 8 a holiday": whether the day itself is one
            clock = r.time("time", "moment") if r.yes_no else None
            # "is the plenary on may 5 at 14:15": a clock time typed, not a part of the day ("friday afternoon")
            slots["time"] = clock.time if clock and not clock.window else None
            if r.yes_no and clock is None and (bare := bare_clock_asked(r.text)):
                slots["time"], slots["_either_half"] = bare, True  # "is lecture on thursday at 1": 1:00 or 13:00
            if day is not None and day.window and len(days) == 1:
                slots["_part"] = (*day.window, day.label)  # "which lab sections are on thursday afternoons"
            if day is not None and (r.yes_no or day.relation == "after") and len(days) == 1:
                # "is there a recitation before march 20", "lecture topics after christmas": the days it gives
                slots["_span"] = span_to(day.relation, day.first, today, course.term_last)
        elif intent == "no_class":
            # "is there a break in november": the days off in that span; "is there A DAY off" asks of a day off, not
            # of a span of one day from now
            spans = [t for t in r.times if t.kind == "range"]
            kept = [t for t in spans if not _A_UNIT.fullmatch(r.text[t.start : t.end].strip())]
            # "is thanksgiving a day off": with "a day" set aside, the period or exam named is the span asked of
            rest = self.relation_range(r, today) if spans else self._range(r, today)
            rng = (kept[0].first, kept[0].last, kept[0].label) if kept else rest
            if rng is not None:
                slots.update(range=(rng[0], rng[1]), label=rng[2], _decided=True)  # its days decide a Yes or No
            said = kind_days_off_asked(r.text, self.lexicon.meeting_words)
            kinds = (
                {t.value for t in self.lexicon.phrases.get(phrase_key(said), ()) if t.kind == "kind"} if said else ()
            )
            if len(kinds) == 1:
                slots["kind"] = next(iter(kinds))  # "which days in march have no recitation": the recitation's
        elif intent == "schedule_range":
            rng = self._range(r, today)
            remain = {"left", "remaining", "remain", "remains"} & set(r.tokens)
            if "count" in r.cues and any(a == "many" and b == "more" for a, b in pairwise(r.tokens)):
                remain = {"more"}  # "how many more lectures are there": those still to come
            if rng is None and ("count" in r.cues or remain):
                # "how many lectures are left" (from today), "how many lectures are there" (the whole term)
                left = "due_list" in r.cues or "all" in r.cues or bool(remain)
                rng = (today if left else course.term_first, course.term_last, "left" if left else "this term")
            if rng is None:
                monday = week_monday(today)
                rng = (monday, monday + dt.timedelta(days=6), "this week")
            if remain and rng[0] < today <= rng[1]:
                rng = (today, rng[1], f"left {rng[2]}")  # "what topics are left this semester": from today on
            slots.update(range=(rng[0], rng[1]), label=rng[2])
            slots["kind"] = class_kind(r)
            adjacent = self._right_before_or_after(r, slots["kind"])
            if adjacent is not None:
                slots.update(range=(adjacent[0], adjacent[0]), label=adjacent[1])
            slots["section"] = chosen_section
            slots["negated"] = negated(r)
            slots["_for_exam"] = held_for_exam(r)  # "when is the review session for midterm 2"
            slots["_stretch"] = period_asked(r, self.lexicon.periods)  # "is there a reading day": it exists
            self._topic(slots, ev)
            _closing_no_topic(slots, r)
            if (
                r.yes_no
                and slots.get("words")
                and ev.topic_rows
                and (side := topic_span(course, r, self._anchor_dates))
            ):
                # "is the snow pits lecture before easter": the topic's own days decide, over the whole term's side
                slots["_topic_span"] = (side.first, side.last, side.label, side.words)
                slots["_done"] = bool(_DONE_WORDS & set(r.tokens))
        elif intent == "where_now":
            slots["asked"] = where_now_asked(r.text)
        elif intent in ("next_class", "last_class"):
            slots["kind"] = class_kind(r) or "class"
            slots["section"] = chosen_section
            if intent == "next_class" and (ruled_out := ruled_out_kinds(r)):
                slots["_not_kinds"] = ruled_out  # "my next class (not lab)": any meeting but those
            if intent == "last_class":
                # "when is the last lecture (of the term)": the term's; "what was the last lecture": the latest;
                # "what's the last lecture": either, so both.
                term = bool({"term", "semester", "quarter", "ever"} & set(r.tokens)) or "term_dates" in r.cues
                slots["which"] = "latest" if r.past else "final" if "when" in r.cues or term else "either"
            anchor = next((m for m in r.mentions if m.kind in ("period", "exam") and m.relation == "after"), None)
            before = next((m for m in r.mentions if m.kind in ("period", "exam") and m.relation == "before"), None)
            # "the next lecture after today", "after friday": from the day after that day, not today's own meeting
            after_day = next((t.first for t in r.times if t.kind == "day" and t.relation == "after" and t.first), None)
            meeting_after = self._after_a_meeting(r, today) if intent == "next_class" else None
            back = next((m for m in r.mentions if m.kind == "period" and m.relation in ("", "during")), None)
            if anchor is None and back is not None and intent == "next_class" and _BACK_FROM & set(r.tokens):
                anchor = back  # "once easter break is over, when's our first class back": the first after it
            if anchor is not None:
                slots["after"] = self._anchor_dates(anchor)[1]
                # "the first lecture after good friday": the weekday in the day off's own name is no day asked
                slots["_anchor_words"] = tuple(r.tokens[anchor.start : anchor.end])
            elif meeting_after is not None and after_day is None:
                # "the next recitation after the guest lecture": after the coming guest lecture, not from now
                slots["after"], slots["kind"], slots["_after_label"] = meeting_after
            elif intent == "next_class" and after_day is not None and not _WEEKDAY_WORDS & set(r.text.split()):
                slots["after"] = after_day
            elif intent == "last_class" and before is not None:
                slots["before"] = self._anchor_dates(before)[0]  # "the last lecture before spring break"
                slots["which"] = "before"
            elif intent == "next_class" and "first" in r.tokens and "next" not in r.tokens:
                slots["which"] = "first"  # "the first lecture": of the term
                rng = self._range(r, today)
                if rng is not None:
                    slots["_within"] = (rng[0], rng[1], rng[2])  # "the first lecture in november"
        elif intent == "topic":
            # "did we already do cross validation", "have we covered LDA yet": whether it has happened.
            # "is gradient boosting covered" asks whether it is on the schedule at all.
            tokens = set(r.tokens)
            slots["_done"] = bool(_DONE_WORDS & tokens)
            # "where can i find the lsh slides", "is the lsh lecture recorded": one of the day's materials.
            slots["_resource"] = _resource_named(r)
            slots["_past"] = r.past
            slots["rows"] = tuple(ev.topic_rows)
            slots["dates"] = tuple(course.schedule[i].date for i in ev.topic_rows)
            slots["words"] = ev.topic_words
            slots["_for_exam"] = asked_for_exam(r)  # "the review for the final": its rows, and its sessions only
            clock = r.time("time", "moment") if r.yes_no else None
            slots["time"] = clock.time if clock and not clock.window else None  # "is the guest lecture at 3pm"
            # "is there <topic> on wed may 13": asked of that one day, not of the term
            slots["_on"] = day.first if day is not None and r.yes_no and not day.relation else None
            span = r.time("range") if r.yes_no and day is None else None
            if span is not None and span.first and span.last and span.relation in ("", "during", "in"):
                slots["_within"] = (span.first, span.last, span.label)  # "is the guest lecture in december"
            elif r.yes_no and (side := topic_span(course, r, self._anchor_dates)) is not None:
                # "are we doing sonata form before easter": the term's days before the break decide
                slots["_within"] = (side.first, side.last, side.label)
                slots["_span_words"] = side.words
            if chosen_section:
                slots["section"] = chosen_section  # "when is my group's presentation, im in S3": that section's row
        elif intent == "staff":
            if len(r.ids("person")) > 1:
                slots["people"] = tuple(r.ids("person"))  # "is ameet or geoff teaching"
            slots["_duties"] = r.tokens[:1] == ["what"] and r.tokens[-1:] == ["do"]  # "what does the reader do"
            slots["_surname"] = bool({"last", "surname", "family", "full"} & set(r.tokens)) and "name" in r.cues
            people = r.ids("person")
            slots["person"] = people[0] if people else None
            slots["_mended"] = bool(people) and mended_name(course, people[0], r)  # "is dr okafur ...": no Yes
            slots["role"] = role_asked(r)
            held = next((m for m in r.mentions if m.kind == "role"), None) if r.yes_no and not people else None
            if held and asks_for_role(r.tokens, held.start, held.end, timed=bool(r.times)) and not ev.wanted_elsewhere:
                slots["_held"] = slots["_decided"] = True  # "is there a tutor i can ask stuff to": Yes, with them
            # "who runs section 1C", "who leads my discussion": a section named, or the asker's for a meeting kind;
            # "who is my ta? im in L07": the asker's, for "my" and a role whose people run sections
            own = "my" in r.tokens and slots["role"] in self.section_roles
            slots["section"] = sections[0] if sections else (section if r.ids("kind") or own else None)
        elif intent == "policy":
            slots["policy"] = ev.policy
            if ev.rule_named and ev.policy and (sentence := named_rule_sentence(course, ev.policy, r.text)):
                slots["_rule_sentence"] = sentence  # "explain the calculator rule": the exams' sentence on calculators
            if ev.policy is not None and ev.policy == self.idea_policy.get("extension"):
                slots["_contact"] = True  # "who do i talk to about dsp accommodations": who to write to
            if ev.policy is not None and ev.policy == self.idea_policy.get("regrade") and _window_asked(r):
                slots["how_long"] = True  # "how long do i have to query a mark", read as the regrade policy
            late_policies = {self.idea_policy.get("late"), self.idea_policy.get("pool")} - {None}
            # "how many grace days do we get", read as the late policy that names them: the pool's own count
            slots["_pool_count"] = ev.policy in late_policies and {"pool", "count"} <= r.cues and not r.yes_no
        elif intent == "course_fact":
            slots["fact"] = ev.fact
            slots["_changed"] = "changed" in r.cues
            if "in_person" in r.cues:  # "is section 1g on zoom"
                slots["in_person"] = asks_in_person(r.tokens)
            slots["assignments"] = tuple(assignments)
            slots["kind"] = class_kind(r)
            slots["section"] = chosen_section
            if asks_same_room(r.text, sections):
                slots["_sections"] = tuple(dict.fromkeys(sections))  # "is L02 in the same room as L01"
                slots["_decided"] = True
            slots["date"] = day.first if day else None  # "what time is lecture on tuesday"
            if day is None and any(m.kind == "exam" and m.relation in _ONE_DAY for m in r.mentions):
                # "is 1a in its normal room on the day of the midterm", "where is lecture the day after the midterm"
                span = self.relation_range(r, today)
                slots["date"] = span[0] if span is not None else None
                slots["_date_label"] = span[2] if span is not None else ""
                if slots["date"] is not None and asks_as_usual(r.text):
                    slots["_decided"] = (
                        True  # "in its normal room on the day of the midterm": that day's changes decide
                    )
            if ev.fact == "meeting_place" and chosen_section is None and (clock := r.time("time")) and not clock.window:
                slots["_clock"] = clock.time  # "where does the 1:30 lecture meet": the one that starts then
            if ev.fact == "meeting_time" and r.yes_no and (clock := r.time("time")) and not clock.window:
                slots["_clock"] = clock.time  # "is lecture at 11am": whether it starts then
            elif ev.fact == "meeting_time" and r.yes_no and not r.times and (bare := bare_clock_asked(r.text)):
                slots["_clock"] = bare  # "is lecture at 11": either half of the day
            if day is None and any(m.kind == "period" for m in r.mentions):
                slots["_span"] = self.relation_range(r, today)  # "what room is the lab in after the break"
            elif day is None and (phrase := r.time("range")) is not None and phrase.late is None:
                slots["_span"] = (phrase.first, phrase.last, phrase.label)  # "tertulias this week: times and places"
            exams = r.ids("exam")
            slots["_for_exam"] = held_for_exam(r)  # "where's the final review session": the session for it
            if ev.fact and (ev.fact.startswith("exam") or ev.fact == "grades_out"):
                slots["exam"] = exams[0] if exams else None
            if ev.fact in ("exam_time", "exam_place"):
                slots.update(_named_exams(r))  # "where are the midsem and the final"
                if slots.get("exam") and slots["kind"] not in (None, "class") and asks_as_usual(r.text):
                    slots["_decided"] = True  # "is s4 studio at the normal time on test day": that day's changes decide
            if ev.fact == "exam_other":
                slots["words"] = " ".join(r.content)
            if ev.fact == "exam_content" and ev.topic_rows:
                slots["rows"] = tuple(ev.topic_rows)  # "is the guest lecture on the final": those days
            people = r.ids("person")
            role = role_asked(r)
            if people:
                slots["person"] = people[0]
                slots["people"] = tuple(people)
            elif role:
                slots["role"] = role
                slots["people"] = tuple(p.id for p in course.people if p.role == role)
            links = r.ids("link")
            if links:
                slots["link"] = links[0]
            elif ev.fact == "link" and "forum_place" in r.cues and course.forum is not None:
                slots["link"] = f"platform:{course.forum.id}"  # "where do we post questions"
        elif intent in ("assignment_for", "section"):
            slots["section"] = chosen_section
            if intent == "section" and asks_same_room(r.text, sections):
                slots["_sections"] = tuple(dict.fromkeys(sections))  # "is L03 in the same room as L01"
                slots["_decided"] = True
            if intent == "assignment_for" and chosen_section is None:
                slots["section"] = "*"  # every section
            if intent == "section" and "in_person" in r.cues:  # "is discussion 1a online"
                slots["in_person"] = asks_in_person(r.tokens)
        elif intent == "help":
            slots["_greeting"] = "help" not in r.cues  # "good morning!": nothing asked
        return slots

    def _series(self, r: Reading, item: Mention | None = None) -> tuple[str, ...]:
        """The items of the series of work named ("quizzes", "lab reports"), or () when none is; not the word right
        after an item's name ("after the case study assignment": that item's kind, not every assignment), nor the
        word inside it ("what's left after essay 2": the work after it, not only the essays)."""
        if item is not None:
            own = range(item.start, item.end + 1)
            names = list(
                dict.fromkeys(i for m in r.mentions if m.kind == "series" and m.start not in own for i in m.ids)
            )
            return tuple(dict.fromkeys(i for n in names for i in self.lexicon.series.get(n, ())))
        names = r.ids("series")
        return tuple(dict.fromkeys(i for n in names for i in self.lexicon.series.get(n, ())))

    @staticmethod
    def _topic(slots: Slots, ev: Evidence) -> None:
        """ "is there a review session before the midterm": a yes or no about that topic, not about any class."""
        if ev.topic_words or ev.session_words:
            slots["words"] = ev.topic_words or ev.session_words
            slots["rows"] = tuple(ev.topic_rows)

    def _after_a_meeting(self, r: Reading, today: dt.date) -> tuple[dt.date, str, str] | None:
        """The day of the coming meeting a question counts from ("after the guest lecture"), the kind asked for
        ("class" when none or several) and that day's title (or ""), or None when it names no meeting to count
        from."""
        rows = [int(i) for m in r.mentions if m.kind == "topic" and m.relation == "after" for i in m.ids]
        kinds = {i for m in r.mentions if m.kind == "kind" and m.relation == "after" for i in m.ids}
        if not rows and not kinds:
            return None
        schedule = self.course.schedule
        days = [schedule[i].date for i in rows if 0 <= i < len(schedule)]
        days = days or [row.date for row in schedule if any(of_kind(self.course, row, k) for k in kinds)]
        for k in kinds:  # weekly meetings the schedule does not list ("after the workshop")
            days += [
                o.start.astimezone(self.course.tz).date()
                for o in occurrences_between(self.course, today, self.course.term_last, kind=k)
            ]
        coming = sorted(d for d in days if d >= today)
        if not coming:
            return None
        # "another tutorial after the guest lecture": the kind asked, not the word of the day counted from
        inside = [(m.start, m.end) for m in r.mentions if m.kind == "topic" and m.relation == "after"]
        asked = list(
            dict.fromkeys(
                i
                for m in r.mentions
                if m.kind == "kind" and m.relation != "after" and not any(s <= m.start < e for s, e in inside)
                for i in m.ids
            )
        )
        held = [schedule[i] for i in rows if 0 <= i < len(schedule) and schedule[i].date == coming[0]]
        # "the lab after the calorimetry lab", held Wednesday for one section and Thursday for the others: from Thursday
        last = last_day_of_event(schedule, held) or coming[0]
        return last, asked[0] if len(asked) == 1 else "class", held[0].title if held else ""

    def _same_week_as(self, r: Reading, assignments: list[str]) -> tuple[dt.date, str, str] | None:
        """The day of the exam, or of the other work, a deadline is held against in "the same week as ...", how it is
        said ("Test 2 is", "PS3 is due") and the other work's id ("" for an exam); None when it names neither."""
        exam = self.course.exam(r.ids("exam")[0]) if r.ids("exam") else None
        if exam is not None:
            return exam.date, f"{exam.title} is", ""
        other = self.course.assignment(assignments[-1]) if len(assignments) > 1 else None
        if other is None:
            return None
        return other.due.astimezone(self.course.tz).date(), f"{other.short} is due", other.id

    def _deadline_asked(self, r: Reading) -> tuple[str, dt.date, str] | None:
        """ "is it due before thanksgiving / by friday": the relation and the day a due date is held against."""
        for m in r.mentions:
            if m.kind in ("period", "exam") and m.relation in ("before", "by", "until", "after", "through"):
                first, last, name = self._anchor_dates(m)
                if m.relation == "through":
                    return "by", last, f"the end of {name}"  # "is wb1 due before golden week ends"
                return m.relation, last if m.relation == "after" else first, name
        day = r.time("day", "moment")
        if day is not None and day.relation in ("before", "by", "until", "after"):
            return day.relation, day.first, human_date(day.first)
        return None

    def _day_inside_its_break(self, r: Reading, mention: Mention) -> Mention:
        """ "the day after thanksgiving", where Thanksgiving Day lies inside a Thanksgiving break: the day after the
        one day the words name, not after the whole break around it ("the day after thanksgiving break" names only
        the break)."""
        if mention.kind != "period":
            return mention
        same = [m for m in r.mentions if m.kind == "period" and (m.start, m.end) == (mention.start, mention.end)]
        named = [(m, p) for m in same for p in (self.lexicon.periods[i] for i in m.ids)]
        if len(named) < 2:
            return mention
        shortest, day = min(named, key=lambda mp: mp[1].last - mp[1].first)
        inside = all(p.first <= day.first and day.last <= p.last for _, p in named)
        if not inside or day.first != day.last:
            return mention
        return replace(shortest, ids=(day.key,))

    def _anchor_dates(self, mention: Mention) -> tuple[dt.date, dt.date, str]:
        if mention.kind == "period":
            period = self.lexicon.periods[mention.ids[0]]
            return period.first, period.last, period.name
        exam = self.course.exam(mention.ids[0])
        return exam.date, exam.date, exam.title

    def _right_before_or_after(self, r: Reading, kind: str | None) -> tuple[dt.date, str] | None:
        """ "what did we cover right before spring break", "the class just after the midterm": the class day
        next to the break or exam, not the break's own rows."""
        for m in r.mentions:
            if m.kind not in ("period", "exam") or m.relation not in ("before", "after"):
                continue
            if not any(w in r.tokens for w in ("right", "just", "immediately", "directly")):
                return None
            first, last, name = self._anchor_dates(m)
            rows = [row for row in self.course.schedule if of_kind(self.course, row, kind)]
            if m.relation == "before":
                found = [row.date for row in rows if row.date < first]
                return (found[-1], f"the last class before {name}") if found else None
            found = [row.date for row in rows if row.date > last]
            return (found[0], f"the first class after {name}") if found else None
        return None

    def relation_range(self, r: Reading, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
        """A range named through a period or an exam: "after spring break", "the week before the midterm"."""
        for m in r.mentions:
            if m.kind == "exam" and not m.relation:
                continue
            if m.kind not in ("period", "exam"):
                continue
            # "the day after thanksgiving": after Thanksgiving Day, where the break around it shares its name
            first, last, name = self._anchor_dates(self._day_inside_its_break(r, m) if m.relation in _ONE_DAY else m)
            if m.relation in ("", "during"):
                return first, last, name
            if m.relation == "through":
                # "what's due before golden week ends": from now (or its start, asked after it) to its last day
                return (today if today <= last else first), last, f"by the end of {name}"
            if m.relation == "after":
                return (
                    last + dt.timedelta(days=1),
                    max(self.course.term_last, last + dt.timedelta(days=1)),
                    f"after {name}",
                )
            if m.relation in ("before", "until", "by"):
                # "the midterm 1 review" or "what was due before reading week", asked after it: the term up to it
                start = today if today < first else self.course.term_first
                return start, max(start, first - dt.timedelta(days=1)), f"before {name}"
            if ":" in m.relation:  # "the two weeks after spring break", "the 3 days before the midterm"
                unit, count = m.relation.split(":")
                length = int(count) * (7 if unit.startswith("weeks") else 1)
                if unit.endswith("after"):
                    start = last + dt.timedelta(days=1)
                    return start, start + dt.timedelta(days=length - 1), f"the {count} {unit[:-6]} after {name}"
                end = first - dt.timedelta(days=1)
                return end - dt.timedelta(days=length - 1), end, f"the {count} {unit[:-7]} before {name}"
            if (beside := span_beside(m.relation, first, last, name)) is not None:
                return beside  # "the week before the midterm", "the day after thanksgiving"
        return None

    def _range(self, r: Reading, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
        bounded = bounded_span(r, self._anchor_dates, today)  # "between p1 and the reading week"
        if bounded is not None:
            return bounded
        phrase = r.joined_range()
        if phrase is not None and phrase.relation == "after" and phrase.last < self.course.term_last:
            # "what lectures are left after this week", "any labs after week 10": from the next day to the term's end
            return phrase.last + dt.timedelta(days=1), self.course.term_last, f"after {phrase.label}"
        if phrase is not None:
            return phrase.first, phrase.last, phrase.label
        away = away_span(r)
        if away is not None:
            return away
        return self.relation_range(r, today)

    def _due_range(
        self, r: Reading, today: dt.date, now: dt.datetime
    ) -> tuple[dt.date, dt.date, str, dt.timedelta | None]:
        bounded = bounded_span(r, self._anchor_dates, today)  # "deadlines between easter and the end of may"
        if bounded is not None:
            first, last, label = bounded
            return (today if first <= today <= last and not r.past else first), last, label, None
        phrase: TimePhrase | None = r.joined_range()  # "this week and next week": both
        after = phrase is not None and phrase.relation == "after" and phrase.grain != "span" and not r.past
        if after and phrase.last < self.course.term_last:
            # "how many homeworks are left after this week": from the next day to the term's end
            first = max(today, phrase.last + dt.timedelta(days=1))
            return first, self.course.term_last, f"after {phrase.label}", None
        if phrase is not None:
            first, last = phrase.first, phrase.last
            if phrase.grain == "span":
                if phrase.late is not None:
                    return first, last, phrase.label, phrase.late  # "in 36 hours": elapsed time from now
                if "exactly" in r.tokens:
                    return last, last, f"on {human_date(last)}", None  # "in exactly 5 days": that day
                return first, last, phrase.label, None  # "in the next 5 days": through the fifth day
            if first <= today <= last and not r.past:
                first = today
            label = "this week (through Sunday)" if phrase.label == "this week" else phrase.label
            return first, last, label, None
        away = away_span(r)
        if away is not None:
            return away[0], away[1], f"while you're away ({away[2]})", None  # "is anything due while i'm gone"
        beside = r.time("day")
        if beside is not None and beside.beside:
            # "what's due the friday before spring break": that one day, not the whole term up to the break
            return beside.first, beside.first, f"on {human_date(beside.first)}", None
        related = self.relation_range(r, today)
        if related is not None:
            first, last, label = related
            # "what's due after the midterm", asked after it: what is still to come.
            first = today if first <= today <= last and not r.past else first
            return first, last, span_words(first, last, label), None  # "during Easter break"
        event = self._after_a_meeting(r, today) if due_after_event(r) else None
        if event is not None and event[0] < self.course.term_last:
            # "what's due after the field trip": from the day after the coming one to the term's end
            day, kind, title = event
            said = title or (self.course.kind_name(kind) if kind != "class" else "class")
            return event[0] + dt.timedelta(days=1), self.course.term_last, f"after {said} ({human_date(day)})", None
        day = r.time("day", "moment")
        if day is not None:
            if day.relation in ("by", "until", "before") and day.first >= today:
                last = day.first - dt.timedelta(days=1) if day.relation == "before" else day.first
                return today, max(today, last), f"by {human_date(last)}", None
            if day.relation == "after" and not r.past:
                # "what's due after nov 20": from the next day to the term's end, not on that day
                first = max(today, day.first + dt.timedelta(days=1))
                return first, max(first, self.course.term_last), f"after {human_date(day.first)}", None
            label = {"today": "today", "tonight": "today", "tomorrow": "tomorrow"}.get(
                day.label, f"on {human_date(day.first)}"
            )
            return day.first, day.first, label, None
        plural = {"dates", "deadlines"} & set(r.tokens) and "homework_kind" in r.cues  # "homework due dates?"
        # "how many rrs have we still got to do": every one of a kind still to come, not the next week's
        to_come = bool(r.ids("series")) and not _TO_COME.isdisjoint(r.tokens)
        if "all" in r.cues or plural or to_come:
            return today, self.course.term_last, "for the rest of the term", None
        return today, today + dt.timedelta(days=7), "in the next 7 days", dt.timedelta(days=7)


def _outside_periods(r: Reading) -> str:
    """The question's words without those of a stretch it names ("whats due the week after the lab block")."""
    if not any(m.kind == "period" for m in r.mentions):
        return r.text
    inside = {i for m in r.mentions if m.kind == "period" for i in range(m.start, m.end)}
    return " ".join(t for i, t in enumerate(r.tokens) if i not in inside)


def _whole_term_asked(r: Reading) -> bool:
    """ "all the lab reports", "every quiz date": no span and no word of what is left or to come, so every one of
    them in the term is asked, those already due too."""
    spans = r.times or any(m.kind in ("period", "exam") for m in r.mentions)
    return not spans and _LEFT_OR_TO_COME.isdisjoint(r.tokens)


# Every piece of work, whatever its kind: "are all the assignments due at 5pm"
_ANY_WORK = frozenset({"assignment", "assignments", "deadline", "deadlines"})
_LEFT_OR_TO_COME = frozenset(
    {"still", "more", "remain", "remains", "remaining", "yet", "left", "rest", "upcoming", "coming", "future", "next"}
)
_A_UNIT = re.compile(r"(?:an?|one)\s+(?:day|week|month)")
_TO_COME = frozenset({"still", "more", "remain", "remains", "yet"})
_COUNT = r"(?:\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + ")"


class PoolLeft:
    """How many units of the late pool a student says they have left: "i have no grace days left", "out of slip
    days", "i already used 3 of my late days", "i only have one left"."""

    def __init__(self, course: Course) -> None:
        self.total = course.grace.total
        pool = course.late.pool
        names = {"late days", "late day", "slip days", "slip day"}
        if pool is not None:
            names |= {" ".join(phrase_key(pool.name)), " ".join(phrase_key(pool.plural))}
        units = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
        self._units = units
        self._none = re.compile(
            rf"\b(?:(?:no|zero|0)\s+(?:more\s+)?{units}|out\s+of\s+(?:my\s+)?{units}|(?:used|burned|spent)\s+(?:up\s+)?"
            rf"all\s+(?:of\s+)?(?:my\s+)?{units}|(?:ran|run|running)\s+out|none\s+left|no\s+more\s+left)\b"
        )
        self._left = re.compile(rf"\b({_COUNT})\s+(?:more\s+)?(?:{units}\s+)?(?:left|remaining)\b")
        self._used = re.compile(rf"\bused\s+(?:up\s+)?({_COUNT})\s+(?:of\s+)?(?:my\s+)?{units}")

    def read(self, text: str) -> float | None:
        """The units left the text states, or None when it states none."""
        if self._none.search(text):
            return 0.0
        found = self._left.search(text)
        if found:
            return _count(found.group(1))
        found = self._used.search(text)
        if found and self.total:
            return max(self.total - units_spent(text, found, self._units), 0.0)
        return None


# Words students put before the number of a piece of work or a part of the course ("essay 1", "hw 3", "part 2").
_NUMBERED = frozenset(
    {"essay", "hw", "homework", "ps", "pset", "problem", "set", "sheet", "lab", "project", "part", "exam", "quiz"}
    | {"assignment", "report", "log", "week", "lecture", "section", "chapter", "question", "q", "unit", "module"}
)


def _units_asked(tokens: list[str], named: Collection[int] = ()) -> float | None:
    """The number of units a question asks to use ("3 grace days", "more than 2"), as the least it means; a number
    inside a piece of work's name (`named`: the tokens read as one, "the comp 2 draft") counts nothing."""
    for i, token in enumerate(tokens):
        if (i and tokens[i - 1] in _NUMBERED) or i in named:
            continue  # "on essay 1", "for hw 3": the number names the work, it does not count units
        if token.isdigit() or (token in NUMBER_WORDS and token not in ("a", "an")):
            more = tokens[max(0, i - 2) : i] == ["more", "than"]
            return _count(token) + (1 if more else 0)
    return 2.0 if "both" in tokens else None  # "can i use both my late tokens on essay 2"


def _count(word: str) -> float:
    return float(word) if word[0].isdigit() else float(NUMBER_WORDS[word])


def policy_for(lexicon: Lexicon, idea: str) -> str | None:
    """The policy whose keywords carry the most of an idea's cue phrases (general or the course's own), if any."""
    hits: dict[str, float] = {}
    for tags in lexicon.phrases.values():
        if any(t.kind == "cue" and t.value == idea for t in tags):
            for tag in tags:
                if tag.kind == "policy":
                    hits[tag.value] = hits.get(tag.value, 0.0) + tag.weight
    return max(hits, key=lambda k: (hits[k], k)) if hits else None


_RULED_OUT = frozenset({"not", "no", "except", "excluding", "besides", "without"})
# A class asked of a break with these is the first one after it ("our first class back", "once the break is over").
_BACK_FROM = frozenset({"back", "over", "resume", "resumes", "ends", "ended", "done", "finished"})
_ONLINE_WORDS = frozenset({"online", "remote", "remotely", "virtual", "zoom"})


# Words before a period of the course that ask about its days ("in study week", "over the break").
_INSIDE = frozenset({"in", "during", "over", "within", "throughout"})


def _named_as_inside(m: Mention, tokens: list[str]) -> bool:
    """Whether a mention is a period of the course named as the days it spans ("in study week", "during the
    break"), not as a point before or after which something falls."""
    if m.kind != "period" or m.relation not in ("", "during"):
        return False
    before = [t for t in tokens[max(0, m.start - 2) : m.start] if t not in ("the", "our", "this")]
    return m.relation == "during" or (bool(before) and before[-1] in _INSIDE)


def asks_in_person(tokens: list[str]) -> bool:
    """Whether the way of attending asked about is in person: yes unless an online word is said before any "in
    person" or "face to face" ("in person or only zoom" asks whether it is held in person; "online or in person"
    whether it is online)."""
    online = next((i for i, w in enumerate(tokens) if w in _ONLINE_WORDS), None)
    if online is None:
        return True
    in_person = next(
        (i for i, w in enumerate(tokens[1:], 1) if w in ("person", "face") and tokens[i - 1] in ("in", "to")), None
    )
    return in_person is not None and in_person < online


def ruled_out_kinds(r: Reading) -> tuple[str, ...]:
    """The meeting kinds named after a "not" ("my next class (not lab)", "besides the tutorial", "other than
    lab", "that isn't a lecture"): left out. Not after "no": "no lecture" names a day off, not a kind ruled out."""
    out: list[str] = []
    for m in r.mentions:
        before = [t for t in r.tokens[max(m.start - 4, 0) : m.start] if t not in ("the", "a", "an", "my", "our")][-2:]
        if m.kind == "kind" and (
            (_RULED_OUT - {"no"}) & set(before) or before in (["other", "than"], ["apart", "from"])
        ):
            out += [i for i in m.ids if i not in out]
    return tuple(out)


def class_kind(r: Reading) -> str | None:
    """The kind of class meeting asked about (a kind id of the course), "class" for any, or None."""
    kinds = r.ids("kind")
    if len(kinds) > 1:
        # "the next lecture, not a rec": a kind named after a "not" is left out
        kept = [
            i
            for m in r.mentions
            if m.kind == "kind" and not _RULED_OUT & set(r.tokens[max(m.start - 2, 0) : m.start])
            for i in m.ids
        ]
        kinds = list(dict.fromkeys(kept)) or kinds
    if len(kinds) > 1:
        return "class"  # "what would i miss, like lectures or sections": every meeting
    if kinds:
        return kinds[0]
    if "class" in r.cues:
        return "class"
    return None


def _weekday_near(weekday: int, held: list[dt.date]) -> dt.date:
    """The day of that weekday among the sessions, else the one in the week of the first of them."""
    same = [d for d in held if d.weekday() == weekday]
    if same:
        return same[0]
    first = held[0]
    return first + dt.timedelta(days=weekday - first.weekday())


def negated(r: Reading) -> bool:
    """A yes/no question about something not happening ("is class cancelled friday?", "is the university closed on
    may 7"): yes means it is off."""
    return r.yes_no and ("no_class" in r.cues or bool(_CLOSED.search(r.text)))


# "is the university closed on may 7", "is campus shut on good friday": closed that day (not a closed-book exam, nor
# closed-toe shoes)
_CLOSED = re.compile(r"\b(?:closed|shut)\b(?!\s*-?\s*(?:book|notes?|toed?|shoes?)\b)")


def _closing_no_topic(slots: Slots, r: Reading) -> None:
    """ "is the lab closed on feb 4": "closed" asks whether the meeting is off that day (negated), never a topic word
    to find on the schedule (a row's "the hall is closed for repairs"); the other words asked of stay."""
    if not (slots.get("negated") and slots.get("words") and _CLOSED.search(r.text)):
        return
    kept = " ".join(w for w in str(slots["words"]).split() if w not in ("closed", "shut"))
    if kept:
        slots["words"] = kept
    else:
        slots.pop("words")
        slots.pop("rows", None)


def role_asked(r: Reading) -> str | None:
    """The staff role named (its id in the course data), the most specific one where names overlap. A role word said
    as a person's title ("prof" of "is prof lund the coordinator") is the role asked only when no other is named."""
    people = [(m.start, m.end) for m in r.mentions if m.kind == "person"]
    roles: dict[str, float] = {}
    for m in r.mentions:
        if m.kind == "role" and not any(m.end == start or start <= m.start < end for start, end in people):
            for i in m.ids:
                roles[i] = roles.get(i, 0.0) + m.weight
    roles = roles or r.weights("role")
    return max(roles, key=lambda role: roles[role]) if roles else None


def _named_exams(r: Reading) -> Slots:
    """`_exams`: the exams a question names, when it names more than one (not one that only dates something)."""
    named = tuple(dict.fromkeys(i for m in r.mentions if m.kind == "exam" and not m.relation for i in m.ids))
    return {"_exams": named} if len(named) > 1 else {}


# Relations of a span beside a period rather than the period itself ("the week after", "the 2 days before").
_BESIDE = ("week_", "weeks_", "day_", "days_")
_ONE_DAY = ("day_of", "day_before", "day_after")  # one day named by an exam's


def _resource_named(r: Reading) -> str | None:
    """The class material named ("the lsh slides", "the reading for tuesday"), not a word naming a piece of work the
    student hands in ("upload the slides": the course's slides assignment), nor one inside a topic's own name ("the
    code of ethics": that topic, no code) or a period's typed whole ("before reading week": the break, no reading;
    "is there a reading for it" is the material)."""
    work = {
        i
        for m in r.mentions
        if m.kind in ("assignment", "topic") or (m.kind == "period" and m.end - m.start > 1)
        for i in range(m.start, m.end)
    }
    return next((_RESOURCES[t] for i, t in enumerate(r.tokens) if t in _RESOURCES and i not in work), None)
