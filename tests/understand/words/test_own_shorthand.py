"""A course's own short name that chat English spells out as another word ("sem" of HIST 210's Seminar, which chat
reads as "semester") is kept as typed: "sem" names the seminar, "semester" the term."""

from __future__ import annotations

import pytest

from bot.understand.engine import engine_for
from bot.understand.words.lexicon import own_shorthand
from tests.conftest import local
from tests.understand.conftest import first_line, reply


def test_the_short_name_is_kept(hist, stat) -> None:
    assert own_shorthand(hist) == frozenset({"sem"})
    assert own_shorthand(stat) == frozenset()


@pytest.mark.parametrize("question", ["when is the next sem", "any sems next week"])
def test_the_short_name_names_the_seminar(hist, question: str) -> None:
    reading = engine_for(hist).reader.read(question, local(hist, "2024-10-14T10:00"))
    assert ("seminar",) in [m.ids for m in reading.mentions if m.kind == "kind"]


def test_the_spelt_out_word_names_no_seminar(hist) -> None:
    reading = engine_for(hist).reader.read("when does the semester end", local(hist, "2024-10-14T10:00"))
    assert not [m for m in reading.mentions if m.kind == "kind"]


def test_the_semester_is_the_term(hist) -> None:
    """ "when does the semester end": the course's dates, not the seminar's hours."""
    result, said = reply(hist, "when does the semester end", "2024-10-14T10:00")
    assert result.parts[0].intent == "course_info"
    assert "last scheduled day Fri Dec 13" in said


def test_a_numbered_term_on_an_unnumbered_course(hist) -> None:
    """ "semester one" of an Autumn 2024 course: its dates, and that the page numbers no term."""
    _, said = reply(hist, "when does semester one end", "2024-10-14T10:00")
    assert first_line(said).startswith("The course page does not number its term (it runs Autumn 2024)")
    assert "last scheduled day Fri Dec 13" in said
