"""Further names of a section: its name without the bracketed part, and its kind of meeting with its number."""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import Section
from bot.understand.words.section_names import spoken_section_names


def test_a_tutorial_group_is_named_by_its_kind_and_number(hist):
    names = dict(spoken_section_names(hist))
    assert names[("tutorial", "2")] == "T2"
    assert names[("tutorial", "3")] == "T3"


def test_a_shared_number_names_no_section(second_course):
    """Discussion 1A to 1H all carry the number 1, so "discussion 1" names none of them."""
    names = dict(spoken_section_names(second_course))
    assert ("discussion", "1") not in names


def test_the_name_without_its_bracketed_short_form(hist):
    sections = tuple(replace(s, name=f"Gruppe {s.id[-1]} ({s.id})") if s.id == "T2" else s for s in hist.sections)
    names = dict(spoken_section_names(replace(hist, sections=sections)))
    assert names[("gruppe", "2")] == "T2"


def test_a_schedule_row_so_named_is_not_a_section(hist):
    """ "tutorial 2" stays the schedule's when a row is titled so."""
    rows = tuple(replace(r, title="Tutorial 2: sources") if i == 0 else r for i, r in enumerate(hist.schedule))
    names = dict(spoken_section_names(replace(hist, schedule=rows)))
    assert ("tutorial", "2") not in names
    assert names[("tutorial", "3")] == "T3"
    assert isinstance(hist.sections[0], Section)
