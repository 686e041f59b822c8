"""Whether an exam is only one thing (bot.understand.exams.exam_only): No with its rule when that rule lists more."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_only import only_verdict
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
GEO = "tests/fixtures/courses/geo-2210-s25"
MAP_PARTS = "The map test has a blank map to label, ten place names to locate, and a short sketch of a river basin."
PARTS = (
    "The oral has a prepared reading, an unseen passage to translate, and a short conversation.",
    "Bring a pen.",
)


def _exam(rules):
    return replace(course_in(CHEM).exams[0], rules=rules)


@pytest.mark.parametrize(
    ("rules", "question", "said"),
    [
        (PARTS, "is it just translating an unseen passage", PARTS[0]),
        (PARTS, "is the midterm only a conversation", PARTS[0]),
        (PARTS, "will it be purely a prepared reading?", PARTS[0]),
        (PARTS, "is it just a pen", None),  # the rule names nothing else: no No on the page's silence
        (PARTS, "is it just sight singing", None),  # no rule names it
        (PARTS, "what is on the midterm", None),  # not asked as "only"
        (("Multiple choice questions.",), "is it only multiple choice", None),  # one thing, listed alone
    ],
)
def test_only_one_thing(rules, question, said):
    """No, quoting the one rule that names the thing asked among others; nothing otherwise."""
    found = only_verdict(_exam(rules), question)
    assert (found is None) == (said is None)
    if said is not None:
        assert found == (False, f"“{said.rstrip('.')}.”")


@pytest.mark.parametrize(
    "question",
    ["whats in the map test, is it just a blank map", "is the map test just sketching a river basin?"],
)
def test_the_engine_answers_no_with_the_rule(question):
    """Asked of a course whose exam's rule lists its parts: No first, quoting every part."""
    geo = course_in(GEO)
    listed = replace(geo.exams[0], rules=(MAP_PARTS,))
    _, said = reply(replace(geo, exams=(listed, *geo.exams[1:])), question, "2025-05-01 10:00")
    assert first_line(said) == f"No: “{MAP_PARTS}”"
