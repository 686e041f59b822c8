"""What staff see after a grades import: refusals listed, the warning first, what changed."""

from __future__ import annotations

from bot.answers.grade_import import (
    SHOWN_PROBLEMS,
    import_done_answer,
    import_problems_answer,
    import_would_move_answer,
)
from bot.core.render_text import answer_text
from bot.grace.gradescope import GradescopeError
from bot.store.grace_records import ImportResult, ImportWouldMove


def _said(answer, course) -> str:
    return answer_text(answer, course.tz, None)


def test_problems_are_listed_up_to_a_limit(course):
    """A file with many problems lists the first of them and how many more; nothing was imported."""
    answer = import_problems_answer(GradescopeError([f"row {i}: no email" for i in range(SHOWN_PROBLEMS + 3)]))
    said = _said(answer, course)
    assert answer.kind == "error"
    assert answer.ephemeral
    assert f"row {SHOWN_PROBLEMS - 1}: no email" in said
    assert f"row {SHOWN_PROBLEMS}: no email" not in said
    assert "… and 3 more." in said


def test_a_done_import_opens_with_the_filename_warning_and_counts_what_changed(course):
    result = ImportResult(students=12, assignments=("hw3",), changed=4, unmapped=("Bonus",), duplicate=False)
    said = _said(import_done_answer(result, "The file's name says HW4."), course)
    assert said.index("The file's name says HW4.") < said.index("12 students, assignments: hw3.")
    assert "4 records changed." in said
    assert "Bonus" in said
    same = ImportResult(students=12, assignments=(), changed=0, unmapped=(), duplicate=True)
    said = _said(import_done_answer(same, None), course)
    assert "Same file as before: nothing changed." in said
    assert "assignments: none." in said


def test_a_file_imported_before_as_another_assignment_says_how_to_move_it(course):
    answer = import_would_move_answer(ImportWouldMove([], (("hw3", ""),)), "The file's name says HW4.")
    said = _said(answer, course)
    assert answer.kind == "error"
    assert "move:True" in said
    assert "The file's name says HW4." in said
