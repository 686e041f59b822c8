"""How to meet someone with no regular office hours, as the course's rules on help hours say it
(bot.understand.people.hours_by_arrangement)."""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import Policy
from bot.understand.people.hours_by_arrangement import meeting_said
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
MEETING = Policy(
    id="meeting-staff",
    title="Office hours and appointments",
    summary="Mr. Feld meets students by appointment.",
    quote="Marcus Feld does not hold office hours: email him to book an appointment. Dr. Okafor's hours are listed.",
    keywords=("appointment", "office hours"),
)
OTHER = Policy(id="labs", title="Lab safety", summary="Goggles.", quote="Mr. Feld checks goggles at the door.")


def _chem(*policies: Policy):
    course = course_in(CHEM)
    return replace(course, policies=(*course.policies, *policies))


def test_the_help_hours_rule_naming_the_person_is_how_to_meet_them():
    course = _chem(MEETING, OTHER)
    feld = course.person("marcus-feld")
    assert meeting_said(course, feld) == ("Marcus Feld does not hold office hours: email him to book an appointment.",)
    assert meeting_said(course, course.person("dana-okafor")) == ()  # she holds hours: they are the answer


def test_a_rule_on_something_else_is_not_how_to_meet_them():
    course = _chem(OTHER)
    assert meeting_said(course, course.person("marcus-feld")) == ()


def test_asked_for_their_hours_the_answer_quotes_the_rule():
    course = _chem(MEETING)
    for question in (
        "when are marcus feld's office hours",
        "how do i get to talk to marcus feld, no office hours listed",
    ):
        result, said = reply(course, question, "2026-02-20 10:00")
        assert [p.intent for p in result.parts] == ["office_hours"]
        assert "email him to book an appointment" in said
