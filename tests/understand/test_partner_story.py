"""A partner who does not do their share: what the pair rule says about problems in a pair, or that it says nothing."""

from __future__ import annotations

import shutil

import pytest

from bot.course.loader import load_course
from bot.understand.partner_story import pair_policy, partner_question, trouble_sentences
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
