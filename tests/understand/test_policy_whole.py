"""Policy questions read whole: which reader takes a question, and that a part asking when or where is left to the
question table."""

from __future__ import annotations

import pytest

from bot.understand.policy_whole import policy_read_whole
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "policy", "flag"),
    [
        ("would it be ok if i had chatgpt write my lab report discussion", "ai", "_ai"),
        ("how many quizzes am i allowed to miss", "quizzes", "_allowance"),
        ("i have drc accommodations, how do i book the testing center", "accommodations", None),
        ("can i switch to a different lab section for one week", "labs", None),
    ],
)
def test_the_reader_that_takes_a_question(question, policy, flag):
    slots = policy_read_whole(course_in(CHEM), question)
    assert slots is not None
    assert slots["policy"] == policy
    assert flag is None or slots.get(flag)


@pytest.mark.parametrize(
    "question",
    [
        "how many quizzes can i miss and when is the next quiz",
        "can i switch labs this week, where is lab 103",
        "when is the final",
    ],
)
def test_a_part_asking_when_or_where_is_left_to_the_table(question):
    assert policy_read_whole(course_in(CHEM), question) is None
