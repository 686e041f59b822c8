"""Questions about schedule rows for some sections: the engine reads the section the student names (for a topic
too) and answers with their row only; without a section, every section's row with its section named."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.understand.conftest import course_in, first_line, reply

CHEM = str((FIXTURES / "courses" / "chem-1310-s26").relative_to(FIXTURES.parent.parent))
GEO = str((FIXTURES / "courses" / "geo-2210-s25").relative_to(FIXTURES.parent.parent))


@pytest.mark.parametrize(
    ("folder", "now", "question", "intent", "section", "present", "absent"),
    [
        (
            CHEM,
            "2026-03-09 10:00",
            "when is the calorimetry lab for L03",
            "topic",
            "103",
            ["Thu Mar 12"],
            ["Wed Mar 11"],
        ),
        (
            CHEM,
            "2026-03-09 10:00",
            "calorimetry lab day for section 101?",
            "topic",
            "101",
            ["Wed Mar 11"],
            ["Thu Mar 12"],
        ),
        (CHEM, "2026-03-09 10:00", "when is the calorimetry lab", "topic", None, ["Lab 101", "Lab 102, 103"], []),
        (GEO, "2025-05-19 10:00", "when does group north present", "topic", "Nord", ["12:00 PM CEST"], ["Süd"]),
        (
            GEO,
            "2025-05-19 10:00",
            "practicals this week? im in gruppe süd",
            "schedule_range",
            "Sued",
            ["Thu May 22"],
            ["Nord"],
        ),
    ],
)
def test_a_section_named_with_a_schedule_question_keeps_only_its_rows(
    folder, now, question, intent, section, present, absent
):
    """The section is read with the topic or span, and the answer holds that section's rows only."""
    result, said = reply(course_in(folder), question, now)
    part = result.as_json()["parts"][0]
    assert part["intent"] == intent
    assert part["slots"].get("section") == section
    assert all(p in said for p in present), said
    assert not any(a in said for a in absent), said


@pytest.mark.parametrize(
    ("question", "verdict", "present"),
    [
        ("do i have lab on friday? i'm in sec 102", "Yes", "Make-up calorimetry lab, Lab 102 (Fri Mar 13)"),
        ("is there a lab on friday for section 103", "No", "no lab on Fri Mar 13"),
    ],
)
def test_yes_or_no_on_a_days_lab_is_the_sections_own(question, verdict, present):
    """A make-up lab for 102 is Yes to 102 and No to 103, its line naming whom it is for."""
    _, said = reply(course_in(CHEM), question, "2026-03-09 10:00")
    assert first_line(said).startswith(verdict), said
    assert present in said, said


@pytest.mark.parametrize(
    ("now", "question"), [("2026-04-06 10:00", "when is lab 3"), ("2026-02-02 10:00", "where does lab 3 meet")]
)
def test_a_row_for_some_sections_is_no_ones_numbered_meeting(now, question):
    """ "lab 3" is never the third row of labs counted over rows for some sections only (on CHEM, section 102's
    make-up lab), which would give one section's make-up as everyone's lab 3."""
    said = reply(course_in(CHEM), question, now)[1]
    assert "Make-up calorimetry lab" not in said, said
