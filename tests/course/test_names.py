"""A course's names made canonical once (bot.course.names): the same keys as matching every name each time."""

from __future__ import annotations

import pytest

from bench.scaled_course import scaled
from bot.core.matching import best_matches
from bot.course.loader import load_course
from bot.course.names import NameIndex
from tests.conftest import FIXTURES, REPO

_FOLDERS = sorted([*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()])


@pytest.fixture(scope="module")
def every_course():
    loaded = [load_course(folder) for folder in _FOLDERS if folder.is_dir()]
    return [*loaded, scaled(loaded[0], 3)]


def _queries(names: list[str]) -> list[str]:
    """Each name as typed, cut short, misspelt and shouted, and a few that name nothing."""
    typed = ["", "  ", "!!", "zzzz", "hw", "homework", "exam two", "part b", "the"]
    for name in names:
        typed += [name, name.upper(), name[: max(1, len(name) // 2)], name[:-1] + "q", name.replace(" ", "")]
    return typed


def test_matches_are_best_matches_on_every_course(every_course):
    for course in every_course:
        indexes = {
            "assignments": (course.assignments_by_name, 0.75),
            "people": (course.people_by_name, 0.7),
            "exams": (course.exams_by_name, 0.75),
            "policies": (course.policies_by_name, 0.75),
        }
        for index, cutoff in indexes.values():
            names = [name for _, name in _raw_pairs(course, index)]
            for query in _queries(names):
                assert index.matches(query, cutoff) == best_matches(query, _raw_pairs(course, index), cutoff), query


def _raw_pairs(course, index: NameIndex) -> list[tuple[str, str]]:
    """The (key, name) pairs the index was built from, as the answers used to list them."""
    if index is course.assignments_by_name:
        pairs = [(a.id, n) for a in course.assignments for n in (a.id, a.title, a.short, *a.aliases)]
        return pairs + [(a.id, a.group) for a in course.assignments if a.group]
    if index is course.people_by_name:
        pairs = [(p.id, n) for p in course.people for n in (p.name, p.id, *p.aliases)]
        return pairs + [(p.id, part) for p in course.people for part in p.name.split()]
    if index is course.exams_by_name:
        return [(e.id, n) for e in course.exams for n in (e.id, e.title, *e.aliases)]
    return [(p.id, p.id) for p in course.policies] + [(p.id, p.title) for p in course.policies]


def test_a_key_named_twice_the_same_way_is_found_once_in_first_order():
    index = NameIndex([("b", "Homework 4"), ("a", "hw4"), ("b", "HW 4"), ("c", "hw5")])
    assert index.matches("homework four") == ["b", "a"]
    assert index.matches("hw 5") == ["c"]
    assert index.matches("") == []
    assert index.matches("hw6") == best_matches("hw6", [("b", "Homework 4"), ("a", "hw4"), ("c", "hw5")])


def test_a_typo_never_changes_a_number():
    """A close (typo) match keeps the query's numbers, for any kind of name (exams, labs, people, policies)."""
    index = NameIndex([("e1", "Exam 1"), ("e2", "Exam 2"), ("lab3", "Lab 3"), ("quiz", "Quiz")])
    assert index.lookup("exam 12") == ("none", [])
    assert index.lookup("lab 30") == ("none", [])
    assert index.lookup("quiz 2") == ("none", [])
    assert index.lookup("exma 2") == ("close", ["e2"])
    assert index.lookup("lba 3") == ("close", ["lab3"])
    assert index.lookup("quzi") == ("close", ["quiz"])
