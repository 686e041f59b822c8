"""Free-text questions: find what is being asked about and route to the answer that knows.

The router reads the question for things it can name (an assignment, a person, an exam, a date, a window,
a section, a policy keyword), then picks the first rule that fits. When nothing fits it says so and
suggests the commands that can help; it never guesses a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.answers.course_info import course_answer
from bot.answers.deadlines import deadline_detail, releases, upcoming_deadlines
from bot.answers.exams import exam_answer, find_exam
from bot.answers.late_terms import pool_sentence
from bot.answers.late_windows import extension_answer, late_answer, regrade_answer
from bot.answers.meetings import meetings_answer, section_answer
from bot.answers.office_hours import office_hours_answer
from bot.answers.people import staff_answer
from bot.answers.policies import policy_answer, policy_scores
from bot.answers.schedule import find_topic, next_class, no_class_days, schedule_on, schedule_week, topic_answer
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.core.matching import fold
from bot.course.model import Course
from bot.understand.dates import parse_day, parse_office_hours_when, parse_window

SUGGESTIONS = ("/due", "/deadline", "/schedule", "/oh", "/exam", "/policy", "/staff", "/help")

_HW = re.compile(r"\b(?:hw|homework|assignment|hws)\s*#?\s*(\d{1,2})(?:\s*(?:part\s*)?([ab])\b)?")
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:today|tonight|tomorrow|tmrw|yesterday"
    rf"|(?:(?:this|next|on)\s+)?(?:{_WEEKDAYS})\b"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b"
)
_WINDOW = re.compile(
    r"\b(today|tonight|tomorrow|this week|next week"
    r"|(?:in|within|next)\s+(?:the\s+next\s+)?(\d{1,3})\s*(days?|weeks?))\b"
)


@dataclass
class Mentions:
    """What a question names, read once."""

    folded: str
    words: set[str]
    assignment: str | None = None
    person: str | None = None
    exam: str | None = None
    date_phrase: str | None = None
    window: str | None = None
    section: str | None = None
    policy_hits: list = field(default_factory=list)

    def has(self, *phrases: str) -> bool:
        padded = f" {self.folded} "
        return any(f" {p} " in padded for p in phrases)


def read_mentions(course: Course, question: str) -> Mentions:
    folded = fold(question)
    # The course's own synonyms ("dis" = discussion, "late days" = its pool): read as what they mean.
    padded = f" {folded} "
    extra = [fold(meaning) for phrase, meaning in course.synonyms.items() if f" {phrase} " in padded]
    folded = " ".join([folded, *extra]) if extra else folded
    m = Mentions(folded=folded, words=set(folded.split()))
    hw = _HW.search(folded)
    if hw:
        m.assignment = f"hw{hw.group(1)}{hw.group(2) or ''}"
    else:
        m.assignment = _longest_alias(course, folded)
    m.person = _person_in(course, m.words, folded)
    m.exam = _exam_in(course, folded)
    date = _DATE.search(question.lower())
    if date:
        m.date_phrase = date.group(0)
    window = _WINDOW.search(folded)
    if window:
        m.window = f"{window.group(2)} {window.group(3)}" if window.group(2) else window.group(1)
    for section in course.sections:
        if re.search(rf"(?<![\w-]){re.escape(section.id)}(?![\w-])", question, re.IGNORECASE):
            m.section = section.id
    m.policy_hits = policy_scores(course, question)
    return m


def _longest_alias(course: Course, folded: str) -> str | None:
    padded = f" {folded} "
    best = None
    for item in course.assignments:
        for alias in (item.title, item.short, *item.aliases):
            phrase = fold(alias)
            named = len(phrase) >= 4 or (len(phrase) >= 3 and any(c.isdigit() for c in phrase))  # "ps5"
            if named and f" {phrase} " in padded and (best is None or len(phrase) > len(best)):
                best = phrase
    return best


def _person_in(course: Course, words: set[str], folded: str) -> str | None:
    padded = f" {folded} "
    for person in course.people:
        full = fold(person.name)
        if f" {full} " in padded:
            return person.id
    for person in course.people:
        names = [fold(a) for a in person.aliases] + [w for w in fold(person.name).split() if len(w) >= 3]
        if any(f" {n} " in padded for n in names):
            return person.id
    return None


def _exam_in(course: Course, folded: str) -> str | None:
    padded = f" {folded} "
    for exam in course.exams:
        for name in (exam.title, *exam.aliases):
            if f" {fold(name)} " in padded:
                return exam.id
    return None


def answer_question(
    course: Course,
    question: str,
    now: dt.datetime,
    *,
    section: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
) -> Answer:
    """Answer a free-text question, or say plainly that it cannot and which commands can."""
    if not question or not question.strip():
        return _unknown("Ask me about deadlines, the schedule, office hours, exams or course policies.")
    if len(question) > 500:
        return _unknown("That question is too long for me; ask one thing at a time.")
    m = read_mentions(course, question)
    try:
        for rule in _RULES:
            answer = rule(course, m, now, section or m.section, form_urls, published)
            if answer is not None:
                return answer
    except UserError as err:
        return Answer(title="Hmm", lines=(text(err.message),), kind="error", suggestions=err.suggestions or SUGGESTIONS)
    return _unknown("I'm not sure how to answer that.")


def _unknown(message: str) -> Answer:
    return Answer(
        title="I don't know that one",
        lines=(text(message),),
        kind="unknown",
        suggestions=SUGGESTIONS,
    )


# Each rule returns an Answer, or None to let the next rule try. Order matters: specific before general.


def _pool_words(course) -> tuple[str, ...]:
    """The course's words for its late pool ('grace days', 'slip days', 'late tokens'), and 'late days'."""
    pool = course.late.pool
    names = (fold(pool.name), fold(pool.plural)) if pool is not None else ()
    return (*names, "late days", "late day")


