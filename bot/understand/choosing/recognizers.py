"""The intents a recognizer reads from the student's own words, each with its slots: the table scores them like any
other (their feature is their name) and bot.understand.answering.handle_situations answers them.

The recognizers read the question as typed, not respelled: a question comparing the course's cross-listed numbers
names numbers that respelling turns into "this course".

Adding a recognizer is adding a row to RECOGNIZERS: its intent, the words it needs and the function that reads it.
`needs` is the set of words (lowercased runs of letters, digits and "_", as `question_words` splits them) of which
the question must hold at least one for the recognizer to find anything: a question holding none of them skips it
without running its patterns, so each question costs what its own words ask for. Give only words every match of
the recognizer's patterns contains as a word of its own (no prefixes: "cross" does not cover "crosslisted");
leave `needs` None when no such set exists (names from the course data, open patterns) and the row always runs.
A row may also name a `gate` (bot.understand.choosing.gates: fragments of letters, the course's own names among them),
checked the same way before it runs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand.about_course.beyond_the_page import asks_advice
from bot.understand.about_course.course_itself import asked_of_course, read_alike
from bot.understand.choosing.gates import Gate, Scan, scanned
from bot.understand.choosing.reader_gates import EXAM_SITUATION, MISSING_RULE, MISSING_SESSION
from bot.understand.exams.exam_arriving import NEEDS as ARRIVING_NEEDS
from bot.understand.exams.exam_arriving import arriving_asked
from bot.understand.exams.exam_leaving import NEEDS as LEAVING_NEEDS
from bot.understand.exams.exam_leaving import leaving_asked
from bot.understand.exams.exam_rule_asked import NEEDS as RULE_ASKED_NEEDS
from bot.understand.exams.exam_rule_asked import rule_asked
from bot.understand.exams.exam_rule_time import NEEDS as RULE_TIME_NEEDS
from bot.understand.exams.exam_rule_time import named_exams, rule_time_asked
from bot.understand.exams.exam_sitting_asked import exam_sitting_asked
from bot.understand.exams.exam_situations import exam_situation
from bot.understand.exams.surname_room import NEEDS as SURNAME_NEEDS
from bot.understand.exams.surname_room import exam_asked, surname_told
from bot.understand.late.late_latest import NEEDS as LATEST_NEEDS
from bot.understand.late.late_latest import latest_asked
from bot.understand.meetings.attendance_rule import NEEDS as ATTENDANCE_NEEDS
from bot.understand.meetings.attendance_rule import attendance_rule_asked, late_arrivals_told, other_rules_named
from bot.understand.meetings.held_in import held_in_question
from bot.understand.meetings.kind_runs import NEEDS as KIND_RUNS_NEEDS
from bot.understand.meetings.kind_runs import kind_run_asked
from bot.understand.meetings.make_up_meeting import make_up_asked, work_make_up
from bot.understand.meetings.meeting_attendance import attendance_asked
from bot.understand.meetings.meeting_cadence import NEEDS as CADENCE_NEEDS
from bot.understand.meetings.meeting_cadence import cadence_asked
from bot.understand.meetings.meeting_fate import asks_fate_of_called_off
from bot.understand.meetings.meeting_length import NEEDS as LENGTH_NEEDS
from bot.understand.meetings.meeting_length import meeting_length_asked
from bot.understand.meetings.part_of_day import NEEDS as PART_OF_DAY_NEEDS
from bot.understand.meetings.part_of_day import part_of_day_asked, section_part_asked
from bot.understand.meetings.pause_inside import pause_inside_asked
from bot.understand.meetings.section_by_id import student_id_asked
from bot.understand.meetings.sections_asked import NEEDS as SECTIONS_NEEDS
from bot.understand.meetings.sections_asked import sections_asked
from bot.understand.people.kind_person import NEEDS as KIND_PERSON_NEEDS
from bot.understand.people.kind_person import kind_person_asked
from bot.understand.people.named_as_listed import mended_name
from bot.understand.people.outside_hours import NEEDS as OUTSIDE_NEEDS
from bot.understand.people.outside_hours import outside_hours_asked
from bot.understand.people.person_sections import NEEDS as PERSON_SECTIONS_NEEDS
from bot.understand.people.person_sections import asked_person_sections
from bot.understand.people.private_contact import private_contact_answer, private_way
from bot.understand.people.role_runs import NEEDS as ROLE_RUNS_NEEDS
from bot.understand.people.role_runs import role_run_asked
from bot.understand.people.topic_speaker import NEEDS as SPEAKER_NEEDS
from bot.understand.people.topic_speaker import speaker_asked
from bot.understand.policies.hardship_told import NEEDS as HARDSHIP_NEEDS
from bot.understand.policies.hardship_told import hardship_policy
from bot.understand.policies.named_rule import NEEDS as NAMED_RULE_NEEDS
from bot.understand.policies.named_rule import named_rule, unnamed_rule
from bot.understand.policies.partner_story import share_unruled
from bot.understand.policies.policy_situation import NEEDS as SITUATION_NEEDS
from bot.understand.policies.policy_situation import meeting_kinds_told, situation_policy
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.schedule.comparisons import comparison, may_compare
from bot.understand.words.lexicon import GRADING_WORDS
from bot.understand.work.best_of_asked import NEEDS as BEST_OF_NEEDS
from bot.understand.work.best_of_asked import best_of_asked
from bot.understand.work.deadline_day_off import NEEDS as DAY_OFF_NEEDS
from bot.understand.work.deadline_day_off import day_off_moves_asked
from bot.understand.work.existence import missing_rule_subject, missing_sessions
from bot.understand.work.grade_scale_asked import grade_scale_asked
from bot.understand.work.hand_in_asked import NEEDS as HAND_IN_NEEDS
from bot.understand.work.hand_in_asked import hand_in_asked
from bot.understand.work.still_open import open_item
from bot.understand.work.work_figure import NEEDS as FIGURE_NEEDS
from bot.understand.work.work_figure import figure_asked
from bot.understand.work.work_for_meeting import NEEDS as WORK_FOR_MEETING_NEEDS
from bot.understand.work.work_for_meeting import work_for_meeting_asked
from bot.understand.yes_no.everyone_must import NEEDS as EVERYONE_NEEDS
from bot.understand.yes_no.everyone_must import everyone_must_asked

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16)  # the recognizers and the whole-question policy readers split the same text
def question_words(said: str) -> frozenset[str]:
    """The words of the question as typed, lowercased: what the rows' `needs` are checked against."""
    return frozenset(_WORD.findall(said.lower()))


