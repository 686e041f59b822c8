"""A course's words, built once: assignment names by canonical key, names, periods, typo repair."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.lexicon import Lexicon, canon_key
from bot.understand.normalize import phrase_key
from tests.conftest import REPO


@pytest.fixture(scope="module")
def lexicon(course):
    return Lexicon(course)


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("hw3", ("hw3",)),
        ("homework 3", ("hw3",)),
        ("homework three", ("hw3",)),
        ("hw 4 part b", ("hw4b",)),
        ("hw4b", ("hw4b",)),
        ("hw4", ("hw4a", "hw4b")),
        ("mini project", ("miniproject",)),
        ("mini project survey", ("miniproject-survey",)),
    ],
)
def test_assignment_names_by_canonical_key(lexicon, typed, ids):
    """Every way of naming an assignment reaches it; a group name reaches all its parts."""
    assert lexicon.assignment_keys[canon_key(phrase_key(typed))] == ids


def test_numbered_kinds_are_known(lexicon):
    """'hw' numbers assignments, so 'hw9' is an assignment that does not exist rather than a word."""
    assert "hw" in lexicon.numbered_prefixes


@pytest.mark.parametrize(
    ("typo", "fixed"),
    [
        ("ofice", "office"),
        ("deadlin", "deadline"),
        ("lecutre", "lecture"),
        ("recitaiton", "recitation"),
        ("fianl", "final"),
        ("reinforcment", "reinforcement"),
        ("katies", "katie"),
    ],
)
def test_typos_are_repaired_against_the_course_vocabulary(lexicon, typo, fixed):
    """One slip (two in long words), a swapped pair counting as one."""
    assert lexicon.correct(typo) == fixed


@pytest.mark.parametrize("word", ["grade", "gates", "banana", "pittsburgh", "weather", "office", "hw3"])
def test_known_or_unlike_words_are_left_alone(lexicon, word):
    """'grade' is not 'grace', 'gates' is not 'dates': known words and words close to nothing stay."""
    assert lexicon.correct(word) is None


def test_periods_come_from_the_schedule(lexicon):
    """Spring Break is one period over its three days, named by its title."""
    (period,) = [p for p in lexicon.periods.values() if p.name == "Spring Break"]
    assert (period.first.isoformat(), period.last.isoformat()) == ("2024-03-04", "2024-03-08")
    assert any(t.kind == "period" for t in lexicon.phrases[("spring", "break")])


def test_names_that_are_ordinary_words_are_marked():
    """A TA called Will, an instructor called Grace: only 'will' needs capitals to count as a name."""
    other = Lexicon(load_course(REPO / "tests" / "fixtures" / "courses" / "ling-101-f25"))
    assert "will" in other.plain_names
    assert "grace" in other.cue_names
