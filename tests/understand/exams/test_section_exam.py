"""An exam held once per section ("Lab Viva (P1)", "Lab Viva (P2)") named by its shared name and a section ("is
the viva for P2 on the 16th"): that section's sitting, never a policy that mentions the name
(bot.understand.exams.section_exam; hostile4 finding 14)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.understand.exams.section_exam import section_exams, shared_names, sitting_for_section
from tests.understand.conftest import first_line, reply


@pytest.fixture(scope="module")
def by_group(geo):
    """GEO 2210 whose map test is sat by each practical group on its own day: "Map test (Nord)", "Map test (Süd)"."""
    base = geo.exam("maptest")
    nord = dataclasses.replace(base, id="map-nord", title="Map test (Nord)", aliases=(), sections=("Nord",))
    sued = dataclasses.replace(
        base, id="map-sued", title="Map test (Süd)", aliases=(), sections=("Sued",), date=base.date + dt.timedelta(2)
    )
    others = tuple(e for e in geo.exams if e.id != "maptest")
    return dataclasses.replace(geo, exams=(nord, sued, *others))


def test_the_shared_names_leave_out_the_bracketed_section(by_group):
    names = shared_names(by_group)
    assert {i for i, _ in names[("map", "test")]} == {"map-nord", "map-sued"}
    assert ("test",) in names
    assert not shared_names(dataclasses.replace(by_group, exams=by_group.exams[1:]))


@pytest.mark.parametrize(
    ("question", "exam_id"),
    [("when is the map test for group south", "map-sued"), ("when is the map test for nord", "map-nord")],
)
def test_the_sections_sitting_is_the_one_meant(by_group, question, exam_id):
    result, said = reply(by_group, question, "2025-04-01 10:00")
    assert result.parts[0].intent == "exam", said
    assert result.parts[0].slots["exam"] == exam_id


def test_a_wrong_day_for_the_sections_sitting_is_no(by_group):
    sued = by_group.exam("map-sued")
    nord = by_group.exam("map-nord")
    _, said = reply(by_group, f"is the map test for süd on the {nord.date.day}th", "2025-04-01 10:00")
    assert first_line(said).startswith("No"), said
    assert f"{sued.date:%b} {sued.date.day}" in first_line(said)


def test_no_section_names_every_sitting_and_an_exam_already_named_adds_nothing(by_group):
    """A shared name with one section named is that section's sitting, with none every sitting of that name, and a
    shared name inside a longer name of something else (a topic's "practice map test") is that thing."""
    names = shared_names(by_group)

    class M:
        def __init__(self, kind, ids, start, end):
            self.kind, self.ids, self.start, self.end = kind, ids, start, end

    tokens = ["when", "is", "the", "map", "test", "for", "nord"]
    assert section_exams(tokens, [M("section", ("Nord",), 6, 7)], names) == [(("map-nord",), 3, 5)]
    assert section_exams(tokens, [], names) == [(("map-nord", "map-sued"), 3, 5)]
    assert section_exams(tokens, [M("section", ("Nord",), 6, 7), M("exam", ("klausur",), 3, 5)], names) == []
    practice = ["when", "is", "the", "practice", "test"]
    assert section_exams(practice, [M("topic", ("4",), 3, 5)], names) == []


def test_the_shared_name_alone_shows_every_sitting(by_group):
    """ "when is the map test" with no group named: each group's sitting, never one group's alone."""
    result, said = reply(by_group, "when is the map test", "2025-04-01 10:00")
    assert result.parts[0].intent == "exam", said
    assert "Map test (Nord)" in said
    assert "Map test (Süd)" in said


def test_a_name_longer_only_by_an_article_is_the_same_name(by_group):
    """ "when is the map test" where a policy is titled "The map test": the article makes no longer name, so every
    sitting is still read; a longer name of words ("practice map test") still is that thing."""
    names = shared_names(by_group)

    class M:
        def __init__(self, kind, ids, start, end):
            self.kind, self.ids, self.start, self.end = kind, ids, start, end

    tokens = ["when", "is", "the", "map", "test"]
    assert section_exams(tokens, [M("policy", ("map-rules",), 2, 5)], names) == [(("map-nord", "map-sued"), 3, 5)]
    practice = ["when", "is", "the", "practice", "map", "test"]
    assert section_exams(practice, [M("topic", ("4",), 3, 6)], names) == []


def test_the_courses_short_name_for_a_shared_name_names_every_sitting(by_group):
    """ "mt" = "map test" among the course's synonyms: the same sittings as the shared name."""
    course = dataclasses.replace(by_group, synonyms={**by_group.synonyms, "mt": "map test"})
    assert {i for i, _ in shared_names(course)[("mt",)]} == {"map-nord", "map-sued"}


def test_the_students_own_section_picks_its_sitting(by_group):
    assert sitting_for_section(by_group, ("map-nord", "map-sued"), "Sued") == "map-sued"
    assert sitting_for_section(by_group, ("map-nord", "map-sued"), None) is None
    assert sitting_for_section(by_group, ("map-nord",), "Nord") is None  # one exam named: nothing to pick


def test_a_section_told_in_another_sentence_narrows_the_sittings(by_group):
    """ "when is the map test? im in group south": that group's sitting only."""
    _, said = reply(by_group, "when is the map test? im in group south", "2025-04-01 10:00")
    assert "Map test (Süd)" in said
    assert "Map test (Nord)" not in said