@dataclass(frozen=True)
class Recognizer:
    """One row: the intent, the words it needs (None: it always runs), and what reads its slots (None: not it); with
    a gate, a question the gate stays shut for skips the row too."""

    intent: str
    needs: frozenset[str] | None
    read: Callable[[Asking], Slots | None]
    gate: Gate | None = None


@dataclass(frozen=True)
class Asking:
    """What every recognizer may read: the part as typed, its reading, the moment, and the engine's helpers."""

    course: Course
    said: str
    reading: Reading
    now: dt.datetime
    holds: Callable[[str], bool]
    read: Callable[[str], Reading]


def _course_itself(a: Asking) -> Slots | None:
    if not NAMED_RULE_NEEDS.isdisjoint(question_words(a.said)) and named_rule(a.course, a.said):
        return None  # "explain the language pledge": a rule of the course named, not the course's language
    asked = asked_of_course(a.course, a.said)  # "what programming language does the class use": the course itself
    # a case or a space changed reads the same
    respelled = a.reading.text != a.said and not read_alike(a.reading.text, a.said)
    if asked is not None and a.reading.times and respelled and not asked_of_course(a.course, a.reading.text):
        return None  # "is there lab tomorow": the day the typo hid, once respelled, asks of that day, not the course
    if asked == "thing" and any(t.kind == "day" for t in a.reading.times):
        return None  # "is there lab on mlk day": a day the reader found (a holiday by its name) asks of that day
    if asked is None and respelled:
        # "whats the texbook for this class": asked in its respelled words
        asked = asked_of_course(a.course, a.reading.text)
        return {"asked": asked, "_question": a.reading.text} if asked is not None else None
    return {"asked": asked, "_question": a.said} if asked is not None else None


