"""A section whose id is the letter "A": the article in "is there a discussion today" names no section; "discussion
a", "section a" and a capital "A" do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import load_course
from bot.course.model import Course
from tests.conftest import SECOND_DATA
from tests.understand.conftest import reply

NOW = "2024-10-15 10:00"  # a Tuesday of STAT 187, discussions meet


@pytest.fixture(scope="module")
def lettered(tmp_path_factory) -> Course:
    """STAT 187 with its discussion sections 1A and 1B renamed "A" and "B"."""
    folder = Path(tmp_path_factory.mktemp("lettered")) / "stat"
    shutil.copytree(SECOND_DATA, folder)
    for path in folder.glob("*.toml"):
        text = path.read_text().replace('"1A"', '"A"').replace('"1B"', '"B"')
        path.write_text(text.replace("Discussion 1A", "Discussion A").replace("Discussion 1B", "Discussion B"))
    return load_course(folder)


@pytest.mark.parametrize(
    "question",
    ["is there a discussion section today", "do we have a lecture tomorrow", "is there a lecture for discussion b"],
)
def test_the_article_names_no_section(lettered, question):
    result, _ = reply(lettered, question, NOW)
    assert all(p.slots.get("section") in (None, "B") for p in result.parts)


@pytest.mark.parametrize("question", ["where is discussion a", "when does section a meet", "when does A meet"])
def test_the_letter_after_a_section_word_or_typed_as_a_capital_is_the_section(lettered, question):
    result, _ = reply(lettered, question, NOW)
    assert any(p.slots.get("section") == "A" for p in result.parts)
