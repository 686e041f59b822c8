"""Further names of a section: its name without the bracketed part, and its kind of meeting with its number."""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import Section
from bot.understand.words.section_names import sectioned_kind, sections_head_word, spoken_section_names


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


def test_the_one_kind_held_per_section(hist, second_course):
    """Only the tutorials (hist) or the discussion sections (stat 187) are held per section."""
    assert sectioned_kind(hist) == "tutorial"
    assert sectioned_kind(second_course) == "discussion"


def test_no_one_kind_when_two_kinds_have_sections(hist):
    meetings = tuple(replace(m, section="T1") if m.kind == "seminar" else m for m in hist.meetings)
    assert sectioned_kind(replace(hist, meetings=meetings)) is None


def test_the_word_every_sections_name_opens_with(hist):
    sections = tuple(replace(s, name=f"Grupo {s.id[-1]} (tutorial)") for s in hist.sections)
    assert sections_head_word(replace(hist, sections=sections)) == "grupo"
    assert sections_head_word(hist) == ""  # "Tutorial group T1": no number after the first word's group
    mixed = tuple(replace(s, name=f"Grupo {s.id[-1]}" if s.id == "T1" else f"Team {s.id[-1]}") for s in hist.sections)
    assert sections_head_word(replace(hist, sections=mixed)) == ""
