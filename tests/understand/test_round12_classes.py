"""Issue 12, round 12: the right card for a policy question (a mark thought wrong is a regrade, where questions are
posted is the forum, a misspelled late rule, accommodations named twice over), and the past and next meetings
("this weeks seminar", "the next lecture after today")."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import BUNDLED_DATA, load_course
from bot.understand.engine import read_question
from tests.conftest import FIXTURES, SECOND_DATA, at, local

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")
STAT = load_course(SECOND_DATA)
ML = load_course(BUNDLED_DATA)


def _intents(course, question: str, now) -> list[str]:
    return [p.intent for p in read_question(course, question, now).parts]


@pytest.mark.parametrize(
    ("course", "now"),
    [(HIST, "2024-10-23T13:00"), (GEO, "2025-05-07T10:00"), (STAT, "2024-10-02T12:00")],
)
def test_a_mark_thought_wrong_is_a_regrade(course, now):
    """ "who do i ask if i think my essay was marked wrong": the regrade rule and where, not the grading breakdown."""
    assert _intents(course, "who do i ask if i think my work was marked wrong", local(course, now)) == ["regrade"]


def test_the_regrade_place_reads_as_the_data_gives_it():
    """ "with the Module Convenor": a person is asked, not a site posted on."""
    now = local(HIST, "2024-10-23T13:00")
    shown = answer_text(read_question(HIST, "my essay was marked wrong, who do i ask", now).answer, HIST.tz, now)
    assert "Ask for a regrade with the Module Convenor" in shown


@pytest.mark.parametrize(
    ("course", "now", "forum"),
    [(HIST, "2024-10-23T13:00", "Padlet"), (GEO, "2025-05-07T10:00", "Zulip"), (STAT, "2024-10-02T12:00", "Ed")],
)
def test_where_questions_are_posted_is_the_forum(course, now, forum):
    """The course's forum from the data (or the course's policy about it), never where class meets."""
    clock = local(course, now)
    answer = read_question(course, "where do we post questions for this class", clock).answer
    shown = answer_text(answer, course.tz, clock)
    assert forum in shown
    assert "Class meetings" not in shown


def test_the_forum_policy_when_the_course_has_one(course):
    """10-605's Piazza policy says more than its link (which the page lacks)."""
    result = read_question(course, "where can we post questions about the homework", at("2024-03-13T14:30"))
    assert [p.slots.get("policy") for p in result.parts] == ["piazza"]


@pytest.mark.parametrize(("course", "now"), [(HIST, "2024-10-23T13:00"), (STAT, "2024-10-02T12:00")])
def test_lat_before_the_words_of_late_work_is_late(course, now):
    """ "lat work policy": the late rule (a three-letter typo is repaired only before late work's words)."""
    intents = _intents(course, "lat work policy", local(course, now))
    assert intents in (["policy"], ["late_rules"])


def test_a_policy_named_twice_over_outranks_an_extension_cue(course):
    """ "a letter from disability resources for extra time": accommodations, not extensions."""
    result = read_question(
        course, "i have a letter from disability resources for extra time, who should i talk to", at("2024-03-13T14:30")
    )
    assert [p.slots.get("policy") for p in result.parts] == ["accommodations"]
    assert _intents(course, "can i get extra time on hw5", at("2024-03-13T14:30")) == ["extension"]


def test_this_weeks_seminar_is_this_weeks():
    """ "this weeks seminar" (no apostrophe) is this week's, in the past tense the one already held."""
    now = local(HIST, "2024-10-23T13:00")
    shown = answer_text(read_question(HIST, "what was this weeks seminar about, i missed it", now).answer, HIST.tz, now)
    assert "The Atlantic slave trade" in shown
    shown = answer_text(read_question(HIST, "what was last weeks seminar about", now).answer, HIST.tz, now)
    assert "The sugar revolution" in shown


def test_the_next_meeting_after_a_named_day(course):
    """ "the next lecture after today" is not today's; the day after "tomorrow" is not called today."""
    now = at("2024-03-13T14:30")
    shown = answer_text(
        read_question(course, "when is the next actual lecture after today, not a rec", now).answer, course.tz, now
    )
    assert "Mon Mar 18" in shown
    assert "Today" not in shown
    shown = answer_text(read_question(course, "next rec after tomorrow?", now).answer, course.tz, now)
    assert "Fri Mar 15" in shown
    assert "Today" not in shown


@pytest.mark.parametrize(
    ("course", "now", "question"),
    [
        (HIST, "2024-10-23T13:00", "is the final in one of the tutorial slots"),
        (STAT, "2024-10-02T12:00", "is the midterm during a lecture slot"),
    ],
)
def test_a_class_slot_in_other_words_is_class_time(course, now, question):
    """ "during a seminar slot": whether the exam is in class time, as the data says (both are not)."""
    clock = local(course, now)
    shown = answer_text(read_question(course, question, clock).answer, course.tz, clock)
    assert shown.splitlines()[2].startswith("No")


@pytest.mark.parametrize(
    ("course", "now", "question", "policy"),
    [
        (ML, "2024-03-13T14:30", "where do i ask a question about hw5", "piazza"),
        (STAT, "2024-10-02T12:00", "where do i ask a question about ps3", "ed"),
    ],
)
def test_where_to_ask_about_an_item_is_the_forums_policy(course, now, question, policy):
    """ "where do i ask a question about hw5": the course's policy about its forum, not the day hw5 is discussed."""
    result = read_question(course, question, local(course, now))
    assert [p.slots.get("policy") for p in result.parts] == [policy]


def test_asking_questions_somewhere_named_is_not_the_forum(course):
    """ "can i ask questions in office hours" is about office hours."""
    assert _intents(course, "can i ask questions in office hours", at("2024-03-13T14:30")) == ["office_hours"]
