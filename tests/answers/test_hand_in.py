"""The card's hand-in lines and the hand-in answer: a platform named with its link, the page's own words, a time
limit, attempts and open-book said, and the page's silence said as such."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answers.hand_in import card_lines, hand_in_answer, minutes
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import HandIn
from bot.course.unknown import UNKNOWN
from tests.conftest import FIXTURES, local

CHEM = FIXTURES / "courses" / "chem-1310-s26"


@pytest.fixture(scope="module")
def chem():
    return load_course(CHEM)


def _said(course, lines) -> list[str]:
    return ["".join(p if isinstance(p, str) else "<t>" for p in line) for line in lines]


@pytest.mark.parametrize(
    ("hand_in", "expected"),
    [
        (HandIn(submit="canvas"), ["Handed in on **Canvas** (https://canvas.unp.example.edu/courses/chem1310)."]),
        (HandIn(submit="on paper at the front desk"), ["How it is handed in: on paper at the front desk."]),
        (HandIn(submit=UNKNOWN), ["Where it is handed in: the course page doesn't say."]),
        (
            HandIn(time_limit=90, attempts=1, open_book=False),
            ["1 hour 30 minutes once you start; one attempt; closed-book."],
        ),
        (HandIn(attempts=UNKNOWN), ["Attempts: the course page doesn't say."]),
        (HandIn(), []),
    ],
)
def test_card_lines(chem, hand_in, expected):
    """Each field the data gives is one phrase of the card; nothing is said of fields it leaves out."""
    item = replace(chem.assignment("quiz1"), hand_in=hand_in)
    assert _said(chem, card_lines(chem, item)) == expected


@pytest.mark.parametrize(
    ("n", "said"), [(1, "1 minute"), (45, "45 minutes"), (60, "1 hour"), (125, "2 hours 5 minutes")]
)
def test_minutes(n, said):
    """A limit in minutes reads as people say it."""
    assert minutes(n) == said


def test_one_attempt_answers_no_first(chem):
    """'can i retake it' of a one-attempt quiz: No first, then the attempts."""
    item = replace(chem.assignment("quiz4"), hand_in=HandIn(attempts=1, time_limit=20))
    now = local(chem, "2026-02-10 10:00")
    said = answer_text(hand_in_answer(chem, (item,), "attempts", False), chem.tz, now).splitlines()
    assert said[2] == "No: Quiz 4: one attempt."
    assert "20 minutes once you start." in said


def test_silence_is_unknown_not_the_due_date(chem):
    """No time limit in the data: the answer is of kind unknown and never gives the due time as the limit."""
    item = replace(chem.assignment("quiz4"), hand_in=HandIn(submit="canvas"))
    answer = hand_in_answer(chem, (item,), "time_limit", None)
    assert answer.kind == "unknown"
    assert "5:00 PM" not in answer_text(answer, chem.tz, local(chem, "2026-02-10 10:00"))
