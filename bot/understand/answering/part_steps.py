"""What happens to one part's answer after its handler gave it, in order: the steps the engine runs on every part.

The order is written once, here (`STEPS`); each step is a small pure function of the part as asked (`PartContext`)
and the answer so far (`Answering`), and says in its docstring what the student sees. A step with a gate
(bot.understand.choosing.reader_gates) runs only when the part holds one of the gate's words: its reader could find
nothing otherwise. The steps first look past the page (asked elsewhere, an attribute no card holds, a price, a phone
number), then decide the Yes or No (a recognizer, a rule, the answer's own words, the course's claims), then add what
the page says and guard a Yes or No nothing settled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.about_course.asked_figure import unstated_figure
from bot.understand.about_course.asked_price import said_in, unpriced
from bot.understand.about_course.asked_shop import unshopped
from bot.understand.about_course.attributes import unanswered_attribute
from bot.understand.about_course.beyond_the_page import beyond_the_page
from bot.understand.about_course.course_itself import read_alike
from bot.understand.about_course.outside_course import asked_elsewhere, outside_course
from bot.understand.about_course.part_length import unstated_part_length
from bot.understand.about_course.unheld_attribute import unheld_attribute
from bot.understand.answering import replies
from bot.understand.choosing.gates import Gate, Scan, scanned
from bot.understand.choosing.guess import loosely_read
from bot.understand.choosing.reader_gates import (
    ATTEND_AFTER_MISS,
    EACH_LENGTH,
    FIGURE,
    OFFICE,
    PHONE,
    PRICE,
    SHOP,
    UNNAMED,
    WEEKENDS,
)
from bot.understand.choosing.recognizers import RECOGNIZED
from bot.understand.exams.exam_by_order import exam_by_order, with_order_said
from bot.understand.exams.sitting_room import sitting_room
from bot.understand.late.extension_grounds import rule_settles
from bot.understand.late.regrade_route import route_verdict
from bot.understand.late.weekends_counted import asks_weekends_counted, weekends_verdict
from bot.understand.meetings.attend_after_due import attends_after_missed_work
from bot.understand.open_answer.kind_given import off_target
from bot.understand.open_answer.other_kind import about_other_kind
from bot.understand.open_answer.other_one import about_other_one
from bot.understand.page_evidence.prose_evidence import with_page_sentence
from bot.understand.people.asked_office import unlisted_office
from bot.understand.people.asked_phone import unlisted_phone
from bot.understand.people.unnamed_people import unnamed_person
from bot.understand.policies.left_out import left_out_note
from bot.understand.policies.note_asked import note_asked
from bot.understand.policies.permission import without_permission_verdict
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part
from bot.understand.work.hurdle_missed import hurdle_missed, with_hurdle_verdict
from bot.understand.yes_no import decide
from bot.understand.yes_no.believed_value import believed_verdict
from bot.understand.yes_no.claim_verdict import claim_verdict
from bot.understand.yes_no.decision import Verdict
from bot.understand.yes_no.page_claims import ClaimIndex
from bot.understand.yes_no.page_silent import asked_of_card
from bot.understand.yes_no.settled_in_words import settled_in_words
from bot.understand.yes_no.shown_settles import settled_by_shown
from bot.understand.yes_no.unsettled import unsettled
from bot.understand.yes_no.verdict_agrees import agreeing
from bot.understand.yes_no.weekday_clash import clash_said, weekday_clash

# Below this confidence a reading is a guess: the answer says so.
LOW_CONFIDENCE = 0.3
# Readings whose answer is the rule or the deadline itself: attending after a miss is asked of them, not added
_RULED_ATTENDING = ("policy", "assignment_due")
NO_VERDICT = Verdict(None)  # before the decision: neither Yes nor No, nothing withheld


@dataclass(frozen=True)
class PartContext:
    """One part of a question as every step reads it: the same for all of them."""

    course: Course
    question: str  # the whole question as typed, a story and every part
    said: str  # the part as asked (the question as typed when it is one part)
    own: str  # the part's own words, never another part's ("... and is the cafeteria good")
    reading: Reading
    part: Part
    yes_no: bool  # a Yes or No may be given: every word is understood, or the unread words are the asker's own slip
    where: str  # where to ask what the page does not say
    claims: ClaimIndex
    holds: Callable[[str], bool]  # whether the course's knowledge holds a word (bot.understand.page_evidence)
    hedging: bool  # the part is a hedge's own offer, asked again: its Yes or No is not guarded twice
    # worked out once on construction, as every part needs them (the first gate, the second step, the decision):
    gated: Scan = field(init=False, repr=False, compare=False)  # the part scanned once for every gate of the steps
    # why the part is asked of somewhere else than this course ("when is the 10-601 hw due"), or None
    elsewhere: str | None = field(init=False, repr=False, compare=False)
    # the part's words nothing read, when the card does not answer what is asked of it by name
    unread: Sequence[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        course, own, reading, part = self.course, self.own, self.reading, self.part
        elsewhere = outside_course(course, own, holds=self.holds)
        elsewhere = elsewhere or asked_elsewhere(course, self.question, own, holds=self.holds)
        object.__setattr__(self, "gated", scanned(self.said))
        object.__setattr__(self, "elsewhere", elsewhere)
        unread = reading.content if part.unexplained and not asked_of_card(part.slots) else ()
        object.__setattr__(self, "unread", unread)


class Answering(NamedTuple):
    """One part's answer as the steps pass it on: the answer, whether its Yes or No is decided (then no later check
    withholds it), the verdict the decision gave, and the answer before the guard on an unsettled Yes or No."""

    answer: Answer
    decided: bool = False
    verdict: Verdict = NO_VERDICT
    unguarded: Answer | None = None

    def to(self, answer: Answer) -> Answering:
        """The same, with the answer a step gave."""
        return self if answer is self.answer else Answering(answer, self.decided, self.verdict, self.unguarded)

    def decided_by(self, answer: Answer) -> Answering:
        """The answer a step gave, its Yes or No decided."""
        return Answering(answer, True, self.verdict, self.unguarded)


class Step(NamedTuple):
    """A named step; with a gate, it runs only on a part holding one of the gate's words."""

    name: str
    run: Callable[[PartContext, Answering], Answering]
    gate: Gate | None = None


