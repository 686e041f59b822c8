"""Answers to questions a recognizer reads as a whole, as the student typed them: what is asked of the course itself
(its language, platforms, name), a student's situation around one exam (missing it, a clash, a room someone
stated), whether one item is still open, what the course holds in a room, a session or rule the page does not name,
advice on one's own work, and two dated things compared.

Each intent's slots carry the typed question ("_question"): the recognizers read the student's own words (a
course number, a room's name), which respelling would change.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers.exams import exam_answer, exams_answer
from bot.answers.late_windows import late_answer
from bot.answers.meetings import meetings_answer
from bot.answers.people import staff_answer
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.course.windows import latest_accepted
from bot.understand.about_course.beyond_the_page import advice_answer
from bot.understand.about_course.course_itself import course_answer
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.answering.handle_late import handed_in_now, late_rules
from bot.understand.answering.handle_policies import policy
from bot.understand.exams.exam_rule_time import rule_time_answer
from bot.understand.exams.exam_situations import exam_situation as situation_answer
from bot.understand.meetings.held_in import held_in_question
from bot.understand.meetings.kind_runs import kind_runs_answer
from bot.understand.meetings.make_up_meeting import make_up_answer, missed_work_answer, redo_answer
from bot.understand.meetings.meeting_attendance import attendance_answer
from bot.understand.meetings.meeting_cadence import cadence_verdict
from bot.understand.meetings.meeting_length import meeting_length_verdict, stated_in_full
from bot.understand.meetings.part_of_day import part_of_day_answer, section_part_answer
from bot.understand.meetings.section_by_id import section_for_id
from bot.understand.meetings.sections_asked import sections_answer
from bot.understand.people.kind_person import kind_person_verdict
from bot.understand.people.named_as_listed import unsure_of_name
from bot.understand.people.outside_hours import outside_hours_answer
from bot.understand.people.person_sections import person_sections_answer
from bot.understand.people.private_contact import private_contact_answer
from bot.understand.people.topic_speaker import speaker_answer
from bot.understand.policies.hardship_told import illness_procedure
from bot.understand.question.result import Slots
from bot.understand.schedule.comparisons import comparison_answer
from bot.understand.work.existence import rule_not_on_page, sessions_not_on_page
from bot.understand.work.still_open import open_answer
from bot.understand.work.work_figure import FigureAsked, figure_answer
from bot.understand.yes_no.everyone_must import everyone_must_answer


def _typed(asked: Asked, slots: Slots) -> str:
    return slots.get("_question") or asked.question


def course_itself(asked: Asked, slots: Slots) -> Answer:
    """What is asked of the course itself, from its data, or that the page does not say."""
    return course_answer(asked.course, slots["asked"], _typed(asked, slots))


def exam_situation(asked: Asked, slots: Slots) -> Answer:
    """Missing an exam, a clash, a stated room, a section's room: from the exam's data (its card when the question
    is read as no such situation)."""
    found = situation_answer(asked.course, _typed(asked, slots), asked.now, asked.form_urls)
    return found or exam_answer(asked.course, asked.now, slots.get("exam"), asked.form_urls, slots.get("section"))


def still_open(asked: Asked, slots: Slots) -> Answer:
    """Whether the one item named can still be handed in."""
    items = slots.get("assignments") or ()
    if len(items) != 1:
        raise UserError("Name the one item you mean (for example its short name), and I'll say whether it's open.")
    item = asked.course.assignment(items[0])
    if item is not None and item.kind != "survey" and asked.now > item.due:
        # "is ps3 still open" once its deadline is gone: whether late work is still taken now, and at what cost
        last = latest_accepted(asked.course, item)
        card = late_answer(asked.course, item.id, asked.now)
        if last is None:
            return replace(card, lines=(text(*handed_in_now(asked, item)), *card.lines))  # the page gives no cutoff
        return replies.verdict(card, asked.now <= last, handed_in_now(asked, item))
    return open_answer(asked.course, items[0], asked.now)


def person_sections(asked: Asked, slots: Slots) -> Answer:
    """The sections the member of staff named runs, or that the page lists none for them."""
    return person_sections_answer(asked.course, slots["person"])


def role_runs(asked: Asked, slots: Slots) -> Answer:
    """The people in the role that runs what was named, with how to reach them; "is there someone in charge of the
    model shop" is Yes with their names first."""
    answer = staff_answer(asked.course, None, slots["role"])
    people = [p.name for p in asked.course.people if p.role == slots["role"]]
    if asked.yes_no and people:
        return replies.verdict(answer, True, f"{', '.join(people)}.")
    return answer


