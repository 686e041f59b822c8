"""Answers the engine composes: facts known or not on the page, a Yes/No in front, several answers in one."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, Field, text
from bot.core.render_text import answer_text
from bot.understand import replies
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def render(course, answer):
    return answer_text(answer, course.tz, NOW)


def test_facts_the_page_gives_are_answered(course):
    """With a room and times in the data, the answer is the data's, and it is a plain answer."""
    known = replace(course, meeting_place="Gates 4401", meeting_times="MW 9:30–10:50")
    answer = replies.course_fact(known, "meeting_place")
    assert answer.kind == "info"
    assert "Gates 4401" in render(course, answer)
    assert "MW 9:30–10:50" in render(course, replies.course_fact(known, "meeting_time"))


def test_facts_the_page_does_not_give_say_so_and_where_to_ask(course):
    """Without them: not on the course page, ask on the course's forum (from its data), never a guess."""
    answer = replies.course_fact(course, "meeting_time")
    rendered = render(course, answer)
    assert answer.kind == "unknown"
    assert "not on the course page" in rendered
    assert "ask on Piazza" in rendered
    assert "Mondays, Wednesdays" in rendered  # what the schedule does tell


def test_where_to_ask_follows_the_data(course):
    """The forum is whatever policy the data marks as the forum; asking about the forum goes to staff."""
    assert replies.where_to_ask(course) == "ask on Piazza"
    assert replies.where_to_ask(course, "piazza") == "ask the Head TAs"
    assert replies.where_to_ask(replace(course, policies=())) == "ask the Head TAs"


def test_verdict_opens_with_yes_or_no(course):
    answer = replies.verdict(Answer(title="HW3", lines=(text("due Wed"),)), False, "HW3 is due Wed Feb 21.")
    assert render(course, answer).splitlines()[2] == "No: HW3 is due Wed Feb 21."


def test_combined_keeps_every_part_once(course):
    """Two answers become one with each part's title as a section; the same answer twice is given once."""
    first = Answer(title="Homework 3", fields=(Field("Homework 3", (text("due Wed"),)),), footer="assumed")
    second = Answer(title="Releases", lines=(text("HW5 comes out Mon"),))
    combined = replies.combined([first, second, first])
    assert combined.title == "Homework 3 · Releases"
    assert [f.name for f in combined.fields] == ["Homework 3", "Releases"]
    assert combined.footer == "assumed"


def test_rules_answer_without_a_policy_text(course):
    """A course with regrade rules but no regrade policy text still answers from the rules."""
    answer = replies.rules_answer(course, "regrade")
    assert "within 7 days" in render(course, answer)