def run_steps(ctx: PartContext, answer: Answer) -> Answering:
    """The handler's answer to one part after every step of `STEPS`, in order."""
    got = Answering(answer)
    for _name, run, gate in STEPS:
        if gate is None or gate.opens(ctx.gated):
            got = run(ctx, got)
    return got


# ---------------------------------------------------------------------------------------- past the page


def _beyond_the_page(ctx: PartContext, got: Answering) -> Answering:
    """ "what year did <a topic> start": a question the course page cannot answer says so."""
    return got.to(beyond_the_page(ctx.course, ctx.said, ctx.reading, ctx.part, got.answer))


def _outside_course(ctx: PartContext, got: Answering) -> Answering:
    """ "when is the 10-601 hw due", "random question, i'm flying out on the 13th. does the campus shuttle run that
    early": asked of another course or of the campus, the student is told where to ask instead."""
    return got.to(replies.out_of_scope(ctx.course, ctx.elsewhere)) if ctx.elsewhere else got


def _unanswered_attribute(ctx: PartContext, got: Answering) -> Answering:
    """ "how long does the report have to be": whichever reading, the card lacks the length; the student is told."""
    return got.to(unanswered_attribute(ctx.part.intent, ctx.said, got.answer, ctx.where))


def _unheld_attribute(ctx: PartContext, got: Answering) -> Answering:
    """ "what topic is the repair assignment on": a card that does not hold the attribute asked says so."""
    part = ctx.part
    return got.to(unheld_attribute(ctx.course, part.intent, part.slots, ctx.said, got.answer, ctx.where, ctx.holds))


