"""The answer engine: a question in, a reading (intent, slots, confidence, alternatives) and an Answer out.

One Engine per course, built when the course loads (`engine_for`): its lexicon, typo vocabulary and knowledge
index are computed once. A question is split into its parts ("when is hw4b due and when does hw5 come out"),
each part is read once (bot.understand.question.reading), scored against the intent table
(bot.understand.choosing.intents), backed by the knowledge index for topics and policies, and answered by its handler.
When two readings are close the engine says it is not sure and offers them; when nothing fits it says what it can help
with.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from bot.core.answer import Answer, Option, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.sentences import split_clauses, split_sentences
from bot.course.model import Course
from bot.grace.asker_record import AskerRecord
from bot.understand.about_course import asked_figure, asked_shop, course_itself
from bot.understand.about_course.attributes import CARDS, asked_attribute
from bot.understand.about_course.outside_course import own_matter
from bot.understand.answering import replies
from bot.understand.answering.options import option_label, option_question
from bot.understand.answering.part_steps import Answering, PartContext, run_steps
from bot.understand.answering.same_facts import settled_by_same_facts
from bot.understand.answering.settled_reading import settled_by_best
from bot.understand.choosing.gates import scanned
from bot.understand.choosing.guess import CLEAR_LEAD, lead
from bot.understand.choosing.handlers import Asked, handle
from bot.understand.choosing.intents import ranked
from bot.understand.choosing.known_offers import known_offers
from bot.understand.choosing.overrides import MIN_SCORE, Choice, decided
from bot.understand.choosing.reader_gates import (
    COLLABORATION,
    LATE_PERMISSION,
    SEE_STAFF,
)
from bot.understand.choosing.recognizers import recognized
from bot.understand.exams.during_class import asks_during_class
from bot.understand.exams.each_one import each_exam
from bot.understand.exams.section_of_exam import exam_for_section
from bot.understand.exams.surname_room import surname_joins_exam
from bot.understand.late import extension_refused, late_policy_words
from bot.understand.late.late_mark import stated_penalty
from bot.understand.late.late_permission import asks_who_permits_late
from bot.understand.late.pool_stated import pool_stated
from bot.understand.meetings import make_up_meeting, pause_inside, switch_section
from bot.understand.meetings.meeting_now import meeting_now_asked
from bot.understand.meetings.row_meeting import has_own_slot
from bot.understand.meetings.section_person import section_person
from bot.understand.open_answer import kind_given, other_kind, other_one
from bot.understand.page_evidence.closest_policy import yes_no_inside
from bot.understand.page_evidence.endorsed import EndorsedAnswer, with_endorsed
from bot.understand.page_evidence.evidence import (
    Evidence,
    EvidenceFinder,
    asks_if_graded,
    exam_only_a_policy,
    topic_on_exam,
)
from bot.understand.page_evidence.knowledge import Knowledge
from bot.understand.page_evidence.prose_evidence import index_for, with_page_sentence
from bot.understand.page_evidence.rule_words import rule_words_for
from bot.understand.people import unlisted_name
from bot.understand.people.hours_as_place import hours_as_place
from bot.understand.people.person_in import asks_person_in
from bot.understand.people.role_held import asks_for_role
from bot.understand.people.see_staff import asks_to_see_staff, staff_words
from bot.understand.policies import item_not_done
from bot.understand.policies.collaboration_story import collaboration_policy
from bot.understand.policies.hardship_told import hardship_policy
from bot.understand.policies.policy_situation import meeting_kinds_told
from bot.understand.policies.policy_told import told_match
from bot.understand.policies.policy_whole import policy_read_whole
from bot.understand.question.asked_in_story import (
    asked_sentences,
    asks_in_words,
    points_back,
    points_back_in_time,
    story_pieces,
    told_sentences,
)
from bot.understand.question.asked_marks import asked_marks_kept
from bot.understand.question.comma_questions import comma_questions, told_by_someone
from bot.understand.question.either_or import (
    either_or_opening,
    one_of_either_or,
    settled_by_alternative,
    without_moved_alternative,
)
from bot.understand.question.follow_on import (
    about,
    answered_work,
    asked_of_before,
    follow_on,
    meeting_after_topic,
    next_after,
    referring,
)
from bot.understand.question.hearsay import claim_checked
from bot.understand.question.per_question import one_question, per_question
from bot.understand.question.reading import Mention, Reader, Reading, told_missed
from bot.understand.question.result import Part, Result, Slots
from bot.understand.question.slots import SlotFiller
from bot.understand.question.stated_section import stated_section
from bot.understand.question.story import told
from bot.understand.question.yes_no_shape import ends_with_tag
from bot.understand.schedule.after_meeting import after_a_meeting
from bot.understand.schedule.away import away_span
from bot.understand.schedule.day_off_asked import asks_if_day_off
from bot.understand.schedule.days_off_asked import days_off_asked
from bot.understand.schedule.days_off_asked import warm_tables as days_off_asked_tables
from bot.understand.schedule.due_after_event import due_after_event
from bot.understand.schedule.that_week import that_week
from bot.understand.schedule.where_now import where_now_asked
from bot.understand.times.story_days import only_deadline_told
from bot.understand.words.lexicon import Lexicon
from bot.understand.words.normalize import holds_fragment, phrase_key
from bot.understand.words.own_words import notes_for
from bot.understand.words.titles import course_titles
from bot.understand.words.vocabulary import STOPWORDS
from bot.understand.work import hand_in_asked, marks_back, stated_weight
from bot.understand.work.besides import besides_from
from bot.understand.work.deadlines_changed import asks_deadlines_changed
from bot.understand.work.hand_in_day import hand_in_day, names_hand_in
from bot.understand.work.one_of_series import as_series_for_one
from bot.understand.yes_no.claim_verdict import asks_a_day_unsaid
from bot.understand.yes_no.clause_stance import asks
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.other_group import as_other_group
from bot.understand.yes_no.own_slip import own_slip
from bot.understand.yes_no.page_claims import ONE_FOR_ALL, claims_for
from bot.understand.yes_no.story_told import only_the_story_unread


class _AskedAs(NamedTuple):
    """What every part of one question is answered with besides its reading: the moment, the asker's section, the
    front end's form links and publish times, the asker's grace record, and where to ask what the page lacks."""

    now: dt.datetime
    section: str | None
    form_urls: Mapping[str, str] | None
    published: Mapping[str, dt.datetime] | None
    record: AskerRecord | None
    where: str


# Cues that ask about class meetings or the schedule, not work due ("any labs next week" where labs meet).
_MEETING_CUES = frozenset({"cue:class", "cue:schedule", "cue:cover", "cue:release", "cue:exam", "cue:office_hours"})

# Words that ask what remains of something ("what lectures are left").
_LEFT = frozenset({"left", "remaining", "remain", "remains"})
_TOPICS = frozenset({"topic", "topics"})
_KIND_OR_CLASS = frozenset({"kind", "cue:class"})  # what the class meetings are about: the meetings still to come
# Features that name what "left" is asked of: then it is not the work left in general.
_NAMED_THINGS = frozenset(
    {"assignment", "person", "section", "kind", "role", "cue:class", "cue:office_hours", "cue:pool", "cue:late"}
    | {"cue:grace", "count_work", "cue:count"}
)
MAX_QUESTION = 500
# Every place a question splits starts at a space or at one of ?!;., : the lookahead turns every other position down
# at its first character instead of trying each alternative there (half the cost of a split).
_SPLIT = re.compile(
    r"(?=[\s?!;.,])\s*(?:[?!;]+|(?<!\bst)(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bprof)\.\s+|(?<!\bwhen)(?<!\bwhere),?\s+(?:and|also|plus|&|\+)\s+(?=(?:also\s+)?(?:when|what|where|who|why|how|is|are|can|could|do|does"
    r"|did|will|would|should|which|any|was|were|am)\b)|,\s*(?=(?:i|because|since|cuz|bc)\b)|\s+(?=(?:because|cuz|bc)\s)"
    # "when and where is the plenary": one question ("when" alone asks nothing of its own)
    # "are lectures recorded or do i have to show up": a second question, not a choice between two answers
    r"|,?\s+or\s+(?=(?:do|does|can|should|must|will|is|are)\s+(?:i|we|you|they|it|lectures?|students)\b))\s*"
)
_BARE_WHEN = re.compile(r"^(?:when|where)\W*$")
_BECAUSE = re.compile(r"^(?:because|cuz|bc)\b")
_IS_THERE = re.compile(r"^\W*(?:is|are)\s+there\b")
_WHETHER_THEN_WHEN_WHERE = re.compile(
    r"^(\W*(?:is|are)\s+there\b[^,?]+?)\s*,\s*(?:when\s+and\s+where|where\s+and\s+when)\W*$", re.IGNORECASE
)
_SAME_DAY_AS_THAT = re.compile(
    r"^(?:is|was|are|were)\s+(?:that|it|this|they)\s+(?:\w+\s+){0,2}?(?:the\s+)?same\s+(?:due\s+)?(?:day|date|deadline)\s+as\b"
)
_WHO_ASKS = re.compile(r"^(?:\W*\w+\W+){0,2}?(?:who|which)\b")
# "..., i was sick": a statement around the question, not a question of its own.
_ASK_AFTER_PREAMBLE = re.compile(r",\s*((?:is|are|when|what|where|how|can|do|does|will|which|who)\s[^,]+)$")
_CONTEXT = re.compile(r"^(?:i|because|since|cuz|bc)\b")
# "im in R4 and our round is wed nov 25, do we still have to ...": the asker's own scene, then a yes/no ask
_OWN_SCENE_THEN_ASK = re.compile(
    r"^\W*(?:i'?m|i\s+am|we'?re|we\s+are|my|our)\b[^?]*?,\s*((?:is|are|can|do|does|will|should|must|would)\s.+)$"
)


# "how much do i lose", "what's the penalty then": what a late what-if's answer gives
_LOSS_ASKED = re.compile(
    r"\bhow\s+(?:much|many\s+(?:points|marks|percent))\b.*\b(?:lose|lost|deducted|off|cost)\b"
    r"|\bwhat(?:'s|s|\s+is|\s+would\s+be)\s+(?:the|my)\s+(?:penalty|deduction)\b"
)
# What the ask after the asker's scene may be read as instead of the whole: the work's deadline, late rules, hand-in
_WORK_ASKED = frozenset({"assignment_due", "late_rules", "late_whatif", "hand_in"})


def _work_after_own_scene(text_: str) -> str | None:
    """The yes/no ask after the asker's own scene, or None when the question does not open with one."""
    found = _OWN_SCENE_THEN_ASK.match(text_)
    return found.group(1) if found else None


