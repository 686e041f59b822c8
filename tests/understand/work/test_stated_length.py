"""A stated length against a rule's limit (bot.understand.work.stated_length)."""

from __future__ import annotations

from bot.understand.work.stated_length import stated_length

RULE = ("Essays are 2,500 words; work over the limit is not marked beyond it.", "Essays must not exceed 2,500 words.")


def test_a_length_within_or_over_the_limit() -> None:
    assert stated_length("my essay is like 2,700 words is that ok", RULE, yes_no=False)[0] is False
    assert stated_length("is 2400 words ok", RULE, yes_no=True)[0] is True
    assert stated_length("can i hand in 2500 words", RULE, yes_no=True)[0] is True


def test_asked_the_other_way_round() -> None:
    """ "is that too long": Yes means over the limit."""
    assert stated_length("mine is 2700 words, is that too long", RULE, yes_no=False)[0] is True
    assert stated_length("mine is 2300 words, is that too long", RULE, yes_no=False)[0] is False


def test_a_bound_decides_only_past_the_limit() -> None:
    assert stated_length("can my essay go a bit over 2500 words", RULE, yes_no=True)[0] is False
    assert stated_length("is it fine if it's under 2000 words", RULE, yes_no=True) is None


def test_no_verdict_without_one_limit_in_that_unit_or_a_question() -> None:
    assert stated_length("is 10 pages ok", RULE, yes_no=True) is None  # another unit
    assert stated_length("my essay is 2,700 words", RULE, yes_no=False) is None  # nothing asked
    two = ("Essays must not exceed 2,500 words; the proposal must not exceed 1,500 words.",)
    assert stated_length("is 2,000 words ok", two, yes_no=True) is None


def test_leave_to_pass_the_limit_is_no_whatever_the_length() -> None:
    """ "can my essay go over the word limit, mine is 2600 words" asks leave, not whether 2,600 is over: No."""
    assert stated_length("can my essay go over the word limit, mine is 2600 words", RULE, yes_no=True)[0] is False
    assert stated_length("mine is 2400 words, can i go over the word limit a bit", RULE, yes_no=True)[0] is False
    assert stated_length("my essay is 2600 words, am i over the limit", RULE, yes_no=True)[0] is True
