"""A stretch of days off by any of the words for one ("the vac", "spring recess", "mid term break"), and help hours
asked of it: that stretch, not this moment, even with "open" and a help-hours name that is also a place."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.course.loader import load_course
from tests.conftest import SECOND_DATA
from tests.understand.conftest import first_line, reply


def test_the_break_by_another_word_for_it(stat, geo):
    for question in ("when is thanksgiving vacation", "when's the thanksgiving recess", "dates of thanksgiving hols"):
        result, said = reply(stat, question.replace("hols", "holidays"), "2024-11-12 10:00")
        assert "Wed Nov 27" in said, question
        assert "Fri Nov 29" in said, question
    result, said = reply(geo, "is anything due over the easter vac", "2025-03-20 10:00")
    assert result.parts[0].slots["range"][0].isoformat() == "2025-04-14"
    assert first_line(said).startswith("No")


def test_help_hours_open_during_a_break_read_the_break(stat):
    result, said = reply(stat, "are office hours open during thanksgiving recess", "2024-11-12 10:00")
    assert result.parts[0].slots["when"] != "now"
    assert first_line(said).startswith("No")


def test_help_hours_named_like_their_place_are_not_a_stated_place(tmp_path: Path):
    folder = tmp_path / "stat"
    shutil.copytree(SECOND_DATA, folder)
    staff = folder / "staff.toml"
    text = staff.read_text().replace('"Halvorsen Hall 405"', '"Help Desk, Halvorsen Hall foyer"')
    staff.write_text(text + '\n[help_hours]\nname = "Office hour"\naliases = ["help desk"]\n')
    course = load_course(folder)
    _, said = reply(course, "is the help desk open during thanksgiving break", "2024-11-12 10:00")
    assert first_line(said).startswith("No")
    # held today, though not in the room that shares their name: Yes, not No for the place
    _, said = reply(course, "is the help desk open today", "2024-11-12 10:00")
    assert first_line(said).startswith("Yes")
