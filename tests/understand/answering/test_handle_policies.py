"""Policies answered (bot.understand.answering.handle_policies)."""

from __future__ import annotations

import pytest

from bot.understand.answering.handle_policies import when_not_said
from tests.understand.conftest import course_in, first_line, reply


def test_sections_policy_asked_about_exams_lists_each_exams_sections(course):
    _, said = reply(course, "do 405 and 605 have the same exams", "2024-02-12T10:00")
    assert "Exam 1 (Mon Feb 26): for 10-405, 10-605." in said


def _intents(course, question: str, now: str) -> list[str]:
    return [p.intent for p in reply(course, question, now)[0].parts]


@pytest.mark.parametrize(
    ("which", "now"),
    [("hist", "2024-10-23T13:00"), ("geo", "2025-05-07T10:00"), ("stat", "2024-10-02T12:00")],
)
def test_a_mark_thought_wrong_is_a_regrade(request, which, now):
    """ "who do i ask if i think my essay was marked wrong": the regrade rule and where, not the grading breakdown."""
    course = request.getfixturevalue(which)
    assert _intents(course, "who do i ask if i think my work was marked wrong", now) == ["regrade"]


def test_the_regrade_place_reads_as_the_data_gives_it(hist):
    """ "with the Module Convenor": a person is asked, not a site posted on."""
    _, shown = reply(hist, "my essay was marked wrong, who do i ask", "2024-10-23T13:00")
    assert "Ask for a regrade with the Module Convenor" in shown


@pytest.mark.parametrize(
    ("which", "now", "forum"),
    [("hist", "2024-10-23T13:00", "Padlet"), ("geo", "2025-05-07T10:00", "Zulip"), ("stat", "2024-10-02T12:00", "Ed")],
)
def test_where_questions_are_posted_is_the_forum(request, which, now, forum):
    """The course's forum from the data (or the course's policy about it), never where class meets."""
    _, shown = reply(request.getfixturevalue(which), "where do we post questions for this class", now)
    assert forum in shown
    assert "Class meetings" not in shown


def test_the_forum_policy_when_the_course_has_one(course):
    """10-605's Piazza policy says more than its link (which the page lacks)."""
    result, _ = reply(course, "where can we post questions about the homework", "2024-03-13T14:30")
    assert [p.slots.get("policy") for p in result.parts] == ["piazza"]


@pytest.mark.parametrize(("which", "now"), [("hist", "2024-10-23T13:00"), ("stat", "2024-10-02T12:00")])
def test_lat_before_the_words_of_late_work_is_late(request, which, now):
    """ "lat work policy": the late rule (a three-letter typo is repaired only before late work's words)."""
    intents = _intents(request.getfixturevalue(which), "lat work policy", now)
    assert intents in (["policy"], ["late_rules"])


def test_a_policy_named_twice_over_outranks_an_extension_cue(course):
    """ "a letter from disability resources for extra time": accommodations, not extensions."""
    result, _ = reply(
        course, "i have a letter from disability resources for extra time, who should i talk to", "2024-03-13T14:30"
    )
    assert [p.slots.get("policy") for p in result.parts] == ["accommodations"]
    assert _intents(course, "can i get extra time on hw5", "2024-03-13T14:30") == ["extension"]


@pytest.mark.parametrize(
    ("which", "now", "question", "policy"),
    [
        ("course", "2024-03-13T14:30", "where do i ask a question about hw5", "piazza"),
        ("stat", "2024-10-02T12:00", "where do i ask a question about ps3", "ed"),
    ],
)
def test_where_to_ask_about_an_item_is_the_forums_policy(request, which, now, question, policy):
    """ "where do i ask a question about hw5": the course's policy about its forum, not the day hw5 is discussed."""
    result, _ = reply(request.getfixturevalue(which), question, now)
    assert [p.slots.get("policy") for p in result.parts] == [policy]


def test_asking_questions_somewhere_named_is_not_the_forum(course):
    """ "can i ask questions in office hours" is about office hours."""
    assert _intents(course, "can i ask questions in office hours", "2024-03-13T14:30") == ["office_hours"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what grade do i get if i cheat once", "letter grade"),
        ("can i ask for solutions on piazza", "No:"),
    ],
)
def test_a_policys_consequence_and_an_instruction_with_two_verbs(course, question, said):
    """What a policy says happens, and an instruction with two verbs."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who do i talk to about dsp accommodations", "stat187-staff@pcsu.example.edu"),
    ],
)
def test_whom_to_write_to_about_accommodations(second_course, question, said):
    """Whom to write to about a policy."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    "question",
    ["do i have to say who i worked with on the pset", "do i need to say who i worked with on ps6"],
)
def test_a_duty_the_page_states_is_yes_in_the_students_own_words(stat, question):
    """ "you must ... list your collaborators": Yes to "do i have to say who i worked with", with PS6 one of the
    problem sets the rule names; the policy, never PS6's card."""
    result, said = reply(stat, question, "2024-11-01T15:30")
    assert [p.intent for p in result.parts] == ["policy"]
    assert first_line(said).startswith("Yes")
    assert "PS6 is due" not in said