def kind_runs(asked: Asked, slots: Slots) -> Answer:
    """Who runs the kind of meeting named, then its meetings, each with its staff."""
    course = asked.course
    return kind_runs_answer(
        course, slots["kind"], meetings_answer(course, asked.now, slots["kind"]), staff_answer(course, None, None)
    )


def kind_person(asked: Asked, slots: Slots) -> Answer:
    """ "kerem's the studio guy right?": Yes or No from who runs that kind of meeting, then that card."""
    course = asked.course
    card = kind_runs(asked, slots)
    mended = bool(slots.get("_mended"))
    found = kind_person_verdict(course, slots["person"], slots["kind"], mended=mended)
    if found is None and mended and (who := course.person(slots["person"])) is not None:
        return unsure_of_name(card, who.name)  # "is dr pintar teaching the lectures" of a Dr Pintér
    return card if found is None else replies.verdict(card, *found)


def exam_rule_time(asked: Asked, slots: Slots) -> Answer:
    """The exam rules that set the time asked for, quoted with their exam and day."""
    return rule_time_answer(asked.course, slots["rules"], slots.get("exams", ()))


def exam_rule_asked(asked: Asked, slots: Slots) -> Answer:
    """The exam's rule that answers, quoted first (Yes or No first when its clause says so plainly), then the card of
    the sitting asked of: the student's own section's where the exam is held once per section."""
    course, ids = asked.course, slots["exams"]
    own = [i for i in ids if asked.section and asked.section in course.exam(i).sections]
    if len(ids) == 1 or len(own) == 1:
        card = exam_answer(course, asked.now, (own or ids)[0], asked.form_urls, asked.section)
    else:
        card = exams_answer(course, asked.now, ids, asked.form_urls, asked.section)
    said = f"“{slots['rule']}”"
    if slots.get("allowed"):
        said = replies.ALLOWED_ONLY + said  # "do i need a calculator" of "you may bring a calculator"
    if slots.get("yes") is not None:
        return replies.verdict(card, slots["yes"], said)
    return replace(card, lines=(text(said), *card.lines))


def everyone_must(asked: Asked, slots: Slots) -> Answer:
    """Yes with the page's sentence saying every one does what was asked, or its sentences quoted."""
    return everyone_must_answer(slots["sentences"])


def sections_asked(asked: Asked, slots: Slots) -> Answer:
    """The course's sections, each with what the page says of it (or those meeting on the weekday asked of)."""
    return sections_answer(asked.course, slots["weekday"])


def part_of_day(asked: Asked, slots: Slots) -> Answer:
    """Yes or No on whether the kind meets in that part of the day, then its meetings."""
    card = meetings_answer(asked.course, asked.now, slots["kind"])
    return part_of_day_answer(
        asked.course, asked.now, slots["kind"], slots["part"], card, yes_no=asked.yes_no or bool(slots.get("_yes_no"))
    )


def section_part(asked: Asked, slots: Slots) -> Answer:
    """Yes or No on whether the section meets in that part of the day, then its meetings."""
    card = meetings_answer(asked.course, asked.now, slots["kind"], slots["section"])
    return section_part_answer(asked.course, slots["section"], slots["part"], slots["kind"], card)


def meeting_length(asked: Asked, slots: Slots) -> Answer:
    """Yes or No on how long the kind of meeting runs, then its meetings."""
    kind, section = slots["kind"], slots.get("section")
    card = meetings_answer(asked.course, asked.now, kind, section)
    in_full = stated_in_full(asked.question)  # "is lecture a full hour": not Yes of a 50-minute slot
    return meeting_length_verdict(asked.course, kind, section, slots["minutes"], card, in_full=in_full)


def meeting_cadence(asked: Asked, slots: Slots) -> Answer:
    """Yes or No on how often the kind of meeting is held (its cadence alone for "how often"), then its meetings."""
    kind, section = slots["kind"], slots.get("section")
    card = meetings_answer(asked.course, asked.now, kind, section)
    return cadence_verdict(asked.course, kind, section, slots["weeks"], card)


