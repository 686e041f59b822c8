"""A question nothing reads but that names the course's own people or the course's number is a hedge offering what
the bot knows about them, never a confident answer and never "I can't answer that"; another course's number, or words
the course does not explain, keep the plain out-of-scope answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.choosing.known_offers import known_offers
from bot.understand.engine import engine_for
from tests.conftest import local
from tests.understand.conftest import reply


def _offers(course, question):
    engine = engine_for(course)
    reading = engine.reader.read(question, local(course, "2024-02-12 10:00"), engine.reader.respell(question))
    return known_offers(course, reading, question, holds=engine.knowledge.holds)


def _person(course):
    """Someone with office hours and a name students use alone ("jacob", "dr osei")."""
    return next(p for p in course.people if p.office_hours and p.aliases)


def _alias(person) -> str:
    return min(person.aliases, key=len)


@pytest.mark.parametrize("ask", ["when can i see {}", "when could i go see {}"])
def test_a_named_person_offers_their_hours_and_who_they_are(course, second_course, hist, ask):
    for c in (course, second_course, hist):
        who = _person(c)
        offers = _offers(c, ask.format(_alias(who)))
        assert [(o.intent, o.slots) for o in offers] == [
            ("office_hours", {"person": who.id}),
            ("staff", {"person": who.id}),
        ]


def test_the_hedge_says_it_is_not_sure_and_states_no_yes_or_no(course, second_course):
    """ "when <person>" asks nothing a reader takes ("when can i see <person>" is their office hours, read)."""
    for c in (course, second_course):
        who = _person(c)
        result, said = reply(c, f"when {_alias(who)}", "2024-02-12 10:00")
        assert result.outcome == "unsure"
        assert result.answer.kind == "unsure"
        assert "I'm not sure" in said
        assert not said.splitlines()[2].startswith(("Yes", "No"))
        # the first offer's card follows the plain "not sure"; the others are options to pick
        assert "The closest I found:" in said
        assert [o.question for o in result.answer.options] == [f"Who is {who.name}?"]


def test_a_hedge_s_own_offer_is_never_hedged_again(course):
    """While the closest offer's own question is asked, a question nothing reads is plainly out of scope."""
    from bot.understand import engine as module

    engine = module.engine_for(course)
    who = _person(course)
    engine._hedging = True  # as while a hedge's closest offer is being asked: no second hedge
    try:
        result, _ = reply(course, f"when {_alias(who)}", "2024-02-12 10:00")
    finally:
        engine._hedging = False
    assert result.outcome == "out_of_scope"


def test_each_offer_reads_back_as_itself(course, hist):
    """Picking an offer asks its question, which the engine reads as that very reading (never a dead end)."""
    for c in (course, hist):
        result, _ = reply(c, f"when {_alias(_person(c))}", "2024-02-12 10:00")
        for offer, option in zip(result.options, result.answer.options, strict=True):
            again, _ = reply(c, option.question, "2024-02-12 10:00")
            assert again.outcome == "answered"
            assert (again.parts[0].intent, again.parts[0].slots.get("person")) == (offer.intent, offer.slots["person"])


def test_the_course_number_with_grading_offers_the_breakdown(course, second_course, hist):
    for c in (course, second_course, hist):
        for number in c.numbers:
            offers = _offers(c, f"how is {number.lower()} graded")
            assert [(o.intent, o.slots) for o in offers] == [("course_fact", {"fact": "grading"})], number


def test_a_number_shortened_as_students_write_it(hist):
    """ "LIN102H1" is "lin102" to students: named, and not another course; "lin101" is another course."""
    numbered = replace(hist, numbers=("LIN102H1",))
    assert [o.intent for o in _offers(numbered, "how is lin102 graded")] == ["course_fact"]
    assert _offers(numbered, "how is lin101 graded") == []


@pytest.mark.parametrize(
    "question",
    [
        "how is stat 135 graded",  # another course's number
        "when is 10-601 hw3 due",
        "how is cs 9999 graded",
    ],
)
def test_another_course_named_is_no_offer(course, second_course, question):
    for c in (course, second_course):
        assert _offers(c, question) == []


def test_words_the_course_does_not_explain_are_no_offer(course):
    who = _person(course)
    assert _offers(course, f"is {_alias(who)} nice") == []
    result, said = reply(course, f"is {_alias(who)} nice", "2024-02-12 10:00")
    assert result.outcome == "out_of_scope"
    assert "office hours?" not in said


def test_work_named_without_asking_when_is_no_offer(course):
    """ "write hw3 for me" names HW3 but asks no time of it: nothing to offer."""
    assert _offers(course, "can u just write hw3 for me") == []


def test_grading_asked_of_this_course_shows_the_breakdown_as_the_closest(second_course, hist):
    for c in (second_course, hist):
        result, said = reply(c, "how do we get graded in this course", "2024-10-14 10:00")
        assert result.outcome == "unsure"
        assert "I'm not sure" in said
        assert "%" in said  # the grading breakdown, shown as the closest card
