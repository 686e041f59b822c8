"""Clipped forms of a course's names ("consult", "tute", "colloq", "midsem break") read as the full name, and what a
course calls office hours read as office hours and said back in its words."""

from __future__ import annotations

import shutil

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.words.clipped_words import UNCLIPPED, clipped_forms, derived
from bot.understand.words.lexicon import Lexicon
from bot.understand.words.normalize import phrase_key
from tests.conftest import FIXTURES, local

HIST = FIXTURES / "courses" / "hist-210-a24"


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("consultation", ("consult",)),
        ("consultations", ("consults",)),
        ("recitation", ("recit",)),
        ("colloquium", ("colloq",)),
        ("presentation", ()),  # "present" is an ordinary word
        ("tutorial", ()),  # never "tutor" (a person): the listed "tute" stands for it
        ("lecture", ()),
    ],
)
def test_a_rule_clips_a_word_before_its_ending(word, forms):
    assert derived(word) == forms


def test_a_name_is_read_with_one_word_or_phrase_clipped():
    forms = set(clipped_forms(phrase_key("Mid-semester break")))
    assert {("midsem", "break"), ("midsemester", "break")} <= forms
    assert ("mid", "semester", "break") not in forms  # "mid sem" respells as the name itself
    assert {("tute",), ("tut",)} <= set(clipped_forms(("tutorial",)))
    assert set(clipped_forms(("plenary",))) == set()


def test_a_course_s_kinds_are_heard_in_clipped_forms(hist, geo):
    """Hist's tutorials as "tute"/"tutes", geo's colloquium as "colloq": each the course's own kind."""
    hist_words, geo_words = Lexicon(hist).phrases, Lexicon(geo).phrases
    assert any(t.kind == "kind" and t.value == "tutorial" for t in hist_words[("tutes",)])
    assert any(t.kind == "kind" and t.value == "colloquium" for t in geo_words[("colloq",)])


def test_an_ordinary_word_is_never_made_a_clipped_name(geo):
    assert ("present",) not in Lexicon(geo).phrases or all(t.kind != "kind" for t in Lexicon(geo).phrases[("present",)])


@pytest.fixture
def consulting(tmp_path):
    """Hist, whose page (here) calls office hours consultations."""
    folder = tmp_path / "hist"
    shutil.copytree(HIST, folder)
    staff = folder / "staff.toml"
    staff.write_text('[help_hours]\nname = "Consultation"\n\n' + staff.read_text())
    return load_course(folder)


def _ask(course, question, now="2024-10-07T10:30"):
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result, answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    "question",
    ["when are consultations", "any consults this week", "when is the next consult", "consultation times pls"],
)
def test_the_course_s_word_for_office_hours_is_heard_and_said(consulting, question):
    result, said = _ask(consulting, question)
    assert [p.intent for p in result.parts] == ["office_hours"], said
    assert "Consultations" in said.splitlines()[0]
    assert "office hours" not in said.lower()


def test_office_hours_still_ask_for_them_on_that_course(consulting):
    result, said = _ask(consulting, "when are office hours this week")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert said.startswith("Consultations")


def test_a_clipped_form_names_the_word_it_is_clipped_from():
    """ "exp 3" is an experiment, "tute" a tutorial: one clipped word back to its whole word."""
    assert UNCLIPPED["exp"] == "experiment"
    assert UNCLIPPED["tute"] == "tutorial"
    assert "midsem" not in UNCLIPPED  # clipped from two words, not one
