"""'if i get under 50% on the klausur do i fail', 'if i dont hand in one of them can i still pass': a hurdle the
student says they miss decides, only where the page says what missing it does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answer import Answer, text
from bot.course.model import Hurdle
from bot.understand.work.hurdle_missed import hurdle_missed, with_hurdle_verdict

_REPORTS = Hurdle(
    name="all three lab reports",
    minimum=None,
    out_of=100,
    ids=("lr1", "lr2", "lr3"),
    missed="you cannot pass the course (F), whatever your total",
)
_ORAL = Hurdle(name="the final oral exam", minimum=5, out_of=20, exams=("oral",), missed="the course is failed")


@pytest.fixture
def with_hurdles(geo):
    """The geo course with a submission hurdle and a floor out of 20, both saying what missing them does."""

    def make(*hurdles: Hurdle):
        return replace(geo, grade_scale=replace(geo.grade_scale, hurdles=hurdles))

    return make


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("if i get under 5 in the oral do i fail even if my average is above 10", True),
        ("if i get below 4/20 in the oral can i still pass", False),
        ("if i get less than 20% on the oral will i fail", True),
    ],
)
def test_a_mark_under_the_floor_fails(with_hurdles, question, yes):
    found = hurdle_missed(with_hurdles(_ORAL, _REPORTS), question)
    assert found is not None
    assert found[0] is yes
    assert "at least 5 out of 20" in found[1]


@pytest.mark.parametrize(
    "question",
    [
        "if i get under 8 in the oral do i fail",  # under 8 may be 6: the floor does not settle it
        "if i get under 5 in the oral what grade do i get",  # neither pass nor fail asked
        "if i get under 5 do i fail",  # no hurdle named
    ],
)
def test_nothing_settled(with_hurdles, question):
    assert hurdle_missed(with_hurdles(_ORAL, _REPORTS), question) is None


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("what happens if i dont submit one of the lab reports, can i still pass", False),
        ("if i forget to hand in a lab report do i fail", True),
    ],
)
def test_work_not_handed_in_fails(with_hurdles, question, yes):
    found = hurdle_missed(with_hurdles(_ORAL, _REPORTS), question)
    assert found == (
        yes,
        "all three lab reports must be submitted; if not, you cannot pass the course (F), whatever your total.",
    )


def test_a_hurdle_whose_outcome_is_unsaid_decides_nothing(with_hurdles):
    silent = replace(_REPORTS, missed="")
    assert hurdle_missed(with_hurdles(silent), "if i dont submit one of the lab reports can i still pass") is None


def test_the_work_read_names_the_hurdle(with_hurdles):
    found = hurdle_missed(with_hurdles(_REPORTS), "if i skip lr2 can i still pass", ("lr2",))
    assert found is not None
    assert found[0] is False


def test_the_verdict_replaces_a_said_unknown():
    unknown = Answer(title="Exam", lines=(text("About “fail”: that is not on the course page."),), kind="unknown")
    settled = with_hurdle_verdict(unknown, (True, "you need at least 50%"))
    assert settled.kind == "info"
    assert [line[0] for line in settled.lines] == ["**Yes**: you need at least 50%"]