def topic_speaker(asked: Asked, slots: Slots) -> Answer:
    """Who gives the meeting named by its topic: the person its row names, else its meeting's staff."""
    return speaker_answer(asked.course, slots["rows"])


def section_by_id(asked: Asked, slots: Slots) -> Answer:
    """The section a student ID falls in, or that the page does not say."""
    return section_for_id(asked.course, slots["student_id"], asked.now)


def held_in(asked: Asked, slots: Slots) -> Answer:
    """What the course holds in the room named (or whether a section meets there)."""
    found = held_in_question(asked.course, _typed(asked, slots), asked.now)
    if found is None:
        raise UserError("Name a room the course uses, and I'll say what is held there.")
    return found


def meeting_attendance(asked: Asked, slots: Slots) -> Answer:
    """Late to or missing a class meeting: the course's attendance rule for that kind, or that the page does not say;
    then what to do when ill, in the course's words, when the student tells of an illness."""
    answer = attendance_answer(asked.course, slots["attendance"], _typed(asked, slots))
    procedure = illness_procedure(asked.course, asked.question, str(answer))
    return replace(answer, lines=(*answer.lines, text(procedure))) if procedure else answer


def make_up_meeting(asked: Asked, slots: Slots) -> Answer:
    """The make-up meetings of a kind the course lists (in the span asked), or its rule on making a missed one up, or
    that the page does not say; a thing other than a meeting ("the quiz i missed"), the course's rule on it."""
    made_up = slots["make_up"]
    if made_up.policy is not None:
        return policy(asked, {"policy": made_up.policy})
    if made_up.redo:
        found = redo_answer(asked.course, made_up)  # "can i redo ps3": the rule on it, or not on the page
        return policy(asked, {"policy": found}) if isinstance(found, str) else found
    if made_up.work:
        # missed work made up is late work: the rule on it, never a Yes taken from the next piece still to come
        found = missed_work_answer(asked.course, made_up, _typed(asked, slots))
        return found or late_rules(replace(asked, yes_no=False), {"assignments": (), "policy": None})
    section = slots.get("section") or asked.section
    return make_up_answer(
        asked.course, made_up, _typed(asked, slots), slots.get("_span"), yes_no=asked.yes_no, section=section
    )


def missing_session(asked: Asked, slots: Slots) -> Answer:
    """That the page lists no such session or material, and where to ask."""
    return sessions_not_on_page(asked.course, tuple(slots.get("sessions") or ()))


def missing_rule(asked: Asked, slots: Slots) -> Answer:
    """That the page says nothing about the rule asked about, and where to ask."""
    return rule_not_on_page(asked.course, slots["subject"])


def advice_asked(asked: Asked, slots: Slots) -> Answer:
    """That what to write about is the student's own choice, and where to ask."""
    return advice_answer(asked.course)


def compared(asked: Asked, slots: Slots) -> Answer:
    """The two things' dates compared: the same day, which is first, how far apart, or before or after."""
    comparison = slots.get("_comparison")
    if comparison is None:
        raise UserError("Name the two deadlines or exams you want compared, and I'll compare their dates.")
    return comparison_answer(asked.course, comparison)


def private_contact(asked: Asked, slots: Slots) -> Answer:
    """Where course questions go, as the course says it, for a question sent privately; No where its words rule
    that way out."""
    answer = private_contact_answer(asked.course, slots.get("way") or "email")
    if answer is None:
        raise UserError("The course page says nothing about where questions go; ask the course staff.")
    return answer


def work_figure(asked: Asked, slots: Slots) -> Answer:
    """The sentences of the work's description that give the figure asked (a count, a length, the time allowed)."""
    found = FigureAsked(slots["what"], slots.get("noun") or "", slots.get("items") or (), slots.get("policies") or ())
    return figure_answer(asked.course, found)


def outside_hours(asked: Asked, slots: Slots) -> Answer:
    """Whether and how the person named sees students outside their office hours, by the page's own words."""
    who = asked.course.person(slots["person"])
    if who is None:
        raise UserError("Name the member of staff you mean, and I'll say how to meet them outside their hours.")
    return outside_hours_answer(asked.course, who, asked.yes_no or bool(slots.get("_yes_no")))