def test_a_duty_about_work_the_rule_does_not_name_gets_no_yes(stat):
    """The collaboration rule speaks of problem sets: the project report is not decided by it."""
    _, said = reply(stat, "do i have to write my own code for the project", "2024-11-01T15:30")
    assert not first_line(said).startswith(("Yes", "No"))


def test_a_may_i_with_an_action_the_rule_does_not_name_gets_no_no(hist):
    """ "use ai to brainstorm" of a rule against AI writing the essay: the rule's words, no plain No."""
    _, said = reply(hist, "can i use ai to brainstorm for the essay", "2024-10-23T13:00")
    assert not first_line(said).startswith("No")


def test_the_same_exam_for_two_sections_is_decided_by_the_exams_sections(course):
    """ "do 405 and 605 take the same exam 2": Yes from exam 2's sections; No where one section has its own."""
    from dataclasses import replace

    from tests.understand.conftest import first_line, reply

    _, said = reply(course, "do 405 and 605 take the same exam 2", "2024-04-03 10:00")
    assert first_line(said).startswith("Yes")
    own = tuple(replace(e, sections=("10-605",)) if e.id == "exam2" else e for e in course.exams)
    _, said = reply(replace(course, exams=own), "do 405 and 605 take the same exam 2", "2024-04-03 10:00")
    assert first_line(said).startswith("No")


@pytest.mark.parametrize(
    ("which", "now", "question", "said"),
    [
        (
            "course",
            "2024-02-12T10:00",
            "whats the total number of grace days for the semester",
            "4 grace days in total, at most 2 per assignment, used",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-03-04T14:00",
            "whats the total number of slip days for the semester",
            "3 slip days in total, at most 2 per assignment, used",
        ),
        ("geo", "2025-05-07T10:00", "how many flex hours does everyone get overall", "72 flex hours"),
    ],
)
def test_the_pool_counted_through_its_policy_gives_the_datas_number(request, which, now, question, said):
    """ "how many grace days do we get", read as the late policy: the pool's count from the data comes first."""
    course = course_in(which) if "/" in which else request.getfixturevalue(which)
    assert first_line(reply(course, question, now)[1]).startswith(said)


@pytest.mark.parametrize(
    ("which", "now", "question", "days"),
    [
        ("course", "2024-02-12T10:00", "how many days do we have to contest a grade", 7),
        ("tests/fixtures/courses/chem-1310-s26", "2026-03-04T14:00", "how much time do we get to dispute a grade", 7),
        ("geo", "2025-05-07T10:00", "until when can i ask for my mark to be looked at again", 7),
    ],
)
def test_how_long_a_regrade_stays_open_is_the_datas_days(request, which, now, question, days):
    """ "how long do i have to query a mark": the window's days from the data, before the policy's own words."""
    course = course_in(which) if "/" in which else request.getfixturevalue(which)
    said = first_line(reply(course, question, now)[1])
    assert said == f"You have {days} days from when the grades are published to ask for a regrade."


def test_a_regrade_window_the_page_does_not_give_is_no_number(hist):
    """With no window in the data no number of days is made up."""
    assert "days from when" not in reply(hist, "how long do we have to ask for a regrade", "2024-10-23T13:00")[1]


@pytest.mark.parametrize(
    ("question", "clause", "not_said"),
    [
        ("can i ask for an extension the day before", "you may request an extension", True),
        ("can i ask for an extension 3 days before", "you may request an extension 2 days before", False),
        # "until the due date" speaks of before the deadline, never of after it or of a day it may be past
        ("can i see my similarity score before the deadline", "you may see your report until the due date", False),
        ("can i see my similarity report after the deadline", "you may see your report until the due date", True),
        ("can i resubmit tomorrow", "you may resubmit until the due date", True),
        ("can i resubmit 2 hours late", "you may resubmit until the due date", True),
        ("can i resubmit after ive already uploaded it", "you may resubmit until the due date", False),
    ],
)
def test_a_when_asked_is_one_the_clause_speaks_of(question, clause, not_said):
    """A Yes or No from a policy's clause needs the clause to speak of the when the question asks with."""
    assert when_not_said(question, clause) is not_said