# An extension asked for ("can i get an extension", "could you extend it")
_EXTENSION_ASKED = re.compile(r"\bexten(?:sion|sions|d)\b")


_DATING = frozenset({"after", "before", "until", "by", "since"})


def _exam_situation(a: Asking) -> Slots | None:
    if arriving_asked(a.course, a.said, a.reading, a.now) is not None:
        return None  # "if im late to the final can i still take it": arriving late, the exam's entry rules
    if _EXTENSION_ASKED.search(a.reading.text) and not a.reading.ids("exam"):
        return None  # "can i get an extension bc i have 3 midterms next week": other exams are the reason, not asked
    exams = a.reading.ids("exam")
    # "on saturday after the exam": an exam that only dates the case told
    asked_of = [m for m in a.reading.mentions if m.kind == "exam" and m.relation not in _DATING]
    if not asked_of and a.reading.ids("assignment"):
        return None  # "can i take the practice midterm late": a piece of work named, its own late rules
    if exam_situation(a.course, a.said, a.now) is None:  # "i was sick during the midterm"
        return None
    return {"exam": exams[0] if exams else None, "_question": a.said}


def _still_open(a: Asking) -> Slots | None:
    today = a.now.astimezone(a.course.tz).date()
    if any(t.relation == "after" or (t.first is not None and t.first > today) for t in a.reading.times):
        return None  # "is ps4 still open after friday": asked of a later day, which the deadline and late rule decide
    item = open_item(a.course, a.said)  # "is the registration still open"
    return {"assignments": (item,)} if item is not None else None


def _held_in(a: Asking) -> Slots | None:
    if held_in_question(a.course, a.said, a.now) is None:  # "which sections are in Halvorsen Hall 70"
        return None
    places = a.reading.ids("place")
    return {"place": places[0] if places else None, "_question": a.said}


def _missing_session(a: Asking) -> Slots | None:
    # "is there a mock exam or revision session": a kind of session no text of the course names
    sessions = missing_sessions(a.holds, a.said)
    return {"sessions": sessions} if sessions else None


def _missing_rule(a: Asking) -> Slots | None:
    subject = missing_rule_subject(a.holds, a.said)  # "i have a disability letter for extra time": nothing on it
    if subject is None:
        subject = pause_inside_asked(a.course, a.said)  # "any breaks during the final": a pause the page never rules on
    if subject is None and share_unruled(a.course, a.said):
        subject = "what happens when a team member does not do their share"  # no rule on group work at all
    if subject is None and not NAMED_RULE_NEEDS.isdisjoint(question_words(a.said)):
        # "explain the laptop rule", "the 3 day rule": a rule asked for by a name no text of the course holds
        subject = unnamed_rule(a.course, a.reading.text, a.holds)
    return {"subject": subject} if subject is not None else None


def _advice_asked(a: Asking) -> Slots | None:
    return {} if asks_advice(a.said) else None  # "what should i write my essay on"


def _private_contact(a: Asking) -> Slots | None:
    way = private_way(a.said)  # "can i just dm the tutor my questions": where questions go
    return {"way": way} if way is not None and private_contact_answer(a.course, way) is not None else None


def _person_sections(a: Asking) -> Slots | None:
    person = asked_person_sections(a.course, a.said, a.reading)  # "which section does profe ortiz teach"
    return {"person": person} if person is not None else None


def _role_runs(a: Asking) -> Slots | None:
    role = role_run_asked(a.course, a.said)  # "who runs the model shop": its manager
    return {"role": role} if role is not None else None


