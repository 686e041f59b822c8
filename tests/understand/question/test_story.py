"""A question told inside a story: the sentences that ask nothing are context; the asking ones take from them what
their "then", "it" and "while i'm gone" stand for."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from bot.understand.question.story import is_told
from tests.conftest import FIXTURES, REPO, local
from tests.understand.conftest import reply

STAT = REPO / "data" / "stat-187-f24"
GEO = FIXTURES / "courses" / "geo-2210-s25"


def _parts(folder, now: str, question: str) -> tuple[list[dict], str]:
    course = load_course(folder)
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result.as_json()["parts"], answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("i lost a bunch of my ps7 code", True),
        ("realistically i will finish it saturday", True),
        ("ok so my laptop died thursday night", True),
        ("realistically it goes in thursday the 4th at 9am", True),  # a whole statement, no teller
        ("how bad is the penalty if i turn it in then", False),
        ("is that still accepted", False),
        ("ps7 due date", False),  # a fragment asks
        ("can you tell me when ps7 is due", False),
        ("havent used any grace days yet", True),  # told with its "i" left out
        ("has not been graded yet", True),
        ("im in section 2 (the monday one), do i have to come to the review", False),  # asks after its comma
        ("i was sick all week, never got to hw3", True),
        ("haven't they posted the grades yet", False),  # asks, its subject after "not"
    ],
)
def test_a_story_sentence_is_told_by_its_teller_and_asks_nothing(course, sentence, told):
    reading = engine_for(course).reader.read(sentence, local(course, "2024-03-20 10:00"))
    assert is_told(reading) is told


def test_then_is_the_time_the_story_named_and_it_is_the_work():
    """The late result with the exact percentage, not PS7's card; the story is never answered."""
    parts, shown = _parts(
        STAT,
        "2024-11-20T17:15",
        "ok so my laptop died thursday night and i lost a bunch of my ps7 code. i can probably redo it by saturday "
        "around noon. how bad is the penalty if i turn it in then? like exactly what percent",
    )
    assert [p["intent"] for p in parts] == ["late_whatif"]
    assert parts[0]["slots"]["assignments"] == ["ps7"]
    assert dt.datetime.fromisoformat(parts[0]["slots"]["moment"]).hour == 12
    assert "38% penalty" in shown
    assert "couldn't tell what you meant" not in shown


def test_the_work_the_story_named_carries_into_a_question_that_names_none():
    parts, shown = _parts(
        STAT,
        "2024-11-20T17:15",
        "my laptop charger broke. i'd upload ps7 sunday at 10am. how much credit would i still get?",
    )
    assert [p["intent"] for p in parts] == ["late_whatif"]
    assert parts[0]["slots"]["assignments"] == ["ps7"]
    assert "18% credit" in shown


def test_the_story_keeps_the_section_it_named():
    """ "we lost the süd log data. we'd re-upload the field log saturday": the Süd log, not both logs."""
    parts, shown = _parts(
        GEO,
        "2025-05-08T09:30",
        "our field laptop crashed and we lost the süd log data. we'd re-upload the field log saturday the 17th at "
        "noon. is that still accepted?",
    )
    assert parts[0]["slots"]["assignments"] == ["log-sued"]
    assert any(line.startswith("Yes:") for line in shown.splitlines()[:4])
    assert "not accepted (more than 3 days late)" not in shown  # the Nord log's deadline is not this one


def test_a_trip_told_before_the_questions_is_their_span():
    parts, shown = _parts(
        STAT,
        "2024-11-20T17:15",
        "so I'm trying to plan my thanksgiving travel. I want to leave tuesday morning the 26th and come back sunday. "
        "what would I miss in stat 187 if I do that, like lectures or sections, and is anything due while I'm gone?",
    )
    assert [p["intent"] for p in parts] == ["schedule_range", "due_soon"]
    assert all(p["slots"]["range"] == ["2024-11-26", "2024-12-01"] for p in parts)
    assert parts[0]["slots"]["kind"] == "class"  # lectures or sections: every meeting
    assert "Causal inference" in shown
    assert "Fri Nov 22" not in shown.split("Due while")[1].split("Next up")[0]


