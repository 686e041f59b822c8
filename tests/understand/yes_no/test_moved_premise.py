"""Whether a date is moved is answered from the page's own sentence on moving it: denied is No, said is Yes, and
nothing said (or a student asking to move their own work) is no verdict."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, Field, text
from bot.understand.yes_no.moved_premise import asks_if_moved, moved_verdict, shown_sentences

_KEPT = "Due Sunday at 11:59 PM; the holiday on Monday does not move it."
_MOVED = "Lab 4 is moved to Friday because of the holiday."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("ps8 gets moved bc of the holiday right", True),
        ("is the lab postponed", True),
        ("does it get pushed back", True),
        ("can i move my exam", False),  # the student's own request: a rule decides it
        ("when is ps8 due", False),
    ],
)
def test_asks_if_moved(question, asked):
    assert asks_if_moved(question) is asked


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ([_KEPT], False),
        (["It is released on Monday.", _MOVED], True),
        (["It is released on Monday."], None),
        ([_KEPT, _MOVED], None),  # the sentences disagree
    ],
)
def test_moved_verdict(shown, expected):
    found = moved_verdict("is it moved because of the holiday?", shown)
    assert (found[0] if found else None) is expected


def test_shown_sentences_read_lines_and_fields():
    answer = Answer(title="PS8", lines=(text("First."),), fields=(Field("PS8", (text(_KEPT),)),))
    assert shown_sentences(answer) == ["First.", _KEPT]
