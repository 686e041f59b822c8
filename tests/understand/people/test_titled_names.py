"""A title in a staff member's name ("Prof.", "Dr.") names no one by itself: "the prof" is the role."""

from __future__ import annotations

import dataclasses

import pytest

from tests.understand.conftest import reply


def _titled(course):
    people = tuple(
        dataclasses.replace(p, name=f"Prof. {p.name}") if p.role == "instructor" else p for p in course.people
    )
    return dataclasses.replace(course, people=people)


@pytest.mark.parametrize("question", ["whats the prof's email", "professor email?"])
def test_the_prof_is_the_lead_role_when_names_carry_titles(stat, question):
    course = _titled(stat)
    result, said = reply(course, question, "2024-10-14 10:00")
    assert result.outcome == "answered"
    assert "evm@pcsu.example.edu" in said


def test_the_titled_name_still_names_the_person(stat):
    _, said = reply(_titled(stat), "when are prof vasquez-marlowe's office hours", "2024-10-14 10:00")
    assert "Halvorsen Hall 512" in said
