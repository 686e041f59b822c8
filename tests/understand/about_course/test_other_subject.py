"""Another course of the same field, named by a word of this course's name: never this course's item."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.about_course.other_subject import other_subject


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("when is the tort law exam", "tort law"),
        ("do you know when constitutional law tutorials are on", "constitutional law"),
        ("when is the contract law exam", None),  # this course's own name
        ("when is the law exam", None),
        ("i have my eu law exam at the same time as ours", None),  # a clash told about, asked of this course
        ("when is the next law essay due", None),  # a plain word
        ("when is the remedies law essay due", None),  # a word the page uses
        ("when is the tort exam", None),  # no word of the course's name: not searched
        ("are the tort lawyers' exams on", None),  # a longer word holding one: searched, and no subject
    ],
)
def test_another_subject_of_the_field_is_named(stat, sentence, other):
    course = replace(stat, name="Contract Law")
    assert other_subject(course, [sentence], holds=lambda word: word == "remedies") == other
