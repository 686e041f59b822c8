"""Each reader gate of bot.understand.choosing.reader_gates stays shut only for questions its reader finds nothing in
(every question of every question file, plus phrasings the reader is for), and the engine answers the same with every
gate open as with the gates: a reader gated out never changes an answer."""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache

import pytest

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.course.model import Course
from bot.understand.about_course import outside_course
from bot.understand.about_course.asked_figure import asked_grade, asks_headcount
from bot.understand.about_course.asked_price import asks_price
from bot.understand.choosing.gates import all_open
from bot.understand.choosing.reader_gates import (
    ACCOMMODATION,
    ATTEND_AFTER_MISS,
    COLLABORATION,
    EXAM_SITUATION,
    FIGURE,
    MISSING_RULE,
    MISSING_SESSION,
    PHONE,
    PRICE,
    SWITCH,
    UNNAMED,
)
from bot.understand.engine import read_question
from bot.understand.exams.exam_situations import exam_situation
from bot.understand.meetings.attend_after_due import attends_after_missed_work
from bot.understand.meetings.pause_inside import pause_inside_asked
from bot.understand.meetings.switch_section import switch_question
from bot.understand.people.asked_phone import asks_phone
from bot.understand.people.unnamed_people import asks_who_or_office
from bot.understand.policies.accommodation_story import accommodation_question
from bot.understand.policies.collaboration_story import collaboration_policy
from bot.understand.policies.named_rule import unnamed_rule
from bot.understand.policies.partner_story import share_unruled
from bot.understand.work.existence import missing_rule_subject, missing_sessions
from tests.conftest import FIXTURES, REPO

QUESTION_FILES = sorted((REPO / "tests" / "questions").glob("*.toml"))


@cache
def _course(name: str) -> Course:
    folder = next(p for p in (REPO / "data" / name, FIXTURES / "courses" / name) if p.is_dir())
    return load_course(folder)


@cache
def asked() -> tuple[tuple[Course, str, dt.datetime], ...]:
    """(course, question, now) for every question of every question file."""
    rows = []
    for path in QUESTION_FILES:
        data = tomllib.loads(path.read_text())
        course = _course(data["course"])
        default = parse_now(data["now"], course.tz)
        for q in data["question"]:
            rows.append((course, q["text"], parse_now(q["now"], course.tz) if "now" in q else default))
    return tuple(rows)


# Phrasings each reader is for, beside the question files' (the reader finds something in each).
READS = {
    "price": ["is the lab manual free?", "how pricey is the clicker", "do i have to pay for the kit", "what's the fee"],
    "figure": ["what percent do i need for an A", "how many ppl are in a lab group", "how big are the project teams"],
    "attend": ["missed pre-lab 6, am i allowed to attend the lab", "i didn't finish the prelab, can i still do lab"],
    "session": ["is there a mock exam before the final", "will there be a revision session", "any q&a session?"],
    "collaboration": ["my friend and i compared our hw5 code, is that ok", "can my roommate help me, is that allowed"],
    "switch": ["can i switch labs this week", "can i go to the tuesday one instead", "a different section next week?"],
    "accommodation": ["i have DRC accomodations for extended time", "im visually impaired, what do i do for exams"],
    "unnamed": ["who are the class reps", "where is the course coordinator's office", "who's our module leader"],
    "phone": ["whats dr ferreira's phone number", "is there a number i can call", "can i text the TA", "WhatsApp?"],
    "rule": [
        "i have adhd, can i get extra time",
        "any breaks during the final",
        "explain the 3 day rule",
        "who do i see about religious observances",
        "im DISABLED, who do i ask",
    ],
}


def _shut_means_nothing(name: str, course: Course, question: str, now: dt.datetime) -> bool:
    """Whether the reader finds nothing in the question when its gate is shut (always True when the gate opens)."""
    if name == "price":
        return PRICE.opens(question) or not asks_price(question)
    if name == "figure":
        return FIGURE.opens(question) or (asked_grade(question) is None and not asks_headcount(question))
    if name == "attend":
        return ATTEND_AFTER_MISS.opens(question) or attends_after_missed_work(course, question) is None
    if name == "session":
        return MISSING_SESSION.opens(question) or missing_sessions(lambda _: False, question) == ()
    if name == "collaboration":
        return COLLABORATION.opens(question) or collaboration_policy(course, question) is None
    if name == "switch":
        return SWITCH.opens(question) or switch_question(course, question) is None
    if name == "accommodation":
        return ACCOMMODATION.opens(question, course) or accommodation_question(course, question) is None
    if name == "unnamed":
        return UNNAMED.opens(question) or not asks_who_or_office(question)
    if name == "phone":
        return PHONE.opens(question) or not asks_phone(question)
    if name == "rule":
        return MISSING_RULE.opens(question) or _finds_no_missing_rule(course, question)
    if name == "exam":
        return EXAM_SITUATION.opens(question, course) or exam_situation(course, question, now) is None
    raise AssertionError(name)


