"""One handler per intent, by name: the slots read from the question in, an Answer out (from bot.answers where
one exists). The handlers live by area (handle_deadlines, handle_late, handle_exams, ...); a yes/no question gets
its Yes or No there, where the facts to decide it are at hand, or from bot.understand.meetings.stated_place when it
states a place.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.answering.handle_deadlines import assignment_due, due_soon, next_due, release
from bot.understand.answering.handle_exams import exam
from bot.understand.answering.handle_facts import assignment_for, course_fact, course_info, help_, section_, staff
from bot.understand.answering.handle_late import (
    extension,
    late_rules,
    late_whatif,
    latest_accepted_answer,
    my_grace,
    regrade,
)
from bot.understand.answering.handle_office_hours import office_hours
from bot.understand.answering.handle_policies import policy
from bot.understand.answering.handle_schedule import (
    last_class,
    next_class_,
    no_class,
    schedule_day,
    schedule_range,
    topic,
    where_now,
)
from bot.understand.answering.handle_situations import (
    advice_asked,
    compared,
    course_itself,
    everyone_must,
    exam_rule_asked,
    exam_rule_time,
    exam_situation,
    held_in,
    kind_person,
    kind_runs,
    make_up_meeting,
    meeting_attendance,
    meeting_cadence,
    meeting_length,
    missing_rule,
    missing_session,
    outside_hours,
    part_of_day,
    person_sections,
    private_contact,
    role_runs,
    section_by_id,
    section_part,
    sections_asked,
    still_open,
    topic_speaker,
    work_figure,
)
from bot.understand.exams.exam_arriving import exam_arriving
from bot.understand.exams.exam_leaving import exam_leaving
from bot.understand.exams.exam_make_up import asked_of_make_up, with_make_up_sitting
from bot.understand.exams.exam_number_missing import missing_exam
from bot.understand.exams.exam_sitting_asked import exam_sitting
from bot.understand.exams.exam_this_time import asked_of_the_next
from bot.understand.exams.exam_unset import answered_as_unset
from bot.understand.exams.surname_room import surname_room
from bot.understand.late.late_excluded import taken_as_the_page_says
from bot.understand.meetings.attendance_rule import attendance_rule
from bot.understand.meetings.stated_place import stated_place
from bot.understand.meetings.weather_rule import with_weather_rule
from bot.understand.policies.hardship_told import hardship_answer
from bot.understand.policies.policy_situation import situation_answer
from bot.understand.question.result import Slots
from bot.understand.work.best_of_asked import best_of
from bot.understand.work.grade_scale_asked import grade_scale
from bot.understand.work.hand_in_asked import hand_in
from bot.understand.work.work_for_meeting import work_for_meeting
from bot.understand.yes_no.folded import asks_yes_no

HANDLERS: dict[str, Callable[[Asked, Slots], Answer]] = {
    "assignment_due": assignment_due,
    "due_soon": due_soon,
    "next_due": next_due,
    "release": release,
    "late_whatif": taken_as_the_page_says(late_whatif),  # "Pre-labs are not accepted late": the page decides
    "late_rules": taken_as_the_page_says(late_rules),
    "my_grace": my_grace,
    "extension": extension,
    "regrade": regrade,
    # "when is the final" with no final in the exam list; "whens the makeup tt": the make-up sitting
    "exam": answered_as_unset(asked_of_make_up(asked_of_the_next(exam)), "exam"),
    "office_hours": office_hours,
    "schedule_day": schedule_day,
    "schedule_range": schedule_range,
    "where_now": where_now,
    "next_class": next_class_,
    "last_class": last_class,
    "topic": topic,
    "no_class": no_class,
    "staff": staff,
    "policy": policy,
    "course_info": course_info,
    "course_fact": answered_as_unset(asked_of_make_up(asked_of_the_next(course_fact)), "course_fact"),
    "assignment_for": assignment_for,
    "section": section_,
    "help": help_,
    "course_itself": course_itself,
    "exam_situation": with_make_up_sitting(exam_situation),
    "still_open": still_open,
    "held_in": held_in,
    "section_by_id": section_by_id,
    "surname_room": surname_room,
    "exam_leaving": exam_leaving,
    "exam_arriving": exam_arriving,
    "best_of": best_of,
    "exam_sitting": exam_sitting,
    "hand_in": hand_in,
    "work_for_meeting": work_for_meeting,
    "deadline_day_off": assignment_due,  # its Yes or No on the day off named (bot.understand.work.deadline_day_off)
    "attendance_rule": attendance_rule,
    "grade_scale": grade_scale,
    "person_sections": person_sections,
    "role_runs": role_runs,
    "kind_person": kind_person,
    "kind_runs": kind_runs,
    "sections_asked": sections_asked,
    "exam_rule_time": exam_rule_time,
    "exam_rule_asked": exam_rule_asked,
    "everyone_must": everyone_must,
    "meeting_length": meeting_length,
    "meeting_cadence": meeting_cadence,
    "part_of_day": part_of_day,
    "section_part": section_part,
    "topic_speaker": topic_speaker,
    "missing_session": missing_session,
    "missing_rule": missing_rule,
    "advice_asked": advice_asked,
    "compared": compared,
    "private_contact": private_contact,
    "latest_accepted": latest_accepted_answer,
    "work_figure": work_figure,
    "outside_hours": outside_hours,
    "meeting_situation": situation_answer,
    "meeting_attendance": meeting_attendance,
    "make_up_meeting": make_up_meeting,
    "hardship_told": hardship_answer,
}


# Intents answered from the meetings of a day or span, which the weather may move or call off.
_MEETING_DAYS = frozenset({"schedule_day", "schedule_range", "next_class"})


def _about_an_exam(intent: str, slots: Slots) -> bool:
    return intent == "exam" or intent.startswith("exam_") or str(slots.get("fact", "")).startswith("exam_")


def handle(intent: str, asked: Asked, slots: Slots) -> Answer:
    """The intent's answer; a student-fixable problem (UserError) becomes a clear message, not a crash."""
    try:
        handler = HANDLERS[intent]
        if asked.yes_no and slots.get("_place"):
            return stated_place(handler, asked, slots)  # "is the final in redwood hall 1 at 9am"
        if _about_an_exam(intent, slots) and (
            missing := missing_exam(asked.course, asked.question, asked.yes_no or asks_yes_no(asked.question))
        ):
            return missing  # "when is midterm 2" on a course with one midterm
        if intent in _MEETING_DAYS:
            # "its pouring rn, do we still have lab": the day's meetings, and the course's rule for that weather
            return with_weather_rule(asked.course, asked.question, handler(asked, slots))
        return handler(asked, slots)
    except UserError as err:
        return Answer(
            title="Hmm", lines=(text(err.message),), kind="error", suggestions=err.suggestions or replies.SUGGESTIONS
        )
