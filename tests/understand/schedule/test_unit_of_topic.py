"""'what unit is X in' (bot.understand.engine's unit_of_topic feature): the schedule's unit of the topic's days."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("folder", "question", "unit"),
    [
        ("data/stat-187-f24", "which unit are the decision trees in", "Modern methods"),
        ("data/stat-187-f24", "what module is the bootstrap stuff in", "Resampling, regularization"),
        ("tests/fixtures/courses/chem-1310-s26", "which unit is the ideal gas law in", "Gases (Ch. 5)"),
    ],
)
def test_the_unit_a_topic_is_in_is_read_as_the_topic(folder, question, unit):
    """Answered from the topic's schedule days with their unit, not offered as a choice with a policy."""
    result, said = reply(course_in(folder), question, "2024-10-09 10:00" if "stat" in folder else "2026-03-04 14:00")
    assert result.outcome == "answered"
    assert unit in said


def test_a_policy_sharing_the_topics_words_does_not_make_it_a_choice():
    """ "what unit is the bootstrap stuff in" where a policy is named for the bootstrap too: still the unit."""
    from dataclasses import replace

    from bot.course.model import Policy

    stat = course_in("data/stat-187-f24")
    rule = Policy(
        id="bootstrap-checklist",
        title="Bootstrap checklist",
        summary="Every resampling answer follows the bootstrap checklist.",
        quote="Every resampling answer follows the bootstrap checklist.",
        keywords=("bootstrap", "bootstrap checklist"),
    )
    result, said = reply(
        replace(stat, policies=(*stat.policies, rule)), "what unit is the bootstrap stuff in", "2024-10-09 10:00"
    )
    assert result.outcome == "answered"
    assert "Resampling, regularization and non-linear methods" in said
