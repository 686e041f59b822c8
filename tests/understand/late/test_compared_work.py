"""Work named only to compare with ("... like the problem sets") is not the work asked of."""

from __future__ import annotations

import pytest

from bot.understand.late.compared_work import before_compared, without_compared
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "named", "asked"),
    [
        ("is the late penalty for lab report 3 10% a day like ps3", ("lab3", "ps3"), ("lab3",)),
        ("is lab report 3 penalized the same as ps3", ("lab3", "ps3"), ("lab3",)),
        ("is the penalty for lab report 3 like for lab report 3", ("lab3",), ("lab3",)),  # nothing else left: kept
        ("is the late penalty for lab report 3 and ps3 10% a day", ("lab3", "ps3"), ("lab3", "ps3")),  # no "like"
    ],
)
def test_the_work_compared_with_is_dropped(question, named, asked):
    """Named after "like" / "same as" and not before it: dropped, when work asked of is left."""
    chem = course_in(CHEM)
    items = [chem.assignment(i) for i in named]
    assert tuple(a.id for a in without_compared(chem, question, items)) == asked


def test_the_question_up_to_the_comparison():
    """The words before "like" are what is asked; a question comparing with nothing is kept whole."""
    assert before_compared("is the penalty for pre-labs 10% a day like lab reports") == (
        "is the penalty for pre-labs 10% a day "
    )
    assert before_compared("is the penalty 10% a day") == "is the penalty 10% a day"
