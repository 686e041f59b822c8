"""A rule asked for by its name is the one policy whose own words (title, then keywords, then text) hold the name."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest

from bot.understand.policies import named_rule as named_rule_module
from bot.understand.policies.named_rule import (
    RuleName,
    named_rule,
    named_rule_sentence,
    named_rule_words,
    policy_named,
    rule_name,
)
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
GEO = "tests/fixtures/courses/geo-2210-s25"
STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"
MISSING = "Not on the course page"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("pls explain the calculator rule", ("calculator",)),
        ("whats the word limit policy", ("word", "limit")),
        ("can you tell me about the helmet rule", ("helmet",)),
        ("i'm confused about the study group policy", ("study", "group")),
        ("is there a rule on calculators", ()),  # asked whether there is one, not a rule asked for by its name
        ("what rules apply to the final", ()),
    ],
)
def test_the_words_naming_the_rule(question, words):
    """The one to three words before "rule", "pledge" or "policy" after an asking verb name the rule."""
    assert named_rule_words(question) == words


@pytest.mark.parametrize(
    ("folder", "question", "policy"),
    [
        (CHEM, "pls explain the calculator rule", "exams"),  # the exams policy keyword, not the AI card
        (GEO, "can you explain the helmet rule", "field-safety"),  # in the policy's own text
        (GEO, "whats the glacier policy", "excursion"),
        (STAT, "explain the writeup rule", "collaboration"),  # "write up" in its text is the one word
        (HIST, "whats the word limit policy", "word-limits"),  # its title
        (STAT, "explain the parking rule", None),  # no policy holds it: left to the rest of the engine
    ],
)
def test_the_policy_holding_the_name(folder, question, policy):
    """Title first, then keywords, then the policy's own text; None where no policy (or several) holds the name."""
    assert named_rule(course_in(folder), question) == policy


@pytest.mark.parametrize(
    ("folder", "question", "policy"),
    [
        (CHEM, "what is the calculator rule", "exams"),
        (HIST, "tell me about the word limit policy", "word-limits"),
        (STAT, "what does the parking rule say", None),
    ],
)
def test_a_name_read_once_names_the_same_policy(folder, question, policy):
    """A rule's name read once (rule_name) and looked up (policy_named) chooses the policy named_rule chooses."""
    course = course_in(folder)
    name = rule_name(question)
    assert name is not None
    assert policy_named(course, name) == named_rule(course, question) == policy


def test_the_sentence_holding_the_name_when_the_title_does_not():
    """ "the calculator rule" of a policy titled "Exams" is shown by its sentence on calculators; a title naming it
    needs none."""
    chem = course_in(CHEM)
    assert "calculator" in named_rule_sentence(chem, "exams", "explain the calculator rule")
    assert named_rule_sentence(chem, "exams", "explain the exams policy") == ""


@pytest.mark.parametrize(
    ("folder", "question", "now", "title", "said"),
    [
        (CHEM, "pls explain the calculator rule", "2026-02-10 12:00", "Exams", "non-graphing scientific calculator"),
        (GEO, "explain the helmet rule", "2025-05-10 12:00", "Field safety", "helmets are provided"),
        (STAT, "explain the writeup rule", "2024-10-09 10:00", "Collaboration", "write up your own solutions"),
        # a name no text of the course holds: said to be missing, never another policy's card
        ("data/10-605-s24", "can u explain the laptop policy", "2024-02-12 10:00", MISSING, "says nothing about"),
        (GEO, "whats the dog policy", "2025-05-10 12:00", MISSING, "says nothing about a dog policy"),
    ],
)
def test_a_named_rule_is_answered_by_its_policy(folder, question, now, title, said):
    """The student sees the policy holding the rule's name, its sentence on it first, never a policy sharing "explain"
    nor a refusal to teach the subject; a name the page never uses is said not to be on it."""
    result, text_ = reply(course_in(folder), question, now)
    assert result.answer.title == title, text_
    assert said in text_


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("explain the 3 day rule", ("3", "day")),
        ("whats the 48-hour rule", ("48", "hour")),
        ("what is the 24hr policy", ("24", "hour")),
        ("explain the two day rule", ("2", "day")),  # a count in words is the count
        ("explain the 3 rule", ()),  # a bare number never names a rule
        ("whats the honor code", ("honor",)),  # "code", "agreement" ... name rules on any course
        ("explain the group agreement", ("group",)),
    ],
)
def test_a_count_names_a_rule_only_with_its_unit(question, words):
    """A rule named by a count keeps its unit; a number alone names nothing."""
    assert named_rule_words(question) == words


