"""Values worked out once while one question is answered (bot.understand.question.per_question), dropped after it."""

from __future__ import annotations

from bot.understand.question.per_question import one_question, per_question


def test_a_value_is_worked_out_once_per_text_and_kind_while_a_question_is_answered():
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text.upper()

    with one_question():
        assert per_question("upper", "hw3", make) == "HW3"
        assert per_question("upper", "hw3", make) == "HW3"
        assert per_question("upper", "hw4", make) == "HW4"
        assert per_question("other kind", "hw3", make) == "HW3"
        with one_question():  # a question read inside another's answer shares its values
            assert per_question("upper", "hw3", make) == "HW3"
    assert made == ["hw3", "hw4", "hw3"]


def test_nothing_is_kept_after_the_question_or_outside_one():
    made: list[str] = []

    def make(text: str) -> int:
        made.append(text)
        return len(text)

    with one_question():
        per_question("length", "hw3", make)
    with one_question():
        per_question("length", "hw3", make)  # the next question works it out again
    per_question("length", "hw3", make)
    per_question("length", "hw3", make)  # outside a question, every time
    assert made == ["hw3"] * 4