_ASKING = frozenset({"when", "what", "where", "who", "how", "which"})
# A part that asks something of its own: a question word or a yes/no opener. Dropped unread, it is said.
_ASKS = _ASKING | {"why", "whats", "wheres", "whens", "hows"}
_LEADING = re.compile(r"^(?:also|and|plus|then|oh|ok|okay|so)\s+")
_INHERITED = ("assignment", "exam", "person", "section", "role", "series")
# Cues naming a subject of their own (an exam, office hours, class meetings, the staff, the schedule, the course).
# Readings a claim of the course's data outranks: a topic search, the help card, the course's own card ("do we get
# goggles from the lab" is the lab rule's claim, not the textbook), nothing at all.
_CLAIM_OVERRIDES = frozenset({"topic", "help", "course_itself"})
# Readings that answer when or what, never whether something is allowed ("can my partner and i hand in one
# writeup for hw3" is not asking when HW3 is due).
_NO_PERMISSION = frozenset({"assignment_due", "assignment_for", "due_soon", "office_hours", "staff", "course_info"}) | {
    *("last_class", "next_class", "schedule_day", "schedule_range", "release")  # "took the class last year, can..."
}
# Requests a rule governs: a bare follow-up part ("and is there a time limit") asks about the one before it.
_ASKED_OF_A_RULE = frozenset({"regrade", "extension"})
# A cut-off, and the words that make it the grade scale's ("grade cutoffs", "the cutoff for an A")
_CUTOFF = frozenset({"cutoff", "cutoffs", "cut-off", "cut-offs"})
# the cues a bare cut-off brings: the grade scale's cut-offs, and "off" read as a day off ("a cut off")
_CUTOFF_CUES = frozenset({"grading", "no_class"})
_GRADE_SCALE_WORDS = frozenset({"grade", "grades", "letter", "scale", "pass", "passing", "percent", "mark", "marks"})
# Words standing for a person named before ("and where's HER office").
_PERSON_PRONOUNS = frozenset({"he", "she", "her", "hers", "his", "him", "their", "them", "they"})
# Answers that list what happens on days: a story's time must not be all that makes a part one of them.
_LISTS_OF_DAYS = frozenset({"schedule_range", "schedule_day", "due_soon", "no_class"})
_THAT_DAY = re.compile(r"\bthat\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)\b")
_OWN_SUBJECT = frozenset({"exam", "office_hours", "class", "staff", "course", "schedule", "no_class", "guest"})


def _exam_that_day(reading: Reading) -> bool:
    """Whether an exam is named only as falling on the day asked about, beside a class meeting that is what is
    asked ("is t1d tutorial still on nov 20 with the midterm that night", "... even though midterm 2 is that
    evening")."""
    return (
        ("exam" in reading.cues or any(m.kind == "exam" for m in reading.mentions))
        and any(t.kind == "day" for t in reading.times)
        and any(m.kind == "kind" for m in reading.mentions)
        and bool(_THAT_DAY.search(reading.text))
    )


def _unlisted_day(reading: Reading, part: Part) -> bool:
    """Whether a topic the schedule does not hold is a day named by its name ("is there lab on labor day" in a spring
    term): the page is silent on that day, and a rule about labs answers nothing of it."""
    words = str(part.slots.get("words") or "")
    return (
        part.intent == "topic"
        and not part.slots.get("rows")
        and bool(words)
        and re.search(rf"\b{re.escape(words)}(?:'?s)?\s+(?:day|holidays?|break)\b", reading.text) is not None
    )


# The late pool said to be spent ("once my slip days are gone", "after i've used up all my grace days").
_POOL_GONE = re.compile(r"\b(?:gone|used up|use up|run out|runs out|ran out|out of|no more|burn(?:ed|t)|exhausted)\b")
# "the penalty once my grace days are gone", "after my late days run out": the pool spent as a condition
_ONCE_POOL_GONE = re.compile(r"\b(?:once|after|when|if)\s+(?:\w+\s+){0,4}?" + _POOL_GONE.pattern)


# Words by which a staff entry names an office rather than a person ("the school office", "the front desk")
_OFFICE_WORDS = frozenset({"office", "desk", "reception"})


def _office_named(reading: Reading) -> bool:
    """Whether a person of the staff list is named by words naming an office ("school office")."""
    return any(m.kind == "person" and _OFFICE_WORDS & set(reading.tokens[m.start : m.end]) for m in reading.mentions)


