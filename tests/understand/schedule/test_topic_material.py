"""A topic's material asked for is that topic's row, over a rule holding the material's word
(bot.understand.schedule.topic_material)."""

from __future__ import annotations

import pytest

from bot.understand.schedule.topic_material import material_of_topic
from tests.understand.conftest import course_in

PAGE = "data/10-605-s24"


def _rows(title: str) -> tuple[int, ...]:
    course = course_in(PAGE)
    return tuple(i for i, r in enumerate(course.schedule) if r.title == title)


@pytest.mark.parametrize(
    ("slots", "taken"),
    [
        ({"_resource": "reading", "words": "pca", "rows": "Visualization: PCA"}, True),
        ({"_resource": "slides", "words": "pca", "rows": "Visualization: PCA"}, True),
        ({"_resource": "reading", "words": "", "rows": "Visualization: PCA"}, False),  # no topic named
        ({"_resource": None, "words": "pca", "rows": "Visualization: PCA"}, False),  # no material asked
        ({"_resource": "code", "words": "pca", "rows": "Visualization: PCA"}, False),  # the row lists none
    ],
)
def test_the_topic_is_taken_when_its_row_lists_the_material_asked(slots, taken):
    """ "the reading for the pca lecture": its row lists a reading; no material, no topic or none listed: not so."""
    found = {**slots, "rows": _rows(slots["rows"])}
    assert material_of_topic(course_in(PAGE), found) is taken
