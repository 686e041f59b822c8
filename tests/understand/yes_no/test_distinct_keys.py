"""A claim's key words are each held by a word of the question's own; only keys that share stems compete."""

from __future__ import annotations

from bot.understand.yes_no.distinct_keys import held_by_distinct_words

TEAMMATE = frozenset({"teammat", "team", "group", "partn"})
GROUP = frozenset({"group", "team"})
LAB = frozenset({"lab"})
PRE = frozenset({"pre"})


def test_one_word_cannot_hold_two_overlapping_keys() -> None:
    """ "can i switch to group 2 instead" holds "group" once: not both the teammate and the group."""
    assert not held_by_distinct_words((TEAMMATE, GROUP), [GROUP])


def test_two_words_hold_two_overlapping_keys() -> None:
    """ "can my teammate be from another group": a word for each."""
    assert held_by_distinct_words((TEAMMATE, GROUP), [frozenset({"teammat", "team"}), GROUP])


def test_a_key_said_twice_is_one_key() -> None:
    """ "share lab data with my lab partner" needs "lab" once in the question."""
    assert held_by_distinct_words((LAB, frozenset({"data"}), LAB), [LAB, frozenset({"data"})])


def test_keys_sharing_nothing_may_share_a_word() -> None:
    """ "prelab" holds both "pre" and "lab": keys that never compete are left as read."""
    assert held_by_distinct_words((LAB, PRE), [frozenset({"lab", "pre", "prelab"})])