def _unpriced(ctx: PartContext, got: Answering) -> Answering:
    """ "how much does the access code cost": the price, or that the page gives none."""
    return got.to(unpriced(ctx.said, got.answer, ctx.where))


def _unstated_part_length(ctx: PartContext, got: Answering) -> Answering:
    """ "how long is each scene": the evening's span is not each part's length; the page gives none."""
    return got.to(unstated_part_length(ctx.said, got.answer, ctx.where))


def _unshopped(ctx: PartContext, got: Answering) -> Answering:
    """ "where can i buy a cheap lab coat": the shop the page names, or that it names none."""
    return got.to(unshopped(ctx.course, ctx.said, got.answer, ctx.where))


def _unstated_figure(ctx: PartContext, got: Answering) -> Answering:
    """ "how many in a lab group", "what % for an A": a figure the page does not give is said to be missing."""
    return got.to(unstated_figure(ctx.said, got.answer, ctx.where))


def _unlisted_phone(ctx: PartContext, got: Answering) -> Answering:
    """ "whats dr ferreira's phone number": none on the page, and where to ask."""
    return got.to(unlisted_phone(ctx.said, got.answer, ctx.where))


def _unlisted_office(ctx: PartContext, got: Answering) -> Answering:
    """ "what's lucia's office number": no room on the page, and where to ask."""
    return got.to(unlisted_office(ctx.said, got.answer, ctx.where))


def _unnamed_person(ctx: PartContext, got: Answering) -> Answering:
    """ "who are the class reps": the page names no one; the student is told so."""
    return got.to(unnamed_person(ctx.course, ctx.said, ctx.part.intent, got.answer, ctx.where))


def _sitting_room(ctx: PartContext, got: Answering) -> Answering:
    """ "where is the conflict exam": the page gives no room for that sitting; the student is told so."""
    return got.to(sitting_room(ctx.course, ctx.said, got.answer, ctx.where))


def _with_order_said(ctx: PartContext, got: Answering) -> Answering:
    """ "exam 2 room": the answer says which exam "exam 2" was read as, and names the others."""
    asked = ctx.part.slots.get("exam")
    taken = exam_by_order(ctx.course, ctx.said) if asked else None
    return got.to(with_order_said(got.answer, taken)) if taken is not None and asked == taken.exam.id else got


def _left_out_note(ctx: PartContext, got: Answering) -> Answering:
    """ "is there extra credit": a thing the page leaves out (or notes) opens the answer, which is then not sure."""
    answer = got.answer
    if answer.kind == "info" and (note := left_out_note(ctx.course, ctx.own) or note_asked(ctx.course, ctx.own)):
        return got.to(replace(answer, lines=(text(note), *answer.lines), kind="unknown"))
    return got


# ---------------------------------------------------------------------------------------- the Yes or No decided


def _recognized(ctx: PartContext, got: Answering) -> Answering:
    """ "is hw3 due on a day off": a recognizer's answer (bot.understand.choosing.recognizers) read the whole
    question and decided its own Yes or No; no later check withholds it."""
    part = ctx.part
    return got.decided_by(got.answer) if part.intent in RECOGNIZED or part.slots.get("_decided") else got


def _rule_settles(ctx: PartContext, got: Answering) -> Answering:
    """ "can i get an extension bc i have 3 midterms": the extension rule's own notice or refused ground decides."""
    if got.decided or ctx.part.intent != "extension" or not rule_settles(ctx.course, ctx.part.text, ctx.question):
        return got
    return got.decided_by(got.answer)


def _route_verdict(ctx: PartContext, got: Answering) -> Answering:
    """ "can i just email my ta for a regrade": the way the course takes regrade requests decides."""
    if got.decided or ctx.part.intent != "regrade" or route_verdict(ctx.course, ctx.part.text) is None:
        return got
    return got.decided_by(got.answer)


