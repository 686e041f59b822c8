"""The gates of the engine's readers (bot.understand.choosing.gates): for each gated reader, the fragments every match
of its patterns holds, one line each, beside the reader's module and patterns it mirrors. A reader's call site asks its
gate first; a question holding none of the fragments skips the reader, whose answer it could not have changed.

When a reader's patterns change, its gate here changes with them (tests/understand/choosing/test_reader_gates.py runs
the question files with every gate open and shut and compares the answers)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.course.model import Course
from bot.understand.choosing.gates import gate
from bot.understand.policies.accommodation_story import accommodation_rule

# bot.understand.about_course.asked_price.asks_price: _MONEY_WORDS, _DEAR, _PAY, _IS_FREE, _HOW_MUCH_IS_BOUGHT,
# _PRICE_WORDS, "much"
PRICE = gate("fee pric expensive cost cheap affordable pay free much")
# bot.understand.about_course.asked_shop.asks_where_bought: _WHERE_BOUGHT ("buy", "purchase", "order", "shop for",
# "sold", "for sale", "which store/shop sells")
SHOP = gate("buy purchas order shop sold sale store")
# bot.understand.late.late_permission.asks_who_permits_late: _WHO_LETS ("who", "whom", "whose") and _PAST_LIMIT ("late",
# "limit", "cutoff", "cut off", "deadline", "window", "max")
LATE_PERMISSION = gate("who") & gate("late limit cutoff cut-off cut off deadline window max")
# bot.understand.about_course.part_length.asks_each_length: _EACH_LENGTH ("how long / many minutes / much time" and
# "each / every / one / a single")
EACH_LENGTH = gate("long minut much") & gate("each every one single")
# bot.understand.about_course.asked_figure: asked_grade needs _FIGURE_WORDS; asks_headcount needs _HEADCOUNT_ASKED ("how
# many", "how big/large", "group size", "size of"); asks_outcome_rate needs _OUTCOME_ASKED ("how many", "rate",
# "average")
FIGURE = gate("percent mark score average cut boundar threshold points need % many big large size rate")
# bot.understand.meetings.attend_after_due: _PERMISSION ("allowed", "let me", "can i", "may i", "am i able"), and a miss
# told before it (_WORK_MISSED: "missed", "skipped", "forgot", "didn't", "did not", "never")
ATTEND_AFTER_MISS = gate("allowed permitted let can may able") & gate("miss skip forgot did never")
# bot.understand.late.weekends_counted.asks_weekends_counted: _WEEKEND ("weekend", "saturday", "sunday", "sat and sun")
WEEKENDS = gate("weekend saturday sunday sat")
# bot.understand.work.existence.missing_sessions: _SPECIAL_THING's first word ("mock", "revision", "q & a", ...)
MISSING_SESSION = gate(
    "mock revision review practice extra bonus make catch recap cram prep sample optional & study", "crash"
)
# bot.understand.policies.collaboration_story.collaboration_policy: _JOINT (another student named, "compared", "same")
COLLABORATION = gate(
    "friend roommate roomate classmate partner buddy flatmate housemate teammate groupmate mate pal study compared same"
)


def _exam_names(course: Course) -> Iterable[str]:
    return (name for e in course.exams for name in (e.id, e.title, *e.aliases))


# bot.understand.exams.exam_situations.exam_situation: an exam named by the course's names (or their plurals, or missed
# by name), an exam word (_AN_EXAM), or a clash (_CLASH: "two finals", "clash", "conflict", "back to back")
EXAM_SITUATION = gate("exam test final midterm clash conflict back", of_course=_exam_names)


# bot.understand.people.unnamed_people.asks_who_or_office: _WHO_IS_THE ("who ..."), _WHERE_OFFICE ("where ...")
UNNAMED = gate("who where")
# bot.understand.people.asked_office.asks_office: every pattern of _ASKS_OFFICE holds "office"
OFFICE = gate("office")
# bot.understand.people.see_staff.asks_to_see_staff: _VERB ("see", "catch", "meet", "visit", "attend", "talk", "speak",
# "chat", "drop/stop/swing/pop by"), in both _SEE and _WHO_THEN_SEE
SEE_STAFF = gate("see catch meet visit attend talk speak chat drop stop swing pop")
# bot.understand.people.asked_phone.asks_phone: _ASKS_PHONE ("phone", "cell", "mobile", "whats app", a "number" to
# call, or "call", "text", "ring" someone)
PHONE = gate("phone cell mobile whats number call text ring")
# bot.understand.meetings.switch_section.switch_question: _INSTEAD ("instead of") or _switch_asked ("switch", "swap",
# "change", "move", "different", "another", "other" before a kind, or "... instead")
SWITCH = gate("switch swap change move different another other instead")


def _short_names(course: Course) -> Iterable[str]:
    return accommodation_rule(course)[1]


# bot.understand.policies.accommodation_story.accommodation_question: _ACCOMMODATION ("ac+om+odat", "disabilit"), the
# rule's short names ("drc"), or a condition told (_CONDITION)
ACCOMMODATION = gate(
    "odat disabilit adhd dyslexi dyspraxi dyscalculi autis asd anxiety ocd ptsd epilep learning chronic mental",
    "hearing vision visual deaf blind neurodivergent",
    of_course=_short_names,
)


# bot.understand.choosing.recognizers._missing_rule, each of its four readers: work.existence.missing_rule_subject (a
# subject's names, _RULE_SUBJECTS, in the words respelling keeps; or a condition told, accommodation_story._CONDITION),
# meetings.pause_inside ("break", "pause", "intermission"), policies.partner_story.share_unruled (_MATE: a partner,
# "team", "group" or "pair") and policies.named_rule.unnamed_rule (a noun of a rule, named_rule.NEEDS)
MISSING_RULE = gate(
    "disab accommodation dsp religi observance",
    "adhd dyslexi dyspraxi dyscalculi autis asd anxiety ocd ptsd epilep learning chronic mental",
    "hearing vision visual deaf blind neurodivergent",
    "break pause intermission",
    "partner team group pair",
    "rule polic pledge code guideline regulation agreement contract charter protocol convention principle",
)