class Engine:
    """Reads and answers questions about one course."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.lexicon = Lexicon(course)
        self.reader = Reader(course, self.lexicon)
        self.knowledge = Knowledge(course, self.lexicon)
        self.evidence = EvidenceFinder(course, self.knowledge)
        self.slots = SlotFiller(course, self.lexicon)
        self.claims = claims_for(course)
        self._staff_words = staff_words(course)  # "catch the prof", "see a demonstrator": help hours
        self._titles = course_titles(course)  # "is tutor kim in": a title before the person asked
        # the course's prose sentences, indexed once at load (bot.understand.page_evidence.prose_evidence)
        index_for(course)
        self._hedging = False  # asking a hedge's closest offer (bot.understand.choosing.known_offers)

    def option_question(self, part: Part) -> str:
        """The question picking this reading asks (see bot.understand.answering.options)."""
        return option_question(self.course, part)

    # ------------------------------------------------------------------------------------------ asking

    @one_question()  # what every reader of it shares, worked out once (bot.understand.question.per_question)
    def ask(
        self,
        question: str,
        now: dt.datetime,
        *,
        section: str | None = None,
        form_urls: Mapping[str, str] | None = None,
        published: Mapping[str, dt.datetime] | None = None,
        record: AskerRecord | None = None,
    ) -> Result:
        """Read the question and answer every part of it. `record`: the asker's own grace record, when the front
        end could look it up (a what-if is computed from it)."""
        course = self.course
        if not question or not question.strip():
            answer = replies.help_answer(course)
            return Result(question, "empty", (), replace(answer, kind="unknown"))
        if len(question) > MAX_QUESTION:
            answer = replies.out_of_scope(course, "That question is too long for me; ask one thing at a time.")
            return Result(question, "refused", (), answer)
        try:
            section = course.check_section(section)  # "1c" is the data's "1C"
            section = section or stated_section(course, question)  # "i'm in tutorial group t3, when is my tutorial"
        except UserError as err:
            answer = Answer(title="No such section", lines=(text(err.message),), kind="error")
            return Result(question, "refused", (), answer)
        decisions, dropped, error = self._read(question, now, section)
        if error:
            answer = Answer(title="I can't read that date", lines=(text(error),), kind="error")
            return Result(question, "refused", (), answer)
        parts: list[Part] = []
        answers: list[Answer] = []
        conditions: list[bool] = []  # each answer's part only states a case ("if i get sick on the day of prac 2")
        asking: list[bool] = []  # each answer's part asks yes or no
        choosing = False  # a part asks which of two alternatives holds ("is it due friday or saturday")
        unguarded: list[Answer] = []  # each answer as it was before the guard on an unsettled Yes or No
        answered: list[tuple[str, str]] = []  # each answer's part: its text and intent
        offered: list[Part] = []
        where = replies.where_to_ask(course)  # where to ask what the page does not say, the same for every part
        asked_as = _AskedAs(now, section, form_urls, published, record, where)
        for reading, part, alternatives in _asking_kept(decisions):
            if part is None or any(p.intent == part.intent and p.slots == part.slots for p in parts):
                continue
            parts.append(part)
            # The question as typed when it is one part (respelling may have read "latex" as "late"); after a story,
            # the part that asks ("would it be accepted then"), not the story ("i have two other exams").
            # (without an alternative that only asks it the other way round: "... or did they push it")
            said = without_moved_alternative(question) if len(decisions) == 1 and not reading.after_story else part.text
            # "how long does the report have to be": whichever reading, the card lacks the length; say so.
            lacking = part.intent in CARDS and asked_attribute(said) is not None
            # readings that all come to the same question ("how late can i submit ww8?") are one reading, answered
            got = None
            if alternatives and not offered and not lacking and not _one_question(course, alternatives):
                # "is it only 5% off if journal 4 is 1 day late": the best reading, when only its card says Yes or No
                answer_of = partial(self._answered, reading=reading, question=question, said=said, asked_as=asked_as)
                best_first = reading.yes_no and alternatives[0] == part
                got = settled_by_best(said, alternatives, answer_of) if best_first else None
                # "when and where is the open day": read as its schedule row or as where open days are held, one answer
                got = got or settled_by_same_facts(alternatives, answer_of)
                if got is None:
                    offered = alternatives
                    continue
            got = got or self._answered(part, reading, question, said, asked_as)
            answer, verdict = got.answer, got.verdict
            parts[-1] = replace(part, verdict=verdict.yes, withheld=verdict.withheld)
            unguarded.append(answer if got.unguarded is None else got.unguarded)
            answers.append(answer)
            answered.append((part.text, part.intent))
            asking.append(reading.yes_no)
            choosing = choosing or reading.either_or
            conditions.append(bool(_CONDITION_ONLY.match(part.text)) and not reading.yes_no)
        choices = tuple(Option(option_label(course, p), option_question(course, p)) for p in offered)
        if offered and not answers:
            answer = replies.with_unread(replies.unsure(course, choices), dropped)
            return Result(question, "unsure", tuple(parts), answer, tuple(offered))
        if not answers:
            # "when can i see dr X": nothing read, but the question names the course's own things: the closest of them
            hedged = None if dropped else self._closest_known(question, now, section, decisions)
            if hedged is not None:
                return hedged
            # "who should i ask about my scholarship": nothing read, but why the page cannot answer it is known
            answer = replies.out_of_scope(course, own_matter(course, question, holds=self.knowledge.holds) or "")
            for reading, _part, _alternatives in decisions[:1]:  # "is migration a topic": the page's sentence on it
                answer = with_page_sentence(course, reading, answer)
            return Result(question, "out_of_scope", tuple(parts), answer)
        # "is the exam in the lecture hall or is it just online": the other alternative's Yes or No settles this one
        said_verdicts = [(t, i, replies.opening_verdict(a)) for (t, i), a in zip(answered, answers, strict=True)]
        for i in settled_by_alternative(question, said_verdicts):
            if answers[i] is not unguarded[i]:
                answers[i], asking[i] = unguarded[i], False
        verdicts = [i for i, a in enumerate(answers) if replies.opening_verdict(a) is not None]
        # "if i get sick on the day of prac 2, is there a makeup?": the one part that asks opens with its Yes or No
        lead = verdicts[0] if len(verdicts) == 1 and sum(conditions) == len(answers) - 1 else None
        if lead is None and len(verdicts) == 1 and sum(asking) == 1 and asking[verdicts[0]]:
            lead = verdicts[0]  # "who grades our stuff? is elina a ta": the one yes/no part's Yes or No opens it
        answer = replies.combined(answers, lead=lead)
        if len(answers) == 1 and (not verdicts or choosing) and not self._hedging:
            # "is hw1 due friday or saturday": the alternative that holds opens it, each asked as its own question
            # (never a Yes or No that answers only one of them)
            answer = either_or_opening(question, answer, lambda alt: self.ask(alt, now, section=section).answer)
        if any(asking):  # "... and is that before the midterm": never an empty first line
            answer = replies.parts_opening(answer) if verdicts else replies.unsettled_opening(answer)
        elif choosing:  # "is the review before or after the lab": neither alternative settled, said so first
            answer = replies.parts_opening(answer) if verdicts else replies.unchosen_opening(answer)
        if offered:
            answer = replace(answer, options=choices)
        # "how many slip days do i get" on a course of flex hours: say what the course calls it.
        notes = notes_for(self.lexicon.own_words, phrase_key(self.reader.respell(question)))
        answer = replies.noted(answer, notes)
        return Result(question, "answered", tuple(parts), replies.with_unread(answer, dropped), tuple(offered))

    def _answered(self, part: Part, reading: Reading, question: str, said: str, asked_as: _AskedAs) -> Answering:
        """One part's answer: its reading's handler, then every step of bot.understand.answering.part_steps."""
        # "is prof talwalkar nice": a Yes or No only when every word of the question is understood.
        # "... if i forget on sunday": words of the student's own slip need no reading for a Yes or No, nor do those of
        # a story told before the question's own clause ("i wont have wifi that week, can i do quiz 4 late") when the
        # reading leads every other clearly
        yes_no = reading.yes_no and (
            not part.unexplained
            or own_slip(said)
            or (lead(part) >= CLEAR_LEAD and only_the_story_unread(part.text, part.unexplained_words))
        )
        now, section, form_urls, published, record, where = asked_as
        asked = Asked(self.course, now, section, form_urls, published, yes_no, part.text, story=question, record=record)
        answer = handle(part.intent, asked, part.slots)
        own = said if len(_pieces(said)) <= 1 else part.text  # not another part's ("... and is the cafeteria good")
        ctx = PartContext(
            course=self.course,
            question=question,
            said=said,
            own=own,
            reading=reading,
            part=part,
            yes_no=yes_no,
            where=where,
            claims=self.claims,
            holds=self.knowledge.holds,
            hedging=self._hedging,
        )
        return run_steps(ctx, answer)  # every step of bot.understand.answering.part_steps, in order

    def _closest_known(
        self,
        question: str,
        now: dt.datetime,
        section: str | None,
        decisions: list[tuple[Reading, Part | None, list[Part]]],
    ) -> Result | None:
        """A hedge for a question nothing reads that names the course's own things
        (bot.understand.choosing.known_offers): the first offer's answer, as picking it would give, after a plain "I'm
        not sure", the others as options."""
        course = self.course
        known = [o for r, _, _ in decisions for o in known_offers(course, r, question, holds=self.knowledge.holds)]
        if not known or self._hedging:
            return None
        self._hedging = True  # the offer's own question is asked once, never hedged again
        try:
            found = self.ask(option_question(course, known[0]), now, section=section)
        finally:
            self._hedging = False
        first = found.parts[0] if found.outcome == "answered" and len(found.parts) == 1 else None
        shown = first is not None and first.intent == known[0].intent and found.answer.kind in ("info", "unknown")
        rest = known[1:3] if shown else known[:3]
        choices = tuple(Option(option_label(course, p), option_question(course, p)) for p in rest)
        answer = replies.unsure_about(course, choices, found.answer if shown else None)
        return Result(question, "unsure", (), answer, tuple(rest))

    @one_question()
    def understand(
        self, question: str, now: dt.datetime, section: str | None = None
    ) -> tuple[list[tuple[Reading, Part | None, list[Part]]], str]:
        """Each part of the question read and decided (no answers built yet), or a date it cannot read."""
        decisions, _dropped, error = self._read(question, now, section)
        return decisions, error

    def _read(
        self, question: str, now: dt.datetime, section: str | None = None
    ) -> tuple[list[tuple[Reading, Part | None, list[Part]]], list[str], str]:
        """The decided parts, the parts that asked something but could not be read (as the student typed them),
        or a date it cannot read."""
        question = without_moved_alternative(question)  # "is hw5 due tonight or did they push it"
        question = claim_checked(question) or question  # "my friend said X, is that true": X right?
        if (whether := _WHETHER_THEN_WHEN_WHERE.match(question)) is not None:
            # "is there a midterm review session, when and where": whether there is one, which its answer dates
            question = whether.group(1)
        text_ = self.reader.respell(question)
        if (other := as_other_group(text_)) != text_ and asks_yes_no(other) and self.claims.match(other) is not None:
            text_ = other  # "... with my friend from section 2, im in section 1": the other section, as rules say
        if COLLABORATION.opens(scanned(question)) and (rule := collaboration_policy(self.course, question)):
            # "my friend and i compared our hw5 code, is that ok": the collaboration rule, not hw5's due date
            whole = self.reader.read(question, now, text_)
            claimed = self.claims.match(whole.text)  # a claim of another rule ("a former student's help") decides
            rule = claimed.policy if claimed is not None else rule
            return [(whole, Part(question, "policy", {"policy": rule}, MIN_SCORE, 0.6), [])], [], ""
        if whole := policy_read_whole(self.course, question):
            # "would it be ok if i got chatgpt to write the code", "55 overall and 35% on the final, do i pass"
            part = Part(question, "policy", whole, MIN_SCORE, 0.6)
            return [(self.reader.read(question, now, text_), part, [])], [], ""
        if told_hardship := self._hardship_whole(question, text_, now):
            return [told_hardship], [], ""
        readings, own_words = self._parts_told(question, text_, now)
        error = next((r.error for r in readings if r.error), "")
        if error:
            return [], [], error
        typed = _pieces(question)
        said = (
            [question] if len(readings) == 1 else typed if len(typed) == len(readings) else [r.text for r in readings]
        )
        decisions = [self._claimed(r, *self._decide(r, now, section, s)) for r, s in zip(readings, said, strict=True)]
        for i, own in enumerate(own_words):
            part = decisions[i][1]
            if own is None or part is None or part.intent not in _LISTS_OF_DAYS or points_back_in_time(own.text):
                continue
            # "what did we talk about" asks of the day the story told; "is that a thing here" asks of no day
            if own.yes_no and not own.past and self._decide(own, now, section, own.text)[0] is None:
                # "my surgery in april ... is that a thing in this course": the story's time alone made it a question
                # about april's schedule; the ask itself is about something else
                decisions[i] = (decisions[i][0], None, [])
        for i in range(1, len(decisions)):
            # "what's due after hw3, and is it before or after spring break": "it" is the answer to the part before
            before = decisions[i - 1][1]
            then = follow_on(self.course, before, decisions[i][0]) if before is not None else None
            if then is not None:
                again = self.reader.read(question, now, then.text)
                again = about(again, then.assignment) if then.assignment else again
                decisions[i] = self._claimed(again, *self._decide(again, now, section, again.text))
            elif before is not None and (referred := referring(self.course, before, decisions[i][0], section)):
                decisions[i] = (decisions[i][0], referred, [])  # "... and what's the lecture after that"
            elif before is not None and decisions[i][1] is None and decisions[i][0].pronoun:
                # "when is the last quiz due and what does it cover": "it" is the one quiz the part before answered
                work = answered_work(self.course, before)
                again = about(self.reader.read(question, now, decisions[i][0].text), work) if work else None
                if again is not None:
                    again.mentions = [m for m in again.mentions if m.kind != "series"]
                    decisions[i] = self._claimed(again, *self._decide(again, now, section, again.text))
        for i, (reading, part, _) in enumerate(decisions):
            if after := next_after(self.course, reading, section) or meeting_after_topic(reading, part, section):
                decisions[i] = (reading, after, [])  # "after ps7 whats next", "the lecture after the one on X"
        decisions = _where_it(self.course, decisions)
        # "a klausur and a map test ... when is each one": each exam answered
        decisions = [(r, each, [] if each is not p else a) for r, p, a in decisions for each in each_exam(r, p)]
        decisions = one_of_either_or(decisions)  # "is the final in person or can we take it on zoom"
        decisions = exam_for_section(self.course, decisions)  # "when is the final and what room for section b"
        decisions = surname_joins_exam(self.course, decisions)  # "when is test 2 and which room, surname is ngata"
        if len(decisions) == 1 and decisions[0][1] is None and (ask := _ASK_AFTER_PREAMBLE.search(text_)):
            # "so i've been behind and wanted to know, is hw4 due before spring break": the ask after the preamble
            tail = self.reader.read(ask.group(1), now, ask.group(1))
            decided = (tail, *self._decide(tail, now, section, ask.group(1)))
            decisions = [decided] if decided[1] is not None else decisions
        elif len(decisions) == 1 and (work := _work_after_own_scene(text_)):
            # "im in R4 and our round is wed nov 25, do we still have to upload the slides before that": the scene
            # dates the ask; the work asked after it decides, when the whole read took no work
            tail = self.reader.read(question, now, work)
            decided = (tail, *self._decide(tail, now, section, work))
            whole = decisions[0][1]
            of_work = decided[1] is not None and decided[1].intent in _WORK_ASKED and tail.ids("assignment")
            if of_work and (whole is None or whole.intent == "topic"):
                decisions = [decided]
        decisions = _reason_tagged(decisions)  # "ps8 gets moved bc of the holiday diba?": one yes/no question
        dropped: list[str] = []
        if len(decisions) > 1:
            # "is hw3 due wednesday and is the cafeteria open late": a part that took the assignment named before it
            # but holds words nothing explains is about something else: unread, not HW3's late rules.
            decisions = [(r, None, []) if _borrowed_blind(r, p) else (r, p, a) for r, p, a in decisions]
            useful = [d for d in decisions if d[1] is not None and d[1].intent != "help" and not _is_context(d[0])]
            if useful:
                same = len(typed) == len(decisions)
                dropped = [typed[i] if same else r.text for i, (r, p, _) in enumerate(decisions) if _unread(r, p)]
                if any(p is not None and p.intent == "late_whatif" for _, p, _ in decisions):
                    # "..., and how much do i lose then": the what-if beside it gives what is lost
                    dropped = [d for d in dropped if not _LOSS_ASKED.search(d.lower())]
            else:
                useful = [self._asked_whole(question, text_, now, section)]
            decisions = useful
        if len(readings) > 1 and len(decisions) <= 1:
            # "i was sick and missed exam 1, i have a doctor's note, what happens": one question over several pieces,
            # which a recognizer reads whole.
            whole = self.reader.read(question, now, text_)
            if self._recognized(question, whole, now):
                decisions, dropped = [self._claimed(whole, *self._decide(whole, now, section, question))], []
        return decisions, dropped, ""

    def _asked_whole(
        self, question: str, text_: str, now: dt.datetime, section: str | None
    ) -> tuple[Reading, Part | None, list[Part]]:
        """The question read whole when no part of it was read alone. In a story around a question, the sentences
        that ask decide what is asked; the scene's words and dates ("my flight on the 13th", "next year") never do,
        though the story completes what the ask points back at ("is that allowed", "while i'm gone")."""
        own = asked_sentences(question)
        if own == question or points_back(own):
            whole = self.reader.read(question, now, text_)
            part, alternatives = self._decide(whole, now, section, question)
            if own != question and part is not None and part.intent in _LISTS_OF_DAYS and not points_back_in_time(own):
                alone = self.reader.read(question, now, self.reader.respell(own))
                if not alone.times and alone.yes_no and not alone.past:
                    # "whether i could go pass/fail if my job in december gets busy. is that a thing here": the days
                    # of the scene, not of the ask
                    return alone, None, []
            scene = own != question and part is not None and part.intent in _NO_PERMISSION | _CLAIM_OVERRIDES
            if scene and asks(own) == "permission":
                # "he wants to come to the guest lecture. is that allowed?": the rule the data says decides it (the
                # story is what "that" is), never the lecture's day from the scene
                told_ = (self.reader.respell(f"{scene_} {own}") for scene_ in told_sentences(question))
                matched = next((m for t in told_ if (m := self.claims.match(t)) is not None), None)
                ruled = Part(own, "policy", {"policy": matched.policy}, MIN_SCORE, 0.6) if matched else None
                return whole, ruled, []
            return whole, part, alternatives
        alone = self.reader.read(question, now, self.reader.respell(own))
        return (alone, *self._decide(alone, now, section, own))

    def _parts(self, question: str, text_: str, now: dt.datetime) -> list[Reading]:
        """The parts read, a story carried into the ones that ask."""
        return self._parts_told(question, text_, now)[0]

    def _hardship_whole(self, question: str, text_: str, now: dt.datetime) -> tuple[Reading, Part, list[Part]] | None:
        """ "my grandmother passed away on the weekend, what do i do about the lab report deadline": a hardship told
        in one part and its plea in another are one question, the course's rule on it
        (bot.understand.policies.hardship_told); a meeting's or an exam's case is left to its own reader."""
        if len(_pieces(text_)) <= 1:
            return None  # one part: the recognizer reads it whole already
        found = hardship_policy(self.course, question)
        if found is None:
            return None
        whole = self.reader.read(question, now, text_)
        if meeting_kinds_told(whole) or whole.ids("exam"):
            return None
        return whole, Part(question, "hardship_told", {"policy": found or None}, MIN_SCORE, 0.6), []

    def _parts_told(self, question: str, text_: str, now: dt.datetime) -> tuple[list[Reading], list[Reading | None]]:
        """The parts read, and for each part that a story completed ("then", "while i'm gone"), how it read in its
        own words (None for the others)."""
        pieces = _pieces(text_)
        if len(pieces) <= 1:
            return [self.reader.read(question, now, text_)], [None]
        readings: list[Reading] = []
        for i, piece in enumerate(asked_marks_kept(text_, pieces)):
            if i and (whole := asked_of_before(piece, pieces[i - 1])):
                piece = whole  # "when is lecture next week and where": where is lecture next week
            if readings and (dated := that_week(piece, readings[-1], self.reader.lexicon.periods)):
                piece = dated  # "... on tue mar 31 and is there lecture thursday that week": the week of mar 31
            reading = self.reader.read(question, now, piece)
            if readings:
                _inherit(reading, as_series_for_one(reading, readings[-1], self.reader.lexicon.series), self.course)
            readings.append(reading)
        story, asking = story_pieces(text_, _pieces)
        for i in story:
            readings[i].told = True  # inside a sentence that only tells, beside one that asks: the scene, not the ask
        for i in asking:
            readings[i].request = True  # "i want to know if i'll miss a lecture": asks, though its teller comes first
        out = told(self.course, readings, lambda piece, before: self._reread(question, now, piece, before))
        return out, [None if a is b or a.told else b for a, b in zip(out, readings, strict=True)]

    def _reread(self, question: str, now: dt.datetime, piece: str, before: Reading | None) -> Reading:
        """A part read again in its own words ("then" put as the story said it)."""
        reading = self.reader.read(question, now, piece)
        if before is not None:
            _inherit(reading, as_series_for_one(reading, before, self.reader.lexicon.series), self.course)
        return reading

    # ------------------------------------------------------------------------------------------ deciding

    def _recognized(self, said: str, reading: Reading, now: dt.datetime) -> dict[str, Slots]:
        """The intents a recognizer reads from `said` as typed (bot.understand.choosing.recognizers), with their
        slots."""

        def read(text_: str) -> Reading:
            return self.reader.read(text_, now)

        return recognized(self.course, said, reading, now, holds=self.knowledge.holds, read=read)

    def _decide(
        self, reading: Reading, now: dt.datetime, section: str | None, said: str
    ) -> tuple[Part | None, list[Part]]:
        """The part's reading, or None (out of scope); with a list of readings to offer when unsure. `said` is the
        part as the student typed it, which the recognizers read. The table's best reading gives way to the
        fallbacks and overrides of bot.understand.choosing.overrides, in their order."""
        today = now.astimezone(self.course.tz).date()
        evidence = self.evidence.find(reading)
        found = self._recognized(said, reading, now)
        features = self._features(reading, evidence, today) | dict.fromkeys(found, 1.0)
        scores = ranked(features)
        if (not scores or scores[0][0] < MIN_SCORE) and not reading.content:
            # Nothing fits and every word was a cue word ("what are the homework assignments like"): look for a
            # policy holding those words.
            evidence = self.evidence.find(reading, broad=True)
            features = self._features(reading, evidence, today) | dict.fromkeys(found, 1.0)
            scores = ranked(features)
        choice = Choice(self.course, reading, said, now, section, evidence, found, scores, self.slots, self.claims)
        return decided(choice)

    def _claimed(
        self, reading: Reading, part: Part | None, alternatives: list[Part]
    ) -> tuple[Reading, Part | None, list[Part]]:
        """A yes/no question the course's data decides ("can i take exam 1 early, i booked a flight") read as that
        policy when the table found nothing better: context words do not push it out of scope."""
        if (part is not None and part.intent == "exam") or not (
            asks_yes_no(reading.text) or yes_no_inside(reading.text)
        ):
            return reading, part, alternatives  # the exam answer reads claims itself
        if part is not None and _unlisted_day(reading, part):
            return reading, part, alternatives  # a day the page does not name: said so, never a rule's Yes
        if part is not None and part.intent == "office_hours" and self._sees_person(reading, part):
            return reading, part, alternatives  # "can i meet dr feld about the lab": their hours, not the lab's rule
        # "can i wear shorts in lab, it's going to be hot": the claim asked once the story is set apart
        matched = self.claims.match(reading.text) or told_match(self.claims, reading.text)
        if (
            matched is None
            or (part is not None and part.slots.get("dates") and matched.one_word_of(reading.text))
            or asks_a_day_unsaid(reading.text, matched.claim.evidence)
        ):
            # a topic the schedule holds, asked of: "is the kinship lecture on april 20" shares only "lecture" with
            # the claim "have to go to the lecture"; "is group c's cruise on may 15", a day the claim never names
            return reading, part, alternatives
        if part is not None and part.intent == "policy":
            routed = part.slots.get("policy")
            if routed == matched.policy:
                return reading, part, []  # the claim settles which reading was meant
            own = self.claims.match(reading.text, within=routed) or told_match(self.claims, reading.text, routed)
            if own is not None and own.keys >= matched.keys:
                return reading, part, alternatives  # the routed rule's own claim, as specific as the other
        elif (
            part is not None
            and part.intent not in _CLAIM_OVERRIDES
            and not alternatives
            and (part.intent not in _NO_PERMISSION or asks(reading.text) != "permission")
            # "do i have to go to lectures in person": how a class meets does not say whether one must go
            and (part.intent != "course_fact" or asks(reading.text) != "obligation")
        ):
            # another reading the table was sure of, unless it cannot say whether something is allowed
            return reading, part, alternatives
        return reading, Part(reading.text, "policy", {"policy": matched.policy}, MIN_SCORE, 0.6), []

    def _sees_person(self, reading: Reading, part: Part) -> bool:
        """Whether a part read as one person's help hours asks to see them ("can i talk to okafor about the quiz"):
        what follows the person is what the visit is about, never a rule to answer instead."""
        return bool(part.slots.get("person")) and bool(
            SEE_STAFF.opens(reading.text) and asks_to_see_staff(reading.text, self._staff_words)
        )

    def _rows_split_by_section(self, reading: Reading, rows: list[int]) -> bool:
        """Whether the schedule's rows of the topic are held for different sections, one of them the section named
        ("Lab 4" on Tuesday for B01 and on Thursday for B02): the question asks that section's own day."""
        named = {i for m in reading.mentions if m.kind == "section" for i in m.ids}
        held = [self.course.schedule[i].sections for i in rows]
        return all(held) and any(named & set(s) for s in held) and not all(named & set(s) for s in held)

    def _many_meetings(self, words: frozenset[str]) -> bool:
        """The question names class meetings or topics in the plural ("lectures", "labs", "classes", "topics")."""
        return "topics" in words or any(
            w in self.lexicon.counted_classes and w.endswith("s") and not w.endswith("ss") for w in words
        )

    def _features(self, reading: Reading, ev: Evidence, today: dt.date) -> dict[str, float]:
        f: dict[str, float] = {f"cue:{c}": 1.0 for c in reading.cues}
        words = frozenset(reading.tokens)
        exams = [m for m in reading.mentions if m.kind == "exam"]
        if (exams and all(m.relation for m in exams)) or exam_only_a_policy(self.course, reading):
            # "before the midterm": the exam dates something else; it is not what is asked about. Nor is an exam
            # the data holds only as a policy ("the final" in the exam period).
            f.pop("cue:exam", None)
        dated = any(m.kind == "period" for m in reading.mentions)
        if not exams and dated and _DATED_BY_EXAM.search(reading.text):
            # "are there lectures on the reading days before finals": exams only date the period asked about
            f.pop("cue:exam", None)
        kinds = {m.kind for m in reading.mentions if (m.kind != "exam" or not m.relation) and not _title_of(m, reading)}
        if _exam_that_day(reading):
            kinds.discard("exam")  # "is t1d tutorial still on nov 20 with the midterm that night": the tutorial
            f.pop("cue:exam", None)
        for kind in ("person", "exam", "section", "period", "link", "role", "kind"):
            if kind in kinds:
                f[kind] = 1.0
        aside = besides_from(reading.text, reading.tokens) if "assignment" in kinds else None
        if aside is not None and all(m.start >= aside for m in reading.mentions if m.kind == "assignment"):
            kinds.discard("assignment")  # "anything due this week other than hw3": what else is due, not hw3
        if "assignment" in kinds or reading.unknown_assignments:
            f["assignment"] = 1.0
        if reading.unknown_assignments:
            f["unknown_assignment"] = 1.0
        if "cue:pool" in f and pool_stated(self.course, reading.text) is not None:
            f["pool_told"] = 1.0  # "i used 1 grace day so far, can i use 2 on hw4b": the asker's tally, told
        if (
            "cue:pool" in f
            and "assignment" not in f
            and (_POOL_GONE.search(reading.text) if "cue:whatif" in f else _ONCE_POOL_GONE.search(reading.text))
        ):
            # "what's the penalty once my late days are gone": the rule past the pool (with work named: its what-if)
            f["past_pool"] = 1.0
        if "assignment" in f and asked_attribute(reading.text) is not None:
            f["attribute_of"] = 1.0  # "what size should the poster be": a property of the work, said or not
        if any(m.kind == "assignment" and m.relation == "after" for m in reading.mentions):
            f["after_assignment"] = 1.0
        if any(m.kind in ("period", "exam") and m.relation == "after" for m in reading.mentions):
            f["after_period"] = 1.0
            if "cue:term_dates" in f and _RESTART & words and not _TERM_WORDS & words:
                # "when do classes start again after golden week": the first class after it, not the term's start
                f.pop("cue:term_dates")
            if "cue:cover" in f:
                # "what are the labs after the break about": every one to come; "the topic in class after the
                # break": the first one
                f["cover_after_many" if self._many_meetings(words) else "cover_after_one"] = 1.0
        if due_after_event(reading):
            f["due_after_event"] = 1.0  # "what's due after the field trip": from the day after it
        if after_a_meeting(reading):
            f["after_meeting"] = 1.0  # "whats the lecture after the guest talk": the first lecture after that day
            if "cue:cover" in f:
                f["cover_after_many" if self._many_meetings(words) else "cover_after_one"] = 1.0
        if ev.fact in ("meeting_place", "meeting_time") and any(m.kind == "period" for m in reading.mentions):
            f["meeting_in_period"] = 1.0  # "what room is the w09a lab in after the break": that kind's, then
        if (
            ev.fact in ("meeting_place", "meeting_time")
            and ev.topic_rows
            and all(has_own_slot(self.course, self.course.schedule[i], ev.fact) for i in ev.topic_rows)
        ):
            f["topic_placed"] = 1.0  # "where do we meet for the doria trip": the day's own place and time
        if "section" in kinds and len(ev.topic_rows) > 1 and self._rows_split_by_section(reading, ev.topic_rows):
            f["topic_of_section"] = 1.0  # "b01 lab 4 what day": the day of that section's own row of the topic
        if ev.topic_rows and _UNIT_OF.search(reading.text) and all(self.course.schedule[i].unit for i in ev.topic_rows):
            f["unit_of_topic"] = 1.0  # "what unit is the refactoring stuff in": the unit of the days it names
        if "assignment" in f and "cue:grades" in f and not asks_if_graded(reading.text):
            f["grades_of"] = 1.0  # "when do grades for hw1 come out": about its grading, not its release
        if SEE_STAFF.opens(reading.text) and asks_to_see_staff(reading.text, self._staff_words):
            f["cue:office_hours"] = 1.0  # "can i catch the prof monday after lecture": their help hours
        if "cue:office_hours" in f and ("cue:regrade" in f or "cue:extension" in f) and hours_as_place(reading.text):
            # "can i ask for a regrade in office hours": the regrade is asked about, the hours are where
            f.pop("cue:office_hours")
            f.pop("cue:hours", None)
        if "person" in f and asks_person_in(reading.text, _person_words(reading), self._titles):
            f["cue:office_hours"] = 1.0  # "is okafor in on mondays": when they can be found, not the day's classes
        if "person" in f and ("cue:hours" in f or "cue:office_hours" in f):
            f["person_hours"] = 1.0
        elif "person" in f and "cue:in_person" in f and {"cue:class", "cue:exam", "exam", "section"}.isdisjoint(f):
            f["person_hours"] = 1.0  # "is katie remote": where she holds office hours
        elif {"cue:where", "cue:when"} & f.keys() and _office_named(reading):
            # "where's the music school office and when is it open": an office the staff list holds, its hours
            f["person_hours"] = 1.0
        f["policy"] = ev.policy_strength
        named = {(m.start, m.end) for m in reading.mentions if m.kind == "policy" and ev.policy in m.ids}
        if ev.policy and len(named) > 1:
            # "a letter from disability resources for extra time": a policy named twice over is what is asked
            # about, even where one of its names is also a cue of another answer ("extra time", an extension).
            f["policy_named"] = 1.0
        if ev.rule_named:
            f["rule_named"] = 1.0  # "explain the language pledge": that rule, over a schedule row that mentions it
        f["topic"] = 0.0 if _topic_names_work(reading) else ev.topic_strength
        if _DATES & words and not f.keys() & _ORDER_CUES and _dates_of_series(reading):
            f["topic"] = 0.0  # "dates for all 3 lab reports": the due dates, not a day whose title says "reports"
            f["series_dates"] = 1.0
        if ev.topic_words and not ev.topic_rows:
            f["topic_missing"] = 1.0
        times = {t.kind for t in reading.times}
        if times & {"day", "moment"}:
            f["day"] = 1.0
        elif "cue:class" in f and reading.yes_no and meeting_now_asked(reading.text):
            f["day"] = 1.0  # "is there class right now": today, at this moment
        if "range" in times or self.slots.relation_range(reading, today) is not None:
            f["range"] = 1.0
        if any(t.kind == "range" and t.grain != "term" for t in reading.times):
            f["dated_range"] = 1.0  # "next week", "in november": some of the term's dates, not all of it
        if "range" in f and "cue:homework_kind" in f and not f.keys() & _MEETING_CUES:
            f["work_in_range"] = 1.0  # "any quizzes in the next 2 weeks": that kind of work, due in the span
        if "moment" in times and not only_deadline_told(reading):
            f["moment"] = 1.0  # not "hw2 is due monday 5pm, ...": the deadline told, no moment to hand it in
        handed = hand_in_day(reading, today) if "assignment" in f or "cue:homework_kind" in f else None
        if handed is not None and handed.kind == "day" and "assignment" in f:
            f["hand_in_day"] = 1.0  # "can i upload hw2 after feb 9": on time or how late then, not how to upload
        elif handed is not None and handed.kind == "day" and names_hand_in(reading):
            # "can i hand in a lab report after friday": that kind's late rule, on its next one due (not "can i still
            # do the lab tmrw", a meeting)
            f["hand_in_kind_day"] = 1.0
        if "assignment" not in f and asks_deadlines_changed(reading.text):
            f["deadlines_changed"] = 1.0  # "do deadlines change during ...": the rule for deadlines, not a list
        if "assignment" in f and not reading.yes_no and told_missed(reading.text):
            f["missed_told"] = 1.0  # "we forgot ps3": what happens now, by the late rule
        if "time" in times:
            f["time"] = 1.0
        clocks = [t for t in reading.times if t.kind in ("time", "moment")]
        if len(clocks) >= 2 and re.search(r"\bor\b", reading.text):
            f["time_choice"] = 1.0  # "is it due at midnight or 11:59": which time it is due, no what-if
        if LATE_PERMISSION.opens(reading.text) and asks_who_permits_late(reading.text):
            # "who can let me submit a protocol after the 3 day limit": the late rule's person, not a span from now
            f["late_permission"] = f["cue:late"] = 1.0
            f.pop("range", None)
        if "lateness" in times:
            f["lateness"] = 1.0
            if not reading.ids("assignment"):
                f["cue:late"] = 1.0  # "who can give permission to submit 2 days late": the late rules
        if ev.fact:
            f["fact"] = 1.0
        if ev.fact == "exam_rules" and "cue:due" in f:
            f["cue:exam_rules"] = 1.0  # "deadline to sign up for the final": its rules on registering, not its card
        if ev.fact == "exam_content" and not _COVERS.isdisjoint(words):
            f["covers"] = 1.0  # "what lectures does the test cover": what the exam covers, not its card
        if ev.fact == "exam_content" and (reading.yes_no or "covers" in f) and topic_on_exam(reading):
            f["on_exam"] = 1.0  # "is the guest lecture on the final": what the exam covers, not when the day is
        if reading.yes_no:
            f["yes_no"] = 1.0
            one_day = [t for t in reading.times if t.kind in ("day", "moment")]
            if len(one_day) == 1 and not one_day[0].relation and asks_if_day_off(reading.text):
                f["day_off_asked"] = 1.0  # "is dec 8 a holiday": that day's Yes or No, not the list of days off
            if reading.tokens[-1:] == ["when"] and "when" not in reading.tokens[:-1]:
                # "is there a review session before test 1, when": whether it is held, then its day (a yes shows it)
                f.pop("cue:when", None)
            others = {"cue:due", "cue:when", "day", "range", "time", "exam", "cue:exam", "cue:extension", "cue:late"}
            if ev.policy and "assignment" in f and others.isdisjoint(f) and asks(reading.text) != "fact":
                f["rule_asked"] = 1.0  # "do i need to say who i worked with on ps6": the rule, not PS6's card
        if reading.past:
            f["past"] = 1.0
        if reading.other_course:
            f["other_course"] = 1.0
        if reading.about_bot:
            f["about_bot"] = 1.0
        if any(m.kind == "section" and m.ids[0] in self.course.numbers for m in reading.mentions) and not (
            set(reading.cues) - {"course", "cover"}
        ):
            f["course_number"] = 1.0  # "what is <one of its numbers>": the course (that number names a section too)
        named = reading.course_named
        if (
            named is not None
            and not ev.unexplained
            and not set(reading.cues) - {"course", "cover", *reading.tokens[named[0] : named[1]]}
        ):
            # "what does vet anatomy 2 cover": the course by its own name (whose words may be cues: "applied"); not
            # "is gen chem 1 hard", which asks what the page does not say
            f["course_number"] = f["cue:course"] = 1.0
        # "is the mini project for everyone"; not "could i photocopy ps2 for all of us", a may-I of a favour done for
        # the others, which asks nothing of the sections
        if (
            not words.isdisjoint(("everyone", "everybody", "all"))
            and len(self.course.sections) > 1
            and not (ONE_FOR_ALL.search(reading.text.lower()) and asks(reading.text) == "permission")  # a favour
        ):
            f["all_sections"] = 1.0
        counted = _counted(reading)
        # "what exams are left", "which tests remain": the exams, not all the work left
        asks_exams = (
            "cue:exam" in f
            and reading.tokens[:1] in (["what"], ["which"])
            and "exam" not in f
            and any(m.kind == "policy" and m.start == 1 for m in reading.mentions)
        )
        if counted is not None and counted in self.lexicon.counted_work:
            f["count_work"] = 1.0  # "how many problem sets are there"
        elif counted is not None and counted in self.lexicon.counted_classes:
            f["count_class"] = 1.0  # "how many lectures are left" (not "how many students are in the class")
        elif (
            (not _KIND_OR_CLASS.isdisjoint(f) or not _TOPICS.isdisjoint(words))
            and not _LEFT.isdisjoint(words)
            and "assignment" not in f
        ):
            f["classes_left"] = 1.0  # "what lectures are left", "which plenaries remain", "what topics are left"
        elif not _LEFT.isdisjoint(words) and asks_exams:
            f["exams_left"] = 1.0
        elif not _LEFT.isdisjoint(words) and _NAMED_THINGS.isdisjoint(f) and not reading.yes_no:
            f["work_left"] = 1.0  # "what's left this semester (including exams)": deadlines and exams to come
        if days_off_asked(reading.text, self.lexicon.meeting_words):
            f["days_off_asked"] = 1.0  # "any holidays in march where we lose class": the days off, not the classes
        if where_now_asked(reading.text):
            f["where_now"] = 1.0  # "what unit are we in rn", "what week is it"
        if away_span(reading) is not None:
            f["range"] = 1.0  # the days away are a span of days
            f["away_span"] = 1.0  # "what would i miss if i leave tuesday and come back sunday": everything between
        lexicon = self.lexicon
        if "exam" in f and asks_during_class(reading.tokens, lexicon.class_time_words, lexicon.meeting_words):
            f["during_class"] = 1.0  # "is the midterm during class time"
        if "who" in reading.tokens[:2] and "cue:guest" not in f:  # asked who (not "list who i worked with")
            f["who"] = 1.0
        roles = [m for m in reading.mentions if m.kind == "role"]
        if roles and "section" in f and not reading.yes_no and reading.tokens and reading.tokens[0] in _WHO_WHICH:
            f["role_of_section"] = 1.0  # "which demonstrator is in stream 2": that role's people in the section
        held = roles[0] if roles and reading.yes_no else None
        if held and asks_for_role(reading.tokens, held.start, held.end, timed=bool(reading.times)):
            f["role_asked"] = 1.0  # "is there a tutor i can ask stuff to": who holds that role, not the forum rule
        unexplained = ev.unexplained
        if held and unlisted_name.unlisted_titled_name(self.course, reading.text) is not None:
            f["person"] = 1.0  # "is dr halmos one of the lecturers": someone named whom the page does not list
            unexplained = max(unexplained - 1, 0)
        elif held and unlisted_name.unlisted_full_name(self.course, reading.text) is not None:
            f["person"] = 1.0  # "is jo smith the ta for 231": the same, by a first name and a surname
            unexplained = max(unexplained - 2, 0)
        f["unexplained"] = float(min(unexplained, 3))
        if ev.unknown_subject and not ("lateness" in times and stated_penalty(reading.text) is not None):
            f["unknown_subject"] = 1.0  # not "3 hours late, is the full 10% gone": the penalty the late rule sets
        f["content"] = float(len(reading.content))
        return f


