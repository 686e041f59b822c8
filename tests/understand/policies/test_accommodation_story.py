"""A question about the student's accommodations: the course's rule on them, and whom to contact when asked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.policies.accommodation_story import accommodation_question, accommodation_rule
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_the_rule_is_the_one_named_for_accommodations_or_the_one_that_speaks_of_them(stat):
    assert accommodation_rule(course_in(CHEM)) == ("accommodations", frozenset({"drc"}))
    assert accommodation_rule(stat)[0] == "extensions"  # STAT 187 speaks of DSP accommodations in its extension rule


@pytest.mark.parametrize(
    "question",
    [
        "i get extended time through the drc, what do i need to do before the final",
        "my accomodation letter says 1.5x time, how do i use it for midterm 1",
        # a condition told is what accommodations are for, though the word is not said
        "i have adhd and need extra time in exams who do i talk to",
        "im dyslexic, can i get more time on the final",
        "i was diagnosed with anxiety, who handles exam adjustments",
    ],
)
def test_a_story_of_accommodations_gets_that_rule(question):
    course = course_in(CHEM)
    result, said = reply(course, question, "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["accommodations"]
    assert "DRC Testing Center" in said
    assert "7 days" in said


@pytest.mark.parametrize(
    "question",
    [
        "when is midterm 2 and where do drc students take it",  # when and where: the question table's
        "how many extra credit points are there",  # nothing of accommodations
    ],
)
def test_not_read_as_an_accommodation_question(question):
    assert accommodation_question(course_in(CHEM), question) is None


def test_whom_to_contact_when_the_rule_is_the_extension_rule(stat):
    """ "never sent my DSP letter ... who do i email": the extension rule with its contact's address."""
    question = "i forgot to send my dsp accommodation letter and the project is due soon, who do i email about it"
    result, said = reply(stat, question, "2024-12-04 10:00")
    assert [p.slots.get("policy") for p in result.parts] == ["extensions"]
    assert "stat187-staff@pcsu.example.edu" in said


def test_a_short_name_that_is_an_everyday_word_counts_only_in_capitals():
    chem = course_in(CHEM)
    rule = chem.policy("accommodations")
    with_as = replace(
        chem, policies=tuple(replace(p, keywords=(*p.keywords, "AS")) if p is rule else p for p in chem.policies)
    )
    assert accommodation_question(with_as, "are lab hours tomorrow the same time as usual") is None
    assert (
        accommodation_question(with_as, "im registered with AS, how do i book midterm 1")["policy"] == "accommodations"
    )
    assert accommodation_question(with_as, "i have a drc letter")["policy"] == "accommodations"


@pytest.mark.parametrize("question", ["i'm dyslexic, who do i ask about extra exam time"])
def test_a_condition_told_where_the_page_has_no_rule_is_not_on_the_page(hist, question):
    result, said = reply(hist, question, "2024-11-01 10:00")
    assert result.answer.kind == "unknown"
    assert "accommodations" in said


@pytest.mark.parametrize("question", ["is adhd on the exam", "what does ocd stand for", "how do i add a section"])
def test_a_condition_named_but_not_told_is_no_accommodation(question):
    assert accommodation_question(course_in(CHEM), question) is None
