"""Handlers of the recognized intents: slots in (with the question as typed), the recognizer's answer out; slots
that no longer fit give a clear message, never a crash."""

from __future__ import annotations

from dataclasses import replace

from bot.core.render_text import answer_text
from bot.understand.answering.asked import Asked
from bot.understand.choosing.handlers import handle
from tests.conftest import at, local

NOW = at("2024-02-12 10:00")


def asked(course, now=NOW, question=""):
    return Asked(course, now, None, None, None, False, question)


def test_course_itself_answers_what_was_asked(course):
    answer = handle("course_itself", asked(course), {"asked": "language", "_question": "which language do we use"})
    assert "Python" in answer_text(answer, course.tz, NOW)


def test_course_itself_without_the_question_says_the_page_does_not(course):
    """A slot read from another question ("same" needs the numbers typed): said plainly, not guessed."""
    answer = handle("course_itself", asked(course, question="hello"), {"asked": "same"})
    assert answer.kind == "unknown"


def test_exam_situation_from_the_typed_question(second_course):
    now = local(second_course, "2024-10-01 12:00")
    slots = {"exam": "midterm", "_question": "what happens if i miss the midterm"}
    said = answer_text(handle("exam_situation", asked(second_course, now), slots), second_course.tz, now)
    assert "the final exam score replaces the midterm" in said


def test_exam_situation_falls_back_to_the_exam_card(second_course):
    now = local(second_course, "2024-10-01 12:00")
    answer = handle("exam_situation", asked(second_course, now, "midterm"), {"exam": "midterm"})
    assert "Halvorsen Hall 100" in answer_text(answer, second_course.tz, now)


def test_still_open_by_the_item(course):
    """Open before its deadline; past the last late moment, No, by the late rule (not "see the late policy")."""
    answer = handle("still_open", asked(course), {"assignments": ("hw3",)})
    assert answer_text(answer, course.tz, NOW).splitlines()[2].startswith("Yes")
    later = at("2024-03-01 10:00")
    late = handle("still_open", replace(asked(course), now=later), {"assignments": ("hw3",)})
    assert answer_text(late, course.tz, later).splitlines()[2].startswith("No: HW3 is no longer accepted")


def test_still_open_without_one_item_is_a_clear_message(course):
    answer = handle("still_open", asked(course), {"assignments": ()})
    assert answer.kind == "error"
    assert "Name the one item" in answer_text(answer, course.tz, NOW)


def test_held_in_a_room(second_course):
    slots = {"place": "redwood hall 1", "_question": "which sections are in redwood hall 1"}
    answer = handle("held_in", asked(second_course), slots)
    assert answer.kind != "error"
    assert handle("held_in", asked(second_course), {"_question": "hello"}).kind == "error"


def test_missing_session_names_what_the_page_lacks_and_the_exams_it_lists(hist):
    now = local(hist, "2024-10-01 12:00")
    answer = handle("missing_session", asked(hist, now), {"sessions": ("mock exam",)})
    shown = answer_text(answer, hist.tz, now)
    assert answer.kind == "unknown"
    assert "“mock exam”" in shown
    assert "What it does list:" in shown


def test_missing_rule_says_the_page_is_silent(hist):
    now = local(hist, "2024-10-01 12:00")
    answer = handle("missing_rule", asked(hist, now), {"subject": "religious observances"})
    assert answer.kind == "unknown"
    assert "says nothing about religious observances" in answer_text(answer, hist.tz, now)


def test_advice_is_the_students_own_choice(hist):
    answer = handle("advice_asked", asked(hist), {})
    assert answer.kind == "unknown"
    assert "your own choice" in answer_text(answer, hist.tz, NOW)


def test_compared_without_what_the_recognizer_read_asks_for_the_two_things(hist):
    """Slots from elsewhere (no comparison read): a clear message, not a crash or a guess."""
    answer = handle("compared", asked(hist), {"things": ("essay1", "essay2"), "how": "first"})
    assert answer.kind == "error"
    assert "two deadlines or exams" in answer_text(answer, hist.tz, NOW)
