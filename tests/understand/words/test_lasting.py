"""'how long does lecture last': "last" as the verb, never the latest lecture (bot.understand.words.lasting)."""

from __future__ import annotations

import pytest

from bot.understand.words.lasting import asks_how_long_it_lasts, last_only_the_verb


@pytest.mark.parametrize(
    ("question", "verb_only"),
    [
        ("how long does lecture last", True),
        ("how long do the tutorials last?", True),
        ("how long will the field trip last", True),
        ("how long does the last lecture last", False),  # the latest lecture asked of too
        ("how long did the most recent lab last", False),
        ("when is the last lecture", False),
        ("how long will the field trip run", False),  # no "last" at all
    ],
)
def test_last_as_the_verb(question, verb_only):
    assert last_only_the_verb(question) is verb_only


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how long does the site visit last", True),
        ("how long will it run", True),
        ("how long does it go on for", True),
        ("how long is essay 1", False),
        ("how long do we have for quiz 4", False),
    ],
)
def test_how_long_something_lasts(question, asks):
    assert asks_how_long_it_lasts(question) is asks