# Questions asking who: "which demonstrator is in stream 2", "who is the tutor for group b"
_WHO_WHICH = frozenset({"who", "whos", "which"})


def _one_question(course: Course, alternatives: list[Part]) -> bool:
    """Whether the readings offered would all ask the student the very same question."""
    return len({option_question(course, p) for p in alternatives}) == 1


def _pieces(question: str) -> list[str]:
    """The question's parts as split for reading ("when is hw3 due and where do i go": two): split once while the
    question is answered (it is split up to three times), a new list each time."""
    return list(per_question(_pieces, question, _split_pieces))


def _one_piece(question: str) -> str | None:
    """The question as its one part when nothing in it can split it (most questions: "when is hw3 due?"), found with
    substring tests instead of trying _SPLIT at every position; None when it may split. Every split holds one of
    ?!;.,+& or a space before one of the joining words; marks only at the end split off nothing but themselves."""
    head = question.rstrip()
    while head[-1:] in ("?", "!", ";") and head:
        head = head[:-1].rstrip()
    # isprintable: no whitespace but the plain space, so each joining word is looked for after a space
    if not head.isprintable() or holds_fragment(head, _SPLIT_MARKS) or holds_fragment(head, _SPLIT_WORDS):
        return None
    return head


_SPLIT_MARKS = ("?", "!", ";", ".", ",", "+", "&")
_SPLIT_WORDS = (" and", " also", " plus", " or", " because", " cuz", " bc")


