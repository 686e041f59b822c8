"""Read a question once into what it names: assignments, people, exams, sections, policies, schedule topics,
named periods, dates and ranges, and the cue ideas that say what is asked ("due", "release", "late", ...).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from bot.course.model import WEEKDAYS, Course
from bot.understand.about_course.course_named import course_name_span, name_words
from bot.understand.exams.exam_by_order import exam_by_order
from bot.understand.exams.exam_parts import PART_WORDS, sections_are_parts
from bot.understand.exams.exam_registration import LEAVING, REGISTER, registration_items
from bot.understand.exams.exam_series import merged_series
from bot.understand.exams.other_sitting import qualified_exams, qualifiers
from bot.understand.exams.others_exams import others_exams
from bot.understand.exams.section_exam import section_exams, shared_names
from bot.understand.exams.unset_exams import unset_exams
from bot.understand.late.pool_use_notice import asks_notice_to_use
from bot.understand.late.stated_rate import stated_rate
from bot.understand.meetings.class_subject import class_subject_at
from bot.understand.meetings.section_meets import asks_section_meeting
from bot.understand.meetings.weather_rule import told_weather
from bot.understand.meetings.weekly_slot import weekly_slot_spans
from bot.understand.people.person_visit import visits_person
from bot.understand.people.session_length import LENGTH_WORDS
from bot.understand.policies.enrollment_rule import enrollment_rule
from bot.understand.question.work_done_first import work_done_first
from bot.understand.question.yes_no_shape import asked_after_statement, guess_after_wh, role_stated_and_asked
from bot.understand.times.dated_weekday import weekday_of_date
from bot.understand.times.day_off_word import names_the_day_off
from bot.understand.times.shared_day_off import one_day_off_each
from bot.understand.times.time_phrases import NUMBER_WORDS, TimePhrase, find_phrases, return_relation
from bot.understand.times.weekday_by_period import weekday_beside
from bot.understand.times.where_as_when import where_means_when
from bot.understand.words.acronym_words import plain_word_here
from bot.understand.words.article_section import article_sections, lead_words
from bot.understand.words.lasting import last_only_the_verb
from bot.understand.words.lexicon import NUMBERED, Lexicon, Tag, canon_token
from bot.understand.words.normalize import holds_fragment, phrase_key, plain, respell, words
from bot.understand.words.titles import titles_before
from bot.understand.words.verb_senses import noun_as_verb
from bot.understand.words.vocabulary import (
    COMMON_WORDS,
    COURSE_BUSINESS,
    CUES,
    DEPARTMENT_CODES,
    EVERYDAY_WORDS,
    FILLERS,
    NOT_ABOUT_YOU,
    REQUEST_OPENERS,
    STOPWORDS,
    TASK_VERBS,
    TEACH_VERBS,
    YES_NO_STARTERS,
)
from bot.understand.work.joined_work import joined_work
from bot.understand.work.marks_back import asks_marks_back
from bot.understand.work.nth_item import nth_items_named
from bot.understand.work.numbered_typo import numbered_respelled, series_heads
from bot.understand.work.spelled_number import spelled_numbers_named
from bot.understand.work.verb_use import used_as_verb
from bot.understand.work.work_by_head import work_by_head
from bot.understand.work.work_closes import closing_words
from bot.understand.work.work_of_row import number_said, ordinal_rows, row_work, rows_named, work_of_rows
from bot.understand.yes_no.folded import NO_SIDE_ASKED

_PAST = frozenset(
    {"did", "was", "were", "covered", "missed", "happened", "went", "learned", "had", "taught", "discussed"}
)
# "i submitted it at 2am saturday": work told as handed in already; "what if i submitted it saturday" supposes it
_HANDED_IN = frozenset({"submitted", "uploaded", "handed", "turned"})
# the hand-in verb said right before a moment: "turned in 3 nov 3:50pm", "submitted on friday at 2am", "handed in at"
_HANDED_IN_AT = re.compile(
    r"\b(?:submitted|uploaded|upload|(?:handed|turned|handing|turning)\s+in)\s+(?:on\s+|at\s+)?$"
)
_SUPPOSING = frozenset({"if", "suppose", "say", "imagine"})
_TELLER = frozenset({"i", "we", "just", "already", "have", "had"})
# "if" opening what the student supposes, after a story; "when" and "since" are kept from "if ... when"
_SUPPOSE = re.compile(r"\bif\b")
_PRONOUNS = frozenset({"it", "its", "that", "them", "their", "they", "this", "those", "one"})
_SUBJECT_NUMBER = re.compile(r"([a-z]{2,6})\s*-?\s*(\d{2,4}[a-z]?)")
_COURSE_NUMBER = re.compile(r"(?<![\d/:-])(\d{2})[- ]?(\d{3})(?![\d/:-])")
_A_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")
_DEPARTMENT_NUMBER = re.compile(
    rf"\b({'|'.join(sorted(DEPARTMENT_CODES, key=len, reverse=True))})\s*-?\s*(\d{{1,4}}[a-z]{{0,2}})\b(?![:.]\d)"
)
# After a day off's name, words saying it ends: "before spring break ends", "until reading week is over"
_ENDS_AFTER = re.compile(r"(?:ends?|ending|finishes|finish|is\s+over|are\s+over|over|is\s+done|wraps?)\b")
_RELATIONS = frozenset({"after", "before", "during", "until", "till", "since", "by"})
_WEEKDAY_NAMES = frozenset(WEEKDAYS) | frozenset(f"{d}s" for d in WEEKDAYS)
_BESIDE = ("after", "before")  # "the monday after spring break", "the friday before the midterm"
# and "thursday, the day after the midterm": the weekday is that one day, when it falls on it
_NEXT_TO = (*_BESIDE, "day_after", "day_before")

_BEFORE_EXAM = frozenset({"review", "prep", "preparation", "practice"})
_EXAM_WORDS = frozenset({"exam", "midterm", "final", "test", "quiz"})
_WH = frozenset({"when", "what", "where", "who", "how", "which", "why", "whats", "whens"})
# Verbs of keeping help hours, which say nothing more than the hours themselves.
_KEEPS_HOURS = frozenset({"hold", "holds", "offer", "offers", "host", "hosts", "run", "runs", "keep", "keeps"})
_MAKE_UP = re.compile(r"\bmake\s+(?:it|them|that|this|\w+\s*\d+\w*)?\s*up\b|\bmake-?up\b")
# "when do i have to finish it by", "what day do we need to get the report done by": a deadline asked with the "by"
# left at the end
_DONE_BY = re.compile(r"\b(?:finish|finished|complete|completed|done|do|submit|submitted)\b(?:\s+\S+){0,6}?\s+by\W*$")
_OR_ONLY = re.compile(r"\bor\s+(?:only|just)\b")
# "any classes on nov 3 or nov 4", "are there any quizzes or tests next week": "any" before the "or" asks whether there
# is one at all, on either side of it
# (never "anything due ... or ...": a listing of what is due, not one thing's Yes or No)
_ANY_BEFORE_OR = re.compile(r"^\W*(?:\w+\W+){0,3}?any\b(?!.*\bdue\b)(?:(?!\bor\b).)*\bor\b")
# "can i still take quiz 3", "could we still do the reading check", "can i still send it": whether the work can still be
# done or handed in, its late rules
STILL_DONE = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\s+still\s+(?:take|do|complete|finish|attempt|write|sit|send)\b"
)
# "i forgot the prelab quiz", "i missed my lab report", "didn't do the quiz": work told of as gone by unsubmitted
_TOLD_MISSED = re.compile(
    r"\b(?:forgot|missed|(?:didn'?t|did\s+not|never)\s+(?:do|did|submit|submitted|finish|take|took|turn|hand|write))\b"
)


def told_missed(question: str) -> bool:
    """Whether the student tells of work they forgot or missed: its deadline is gone, not the next one's."""
    return bool(_TOLD_MISSED.search(question.lower()))


# "can quiz 2 be reopened", "could you reopen it for me": doing closed work after its deadline
_REOPENED = re.compile(r"\bre-?open(?:ed|s|ing)?\b")
# "take place" asks whether or when something happens, not where ("where does it take place" still asks where)
# Words for "the next one" besides "first" (which may be an exam's first date instead)
_NEXT_SAID = re.compile(r"\b(?:next|upcoming|following|soonest|coming)\b")
_TAKES_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b")
_WHERE_SAID = re.compile(r"\b(?:where|room|location|building|venue)\b")

# "on wed nov 4 (the midterm day)": words in brackets right after a date, saying what that day is
_ASIDE = re.compile(r"\s*(\([^()]{1,40}\))")


def _date_asides(text: str, times: list) -> list[tuple[int, int]]:
    """Where words in brackets right after a day say what that day is ("rec on wed nov 4 (the midterm day)"): the
    question is about the day, so the aside names no exam or topic of its own."""
    found = []
    for t in times:
        aside = _ASIDE.match(text, t.end) if t.kind in ("day", "moment") else None
        if aside is not None:
            found.append(aside.span(1))
    return found


# Leaving a course, which stays the registrar's business even with an exam named


# The last few questions' respellings: a question is respelled several times while it is answered (kept this few
# so a benchmark cycling through its questions measures every respelling, as new questions would cost).
_RESPELLED_KEPT = 4

_PART_WORDS = frozenset({"part", "parts", "prt", "prts", "pt", "pts", "pat", "aprt"})
_JOINERS = frozenset({"and", "or", "plus", "n"})


def _named_parts(tokens: list[str], end: int, key: str, lex: Lexicon) -> tuple[tuple[str, ...], int]:
    """ "hw4 part a and part b", "hw4 prt a & b", "hw4a and b": each part named after an assignment's number (the
    number's group when it names none), and where the naming ends."""
    numbered = NUMBERED.match(key)
    if numbered is None:
        return (), end
    stem = numbered.group(1) + numbered.group(2)
    found: list[str] = []
    j = end
    while j < len(tokens):
        k = j
        joined = bool(found or numbered.group(3))
        if joined:
            if tokens[k] not in _JOINERS:
                break
            k += 1
        worded = k < len(tokens) and tokens[k] in _PART_WORDS
        k += worded
        letter = tokens[k] if k < len(tokens) else ""
        # "hw4 and a question": a lone "a" is an article unless a part word names it.
        if len(letter) != 1 or not letter.isalpha() or not (worded or (joined and letter != "a")):
            break
        ids = lex.assignment_keys.get(stem + letter)
        if not ids:
            break
        found += ids
        j = k + 1
    return tuple(found), j


