"""Whether a regrade can lower the mark, from the regrade policy's own sentence on it."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.late.regrade_risk import asks_lowered, regrade_risk
from tests.understand.conftest import first_line, reply

SAID = "Regrade requests go through PrairieLearn."


def _with(second_copy, sentence: str):
    """STAT 187 with a sentence on lowering added to its regrade policy."""
    path = second_copy / "policies.toml"
    path.write_text(path.read_text().replace(f'quote = """{SAID}"""', f'quote = """{SAID} {sentence}"""'))
    return load_course(second_copy)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("can my mark go down if i ask for a regrade", True),
        ("can a remark lower my mark", True),
        ("could a regrade actually make my score go dowm", True),
        ("will i lose points if i ask for a regrade", True),
        ("how do i ask for a regrade", False),
        ("is the regrade window a week", False),
    ],
)
def test_asks_whether_the_mark_can_go_down(question, asked):
    assert asks_lowered(question) is asked


@pytest.mark.parametrize(
    ("sentence", "question", "opens"),
    [
        ("The whole question is regraded, so your score can go up or down.", "can my score go down", "Yes"),
        ("A re-assessment can lower as well as raise your mark.", "can a regrade lower my mark", "Yes"),
        ("Your score will not go down after a regrade.", "can a regrade lower my score", "No"),
    ],
)
def test_the_policy_s_sentence_decides(second_copy, sentence, question, opens):
    course = _with(second_copy, sentence)
    found = regrade_risk(course, question)
    assert found is not None
    assert found[0] is (opens == "Yes")
    _, said = reply(course, question, "2024-10-01 10:00")
    assert first_line(said).startswith(opens), said
    assert sentence in said


def test_a_page_without_such_a_sentence_gives_no_yes_or_no(second_copy):
    """STAT 187's regrade policy never says whether a mark can go down: no Yes or No from it."""
    course = load_course(second_copy)
    assert regrade_risk(course, "can my mark go down if i ask for a regrade") is None


def test_the_sentence_decides_over_a_case_the_question_adds(second_copy):
    """ "can my grade go down if i ask for a regrade", on a course whose claim says so too: the case added is the
    regrade itself, so the policy's sentence decides with one Yes line (no note that the rule leaves the case open)."""
    sentence = "The whole piece of work will be looked at again, so the grade may go up or down."
    claim = (
        '\n\n[[policy.claim]]\nanswer = "yes"\nasks = ["grade go down after a regrade", "regrade lower my grade"]\n'
        'evidence = "the grade may go up or down"\n'
    )
    path = second_copy / "policies.toml"
    page = path.read_text().replace(f'quote = """{SAID}"""', f'quote = """{SAID} {sentence}"""')
    end = page.find("\n[[policy]]", page.index(sentence))  # the claim goes after the regrade policy's own fields
    path.write_text(page[:end] + claim + page[end:] if end > 0 else page + claim)
    _, said = reply(load_course(second_copy), "can my grade go down if i ask for a regrade", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes"), said
    assert "doesn't say what applies" not in said


@pytest.mark.parametrize(
    "sentence",
    [
        "The whole piece of work will be looked at again, so the grade may go up or down.",
        "Explain the error in writing; the whole item may be re-marked, so your mark can go down as well as up.",
    ],
)
def test_the_sentence_decides_over_the_regrade_as_a_case_without_a_claim(second_copy, sentence):
    """ "can my grade go down if i ask for a regrade" with no claim: the "if" is the regrade the rule is about, so the
    policy's sentence on a lowered mark still decides (never "the rule doesn't say what applies if you ask")."""
    _, said = reply(_with(second_copy, sentence), "can my grade go down if i ask for a regrade", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes"), said
    assert "doesn't say what applies" not in said