def _hurdle_missed(ctx: PartContext, got: Answering) -> Answering:
    """ "if i get under 5 in the oral do i fail": a hurdle the student misses decides, whatever the average (its
    reader finds the "do i fail" itself, after a condition too)."""
    if got.decided or ctx.elsewhere or replies.opening_verdict(got.answer) is not None:
        return got
    reading = ctx.reading
    missed = hurdle_missed(ctx.course, ctx.said, (*reading.ids("exam"), *reading.ids("assignment")))
    return got if missed is None else got.decided_by(with_hurdle_verdict(got.answer, missed))


def _settled_in_words(ctx: PartContext, got: Answering) -> Answering:
    """ "ps8 gets moved bc of the holiday diba?", "does the essay have a word limit": the answer's own sentences, the
    work's parts, an exam or a site of the course by that name settle the Yes or No."""
    if not ctx.yes_no or got.decided or replies.opening_verdict(got.answer) is not None:
        return got
    course = ctx.course
    named = [w for i in ctx.reading.ids("assignment") if (w := course.assignment(i)) is not None]
    settled = settled_in_words(ctx.said, got.answer, named, course.exams, course.platforms)
    return got if settled is None else got.decided_by(replies.verdict(got.answer, *settled))


def _weekends_counted(ctx: PartContext, got: Answering) -> Answering:
    """ "does the late penalty count weekends or just working days": the late rule's card, read for calendar or
    working days."""
    if got.decided or ctx.part.intent != "late_rules" or replies.opening_verdict(got.answer) is not None:
        return got
    if not asks_weekends_counted(ctx.said):
        return got
    settled = weekends_verdict(said_in(got.answer))
    return got if settled is None else got.decided_by(replies.verdict(got.answer, *settled))


def _claim_verdict(ctx: PartContext, got: Answering) -> Answering:
    """ "do we get goggles from the lab": the rule shown but not decided, the course's own claim decides it."""
    if got.decided or ctx.elsewhere:
        return got
    return got.to(claim_verdict(ctx.said, got.answer, ctx.claims, yes_no=ctx.reading.yes_no))


# Checks that withhold a Yes or No because a word asked is not in the answer: a typo can hide the word it is
# ("is there a late penelty"), so the respelled words are checked too.
_WORD_CHECKS = frozenset({"asks_another_thing"})


def _decide(ctx: PartContext, got: Answering) -> Answering:
    """ "is the final open book": the handler's Yes or No, unless a check withholds it (then the course's words are
    shown without one, and why), or "the page doesn't say" where it does not. A check missing a word the typo hid
    ("is there a word limt") reads the respelled words instead."""

    def decided(said: str) -> tuple[Answer, Verdict]:
        return decide(
            said,
            got.answer,
            ctx.claims,
            intent=ctx.part.intent,
            yes_no=ctx.reading.yes_no,
            unexplained=ctx.unread,
            where=ctx.where,
            decided=got.decided,
        )

    answer, verdict = decided(ctx.said)
    respelled = ctx.reading.text
    if verdict.withheld in _WORD_CHECKS and respelled != ctx.said and not read_alike(respelled, ctx.said):
        again = decided(respelled)
        if again[1].yes is not None:
            answer, verdict = again
    return Answering(answer, got.decided, verdict, got.unguarded)


# ---------------------------------------------------------------------------------------- after the decision


def _without_permission_verdict(ctx: PartContext, got: Answering) -> Answering:
    """ "can my partner and i hand in one writeup for hw3" answered by a schedule card: a may-I question gets no
    Yes or No from a date."""
    return got.to(without_permission_verdict(ctx.said, ctx.part.intent, got.answer, ctx.where))


def _attends_after_missed_work(ctx: PartContext, got: Answering) -> Answering:
    """ "missed prelab 6, can i still go to lab next week": the schedule has no rule on attending after missing
    work; the student is told so, and where to ask."""
    if ctx.part.intent in _RULED_ATTENDING or not (met := attends_after_missed_work(ctx.course, ctx.said)):
        return got
    answer = got.answer
    kept = answer.lines[1:] if replies.opening_verdict(answer) is not None else answer.lines
    note = text(f"Whether you can attend the {met} after missing that work is {replies.NOT_ON_PAGE}; {ctx.where}.")
    return got.to(replace(answer, lines=(note, *kept), kind="unknown"))


