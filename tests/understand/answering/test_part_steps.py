"""The steps every part's answer goes through (bot.understand.answering.part_steps): one table, in a fixed order, each
step named and saying what a student sees, a gated step skipped when its gate is shut."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.core.render_text import answer_text
from bot.understand.answering import part_steps, replies
from bot.understand.answering.part_steps import NO_VERDICT, STEPS, Answering, PartContext, Step, run_steps
from bot.understand.choosing.reader_gates import (
    ATTEND_AFTER_MISS,
    EACH_LENGTH,
    FIGURE,
    OFFICE,
    PHONE,
    PRICE,
    SHOP,
    UNNAMED,
    WEEKENDS,
)
from bot.understand.engine import engine_for
from bot.understand.yes_no.decision import Verdict
from bot.understand.yes_no.page_claims import claims_for
from tests.conftest import at
from tests.understand.conftest import course_in, first_line, reply

NOW = at("2024-02-12 10:00")

ORDER = (
    *("beyond_the_page", "outside_course", "unanswered_attribute", "unheld_attribute"),
    *("unpriced", "unstated_part_length", "unshopped", "unstated_figure", "unlisted_phone", "unlisted_office"),
    *("unnamed_person", "sitting_room", "with_order_said", "left_out_note"),
    *("recognized", "rule_settles", "route_verdict", "hurdle_missed", "settled_in_words", "weekends_counted"),
    *("claim_verdict", "decide"),
    *("without_permission_verdict", "attends_after_missed_work", "with_page_sentence", "guessed"),
    *("settled_by_shown", "believed_value", "weekday_clash", "verdict_agrees", "unguarded", "unsettled"),
    *("off_target", "about_other_one"),
    *("about_other_kind", "unsettled_opening"),
)
GATES = {
    "unpriced": PRICE,
    "unstated_part_length": EACH_LENGTH,
    "unshopped": SHOP,
    "unstated_figure": FIGURE,
    "unlisted_phone": PHONE,
    "unlisted_office": OFFICE,
    "unnamed_person": UNNAMED,
    "attends_after_missed_work": ATTEND_AFTER_MISS,
    "weekends_counted": WEEKENDS,
}
PLAIN = Answer(title="HW3", lines=(text("HW3 is due Friday."),), kind="info")


def context(course, question: str, *, hedging: bool = False) -> PartContext:
    """The one part of a one-part question, as the engine's loop builds it."""
    engine = engine_for(course)
    decisions, _ = engine.understand(question, NOW)
    reading, part, _ = decisions[0]
    assert part is not None
    return PartContext(
        course=course,
        question=question,
        said=question,
        own=question,
        reading=reading,
        part=part,
        yes_no=reading.yes_no,
        where=replies.where_to_ask(course),
        claims=claims_for(course),
        holds=engine.knowledge.holds,
        hedging=hedging,
    )


def test_the_steps_run_in_their_order():
    """The order is the engine's: past the page first, then the Yes or No decided, then the guard on it."""
    assert tuple(step.name for step in STEPS) == ORDER


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_each_step_says_what_a_student_sees(step):
    """Every step's docstring opens with a question a student types, then what they are told."""
    said = " ".join((step.run.__doc__ or "").split())
    assert said.startswith('"'), step.name
    assert len(said) > 40, step.name


def test_the_gated_steps_are_those_of_their_readers():
    """Only the steps whose readers have a gate carry one, and each carries its own reader's."""
    assert {step.name: step.gate for step in STEPS if step.gate is not None} == GATES


def test_a_gated_step_is_skipped_when_its_gate_is_shut(course, monkeypatch):
    """A question without the gate's words never reaches the step; one with them does."""
    seen = []
    table = (Step("phone", lambda ctx, got: seen.append(ctx.said) or got, PHONE),)
    monkeypatch.setattr(part_steps, "STEPS", table)
    run_steps(context(course, "when is hw3 due"), PLAIN)
    assert seen == []
    run_steps(context(course, "what is the phone number of the course office"), PLAIN)
    assert seen == ["what is the phone number of the course office"]


def test_a_part_asked_of_another_course_is_told_where_to_ask(course):
    """ "when is the 10-601 hw due": out of scope, whatever the handler answered, and no page sentence added."""
    got = run_steps(context(course, "when is the 10-601 hw due"), PLAIN)
    assert got.answer.kind == "unknown"
    assert "HW3 is due Friday." not in answer_text(got.answer, course.tz, NOW)


def test_the_answer_before_the_guard_is_kept(course):
    """A yes/no part nothing decided is guarded ("the page does not say"); the answer before the guard is kept for
    the other alternative of an either-or to settle it."""
    ctx = context(course, "is the practice midterm graded")
    got = run_steps(ctx, PLAIN)
    assert got.unguarded is not None
    assert got.unguarded is PLAIN
    assert not got.decided
    assert "for sure" in answer_text(got.answer, course.tz, NOW)


def test_a_hedge_offer_is_not_guarded_twice(course):
    """Asked again as a hedge's own offer, a yes/no part nothing decided keeps its answer unguarded."""
    got = run_steps(context(course, "is the practice midterm graded", hedging=True), PLAIN)
    assert got.answer is got.unguarded


def test_a_step_that_changes_nothing_passes_the_same_state_on():
    """The state is rebuilt only when a step changes the answer."""
    got = Answering(PLAIN)
    assert got.to(PLAIN) is got
    assert got.verdict is NO_VERDICT
    assert got.to(Answer(title="other", lines=(), kind="info")).answer.title == "other"


def test_a_withheld_yes_or_no_is_not_given_back_by_the_shown_words(course):
    """Where the decision withheld its Yes or No ("is lecture not at 11" reads both ways), the card's own time does
    not put one back; the same question without a withheld verdict is settled by it."""
    card = Answer(title="Lectures", lines=(text("Tuesdays and Thursdays 11:00 AM – 12:20 PM · Hall 100"),), kind="info")
    ctx = context(course, "is lecture at 11")
    assert part_steps._settled_by_shown(ctx, Answering(card)).decided
    withheld = Answering(card, verdict=Verdict(None, "negated"))
    assert part_steps._settled_by_shown(ctx, withheld) is withheld


def test_a_check_missing_a_word_the_typo_hid_reads_the_respelled_words():
    """ "is there a late penelty for ps2": the Yes stands, as for "penalty" (was withheld: another thing asked)."""
    stat = course_in("data/stat-187-f24")
    for question in ("is there a late penelty for ps2", "is there a late penalty for ps2"):
        _, said = reply(stat, question, "2024-09-10 10:00")
        assert first_line(said).startswith("Yes: there is a late penalty"), said
    _, said = reply(stat, "is there a late curfew for ps2", "2024-09-10 10:00")  # a word no typo hides
    assert not first_line(said).startswith("Yes"), said