def _kind_runs(a: Asking) -> Slots | None:
    if role_run_asked(a.course, a.said) is not None:
        return None  # "who runs the lab" of a course with a "Lab coordinator": the role named for running it
    kind = kind_run_asked(a.course, a.reading)  # "who runs the data clinic": the staff of its meetings
    return {"kind": kind} if kind is not None else None


def _kind_person(a: Asking) -> Slots | None:
    found = kind_person_asked(a.course, a.reading)  # "kerem's the recitation guy right?"
    if found is None:
        return None
    mended = mended_name(a.course, found[0], a.reading)  # "is dr okafur the lab guy": no Yes from a near name
    return {"person": found[0], "kind": found[1], **({"_mended": True} if mended else {})}


def _sections_asked(a: Asking) -> Slots | None:
    weekday = sections_asked(a.course, a.reading)  # "how many studio groups are there": the course's sections
    return {"weekday": weekday} if weekday is not None else None


def _exam_rule_time(a: Asking) -> Slots | None:
    found = rule_time_asked(a.course, a.reading)  # "by when do the boards have to be pinned up on jury day"
    return {"rules": found, "exams": named_exams(a.reading)} if found is not None else None


def _exam_rule_asked(a: Asking) -> Slots | None:
    if not RULE_TIME_NEEDS.isdisjoint(question_words(a.said)) and rule_time_asked(a.course, a.reading) is not None:
        return None  # "by when do i have to submit the conflict form": the time a rule sets, its own row
    found = rule_asked(a.course, a.reading)  # "how long does the monologue have to be", "if im late for my slot"
    if found is None:
        return None
    return {"exams": found.exams, "rule": found.rule, "yes": found.yes, "allowed": found.allowed}


def _everyone_must(a: Asking) -> Slots | None:
    found = everyone_must_asked(a.course, a.said, a.reading)  # "do all of us have to present at the jury"
    return {"sentences": found} if found is not None else None


def _part_of_day(a: Asking) -> Slots | None:
    found = part_of_day_asked(a.course, a.reading, a.said)  # "is there an evening studio section"
    # its every word was read as asking that meetings are held ("do any labs run in the evening"): its Yes or No stands
    return {"kind": found[0], "part": found[1], "_yes_no": a.reading.yes_no} if found is not None else None


def _section_part(a: Asking) -> Slots | None:
    found = section_part_asked(a.course, a.reading, a.said)  # "is section a in the morning"
    return {"section": found[0], "part": found[1], "kind": found[2]} if found is not None else None


def _meeting_length(a: Asking) -> Slots | None:
    found = meeting_length_asked(a.course, a.reading, a.said)  # "studio sessions are 3 hours right"
    return {"kind": found[0], "section": found[1], "minutes": found[2]} if found is not None else None


def _meeting_cadence(a: Asking) -> Slots | None:
    found = cadence_asked(a.course, a.reading, a.said)  # "are labs every week", "how often is the tutorial"
    return {"kind": found[0], "section": found[1], "weeks": found[2]} if found is not None else None


def _topic_speaker(a: Asking) -> Slots | None:
    if kind_run_asked(a.course, a.reading) is not None:
        return None  # "who runs the review sessions": its topic words are the kind's own name, whose staff run it
    rows = speaker_asked(a.course, a.reading)  # "whos giving the euthanasia lecture"
    return {"rows": rows} if rows is not None else None


def _section_by_id(a: Asking) -> Slots | None:
    student_id = student_id_asked(a.said)  # "my roll no is 23ME047, which batch am i in"
    return {"student_id": student_id} if student_id is not None else None


def _surname_room(a: Asking) -> Slots | None:
    surname = surname_told(a.course, a.said)  # "where do i write test 1, my surname is Botha"
    exam = exam_asked(a.course, a.reading, a.now) if surname is not None else None
    return {"exam": exam.id, "surname": surname} if exam is not None else None


