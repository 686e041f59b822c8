"""The section a student says they are in (bot.understand.question.stated_section)."""

from __future__ import annotations

import pytest

from bot.understand.question.stated_section import stated_section
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("so i'm in tutorial group t3 and i work fridays. what time is my tutorial", "T3"),
        ("i am in T1, when is my tutorial", "T1"),
        ("my group is t2, where do we meet", "T2"),
        ("when is the tutorial for t3", None),  # named, not said to be theirs: the reading takes it
        ("i'm in t1 or t2, not sure", None),  # two: none
        ("i'm in the library, when is my tutorial", None),
        ("when's my next tutorial, i'm t2", "T2"),  # a section's own name of letters and digits, said bare
        ("im 2 weeks behind, when is my tutorial", None),  # a number is no section's name
        ("when's my next tutorial, i'm tutorial t2", "T2"),  # "i'm tutorial t2", "im section a": said as theirs
        ("im a bit lost, when is the tutorial", None),
    ],
)
def test_the_section_said(hist, question, section):
    assert stated_section(hist, question) == section


def test_sections_in_other_courses(second_course, geo):
    assert stated_section(second_course, "im in 1h, when is my section") == "1H"
    assert stated_section(geo, "I'm in Practical group Süd, when is the practical") == "Sued"
    assert stated_section(second_course, "whens my next class (not lecture), im section 1c") == "1C"


def test_a_named_section_picks_its_own_of_the_work_a_name_matches(geo):
    result, _ = reply(geo, "when is the süd field log due", "2025-05-08T09:30")
    assert result.as_json()["parts"][0]["slots"]["assignments"] == ["log-sued"]


def test_two_sections_named_keep_every_match(geo):
    result, _ = reply(geo, "do i (group süd) have to hand in the nord field log too", "2025-05-08T09:30")
    assert result.as_json()["parts"][0]["slots"].get("assignments") != ["log-sued"]


def test_the_section_a_student_says_they_are_in_is_answered(hist):
    question = "so i'm in tutorial group t3 and i have a job. what time is my tutorial exactly?"
    _, said = reply(hist, question, "2024-10-23 13:00")
    assert "Fridays 1:00 PM" in said
    assert "Hume Building 2.03" in said


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("my group is on thursdays, is there practical on may 29", "Sued"),
        ("my group is on wednesdays, do we have practical on may 28?", "Nord"),
        ("my group is on mondays, is there practical on may 26", None),  # no group meets on mondays
    ],
)
def test_a_section_told_by_its_weekday(geo, question, section):
    """ "my group is on thursdays": the one section meeting that weekday, and the weekday is no day asked."""
    assert stated_section(geo, question) == section
    result, _ = reply(geo, question, "2025-05-20T10:00")
    assert result.parts[0].slots["date"].isoformat()[5:] in ("05-29", "05-28", "05-26")


def test_a_weekday_two_sections_share_names_none(hist):
    assert stated_section(hist, "my tutorial is on thursdays, is there tutorial on oct 31") is None
