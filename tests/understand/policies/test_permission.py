"""A may-I question never gets a Yes or No from a card that only says when or what."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.core.render_text import answer_text
from bot.understand.answering.replies import verdict
from bot.understand.engine import read_question
from bot.understand.policies.permission import without_permission_verdict
from tests.conftest import at

CARD = verdict(Answer(title="Schedule, Exam 2", lines=(text("Wed Apr 24"),)), True, "Exam 2 (Wed Apr 24).")


def test_a_schedule_card_does_not_say_whether_you_may():
    """ "can i eat during the exam": the day of the exam, without its Yes, after "doesn't say whether you can"."""
    answer = without_permission_verdict("can i eat during the exam", "schedule_range", CARD, "ask on Piazza")
    assert answer.kind == "unknown"
    assert answer.lines[0][0].startswith("The course page doesn't say whether you can do that; ask on Piazza.")
    assert answer.lines[1:] == (text("Wed Apr 24"),)


def test_facts_and_deadline_cards_keep_their_verdict():
    """ "is there class during the exam" asks a fact; a deadline's card decides "can i turn it in saturday"."""
    assert without_permission_verdict("is there class during the exam", "schedule_range", CARD, "ask") is CARD
    assert without_permission_verdict("can i turn in ps4 on saturday", "assignment_due", CARD, "ask") is CARD


def test_through_the_engine(course):
    """The whole question: no Yes for eating at the exam."""
    now = at("2024-03-13T14:30")
    shown = answer_text(read_question(course, "can i eat during the exam", now).answer, course.tz, now)
    assert "Yes" not in shown


def test_a_may_i_asked_last_gets_no_verdict_from_whom_work_is_for():
    """ "we're in different sections and want to do the poster together, is that allowed": whom the poster is for
    does not say whether they may; "is the poster for section 2" keeps its Yes."""
    card = verdict(Answer(title="Poster for 2", lines=(text("Poster is for 1 and 2"),)), True, "section 2 do Poster.")
    asked = "im in section 2 and my friend is in 3, can we do the poster together, is that allowed"
    assert without_permission_verdict(asked, "assignment_for", card, "ask").kind == "unknown"
    told = "we want to do the poster together but we're in different sections, is that ok?"
    assert without_permission_verdict(told, "assignment_for", card, "ask").kind == "unknown"
    assert without_permission_verdict("is the poster for section 2", "assignment_for", card, "ask") is card
