"""Whether the course has a site the student names: Yes with the course's own site of that name; a question about
something else, or a name none of its sites carries, decides nothing."""

from __future__ import annotations

import pytest

from bot.course.model import Platform
from bot.understand.yes_no.named_platform import platform_exists_verdict

SITES = (
    Platform("forum", "forum", "the Moodle Q&A forum", "https://moodle.example/forum"),
    Platform("chat", "chat", "the GEOL 1000 Discord", "https://discord.example/invite"),
)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("is there a discord for this class", "the GEOL 1000 Discord, https://discord.example/invite."),
        ("do we have a discord server?", "the GEOL 1000 Discord"),
        ("does this course have a forum", "the Moodle Q&A forum"),
    ],
)
def test_a_site_of_the_course_by_that_name_is_a_yes(question, named):
    found = platform_exists_verdict(question, SITES)
    assert found is not None, question
    assert found[0] is True
    assert named in found[1]


@pytest.mark.parametrize(
    "question",
    [
        "is there a slack for this class",  # no site of that name: not decided here
        "is there a discord call tonight",  # asks of something else
        "is there a course page",  # plain words only
        "when is the discord open",
    ],
)
def test_nothing_else_is_decided(question):
    assert platform_exists_verdict(question, SITES) is None
