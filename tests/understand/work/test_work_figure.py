"""A figure asked of a piece of work, answered by the sentence of its description that gives it
(bot.understand.work.work_figure)."""

from __future__ import annotations

import dataclasses

import pytest

from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # Canvas quizzes of 20 minutes, in each quiz's notes
HIST = "tests/fixtures/courses/hist-210-a24"  # "Essays are 2,500 words", in a rule on word limits
SML = "data/10-605-s24"  # homework notes give no length


# Each course's questions with the figure its page gives.
GIVEN = {
    CHEM: ("20 minutes", ["how much time do we get on the canvas quizzes", "whats the time limit for quiz 4"]),
    HIST: ("2,500 words", ["whats the max word count for the essays", "how many words can the second essay be"]),
}


@pytest.mark.parametrize(
    ("folder", "question", "fact"),
    [(folder, q, fact) for folder, (fact, questions) in GIVEN.items() for q in questions]
    + [
        (CHEM, "how many minutes is each quiz", "20 minutes"),
        (HIST, "how long should essay 2 be", "2,500 words"),  # the rule names essays, not Essay 2
    ],
)
def test_the_sentence_giving_the_figure(folder, question, fact):
    """The work's notes, else a rule naming that kind of work, quoted with the figure asked."""
    result, said = reply(course_in(folder), question, "2026-02-10 10:00" if folder == CHEM else "2024-10-14 10:00")
    # a course whose data gives the figure as a hand-in field (chem's quiz `time_limit`) answers from the field
    assert result.parts[0].intent in {"work_figure", "hand_in"}, said
    assert fact in said
    assert result.parts[0].intent == "hand_in" or "“" in said  # else the page's own words


@pytest.mark.parametrize(
    ("folder", "question"),
    [
        (HIST, "how long do we have to submit essay 2 late"),  # lateness, not the work's length
        (HIST, "how many late tokens do we get for the essays"),  # a unit of lateness
        (CHEM, "how long is quiz 4 open"),  # the window, not the time allowed
        (CHEM, "how many quizzes are there"),  # the items themselves
        (CHEM, "how many quizzes can i miss"),
        (SML, "how many pages is hw3"),  # the notes give no length
        (HIST, "is 2,700 words too long for essay 2"),  # a stated length, decided elsewhere
    ],
)
def test_not_a_figure_of_the_work(folder, question):
    """Lateness, windows, counts of the items and lengths the page does not give are other readings."""
    result, said = reply(course_in(folder), question, "2026-02-10 10:00" if folder == CHEM else "2024-02-12 10:00")
    assert all(p.intent != "work_figure" for p in result.parts), said


def test_a_time_of_lateness_is_not_a_time_allowed():
    """A late token 'worth 24 hours' is not how long an essay may be."""
    _, said = reply(course_in(HIST), "how long should essay 2 be", "2024-10-14 10:00")
    assert "24 hours" not in said


@pytest.mark.parametrize(
    "question", ["whats the word count for the dissertation proposal", "how many words should the proposal be"]
)
def test_a_rule_on_other_work_gives_no_figure_of_the_work_asked(question):
    """The rule "Essays are 2,500 words", read by "word count", is about the essays, never the proposal's length."""
    result, said = reply(course_in(HIST), question, "2024-10-14 10:00")
    assert "2,500" not in said
    assert all(p.intent != "work_figure" for p in result.parts), said


def test_how_long_an_event_lasts_is_no_figure_of_a_rule():
    """ "how long does the excursion last": the rule's "a 1,000-word field report" is not how long the trip lasts."""
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    trip = next(p for p in geo.policies if "excursion" in p.title.lower())
    told = dataclasses.replace(trip, summary=f"{trip.summary} A 1,000-word field report follows it.")
    geo = dataclasses.replace(geo, policies=tuple(told if p is trip else p for p in geo.policies))
    result, said = reply(geo, "how long does the alpine excursion last", "2025-04-01 10:00")
    assert all(p.intent != "work_figure" for p in result.parts), said
    result, said = reply(geo, "how many words is the alpine excursion report", "2025-04-01 10:00")
    assert result.parts[0].intent == "work_figure"
    assert "1,000-word" in said  # the figure the rule does give
