"""Work the page says is never taken late (bot.understand.late.late_excluded): the page's words decide."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.late.late_excluded import _NEVER_LATE, never_late
from tests.understand.conftest import first_line, reply

NEVER = "Problem sets are not accepted late."


def _with_note(course, note: str):
    return replace(course, late=replace(course.late, notes=(*course.late.notes, note)))


def test_the_sentence_names_the_kind_of_item(stat):
    noted = _with_note(stat, NEVER)
    assert never_late(noted, noted.assignment("ps6")) == NEVER
    assert never_late(noted, noted.assignment("report")) is None
    assert (
        never_late(_with_note(stat, "Problem sets are not accepted late without an extension."), stat.assignment("ps6"))
        is None
    )
    assert never_late(stat, stat.assignment("ps6")) is None


def test_asked_whether_it_is_taken_late_the_answer_is_no(stat):
    noted = _with_note(stat, NEVER)
    _, plain = reply(stat, "can i submit ps6 a day late", "2024-11-12 10:00")
    assert first_line(plain).startswith("Yes")  # the late rules alone take it
    _, said = reply(noted, "can i submit ps6 a day late", "2024-11-12 10:00")
    assert first_line(said).startswith("No")
    assert NEVER in first_line(said)


def test_a_due_moment_stated_is_not_lateness(stat):
    """ "is ps6 due friday at midnight": the due moment is confirmed or not, whatever the page says of lateness."""
    noted = _with_note(stat, NEVER)
    _, plain = reply(stat, "is ps6 due friday at midnight?", "2024-11-04 10:00")
    _, said = reply(noted, "is ps6 due friday at midnight?", "2024-11-04 10:00")
    assert first_line(said) == first_line(plain)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Labs and peer assessments: late submissions are not accepted.", True),
        ("Late peer assessments are not accepted.", True),
        ("Late work will not be graded.", True),
        ("Late work is accepted for up to 3 days.", False),
        ("Late essays are marked down 10% per day.", False),
    ],
)
def test_never_late_is_read_in_either_order(sentence, never):
    """ "Late X are not accepted" says it as surely as "not accepted late"; "late work is accepted" never does."""
    assert bool(_NEVER_LATE.search(sentence.lower())) is never


def test_a_title_s_parenthesis_is_not_part_of_its_name(stat):
    """ "Peer assessment 1 (Milestone 1)" is a peer assessment: the page's "late peer assessments are not accepted"
    names it, though it never says "milestone"."""
    item = replace(stat.assignments[0], title="Peer assessment 1 (Milestone 1)", short="PA1", aliases=())
    notes = ("Labs and peer assessments: late submissions are not accepted.",)
    course = replace(stat, assignments=(item, *stat.assignments[1:]), late=replace(stat.late, notes=notes))
    assert never_late(course, item) == notes[0]


@pytest.mark.parametrize(
    "question",
    [
        "if i submit ps6 on saturday morning instead of friday night is that ok",
        "is it ok if i do ps6 a couple days late",
        "would it be fine to hand ps6 in a day late",
    ],
)
def test_asked_in_everyday_words_whether_it_is_ok_the_answer_is_no(stat, question):
    """ "is that ok", "would it be fine": whether late work is taken, so No from the page's sentence, and no
    penalty computed under rules the page says do not apply to it."""
    noted = _with_note(stat, NEVER)
    _, said = reply(noted, question, "2024-11-12 10:00")
    assert first_line(said).startswith("No")
    assert NEVER in first_line(said)
    assert "penalty" not in said


def test_a_what_if_on_work_never_taken_late_says_when_not_a_penalty(stat):
    """ "what happens if ps6 is 3 hours late": the page's sentence and how late it would be, no computed cost."""
    noted = _with_note(stat, NEVER)
    _, said = reply(noted, "what happens if ps6 is 3 hours late", "2024-11-12 10:00")
    assert NEVER in said
    assert "3 h past it" in said
    assert "penalty" not in said
    assert "credit" not in said


def test_the_due_card_gives_the_page_s_sentence_not_the_course_wide_rule(stat):
    """ "when is ps6 due" where the page says problem sets are never taken late: the card says so, with no penalty
    or cutoff from the course-wide rule; work the sentence does not name keeps its rule."""
    noted = _with_note(stat, NEVER)
    _, said = reply(noted, "when is ps6 due", "2024-11-12 10:00")
    assert f"Late work: the course page says “{NEVER}”" in said
    assert "per hour" not in said
    assert "Nothing is accepted after" not in said
    _, report = reply(noted, "when is the report due", "2024-11-12 10:00")
    assert "per hour" in report


@pytest.mark.parametrize(
    ("question", "past"),
    [
        # due Fri Nov 1, 5 PM PDT; the clocks go back an hour on Sunday Nov 3 at 2 AM
        ("what happens if ps5 goes in sunday at 3am", "35 h past it"),  # 34 h on the wall clock
        ("what if i turn in ps5 saturday at 11pm", "30 h past it"),  # before the change: as on the wall clock
        ("what if i turn in ps5 friday at 5:01pm", "1 minute past it"),  # under an hour: minutes, never "0 h"
    ],
)
def test_hours_past_the_deadline_are_elapsed_hours_across_a_clock_change(stat, question, past):
    """A what-if on work never taken late: real hours past the deadline (minutes under an hour), not the wall clock's
    across the night the clocks go back."""
    noted = _with_note(stat, NEVER)
    _, said = reply(noted, question, "2024-10-30 10:00")
    assert NEVER in said
    assert past in said, said
