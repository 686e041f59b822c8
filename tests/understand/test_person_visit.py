"""'when can i see dr siti': an everyday verb of going to see someone named asks for their office hours."""

from __future__ import annotations

from bot.understand.person_visit import visits_person
from bot.understand.reading import Mention
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
