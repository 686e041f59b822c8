from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    "question",
    [
        "can my buddy click in for me on iclicker",
        "is it ok if my roommate answers my iclicker for me",
        "could a classmate click in for me on iclicker",
    ],
)
def test_a_named_other_student_is_someone_else(question):
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, question, "2026-03-04 14:00")
    assert first_line(said).startswith("No"), said
    assert "misconduct" in said
