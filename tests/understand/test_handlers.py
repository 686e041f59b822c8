"""Handlers: an intent's slots in, an Answer out; a Yes or No where the data decides it."""

from __future__ import annotations

import datetime as dt

from bot.core.render_text import answer_text
from bot.understand.handlers import Asked, handle
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def asked(course, yes_no=False, now=NOW):
    return Asked(course, now, None, None, None, yes_no, "")


def render(course, answer):
    return answer_text(answer, course.tz, NOW)


def test_an_unknown_assignment_is_a_clear_message_listing_the_real_ones(course):
    answer = handle("assignment_due", asked(course), {"assignments": (), "unknown": ("hw9",)})
    assert answer.kind == "error"
    assert "'hw9'" in render(course, answer)
    assert "HW5" in render(course, answer)


def test_yes_or_no_from_the_data(course):
    """Due on that day or not; a section's assignment or not; class that day or not."""
    due = handle("assignment_due", asked(course, True), {"assignments": ("hw3",), "date": dt.date(2024, 2, 16)})
    assert render(course, due).splitlines()[2].startswith("No:")
    mini = handle("assignment_for", asked(course, True), {"assignments": ("miniproject",), "section": "10-405"})
    assert render(course, mini).splitlines()[2] == "No: Mini-project is for 10-605 only."
    friday = handle("schedule_day", asked(course, True), {"date": dt.date(2024, 2, 16), "kind": "class"})
    assert render(course, friday).splitlines()[2].startswith("Yes:")


def test_cancelled_flips_the_answer(course):
    """'is class cancelled on friday?' is answered No when there is class."""
    answer = handle("schedule_day", asked(course, True), {"date": dt.date(2024, 2, 16), "negated": True})
    assert render(course, answer).splitlines()[2].startswith("No:")


def test_a_due_time_question_is_neither_yes_nor_no_when_the_page_gives_no_time(course):
    """'is it due at midnight?': the page gives dates only, so the answer says the time is assumed."""
    answer = handle("assignment_due", asked(course, True), {"assignments": ("hw3",), "time": dt.time(0, 0)})
    first = render(course, answer).splitlines()[2]
    assert "gives only the date" in first
    assert not first.startswith(("Yes", "No"))


def test_late_rules_in_general_come_from_the_policy(course):
    answer = handle("late_rules", asked(course), {"assignments": (), "policy": "grace-days"})
    assert answer.title == "Grace days and late homework"


def test_next_deadline_after_an_assignment(course):
    answer = handle("next_due", asked(course), {"after": "hw3"})
    assert "HW4 Part A" in render(course, answer).splitlines()[2]
