"""Readings offered when the engine is not sure: each as the question that picking it asks (a button in Discord,
a numbered choice in the console). The question reads back as the same reading, so an option is never a dead end.
"""

from __future__ import annotations

from bot.answers.late_terms import pool_name
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand.question.result import Part


def option_question(course: Course, part: Part) -> str:
    """A question that reads back as this part's intent and slots (what picking the option asks)."""
    s = part.slots
    kind = course.kind_name(s["kind"]).lower() if s.get("kind") not in (None, "class") else "class"
    person = course.person(s["person"]) if isinstance(s.get("person"), str) else None
    names = ", ".join(a.short for a in (course.assignment(i) for i in s.get("assignments", ())) if a)
    # A name the course does not have ("hw4 part c") reads back as itself; none at all as the next one.
    said = ", ".join(u.upper() for u in s.get("unknown", ()) if isinstance(u, str))
    shown = names or said or "the next assignment"
    questions = {
        "assignment_due": f"When is {shown} due?",
        "late_rules": f"How late can I submit {shown}?",
        "late_whatif": f"How late can I submit {shown}?",
        "extension": f"Can I get an extension on {shown}?",
        "regrade": f"Regrade requests for {shown}",
        "release": f"When does {shown} come out?",
        "assignment_for": f"Who has to do {shown}?",
        "due_soon": "What's due this week?",
        "next_due": "What's the next deadline?",
        "my_grace": f"How many {pool_name(course)} do I have left?",
        "exam": f"When is {course.exam(s['exam']).title}?" if s.get("exam") else "When are the exams?",
        "office_hours": f"When are {person.name}'s office hours?" if person else "Office hours this week",
        "schedule_day": f"What's on the schedule on {human_date(s['date'])}?"
        if s.get("date")
        else "Schedule this week",
        "schedule_range": "What's on the schedule this week?",
        "next_class": f"When is the next {kind}?",
        "section": f"Who runs section {course.section_label(s.get('section'))}?",
        "last_class": "What was the last class?",
        "no_class": "Which days have no class?",
        "staff": f"Who is {person.name}?" if person else "Who are the course staff?",
        "course_info": "What is this course about?",
        "help": "What can you help with?",
        # recognizers' readings (bot.understand.choosing.recognizers): a question of their own, never "What can you help
        # with?"
        "exam_arriving": f"Can I come in late to {course.exam(s['exam']).title}?" if s.get("exam") else "",
        "sections_asked": "Which sections does the course have?",
        "exam_rule_time": "What times do the exam rules set?",
        "exam_rule_asked": f"What do the rules of {course.exam(s['exams'][0]).title} say?" if s.get("exams") else "",
        "kind_runs": f"Who runs the {course.kind_name(s['kind'], plural=True).lower()}?" if s.get("kind") else "",
        "meeting_cadence": f"How often are the {course.kind_name(s['kind'], plural=True).lower()} held?"
        if s.get("kind")
        else "",
        "part_of_day": f"Which {course.kind_name(s['kind'], plural=True).lower()} meet in the {s['part']}?"
        if s.get("kind") and s.get("part")
        else "",
        "section_part": f"Does {course.section_label(s['section'])} meet in the {s['part']}?"
        if s.get("section") and s.get("part")
        else "",
        "topic_speaker": f"Who gives {course.schedule[s['rows'][0]].title}?" if s.get("rows") else "",
    }
    if part.intent in _TYPED:
        return _typed_option(course, part, names)
    if part.intent in ("late_rules", "extension", "regrade") and not names and s.get("policy"):
        return f"What is the {course.policy(s['policy']).title} policy?"
    if part.intent == "topic" and s.get("rows"):
        return f"When is {course.schedule[s['rows'][0]].title} on the schedule?"
    if part.intent == "policy" and s.get("policy"):
        return f"What is the {course.policy(s['policy']).title} policy?"
    if part.intent == "course_fact":
        return {
            "meeting_time": f"What time is {kind}?",
            "meeting_place": f"Where is {kind} held?",
            "grading": "What is the grading breakdown?",
            "email": "What are the staff emails?",
            "link": "What are the course links?",
            "exam_time": "What time are the exams?",
            "exam_place": "Where are the exams?",
            "exam_content": "What do the exams cover?",
            "exam_rules": "What can we bring to the exams?",
            "submission": "Where do I submit my work?",
        }.get(s.get("fact") or "", "What is this course about?")
    return questions.get(part.intent) or _from_slots(course, part, names)


def _from_slots(course: Course, part: Part, names: str) -> str:
    """An intent with no question of its own asks what its slots name (its policy, its work, the student's own
    words), so two offers of different readings never read the same."""
    s = part.slots
    policy = course.policy(s["policy"]) if isinstance(s.get("policy"), str) else None
    if policy is not None:
        return f"What is the {policy.title} policy?"
    if s.get("_question"):
        return s["_question"]
    if names:
        return f"What about {names}?"
    return "What can you help with?"


# Readings of a question as typed (bot.understand.choosing.recognizers): a question of its kind, or the student's own
# words.
_TYPED = frozenset(
    {"course_itself", "exam_situation", "still_open", "held_in", "missing_session", "missing_rule", "advice_asked"}
    | {"compared", "private_contact"}
)
_OF_COURSE = {
    "language": "Which programming language does the course use?",
    "platforms": "Which platforms does the course use?",
    "made": "Who developed the course material?",
    "offered": "Has this course been offered before?",
    "name": "What is the course called?",
    "submission": "Where do I hand in my work?",
    "due_time": "What time is work usually due?",
}


def _typed_option(course: Course, part: Part, names: str) -> str:
    s = part.slots
    if part.intent == "course_itself" and s.get("asked") in _OF_COURSE:
        return _OF_COURSE[s["asked"]]
    if part.intent == "still_open" and names:
        return f"Is {names} still open?"
    if part.intent == "held_in" and s.get("place"):
        return f"What is held in {s['place']}?"
    if part.intent == "missing_session" and s.get("sessions"):
        return f"Is there a {' or '.join(s['sessions'])}?"
    if part.intent == "missing_rule" and s.get("subject"):
        return f"What is the policy on {s['subject']}?"
    if part.intent == "advice_asked":
        return "What should I write about?"
    if part.intent == "private_contact":
        return "Where do questions go?"
    if part.intent == "compared" and s.get("things"):
        return _compared_option(course, s["things"], s.get("how", ""))
    return _from_slots(course, part, names)


# How two things are compared, as a question that compares them the same way.
_COMPARED = {
    "same": "Are {a} and {b} on the same day?",
    "first": "Which comes first, {a} or {b}?",
    "apart": "How many days apart are {a} and {b}?",
    "choice": "Is {a} before or after {b}?",
    "before": "Is {a} before {b}?",
    "after": "Is {a} after {b}?",
}


def _compared_option(course: Course, things: tuple[str, str], how: str) -> str:
    a, b = (_thing_name(course, thing) for thing in things)
    return _COMPARED.get(how, _COMPARED["first"]).format(a=a, b=b)


def _thing_name(course: Course, thing: str) -> str:
    """An exam's or an assignment's name as the course gives it."""
    exam = course.exam(thing)
    if exam is not None:
        return exam.title
    item = course.assignment(thing)
    return item.short if item is not None else thing


def option_label(course: Course, part: Part) -> str:
    """What the button says: the question it asks (Discord shows at most 80 characters)."""
    return option_question(course, part)[:80]
