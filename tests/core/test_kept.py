"""Kept values: built once for the very same object and key; a new object (even an equal one) gets its own; at most
`size` kept, least recently used dropped first; a failed build keeps nothing."""

from __future__ import annotations

import gc
from dataclasses import dataclass

import pytest

from bot.core.kept import Kept


@dataclass(frozen=True)
class Owner:
    name: str


class Builds:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> int:
        self.count += 1
        return self.count


def test_a_value_is_built_once_per_owner_and_key():
    kept, build, owner = Kept(8), Builds(), Owner("a")
    assert kept.get(owner, "k", build) == 1
    assert kept.get(owner, "k", build) == 1
    assert kept.get(owner, "other", build) == 2
    assert build.count == 2


def test_an_equal_but_new_owner_gets_its_own_value():
    kept, build = Kept(8), Builds()
    first, reloaded = Owner("a"), Owner("a")  # a course read again from the same files
    assert first == reloaded
    assert kept.get(first, "k", build) == 1
    assert kept.get(reloaded, "k", build) == 2
    assert kept.get(reloaded, "k", build) == 2
    assert kept.get(first, "k", build) == 1  # each object its own value


def test_an_owner_gone_is_never_mistaken_for_a_new_one_at_its_address():
    kept, build = Kept(8), Builds()
    owner = Owner("a")
    kept.get(owner, "k", build)
    del owner
    gc.collect()
    for _ in range(50):  # new objects may be given the freed address
        assert kept.get(Owner("b"), "k", build) > 1


def test_at_most_size_values_are_kept_least_recently_used_first():
    kept, build, owner = Kept(2), Builds(), Owner("a")
    kept.get(owner, "one", build)
    kept.get(owner, "two", build)
    kept.get(owner, "one", build)  # used again: "two" is now the oldest
    kept.get(owner, "three", build)
    assert len(kept) == 2
    assert kept.get(owner, "one", build) == 1
    assert kept.get(owner, "two", build) == 4  # built again


def test_a_failed_build_keeps_nothing():
    kept, owner = Kept(8), Owner("a")

    def fails() -> int:
        raise ValueError("no such policy")

    with pytest.raises(ValueError, match="no such policy"):
        kept.get(owner, "k", fails)
    assert len(kept) == 0
    assert kept.get(owner, "k", lambda: 7) == 7