def _exam_leaving(a: Asking) -> Slots | None:
    exam = leaving_asked(a.course, a.said, a.reading, a.now)  # "can i walk out once i'm done with the exam"
    return {"exam": exam.id} if exam is not None else None


def _exam_arriving(a: Asking) -> Slots | None:
    exam = arriving_asked(a.course, a.said, a.reading, a.now)  # "if im 20 min late to the exam can i still get in"
    return {"exam": exam.id} if exam is not None else None


def _best_of(a: Asking) -> Slots | None:
    found = best_of_asked(a.course, a.said, a.reading, a.holds)  # "how many webwork sets count", "worst quiz dropped"
    return {"rule": found[0], "verdict": found[1]} if found is not None else None


def _exam_sitting(a: Asking) -> Slots | None:
    return exam_sitting_asked(a.course, a.said, a.reading)  # "when is the retake", "room of the 3pm sitting"


def _hand_in(a: Asking) -> Slots | None:
    return hand_in_asked(a.course, a.said, a.reading)  # "where do i submit lab report 3", "can i retake quiz 4"


def _deadline_day_off(a: Asking) -> Slots | None:
    return day_off_moves_asked(a.course, a.said, a.reading)  # "ps8 gets moved bc of bonifacio day right?"


def _work_for_meeting(a: Asking) -> Slots | None:
    return work_for_meeting_asked(a.course, a.said, a.reading)  # "is there a culture report for practical 6"


def _attendance_rule(a: Asking) -> Slots | None:
    found = attendance_rule_asked(
        a.course, a.said, a.reading, a.holds
    )  # "how many classes can i miss", "missed 5 tuts"
    if found is None:
        return None
    # "how many on-site classes can i miss? and what about lectures": each rule named
    also = other_rules_named(a.course, a.said, a.reading, found[0])
    # "late like 4 times and absent 6 times": the late arrivals told, as counted into the absences
    return {"rule": found[0], "missed": found[1], "also": also, "lates": late_arrivals_told(a.said)}


def _grade_scale(a: Asking) -> Slots | None:
    found = grade_scale_asked(a.course, a.said, a.reading)  # "what do i need for an A", "is it curved"
    if found is None and GRADING_WORDS & (question_words(a.reading.text) - question_words(a.said)):
        # "is the class curvd", "whats the pasing grade": a grading word repaired, read in the respelled words
        found = grade_scale_asked(a.course, a.reading.text, a.reading)
    return {"asked": found} if found is not None else None


def _compared(a: Asking) -> Slots | None:
    # "is hw4b due the same day hw5 comes out", "which comes first"
    compares = comparison(a.course, a.said, a.read) if may_compare(a.reading.text) else None
    if compares is None:
        return None
    return {"things": compares.things, "how": compares.how, "_comparison": compares}


def _latest_accepted(a: Asking) -> Slots | None:
    items = latest_asked(a.said, a.reading)  # "the absolute latest i can hand in ps3"
    if items is None:
        return None
    sections = a.reading.ids("section")
    return {"assignments": items, "section": sections[0] if sections else None}


def _work_figure(a: Asking) -> Slots | None:
    found = figure_asked(a.course, a.reading)  # "how many observations are in the sky journal", "word limit"
    if found is None:
        return None
    return {"what": found.what, "noun": found.noun, "items": found.items, "policies": found.policies}


def _outside_hours(a: Asking) -> Slots | None:
    person = outside_hours_asked(a.course, a.said, a.reading)  # "can i meet her outside office hours"
    # the recognizer read every word it needs ("outside" is none of the course's): its own yes/no stands
    return {"person": person, "_yes_no": a.reading.yes_no} if person is not None else None


def _meeting_situation(a: Asking) -> Slots | None:
    # "i was sick and missed my lab on tuesday, what happens now": the rule on missing labs
    if a.reading.ids("exam") or attendance_asked(a.course, a.said) is not None:
        return None  # an exam's miss is the exam's; "late to lab, does it count" is the narrower attendance reading
    if asks_fate_of_called_off(a.course, a.reading, a.said):
        return None  # "i was absent that week, what happened to the sep 24 lecture": the day's schedule says
    found = situation_policy(a.course, a.said, meeting_kinds_told(a.reading))
    return {"policy": found} if found is not None else None