# Losing points at a rate ("do we lose points daily", "are marks docked per hour"): a question about late penalties.
# "they marked one of my answers wrong", "the grader missed my work": a grading the student thinks is wrong.
GRADED_WRONG = re.compile(
    r"\b(?:marked|graded|grader|graders|scored|rubric|autograder|took\s+(?:off|away)|docked|deducted)\b"
    r".*\b(?:wrong|incorrect(?:ly)?|unfair(?:ly)?|mistakes?|bug|missed\s+my|should\s+have\s+(?:been|gotten|got))\b"
    # "my de2 grade was posted weeks ago and i think its wrong": the student's own grade said to be wrong
    r"|\bmy\s+(?:\w+\s+){0,3}?(?:grade|score|mark)s?\b.*\b(?:is|was|are|were|its|it's|seems?|looks?)\s+"
    r"(?:\w+\s+)?(?:wrong|incorrect|off|too\s+low|a\s+mistake|an\s+error)\b"
    # "a mistake in my test 1 grade", "complain about my midterm grade", "appeal my essay 2 mark", "query a test mark":
    # the grade questioned
    r"|\b(?:mistakes?|errors?|complain|complaining|complaint|appeal|appealing|dispute|disputing|contest|contesting"
    r"|challenge|challenging|query|querying)\s+(?:about|in|on|with|of|against)?\s*(?:my|the|a|our|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:grade|score|mark|result)s?\b"
    # "the mark for sb1 came out 10 days ago, can i still ask for a review": a review of that mark asked for
    r"|\b(?:grade|score|mark)s?\b.*\b(?:ask|asking|request|requesting|apply|get)\s+(?:for\s+)?(?:a\s+)?(?:review|re-?check)\b"
)
_PENALTY = re.compile(
    r"\b(?:lose|losing|lost|docked?|deducted|deduct|penalty|penalties|penali[sz]ed|points off|marks off)\b"
)
_PENALTY_NEEDS = ("los", "dock", "deduct", "penal", " off")  # a word every match of _PENALTY holds
# a word every match of GRADED_WRONG holds: a mark, grade, score, rubric or result, or marks taken ("took off")
_GRADED_NEEDS = ("mark", "grade", "scor", "rubric", "took", "dock", "deduct", "result")
# "is there a cutoff for late hw", "latest you can hand in late work", "the late limit", "a cap on how late": how late
# work may still come in (the late rule's limit), never the grade scale's cut-offs
_LATE_LIMIT = re.compile(
    r"\b(?:cut\s*-?\s*offs?|limits?|caps?|latest|last\s+(?:day|date|moment|time))\b(?:\s+\w+){0,4}?\s+late(?:ness)?\b"
    r"|\blate(?:ness)?\s+(?:\w+\s+){0,4}?(?:cut\s*-?\s*offs?|limits?|caps?)\b"
)
_LIMIT_WORDS = frozenset({"cut", "off", "cutoff", "cutoffs", "limit", "limits", "cap", "caps"})
# "how much is the late penalty", "the penalty for late work", "late deductions": the late rule's cost, never a weight
_LATE_PENALTY = re.compile(
    r"\blate(?:ness)?\s+(?:\w+\s+)?(?:penalt(?:y|ies)|deductions?)\b"
    r"|\b(?:penalt(?:y|ies)|deductions?)\s+(?:for|on)\s+(?:\w+\s+){0,2}?late(?:ness)?\b"
)
_RATE_UNITS = frozenset({"daily", "hourly"})
# "is lab on friday like normal", "is it in k-204 as usual": held as usual, said of what the question names
_AS_USUAL = frozenset({"normal", "usual", "normally", "usually", "always", "before"})
# The verbs of standing in front of a section: "does sam teach group 2", "is jo running 1c"
_SECTION_RUN_VERBS = frozenset({"teach", "teaching", "taught", "run", "running", "lead", "leading"})
_AS_USUAL_BEFORE = frozenset({"like", "as"})
_RATE = re.compile(r"\b(?:daily|hourly|per (?:day|hour|minute)|each (?:day|hour)|every (?:day|hour)|a day|an hour)\b")


# Words that join two ranges into one asked about ("this week and next week", "march or april").
_JOINING = frozenset({"and", "or", "&", "+", "and/or", "and also", "or in", "and in"})


@dataclass(frozen=True)
class Mention:
    """An entity named in the question, where, and the word before it that relates it ("after hw3")."""

    kind: str
    ids: tuple[str, ...]
    start: int
    end: int
    weight: float = 1.0
    relation: str = ""  # after | before | during | until | since | by | week_after | week_before | day_...


@dataclass
class Reading:
    """Everything found in one question (or one part of a multi-part question)."""

    question: str
    text: str  # respelled, with the time phrases still in
    tokens: list[str]
    cues: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimePhrase] = field(default_factory=list)
    yes_no: bool = False
    either_or: bool = False  # "is it due friday or saturday": which of the alternatives, not yes or no
    request: bool = False
    past: bool = False
    pronoun: bool = False
    other_course: bool = False
    about_bot: bool = False  # "are you chatgpt": about the bot, not the course
    course_named: tuple[int, int] | None = None  # the tokens typing the course's own name ("vet anatomy 2")
    content: list[str] = field(default_factory=list)  # words nothing else explains
    focus: frozenset[str] = frozenset()  # what would be used, in "can I use X for ..."
    unknown_assignments: list[str] = field(default_factory=list)
    told: bool = False  # a sentence of the story around the question ("i lost my code"): asks nothing
    after_story: bool = False  # asks after a story, and may take what the story named ("how bad is it then")

    def ids(self, kind: str) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            if m.kind == kind:
                out += [i for i in m.ids if i not in out]
        return out

    def first(self, kind: str) -> Mention | None:
        return next((m for m in self.mentions if m.kind == kind), None)

    def weights(self, kind: str) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for m in self.mentions:
            if m.kind == kind:
                for i in m.ids:
                    out[i] += m.weight
        return dict(out)

    @property
    def error(self) -> str:
        return next((t.message for t in self.times if t.kind == "error"), "")

    def time(self, *kinds: str) -> TimePhrase | None:
        return next((t for t in self.times if t.kind in kinds), None)

    def joined_range(self) -> TimePhrase | None:
        """The first range, or, when the question joins two ranges by "and" or "or" ("this week and next week",
        "in march or april"), one range over both, labelled with both."""
        ranges = [t for t in self.times if t.kind == "range"]
        if len(ranges) < 2 or ranges[0].relation or ranges[1].relation:
            return ranges[0] if ranges else None
        a, b = ranges[0], ranges[1]
        if self.text[a.end : b.start].strip(" ,").lower() not in _JOINING or not (
            a.first and a.last and b.first and b.last
        ):
            return a
        first, last = min(a.first, b.first), max(a.last, b.last)
        return replace(a, end=b.end, first=first, last=last, label=f"{a.label} and {b.label}")


# A title's full stop before a name: it ends no sentence and parts nothing ("is prof. okafor in on friday").
_TITLE_STOP = re.compile(r"\b(dr|prof|mr|mrs|ms|mx)\.\s*(?=[a-z])")
# "is the midterm at 7 30 pm": a clock typed with a space for its colon, read before "30 pm" is taken for an hour
_SPACED_CLOCK = re.compile(r"\b(\d{1,2})\s+([0-5]\d)(\s*[ap]\.?m\b)")
# "dose quiz 4 open on friday", "deos the lab need goggles": "does" mistyped as the question's first word (only there:
# "dose" is a word of its own elsewhere, "what dose is safe")
_OPENING_DOES = re.compile(r"^(\W*)(?:dose|deos|dos|doese)\s+(?=\w)")