def _personal_grace(course, m, now, section, form_urls, published):
    if m.has(*_pool_words(course)) and m.has("my", "i have", "do i have", "left", "remaining", "used"):
        pool = course.late.pool
        rule = f"The rule: {pool_sentence(course)}" if pool is not None else "This course has no pool of late days."
        return Answer(
            title=f"Your {pool.plural if pool is not None else 'late days'}",
            lines=(
                text("Your own tally is private: use /gracedays me (only you will see it)."),
                text(rule),
            ),
            suggestions=("/gracedays me",),
        )
    return None


def _extension(course, m, now, section, form_urls, published):
    if m.has("extension", "extensions", "extend") and m.assignment:
        return extension_answer(course, m.assignment, now)
    return None


def _regrade(course, m, now, section, form_urls, published):
    if m.has("regrade", "regrades", "regrading") and m.assignment:
        return regrade_answer(course, m.assignment, now, published)
    return None


def _late(course, m, now, section, form_urls, published):
    if m.assignment and m.has("late", "how late", "after the deadline", "past the deadline", *_pool_words(course)):
        return late_answer(course, m.assignment, now)
    return None


def _exam(course, m, now, section, form_urls, published):
    if m.exam or m.has("exam", "exams", "conflict form", "midterm", "final"):
        if m.has("policy", "policies") and not m.exam:
            return None
        which = m.exam
        if which is None and m.has("next exam", "upcoming exam"):
            today = now.astimezone(course.tz).date()
            upcoming = [e for e in course.exams if e.date >= today]
            which = upcoming[0].id if upcoming else None
        return exam_answer(course, now, find_exam(course, which).id if which else None, form_urls, section)
    return None


def _office_hours(course, m, now, section, form_urls, published):
    asks_oh = m.has("office hours", "office hour", "oh", "ohs", "office hrs", "ta hours")
    if not asks_oh and not (m.person and m.has("hours", "available", "free")):
        return None
    if m.has("now", "right now", "currently", "open"):
        when = "now"
    elif m.has("this week", "next week", "week"):
        when = "next week" if m.has("next week") else "this week"
    elif m.date_phrase:
        when = m.date_phrase
    elif m.person:
        when = None
    else:
        when = "today" if m.has("today") else None
    return office_hours_answer(course, now, parse_office_hours_when(when, now, course), m.person)


def _deadline(course, m, now, section, form_urls, published):
    due_words = m.has("due", "deadline", "deadlines", "submit", "turn in", "hand in")
    if m.assignment:
        return deadline_detail(course, m.assignment, now, dict(published or {}))
    if m.has("released", "release", "come out", "comes out", "coming out"):
        phrase = m.window or (m.date_phrase if m.date_phrase else "next week")
        return releases(course, now, parse_window(phrase, now, course), section)
    if due_words or (not m.policy_hits and m.has("upcoming", "homework", "assignments", "what s due", "whats due")):
        window = m.window or m.date_phrase or ("all" if m.has("all", "every", "remaining", "left") else "this week")
        return upcoming_deadlines(course, now, parse_window(window, now, course), section)
    return None