def _make_up_meeting(a: Asking) -> Slots | None:
    # "when is the make-up lab for lab report 3", "any makeup recitation this week", "can i redo the lab i missed"
    if a.reading.ids("exam"):
        return None  # an exam's make-up is the exam's own sitting
    found = make_up_asked(a.course, a.said)
    if found is None:
        # "can i redo ps3", "can i make up the problem set i missed": work, not a meeting
        found = work_make_up(a.course, a.said, tuple(a.reading.ids("assignment")), tuple(a.reading.ids("series")))
    if found is None:
        return None
    when = a.reading.time("range", "day")
    span = (when.first, when.last, when.label or human_date(when.first)) if when and when.first and when.last else None
    sections = a.reading.ids("section")
    section = sections[0] if len(sections) == 1 else None
    return {"make_up": found, "kind": found.kind, "_span": span, "section": section, "_question": a.said}


def _meeting_attendance(a: Asking) -> Slots | None:
    found = attendance_asked(a.course, a.said)  # "if im 20 minutes late to lab does it count"
    return {"attendance": found, "_question": a.said} if found is not None else None


def _hardship_told(a: Asking) -> Slots | None:
    # "sick all week, won't make hand-in 2, what should i do": a meeting's or an exam's case has its own reader
    if meeting_kinds_told(a.reading) or a.reading.ids("exam"):
        return None
    found = hardship_policy(a.course, a.said)
    return {"policy": found or None} if found is not None else None