def test_a_day_the_story_named_is_the_day_a_past_question_asks_of(course):
    clock = local(course, "2024-03-20 10:00")
    result = read_question(course, "i was at a career fair on monday and missed class. what did we talk about?", clock)
    assert result.as_json()["parts"][0]["slots"]["date"] == "2024-03-18"


def test_a_present_question_keeps_its_own_time():
    """ "i got added to 1E today. when are their office hours": the hours, not only today's."""
    parts, _ = _parts(
        STAT,
        "2024-11-20T17:15",
        "I just got added to 1E off the waitlist today. I know it's late in the term. when are the office hours?",
    )
    assert all(p["slots"].get("when") != "2024-11-20" for p in parts)


def test_a_question_without_a_story_is_read_as_before(course):
    clock = local(course, "2024-03-20 10:00")
    parts = read_question(course, "when is hw5 due. and where are office hours", clock).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["assignment_due", "office_hours"]


def test_it_standing_for_two_pieces_of_work_says_which_it_took(course):
    _, shown = reply(
        course,
        "i'm behind on hw5 and the mini project survey. if i turn it in on saturday at noon how late is it",
        "2024-03-27 10:00",
    )
    assert "Taking HW5 (you named Mini-project survey too" in shown


def test_a_story_does_not_date_a_question_that_asks_when(course):
    result, _ = reply(course, "i was sick all last week. i still have to do hw5. when is it due", "2024-03-27 10:00")
    parts = result.as_json()["parts"]
    assert [(p["intent"], p["slots"]["assignments"]) for p in parts] == [("assignment_due", ["hw5"])]
    assert "last week" not in parts[0]["text"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("the midterm also had one question where i think the rubric was wrong", True),  # "where" relates
        ("i was sick the day when we covered kernels", True),
        ("i was wondering when ps7 is due", False),  # "when" after "wondering" asks
        ("so i missed class, what did we cover", False),  # first in its clause
        ("i lost my notes and the exam is where", False),  # last: it asks
        ("im in 1c what is this weeks discussion", False),  # its verb straight after: it asks
        ("im in 1c where do we meet this week", False),
    ],
)
def test_a_question_word_after_a_noun_relates_and_asks_nothing(stat, sentence, told):
    reading = engine_for(stat).reader.read(sentence, local(stat, "2024-11-01 15:30"))
    assert is_told(reading) is told


@pytest.mark.parametrize(
    "question",
    [
        "just looked at ps4 on prairielearn and i think they took off points on the code part that were right. "
        "the midterm also had a question where the rubric was wrong. how do i get these looked at and is there a "
        "time limit",
        "so i got ps3 back and i think they marked one of my answers wrong, the grader missed my work on q2. how do i "
        "get that fixed and is there a time limit",
    ],
)
def test_a_story_of_a_grading_thought_wrong_asks_for_a_regrade(stat, question):
    """The question sentences decide: the regrade rule and its window (not on the page), never the exam's card or
    the grading breakdown the story's words name."""
    result, shown = reply(stat, question, "2024-11-01 15:30")
    assert {p.intent for p in result.parts} == {"regrade"}
    assert "PrairieLearn" in shown
    assert "doesn't say" in shown
    assert "Grading breakdown" not in shown
    assert "Room for" not in shown


def test_a_story_without_a_request_gives_none_to_its_question(stat):
    """A story of a lost laptop is no regrade: "how do i get it looked at" takes nothing from it."""
    result, _ = reply(stat, "my laptop broke last night. how do i get it looked at", "2024-11-01 15:30")
    assert "regrade" not in {p.intent for p in result.parts}


def test_whom_to_see_at_the_office_hours_the_story_spoke_of_not_the_work_it_named(stat):
    question = (
        "i'm stuck on the report and want to go to office hours. tuesdays are bad for me, i'm busy on tuesday. "
        "who can i go see?"
    )
    result, said = reply(stat, question, "2024-12-02 10:00")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert "Report is due" not in said
    assert "Tue Dec 3" not in said


def test_another_courses_number_in_the_story_leaves_the_question_to_this_course(course):
    question = (
        "i'm a 605 student and i also have a huge 15-445 project. i still haven't started the mini project. "
        "when exactly is it due?"
    )
    result, said = reply(course, question, "2024-04-03 16:00")
    assert result.outcome == "answered"
    assert "Wed Apr 17" in said