def _with_page_sentence(ctx: PartContext, got: Answering) -> Answering:
    """ "how many entries does the journal need": the notes' sentence that says it is shown."""
    return got if ctx.elsewhere else got.to(with_page_sentence(ctx.course, ctx.reading, got.answer))


def _guessed(ctx: PartContext, got: Answering) -> Answering:
    """ "homework due dates?" read with little confidence, or a reading that leaves several words unexplained with no
    clear lead (bot.understand.choosing.guess): the answer says it is a best guess, a hedge, not given as sure."""
    if got.answer.kind == "info" and (ctx.part.confidence < LOW_CONFIDENCE or loosely_read(ctx.part)):
        return got.to(replace(replies.guessed(got.answer, ctx.said), kind="unsure"))
    return got


def _settled_by_shown(ctx: PartContext, got: Answering) -> Answering:
    """ "is there internet during the final": the finished answer's own shown words settle it ("no internet
    access"), Yes or No with them: a stated clock, a stated due day, a plain "no X". A Yes or No the decision
    withheld ("is lecture not at 11" reads both ways) stays withheld."""
    if not ctx.reading.yes_no or got.decided or got.verdict.withheld:
        return got
    if (shown := settled_by_shown(ctx.said, got.answer)) is None:
        return got
    return got.decided_by(replies.verdict(got.answer, *shown))


def _believed_value(ctx: PartContext, got: Answering) -> Answering:
    """ "next seminar is on nov 2 right?", "is my lab in room 204": a day, time or room the student believes of the one
    thing the card is surely about is checked against the card, Yes with it or No with the right one; any doubt which
    thing is asked (another thing named, a word left over) keeps the answer as it was. Its guard accounts for every
    word itself (a section said as "group b" is no word left unread)."""
    if not ctx.reading.yes_no or got.decided or got.verdict.withheld or ctx.elsewhere:
        return got
    part = ctx.part
    if (believed := believed_verdict(ctx.course, ctx.said, ctx.reading, part.intent, part.slots, got.answer)) is None:
        return got
    return got.decided_by(replies.verdict(got.answer, *believed))


def _weekday_clash(ctx: PartContext, got: Answering) -> Answering:
    """ "is ps4 due thursday may 5" when May 5 is a Wednesday: a Yes on a date typed with another weekday than its
    own becomes No with the day the date really is; the Yes's reason stays on the line after."""
    if not ctx.reading.yes_no or replies.opening_verdict(got.answer) is not True:
        return got
    if (clash := weekday_clash(ctx.reading.text, ctx.reading.times)) is None:
        return got
    return got.decided_by(replies.verdict(got.answer, False, clash_said(*clash)))


def _verdict_agrees(ctx: PartContext, got: Answering) -> Answering:
    """ "can i use R instead of python" answered 'Yes: “R is not accepted”': a Yes or No its own line contradicts
    (a refusal, "no penalty", a count past "at most 1") takes the word the line gives, or none where the line cannot
    decide (bot.understand.yes_no.verdict_agrees)."""
    if not ctx.reading.yes_no or (agreed := agreeing(ctx.said, got.answer, ctx.where)) is None:
        return got
    decided = replies.opening_verdict(agreed) is not None
    return got.decided_by(agreed) if decided else Answering(agreed, False, Verdict(None, "disagrees"), got.unguarded)


def _unguarded(ctx: PartContext, got: Answering) -> Answering:
    """ "is the exam in the lecture hall or is it just online": the answer before the guard below is kept, for the
    other alternative's Yes or No to settle this one."""
    return Answering(got.answer, got.decided, got.verdict, got.answer)


