"""Issue 12, fifth round: a part that asks something and cannot be read is said, never dropped; a guess says so;
items are found by their titles' words and parts; a day or week asked is the schedule's; a policy named by its
keyword beats a row that only announces it; losing points by the day is a late-rule yes/no."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from tests.conftest import FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"
UNREAD = "I couldn't tell what you meant by"


@pytest.fixture(scope="module")
def geo():
    return load_course(GEO)


def ask(course, question, now="2025-03-26T10:00"):
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result, answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("when is sheet 3 due and where do i go", "where do i go"),
        ("when is the quiz? also can i bring my dog", "can i bring my dog"),
        ("when is sheet 1 due and why is the sky blue", "why is the sky blue"),
    ],
)
def test_an_unread_part_that_asks_is_said(geo, question, part):
    result, said = ask(geo, question)
    assert result.outcome == "answered"
    assert f"{UNREAD} “{part}”" in said


@pytest.mark.parametrize(
    "question",
    ["thanks! when is sheet 2 due", "hi, when is sheet 2 due", "im in group nord, when is sheet 2 due"],
)
def test_greetings_thanks_and_context_are_not_unread_parts(geo, question):
    _, said = ask(geo, question)
    assert "Mon Mar 31" in said
    assert UNREAD not in said


def test_a_low_confidence_reading_says_it_is_a_guess(course):
    result, said = ask(course, "homework due dates?", "2024-02-12T10:00")
    assert result.parts[0].confidence < 0.3
    assert "this is my best guess" in said
    result, said = ask(course, "when is hw3 due", "2024-02-12T10:00")
    assert "best guess" not in said


@pytest.mark.parametrize(
    ("question", "facts", "absent"),
    [
        ("when is the field log due", ["Field log (Nord)", "Field log (Süd)"], ["Sheet 4"]),
        ("when are the field logs due", ["Tue May 13", "Thu May 15"], []),
        ("when is the poster due", ["Mon Jun 23"], []),
        ("whens the postr due", ["Mon Jun 23"], []),
        ("when is the snow pits sheet due", ["Fri Mar 28"], ["Sheet 2"]),
    ],
)
def test_items_are_found_by_their_own_words(geo, question, facts, absent):
    _, said = ask(geo, question)
    assert all(f in said for f in facts), said
    assert not any(a in said for a in absent), said


def test_a_part_shared_by_several_items_names_none_of_them(geo):
    from bot.understand.lexicon import Lexicon

    keys = Lexicon(geo).assignment_keys
    assert keys["poster"] == ("project",)
    assert "data" not in keys  # sheets 1 and 2 and the project all have data


def test_a_kind_asked_for_a_week_is_the_schedule(geo):
    _result, said = ask(geo, "is there a lab next week")
    assert said.splitlines()[2].startswith("Yes")
    assert "Thu Apr 3" in said
    assert "Practical sheet 4" not in said


def test_a_policy_named_by_its_keyword_beats_a_row_announcing_it(geo):
    result, said = ask(geo, "when is the excursion")
    assert result.parts[0].slots.get("policy") == "excursion"
    assert "July" in said
    assert "exact dates" in said
    assert "Mon Mar 10" not in said


@pytest.mark.parametrize(
    ("question", "first"),
    [("do we lose points daily", "Yes"), ("are points deducted per hour", "No"), ("is the late penalty hourly", "No")],
)
def test_losing_points_by_the_day_is_a_late_rule(geo, question, first):
    result, said = ask(geo, question)
    assert result.parts[0].intent == "late_rules"
    assert said.splitlines()[2].startswith(first)