# In the order their slots were always found (a question two recognizers read keeps both, in this order).
RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("course_itself", None, _course_itself),
    Recognizer("exam_situation", None, _exam_situation, EXAM_SITUATION),
    # bot.understand.work.still_open: "still"/"yet" before the state, "open"/"closed" after the item, "can i still ..."
    Recognizer("still_open", frozenset({"still", "yet", "open", "closed"}), _still_open),
    Recognizer("held_in", None, _held_in),
    Recognizer("section_by_id", frozenset({"which", "what"}), _section_by_id),
    # bot.understand.exams.surname_room: a surname told ("surname", "last name") or "I'm a <Name>" with a place asked
    Recognizer("surname_room", SURNAME_NEEDS, _surname_room),
    # bot.understand.exams.exam_leaving: leaving the room ("leave", "walk out", "head out", "go home", "exit")
    Recognizer("exam_leaving", LEAVING_NEEDS, _exam_leaving),
    # bot.understand.exams.exam_arriving: arriving late to an exam ("late to the exam", "arrive late", "enter")
    Recognizer("exam_arriving", ARRIVING_NEEDS, _exam_arriving),
    # bot.understand.work.best_of_asked: "count", "best", "drop"/"dropped", "lowest", "worst"
    Recognizer("best_of", BEST_OF_NEEDS, _best_of),
    # bot.understand.exams.exam_sitting_asked: a sitting is named by the course's own words (its name, aliases), so the
    # row always runs; a course whose exams list no sitting costs a look-up
    Recognizer("exam_sitting", None, _exam_sitting),
    # bot.understand.work.hand_in_asked: handing in ("submit", "upload", "paper"), a time limit ("long", "minutes"),
    # attempts ("retake", "tries"), a window's opening ("open", "available"), open-book
    Recognizer("hand_in", HAND_IN_NEEDS, _hand_in),
    # bot.understand.work.deadline_day_off: a deadline "moved", "pushed back", "postponed" for a day off named
    Recognizer("deadline_day_off", DAY_OFF_NEEDS, _deadline_day_off),
    # bot.understand.work.work_for_meeting: a kind of work asked "for" a numbered meeting ("for practical 6")
    Recognizer("work_for_meeting", WORK_FOR_MEETING_NEEDS, _work_for_meeting),
    # bot.understand.meetings.attendance_rule: missing, skipping or absences ("miss", "skipped", "absences")
    Recognizer("attendance_rule", ATTENDANCE_NEEDS, _attendance_rule),
    # bot.understand.work.grade_scale_asked: grades are named by the course's own scale, so the row always runs (its own
    # gate, built once per course, skips a question holding no word of grading)
    Recognizer("grade_scale", None, _grade_scale),
    Recognizer("person_sections", PERSON_SECTIONS_NEEDS, _person_sections),
    Recognizer("role_runs", ROLE_RUNS_NEEDS, _role_runs),
    # bot.understand.meetings.kind_runs: "who" with a verb of running or teaching and one kind of meeting named
    Recognizer("kind_runs", KIND_RUNS_NEEDS, _kind_runs),
    # bot.understand.people.kind_person: an everyday word for the one running a meeting ("guy", "person", "lady")
    Recognizer("kind_person", KIND_PERSON_NEEDS, _kind_person),
    # bot.understand.exams.exam_rule_time: "when" or "time" with a verb of having to
    Recognizer("exam_rule_time", RULE_TIME_NEEDS, _exam_rule_time),
    # bot.understand.exams.exam_rule_asked: a verb of having to, a length, arriving, being late, signing up
    Recognizer("exam_rule_asked", RULE_ASKED_NEEDS, _exam_rule_asked),
    # bot.understand.yes_no.everyone_must: every one of us ("all", "everyone", "each", "every", "whole")
    Recognizer("everyone_must", EVERYONE_NEEDS, _everyone_must),
    # bot.understand.meetings.sections_asked: "how many", "what"/"which" or "list" with a word for sections
    Recognizer("sections_asked", SECTIONS_NEEDS, _sections_asked),
    # bot.understand.meetings.meeting_length: a length in hours or minutes ("hours", "hrs", "minutes", "mins")
    Recognizer("meeting_length", LENGTH_NEEDS, _meeting_length),
    # bot.understand.meetings.meeting_cadence: "every"/"each" week, "weekly", "fortnightly", "biweekly", "how often"
    Recognizer("meeting_cadence", CADENCE_NEEDS, _meeting_cadence),
    # bot.understand.meetings.part_of_day: a part of the day ("morning", "afternoon", "evening", "night", plurals)
    Recognizer("part_of_day", PART_OF_DAY_NEEDS, _part_of_day),
    # the same, asked of one section ("does group 2 meet in the evening"): that section's own weekly meetings
    Recognizer("section_part", PART_OF_DAY_NEEDS, _section_part),
    # bot.understand.people.topic_speaker: "who" with a verb of giving and a meeting named by its topic
    Recognizer("topic_speaker", SPEAKER_NEEDS, _topic_speaker),
    Recognizer("missing_session", None, _missing_session, MISSING_SESSION),
    Recognizer("missing_rule", None, _missing_rule, MISSING_RULE),
    # bot.understand.about_course.beyond_the_page._ADVICE: "what should i write on", "suggest a topic", "help me pick",
    # "good topics"
    Recognizer(
        "advice_asked",
        frozenset({"should", "shall", "could", "give", "suggest", "recommend", "help", "good", "best"}),
        _advice_asked,
    ),
    # bot.understand.people.private_contact: a way of sending privately ("dm", "private message", "email", "e-mail")
    Recognizer(
        "private_contact",
        frozenset(
            {"dm", "dms", "pm", "pms", "private", "privately", "direct", "directly"}
            | {"email", "emails", "emailing", "emailed", "mail", "mails", "mailing", "mailed"}
        ),
        _private_contact,
    ),
    Recognizer("compared", None, _compared),
    Recognizer("latest_accepted", LATEST_NEEDS, _latest_accepted),
    # bot.understand.work.work_figure: "how many", "how long", a word, page or time "limit"
    Recognizer("work_figure", FIGURE_NEEDS, _work_figure),
    # bot.understand.people.outside_hours: "outside" their hours, "other"/"another"/"different" time, "appointment(s)"
    Recognizer("outside_hours", OUTSIDE_NEEDS, _outside_hours),
    # bot.understand.policies.policy_situation: a miss, an absence or coming late told ("missed", "sick", "late")
    Recognizer("meeting_situation", SITUATION_NEEDS, _meeting_situation),
    # bot.understand.meetings.make_up_meeting: a make-up of a meeting named, or a missed one done again
    Recognizer(
        "make_up_meeting",
        frozenset({"make", "makeup", "makeups", "catch", "redo", "re", "retake", "reschedule", "resched"})
        | frozenset({"rewrite", "redoing", "rewriting"}),
        _make_up_meeting,
    ),
    # bot.understand.meetings.meeting_attendance: "late"/"tardy" to a meeting, or missing one ("didn't go to", "make it
    # to")
    Recognizer(
        "meeting_attendance",
        frozenset({"late", "tardy", "missed", "miss", "missing", "skipped", "skip", "skipping", "slept", "absent"})
        | frozenset({"go", "come", "make", "get"}),
        _meeting_attendance,
    ),
    # bot.understand.policies.hardship_told: illness or a loss told ("sick", "covid", "passed away", "funeral")
    Recognizer("hardship_told", HARDSHIP_NEEDS, _hardship_told),
)
RECOGNIZED = tuple(r.intent for r in RECOGNIZERS)


