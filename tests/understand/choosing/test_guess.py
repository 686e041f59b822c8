"""A reading that leaves several words unexplained, with no clear lead over another intent, is a guess."""

from bot.understand.choosing.guess import CLEAR_LEAD, UNEXPLAINED_WORDS, lead, loosely_read
from bot.understand.question.result import Part


def _part(score: float, alternatives: tuple[tuple[str, float], ...], unexplained: int) -> Part:
    return Part("text", "extension", {}, score, 0.8, alternatives, unexplained)


def test_lead_is_over_the_best_rival_of_another_intent():
    part = _part(7.0, (("extension", 6.5), ("policy", 5.0), ("staff", 4.0)), 0)
    assert lead(part) == 2.0


def test_lead_is_the_whole_score_without_a_rival():
    assert lead(_part(6.0, (), 0)) == 6.0
    assert lead(_part(6.0, (("extension", 5.0),), 0)) == 6.0


def test_many_unexplained_words_and_a_small_lead_is_a_guess():
    assert loosely_read(_part(6.0, (("policy", 6.0 - CLEAR_LEAD + 0.5),), UNEXPLAINED_WORDS))


def test_a_clear_lead_or_few_unexplained_words_is_no_guess():
    assert not loosely_read(_part(6.0, (("policy", 6.0 - CLEAR_LEAD),), UNEXPLAINED_WORDS + 3))
    assert not loosely_read(_part(6.0, (("policy", 5.5),), UNEXPLAINED_WORDS - 1))
