"""Work named by a word of its title's topic with its kind in full ("the pcr lab report")
(bot.understand.question.reading)."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
GEO = "tests/fixtures/courses/geo-2210-s25"


@pytest.mark.parametrize(
    ("folder", "now", "question", "named"),
    [
        (CHEM, "2026-03-04T14:00", "when is the vinegar lab report due", [["lab4"]]),
        (CHEM, "2026-03-04T14:00", "whens the alum lab report due", [["lab8"]]),
        (CHEM, "2026-03-04T14:00", "what's the hess lab report deadline", [["lab6"]]),
        (GEO, "2025-05-07T10:00", "when is the gps practical sheet due", [["sheet3"]]),
        # the pre-lab and the lab report on vinegar share the word: the kind named in full decides which
        (
            CHEM,
            "2026-03-04T14:00",
            "when is the vinegar pre lab due and when is the vinegar lab report due",
            [["prelab4"], ["lab4"]],
        ),
        (CHEM, "2026-03-04T14:00", "when is the lab on vinegar", [[]]),  # a meeting: no kind of work in full
    ],
)
def test_a_topic_word_with_the_kind_in_full_names_that_work(folder, now, question, named):
    """One word only that item of the kind has in its topic, with the kind named: that item, not the whole series."""
    result, _ = reply(course_in(folder), question, now)
    assert [list(p.slots.get("assignments", ())) for p in result.parts] == named