class Reader:
    """Reads questions about one course (its lexicon built once)."""

    def __init__(self, course: Course, lexicon: Lexicon) -> None:
        self.course = course
        self.lexicon = lexicon
        self._series_heads = series_heads(lexicon.series)  # "shet 10": the course's "sheet", not "set"
        self._final_of_series = _final_of_series(course, lexicon)
        # "do i need to go to recitation": being at a class of the course, in its own words.
        classes = "|".join(re.escape(k) for k in (*lexicon.meeting_words, "class", "classes"))
        self._attend = re.compile(rf"\b(?:go|going|goes|went)\s+to\s+(?=(?:the\s+|my\s+)?(?:{classes})\b)")
        self.course_numbers = frozenset(re.sub(r"\D", "", n) for n in (*course.numbers, *course.section_ids()))
        # Course numbers with a subject ("STAT 187"): the course's own means this course; another number with
        # the same subject ("stat 200") is another course.
        numbered = [m for n in course.numbers if (m := _SUBJECT_NUMBER.fullmatch(n.lower().strip()))]
        subjects = sorted({m.group(1) for m in numbered})
        sections = {s.lower() for s in course.section_ids()}
        own = [f"{m.group(1)}\\s*-?\\s*{m.group(2)}" for m in numbered if m.group(0) not in sections]
        self._own_number = re.compile(rf"\b(?:{'|'.join(own)})\b") if own else None
        self._own_subject_numbers = frozenset(m.group(1) + m.group(2) for m in numbered)
        self._subject_number = (
            re.compile(rf"\b({'|'.join(map(re.escape, subjects))})\s*-?\s*(\d{{2,4}}[a-z]?)\b") if subjects else None
        )
        # Other courses the page itself names (prerequisites): asking about them is asking about this course's rule.
        cited = " ".join(f"{p.summary} {p.quote} {' '.join(p.keywords)}" for p in course.policies)
        self.cited_numbers = frozenset(a + b for a, b in _COURSE_NUMBER.findall(plain(cited))) - self.course_numbers
        own_codes = {n.lower().replace(" ", "").replace("-", "") for n in course.numbers}
        self.cited_numbers |= frozenset(a + b for a, b in _DEPARTMENT_NUMBER.findall(plain(cited))) - own_codes
        self._own_codes = frozenset(own_codes)
        self._own_name = name_words(course)  # "vet anatomy 2": the course by its own name
        # The exams in date order, once: "after the exam" with no exam named is the next one.
        # The parts work comes in, in the data's words ("written", "code"): named beside another part, a part.
        self._part_names = frozenset(w for a in course.assignments for p in a.parts for w in words(plain(p)))
        self._exams_by_date = tuple(sorted(course.exams, key=lambda e: e.date))
        self._sitting_words = qualifiers(course)
        self._day_sections = _day_named_sections(course)
        # "register for the exam in Sisu 7 days before": a course whose exam rules tell students to register
        self._exam_registration = any(REGISTER.search(r) for e in course.exams for r in e.rules) or bool(
            registration_items(course, list(course.exams))
        )
        # "last day to drop?", "until when can i deregister from the exam": a course whose own policy says how (its
        # keywords name the act, its words speak of leaving or registering), not the registrar's business
        self._enrollment_rule = enrollment_rule(course)
        # "for the first exam date", "the first klausur attempt": "first" of an exam's date, never the first deadline
        exam_words = {w for e in course.exams for n in (e.title, *e.aliases) for w in phrase_key(n)}
        exam_words = {re.escape(w) for w in exam_words | {"exam", "exams", "examination"} if w.isalpha()}
        self._first_of_an_exam = re.compile(
            rf"\b(?:first|1st)\s+(?:(?:{'|'.join(sorted(exam_words))})\s+){{0,2}}(?:date|sitting|attempt|try)s?\b"
        )
        self._section_exams = shared_names(course)
        self._section_leads = lead_words(course)
        self._exam_dates = [e.date for e in self._exams_by_date]
        self._title_places = _title_places(lexicon)
        self._row_work = row_work(course)  # "the report for practical 3": the work each schedule row names
        # The same question is respelled by several readers of it (the engine, comparisons, notes): once each.
        self._respelled: dict[str, str] = {}
        self._respelled_words: dict[str, str] = {}  # each word as this course's lexicon respells it

    def _registers_for_exam(self, reading: Reading, text: str) -> bool:
        """Whether the question asks about registering for an exam of a course whose exam rules say how."""
        return (
            "enrollment" in reading.cues
            and self._exam_registration
            and any(m.kind == "exam" for m in reading.mentions)
            and REGISTER.search(text) is not None
            and LEAVING.search(text) is None
        )

    def respell(self, question: str) -> str:
        known = self._respelled.get(question)
        if known is not None:
            return known
        if len(self._respelled) >= _RESPELLED_KEPT:
            self._respelled.clear()
        text = self._respell(question)
        self._respelled[question] = text
        return text

    def _respell(self, question: str) -> str:
        text = plain(question)
        if _OPENING_DOES.match(text):  # anchored at the start: a look there, no substitution on every question
            text = _OPENING_DOES.sub(r"\1does ", text)
        text = _SPACED_CLOCK.sub(r"\1:\2\3", text) if "m" in text else text  # "7 30 pm": 7:30 pm
        if "." in text:
            text = _TITLE_STOP.sub(
                r"\1 ", text
            )  # "is dr. okafor in friday", "prof. lee's hours": the title as typed bare
        if self._own_number is not None and _A_DIGIT.search(text):  # every own number holds a digit
            text = self._own_number.sub("this course", text)  # "what is stat 187 about"
        text = numbered_respelled(text, self._series_heads, self.lexicon.vocabulary)
        text = respell(
            text, self.lexicon.correct, self.lexicon.joined, keep=self.lexicon.own_shorthand, memo=self._respelled_words
        )
        text = nth_items_named(self.course, self.lexicon.series, text)  # "the 2nd quiz" is quiz 2, not the 2nd
        text = spelled_numbers_named(self.course, text)  # "midterm one": the exam the course calls "Midterm 1"
        if self._final_of_series is not None and "final" in text:
            text = self._final_of_series.sub("last ", text)  # "the final pset": the last problem set, not the exam
        if "go" in text or "went" in text:  # the verbs _attend rewrites, looked for before its pattern is tried
            text = self._attend.sub("attend ", text)
        return _DROP_IN.sub("attend", text) if "op" in text else text  # drop, pop, stop

    def read(self, question: str, now: dt.datetime, text: str | None = None) -> Reading:
        text = self.respell(question) if text is None else text
        first_words = words(text)
        past = not _PAST.isdisjoint(first_words) or _told_handed_in(words(question.lower()))
        supposed = _supposed_from(text) if past else None
        times = find_phrases(text, now, self.course, past=past, course_day=True)
        # "my group is on tuesdays": the section's weekday told, no day asked
        times = [t for t in times if not _SECTION_DAY_TOLD.search(text[max(0, t.start - 30) : t.end])]
        # "is it during our usual friday recit time": the weekday of a weekly meeting, no day asked
        times = [t for t in times if not _USUAL_WEEKDAY.search(text[max(0, t.start - 12) : t.end])]
        # "is the midterm during the normal thursday lecture time": a weekly slot's weekday, no day asked nor topic
        slots_named = weekly_slot_spans(text)
        times = [t for t in times if not any(s <= t.start < e for s, e in slots_named)]
        # "from today until the midterm": today starts the span an exam or a break ends, it is not the day asked
        times = [t for t in times if not _FROM_TODAY_UNTIL.match(text[max(0, t.start - 5) : t.end + 12].strip())]
        if times and self._day_sections is not None:
            # "which demonstrator is in the wednesday stream": a section the course names by its weekday, no day asked
            named = [
                (m.start(), m.end())
                for m in self._day_sections.finditer(text)
                if not _OWN_SECTION_TOLD.search(text[max(0, m.start() - 16) : m.start()])
            ]
            times = [t for t in times if not any(s <= t.start < e for s, e in named)]
        if supposed is not None:
            # "i was sick last week, if i hand it in saturday": the story is past, the hand-in still to come
            later = find_phrases(text, now, self.course, course_day=True)
            times = [t for t in times if t.end <= supposed] + [t for t in later if t.start >= supposed]
            past = False
        named = self.lexicon.dated_period_spans(text)
        if named:
            # "is there class on whit monday": the day off the data names, not the coming Monday
            times = [t for t in times if not any(s < t.end and t.start < e for s, e in named)]
        # "the thursday lecture on 16 april": one day, 16 April (its weekday read as part of it, not as a word)
        rest = _blank(text, [(t.start, t.end) for t in times] + _date_asides(text, times) + slots_named)
        times = weekday_of_date(times, text)
        tokens = words(rest)
        reading = Reading(question=question, text=text, tokens=tokens, times=times, past=past)
        self._entities(reading, question)
        self._work_of_row(reading)
        # "the class test dates": the exams of that shared name, as one mention
        today = now.astimezone(self.course.tz).date()
        reading.mentions = merged_series(
            reading.mentions, reading.tokens, self._exams_by_date, today, self._sitting_words
        )
        self._the_break(reading, now)
        # "after diwali" of two Diwali breaks: the one to come
        reading.mentions = one_day_off_each(reading.mentions, self.lexicon.periods, today, past=reading.past)
        if (
            any(m.kind == "period" and m.relation == "after" for m in reading.mentions)
            and not any(m.kind in ("assignment", "series", "exam") for m in reading.mentions)
            and not reading.cues & {"due", "grades", "regrade"}
            and _BACK.search(text)  # the pattern last: most questions name no stretch it could be after
        ):
            # "when are we back after spring break", "when do lectures resume after the field week": the first class
            # (of the kind named) after it
            reading.cues |= {"class", "next"}
        self._exam_word_of_a_period(reading)
        reading.mentions = exam_word_of_a_topic(reading.mentions)
        self._this_of_series(reading, now)
        self._implied_exam(reading, now)
        self._exam_by_order(reading)
        if "next" in reading.cues and not _NEXT_SAID.search(text) and self._first_of_an_exam.search(text):
            reading.cues.discard("next")  # "deadline for the exam registration for the first date": of the exam's
        if self._registers_for_exam(reading, text):
            # "do i have to register for the exam": the exam's own rule on registering, not the registrar's business
            reading.cues.discard("enrollment")
        if "enrollment" in reading.cues and self._enrollment_rule and self._enrollment_rule.search(text):
            reading.cues.discard("enrollment")  # "last day to drop?" of a course whose policy gives that day
        if "last" in reading.cues and last_only_the_verb(text):
            reading.cues.discard("last")  # "how long does lecture last": how long it runs, not the latest lecture
        if "place" in text and _TAKES_PLACE.search(text) and not _WHERE_SAID.search(text):
            reading.cues.discard("where")  # "did the final take place already": whether it happened, not where
        self._weekday_in_period(reading)
        if "where" in reading.cues and where_means_when(text):
            reading.cues.discard("where")  # "any holidays in march where we lose class": which days, not a room
        if "question" in text and _QUESTIONS_ON_COURSE.search(text):
            # "is there a forum for questions about the course": where questions go, not what the course is about
            reading.cues.discard("course")
            reading.cues.add("forum_place")
        if "countdown" in reading.cues:
            # "how many days until the midterm": the midterm's date is asked, not what comes before it.
            reading.mentions = [
                replace(m, relation="") if m.kind in ("exam", "period") and m.relation in ("until", "before") else m
                for m in reading.mentions
            ]
        lead = [w for w in first_words if w not in FILLERS][:3]
        reading.request = (
            (any(tuple(lead[: len(o)]) == o for o in REQUEST_OPENERS) and not _anyone_may(lead))
            or _asked_of_anyone(lead)
            or _list_asked_for(first_words)
        )
        reading.yes_no = bool(lead) and lead[0] in YES_NO_STARTERS and not reading.request
        if not reading.yes_no and not (lead and lead[0] in _WH):
            # "ps4 is due friday right?", "im so cooked, is it next week?", "if ps4 is 50 hours late can i still
            # submit": a yes/no question after a statement or a condition.
            reading.yes_no = asked_after_statement(text, lead, reading.times)
        if not reading.yes_no and not (lead and lead[0] in _WH):
            # "aisha is my tutor for t3?": who someone is, stated and asked back
            people = [m.start for m in reading.mentions if m.kind == "person"]
            roles = [m.start for m in reading.mentions if m.kind == "role"]
            reading.yes_no = role_stated_and_asked(text, tokens, people, roles)
        if not reading.yes_no and lead and lead[0] in _WH:
            # "when was lr1 due again, was it monday oct 5": the student's own guess, Yes or No on it first
            roles = [tokens[m.start] for m in reading.mentions if m.kind == "role"]
            reading.yes_no = guess_after_wh(text, reading.cues, reading.times, roles)
        or_tail = first_words[-2:-1] == ["or"] and first_words[-1] in _OR_TAIL  # "... or not", "... or nah"
        if (
            reading.yes_no
            and "or" in first_words
            and not or_tail
            and not _OR_ONLY.search(text)
            and not NO_SIDE_ASKED.search(text)
        ):
            # "is it before or after", "in person or online": which one, not yes or no; "in person or only on zoom"
            # still asks the first ("or only" is the student's guess at the No); "any quizzes on monday or tuesday"
            # asks whether there is any at all, on one or the other.
            reading.yes_no = _ANY_BEFORE_OR.search(text) is not None
            reading.either_or = not reading.yes_no
        reading.about_bot = lead[:2] == ["are", "you"] and (lead[2:3] or [""])[0] not in NOT_ABOUT_YOU
        if not _RANKING.isdisjoint(first_words) and any(
            w in _RANKING and first_words[i + 1 : i + 2] != ["recent"] and not _bound(first_words, i)
            for i, w in enumerate(first_words)
        ):
            reading.cues.add("opinion")  # "the TA with the most office hours": a ranking the page does not make
        if "best" in first_words and any(
            a == "best" and b in ("way", "time", "place", "person") for a, b in pairwise(first_words)
        ):
            reading.cues.discard("opinion")  # "the best way to reach the staff" asks how, not which is best
        # looked for once: both rules below ask it (and only in a text holding a word every match of it holds)
        penalty = holds_fragment(text, _PENALTY_NEEDS) and _PENALTY.search(text) is not None
        if penalty and _RATE.search(text) and not reading.cues & {"exam", "grading"}:
            reading.cues.add("late")  # "do we lose points daily": how a late penalty is counted
        elif (penalty or "late" in reading.cues) and stated_rate(text) and "exam" not in reading.cues:
            # "do we lose 5 percent per day": a late penalty's rate, never a weight in the grading breakdown
            reading.cues.add("late")
            reading.cues.discard("grading")
        if penalty and "late" in text and _LATE_PENALTY.search(text):
            reading.cues.add("late")  # "how much is the late penalty": the late rule's cost, not the breakdown
            reading.cues.discard("grading")
        if "late" in text and _LATE_LIMIT.search(text):
            reading.cues.add("late")  # "is there a cutoff for late hw": the late rule's limit, not the grade scale
            reading.cues.discard("grading")
        if (
            "make" in text
            and _MAKE_UP.search(text)
            and reading.ids("assignment")
            and not reading.ids("exam")
            and not reading.cues & {"exam"}
        ):
            # "i missed plq7, can i still make it up": handing in work after its deadline, its late rules
            reading.cues.add("late")
        if (
            (("still" in text and STILL_DONE.search(text)) or ("open" in text and _REOPENED.search(text)))
            # "i forgot the quiz, can i still do it": work of a kind, told of as missed
            and (reading.ids("assignment") or (reading.ids("series") and told_missed(text)))
            and not reading.ids("exam")
        ):
            reading.cues.add("late")  # "i forgot quiz 3 can i still take it": doing the work after its deadline
        if "by" in text and _DONE_BY.search(text):
            reading.cues.add("due")  # "when do i have to finish the gene regulation quiz by": its deadline
        if holds_fragment(text, _GRADED_NEEDS) and GRADED_WRONG.search(text):
            reading.cues.add("regrade")  # "i think the grader made a mistake on my ps3": a regrade
            # "the mark came out 10 days ago, can i ask for a review": when the mark came out is told, not asked
            reading.cues.discard("release")
        elif asks_marks_back(text):
            reading.cues.add("grades")  # "when do we get essay 1 back": when its marks come out
        if "parts" in reading.cues and any(t.kind == "lateness" for t in times):
            reading.cues.add("whatif")  # "the code went in 10 min late but the written was on time": that case
        if any(t.kind == "moment" and _HANDED_IN_AT.search(text[: t.start]) for t in times):
            # "the late penalty on ps5 turned in 3 nov 3:50pm": a day and hour said as when the work goes in, that case
            reading.cues.add("whatif")
        if "pool" in reading.cues and asks_notice_to_use(text):
            reading.cues.add("applied")  # "do i need to email someone to use a late day": how the pool is used
        if _is_task(reading, first_words, lead):
            reading.cues.add("task")
        reading.pronoun = not _PRONOUNS.isdisjoint(tokens)
        reading.focus = _used_thing(tokens)
        reading.course_named = course_name_span(self._own_name, tokens)
        if reading.course_named is None:
            reading.other_course = self._other_course_named(reading, plain(question), text)
        else:
            # "whats general chem 1 about": the number inside the course's own name is no other course's
            unnamed = " ".join(tokens[: reading.course_named[0]] + tokens[reading.course_named[1] :])
            reading.other_course = self._other_course_named(reading, unnamed, unnamed)
        return reading

    def _other_course_named(self, reading: Reading, typed: str, text: str) -> bool:
        """Whether the part asks about another course by its number ("is stat 200 a good class", "math 54")."""
        if not _A_DIGIT.search(typed):
            return False  # every course number has digits: without one there is none to look for
        foreign = {a + b for a, b in _COURSE_NUMBER.findall(typed)} - self.course_numbers
        if self._subject_number is not None:
            found = {a + b for a, b in self._subject_number.findall(typed)}
            foreign |= found - self._own_subject_numbers  # "is stat 200 a good class"
        # "math 54"; "marketing 2100" of MKTG 2100 is this course by its department's whole name
        departments = {a + b for a, b in _DEPARTMENT_NUMBER.findall(typed) if b not in self.course_numbers}
        foreign |= departments - self._own_codes
        if not foreign:
            return False
        # A piece of a longer question is of another course only by a number it names itself ("i also have a 15-445
        # project. when is the mini-project due": the second sentence is about this course).
        digits = _NOT_DIGIT.sub("", text)
        foreign = {n for n in foreign if _NOT_DIGIT.sub("", n) in digits}
        # "when is 10-601 hw5 due" is another course's homework even when the page names 10-601 as a prerequisite.
        named = any(m.kind in ("assignment", "exam") for m in reading.mentions) or reading.unknown_assignments
        return bool(foreign) and bool(named or not foreign <= self.cited_numbers)

    def _entities(self, reading: Reading, question: str) -> None:
        tokens = reading.tokens
        lex = self.lexicon
        spans: list[tuple[int, int, Tag]] = []
        for i, token in enumerate(tokens):
            for n in lex.phrase_lengths.get(token, ()):
                if n > 6 or n > len(tokens) - i:
                    continue
                tags = lex.phrases.get(tuple(tokens[i : i + n]))
                if tags:
                    spans += [(i, i + n, t) for t in tags]
        mentions: list[Mention] = []
        # Assignments by canonical key, longest first at each position ("hw 4 part b" before "hw 4").
        taken = [False] * len(tokens)
        canon = [canon_token(t) for t in tokens]  # each token's canonical form once, for every key it is part of
        for i in range(len(tokens)):
            if taken[i] or not lex.starts_work_name(canon[i]):
                continue  # (no key of the course's work begins with this word: none is built from here)
            # A name opening on a common word is read only whole, with a word after it ("check off 3": a Check-off
            # 3), never the word and a number ("week 3", "day 2") nor an item the course lacks.
            common = tokens[i] in STOPWORDS
            if common and (i + 2 >= len(tokens) or tokens[i + 1].isdigit()):
                continue
            for n in range(min(len(tokens) - i, 4), 2 if common else 0, -1):
                key = "".join(canon[i : i + n])
                ids = lex.assignment_keys.get(key)
                if ids:
                    parts, end = _named_parts(tokens, i + n, key, lex)
                    if parts:  # "hw4 part a and part b": those parts; "hw4a and b": hw4a too
                        lettered = (m := NUMBERED.match(key)) is not None and bool(m.group(3))
                        ids = tuple(dict.fromkeys((*(ids if lettered else ()), *parts)))
                    mentions.append(Mention("assignment", ids, i, end, 3.0, _relation(tokens, i)))
                    taken[i:end] = [True] * (end - i)
                    break
                # NUMBERED ends in one or two digits, perhaps with a letter after: a key ending otherwise is no match
                numbered = NUMBERED.match(key) if n <= 3 and (key[-1:].isdigit() or key[-2:-1].isdigit()) else None
                # Two numbers typed apart are not one ("hw3 part 2", "stage 2, one of us"): a shorter key is read.
                if numbered and sum(any(c.isdigit() for c in t) for t in canon[i : i + n]) > 1:
                    continue
                # A letter typed as its own word right after the number is a word ("ps6 i forgot", "is hw3 a group
                # project"), not the part letter of an item the course lacks (a part it has was matched above);
                # after a part word it is a part ("hw4 part c": a part the course lacks).
                if numbered and numbered.group(3) and len(canon[i + n - 1]) == 1 and canon[i + n - 2][-1:].isdigit():
                    continue
                if numbered and numbered.group(1) in lex.numbered_prefixes and not common:
                    reading.unknown_assignments.append(" ".join(tokens[i : i + n]))
                    taken[i : i + n] = [True] * n
                    break
        if not any(m.kind == "assignment" for m in mentions):
            mentions += _by_title_words(tokens, lex, self._title_places)
        mentions = [_narrowed(m, tokens, lex) if m.kind == "assignment" and len(m.ids) > 1 else m for m in mentions]
        mentions = joined_work(mentions, tokens)  # "the draft for essay 2": the one item both halves name
        # Other entities: the longest match of each kind wins where matches of that kind overlap.
        relations: dict[int, str] = {}  # the word relating what starts at each token, read once per token
        by_kind: dict[str, list[tuple[int, int, Tag]]] = defaultdict(list)
        for span in spans:
            by_kind[span[2].kind].append(span)
        for kind, found in by_kind.items():
            if kind == "cue":
                continue
            # Of names as long, one holding a number typed beats one that opens on an ordinal ("which is first,
            # test 2 or ...": test 2, not "first test").
            found.sort(key=lambda s: (-(s[1] - s[0]), not any(t.isdigit() for t in tokens[s[0] : s[1]]), s[0]))
            # The spans taken, each once: a large course names many things by the same words, and a span taken
            # again changes nothing of which overlap.
            used: dict[str, dict[tuple[int, int], None]] = defaultdict(dict)
            for start, end, tag in found:
                # The longest name wins where names overlap; different policies' keywords may share words.
                taken_here = used[tag.value if kind == "policy" else kind]
                if any(start < e and s < end and (s, e) != (start, end) for s, e in taken_here):
                    continue
                if kind == "person" and end - start == 1 and not self._is_name(tokens[start], start, spans, question):
                    continue
                if kind == "policy" and end - start == 1 and plain_word_here(tokens[start], question):
                    continue  # "the same day as q7": not "AS" (Accessibility Services)
                if kind == "policy" and end - start == 1 and noun_as_verb(tokens, start):
                    continue  # "how do i book my visa appointment": no textbook
                taken_here[start, end] = None
                if start not in relations:
                    relations[start] = _relation(tokens, start)
                mentions.append(Mention(kind, (tag.value,), start, end, tag.weight, relations[start]))
        mentions += _shared_tail_topics(tokens, mentions, lex)
        # The kinds named: each pass below about one kind of mention runs only when the question names that kind (a
        # pass only drops or moves mentions, so a kind named before it is a kind that may still be there).
        kinds = {m.kind for m in mentions}
        if "period" in kinds:
            # "reading list", "conference room": one word of a day off's label followed by another thing is that thing.
            mentions = [m for m in mentions if m.kind != "period" or _about_the_occasion(tokens, m, lex.label_words)]
            # "before golden week ends", "by the time spring break is over": up to its end, not its start
            mentions = [
                replace(m, relation="through")
                if m.kind == "period"
                and m.relation in ("before", "by", "until")
                and _ENDS_AFTER.match(" ".join(tokens[m.end : m.end + 2]))
                else m
                for m in mentions
            ]
        if "topic" in kinds:
            mentions = _grouped_topics(tokens, mentions)
        # "how many sections are on the final": the exam's parts, not a kind of meeting held per section (no kind, no
        # class cue)
        exam_parts = "exam" in kinds and sections_are_parts(tokens)
        if "exam" in kinds:
            mentions = _exam_names_inside_work(mentions)
        if exam_parts:
            mentions = [m for m in mentions if m.kind != "kind" or not set(tokens[m.start : m.end]) <= PART_WORDS]
        # "the viva for P2": the section's own sitting ("Lab Viva (P2)"), not a policy naming vivas
        for exam_ids, i, j in section_exams(tokens, mentions, self._section_exams):
            mentions.append(Mention("exam", exam_ids, i, j, 2.0, _relation(tokens, i)))
            kinds.add("exam")
        sittings: frozenset[int] = frozenset()  # where an exam word names no exam of this course
        if "exam" in kinds or any(tag.kind == "cue" and tag.value == "exam" for _, _, tag in spans):
            # "the repeat exam": the sitting of the reassessment policy, not the course's exam (and no exam cue).
            sittings = qualified_exams(mentions, tokens, self._sitting_words)
            # "three other courses with midterms": those courses' exams, not this one's
            exam_words = frozenset(tokens[m.start] for m in mentions if m.kind == "exam") | _EXAM_WORDS
            sittings |= others_exams(tokens, exam_words)
            mentions = [m for m in mentions if m.kind != "exam" or m.relation or m.start not in sittings]
        if "series" in kinds:
            # "lab report" is the series, not the item whose part is named "report": a name inside a series' name is
            # not that item.
            series = [(m.start, m.end) for m in mentions if m.kind == "series"]
            mentions = [
                m
                for m in mentions
                if m.kind != "assignment"
                or not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in series)
            ]
        if "assignment" not in kinds and "series" not in kinds and (head := work_by_head(self.course, tokens)):
            # "do we have to upload the slides": the one item whose name ends so, handed in by the asker; not the
            # lecture slides a policy or the schedule names
            item, at = head
            mentions = [m for m in mentions if not m.start <= at < m.end]
            mentions.append(Mention("assignment", (item,), at, at + 1, 2.0, _relation(tokens, at)))
            kinds.add("assignment")
        if "kind" in kinds and "assignment" in kinds:
            # "the poster session" (a kind of meeting the course names so): the session, not the "poster" handed in
            held = [(m.start, m.end) for m in mentions if m.kind == "kind"]
            mentions = [
                m
                for m in mentions
                if m.kind != "assignment"
                or not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in held)
            ]
        if "kind" in kinds:
            # "during the archive visits", "the week after the lab days": a kind held as one block, named beside a
            # stretch's relation, is that block
            blocks = [
                Mention("period", (lex.block_periods[m.ids[0]],), m.start, m.end, 2.0, m.relation)
                for m in mentions
                if m.kind == "kind"
                and m.ids[0] in lex.block_periods
                and m.relation in _SPAN_RELATIONS
                and not any(p.kind == "period" and p.start <= m.start < p.end for p in mentions)
            ]
            if blocks:
                mentions += blocks
                kinds.add("period")
        if "period" in kinds:
            periods_named = [(m.start, m.end) for m in mentions if m.kind == "period"]
            if "exam" in kinds:
                # "when is the midsem break", "finals week": an exam's name inside a period's longer name is that
                # period's
                mentions = [m for m in mentions if m.kind != "exam" or not _inside_period(tokens, m, periods_named)]
            # "lectures during the practical week": the kind inside the period's name is that name, the kind asked the
            # other
            mentions = _kind_outside_period(mentions, periods_named)
        # "the last thing we have to hand in": a series named by a verb, used as one, is no series asked about
        verbs = (
            [m for m in mentions if m.kind == "series" and used_as_verb(tokens, m.start, m.end)]
            if "series" in kinds
            else []
        )
        if verbs:
            reading.cues.add("work_verb")
            mentions = [m for m in mentions if m not in verbs]
        # A cue inside a longer name is part of the name: "exam" in "practice exam", "break" in "spring break".
        named = list(dict.fromkeys((m.start, m.end) for m in mentions if m.kind != "policy"))  # each span once
        # An assignment named by the very word of a cue ("the quiz" of a course whose quiz is an assignment) is
        # the assignment, not the cue's kind of thing.
        own_names = {(m.start, m.end) for m in mentions if m.kind in ("assignment", "series")}
        if any(m.kind == "series" for m in mentions):
            reading.cues.add("homework_kind")  # "how many quizzes are left": a kind of the course's work
        # "do we have lecture on the founders holiday": the day-off word after a day off's name is that name's
        period_ends = {m.end for m in mentions if m.kind == "period"}
        meeting_asked = bool(period_ends) and (
            any(m.kind == "kind" for m in mentions) or any(t.kind == "cue" and t.value == "class" for _, _, t in spans)
        )
        for start, end, tag in spans:
            if tag.kind != "cue":
                continue
            if any(s <= start and end <= e and (e - s) > (end - start) for s, e in named):
                continue
            if tag.value == "no_class" and names_the_day_off(tokens, start, end, period_ends, meeting_asked):
                continue
            if tag.value == "exam" and ((start, end) in own_names or start in sittings):
                continue
            if exam_parts and tag.value == "class" and set(tokens[start:end]) <= PART_WORDS:
                continue
            reading.cues.add(tag.value)
        mentions = _roles_outside_help_hours(mentions, spans)
        if "section" in kinds and "topic" in kinds:
            # "is group f online": the way the section meets, not a schedule row whose title says "online"; "group b
            # prac": the section's own letter, not a row titled "(groups A and B)"
            modes = {(s, e) for s, e, tag in spans if tag.kind == "cue" and tag.value == "in_person"}
            named = [(m.start, m.end) for m in mentions if m.kind == "section"]
            mentions = [
                m
                for m in mentions
                if m.kind != "topic"
                or ((m.start, m.end) not in modes and not any(s <= m.start and m.end <= e for s, e in named))
            ]
        mentions += self._numbered_meetings(tokens, mentions)
        # "lecture over thanksgiving" is lecture during the break, not when it ends.
        periods = {m.start for m in mentions if m.kind == "period"}
        if any(
            m.kind == "kind"
            and (tokens[m.end : m.end + 1] in (["over"], ["out"]) or tokens[m.end : m.end + 2] in _LETS_OUT)
            and m.end + 1 not in periods
            for m in mentions
        ):
            reading.cues.add("time_of")  # "when is lecture over": when it ends
        elif tokens[-1:] == ["out"]:
            reading.cues.add("release")  # "is ps4 out"
        # "the midterm review (session)", "a review session for exam 1": a meeting before the exam, not the exam.
        mentions = [
            replace(m, relation="before")
            if m.kind == "exam"
            and not m.relation
            and (
                (tokens[m.end : m.end + 1] and tokens[m.end] in _BEFORE_EXAM)
                or (tokens[m.start - 1 : m.start] == ["for"] and _BEFORE_EXAM & set(tokens[: m.start]))
            )
            else m
            for m in mentions
        ]
        if "after" in tokens or "once" in tokens or "when" in tokens:
            mentions = work_done_first(tokens, mentions)  # "once the draft is in, what's due after that"
        mentions = _section_not_its_work(mentions, reading.cues)
        mentions = article_sections(mentions, tokens, question, self._section_leads)  # "is there a lecture"
        reading.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        if asks_section_meeting(reading.cues, mentions, bool(reading.times)):
            reading.cues.add("class")  # "where is t04 on tuesday": that section's meeting then
        dated = bool(reading.times) or any(m.kind == "period" or (m.kind == "exam" and m.relation) for m in mentions)
        if visits_person(tokens, mentions, reading.cues, dated=dated):
            reading.cues.add("office_hours")  # "when can i see dr siti": her office hours
        covered = {i for m in mentions if m.kind not in ("topic", "policy") for i in range(m.start, m.end)}
        covered |= {i for s, e, tag in spans if tag.kind == "cue" for i in range(s, e)}
        # "is mr okoro the coordinator": "mr" is part of naming okoro
        covered |= titles_before(tokens, (m.start for m in mentions if m.kind == "person"))
        covered |= {m.end for m in mentions if m.kind == "topic" and tokens[m.end : m.end + 1] in _GROUPING_LIST}
        # Each pass below looks at the tokens only when they hold its word (most questions hold none).
        words_held = frozenset(tokens)
        if "year" in words_held:
            # "when is spring break this year": the course's own year, nothing else asked
            covered |= {i for i in range(1, len(tokens)) if tokens[i] == "year" and tokens[i - 1] == "this"}
        if "least" in words_held or "most" in words_held:
            # "at least 24 hours before": a bound on a figure, read with the figure, no ranking asked
            covered |= {i for i in range(len(tokens)) if _bound(tokens, i)}
        if not _USUAL.isdisjoint(words_held):
            # "during our normal lecture time": the meeting's own slot, no word of its own
            covered |= {i for i in range(len(tokens) - 1) if tokens[i] in _USUAL and i + 1 in covered}
        if not _ACCEPTED.isdisjoint(words_held):
            # "is that fine", "would it be alright": whether what was said is accepted, asked as the question itself
            covered |= {i for i in range(1, len(tokens)) if tokens[i] in _ACCEPTED and tokens[i - 1] in _ACCEPTED_OF}
        if "office_hours" in reading.cues:
            # "does tomas hold any of his office hours on zoom", "does she offer online consults": keeping them
            covered |= {i for i, t in enumerate(tokens) if t in _KEEPS_HOURS}
        if "office_hours" in reading.cues or ("hours" in reading.cues and any(m.kind == "person" for m in mentions)):
            # "are amara's hours longer the week of the midterm": a session's length against the person's usual one,
            # which the office-hours answer reads
            covered |= {i for i, t in enumerate(tokens) if t in LENGTH_WORDS}
        if closing := closing_words(tokens, mentions, timed=any(t.kind in ("day", "range") for t in reading.times)):
            reading.cues.add("due")  # "what time does webwork close": when it is due
            covered |= closing
        if len({t for t in tokens if t in self._part_names}) >= 2 and ("late" in reading.cues or "time" in tokens):
            reading.cues.add("parts")  # "the data on time but the poster 3 hours late": two parts of one work
        if "parts" in reading.cues:
            # "the written part on time and the code late": "code" is the other part of the work
            covered |= {i for i, t in enumerate(tokens) if t in self._part_names}
        covered |= told_weather(self.course, tokens)  # "its pouring rn, do we still have lab": the scene
        subject = class_subject_at(tokens) if any(t.kind in ("day", "range") for t in reading.times) else None
        if subject is not None:
            covered.add(subject)  # "what grammar are we doing in may": the classes' subject, read from the days
        if {"person", "section"} <= {m.kind for m in mentions}:
            # "does sam teach group 2", "does jo run 1c": the verb of running a section, said of a person
            covered |= {i for i, t in enumerate(tokens) if t in _SECTION_RUN_VERBS}
        if "where" in tokens[:2]:
            # "where can i watch the lecture recordings": where to find them, said with the verb of what one does there
            covered |= {i for i, t in enumerate(tokens) if t in _FINDING}
        if "late" in reading.cues and _LATE_LIMIT.search(" ".join(tokens)):
            # "is there a cut off for late lab reports": the late rule's limit is what is asked, every word of it read
            covered |= {i for i, t in enumerate(tokens) if t in _LIMIT_WORDS}
            reading.cues.discard("no_class")  # the "off" of "cut off", not a day off
        if "late" in reading.cues:
            # "is late work penalized daily": the unit the late penalty is counted in, which its rule says
            covered |= {i for i, t in enumerate(tokens) if t in _RATE_UNITS}
        if any(t.grain == "span" and reading.text[t.end :].split()[:1] == ["long"] for t in reading.times):
            covered |= {i for i, t in enumerate(tokens) if t == "long"}  # "is the final 2 hours long": that length
        if _CONTRAST_WORDS & set(tokens) and _contrasts_days(reading) and _names_work(reading):
            # "if i do ps4 on saturday instead of friday does it count": the work's due day decides; not "if i go to
            # lecture on friday instead of wednesday", where a meeting held is no Yes to going in another's place
            covered |= {i for i, t in enumerate(tokens) if t in _CONTRAST_WORDS}
        covered |= {i for i in range(1, len(tokens)) if tokens[i] in _AS_USUAL and tokens[i - 1] in _AS_USUAL_BEFORE}
        if len(tokens) > 2 and tokens[-1] == "correct" and _CORRECT_TAG.search(reading.text):
            covered.add(len(tokens) - 1)  # "hw3 due feb 23 correct?": a tag asking to confirm, like "right?"
        reading.content = [
            t
            for i, t in enumerate(tokens)
            if i not in covered
            and (t not in STOPWORDS or _named_list(tokens, i))
            and not t.isdigit()
            and len(t) > 1
            and not noun_as_verb(tokens, i)  # "how do i book my visa appointment": searched for no textbook
        ]

    def _work_of_row(self, reading: Reading) -> None:
        """ "the lab report from day 1 of the practical", "when is the report for practical 3 due": the work the
        schedule row named belongs to, read as that assignment (the row and a report's plain word no more)."""
        ties = self._row_work
        if not ties.by_row:
            return
        tokens, mentions = reading.tokens, reading.mentions
        kinds = [(m.ids[0], m.start, m.end) for m in mentions if m.kind == "kind"]
        found = rows_named(tokens, kinds, self.lexicon.numbered_row)
        # a row's label read as a topic ("practical day 4"): with its number, never a plain topic word ("data")
        found += [
            (int(m.ids[0]), m.start, m.end)
            for m in mentions
            if m.kind == "topic"
            and len(m.ids) == 1
            and m.ids[0].isdigit()
            and int(m.ids[0]) in ties.by_row
            and any(number_said(t) is not None for t in tokens[m.start : m.end])
        ]
        kind_words = {tokens[m.start]: m.ids[0] for m in mentions if m.kind == "kind" and m.end == m.start + 1}
        ordinals = ordinal_rows(reading.text, reading.times, kind_words, self.lexicon.numbered_row)
        found += [
            (row, m.start, m.end)
            for row, _ in ordinals
            for m in mentions
            if m.kind == "kind" and m.ids[0] == self.course.schedule[row].kind
        ]
        if not found:
            return

        def beside(m: Mention) -> bool:
            """Work named apart from the row: "lab 1" is both the row and "Lab 1 Report"'s own name, and "when is
            lab 1" asks the meeting; "the report for lab 1" names work beside it."""
            return not any(m.start < e and s < m.end for _, s, e in found)

        tied = {a for row, _, _ in found for a in ties.by_row.get(row, ())}
        if any(
            m.kind == "assignment"
            and not tied & set(m.ids)
            and any(c.isdigit() for t in tokens[m.start : m.end] for c in t)
            for m in mentions
        ):
            return  # "when is the lab 2 report due" names Lab Report 2 by its own name, whatever lab 2's report is
        work = [m for m in mentions if m.kind in ("series", "assignment") and beside(m)]
        if not work:
            # "whats due after lab 2", "until practical 3": with no work named, the row is where a span starts or
            # ends, not whose work is asked ("how long after practical 4 is the report due" names its work)
            found = [(row, s, e) for row, s, e in found if _relation(tokens, s) in ("", "week_of", "day_of")]
            if not found:
                return
        named = [i for m in work if m.kind == "series" for i in self.lexicon.series.get(m.ids[0], ())]
        named += [i for m in work if m.kind == "assignment" for i in m.ids]
        work_words = frozenset(t for m in work for t in tokens[m.start : m.end] if t.isalpha())
        item = work_of_rows(ties, [row for row, _, _ in found], named, work_words, "due" in reading.cues)
        if item is None:
            return
        spans = [(s, e) for _, s, e in found]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)

        def dropped(m: Mention) -> bool:
            inside = any(s <= m.start and m.end <= e for s, e in spans)
            if m.kind in ("topic", "kind") and inside:
                return True
            # "the report" read as another report: the plain word is this row's work
            typed = tokens[m.start : m.end]
            return m.kind == "assignment" and item not in m.ids and not any(any(c.isdigit() for c in t) for t in typed)

        kept = [m for m in mentions if not dropped(m)]
        if not any(m.kind == "assignment" and m.ids == (item,) for m in kept):
            kept.append(Mention("assignment", (item,), start, end, 3.0))
        reading.mentions = sorted(kept, key=lambda m: (m.start, -m.end))
        # "my practical day 4 is thursday nov 19": the row's own date is told, not asked
        row_days = {self.course.schedule[row].date for row, _, _ in found}
        told = {id(t) for _, t in ordinals}  # "the 5th seminar": no day of the month
        reading.times = [
            t
            for t in reading.times
            if id(t) not in told and not (t.kind == "day" and t.first == t.last and t.first in row_days)
        ]

    def _numbered_meetings(self, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
        """ "lecture 20", "lec 12": the schedule row of that kind with that number (or the nth of its kind)."""
        out = []
        sections = {(m.start, m.end) for m in mentions if m.kind == "section"}
        for m in mentions:
            if m.kind != "kind" or m.end >= len(tokens) or any(s <= m.end < e for s, e in sections):
                continue
            number = tokens[m.end]
            if not number.isdigit() or len(number) > 3:
                continue
            row = self.lexicon.numbered_row(m.ids[0], int(number))
            if row is not None:
                out.append(Mention("topic", (str(row),), m.start, m.end + 1, 12.0))
        return out

    def _this_of_series(self, reading: Reading, now: dt.datetime) -> None:
        """ "what's due after this essay": of the series named, the item due now or next."""
        tokens = reading.tokens
        for i, m in enumerate(reading.mentions):
            if m.kind != "series" or tokens[max(0, m.start - 1) : m.start] not in (["this"], ["current"]):
                continue
            items = [a for a in map(self.course.assignment, self.lexicon.series.get(m.ids[0], ())) if a is not None]
            coming = sorted((a for a in items if a.due > now), key=lambda a: (a.due, a.id))
            if coming:
                relation = m.relation or _relation(tokens, m.start - 1)  # "after this essay"
                reading.mentions[i] = replace(m, kind="assignment", ids=(coming[0].id,), weight=3.0, relation=relation)
                if not any(n.kind == "series" for n in reading.mentions):
                    reading.cues.discard("homework_kind")  # one item, not a kind of work

    def _the_break(self, reading: Reading, now: dt.datetime) -> None:
        """ "after the break", "when does the break end": the current or next stretch of days off named with the
        word typed ("break", "recess"), else the current or next one longer than a day."""
        if any(m.kind == "period" for m in reading.mentions):
            return
        tokens = reading.tokens
        at = next(
            (i for i, t in enumerate(tokens) if t in _BREAK_WORDS and i and tokens[i - 1] in ("the", "this", "next")),
            None,
        )
        if at is None:
            return
        today = now.astimezone(self.course.tz).date()
        coming = sorted(
            (p for p in self.lexicon.periods.values() if p.last >= today and not p.held), key=lambda p: p.first
        )
        named = [p for p in coming if tokens[at] in phrase_key(p.name)]
        longer = [p for p in coming if p.last > p.first]
        chosen = (named or longer or [None])[0]
        if chosen is None:
            return
        reading.mentions.append(Mention("period", (chosen.key,), at, at + 1, 1.0, _relation(tokens, at)))
        others = [w for w in CUES["no_class"] if w not in _BREAK_WORDS and w != "breaks"]
        if not any(re.search(rf"\b{re.escape(w)}\b", reading.text) for w in others):
            # "break" named the stretch of days off; it does not ask whether a class is off
            reading.cues.discard("no_class")

    def _exam_word_of_a_period(self, reading: Reading) -> None:
        """ "when does exam season start", "is there a clinic in exam week": the exam word is part of the name of a
        stretch of the schedule ("Exam season begins", "Period III exam week"), not an exam asked about."""
        if "exam" not in reading.cues:
            return  # no exam word read: nothing to look for
        exam_words = frozenset(CUES["exam"])
        said = [i for i, t in enumerate(reading.tokens) if t in exam_words]
        if not said or reading.ids("exam"):
            return
        named: set[int] = set()
        for m in reading.mentions:
            if m.kind == "period":
                name = set(phrase_key(self.lexicon.periods[m.ids[0]].name))
                named |= {i for i in range(max(m.start - 2, 0), m.end) if reading.tokens[i] in name}
        if named and all(i in named for i in said):
            reading.cues.discard("exam")
            reading.mentions = [m for m in reading.mentions if not (m.kind == "place" and m.start in named)]

    def _weekday_in_period(self, reading: Reading) -> None:
        """ "is there section on thanksgiving friday", "the monday after spring break", "the friday before the
        midterm": the weekday in (or just after, just before) that stretch, not the coming one."""
        named = next(
            (m for m in reading.mentions if m.kind == "period" or (m.kind == "exam" and m.relation in _NEXT_TO)), None
        )
        if named is None or named.relation not in ("", "during", *_NEXT_TO):
            return
        if named.kind == "period":
            # A name shared by a holiday and the break around it ("thanksgiving": Thanksgiving Day and Thanksgiving
            # break): "the wednesday before thanksgiving" is before the day, "thanksgiving friday" in the break.
            same = [m for m in reading.mentions if m.kind == "period" and (m.start, m.end) == (named.start, named.end)]
            named_ids = [(p, self.lexicon.periods[p]) for m in same for p in m.ids]
            stretches = [(p, s.first, s.last) for p, s in sorted(named_ids, key=lambda ps: ps[1].last - ps[1].first)]
        else:
            exam = self.course.exam(named.ids[0])
            if exam is None or exam.date is None:
                return
            stretches = [(exam.id, exam.date, exam.date)]
        gone: set[int] = set()  # a weekday and clock told of a usual slot, not in the day off asked of
        for i, t in enumerate(reading.times):
            if (
                t.kind == "day"
                and t.grain == "weekday"
                and (t.bare or reading.text[t.start : t.end].strip() in _WEEKDAY_NAMES)
            ) or (t.kind == "moment" and t.bare):  # "my tutorial is tuesday 2pm, is it on during diwali": that tuesday
                for beside, first, last in stretches:
                    day = weekday_beside(t.first.weekday(), reading.text[t.end :], named.relation, first, last)
                    if day is not None:
                        label = " ".join((f"{day:%a %b} {day.day}", *t.label.split(" ")[3:]))  # its clock kept
                        reading.times[i] = replace(t, first=day, last=day, label=label, other=None, beside=beside)
                        break
                else:
                    if t.kind == "moment" and named.kind == "period":
                        # "lecture is tuesday 11am, is there one on diwali" (a Monday): the usual slot told, the day
                        # off asked; not the coming Tuesday
                        gone.add(i)
        reading.times = [t for i, t in enumerate(reading.times) if i not in gone]

    def _implied_exam(self, reading: Reading, now: dt.datetime) -> None:
        """ "the next deadline after the exam": an exam word that dates something, with no exam named, is the
        next exam (the last one once all are over)."""
        exams = self._exams_by_date
        if not exams or any(m.kind == "exam" for m in reading.mentions):
            return
        unset = {w for _, names in unset_exams(self.course) for w in names}
        # "before the final essay": an exam word inside an assignment's name is that name's
        in_work = {i for m in reading.mentions if m.kind == "assignment" for i in range(m.start, m.end)}
        for i, token in enumerate(reading.tokens):
            relation = _relation(reading.tokens, i) if token in _EXAM_WORDS and i not in in_work else ""
            if relation and token in unset:
                return  # "before the final" where the final's date is not on the page: not the next dated exam
            if relation:
                at = bisect.bisect_left(self._exam_dates, now.astimezone(self.course.tz).date())
                which = exams[min(at, len(exams) - 1)]
                reading.mentions.append(Mention("exam", (which.id,), i, i + 1, 1.0, relation))
                return

    def _exam_by_order(self, reading: Reading) -> None:
        """ "exam 2 room" where the exams are a Midterm and a Final: the exam at that place by date (the answer says
        so), when no exam is named."""
        if any(m.kind == "exam" for m in reading.mentions):
            return
        taken = exam_by_order(self.course, reading.text)
        if taken is None:
            return
        at = next((i for i, t in enumerate(reading.tokens) if t in ("exam", "exams", "test", "tests")), 0)
        reading.mentions.append(Mention("exam", (taken.exam.id,), at, at + 1))

    def _is_name(self, word: str, at: int, spans: list[tuple[int, int, Tag]], question: str) -> bool:
        """Whether a one-word name that is also an ordinary word names the person here."""
        if word in self.lexicon.plain_names:
            raw = re.escape(word)
            return bool(re.search(rf"\b{raw.capitalize()}\b|\b{raw}['’]s\b", question))
        if word in self.lexicon.cue_names:
            return not any(t.kind == "cue" and s <= at < e and e - s > 1 for s, e, t in spans)
        return True


_USE = frozenset({"use", "using", "used"})
_UNTIL = frozenset({"for", "on", "in", "to", "with", "during", "when", "while", "if", "and", "or", "at", "as"})


# What one does with a thing where it is found ("where can i watch / view / access the recordings"): asking where
_FINDING = frozenset({"watch", "rewatch", "view", "access", "stream", "download"})


def _is_task(reading: Reading, first_words: list[str], lead: list[str]) -> bool:
    """ "can you do my ps4 for me", "solve problem 2 for me", "explain gradient descent": work asked of the bot,
    not a question about the course."""
    words_ = set(first_words)
    for_me = any(a in ("for", "to") and b == "me" for a, b in itertools.pairwise(first_words))
    if (reading.request or for_me) and TASK_VERBS & words_:
        return True
    teaching = (bool(lead) and lead[0] in TEACH_VERBS) or ((reading.request or for_me) and bool(TEACH_VERBS & words_))
    # "what's a random forest", "what does p value mean": a definition, not the day it is taught
    teaching |= first_words[:3] in (["what", "is", "a"], ["what", "is", "an"]) or first_words[-1:] == ["mean"]
    business = reading.cues & COURSE_BUSINESS or any(m.kind not in ("topic", "kind") for m in reading.mentions)
    # "how do glaciers form", "why does the lasso shrink": how the world works, asked of nothing the course
    # names (no cue, no name but a schedule topic's words): general knowledge, not the course.
    explaining = (
        _asks_how_it_works(lead)
        # "how does glacier flow work": that "work" is no coursework
        and not reading.cues - {"past", "howto", *(["thing"] if reading.tokens[-1:] == ["work"] else [])}
        and all(m.kind == "topic" for m in reading.mentions)
    )
    return (teaching and not business) or explaining


_ASKERS = frozenset({"i", "we", "you", "u", "my", "our", "they", "one", "students", "people", "someone", "anyone"})


def _asks_how_it_works(lead: list[str]) -> bool:
    """ "how do glaciers form", "why is the sky blue", "what causes ice ages": an explanation of the world."""
    if lead[:1] == ["how"] and lead[1:2] in (["do"], ["does"], ["did"]):
        return lead[2:3] != [] and lead[2] not in _ASKERS
    return lead[:1] == ["why"] or lead[:2] == ["what", "causes"]


def _used_thing(tokens: list[str]) -> frozenset[str]:
    """What would be used, in "can I use github copilot for hw": the last word before the next preposition (in
    English the head of "github copilot" is "copilot")."""
    for i, token in enumerate(tokens):
        if token in _USE:
            out = []
            for word in tokens[i + 1 : i + 5]:
                if word in _UNTIL:
                    break
                if word not in STOPWORDS:
                    out.append(word)
            return frozenset(out[-1:])
    return frozenset()


_BREAK_WORDS = frozenset({"break", "recess", "vacation", "holidays"})
# "hw3 due feb 23 correct?", "exam 1 is on the 26th, correct?": a tag asking to confirm what the student states, after
# a comma or a statement that opens with no question word; not "is my answer correct", "that's not correct"
_CORRECT_TAG = re.compile(
    r",\s*correct\W*$|^(?!\W*(?:is|are|was|were|am|do|does|did|can|could|will|would|should|has|have)\b)"
    r"(?!.*\b(?:is|are|was|were|be|been|not|it'?s|that'?s)\s+correct\W*$).*\bcorrect\W*$"
)


def _title_places(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """Per word, the places in `lex.title_words` of the items whose topic holds it (`lex.title_words_by_word`)."""
    places: dict[tuple[str, frozenset[str], frozenset[str]], list[int]] = {}
    for at, entry in enumerate(lex.title_words):
        places.setdefault(entry, []).append(at)
    return {
        word: tuple(sorted({p for entry in entries for p in places[entry]}))
        for word, entries in lex.title_words_by_word.items()
    }


def _by_title_words(tokens: list[str], lex: Lexicon, title_places: Mapping[str, tuple[int, ...]]) -> list[Mention]:
    """ "the alum synthesis report": the items whose title's topic ("Synthesis of alum", two words or more) the
    question holds in any order."""
    if not any(t in title_places for t in tokens):
        return []  # no word of any item's topic
    at = {t: i for i, t in enumerate(tokens)}
    # the work itself is asked about: its kind named ("report") or its deadline; not "the <topic> lecture"
    deadline = bool(_DEADLINE_WORDS & at.keys())
    # Only the items the question's words could name are looked at, in the course's order (a course with thousands
    # of items costs what one with ten does).
    places = sorted({p for t in at for p in title_places.get(t, ())})
    found = [
        (item, topic)
        for item, topic, kind in map(lex.title_words.__getitem__, places)
        if topic <= at.keys() and (deadline or kind & at.keys())
    ]
    if not found:
        # "the pcr lab report" of "Lab Report 2: PCR Genotyping": its kind in full and a word of its topic that no
        # other item of that kind has ("the vinegar lab report", not the pre-lab on vinegar)
        found = [
            (item, frozenset(w for w in topic & at.keys() if w in lex.title_marks))
            for item, topic, kind in map(lex.title_words.__getitem__, places)
            if kind and kind <= at.keys()
        ]
        held = Counter(w for _, words in found for w in words)
        found = [(item, only) for item, words in found if (only := frozenset(w for w in words if held[w] == 1))]
    if not found:
        return []
    spots = [at[w] for _, topic in found for w in topic]
    return [Mention("assignment", tuple(i for i, _ in found), min(spots), max(spots) + 1, 3.0)]


def _narrowed(mention: Mention, tokens: list[str], lex: Lexicon) -> Mention:
    """ "the synthesis of alum report": of the items a topic names, those whose kind the word beside it names."""
    beside = set(tokens[mention.end : mention.end + 1] + tokens[max(0, mention.start - 1) : mention.start])
    kinds = {item: other for item, _, other in lex.title_words if item in mention.ids}
    kept = tuple(i for i in mention.ids if kinds.get(i, frozenset()) & beside)
    if not kept or len(kept) == len(mention.ids) or len(kinds) < len(mention.ids):
        return mention
    return replace(mention, ids=kept)


def _named_list(tokens: list[str], i: int) -> bool:
    """ "a reading list": a list of something is a thing asked about, not the request "list"."""
    return tokens[i] in ("list", "lists") and i > 0 and tokens[i - 1] not in STOPWORDS


_FROM_TODAY_UNTIL = re.compile(
    r"^from\s+(?:today|tonight|now)\s+(?:until|till|til|to|up\s+to|through)\s+(?:the|my|our)\b"
)
_DEADLINE_WORDS = frozenset({"due", "deadline", "deadlines", "submit", "submitted", "hand", "turn", "late"})
# "when does the lab get out", "what time does lecture let out": when it ends
# "a section i could drop into", "can i drop in on another lab": attending it, not work being released
_DROP_IN = re.compile(r"\b(?:drop|pop|stop)\s+(?:into|in\s+on|in\s+to|by)\b")
_LETS_OUT = (["get", "out"], ["gets", "out"], ["let", "out"], ["lets", "out"])
_GROUPING_WORDS = frozenset({"unit", "units", "module", "modules", "chapter", "chapters", "block", "section"})
_GROUPING_LIST = [[w] for w in sorted(_GROUPING_WORDS)]
# Words that say a meeting or its time is the usual one ("our normal lecture time", "the regular class slot").
_RANKING = frozenset({"most", "least", "fewest"})  # "the TA with the most office hours": a ranking
_USUAL = frozenset({"normal", "usual", "regular", "typical", "ordinary", "standard", "normally", "usually", "fixed"})
# "is that fine", "would it be alright", "is this acceptable": the question whether what was said is accepted
_ACCEPTED = frozenset({"fine", "alright", "acceptable", "ok", "okay"})
_ACCEPTED_OF = frozenset({"that", "it", "this", "be", "thats", "its"})
# "on monday instead of sunday", "saturday rather than friday": one day set against another, no word of its own
_DAY_CONTRAST = re.compile(r"\b(instead\s+of|rather\s+than)\s+(?:on\s+|the\s+)?$")
_CONTRAST_WORDS = frozenset({"instead", "rather"})


def _contrasts_days(reading: Reading) -> bool:
    """Whether "instead of" or "rather than" stands right before a day or time the question names, or "instead"
    right after it ("if i hand it in on friday instead")."""
    return any(
        t.kind in ("day", "moment", "time")
        and (
            _DAY_CONTRAST.search(reading.text[max(0, t.start - 30) : t.start])
            or [w.strip(",.;!?") for w in reading.text[t.end :].split()[:1]] == ["instead"]
        )
        for t in reading.times
    )


def _names_work(reading: Reading) -> bool:
    """Whether the question names a piece of work or an exam (whose due day or date a contrasted day is set against)."""
    return any(m.kind in ("assignment", "series", "exam") for m in reading.mentions) or bool(
        reading.unknown_assignments
    )


_OCCASION_WORDS = _BREAK_WORDS | {"week", "weekend", "day", "days", "holiday", "off", "classes"}
_THING_WORDS = frozenset({"list", "number", "amount", "total", "points", "marks", "question", "course", "courses"})


def _about_the_occasion(tokens: list[str], mention: Mention, label_words: set[str]) -> bool:
    """A day off named by one word of its label ("carnival", "thanksgiving travel") rather than an everyday word of
    it used for something else ("a reading list" is not "Reading week")."""
    word = tokens[mention.start]
    if mention.end - mention.start != 1 or word not in label_words or word not in COMMON_WORDS | EVERYDAY_WORDS:
        return True
    before = tokens[mention.start - 1 : mention.start]
    if word.endswith("ing") and before and before[0] in _DOER_WORDS:
        return False  # "what are we reading for the ritual lecture": a verb, what someone does
    after = tokens[mention.end : mention.end + 1]
    if not after or after[0] in _OCCASION_WORDS:
        return True
    return after[0] in STOPWORDS and after[0] not in _THING_WORDS


# Who does a thing, or the "are" before what they do ("we reading", "are reading"): an "-ing" word after them is a verb.
_DOER_WORDS = frozenset({"i", "we", "you", "they", "he", "she", "am", "are", "were", "was", "be", "been", "r"})


def _grouped_topics(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The topics named with a word that groups them ("the regularization unit"): every day of the unit at the same
    weight, and the grouping word after a topic no topic of its own."""
    # "the regularization unit": every day of the unit named, its own day no more than the others.
    grouped = {}
    for m in mentions:
        if m.kind == "topic" and tokens[m.end : m.end + 1] in _GROUPING_LIST:
            grouped[m.start, m.end] = max(grouped.get((m.start, m.end), 0.0), m.weight)
    mentions = [
        replace(m, weight=grouped[m.start, m.end]) if m.kind == "topic" and (m.start, m.end) in grouped else m
        for m in mentions
    ]
    # "the thermochemistry unit": the word after a topic that groups it is no topic of its own ("units").
    ends = {m.end for m in mentions if m.kind == "topic" and tokens[m.start] not in _GROUPING_WORDS}
    return [
        m
        for m in mentions
        if not (m.kind == "topic" and m.start in ends and set(tokens[m.start : m.end]) <= _GROUPING_WORDS)
    ]


def _exam_names_inside_work(mentions: list[Mention]) -> list[Mention]:
    """The mentions with an exam's name that is part of an assignment's name read as that assignment's, and a piece
    of work's name inside an exam's longer name ("quiz" of the exam "map quiz") read as the exam's."""
    # "final project", "midterm paper": an exam's name used as an adjective is part of the assignment's name.
    # "the final sky journal" (named "final sky journal"): "the final" read as the exam overlaps the name, and is
    # that adjective too
    adjectives = {m.end: m for m in mentions if m.kind == "exam"}
    for m in mentions:
        if m.kind == "assignment" and m.start not in adjectives:
            inside = [e for e in mentions if e.kind == "exam" and e.start < m.start < e.end < m.end]
            if inside:
                adjectives[m.start] = inside[0]
    used = [adjectives[m.start] for m in mentions if m.kind == "assignment" and m.start in adjectives]
    mentions = [
        replace(m, start=adjectives[m.start].start) if m.kind == "assignment" and m.start in adjectives else m
        for m in mentions
        if m not in used
    ]
    # "before the final essay is due" (named "final essay"), "the practice midterm" (named so): an exam's name inside
    # an assignment's longer name is part of that name, not the exam
    named_work = [(m.start, m.end) for m in mentions if m.kind == "assignment"]
    # "is the map quiz on may 12" (an exam named "map quiz", a piece of work "quiz"): the work's name inside the
    # exam's longer name is part of that name, not the work
    named_exams = [(m.start, m.end) for m in mentions if m.kind == "exam"]
    return [
        m
        for m in mentions
        if not (m.kind == "exam" and _inside_longer(m, named_work))
        and not (m.kind == "assignment" and _inside_longer(m, named_exams))
    ]


def _inside_longer(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention's words are part of a longer span's."""
    return any(s <= mention.start and mention.end <= e and e - s > mention.end - mention.start for s, e in spans)


def _roles_outside_help_hours(mentions: list[Mention], spans: list[tuple[int, int, Tag]]) -> list[Mention]:
    """The mentions without a role named only by a word of the office-hours phrase: "office" in "office hours" is
    the hours, not a "School Office" role."""
    hours = [(s, e) for s, e, tag in spans if tag.kind == "cue" and tag.value == "office_hours" and e - s > 1]
    if not hours:
        return mentions
    return [
        m
        for m in mentions
        if m.kind != "role" or not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in hours)
    ]


# "i am in the wednesday night lab, ...": the student's own section told beside a question of its own (the day may
# still be asked by its weekday), left to the story's reading
# "questions about the course", "qs on this class": any question of the course, asked somewhere
_QUESTIONS_ON_COURSE = re.compile(
    r"\b(?:questions?|qs|doubts?)\s+(?:about|on|regarding|re|for|in)\s+(?:the|this|our)\s+(?:course|class|module|unit)\b"
)
_OWN_SECTION_TOLD = re.compile(r"\b(?:i\s+am\s+in|im\s+in|i'm\s+in|my)\s+(?:the\s+)?$")


def _day_named_sections(course: Course) -> re.Pattern[str] | None:
    """The names the course gives a section that open on a weekday ("wednesday stream", "friday group"), as one
    pattern; None when it gives none."""
    names = {
        " ".join(key)
        for s in course.sections
        for n in (s.name, *s.aliases)
        if len(key := phrase_key(n)) >= 2 and key[0].rstrip("s") in WEEKDAYS
    }
    if not names:
        return None
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, names), key=len, reverse=True))})\b")


# "my group is on tuesdays", "my section is on fridays": a section's weekday told (question.stated_section)
_SECTION_DAY_TOLD = re.compile(
    r"\bmy\s+(?:section|sec|group|stream|tutorial|tut|lab|seminar|class)\s+is\s+on\s+\w+days?\s*$"
)
_USUAL_WEEKDAY = re.compile(
    r"\b(?:usual|normal|regular|typical)\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?$"
)
# Words of coming back to class after a stretch ("when are we back after the break", "classes resume after ...").
_BACK = re.compile(r"\b(?:back|resumes?|resumed|resuming|restarts?|restarted)\b")
# Relations that take a stretch: "during the lab days", "the week after the archive visits".
_SPAN_RELATIONS = frozenset({"during", "week_after", "week_before", "through"})


def _kind_outside_period(mentions: list[Mention], periods: list[tuple[int, int]]) -> list[Mention]:
    """Without the meeting kind (and its rows and room) named inside a stretch's name ("practical" of "the practical
    week", the whole of "the lab week", "the archive visits") when another kind is named outside it: "do we have
    seminars during the lab week" asks of seminars."""
    inside = [
        m
        for m in mentions
        if m.kind in ("kind", "topic", "place") and any(s <= m.start and m.end <= e for s, e in periods)
    ]
    if not any(m.kind == "kind" for m in inside) or not any(m.kind == "kind" and m not in inside for m in mentions):
        return mentions
    return [m for m in mentions if m not in inside]


def _inside_period(tokens: list[str], exam: Mention, periods: list[tuple[int, int]]) -> bool:
    """Whether an exam's name (its words, "the" aside) lies inside a period's longer name ("the midterm break")."""
    words = [i for i in range(exam.start, exam.end) if tokens[i] not in ("the", "our", "my", "this", "a")]
    return bool(words) and any(s <= words[0] and words[-1] < e and e - s > len(words) for s, e in periods)


def _relation(tokens: list[str], start: int) -> str:
    before = [t for t in tokens[max(0, start - 3) : start] if t != "the"]
    if before[-2:] == ["week", "of"]:
        return "week_of"  # "the week of the midterm"
    if before[-2:] == ["day", "of"]:
        return "day_of"  # "lecture on the day of test 1": the exam's own day, another thing asked of it
    if before and before[-1] in ("and", "to") and {"between", "from"} & set(tokens[max(0, start - 4) : start]):
        return "until"  # "office hours between now and the midterm": up to it
    if before and before[-1] in ("between", "from") and {"and", "to", "until", "till"} & set(tokens[start : start + 5]):
        return "since"  # "deadlines between p1 and the reading week": where a span starts, not what is asked
    if returning := return_relation(tokens, start):
        return returning  # "the week we get back from the break"
    if not before or before[-1] not in _RELATIONS:
        return ""
    word = {"till": "until"}.get(before[-1], before[-1])
    if len(before) == 3 and before[1] in ("weeks", "days") and word in ("after", "before"):
        count = int(before[0]) if before[0].isdigit() else NUMBER_WORDS.get(before[0])
        if count:  # "the two weeks after spring break": that many weeks (days) from its end
            return f"{before[1]}_{word}:{count}"
    if len(before) >= 2 and before[-2] in ("week", "day") and word in ("after", "before"):
        return f"{before[-2]}_{word}"  # "the week before the midterm", "the day before thanksgiving"
    return word


def _final_of_series(course: Course, lexicon: Lexicon) -> re.Pattern[str] | None:
    """ "final" before the name of one of the course's series of work ("the final problem set", "final webwork"):
    the last of them, unless the course names a thing so ("final report", "final exam")."""
    named = {
        tuple(phrase_key(n))
        for a in course.assignments
        for n in (a.title, a.short, *a.aliases)
        if phrase_key(n)[:1] == ("final",)
    }
    named |= {k for k in lexicon.phrases if k[:1] == ("final",)}
    heads = {s for s in lexicon.series if ("final", *s.split()) not in named}
    heads |= {lexicon.joined[h] for h in heads if h in lexicon.joined}  # as respelled: "webwork" read "web work"
    heads = sorted(heads, key=len, reverse=True)
    if not heads:
        return None
    return re.compile(rf"\bfinal\s+(?=(?:{'|'.join(re.escape(h) for h in heads)})s?\b)")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _told_handed_in(said: list[str]) -> bool:
    """Whether the student tells of work already handed in ("i submitted wb1 at 2am saturday"), not one supposed
    ("what if i submitted it saturday")."""
    for i, word in enumerate(said):
        if word in _HANDED_IN and i and said[i - 1] in _TELLER:
            return not _SUPPOSING & set(said[:i])  # "hw3 submitted tomorrow at 4" tells of nothing done
    return False


def _supposed_from(text: str) -> int | None:
    """Where a supposition told after a past story starts ("my laptop died last night, if i hand it in saturday ..."):
    the first "if" with no past word from it on, after a past word; None when there is none."""
    for found in _SUPPOSE.finditer(text):
        before, after = words(text[: found.start()]), words(text[found.start() :])
        if any(w in _PAST for w in before) and not any(w in _PAST for w in after):
            return found.start()
    return None


def exam_word_of_a_topic(mentions: list[Mention]) -> list[Mention]:
    """ "is the case comp grand finals on dec 3": an exam's word ending the longer name of a schedule topic ("grand
    finals", "case competition finals") is that topic's name, not the exam; "the midterm review", which starts
    with the exam's word, stays the exam's too."""
    topics = [m for m in mentions if m.kind == "topic" and m.start >= 0]
    return [
        m
        for m in mentions
        if m.kind != "exam" or m.start < 0 or not any(t.start < m.start and m.end == t.end for t in topics)
    ]


def _section_not_its_work(mentions: list[Mention], cues: set[str]) -> list[Mention]:
    """ "nord prac time", "who leads the nord group": a section's own name is the section, not the one assignment
    named after it, when the question is about meetings, staff or an exam and not about work due; "final" before a
    kind of meeting of a section is its last one."""
    sections = {(m.start, m.end) for m in mentions if m.kind == "section"}
    if not sections:
        return mentions  # both readings below are of a section named
    kinds_at = {m.start for m in mentions if m.kind == "kind"}
    # "final tutorial", "final t2 tutorial": the kind of meeting right after, or after the section named
    kinds_at |= {start for start, end in sections if end in kinds_at}
    final = [m for m in mentions if m.kind == "exam" and m.end - m.start == 1 and m.end in kinds_at]
    if sections and final and not any(m.kind == "exam" for m in mentions if m not in final):
        # "final practical for group süd": "final" before a kind of meeting is its last one, not the final exam
        mentions = [m for m in mentions if m not in final]
        cues.discard("exam")
        cues.add("last")
    about_meetings = bool(cues & {"class", "staff", "where", "time_of"}) or any(
        m.kind in ("kind", "exam") for m in mentions
    )
    # "can i switch from nord to süd": two sections named are the sections, whatever work is named after one.
    about_meetings = about_meetings or len(sections) > 1
    if not sections or not about_meetings or cues & {"due", "release", "late", "due_list"}:
        return mentions
    return [m for m in mentions if not (m.kind == "assignment" and (m.start, m.end) in sections)]


# "can someone list the lab report due dates", "could anyone tell me when ps3 is due": a request made of the channel,
# not a yes/no about whether someone can ("can someone explain X" asks to be taught: not listed here).
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "u", "ya"})
_TELLING = frozenset({"list", "tell", "give", "show", "remind", "share", "post", "send"})


# "... or not", "... or nah": the No offered, the question still a Yes or No
_OR_TAIL = frozenset({"not", "nah", "no", "nope", "naw"})
# What a student does with the course's work or rules: "can you hand in a culture report late" asks what anyone may do
# (the generic you), never a request to the bot
_OWN_ACTS = frozenset(
    {"hand", "submit", "turn", "upload", "resubmit", "redo", "retake", "bring", "miss", "skip", "drop", "sit", "use"}
)


def _anyone_may(lead: list[str]) -> bool:
    """Whether "can you ..." asks what anyone may do ("can you hand in work late"), not asks the bot to do it."""
    return len(lead) >= 3 and lead[1] in ("you", "u", "ya") and lead[2] in _OWN_ACTS


def _asked_of_anyone(lead: list[str]) -> bool:
    """Whether the question opens "can someone list/tell/give ...": asking to be told, never Yes or No."""
    return (
        len(lead) >= 3 and lead[0] in ("can", "could", "would", "will") and lead[1] in _ANYONE and lead[2] in _TELLING
    )


# "can i get all the quiz deadlines", "could we have a list of the due dates": asking to be given them ("can i get
# all my late days back" asks Yes or No)
_GETTING = frozenset({"get", "have", "see"})


def _list_asked_for(first: list[str]) -> bool:
    """Whether the question opens "can i get all the ...", "could we have a list ...": asking to be given a list,
    never Yes or No."""
    if len(first) < 5 or first[0] not in ("can", "could", "may") or first[1] not in ("i", "we"):
        return False
    rest = first[3:6]
    return first[2] in _GETTING and ("list" in rest or (first[3] in ("all", "every") and first[4] in ("the", "of")))


def _shared_tail_topics(tokens: list[str], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "the male and female reproductive organs": the word before "and" takes the rest of the topic named after it
    ("male reproductive organs"), when that is a topic of its own."""
    found = []
    for m in mentions:
        if m.kind != "topic" or m.end - m.start < 2 or m.start < 2 or tokens[m.start - 1] not in ("and", "or"):
            continue
        key = (tokens[m.start - 2], *tokens[m.start + 1 : m.end])
        for tag in lex.phrases.get(key, ()):
            if tag.kind == "topic":
                found.append(Mention("topic", (tag.value,), m.start - 2, m.start - 1, tag.weight, m.relation))
    return found


def _bound(words: Sequence[str], i: int) -> bool:
    """Whether the word at i closes "at least" or "at most": a bound on a figure ("at least 24 hours"), not a
    ranking ("the TA with the most office hours")."""
    return words[i] in ("least", "most") and i > 0 and words[i - 1] == "at"