def _split_pieces(question: str) -> tuple[str, ...]:
    head = _one_piece(question)
    split = [head] if head is not None else [c for p in _SPLIT.split(question) for c in comma_questions(p.strip())]
    pieces = [_LEADING.sub("", p.strip()) for p in split]
    pieces = [p for p in pieces if p and any(c.isalnum() for c in p)]
    # "who can i see and when", "which TAs have office hours monday and when": one question, its time asked too;
    # "is there a guest lecture this tri? when": whether there is one, and when (the answer gives its day)
    # "when is fr2 due and is that the same day as lr3": the thing of the first part held against another, one question
    for i in range(len(pieces) - 1, 0, -1):
        asks_when = _WHO_ASKS.match(pieces[i - 1]) or _IS_THERE.match(pieces[i - 1])
        if _SAME_DAY_AS_THAT.match(pieces[i]) or (_BARE_WHEN.match(pieces[i]) and asks_when):
            pieces[i - 1 : i + 1] = [f"{pieces[i - 1]} and {pieces[i]}"]
    return tuple(pieces)


def _asking_kept(
    decisions: list[tuple[Reading, Part | None, list[Part]]],
) -> list[tuple[Reading, Part | None, list[Part]]]:
    """ "when is the midterm? is it at 7": two parts read the same, one of them asking yes or no; the one that asks
    is kept (in the first one's place), so its Yes or No is given and the card is shown once."""
    kept = list(decisions)
    for i, (reading, part, _) in enumerate(decisions):
        if part is None or not reading.yes_no:
            continue
        same = next(
            (
                j
                for j, (r, p, _) in enumerate(kept[:i])
                if p is not None and not r.yes_no and p.intent == part.intent and p.slots == part.slots
            ),
            None,
        )
        if same is not None:
            kept[same], kept[i] = kept[i], kept[same]
    return kept


