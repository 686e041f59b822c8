"""A partner who does not do their share: what the pair rule says about problems in a pair, or that it says nothing."""

from __future__ import annotations

import shutil

import pytest

from bot.course.loader import load_course
from bot.understand.policies.partner_story import pair_policy, partner_question, trouble_sentences
from tests.understand.conftest import REPO, course_in, first_line, reply

PAIRS = (
    "The research poster is made in pairs chosen in week 2. Each member rates the other's contribution, which scales "
    "their mark. Problems in a pair should be reported to your seminar tutor as soon as they arise."
)


def test_the_sentences_about_problems_come_first():
    assert trouble_sentences(PAIRS) == [
        "Problems in a pair should be reported to your seminar tutor as soon as they arise.",
        "Each member rates the other's contribution, which scales their mark.",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "when is the mini-project due and who is my partner",
        "can my partner and i split the work",
        "my partner is really nice, is that normal",
    ],
)
def test_not_a_partner_not_doing_their_share(question):
    assert partner_question(course_in("data/10-605-s24"), question) is None


@pytest.fixture(scope="module")
def with_pairs(tmp_path_factory):
    """HIST 210 with a pair rule added: a course whose words the reader was not tuned on."""
    folder = tmp_path_factory.mktemp("course") / "hist-210-a24"
    shutil.copytree(REPO / "tests/fixtures/courses/hist-210-a24", folder)
    with (folder / "policies.toml").open("a") as out:
        out.write(
            '\n[[policy]]\nid = "poster"\ntitle = "Research poster in pairs"\nkeywords = ["poster", "partner", "pair"]'
            f'\nsummary = "The poster is made in pairs."\nquote = "{PAIRS}"\n'
        )
    return load_course(folder)


@pytest.mark.parametrize(
    "question",
    [
        "my poster partner hasnt done anything and keeps ignoring my messages, what do i do",
        "ugh my partner stopped replying two weeks ago and the poster is half done. help?",
    ],
)
def test_the_pair_rule_on_problems(with_pairs, question):
    assert pair_policy(with_pairs) == "poster"
    result, said = reply(with_pairs, question, "2024-11-06 12:00")
    assert [p.slots.get("policy") for p in result.parts] == ["poster"]
    assert "seminar tutor" in said


def test_a_pair_rule_silent_on_problems_says_so():
    """10-605's mini-project rule says nothing of a group member who does no work."""
    course = course_in("data/10-605-s24")
    result, said = reply(course, "my mini project teammate has done nothing so far, what can i do", "2024-04-10 10:00")
    assert result.answer.kind == "unknown"
    assert "doesn't say" in first_line(said)


def test_a_problem_set_is_no_problem_in_a_pair():
    said = "Problem sets are done alone. Problems in a team go to your TA."
    assert trouble_sentences(said) == ["Problems in a team go to your TA."]


@pytest.mark.parametrize(
    "question",
    [
        "what happens if someone in our project team does nothing",
        "one person in my group isnt doing anything, do they get the same mark",
        "a member of the team won't reply to us, what do we do",
    ],
)
def test_someone_in_the_team_told_not_doing_their_share(question):
    assert partner_question(_teams(course_in("tests/fixtures/courses/chem-1310-s26")), question) == "grading"


def _teams(course):
    """A course whose team rule is silent on shares and whose grading rule weighs them by a peer evaluation."""
    import dataclasses

    from bot.course.model import Policy

    team = Policy(
        "team-project", "Team project", "Teams of four build a bridge.", "Teams of four build a bridge.", ("teams",)
    )
    grading = Policy(
        "grading",
        "Grading",
        "Project 20%.",
        "Project 20%. Project marks may be adjusted for each team member using the peer evaluation.",
        ("grading",),
    )
    return dataclasses.replace(course, policies=(team, grading))
