"""A link the course page does not give ("unknown" in [links] or a platform's url) is read as no link, never shown
as if "unknown" were its address (hostile4 14: "where is the extension form" answered "unknown")."""

from __future__ import annotations

import shutil

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from tests.conftest import FIXTURES, local


def test_an_unknown_link_is_no_link_and_the_answer_says_it_is_not_on_the_page(tmp_path):
    folder = tmp_path / "hist"
    shutil.copytree(FIXTURES / "courses" / "hist-210-a24", folder)
    toml = folder / "course.toml"
    toml.write_text(toml.read_text().replace("[links]\n", '[links]\nextension_form = "unknown"\n', 1))
    course = load_course(folder)
    assert course.links["extension_form"] == ""
    now = local(course, "2024-11-20 10:00")
    said = answer_text(read_question(course, "where is the extension form", now).answer, course.tz, now)
    assert "not on the course page" in said
    assert "\nunknown" not in said
