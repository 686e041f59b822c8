"""What a student sees after /remind me, list and stop: their choice in words, and the course named only when they
also have reminders from other servers."""

from __future__ import annotations

import pytest

from bot.answers.reminders import ReminderWords, reminder_list_answer, reminders_on_answer, reminders_stopped_answer
from bot.core.render_text import answer_text

WORDS = ReminderWords("deadline reminders, exam reminders", "48h, 24h", "Each reminder goes out that long before.")


def _said(answer, course) -> str:
    return answer_text(answer, course.tz, None)


def test_turning_reminders_on_says_what_how_long_before_and_how_to_stop(any_course):
    """The confirmation names the kinds, the offsets and what they mean, privately."""
    answer = reminders_on_answer(WORDS)
    said = _said(answer, any_course)
    assert answer.ephemeral
    assert "I'll DM you: deadline reminders, exam reminders; deadline reminders 48h, 24h before each due time." in said
    assert "Each reminder goes out that long before." in said
    assert "/remind stop turns this off." in said


@pytest.mark.parametrize(
    ("elsewhere", "others"),
    [(0, None), (1, "Your reminders from 1 other server: each DM"), (3, "Your reminders from 3 other servers: each")],
)
def test_list_names_the_course_only_with_reminders_elsewhere(any_course, elsewhere, others):
    """Settings are listed as chosen; the course and the other servers are named only when there are others."""
    said = _said(reminder_list_answer(any_course, WORDS, None, elsewhere), any_course)
    assert "Deadline reminders, exam reminders; deadline reminders 48h, 24h before." in said
    assert (f"For {any_course.title} (this server)." in said) == bool(elsewhere)
    if others:
        assert others in said
    else:
        assert "other server" not in said


def test_list_names_the_section_by_its_label(any_course):
    """A student who chose a section sees it as the course names it."""
    section = any_course.sections[0]
    said = _said(reminder_list_answer(any_course, WORDS, section.id, 0), any_course)
    assert f"Deadline reminders, exam reminders for {section.label};" in said


@pytest.mark.parametrize(("elsewhere", "course_named"), [(0, False), (2, True)])
def test_list_without_reminders_points_to_remind_me(any_course, elsewhere, course_named):
    """No reminders here: says so (for this course, when there are others) and how to start."""
    answer = reminder_list_answer(any_course, None, None, elsewhere)
    said = _said(answer, any_course)
    assert answer.title == "No reminders"
    assert (f"You have no DM reminders for {any_course.title}. Try /remind me." in said) == course_named
    assert ("You have no DM reminders. Try /remind me." in said) == (not course_named)
    assert ("Your reminders from 2 other servers: each DM names its course" in said) == course_named


@pytest.mark.parametrize(
    ("removed", "elsewhere", "expected"),
    [
        (True, 0, "Reminders stopped."),
        (False, 0, "You had no reminders."),
        (True, 1, "Reminders for {title} stopped.\nYour reminders from 1 other server go on; /remind stop there"),
        (False, 2, "You had no reminders for {title}.\nYour reminders from 2 other servers go on;"),
    ],
)
def test_stop_says_what_stopped_and_what_goes_on(any_course, removed, expected, elsewhere):
    """Stopping names the course and the reminders that go on only when the student has others."""
    said = _said(reminders_stopped_answer(any_course, removed, elsewhere), any_course)
    assert expected.format(title=any_course.title) in said
    assert ("other server" in said) == bool(elsewhere)
