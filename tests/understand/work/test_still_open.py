"""Whether one named item is still open: by its release and deadline; No after the deadline only where no late work
is taken (a registration or survey)."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.understand.work.still_open import still_open
from tests.conftest import local
from tests.understand.conftest import course_in, first_line, reply


def first(course, question, now):
    clock = local(course, now)
    answer = still_open(course, question, clock)
    return answer_text(answer, course.tz, clock).splitlines()[2] if answer is not None else None


def test_a_registration_past_its_deadline_is_closed(geo):
    assert first(geo, "is the registration still open", "2025-05-05T10:00").startswith("No")


def test_before_its_deadline_it_is_open(geo):
    assert first(geo, "is anmeldung still open?", "2025-04-05T10:00").startswith("Yes")


def test_before_its_release_it_is_not_open(geo):
    assert first(geo, "is the project open yet", "2025-03-20T10:00").startswith("No")


def test_homework_past_its_deadline_gets_no_plain_no(geo):
    line = first(geo, "is sheet 2 still open", "2025-05-05T10:00")
    assert not line.startswith(("Yes", "No"))


@pytest.mark.parametrize("question", ["can i still submit sheet 2", "is the exam open book", "is the registration due"])
def test_other_questions_are_not_read_here(geo, question):
    assert still_open(geo, question, local(geo, "2025-04-05T10:00")) is None


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        ("data/stat-187-f24", "2024-10-14 10:00", "is ps4 still open after friday"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is ps4 still open after sunday"),
    ],
)
def test_still_open_asked_of_a_later_day_gets_no_yes_for_now(folder, now, question):
    """Open "after friday" is not open now: no Yes that it is open until its deadline, but the day after, late, and
    what that costs by the late rule."""
    said = reply(course_in(folder), question, now)[1]
    assert "open until" not in first_line(said), said
    assert " is late: at the start of that day, " in first_line(said), said
