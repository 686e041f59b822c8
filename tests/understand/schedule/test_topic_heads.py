"""A general noun after a topic's own word ("the stroop effect") is part of the topic's name."""

from __future__ import annotations

import pytest

from bot.understand.question.reading import Mention
from bot.understand.schedule.topic_heads import heads_after, heads_after_topics


@pytest.mark.parametrize(
    ("words", "known", "heads"),
    [
        (["see", "stroop", "effect"], ["stroop"], {"effect"}),
        (["xgboost", "algorithm", "hard"], ["xgboost"], {"algorithm"}),
        (["model", "compulsory"], ["spark"], set()),  # no topic word before it: asked
        (["stroop", "effect"], [], set()),
        (["remote", "sensing", "methods"], ["remote", "sensing"], set()),  # "methods" asks what the course does
    ],
)
def test_a_general_noun_right_after_a_topic_word(words, known, heads):
    assert heads_after(words, known) == heads


def test_the_noun_after_a_topic_mention_of_the_reading():
    """Read from the reading's topic mentions: only the word right after one, and only a general noun."""
    tokens = ["do", "we", "cover", "the", "stroop", "effect"]
    topic = Mention(kind="topic", ids=("5",), start=4, end=5, weight=2.0, relation="")
    assert heads_after_topics(tokens, [topic]) == {"effect"}
    assert heads_after_topics(tokens[:5], [topic]) == frozenset()
    kind = Mention(kind="kind", ids=("lecture",), start=4, end=5, weight=2.0, relation="")
    assert heads_after_topics(tokens, [kind]) == frozenset()