def _unsettled(ctx: PartContext, got: Answering) -> Answering:
    """ "is the practice midterm graded" answered with the grading breakdown: nothing decided a Yes or No, so the
    student is told the page does not say (an answerer that read the whole question settled its own)."""
    if not ctx.reading.yes_no or got.decided or ctx.hedging:
        return got
    return got.to(unsettled(got.answer, ctx.said, ctx.where, intent=ctx.part.intent, withheld=got.verdict.withheld))


def _off_target(ctx: PartContext, got: Answering) -> Answering:
    """ "what time is the study group" answered with the collaboration rule: an open question whose answer lacks
    the kind of thing asked (a time, a date, a place, a name, a number) is an answer to another question; the
    student is told what was not found, then the closest answer."""
    if ctx.reading.yes_no or ctx.hedging:
        return got
    return got.to(off_target(ctx.course, got.answer, ctx.said, ctx.where))


def _about_other_one(ctx: PartContext, got: Answering) -> Answering:
    """ "when is lab report 6 due" answered with Lab Report 5, "im in section b, what time" answered with Section
    A's: the answer to an open question names other things of the kind asked and never the one asked; the student is
    told it may not be about that one, then the closest answer."""
    if ctx.reading.yes_no or ctx.hedging:
        return got
    return got.to(about_other_one(ctx.course, got.answer, ctx.said, ctx.where))


def _about_other_kind(ctx: PartContext, got: Answering) -> Answering:
    """ "is the final report due wednesday" answered with the final exam, "when is the lab quiz" answered with the
    labs: the answer names other kinds of the course's things and never the one asked; the student is told it may
    not be about that, then the closest answer, without its Yes or No."""
    return got if ctx.hedging else got.to(about_other_kind(ctx.course, got.answer, ctx.said, ctx.where, ctx.holds))


def _unsettled_opening(ctx: PartContext, got: Answering) -> Answering:
    """ "is lab on friday": a yes/no question's answer never opens with an empty first line."""
    return got.to(replies.unsettled_opening(got.answer)) if ctx.reading.yes_no else got


STEPS: tuple[Step, ...] = (
    Step("beyond_the_page", _beyond_the_page),
    Step("outside_course", _outside_course),
    Step("unanswered_attribute", _unanswered_attribute),
    Step("unheld_attribute", _unheld_attribute),
    Step("unpriced", _unpriced, PRICE),
    Step("unstated_part_length", _unstated_part_length, EACH_LENGTH),
    Step("unshopped", _unshopped, SHOP),
    Step("unstated_figure", _unstated_figure, FIGURE),
    Step("unlisted_phone", _unlisted_phone, PHONE),
    Step("unlisted_office", _unlisted_office, OFFICE),
    Step("unnamed_person", _unnamed_person, UNNAMED),
    Step("sitting_room", _sitting_room),
    Step("with_order_said", _with_order_said),
    Step("left_out_note", _left_out_note),
    Step("recognized", _recognized),
    Step("rule_settles", _rule_settles),
    Step("route_verdict", _route_verdict),
    Step("hurdle_missed", _hurdle_missed),
    Step("settled_in_words", _settled_in_words),
    Step("weekends_counted", _weekends_counted, WEEKENDS),
    Step("claim_verdict", _claim_verdict),
    Step("decide", _decide),
    Step("without_permission_verdict", _without_permission_verdict),
    Step("attends_after_missed_work", _attends_after_missed_work, ATTEND_AFTER_MISS),
    Step("with_page_sentence", _with_page_sentence),
    Step("guessed", _guessed),
    Step("settled_by_shown", _settled_by_shown),
    Step("believed_value", _believed_value),
    Step("weekday_clash", _weekday_clash),
    Step("verdict_agrees", _verdict_agrees),
    Step("unguarded", _unguarded),
    Step("unsettled", _unsettled),
    Step("off_target", _off_target),
    Step("about_other_one", _about_other_one),
    Step("about_other_kind", _about_other_kind),
    Step("unsettled_opening", _unsettled_opening),
)