def _finds_no_missing_rule(course: Course, question: str) -> bool:
    """Whether none of the missing-rule recognizer's readers finds anything (every subject counted as missing)."""
    nowhere = lambda _: False  # noqa: E731
    return (
        missing_rule_subject(nowhere, question) is None
        and pause_inside_asked(course, question) is None
        and not share_unruled(course, question)
        and unnamed_rule(course, question, nowhere) is None
    )


@pytest.mark.parametrize(
    "name",
    [
        "price",
        "figure",
        "attend",
        "session",
        "collaboration",
        "switch",
        "accommodation",
        "exam",
        "unnamed",
        "rule",
        "phone",
    ],
)
def test_a_shut_gate_hides_nothing_its_reader_finds(name):
    rows = [*asked(), *((asked()[0][0], q, asked()[0][2]) for q in READS.get(name, ()))]
    missed = [q for course, q, now in rows if not _shut_means_nothing(name, course, q, now)]
    assert missed == []


@pytest.mark.parametrize(("name", "questions"), READS.items())
def test_a_gate_opens_for_what_its_reader_is_for(name, questions):
    gates = {"price": PRICE, "figure": FIGURE, "attend": ATTEND_AFTER_MISS, "session": MISSING_SESSION}
    gates |= {"collaboration": COLLABORATION, "switch": SWITCH, "accommodation": ACCOMMODATION, "unnamed": UNNAMED}
    gates |= {"rule": MISSING_RULE, "phone": PHONE}
    course = _course("10-605-s24")
    assert all(gates[name].opens(q, course) for q in questions)


def test_the_exam_gate_opens_for_an_exam_named_by_the_course_alone():
    geo = _course("geo-2210-s25")  # its final is the Klausur, a word no fixed fragment holds
    assert EXAM_SITUATION.opens("i was sick for the klausur", geo)
    assert not EXAM_SITUATION.opens("i was sick for the klausur", _course("10-605-s24"))
    assert not EXAM_SITUATION.opens("i was sick for the lab", geo)


def _answers(rows) -> list[tuple[str, tuple[str, ...], str]]:
    out = []
    for course, question, now in rows:
        result = read_question(course, question, now)
        out.append((result.outcome, tuple(p.intent for p in result.parts), answer_text(result.answer, course.tz, now)))
    return out


def test_answers_are_the_same_with_every_gate_open():
    sample = asked()[::9]  # every ninth question of every file: each file and course is in it
    gated = _answers(sample)
    with all_open():
        opened = _answers(sample)
    assert [q for (_, q, _), a, b in zip(sample, gated, opened, strict=True) if a != b] == []


# bot.understand.about_course.outside_course: each pattern beside the gate it is tried behind, and phrasings it is for
_OUTSIDE = {
    "_UNIVERSITY": ("_UNIVERSITY_GATE", "deadline to drop a class?", "when does the college's calendar start"),
    "_REGISTRY": ("_REGISTRY_GATE", "how many credits is this", "can i get an enrollment letter", "my transcript"),
    "_INCOMPLETE": ("_INCOMPLETE_GATE", "can i take an incomplete"),
    "_DEPARTMENT": ("_DEPARTMENT_GATE", "which professors in the history department work on rome"),
    "_TERM": ("_TERM_GATE", "when does semester 2 start", "what about next quarter", "spring 2025 dates"),
    "_SERVICES": ("_SERVICES_GATE", "does the campus bus run late", "when is the rec center open", "dorms?"),
    "_FACILITY_HOURS": ("_FACILITY_GATE", "what time does the engineering library close", "café hours"),
    "_WEATHER": ("_WEATHER_GATE", "whats the weather gonna be like", "will it snow on friday"),
    "_ADVICE_BEYOND": ("_ADVICE_GATE", "any recs for a good calc prof next sem"),
    "_VIEW": ("_VIEW_GATE", "is utilitarianism actually right", "what do you think of kant", "do you agree with me"),
    "_SUBJECT": ("_SUBJECT_GATE", "whats the difference between x and y", "whats the capital of peru"),
    "_DO_MY_WORK": ("_DO_MY_WORK_GATE", "can u just design my board game", "could you write the whole essay"),
}


@pytest.mark.parametrize("name", _OUTSIDE)
def test_an_outside_gate_opens_for_every_match_of_its_pattern(name):
    gate_name, *phrasings = _OUTSIDE[name]
    pattern, shut = getattr(outside_course, name), getattr(outside_course, gate_name)
    texts = [" ".join(q.lower().replace("\u2019", "'").split()) for _, q, _ in asked()] + phrasings
    assert all(pattern.search(p) for p in phrasings)
    assert [t for t in texts if pattern.search(t) and not shut.opens(t)] == []