@pytest.mark.parametrize(
    ("folder", "question", "policy"),
    [
        (STAT, "whats the 48 hour rule", "late-work"),  # "up to 48 hours"
        (STAT, "explain the 2 hour rule", None),  # "2% per hour" is not two hours
        ("data/10-605-s24", "explain the five day rule", "extensions"),  # "at least 5 days before"
        ("data/10-605-s24", "explain the 4 day rule", "grace-days"),  # "4 total grace days"
        ("data/10-605-s24", "explain the 10 day rule", None),
        (CHEM, "what is the 48-hour rule", "labs"),  # "48 hours ahead"
    ],
)
def test_a_counted_name_is_the_count_with_its_unit(folder, question, policy):
    """A policy holds a counted name only where the count stands with its unit, never a bare number elsewhere."""
    assert named_rule(course_in(folder), question) == policy


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        (STAT, "can you explain the 3 day rule", "2024-10-09 10:00"),
        ("data/10-605-s24", "whats the 10 day rule", "2024-02-12 10:00"),
    ],
)
def test_a_count_no_rule_holds_is_said_to_be_missing(folder, question, now):
    """A rule named by a count no rule of the course states is said not to be on the page, never a policy holding
    the bare number."""
    result, text_ = reply(course_in(folder), question, now)
    assert result.answer.title == MISSING, text_
    assert "says nothing about a" in text_, text_
    assert " day rule" in text_, text_


def test_the_sentence_holding_a_count_is_whole_past_titles_and_abbreviations():
    """The sentence quoted for "the 48 hour rule" is cut by the shared splitter: never at "Dr." or "e.g."."""
    chem = course_in(CHEM)
    said = "Email Dr. Okafor at least 48 hours before the deadline (e.g. for a conference trip). Late work loses 10%."
    policies = tuple(replace(p, quote=said) if p.id == "late-work" else p for p in chem.policies)
    course = replace(chem, policies=policies)
    assert named_rule_sentence(course, "late-work", "whats the 48 hour rule") == (
        "Email Dr. Okafor at least 48 hours before the deadline (e.g. for a conference trip)."
    )


def _every_name(course) -> list[RuleName]:
    """Names of every kind for a course: counts spelled each way a page may start them with each unit, each word of its
    policies' titles and keywords, alone, in pairs and with a count, and a made-up word."""
    numbers = (*range(25), 40, 44, 48, 50, 72, 99, 120)
    counts = [(str(n), u) for n in numbers for u in named_rule_module._UNITS] + [("02", "day")]
    words = sorted({w for p in course.policies for w in named_rule_module._stems(f"{p.title} {' '.join(p.keywords)}")})
    names = [RuleName((), (c,), "rule") for c in counts]
    names += [RuleName((w,), (), "rule") for w in [*words, "zzyzx"]]
    names += [RuleName((w, v), (), "policy") for w, v in list(pairwise(words))[:40]]
    names += [RuleName((w,), (("2", "day"),), "rule") for w in words[:20]]
    names.append(RuleName(("dress",), (), "code", "dress code"))
    return names


@pytest.mark.parametrize("folder", [CHEM, STAT, "data/10-605-s24"])
def test_the_kept_index_finds_what_reading_every_policy_finds(folder):
    """Looking a name up among the policies that can hold it finds exactly the policies that do, in order, at
    every level, on every course (the index only spares reading the others)."""
    course = course_in(folder)
    levels = named_rule_module._levels(course)
    for name in _every_name(course):
        for level in (levels.titles, levels.keywords, levels.texts):
            every = [pid for pid, stems, said in level.entries if named_rule_module._holds_name(name, stems, said)]
            assert level.holding(name) == every, name
            assert level.holding(name, 2) == every[:2], name
        for n, u in name.counts:
            pattern = named_rule_module._count_said(n, u)
            every = {i for i, (_, _, said) in enumerate(levels.texts.entries) if pattern.search(said)}
            assert every <= levels.texts.counted(n), (n, u)


@pytest.mark.parametrize(
    ("said", "counts"),
    [
        ("late work: two (2) days, then 48-hour cutoff", {"2", "48"}),
        ("a forty-eight hour window", {"8", *(str(n) for n in range(40, 50))}),  # "forty" starts each of 40-49
        ("fourteen days", {"4"}),  # a count read from the start of a longer word, as the page pattern reads it
        ("version 1.5 days", {"1"}),  # "5" follows a dot: no count starts there
        ("hw2 is 10% off", {"10"}),
    ],
)
def test_where_a_count_can_start(said, counts):
    """The counts whose start a text holds (digits as written, a spelled number at the start of a word)."""
    level = named_rule_module._Level.of((("p", frozenset(), said),))
    assert {str(n) for n in range(100) if level.counted(str(n))} == counts


@pytest.mark.parametrize(
    ("said", "number", "unit", "found"),
    [
        ("late work: two (2) days after", "2", "day", "two (2) days"),
        ("2 days", "2", "day", "2 days"),  # at the very start
        ("a 48-hour window", "48", "hour", "48-hour"),
        ("a forty-eight hour window", "48", "hour", "forty-eight hour"),
        ("4 total grace days", "4", "day", "4 total grace days"),
        ("x2 days", "2", "day", None),  # inside a word
        ("version 1.2 days", "2", "day", None),  # after a dot
        ("12 days", "2", "day", None),
        ("10% per day", "10", "day", None),
    ],
)
def test_a_count_as_the_page_writes_it(said, number, unit, found):
    match = named_rule_module._count_said(number, unit).search(said)
    assert (match.group(0) if match else None) == found