def _reason_tagged(
    decisions: list[tuple[Reading, Part | None, list[Part]]],
) -> list[tuple[Reading, Part | None, list[Part]]]:
    """ "ps8 gets moved bc of bonifacio day diba?": the tag after the reason asks to confirm the statement before
    it, so the statement is the yes/no question and the reason is no question of its own."""
    kept = decisions[:1]
    for reading, part, alternatives in decisions[1:]:
        before, asked = kept[-1][0], kept[-1][1] is not None
        if asked and _BECAUSE.match(reading.text) and ends_with_tag(reading.text) and not before.yes_no:
            before.yes_no = True
            continue
        kept.append((reading, part, alternatives))
    return kept


def _borrowed_blind(reading: Reading, part: Part | None) -> bool:
    """A part read with a thing taken from the part before it while some of its own words stay unexplained."""
    if reading.after_story:
        return False  # "i'd upload ps7 sunday. how much credit would i get": what the story named is meant
    borrowed = any(m.start == -1 for m in reading.mentions)
    # "it" refers back, and so does a short follow-up ("when exactly?", "how late then?").
    follow_up = reading.pronoun or len(reading.tokens) <= 3
    if part is not None and part.intent in _ASKED_OF_A_RULE and {"when", "time_of"} & reading.cues:
        follow_up = True  # "... and is there a time limit": how long the request before it stays open
    return part is not None and part.unexplained > 0 and borrowed and not follow_up