class _Rows(NamedTuple):
    """RECOGNIZERS by the words they need: a question looks up its own words instead of every row its needs."""

    rows: tuple[Recognizer, ...]
    always: frozenset[int]  # the rows without needs, which run on every question
    by_word: dict[str, tuple[int, ...]]  # each needed word to the rows needing it, in the table's order


_ROWS: list[_Rows] = []  # built at first use, again only if the table itself is another (a test's)


def _rows() -> _Rows:
    if not _ROWS or _ROWS[0].rows is not RECOGNIZERS:
        by_word: dict[str, list[int]] = {}
        for i, row in enumerate(RECOGNIZERS):
            for word in row.needs or ():
                by_word.setdefault(word, []).append(i)
        always = frozenset(i for i, row in enumerate(RECOGNIZERS) if row.needs is None)
        _ROWS[:] = [_Rows(RECOGNIZERS, always, {w: tuple(found) for w, found in by_word.items()})]
    return _ROWS[0]


def recognized(
    course: Course,
    said: str,
    reading: Reading,
    now: dt.datetime,
    *,
    holds: Callable[[str], bool],
    read: Callable[[str], Reading],
) -> dict[str, Slots]:
    """Each recognized intent with its slots, for the part of the question `said` (as typed) that `reading` read.
    `holds` says whether any text of the course holds a word; `read` reads a text at the same moment."""
    words = question_words(said)
    asking = Asking(course, said, reading, now, holds, read)
    # the words only the respelling holds ("how many labs can i mis": "miss"): a row needing one of them, which the
    # typo hid, reads the respelled words instead
    repaired = question_words(reading.text) - words if reading.text != said else frozenset()
    respelled = Asking(course, reading.text, reading, now, holds, read) if repaired else asking
    found: dict[str, Slots] = {}
    gated: Scan | None = None  # the part scanned once for every row's gate, when a row has one
    table = _rows()
    # the rows needing a word the question holds, and those needing one only its respelling holds; in table order
    typed = {i for word in words for i in table.by_word.get(word, ())}
    hidden = {i for word in repaired for i in table.by_word.get(word, ())} - typed if repaired else set()
    for i in sorted(table.always | typed | hidden):
        row = table.rows[i]
        on = respelled if i in hidden else asking
        if row.gate is not None and not row.gate.opens(gated := gated or scanned(said), course):
            continue
        slots = row.read(on)
        if slots is not None:
            found[row.intent] = slots
    return found
