"""'when can i see dr siti': an everyday verb of going to see someone named asks for their office hours."""

from __future__ import annotations

from bot.understand.people.person_visit import visits_person
from bot.understand.question.reading import Mention
from tests.understand.conftest import reply


def _words(question: str) -> list[str]:
    return question.split()


def _person(start: int, end: int) -> Mention:
    return Mention("person", ("someone",), start, end, 1.5)


def test_a_verb_of_seeing_right_before_the_person():
    assert visits_person(_words("when can i see dr osei"), [_person(4, 6)], {"when"})
    assert visits_person(_words("when can i talk to tomas"), [_person(5, 6)], {"when"})
    assert not visits_person(_words("when can i see dr osei"), [_person(4, 6)], set())  # not when or where
    assert not visits_person(_words("when does osei see the essays"), [_person(2, 3)], {"when"})
    assert not visits_person(_words("when can i see my grades"), [], {"when", "grades"})


def test_seeing_someone_is_their_office_hours(hist):
    _, said = reply(hist, "when can i see dr osei", "2024-10-14 10:00")
    assert "Thursdays" in said
    assert "Old Library 3.12" in said


def test_asking_whether_one_can_see_someone_in_a_span_of_days():
    """ "can i see the uc during swotvac before the exam": a span asked with "can" is their hours in it."""
    exam = Mention("exam", ("final",), 8, 9, 1.0, relation="before")
    words = _words("can i see dr osei during study week before the exam")
    assert visits_person(words, [_person(3, 5), exam], {"exam"}, dated=True)
    assert not visits_person(words, [_person(3, 5), exam], {"exam"})  # no span of days asked
    assert not visits_person(_words("can i see dr osei about the exam"), [_person(3, 5)], {"exam"}, dated=True)


def test_seeing_someone_before_an_exam_is_their_hours_until_then(hist):
    _, said = reply(hist, "can i see dr osei this week", "2024-10-14 10:00")
    assert said.splitlines()[2].startswith("Yes")
    assert "Old Library 3.12" in said