def _unread(reading: Reading, part: Part | None) -> bool:
    """A part that asked something (a question word, a yes or no) and that nothing read; not a greeting, a
    thanks, or context around the question ("i'm in section B")."""
    if part is not None or "greet" in reading.cues or _is_context(reading):
        return False
    return reading.yes_no or bool(_ASKS & set(reading.tokens))


def _title_of(mention: Mention, reading: Reading) -> bool:
    """ "where is prof mendes office": a role word said as part of a person's name (an alias: "prof" of "prof
    mendes") is their title, not a role asked about."""
    return mention.kind == "role" and any(
        m.kind == "person" and 0 <= m.start <= mention.start and mention.end <= m.end for m in reading.mentions
    )


def _counted(reading: Reading) -> str | None:
    """What "how many" counts: the word after it ("how many problem sets" -> "problem"; "how many more psets")."""
    tokens = reading.tokens
    for i in range(len(tokens) - 2):
        if tokens[i] == "how" and tokens[i + 1] == "many":
            more = tokens[i + 2] == "more" and i + 3 < len(tokens)
            return tokens[i + 3] if more else tokens[i + 2]
    return None


def _inherit(reading: Reading, previous: Reading, course: Course) -> None:
    """ "... and how late can I turn it in": a part that names nothing takes what the part before it named."""
    kinds = {m.kind for m in reading.mentions}
    if kinds & set(_INHERITED):
        return
    asks = reading.yes_no or bool(_ASKING & set(reading.tokens))
    # "how do i sign up for the jury and whats the deadline to sign up": the first part's verb said again points
    # back at what it was done to, as "it" would
    leans = reading.pronoun or _repeats_verb(reading, previous)
    if not leans and (len(reading.tokens) > 5 or not asks):
        return
    # "... and who has office hours on tuesdays" asks for the people: it does not take the person named before.
    # "... who can i go see": nor the work named before, unless "it" points back at it.
    people = ("person", "role") if leans else ("person", "role", "assignment")
    kinds = _INHERITED if "who" not in reading.tokens else tuple(k for k in _INHERITED if k not in people)
    if not leans and reading.cues & _OWN_SUBJECT:
        # "when is hw4 due and where is the exam": a part naming its own subject takes only the section before it.
        kinds = ("section",)
    before = {m.kind for m in previous.mentions}
    if _PERSON_PRONOUNS & set(reading.tokens) and before & {"person", "role"} and "section" not in before:
        # "profs email? and where's her office": hers is the professor's (a section's "his" is whoever runs it)
        kinds = (*kinds, "person", "role")
        reading.cues |= previous.cues & {"staff"}
    elif _PERSON_PRONOUNS & set(reading.tokens) and "section" in before and "person" not in before:
        # "who is the tutor for studio group 3 and when is their office hour": "their" is whoever runs it
        sections = {i for m in previous.mentions if m.kind == "section" for i in m.ids}
        roles = {i for m in previous.mentions if m.kind == "role" for i in m.ids}
        if len(sections) == 1 and len(roles) <= 1:
            who = section_person(course, next(iter(sections)), next(iter(roles), None))
            reading.mentions += [Mention("person", (who,), -1, -1)] if who is not None else []
    if "late" in previous.cues and _late_cutoff(reading):
        # "whats the late penalty and is there a cutoff": the end of the late window, not the grade scale's cut-offs
        reading.cues = (reading.cues - _CUTOFF_CUES) | {"late"}
    if not reading.mentions and not reading.cues & (_OWN_SUBJECT | _ASKED_OF_A_RULE):
        # "how do i ask for a regrade on ps4 and is there a time limit": the limit of what the part before asked
        reading.cues |= previous.cues & _ASKED_OF_A_RULE
    named = {m.kind for m in previous.mentions}
    if reading.pronoun and "kind" in named and "topic" not in named and not previous.content:
        kinds = (*kinds, "kind")  # "when is the colloquium and is it online": "it" is the colloquium
        reading.cues.add("class")
    reading.mentions += [
        replace(m, start=-1, end=-1, relation="")
        for m in previous.mentions
        if m.kind in kinds and not _title_of(m, previous)  # "prof mendes": the person, not a role asked about
    ]
    if any(m.kind == "series" for m in reading.mentions):
        reading.cues.add("homework_kind")  # "how many quizzes are left and when's the last one": of the quizzes
    reading.unknown_assignments += [u for u in previous.unknown_assignments if u not in reading.unknown_assignments]


def _late_cutoff(reading: Reading) -> bool:
    """A part asking only of a cut-off ("is there a cutoff", "any cut off?"), naming no grade or anything else: after
    a part about late work, the last moment late work is taken."""
    tokens = set(reading.tokens)
    cut = bool(tokens & _CUTOFF) or any(a == "cut" and b == "off" for a, b in pairwise(reading.tokens))
    return cut and not reading.mentions and reading.cues <= _CUTOFF_CUES and not tokens & _GRADE_SCALE_WORDS


def _repeats_verb(reading: Reading, previous: Reading) -> bool:
    """Whether a part says two words of the part before it again, one of them no little word ("sign up", "hand in"),
    where the part before named something and this one names nothing of its own."""
    if reading.mentions or not previous.mentions:
        return False
    before = set(zip(previous.tokens, previous.tokens[1:], strict=False))
    return any(
        pair in before and not (pair[0] in STOPWORDS and pair[1] in STOPWORDS)
        for pair in zip(reading.tokens, reading.tokens[1:], strict=False)
    )


