"""A pattern tried only on a text holding one of its gate's fragments must never match a text holding none: each gate
below is what every match of its pattern holds, so skipping the search changes no answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.about_course import outside_course
from bot.understand.policies import policy_whole
from bot.understand.words import normalize
from bot.understand.words.normalize import holds_fragment
from bot.understand.words.vocabulary import PHRASE_SWAPS, words_of
from bot.understand.yes_no import folded

_WORDS = sorted(
    words_of(
        """if when in case unless because since say tell me no yes not it's it isn't my our group is are was keeps never
        can could may i we still send give share us the your all answers answer key sheet solution solutions anyone
        someone got have has another a different other course class module department from for of where whats what time
        do does will forgot forget dont don't can't cant remember recall please pls hw3 lab 2"""
    )
    | words_of(" ".join(PHRASE_SWAPS))
)
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(_WORDS) | st.sampled_from([",", ".", "?", "  ", "'"]), max_size=16
).map(lambda parts: " ".join(parts).replace(" ,", ","))

GATED = [
    ("CONDITION", folded.CONDITION, folded._CONDITION_NEEDS),
    ("condition tail", folded._CONDITION_TAIL, folded._CONDITION_TAIL_NEEDS),
    ("wish", folded._WISH, ("say", "tell")),
    ("run-on statement", folded._RUN_ON_STATEMENT, ("my", "our")),
    ("may i after a story", folded._MAY_I_AFTER_STORY, ("still",)),
    ("how much", folded._HOW_MUCH, ("how",)),
    ("phrase swaps", normalize._SWAPS, normalize._SWAPPED),
    ("memory lapse", normalize._FORGOT_WHAT, ("forg", "remember", "recall")),
    ("answers wanted", outside_course._ANSWERS_WANTED, ("answer", "solution")),
    ("another course", outside_course._OTHER, ("other", "different")),
    ("when or where asked", policy_whole._WHEN_WHERE, ("when", "where", "time")),
]


@pytest.mark.parametrize(("name", "pattern", "needs"), GATED, ids=[g[0] for g in GATED])
@settings(max_examples=150, deadline=None)
@given(text=_TEXTS)
def test_every_match_holds_a_fragment_of_its_gate(name: str, pattern: re.Pattern[str], needs: tuple[str, ...], text):
    assert pattern.search(text) is None or holds_fragment(text, needs), name


@pytest.mark.parametrize(
    ("text", "fragments", "held"),
    [
        ("can i submit it late", ("late", "early"), True),
        ("when is hw3 due", ("late", "early"), False),
        ("", ("a",), False),
    ],
)
def test_holds_fragment_is_any_fragment_anywhere(text, fragments, held):
    """Any fragment anywhere in the text, inside a word too ("plate" holds "late")."""
    assert holds_fragment(text, fragments) is held
