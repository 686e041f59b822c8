"""Leaving or registering is the registrar's business, unless the course's own policy says how: then it answers."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.policies.enrollment_rule import policy_enrolls
from tests.understand.conftest import reply

DROPPING = """
[[policy]]
id = "dropping"
title = "Dropping the course"
keywords = ["drop", "dropping", "withdraw", "withdrawal"]
summary = "The last day to drop the course is Fri Oct 25, 2024, in the student portal; a dropped course shows W."
quote = "The last day to drop the course (withdrawal) is Fri Oct 25, 2024, in the student portal."
"""


@pytest.fixture
def with_dropping(second_copy):
    """STAT 187 with a policy giving the last day to drop."""
    path = second_copy / "policies.toml"
    path.write_text(path.read_text() + DROPPING)
    return load_course(second_copy)


@pytest.mark.parametrize("question", ["last day to drop?", "whens the deadline to drop this class"])
def test_the_course_s_own_drop_policy_answers(with_dropping, question):
    assert policy_enrolls(with_dropping, question)
    _, said = reply(with_dropping, question, "2024-10-01 10:00")
    assert "Fri Oct 25" in said, said
    assert "registrar" not in said


def test_without_such_a_policy_it_stays_the_registrar_s(second_copy):
    """STAT 187 as bundled has no policy on dropping: nothing is made up."""
    course = load_course(second_copy)
    assert not policy_enrolls(course, "last day to drop?")
    _, said = reply(course, "last day to drop?", "2024-10-01 10:00")
    assert "Oct 25" not in said