# A part that only states a case before the question ("if i get sick on the day of prac 2 and cant make it").
_CONDITION_ONLY = re.compile(r"^(?:so\s+|and\s+|but\s+)?(?:if|in\s+case|suppose|say)\b(?!.*\?)")


def _topic_names_work(reading: Reading) -> bool:
    """ "how late can i turn in the lab 3 report": every schedule topic named lies inside the longer name of a piece
    of work asked about for its late, extension or regrade rules ("lab 3" of "lab 3 report"), so it names the work."""
    if not reading.cues & _WORK_RULE_CUES:
        return False
    work = [(m.start, m.end) for m in reading.mentions if m.kind == "assignment"]
    topics = [m for m in reading.mentions if m.kind == "topic"]
    return bool(work and topics) and all(
        any(a <= t.start and t.end <= b and b - a > t.end - t.start for a, b in work) for t in topics
    )


# "dates for all 3 lab reports", "quiz dates": the dates of a series asked, not the next or last one of it
_DATES = frozenset({"dates", "date"})
_ORDER_CUES = frozenset({"cue:due", "cue:next", "cue:last", "cue:after", "cue:release"})


def _dates_of_series(reading: Reading) -> bool:
    """ "dates for all 3 lab reports", "when are the quizzes": a series of work named, no one piece of it, and every
    schedule topic the words match lies inside the series' name, so its dates are the work's due dates."""
    series = [(m.start, m.end) for m in reading.mentions if m.kind == "series"]
    if not series or any(m.kind == "assignment" for m in reading.mentions):
        return False
    topics = [m for m in reading.mentions if m.kind == "topic"]
    return all(any(a <= t.start and t.end <= b for a, b in series) for t in topics)


# "... before finals", "... after the exams": exams named by a plain word only to date what is asked
# "what unit is the refactoring stuff in", "which module was datawrapper in": the unit a topic belongs to.
_UNIT_OF = re.compile(r"\b(?:what|which)\s+(?:unit|module|block|theme|part\s+of\s+the\s+(?:course|class))\b")
_DATED_BY_EXAM = re.compile(
    r"\b(?:before|after|until|till)\s+(?:the\s+|my\s+|our\s+)?(?:finals|exams|midterms|tests)\b"
)
_COVERS = frozenset({"cover", "covers", "covered", "covering"})
# Classes starting after a break: they start again ("start back up", "resume"), the term does not start then.
_RESTART = frozenset(
    {"start", "starts", "begin", "begins", "resume", "resumes", "restart", "restarts", "again", "back"}
)
_TERM_WORDS = frozenset({"term", "semester", "quarter", "trimester", "year", "course", "unit"})
_WORK_RULE_CUES = frozenset({"late", "pool", "extension", "regrade"})


def _is_context(reading: Reading) -> bool:
    opens_told = _CONTEXT.match(reading.text) or told_by_someone(reading.text)
    told_ = bool(opens_told) and not reading.yes_no and not _ASKING & set(reading.tokens)
    told_ = told_ and not asks_in_words(reading.text)  # "i want to know if i'll miss a lecture" asks
    # "im in group c so my lab is thursday, does prelab 3 close before it or earlier": the ask after the scene
    told_ = told_ and not _OWN_SCENE_THEN_ASK.match(reading.text)
    return reading.told or told_


# "what's lecture 14 about and where is it": the where of the day the part before names.
_WHERE_IT = re.compile(r"(?:and\s+)?where\s+(?:is|was|will)\s+(?:it|that|this|they)(?:\s+be)?(?:\s+held)?\W*")


def _where_it(
    course: Course, decisions: list[tuple[Reading, Part | None, list[Part]]]
) -> list[tuple[Reading, Part | None, list[Part]]]:
    """A bare "where is it" after a part naming one schedule day is that day's meeting place (with its changes)."""
    out: list[tuple[Reading, Part | None, list[Part]]] = []
    for reading, part, alternatives in decisions:
        before = out[-1][1] if out else None
        rows = before.slots.get("rows", ()) if before is not None and before.intent == "topic" else ()
        if len(rows) == 1 and (part is None or part.intent == "help") and _WHERE_IT.fullmatch(reading.text.strip()):
            row = course.schedule[rows[0]]
            slots = {"fact": "meeting_place", "kind": row.kind, "date": row.date}
            part, alternatives = Part(reading.text, "course_fact", slots, MIN_SCORE, 0.6), []
        out.append((reading, part, alternatives))
    return out


# ---------------------------------------------------------------------------------------------- per course

# Engines kept per Course value (a reloaded course is a new value with a new engine). Bounded: an engine holds its
# course, so a course could never be collected while its own entry kept it alive.
_ENGINES: Kept[Engine] = Kept(size=32)


def engine_for(course: Course) -> Engine:
    """The course's engine, built on first use and kept while the Course value is in use."""
    return _ENGINES.get(course, "engine", lambda: Engine(course))


def warm(course: Course, now: dt.datetime | None = None) -> Engine:
    """Build the course's engine and load what is lazy (dateparser's data), so that no question pays for it."""
    from bot.understand.times.dates import warm_dateparser

    engine = engine_for(course)
    course.precompute()
    warm_dateparser(course)
    # tables no warming question builds
    for reader in (course_itself, hand_in_asked, make_up_meeting, pause_inside, asked_shop, item_not_done):
        reader.warm_tables(course)
    for reader in (asked_figure, marks_back, stated_weight, switch_section, kind_given, other_one, other_kind):
        reader.warm_tables(course)
    for reader in (extension_refused, late_policy_words, unlisted_name):
        reader.warm_tables(course)
    days_off_asked_tables(engine.reader.lexicon.meeting_words)
    rule_words_for(course)  # the rules' rare words, which a question on work not done looks up
    for wording in _wording(course):  # cut once here: every reader of the page's sentences looks its cut up
        split_sentences(wording)
        split_clauses(wording)
    moment = now or course.at(course.term_first, dt.time(12, 0))
    for question in _warming_questions(course):
        engine.ask(question, moment)
    return engine


def _wording(course: Course) -> list[str]:
    """The course's own prose that readers cut into sentences: its policies, exams' rules, late and extension rules,
    work notes, schedule notes and grading breakdown."""
    said = [t for p in course.policies for t in (p.quote, p.summary)]
    said += [t for e in course.exams for t in (*e.rules, e.if_missed)]
    said += [*course.late.notes, course.extensions.summary, course.grading_breakdown]
    said += [a.notes for a in course.assignments] + [n for r in course.schedule for n in r.announcements]
    return [t for t in said if t]


def _warming_questions(course: Course) -> list[str]:
    """Questions that take the engine down its paths whose patterns are built from the course's own words on first
    use (late what-ifs in its pool's units, a missed exam, what to bring), so no student's question pays for that."""
    asked = ["when is the next deadline?", "office hours friday 2pm", "can I use ChatGPT?"]
    asked.append("what textbook, calculator and supplies do we need?")
    work = course.assignments[0].short if course.assignments else "the homework"
    asked.append(f"if i submit {work} at 2am thursday what happens")
    asked.append(f"regrade for {work}")  # whose work the regrade window is stated for, read from its policy
    # this wave's readers of the page's sentences: said of every student, an extension's grounds and notice, another
    # way of asking for a regrade, and who handles a request in a section
    asked += ["does everyone have to submit their own answers", "can i get an extension the day before its due"]
    asked.append("can i just email my ta for a regrade")
    if course.sections:
        asked.append(f"who do i ask for an extension in section {course.sections[0].id}")
    if course.late.pool is not None:
        units = course.late.pool.plural
        asked += [f"if i use 2 {units} on {work} whats my new deadline", f"i have no {units} left, can i submit late"]
    if course.exams:
        asked.append(f"i missed {course.exams[0].title}, what now?")
        asked.append(f"by when do i have to hand in the form for {course.exams[-1].title}")
    # readers whose tables are built from the course's policies, staff, sections and days off on first use
    asked += ["explain the late rule", "explain the 2 day rule", "can i see the prof monday"]
    asked.append("how many classes can i miss")
    if unlisted := next((p for p in course.people if not p.office_hours), None):
        asked.append(f"is {unlisted.name.lower()} in on monday")  # how the page says to meet someone with no hours
    asked.append("does being late count as an absence")  # each kind of meeting's attendance rule, read once
    if course.sections:
        asked.append(f"is section {course.sections[0].id} in the morning")
    if course.days_off:
        asked.append(f"is the day after {next(iter(course.days_off.values()))} a day off")
    return asked


def read_question(
    course: Course,
    question: str,
    now: dt.datetime,
    *,
    section: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
    record: AskerRecord | None = None,
) -> Result:
    """The reading and the answer: what `coursebot ask --json` prints."""
    return engine_for(course).ask(
        question, now, section=section, form_urls=form_urls, published=published, record=record
    )


def answer_question(
    course: Course,
    question: str,
    now: dt.datetime,
    *,
    section: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
    endorsed: EndorsedAnswer | None = None,
    record: AskerRecord | None = None,
) -> Answer:
    """Answer a free-text question: each part of it, or say plainly what it cannot answer and what it can.

    `endorsed`: an answer course staff endorsed for this question (bot.understand.page_evidence.endorsed), quoted with
    its link. `record`: the asker's own grace record, when the front end could look it up."""
    result = read_question(
        course, question, now, section=section, form_urls=form_urls, published=published, record=record
    )
    return with_endorsed(result, endorsed)


def _person_words(reading: Reading) -> frozenset[str]:
    """The words of the question that name a person ("okafor" of "is okafor in on mondays")."""
    return frozenset(w for m in reading.mentions if m.kind == "person" for w in reading.tokens[m.start : m.end])
