"""Issue 12, eighth round: a Yes/No only from what decides the thing asked (online office hours, a helmet that is
provided); was/were over a past break; items that do not exist; what is left and what falls in a span, across
kinds; general knowledge, enrolment and unknown facts said not to be on the page; office hours by role and place."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.attributes import asked_attribute
from bot.understand.engine import read_question
from bot.understand.lexicon import _plural
from bot.understand.time_phrases import find_phrases
from bot.understand.yes_no.clause_stance import stance
from tests.conftest import FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"
HIST = FIXTURES / "courses" / "hist-210-a24"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def geo():
    return load_course(GEO)


@pytest.fixture(scope="module")
def hist():
    return load_course(HIST)


def ask(course, question, now):
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result, answer_text(result.answer, course.tz, clock)


def first_line(said: str) -> str:
    return said.splitlines()[2]


# 1. Yes/No from what decides the thing asked.


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i go to tomasz's office hours online", True),  # a room with an online link offers both
        ("are tomasz office hours in person", True),
        ("can i attend amara's office hours in person", False),  # remote only
        ("are amaras office hours online", True),
        ("can i go to solberg's office hours online", False),  # a room only
    ],
)
def test_online_or_in_person_office_hours_from_every_way_they_are_held(geo, question, yes):
    result, said = ask(geo, question, "2025-03-26 10:00")
    assert result.parts[0].intent == "office_hours"
    assert first_line(said).startswith("Yes" if yes else "No")


def test_a_clause_about_something_else_does_not_answer_the_thing_asked():
    texts = ("Sturdy boots and weatherproof clothing are required at every field practical; helmets are provided.",)
    assert stance("do i need to bring a helmet to the field practical", texts, ["helmet"]) is None
    found = stance("do i need boots for the field practical", texts, ["boots"])
    assert found is not None
    assert found.yes


# 2. Was/were over a past break.


@pytest.mark.parametrize(
    ("course_name", "question", "now"),
    [
        ("geo", "were office hours held over easter", "2025-05-20 10:00"),
        ("geo", "did we have office hours during the easter break", "2025-05-20 10:00"),
        ("second_course", "were office hours held over thanksgiving", "2024-12-10 10:00"),
        ("second_course", "was there lecture over thanksgiving", "2024-12-10 10:00"),
        ("hist", "were seminars held during reading week", "2024-11-20 10:00"),
    ],
)
def test_was_there_a_meeting_over_a_break_is_no(request, course_name, question, now):
    _, said = ask(request.getfixturevalue(course_name), question, now)
    assert first_line(said).startswith("No")


def test_lecture_over_a_break_is_not_when_lecture_is_over(second_course):
    result, _ = ask(second_course, "was there lecture over thanksgiving", "2024-12-10 10:00")
    assert result.parts[0].intent == "schedule_range"
    result, _ = ask(second_course, "when is lecture over", "2024-12-10 10:00")
    assert result.parts[0].slots.get("fact") == "meeting_time"


# 3. Existence.


@pytest.mark.parametrize(
    ("course_name", "question", "listed"),
    [
        ("course", "is there a hw6", "It has HW1, HW2, HW3, HW4 Part A, HW4 Part B, HW5."),
        ("course", "do we have a homework 9", "no HW9"),
        ("second_course", "is there a problem set 8", "It has PS1"),
        ("geo", "is there a sheet 5", "It has Sheet 1, Sheet 2, Sheet 3, Sheet 4."),
        ("hist", "is there an essay 3", "It has Essay 1, Essay 2."),
    ],
)
def test_an_item_the_course_lacks_is_no_with_its_series(request, course_name, question, listed):
    result, said = ask(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert result.parts[0].intent == "assignment_due"
    assert result.parts[0].slots.get("unknown")
    assert first_line(said).startswith("No: the course page lists no")
    assert listed in said


def test_an_item_the_course_has_is_yes_and_a_due_day_question_is_not_existence(course):
    _, said = ask(course, "is there a hw3", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes: the course has HW3")
    _, said = ask(course, "is there a hw3 due friday", "2024-02-12 10:00")
    assert first_line(said).startswith("No: HW3 is due Wed Feb 21")


# 4. Lists: what is left, spans.


def test_kinds_plural_from_the_singular():
    assert [_plural(w) for w in ("plenary", "practical", "day", "box", "lab")] == [
        "plenaries",
        "practicals",
        "days",
        "boxes",
        "labs",
    ]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what plenaries are left", "plenary"),
        ("what practicals are left", "practical"),
        ("which colloquia remain", "colloquium"),
    ],
)
def test_what_meetings_are_left_is_the_kind_from_today(geo, question, kind):
    result, _ = ask(geo, question, "2025-05-20 10:00")
    part = result.parts[0]
    assert part.intent == "schedule_range"
    assert part.slots["kind"] == kind
    assert part.slots["range"] == (D("2025-05-20"), geo.term_last)


def test_whats_left_is_the_work_and_exams_from_today(course):
    result, said = ask(course, "what's left this semester including exams", "2024-03-20 10:00")
    assert result.parts[0].intent == "due_soon"
    assert "HW5" in said
    assert "Exam 2, Wed Apr 24" in said
    assert "HW3" not in said
    assert "Exam 1" not in said
    result, said = ask(course, "what exams are left", "2024-03-20 10:00")
    assert result.parts[0].intent == "exam"
    assert "Exam 2" in said
    assert "Exam 1" not in said


def test_between_now_and_a_day_runs_from_today(course):
    now = local(course, "2024-03-20 10:00")
    for question, last in [
        ("what's due between now and the end of april", "2024-04-30"),
        ("whats due between now and april 10", "2024-04-10"),
        ("what's due from today until friday", "2024-03-22"),
    ]:
        (phrase,) = [p for p in find_phrases(question, now, course) if p.kind in ("day", "range")]
        assert (phrase.kind, phrase.first, phrase.last) == ("range", D("2024-03-20"), D(last))


def test_the_n_weeks_after_a_period_count_from_its_end(course):
    result, said = ask(course, "what lectures were in the two weeks after spring break", "2024-04-20 10:00")
    assert result.parts[0].slots["range"] == (D("2024-03-09"), D("2024-03-22"))
    assert "Deep learning, DL frameworks" in said
    assert "Inference + Model Compression" not in said


def test_a_weekday_with_the_nth_finds_the_month_it_falls_in(geo):
    now = local(geo, "2025-03-26 10:00")
    (phrase, _) = find_phrases("if i leave wednesday the 2nd and come back monday", now, geo)
    assert phrase.first == D("2025-04-02")


def test_whats_due_over_a_break_is_only_the_break(second_course):
    _, said = ask(second_course, "whats due over thanksgiving", "2024-11-20 10:00")
    assert "Nothing is due during Thanksgiving break" in said
    assert "Next up" not in said
    _, said = ask(second_course, "anything due next week", "2024-11-20 10:00")
    assert "Next up" in said  # a week that is no named period still points on


# 5. Honesty.


@pytest.mark.parametrize(
    ("course_name", "question"),
    [
        ("geo", "how do glaciers form"),
        ("geo", "why do glaciers retreat"),
        ("geo", "how does glacier flow work"),
        ("hist", "why did the sugar revolution happen"),
        ("course", "how do i drop a class after the deadline"),
        ("course", "whats the add drop deadline"),
        ("second_course", "how does ridge regression work"),
    ],
)
def test_general_knowledge_and_enrolment_are_out_of_scope(request, course_name, question):
    result, _ = ask(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert result.outcome == "out_of_scope"


@pytest.mark.parametrize(
    ("course_name", "question"),
    [("geo", "how do flex hours work"), ("course", "how do regrades work"), ("geo", "how does the excursion work")],
)
def test_how_the_course_works_is_still_answered(request, course_name, question):
    result, _ = ask(request.getfixturevalue(course_name), question, "2025-03-26 10:00")
    assert result.outcome == "answered"
    assert result.answer.kind == "info"


def test_facts_the_page_lacks_are_said_to_be_unknown(geo, second_course):
    assert asked_attribute("what size should the poster be") is not None
    assert asked_attribute("when is the poster due") is None
    _, said = ask(geo, "what size should the poster be", "2025-03-26 10:00")
    assert "doesn't give the size" in said
    result, said = ask(geo, "is there a conflict form for the klausur", "2025-03-26 10:00")
    assert result.answer.kind == "unknown"
    assert "has a conflict form is not on the course page" in said
    result, said = ask(second_course, "can i switch from section 1a to 1b", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"
    assert "doesn't say whether you can do that" in said


# 6. Office hours by role and place.


def test_the_prof_is_the_instructor_role(geo, second_course):
    for course, name in [(geo, "Ingrid Solberg"), (second_course, "Elena Vasquez-Marlowe")]:
        result, said = ask(course, "when are the prof's office hours", "2024-10-01 10:00")
        assert result.parts[0].slots.get("role") is not None
        assert name in said


def test_where_office_hours_are_held_is_said_per_person(course, geo):
    _, said = ask(course, "whats the room for office hours", "2024-03-20 10:00")
    assert "Katie Zhang" in said
    assert "does not give the room for Yiwen Zhao" in said
    _, said = ask(geo, "where are office hours held", "2025-03-26 10:00")
    assert "EB 410" in said
    assert "EB 222" in said
    assert "does not give the room" not in said


def test_a_role_nobody_holds_in_a_section_is_said_not_to_be_named(geo, second_course):
    result, said = ask(geo, "who is the student assistant for group nord", "2025-03-26 10:00")
    assert result.answer.kind == "unknown"
    assert "names no Student Assistant for Practical group Nord" in said
    result, said = ask(geo, "who is the field tutor for nord", "2025-03-26 10:00")
    assert result.answer.kind == "info"
    assert "Tomasz Wierzbicki" in said
    result, _ = ask(second_course, "who is the ta for 1c", "2024-10-01 10:00")
    assert result.answer.kind == "info"


def test_the_end_of_term_runs_from_today_and_nothing_left_reads_plainly(hist):
    result, said = ask(hist, "what's due between now and the end of term", "2024-11-20 10:00")
    assert result.parts[0].slots["range"] == (D("2024-11-20"), hist.term_last)
    assert "Proposal" in said
    _, said = ask(hist, "is there a workshop left", "2024-11-20 10:00")
    assert first_line(said) == "No: no source workshop left."
