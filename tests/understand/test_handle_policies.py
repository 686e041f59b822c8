"""Policies answered (bot.understand.handle_policies)."""

from __future__ import annotations

from tests.understand.conftest import reply


def test_sections_policy_asked_about_exams_lists_each_exams_sections(course):
    _, said = reply(course, "do 405 and 605 have the same exams", "2024-02-12T10:00")
    assert "Exam 1 (Mon Feb 26): for 10-405, 10-605." in said
