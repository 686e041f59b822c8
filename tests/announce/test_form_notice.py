"""When students hear of a conflict-form link set late: the reply to staff says exactly when (hostile6 minor)."""

from __future__ import annotations

import pytest

from bot.announce.form_notice import correction_due, form_notice_line
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Stamp
from tests.conftest import at

FORMS = {"exam1": "https://example.edu/form"}


def said(line) -> str:
    return "".join(p for p in line if isinstance(p, str))


def stamps(line) -> list:
    return [p.at for p in line if isinstance(p, Stamp)]


@pytest.mark.parametrize(
    ("now", "words", "when"),
    [
        ("2024-02-01 10:00", "with the form's opening notice", "2024-02-05 08:00"),
        ("2024-02-13 10:00", "last call for conflicts (the opening notice was due before", "2024-02-19 08:00"),
        ("2024-02-25 10:00", "No notice about this form is still planned", None),
    ],
)
def test_the_reply_names_the_next_notice_that_carries_the_link(course, now, words, when):
    """Before the opening notice: that notice; after it: the last call, saying the opening one passed; after
    both: none, and how students find it."""
    exam = next(e for e in course.exams if e.id == "exam1")
    line = form_notice_line(course, GuildSetup(channel_id=5), exam, FORMS, at(now))
    assert words in said(line)
    assert stamps(line) == ([at(when)] if when else [])


def test_no_channel_or_kind_off_says_no_notice_will_post_it(course):
    """Without an announcement channel, or with the kind off, the reply says so instead of a time."""
    exam = next(e for e in course.exams if e.id == "exam1")
    off = form_notice_line(course, GuildSetup(), exam, FORMS, at("2024-02-01 10:00"))
    assert "not set up" in said(off)
    kinds = GuildSetup(channel_id=5, kinds=frozenset({"deadline"}))
    assert "announcements are off" in said(form_notice_line(course, kinds, exam, FORMS, at("2024-02-01 10:00")))


DATA_LINK = "https://forms.example/stat187-midterm-conflict"  # stat-187's midterm form, from its course data


@pytest.mark.parametrize(
    ("which", "exam_id", "earlier_forms", "link", "sent", "corrected"),
    [
        ("course", "exam1", {"exam1": "https://a.example/old"}, "https://a.example/new", ("open",), True),
        ("course", "exam1", {"exam1": "https://a.example/old"}, "https://a.example/old", ("open",), False),
        ("course", "exam1", {"exam1": "https://a.example/old"}, "https://a.example/new", (), False),
        ("course", "exam1", {}, "https://a.example/new", ("open", "closing"), False),
        ("course", "exam1", {"exam2": "https://a.example/old"}, "https://a.example/new", ("closing",), False),
        ("second_course", "midterm", {}, "https://b.example/new", ("closing",), True),
        ("second_course", "midterm", {}, DATA_LINK, ("open",), False),
        ("second_course", "midterm", {"midterm": "https://b.example/old"}, DATA_LINK, ("open",), True),
        ("second_course", "midterm", {}, "https://b.example/new", (), False),
    ],
)
def test_a_correction_is_due_only_when_a_posted_notice_carried_another_link(
    request, which, exam_id, earlier_forms, link, sent, corrected
):
    """A correction (naming the exam and the new link) is due when a notice already went out with a different link
    (staff's earlier one, else the course data's), never when none went out, none was carried, or it was this one."""
    course = request.getfixturevalue(which)
    exam = next(e for e in course.exams if e.id == exam_id)
    message = correction_due(exam, earlier_forms, link, sent)
    assert (message is not None) == corrected
    if corrected:
        assert message.startswith("Correction:")
        assert exam.title in message
        assert link in message