def _schedule(course, m, now, section, form_urls, published):
    today = now.astimezone(course.tz).date()
    if m.has(
        "no class", "no classes", "day off", "days off", "break", "holiday", "holidays", "spring break", "carnival"
    ):
        return no_class_days(course)
    for kind, names in _kind_names(course):
        if m.has(*(f"next {n}" for n in names)):
            return next_class(course, now, kind, section)
    if m.has("next class"):
        return next_class(course, now, section=section)
    kind_words = [n for _, names in _kind_names(course) for n in names]
    schedule_words = m.has("class", "classes", "schedule", "covered", "cover", "topic", *kind_words)
    if schedule_words or m.date_phrase:
        if m.has("this week", "next week") and not m.date_phrase:
            delta = 7 if m.has("next week") else 0
            return schedule_week(course, today + dt.timedelta(days=delta))
        if m.date_phrase:
            return schedule_on(course, parse_day(m.date_phrase, now, course))
        topic = _topic_words(m.folded)
        if topic and find_topic(course, topic):
            return topic_answer(course, topic)
        if schedule_words:
            return schedule_week(course, today)
    return None


def _kind_names(course) -> list[tuple[str, tuple[str, ...]]]:
    """Each class-meeting kind with the words students use for it (id, name, plural, aliases)."""
    return [
        (k.id, tuple({fold(n) for n in (k.id.replace("_", " "), k.name, k.plural, *k.aliases) if fold(n)}))
        for k in course.meeting_kinds
    ]


def _meetings(course, m, now, section, form_urls, published):
    """'when is lecture', 'where is lecture', 'who runs section 1C', 'when is my section'."""
    if m.date_phrase or m.has("next"):
        return None
    asks = m.has("when", "where", "what time", "which room", "room", "who runs", "who leads", "who teaches", "who s")
    if m.section and asks and (m.has("section", "sections", "who runs", "who leads") or m.words & {"my"}):
        return section_answer(course, now, m.section)
    for kind, names in _kind_names(course):
        if m.has(*names) and asks and not m.policy_hits:
            if m.has("my section", "my", "mine") and section:
                return section_answer(course, now, section)
            return meetings_answer(course, now, kind, section)
    if m.has("my section", "my discussion") and asks:
        return section_answer(course, now, section) if section else meetings_answer(course, now)
    return None


def _staff(course, m, now, section, form_urls, published):
    if m.person and m.has("who", "who is", "email", "contact", "role"):
        return staff_answer(course, m.person)
    for role in sorted(course.roles, key=lambda r: -len(r.title)):  # "Head TA" before "TA"
        if m.has(fold(role.title), fold(role.plural)):
            return staff_answer(course, role=role.id)
    if course.roles and m.has("instructor", "instructors", "professor", "professors", "prof", "profs", "teaches"):
        return staff_answer(course, role=course.roles[0].id)  # roles are listed in the course's order
    if m.has(
        "staff",
        "instructor",
        "instructors",
        "professor",
        "professors",
        "prof",
        "tas",
        "ta",
        "teaches",
        "teacher",
    ):
        return staff_answer(course)
    if m.person:
        return staff_answer(course, m.person)
    return None


def _policy(course, m, now, section, form_urls, published):
    if m.policy_hits:
        return policy_answer(course, m.policy_hits[0][1].id, m.folded)
    return None


def _course(course, m, now, section, form_urls, published):
    if m.has("this course", "the course", "course about", "about the course", "syllabus", "what is this class"):
        return course_answer(course)
    return None


def _topic(course, m, now, section, form_urls, published):
    topic = _topic_words(m.folded)
    if topic and find_topic(course, topic):
        return topic_answer(course, topic)
    return None


_QUESTION_WORDS = frozenset(
    [
        "when",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "we",
        "will",
        "what",
        "which",
        "day",
        "date",
        "the",
        "a",
        "an",
        "on",
        "about",
        "in",
        "of",
        "for",
        "talk",
        "talked",
        "cover",
        "covered",
        "covering",
        "learn",
        "learning",
        "lecture",
        "class",
        "go",
        "over",
        "going",
        "discussed",
        "discuss",
        "s",
    ]
)


def _topic_words(folded: str) -> str:
    return " ".join(w for w in folded.split() if w not in _QUESTION_WORDS)


_RULES = (
    _personal_grace,
    _extension,
    _regrade,
    _late,
    _exam,
    _office_hours,
    _meetings,
    _deadline,
    _policy,
    _schedule,
    _staff,
    _course,
    _topic,
)
