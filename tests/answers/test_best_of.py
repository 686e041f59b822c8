"""The [[best_of]] rule in a sentence, with the numbers the page gives, and its Yes or No openings."""

from __future__ import annotations

import datetime as dt

from bot.answers.best_of import best_of_answer, best_of_line
from bot.core.render_text import answer_text
from bot.course.model import BestOf

NOW = dt.datetime(2024, 10, 1, 10, 0, tzinfo=dt.UTC)


def _rule(**kw) -> BestOf:
    base = {"name": "quizzes", "ids": ("q1", "q2", "q3"), "of": 3, "best": 2, "drop": 1, "quote": "Lowest dropped."}
    return BestOf(**{**base, **kw})


def test_each_shape_of_the_rule_in_a_sentence():
    assert best_of_line(_rule()) == "The best 2 of the 3 quizzes count (the lowest one is dropped)."
    assert "the lowest 2 are dropped" in best_of_line(_rule(of=12, best=10, drop=2, name="sets"))
    unlisted = best_of_line(_rule(ids=(), of=None, best=3, drop=None))
    assert unlisted.startswith("The best 3 quizzes count")
    assert "doesn't say how many" in unlisted
    dropped = best_of_line(_rule(ids=(), of=None, best=None, drop=1))
    assert "the lowest one is dropped" in dropped
    assert "doesn't say how many" in dropped


def test_yes_and_no_openings_and_the_quote(second_course):
    yes = answer_text(best_of_answer(second_course, _rule(), True), second_course.tz, NOW)
    assert "Yes: the lowest one of the 3 quizzes is dropped (the best 2 count)." in yes
    assert "“Lowest dropped.”" in yes
    no = answer_text(best_of_answer(second_course, _rule(), False), second_course.tz, NOW)
    assert "No: only the best 2 of the 3 quizzes count" in no
