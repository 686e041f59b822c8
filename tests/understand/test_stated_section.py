"""The section a student says they are in (bot.understand.stated_section)."""

from __future__ import annotations

import pytest

from bot.understand.stated_section import stated_section


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("so i'm in tutorial group t3 and i work fridays. what time is my tutorial", "T3"),
        ("i am in T1, when is my tutorial", "T1"),
        ("my group is t2, where do we meet", "T2"),
        ("when is the tutorial for t3", None),  # named, not said to be theirs: the reading takes it
        ("i'm in t1 or t2, not sure", None),  # two: none
        ("i'm in the library, when is my tutorial", None),
    ],
)
def test_the_section_said(hist, question, section):
    assert stated_section(hist, question) == section


def test_sections_in_other_courses(second_course, geo):
    assert stated_section(second_course, "im in 1h, when is my section") == "1H"
    assert stated_section(geo, "I'm in Practical group Süd, when is the practical") == "Sued"
