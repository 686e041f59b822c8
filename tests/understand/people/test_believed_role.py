"""A role the page gives in brackets ("Graduate Assistant (lab lead)") or an alias the page writes with its article
("the ga boss") is read as the student types it, and a belief about who holds it gets Yes or No with who does."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from tests.conftest import local
from tests.understand.conftest import first_line, reply

BRACKETED_ROLE = """
[[role]]
id = "lead"
title = "Graduate Assistant (lab lead)"
plural = "Graduate Assistants (lab leads)"

[[person]]
id = "ines-araujo"
name = "Ines Araujo"
role = "lead"
aliases = ["ines", "araujo", "the ga boss"]
sections = ["1A"]
"""


@pytest.fixture
def stat_with_lead(second_copy):
    staff = second_copy / "staff.toml"
    staff.write_text(staff.read_text() + BRACKETED_ROLE)
    return load_course(second_copy)


@pytest.mark.parametrize(
    ("question", "opening", "named"),
    [
        ("ines is the lab lead for 1a right?", "Yes", "Ines Araujo"),
        ("is priya the lab lead for 1a", "No", "Ines Araujo"),  # staff, but not in that role
        ("is marco a lab lead", "No", "Ines Araujo"),
        ("is priya the ga boss?", "No", "Ines Araujo"),  # another person's alias, "the" written in it
        ("is ines the ga boss", "Yes", "Ines Araujo"),
    ],
)
def test_a_bracketed_role_and_an_alias_with_its_article(stat_with_lead, question, opening, named):
    _, said = reply(stat_with_lead, question, "2024-09-10 10:00")
    assert first_line(said).startswith(opening), said
    assert named in said


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("is priya the gsi for 1a", True),
        ("is priya ramen a gsi", True),  # one letter off: a slip, the same person
        ("is prof vasquez-marlowe the professor", True),  # a title and a hyphenated name as the page gives them
        ("is whitacre the course coordinator", False),  # mended from two letters off: maybe someone else
    ],
)
def test_a_name_typed_as_listed_or_only_near_it(stat, question, listed):
    """Whether the words read as the person were typed so (or one letter off), not mended from a farther spelling."""
    from bot.understand.engine import engine_for
    from bot.understand.people.named_as_listed import named_as_listed

    engine = engine_for(stat)
    reading = engine.reader.read(question, local(stat, "2024-09-10 10:00"), engine.reader.respell(question))
    people = reading.ids("person")
    assert people, reading.mentions
    assert named_as_listed(stat, people[0], question, reading) is listed
