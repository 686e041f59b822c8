"""No course is written into the code: the string literals of bot/ and commands/ name none of 10-605's specifics.

Every word a student sees that belongs to one course (its forum, its submission site, its staff titles, its late
rule, "during class", its section names) comes from the course data. Module docstrings are not scanned (nobody
sees them); command docstrings are (they are the commands' descriptions).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.course.loader import load_course
from bot.discord_app.catalog import load_catalog
from tests.conftest import BUNDLED_COURSES, REPO

WORDS = (
    "piazza",
    "gradescope",
    "head ta",
    "during class",
    "both sections",
    "10-605",
    "10-405",
    "grace day",
    "recitation",
    "few weeks before",
    "early exam",
    "written permission",
    "any lateness counts as a whole day",
)
# (file, word): why it may stay.
ALLOWED = {
    ("bot/course/format1.py", "grace day"): "format 1 had no words of its own: its pool was named this",
    ("bot/course/format1.py", "recitation"): "format 1's fixed class-kind ids",
    ("bot/course/loader.py", "10-605"): "the bundled default course's folder name (data/10-605-s24)",
    ("bot/grace/gradescope.py", "gradescope"): "the export format's own name (its column names)",
    ("commands/gracedays.py", "gradescope"): "names the CSV export format staff upload",
}
# GENERIC student vocabulary: the words students of any course use for a late pool, staff roles and a forum
# ("grace days", "head TA", "piazza") may be listed in bot/understand/words/vocabulary.py, only inside its GENERIC_*
# tuples, so that a student's word maps to the course's own thing; answers show the course's own words.
GENERIC_VOCABULARY = ("bot/understand/words/vocabulary.py", "GENERIC_")
_PATTERNS = {word: re.compile(rf"(?<![\w-]){re.escape(word)}", re.IGNORECASE) for word in WORDS}


def _generic_lines(tree: ast.Module) -> set[int]:
    """The lines of the module's GENERIC_* assignments (the allowed generic student vocabulary)."""
    lines: set[int] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.startswith(GENERIC_VOCABULARY[1]) for t in node.targets
        ):
            lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    skip: set[int] = set()
    generic = _generic_lines(tree) if str(path.relative_to(REPO)) == GENERIC_VOCABULARY[0] else set()
    if tree.body and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant):
        skip.add(id(tree.body[0].value))  # the module docstring
    if not str(path.relative_to(REPO)).startswith("commands"):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    skip.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and node.lineno not in generic
    ]


FILES = sorted(p for root in ("bot", "commands") for p in (REPO / root).rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(REPO)) for p in FILES])
def test_no_course_specific_words_in_code(path):
    """User-visible text names no course: 10-605's forum, site, staff titles, rules and sections come from data."""
    name = str(path.relative_to(REPO))
    found = [
        f"line {line}: {word!r} in {value[:80]!r}"
        for line, value in _literals(path)
        for word, pattern in _PATTERNS.items()
        if pattern.search(value) and (name, word) not in ALLOWED
    ]
    assert found == []


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The scan is not vacuous: a literal naming the forum is caught, a module docstring is not."""
    sample = REPO / "bot" / "_scan_probe.py"
    sample.write_text('"""Piazza in a docstring is fine."""\nMESSAGE = "Ask on Piazza during class"\n')
    try:
        words = [w for _, v in _literals(sample) for w, p in _PATTERNS.items() if p.search(v)]
    finally:
        sample.unlink()
    assert sorted(words) == ["during class", "piazza"]


def _bundled_names() -> set[str]:
    """What only one course says: its code and numbers, section ids, numbered assignments, platform names."""
    names: set[str] = set()
    for folder in BUNDLED_COURSES.values():
        course = load_course(folder)
        names |= {course.code, *course.numbers, *(s.id for s in course.sections), *(p.name for p in course.platforms)}
        names |= {a.short for a in course.assignments if any(c.isdigit() for c in a.short)}
    return names


def test_no_command_text_gives_one_courses_examples():
    """Descriptions of commands and options, and choice labels, use no course's examples ("e.g. 10-605", "HW3")."""
    names = _bundled_names()
    catalog = load_catalog()
    shown = [(spec.qualified_name, spec.description) for spec in catalog]
    for spec in catalog:
        for option in spec.options:
            where = f"{spec.qualified_name} {option.name}"
            shown += [(where, option.description), *((where, c.name) for c in option.choices or ())]
    found = [
        f"{where}: {name!r} in {value!r}"
        for where, value in shown
        for name in names
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", value, re.IGNORECASE)
        and (where, name) != ("gracedays import file", "Gradescope")  # the export format's own name
    ]
    assert found == []


def test_only_the_generic_tuples_are_allowed():
    """The generic-vocabulary allowance covers GENERIC_* assignments only: the same word elsewhere is caught."""
    tree = ast.parse('GENERIC_FORUM = (\n    "piazza",\n)\nMESSAGE = "Ask on Piazza"\n')
    assert _generic_lines(tree) == {1, 2, 3}
