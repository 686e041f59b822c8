"""Another group named by its number beside the student's own is "the other" group, as the course's rules say."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import Claim, Policy
from bot.understand.engine import read_question
from bot.understand.yes_no.other_group import as_other_group
from tests.conftest import FIXTURES, local


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "can i be on a team with my friend from section 2, im in section 1",
            "can i be on a team with my friend from the other section",
        ),
        ("can i pair with someone in studio 4? i'm in studio 2", "can i pair with someone in the other studio"),
        (
            "i am in lab group a, can i team up with a guy from lab group b",
            "can i team up with a guy from the other lab group",
        ),
        (
            "im in section 101 but can my partner in section 103 join us",
            "but can my partner in the other section join us",
        ),
    ],
)
def test_two_numbers_of_one_group_are_the_other_group(question, read):
    """The group beside the student's own becomes "the other" group; the student's own clause is set aside."""
    assert as_other_group(question).strip() == read


@pytest.mark.parametrize(
    "question",
    [
        "can i do hw 2 and hw 3 together",  # two items, no group of the student's own
        "my friend in section 3 said i can swap, im in section 3",  # the same group
        "is section 2 in room 5",
        "when does section 2 meet",
    ],
)
def test_no_two_groups_leaves_the_question_as_it_is(question):
    """Without another group beside the student's own, nothing changes."""
    assert as_other_group(question) == question


@pytest.fixture(scope="module")
def teams_course():
    """chem-1310-s26 with a rule that teams come from one lab section (no repository course has one)."""
    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    claim = Claim(
        False,
        ("team with someone from another section", "team members from different sections"),
        "Project teams of three are formed within your own lab section",
    )
    rule = Policy(
        "teams", "Project teams", "Teams of three from your own lab section.", claim.evidence, claims=(claim,)
    )
    return dataclasses.replace(chem, policies=(*chem.policies, rule))


@pytest.mark.parametrize(
    "question",
    [
        "can i be on a team with someone from section 102, im in section 101",
        "i'm in section 103, can my roommate in section 101 be on my team",
    ],
)
def test_a_rule_on_the_other_group_decides_a_question_naming_numbers(teams_course, question):
    """The rule's No, with its words, when the student names both sections by number."""
    now = local(teams_course, "2026-03-02 10:00")
    said = answer_text(read_question(teams_course, question, now).answer, teams_course.tz, now)
    assert said.splitlines()[2].startswith("No"), said
    assert "within your own lab section" in said
