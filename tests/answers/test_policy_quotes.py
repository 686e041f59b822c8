"""A policy's quote is shown in the sentences that fit the question (cut by bot.core.sentences)."""

import pytest

from bot.answers.policies import short_quote
from bot.course.model import Policy

_RULE = (
    "Attendance at the studio sessions is mandatory. You may miss at most 2 of the 9 studio sessions. "
    "Each absence beyond 2 needs a compensation task. Arriving more than 15 minutes late counts as half an absence."
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("does coming late to studio count as an absense", "counts as half an absence"),  # inflected, misspelled
        ("how many absences are allowed", "Each absence beyond 2"),
    ],
)
def test_the_quote_keeps_the_sentence_the_question_words_name(question: str, sentence: str) -> None:
    policy = Policy(id="attendance", title="Attendance", keywords=(), summary="", quote=_RULE)
    assert sentence in short_quote(policy, question, limit=120)
