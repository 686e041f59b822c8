"""The intent table: what a student can ask, as data, and the one loop that scores a reading against it.

Each intent names the features it needs (all of `needs`, where "a|b" means either, and one of `any_of`
when given), the features it cannot have, and a weight per feature; its score is `base` plus the weighted
features. Features are the cue ideas of bot.understand.words.vocabulary ("cue:due"), the kinds of entity named
("assignment", "person"), time phrases ("day", "range", "moment") and a few flags ("yes_no",
"other_course"). The best-scoring intent wins when it is sure enough and far enough ahead of the next
(bot.understand.engine decides).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    base: float
    weights: Mapping[str, float]
    needs: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    slots: tuple[str, ...] = ()  # the slots its answer uses (for `coursebot ask --json` and the tests)
    doc: str = ""


# Weights every intent has unless it says otherwise: a question about another course, words nothing in the
# course explains ("is the dining hall open"), or a task ("write me a poem") push every reading down.
EVERY: Mapping[str, float] = {
    "other_course": -8.0,
    "unexplained": -0.75,
    "unknown_subject": -3.0,
    "cue:task": -8.0,
    "about_bot": -8.0,
    "cue:enrollment": -6.0,
    "cue:opinion": -6.0,
}

INTENTS: tuple[Intent, ...] = (
    Intent(
        "assignment_due",
        3.0,
        {
            "cue:due": 3,
            "cue:when": 1,
            "day": 0.5,
            "cue:late": -2.5,
            "cue:pool": -1.5,
            "cue:release": -3,
            "cue:extension": -3,
            "cue:regrade": -3,
            "cue:whatif": -1.5,
            "cue:next": -2,
            "cue:after": -1,
            "cue:howto": -1.5,
            "cue:contact": -2,
            "cue:office_hours": -4,  # "when can i get help with ps4": office hours
            "time_choice": 4,  # "due at midnight or 11:59": the due time
            "unknown_assignment": 1,  # "is there a hw6": an item the course does not have is still an item
            "attribute_of": 1,  # "what size should the poster be": its card, and that the page lacks the size
            "hand_in_day": 3,  # "can i upload hw2 after feb 9": on time that day, or how late and at what cost
            "missed_told": 2,  # "we forgot ps3": what handing it in now costs, and until when it is taken
        },
        needs=("assignment",),
        slots=("assignments", "date"),
        doc="when one or more named assignments are due (and everything about them)",
    ),
    Intent(
        "due_soon",
        0.5,
        {
            "cue:due": 3,
            "cue:due_list": 3,
            "range": 1,
            "day": 1,
            "period": 1,
            "cue:all": 1,
            "cue:homework_kind": 0.5,
            "cue:thing": 0.5,
            "cue:release": -3,
            "cue:late": -2,
            "cue:pool": -2,
            "cue:howto": -2.5,
            "cue:office_hours": -3,
            "cue:whatif": -1,
            "cue:contact": -2,
            "policy": -0.3,
            "count_work": 5,  # "how many problem sets are there"
            "cue:class": -3,  # "how many lectures are left" counts class meetings
            "work_left": 4,  # "what's left this semester including exams"
            "work_in_range": 3,  # "any quizzes in the next 2 weeks": that kind of work in the span, due then
            "due_after_event": 5,  # "what's due after the field trip": from the day after it
            "classes_left": -3,  # "what topics are left": the class meetings to come, not the deadlines
            "hand_in_kind_day": -3,  # "can i hand in the lab report after friday": whether it is late then, not a list
            "series_dates": 3,  # "dates for all 3 lab reports": that series' due dates
            "deadlines_changed": -6,  # "do deadlines change during ...": whether they change, not what is due
        },
        any_of=("cue:due", "cue:due_list", "count_work", "work_left", "work_in_range", "series_dates"),
        never=("assignment", "unknown_assignment"),
        slots=("range", "section"),
        doc="what is due in a window (this week by default), for a section",
    ),
    Intent(
        "next_due",
        0.0,
        {
            "cue:due": 3,
            "cue:due_list": 1,
            "cue:next": 3.5,
            "cue:last": 3,
            "after_assignment": 3,
            "cue:thing": 1,
            "cue:homework_kind": 1,
            "cue:when": 0.5,
            "cue:release": -3,
            "cue:late": -3,  # "does lateness count from the last part": the late rules
        },
        needs=("cue:due|cue:homework_kind|cue:thing", "cue:next|after_assignment|cue:last"),
        slots=("after", "which", "section"),
        doc="the next deadline, the next one after an assignment, or the last one",
    ),
    Intent(
        "release",
        2.0,
        {
            "cue:release": 4,
            "assignment": 1,
            "cue:when": 1,
            "cue:next": 1,
            "range": 0.5,
            "cue:homework_kind": 0.5,
            "cue:due": -1,
            "cue:grades": -5,
        },
        needs=("cue:release", "assignment|cue:homework_kind|cue:thing|range|cue:next"),
        slots=("assignments", "range"),
        doc="when assignments come out",
    ),
    Intent(
        "late_whatif",
        2.0,
        {
            "cue:whatif": 3,
            "cue:due": 1.5,
            "cue:late": 2,
            "cue:pool": 2,
            "moment": 5,
            "lateness": 5,
            "time": 3,
            "day": 1,
            "yes_no": -1.5,  # "is the report due at 5pm" asks its due time, not what lateness costs
            "who": -6,  # "who can give permission to submit 2 days late": the rules say who
            "time_choice": -4,
            "cue:dst": -4,  # "is ps6 still due at 5 pm after the clocks change": its due time, not lateness
            "exam_arriving": -6,  # "what if im 45 min late to the midterm": coming in late, no work handed in
            "meeting_attendance": -6,  # "what if im 20 min late to lab": arriving late to a meeting, no work
        },
        needs=("assignment|lateness", "cue:whatif|cue:late|cue:due|lateness|cue:done|cue:pool"),
        any_of=("moment", "lateness", "time"),
        slots=("assignments", "moment"),
        doc="what happens if an assignment is submitted at a given time",
    ),
    Intent(
        "late_rules",
        2.0,
        {
            "cue:late": 4,
            "cue:pool": 3,
            "cue:whatif": 0.5,
            "assignment": 2,
            "lateness": -3,
            "moment": -3,
            "topic": -1,  # "are solutions posted after the deadline" is about the solutions
            "cue:parts": 3,  # "my written part is on time but my code is late": how lateness is measured
            "cue:applied": 3,  # "do i have to ask to use grace days": how the pool is used
            "past_pool": 5,  # "the penalty once my slip days are gone": the rule past the pool
            "late_permission": 4,  # "who can let me submit after the 3 day limit": whom the late rule names
            "hand_in_kind_day": 2,  # "can i hand in a lab report after friday": that kind's rule, on its next one due
        },
        any_of=("cue:late", "cue:pool", "hand_in_kind_day"),
        slots=("assignments", "policy"),
        doc="how late an assignment can still be turned in and at what cost (or the late rules in general)",
    ),
    Intent(
        "my_grace",
        3.0,
        # "I have no grace days left and hw3 will be 5 hours late": a what-if about hw3, not the tally.
        # "do i have to ask to use grace days" is how the pool works, not the asker's tally.
        {
            "cue:pool": 3,
            "cue:personal": 4,
            "lateness": -6,
            "moment": -6,
            "time": -4,
            "cue:required": -4,
            "cue:applied": -6,
            "cue:due": -6,  # "if i use 48 flex hours on sheet 2, what's my new deadline": the moved deadline
            # "can i use both my grace days on ps4": the pool on that work (its cap), not the asker's own tally;
            # "i used 1 grace day so far, can i use 2 on hw4b": the tally told, which decides
            "assignment": -4,
            "pool_told": 4,
            # "what's the penalty once my late days are gone": the rule past the pool, not the asker's tally
            "cue:whatif": -2,
            "past_pool": -4,
        },
        needs=("cue:pool", "cue:personal"),
        doc="the asker's own tally of the course's late pool (private: pointed to /gracedays me)",
    ),
    Intent(
        "extension",
        3.0,
        # "a letter from disability resources for extra time": another policy named twice over is what is asked
        {"cue:extension": 4, "assignment": 1, "policy_named": -2},
        needs=("cue:extension",),
        slots=("assignments", "policy"),
        doc="until when and how an extension can be asked for (on an assignment, or in general)",
    ),
    Intent(
        "regrade",
        3.0,
        # "when will ps4 grades be out" is when grades come out (a fact), not a regrade; "if ps4 is 30 minutes late
        # what's my score" and "if i submit ps4 saturday how many marks do i lose" are what-ifs.
        {"cue:regrade": 4, "assignment": 1, "grades_of": 4, "fact": -3, "lateness": -5, "moment": -5, "cue:whatif": -5},
        any_of=("cue:regrade", "grades_of"),
        slots=("assignments", "policy"),
        doc="when regrade requests close (for an assignment, or in general)",
    ),
    Intent(
        "exam",
        2.0,
        {
            "exam": 3,
            "cue:exam": 2.5,
            "work_left": -2,  # "what's left including exams": deadlines and exams, listed as due_soon does
            "exams_left": 3,  # "what exams are left"
            "cue:conflict": 4,
            "cue:howto": 1,
            "cue:when": 1,
            "cue:in_person": 1,
            "cue:next": 0.5,
            "range": 0.5,
            "cue:content": -3,
            "covers": -3,  # "what does the test cover": what it covers, though "test" also says exam
            "cue:exam_rules": -3,
            "cue:grading": -3,
            "cue:where": -3,
            "cue:time_of": -3,
            "cue:absent": -3,
            "cue:grades": -3,
            "cue:regrade": -3,  # "how do i contest my midterm mark": the regrade rules, not the exam's card
            "cue:changed": 2,  # "can i take the final at a different time": the exam's own rules say
            "during_class": 4,  # "is the midterm during class time"
            "exam_situation": -4,  # "i have two exams that morning, can the final be moved": that situation's answer
            "who": -3,  # "who made the exams": not what the exam data holds
            "unexplained": -2.5,  # "what's the exam format": something the exam data does not hold
        },
        any_of=("exam", "cue:exam"),
        slots=("exam",),
        doc="when the exams are, in person or not, and the conflict form",
    ),
    Intent(
        "office_hours",
        2.0,
        {
            "cue:office_hours": 5,
            "person": 1,
            "cue:hours": 1,
            "cue:now": 1,
            "day": 0.5,
            "range": 0.5,
            "cue:where": 0.5,
        },
        any_of=("cue:office_hours", "person_hours"),
        slots=("when", "person"),
        doc="office hours now, on a day, this or next week, or one person's",
    ),
    Intent(
        "schedule_day",
        1.0,
        {
            "day": 2,
            "cue:class": 2.5,
            "cue:schedule": 2,
            "cue:cover": 1.5,
            "cue:due": -3,
            "cue:due_list": -2,
            "cue:office_hours": -5,
            "cue:release": -3,
            "cue:exam": -0.5,
            "cue:staff": -1,
            "assignment": -1,
            "day_off_asked": 1,
        },
        needs=("day",),
        slots=("date",),
        doc="what is on the schedule on a day (is there class?)",
    ),
    Intent(
        "schedule_range",
        1.0,
        {
            "range": 2,
            "cue:class": 2.5,
            "cue:schedule": 2,
            "cue:cover": 1.5,
            "cue:due": -3,
            "cue:due_list": -2,
            "cue:office_hours": -5,
            "cue:release": -3,
            "cue:exam": -1,
            "assignment": -1,
            "day": -2,
            "count_class": 3,  # "how many lectures are left"
            "classes_left": 3,  # "what lectures are left"
            "away_span": 6,  # "what would i miss if i leave tuesday and come back sunday"
            "cover_after_many": 2,  # "what are the labs after the break about": every one of them
            "days_off_asked": -3,  # "are there days in may when we have no class": the days off, not the classes
        },
        any_of=("range", "cue:schedule", "count_class", "classes_left", "away_span"),
        slots=("range",),
        doc="what is on the schedule in a range of days (this week by default)",
    ),
    Intent(
        "next_class",
        0.0,
        {
            "cue:next": 3.5,
            "after_period": 3.5,
            "cue:class": 3,
            "cue:when": 0.5,
            "cue:due": -3,
            "cue:office_hours": -4,
            "cue:exam": -1,
            "cue:term_dates": -5,
            "classes_left": -3,  # "what lectures are left after midterm 2": every one of them, not the next
            "cover_after_one": 2,  # "whats the topic in class after the break": the first class after it
            "cover_after_many": -2,
            "after_meeting": 3.5,  # "whats the lecture after the guest talk": the first one after that day
        },
        needs=("cue:class",),
        any_of=("cue:next", "after_period", "after_meeting"),
        slots=("kind", "section"),
        doc="the next class meeting of a kind the course names (lecture, lab, discussion section...) or any",
    ),
    Intent(
        "where_now",
        0.0,
        {"where_now": 8},
        needs=("where_now",),
        slots=("asked",),
        doc="where the term is now: the current unit or the week of the term",
    ),
    Intent(
        "last_class",
        0.0,
        # "last tutorial for group t1": that section's last meeting (the section's card), not the latest class
        {"cue:last": 3, "cue:class": 3, "past": 1, "cue:due": -3, "cue:term_dates": -5, "range": 1, "section": -1},
        needs=("cue:last", "cue:class"),
        slots=("kind",),
        doc="the most recent class meeting of a kind, or any",
    ),
    Intent(
        "topic",
        1.0,
        {
            "topic": 1.5,
            "cue:when": 1,
            "cue:cover": 1,
            "cue:class": 0.5,
            "cue:guest": 1,
            "cue:next": -2,  # "the next guest lecture": one meeting, not every day of a topic
            "cue:due": -2,
            "cue:office_hours": -3,
            "cue:policy": -1,
            "topic_missing": 3,
            "who": -3,  # "who invented the bootstrap": the schedule says when, never who
            "range": -1,  # "a review session before exam 1": the schedule in that range, with the topic
            "on_exam": -3,  # "is the guest lecture on the final": what the exam covers
            "topic_placed": 1.5,  # "where do we meet for the doria trip": a day with its own place says where
            "unit_of_topic": 1.5,  # "what unit is the refactoring stuff in": the schedule's unit of those days
            "after_meeting": -3,  # "the lecture after the guest talk": that day only counts from where to look
            "topic_of_section": 2,  # "b01 lab 4 what day": the topic's day for that section, not the section's card
        },
        any_of=("topic", "topic_missing"),
        slots=("dates", "section"),
        doc="when a topic is on the schedule (for a section named, its own day)",
    ),
    Intent(
        "no_class",
        1.0,
        # "are there days in april when we have no class": the days off are asked, whatever is said of class
        {"cue:no_class": 4, "period": 1, "day": -2, "range": -0.5, "days_off_asked": 5},
        any_of=("cue:no_class", "days_off_asked"),
        doc="the days without class",
    ),
    Intent(
        "staff",
        0.0,
        {
            "cue:staff": 3,
            "cue:name": 3,
            "person": 3,
            "role": 3,
            "role_asked": 5,  # "is there a tutor i can ask stuff to": whether someone holds the role
            "role_of_section": 3,  # "which demonstrator is in stream 2", not the policy naming demonstrators
            "cue:contact": -2.5,
            "cue:office_hours": -4,
            "cue:hours": -1,
            "cue:when": -2,
            "cue:where": -1,
            "topic": -0.5,
            "day": -3,  # "who teaches the wednesday sections": that day's meetings
            "cue:in_person": -3,  # "is katie remote": where her office hours are
            # "marked wrong, who do i talk to, my tutor or dr lee": the re-marking rule says whom, in what order
            "cue:regrade": -3,
            "unexplained": -2.5,  # "is professor talwalkar nice", "who's the best gsi": nothing the page says
            "unknown_subject": -5,
        },
        any_of=("cue:staff", "person", "role", "cue:name"),
        slots=("person", "role", "section"),
        doc="who teaches, the staff in one role (the course's own titles), or one person",
    ),
    Intent(
        "policy",
        1.0,
        {
            "policy": 1.0,
            "cue:policy": 1,
            "cue:howto": 1.5,
            "assignment": -1.5,
            "cue:when": -1,
            "range": -1,
            "day": -1,
            # An exam conflict is about one exam: the exam answer has its dates and the form's status.
            "cue:conflict": -1.5,
            "other_course": -3,
            "who": -1.5,  # "who made the exams": a policy that only shares a word does not say who
            "rule_asked": 1.5,  # a may-I or must-I about a piece of work is its rule's question
            "rule_named": 3,  # "explain the calculator rule": the rule whose own words name it
        },
        needs=("policy",),
        slots=("policy",),
        doc="a course policy: its rule in brief and the page's own words",
    ),
    Intent(
        "course_info",
        1.0,
        # "what sections meet on friday" is about friday's meetings, not what the course is.
        {"cue:course": 4, "cue:term_dates": 5, "cue:staff": -3, "cue:due": -2, "day": -3, "course_number": 3},
        any_of=("cue:course", "cue:term_dates", "course_number"),
        doc="what the course is: name, term, sections, components",
    ),
    Intent(
        "course_fact",
        2.0,
        # "6 days late, will it still be marked": a what-if. "what room is the lab in after the break": the room then.
        {"fact": 5, "lateness": -4, "on_exam": 2, "meeting_in_period": 1},
        needs=("fact",),
        slots=("fact", "exam", "person", "role"),
        doc="a fact such as class time, room, grading weights, an email or a link, known or not on the page",
    ),
    Intent(
        "assignment_for",
        3.0,
        # "when do group 2 need to sing check-off 3": when it is due, not whether they do it
        {"cue:required": 2, "cue:students": 1, "yes_no": 1, "cue:when": -3},
        needs=("assignment", "section|all_sections"),
        slots=("assignments", "section"),
        doc="whether a section has to do an assignment",
    ),
    Intent(
        "section",
        1.0,
        {
            "section": 2,
            "cue:staff": 2,
            "cue:when": 1.5,
            "cue:where": 1.5,
            "cue:time_of": 1,
            "cue:class": 1.5,
            "cue:in_person": 1.5,
            "kind": 0.5,
            "cue:last": 3,  # "the last tutorial for group t3 this term": the section's last meeting is on its card
            "role": -2,  # "who is the student assistant for group nord": that role in the section (staff)
            "cue:due": -4,
            "cue:due_list": -3,
            "cue:release": -3,
            "cue:required": -2,
            "cue:office_hours": -3,
            "cue:next": -2,
            "exam": -4,
            "cue:exam": -3,
            "assignment": -4,
            "person": -2,
            # "when does section 2 meet next week", "group c's dates in november", "grp b lab next week when": those
            # dates' meetings of the section, not its weekly card (its last meeting "this term" is on the card)
            "day": -2,
            "range": -2,
            "dated_range": -1,
        },
        needs=("section",),
        any_of=("cue:staff", "cue:when", "cue:where", "cue:time_of", "cue:class", "cue:in_person"),
        slots=("section",),
        doc="one section: when and where it meets, who runs it, its exam rooms",
    ),
    # Questions a recognizer reads whole, in the student's own words (bot.understand.answering.handle_situations): its
    # feature says it recognized one. The words it read are its own: nothing is unexplained to it, and a course
    # number it compares ("is 10-405 the same as 10-605") is no other course.
    Intent(
        "course_itself",
        3.0,
        {"course_itself": 8, "unexplained": 0, "unknown_subject": 0, "other_course": 0},
        needs=("course_itself",),
        slots=("asked",),
        doc="what is asked of the course itself: its language, platforms, name and numbers, where work is handed in, "
        "its usual due time, who made it, earlier offerings, whether it has a kind of work",
    ),
    Intent(
        "exam_situation",
        3.0,
        {"exam_situation": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("exam_situation",),
        slots=("exam",),
        doc="a student's situation around one named exam: missing it, a clash, a room someone stated, a section's room",
    ),
    Intent(
        "still_open",
        3.0,
        # "is the registration still open": the item is named, so it is not the course's enrolment that is asked.
        {"still_open": 8, "unexplained": 0, "unknown_subject": 0, "cue:enrollment": 0},
        needs=("still_open",),
        slots=("assignments",),
        doc="whether one named item (a survey, a registration, an assignment) can still be handed in",
    ),
    Intent(
        "latest_accepted",
        3.0,
        {"latest_accepted": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("latest_accepted",),
        slots=("assignments", "section"),
        doc="the last moment one named piece of work is still accepted late, from its late rule",
    ),
    Intent(
        "work_figure",
        3.0,
        {"work_figure": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("work_figure",),
        slots=("what", "noun", "items", "policies"),
        doc="a figure asked of a piece of work (how many things it holds, its length, the time allowed): the "
        "sentence of its description that gives it",
    ),
    Intent(
        "outside_hours",
        3.0,
        {"outside_hours": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("outside_hours",),
        slots=("person",),
        doc="meeting a member of staff outside their office hours: their appointments, else that the page is silent",
    ),
    Intent(
        "meeting_situation",
        3.0,
        {"meeting_situation": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("meeting_situation",),
        slots=("policy",),
        doc="a student's case of missing or coming late to a kind of class meeting: the course's rule on missing it",
    ),
    Intent(
        "hardship_told",
        3.0,
        {"hardship_told": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("hardship_told",),
        slots=("policy",),
        doc="illness or a loss told with what to do: the course's rule on illness, or its words on emergencies",
    ),
    Intent(
        "person_sections",
        3.0,
        {"person_sections": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("person_sections",),
        slots=("person",),
        doc="which section a member of staff runs, asked by their name: the sections the course gives them",
    ),
    Intent(
        "role_runs",
        3.0,
        {"role_runs": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("role_runs",),
        slots=("role",),
        doc="who runs a part of the course named by a staff role's title: the people in that role",
    ),
    Intent(
        "exam_rule_time",
        3.0,
        {"exam_rule_time": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("exam_rule_time",),
        slots=("rules",),
        doc="a time an exam's own rules set for something asked (boards pinned up by 9:15): that rule quoted",
    ),
    Intent(
        "exam_rule_asked",
        3.0,
        {"exam_rule_asked": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("exam_rule_asked",),
        slots=("exams", "rule"),
        doc="an exam's own rule asked of it (its length, a requirement, arriving, being late): that rule quoted",
    ),
    Intent(
        "everyone_must",
        3.0,
        {"everyone_must": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("everyone_must",),
        slots=("sentences",),
        doc="whether every one of the students must do a thing: the page's sentence saying every member does it",
    ),
    Intent(
        "sections_asked",
        3.0,
        {"sections_asked": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("sections_asked",),
        slots=("weekday",),
        doc="the course's sections as a set: each by name with what the page says of it, or those meeting on a weekday",
    ),
    Intent(
        "kind_runs",
        3.0,
        {"kind_runs": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("kind_runs",),
        slots=("kind",),
        doc="who runs a kind of class meeting: the staff of its weekly meetings",
    ),
    Intent(
        "kind_person",
        3.0,
        {"kind_person": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("kind_person",),
        slots=("person", "kind"),
        doc='whether a person named is the one running a kind of class meeting ("the lab guy")',
    ),
    Intent(
        "part_of_day",
        # clear of course_itself's whether the course has the kind ("are there labs in the evening"): the recognizer
        # read every word as asking when that kind meets, so the part of the day is what is asked of it
        4.0,
        # "is there an evening studio section": the times of the kind's meetings say; a section the course names by
        # a part of the day ("the evening section") is no such question (the recognizer leaves it to the section's)
        {"part_of_day": 8, "unexplained": 0, "unknown_subject": 0},
        never=("section",),
        needs=("part_of_day",),
        slots=("kind", "part"),
        doc="whether a kind of meeting meets in a part of the day (an evening section): the ones that do",
    ),
    Intent(
        "section_part",
        # above the section's own card ("section b": who runs it, when it meets): the part of the day is what is asked
        4.0,
        {"section_part": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("section_part",),
        slots=("section", "part", "kind"),
        doc="whether one section meets in a part of the day (is section a in the morning): Yes or No from its times",
    ),
    Intent(
        "meeting_length",
        3.0,
        {"meeting_length": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("meeting_length",),
        slots=("kind", "section", "minutes"),
        doc="whether a kind of class meeting runs the length the student states: Yes or No with its length",
    ),
    Intent(
        "meeting_cadence",
        # clear of the kind's policy card, whose sentences speak of the kind but not of its weeks ("are labs every week"
        # is no "Attend your own lab stream")
        3.0,
        {"meeting_cadence": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("meeting_cadence",),
        slots=("kind", "section", "weeks"),
        doc="how often a kind of class meeting is held (are labs every week): Yes or No with its cadence, its times",
    ),
    Intent(
        "topic_speaker",
        3.0,
        {"topic_speaker": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("topic_speaker",),
        slots=("rows",),
        doc="who gives a class meeting named by its topic: the person its row names, else its meeting's staff",
    ),
    Intent(
        "section_by_id",
        3.0,
        {"section_by_id": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("section_by_id",),
        slots=("student_id",),
        doc="which section a student ID is in, by the ranges the course's sections give",
    ),
    Intent(
        "surname_room",
        3.0,
        {"surname_room": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("surname_room",),
        slots=("exam", "surname"),
        doc="the room a surname writes an exam in, where the course splits the exam's rooms by surname",
    ),
    Intent(
        "exam_leaving",
        3.0,
        {"exam_leaving": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("exam_leaving",),
        slots=("exam",),
        doc="whether and when a student may leave an exam before its end, by the exam's own rules",
    ),
    Intent(
        "exam_arriving",
        3.0,
        # "what if im late for my slot" where a rule of the exam's own says what being late costs: that rule's reading
        {"exam_arriving": 8, "exam_rule_asked": -6, "unexplained": 0, "unknown_subject": 0},
        needs=("exam_arriving",),
        slots=("exam",),
        doc="whether a student may come in late to an exam, by the exam's own rules (never the late-work rules)",
    ),
    Intent(
        "best_of",
        3.0,
        # "worst" reads as an opinion, "drop" as leaving the course: here the rule on the work named decides
        {"best_of": 8, "unexplained": 0, "unknown_subject": 0, "cue:opinion": 0, "cue:enrollment": 0},
        needs=("best_of",),
        slots=("rule", "verdict"),
        doc="how many of a kind of work count, or whether the lowest is dropped, by the course's [[best_of]] rule",
    ),
    Intent(
        "exam_sitting",
        3.0,
        # above the exam's own card and the readers of a missed exam (8): the sitting's own data decides
        # "how many days between the final and the resit": two days compared, not the sitting's card
        {"exam_sitting": 12, "unexplained": 0, "unknown_subject": 0, "cue:opinion": 0, "compared": -6},
        needs=("exam_sitting",),
        slots=("sittings", "aspects", "yes_no"),
        doc="an exam's other sitting ([[exam.sitting]]: alternate, make-up, retake, supplementary) by its kind's "
        "words, its name or its time: when, where, who may sit it, how to register, what its result does",
    ),
    Intent(
        "hand_in",
        3.0,
        # above the course's one submission site and the policy readers (8-10): the work's own fields decide
        {"hand_in": 12, "unexplained": 0, "unknown_subject": 0, "cue:opinion": 0},
        needs=("hand_in",),
        slots=("assignments", "aspect", "verdict"),
        doc="how a piece of work is handed in (assignments.toml `submit`) and a timed quiz's window: when it opens, "
        "its time limit, attempts, open-book",
    ),
    Intent(
        "deadline_day_off",
        3.0,
        # above the readers of extensions and of the days off (8-10): the item's own deadline decides
        {"deadline_day_off": 12, "unexplained": 0, "unknown_subject": 0},
        needs=("deadline_day_off",),
        slots=("assignments",),
        doc="whether a day off named moves a deadline ('ps8 gets moved bc of bonifacio day right?'): No with both "
        "days, unless it falls on the due day",
    ),
    Intent(
        "work_for_meeting",
        3.0,
        # above the readers of a kind's deadlines and a topic (8-10): the work list's own notes decide
        {"work_for_meeting": 12, "unexplained": 0, "unknown_subject": 0},
        needs=("work_for_meeting",),
        slots=("assignments",),
        doc="whether a kind of work is set on a numbered meeting ('a culture report for practical 6'), from the "
        "items' titles and notes",
    ),
    Intent(
        "attendance_rule",
        3.0,
        # above the readers of a missed meeting's story (8): the course's own numbers for absences decide
        {"attendance_rule": 10, "unexplained": 0, "unknown_subject": 0},
        needs=("attendance_rule",),
        slots=("rule", "missed", "lates"),
        doc="how many meetings of a kind may be missed, and what the absences told cost, by [[attendance]]",
    ),
    Intent(
        "grade_scale",
        3.0,
        # above the readers of a story or a policy's words (8): the course's own scale decides
        {"grade_scale": 10, "unexplained": 0, "unknown_subject": 0, "cue:opinion": 0},
        needs=("grade_scale",),
        slots=("asked",),
        doc="the grade scale ([grade_scale]): a grade by name or by a score, the pass mark, hurdles, curve, rounding; "
        "or that the page gives no scale",
    ),
    Intent(
        "held_in",
        3.0,
        {"held_in": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("held_in",),
        slots=("place",),
        doc="what the course holds in a room it names, or whether a section meets there",
    ),
    # What the page does not hold, and two dated things compared: recognized from the question as typed like the rows
    # above (bot.understand.choosing.recognizers), and answered from what the recognizer read.
    Intent(
        "missing_session",
        3.0,
        {"missing_session": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("missing_session",),
        slots=("sessions",),
        doc="a kind of session or material no text of the course names (a mock exam, a revision session): not on "
        "the page, and where to ask",
    ),
    Intent(
        "make_up_meeting",
        3.0,
        # above the readers of a missed meeting's story (8) and a policy's words: the make-up's own rows decide
        {"make_up_meeting": 10, "unexplained": 0, "unknown_subject": 0},
        needs=("make_up_meeting",),
        slots=("kind",),
        doc="a make-up of a class meeting: the make-up meetings the course lists (in the span asked), or the rule on "
        "making up a missed one of that kind, or that the page does not say; a quiz or work made up or redone: the one "
        "rule on it, the late-work rule, or not on the page",
    ),
    Intent(
        "meeting_attendance",
        3.0,
        {"meeting_attendance": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("meeting_attendance",),
        slots=("attendance",),
        doc="being late to or missing a class meeting, and whether it matters: the course's attendance rule for that "
        "kind, or that the page does not say",
    ),
    Intent(
        "missing_rule",
        3.0,
        {"missing_rule": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("missing_rule",),
        slots=("subject",),
        doc="a rule the course has nothing on (disability accommodations, religious observances): not on the page",
    ),
    Intent(
        "private_contact",
        3.0,
        {"private_contact": 8, "unexplained": 0, "unknown_subject": 0, "person": 0, "role": 0, "assignment": 0},
        needs=("private_contact",),
        slots=("way",),
        doc="sending a course question to the staff privately (email, a direct message): where questions go",
    ),
    Intent(
        "advice_asked",
        3.0,
        {"advice_asked": 8, "unexplained": 0, "unknown_subject": 0, "cue:task": 0, "cue:opinion": 0},
        needs=("advice_asked",),
        doc="advice on one's own work (what to write an essay on): the student's choice, not the page's",
    ),
    Intent(
        "compared",
        3.0,
        {"compared": 8, "unexplained": 0, "unknown_subject": 0},
        needs=("compared",),
        slots=("things", "how"),
        doc="two dated things compared: the same day, which comes first, how far apart, before or after",
    ),
    Intent(
        "help",
        1.0,
        # "can you help me with my resume": help with something that is nothing of the course.
        {"cue:help": 4, "cue:greet": 2, "content": -1, "unexplained": -3},
        any_of=("cue:help", "cue:greet"),
        doc="what the bot can help with",
    ),
)
BY_NAME = {intent.name: intent for intent in INTENTS}
# Per intent, read once: its needs as groups of alternatives (any_of is one more group), its full weights.
_COMPILED = {
    intent.name: (
        tuple(tuple(need.split("|")) for need in intent.needs) + ((intent.any_of,) if intent.any_of else ()),
        {**EVERY, **intent.weights},
    )
    for intent in INTENTS
}


def _gates() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which intents (by place in INTENTS) a feature can open: an intent with needs applies only when one feature of
    its first group is present, so a reading is scored against the intents its features open and those with no needs,
    not the whole table."""
    opened: dict[str, list[int]] = {}
    always: list[int] = []
    for at, intent in enumerate(INTENTS):
        needs = _COMPILED[intent.name][0]
        if not needs:
            always.append(at)
        for feature in needs[0] if needs else ():
            opened.setdefault(feature, []).append(at)
    return {f: tuple(ats) for f, ats in opened.items()}, tuple(always)


_OPENED_BY, _ALWAYS = _gates()


def score(intent: Intent, features: Mapping[str, float]) -> float | None:
    """The intent's score for these features, or None when it cannot apply."""
    needs, weights = _COMPILED[intent.name]
    for group in needs:
        if not any(features.get(f) for f in group):
            return None
    if any(features.get(f) for f in intent.never):
        return None
    return intent.base + sum(weights.get(f, 0.0) * value for f, value in features.items())


def ranked(features: Mapping[str, float]) -> list[tuple[float, Intent]]:
    """Every applicable intent with its score, best first (ties in the table's order)."""
    candidates = set(_ALWAYS)
    for feature, value in features.items():
        if value and feature in _OPENED_BY:
            candidates.update(_OPENED_BY[feature])
    out = [(s, intent) for at in sorted(candidates) if (s := score(intent := INTENTS[at], features)) is not None]
    out.sort(key=lambda pair: -pair[0])
    return out
