"""The option readers: one date reader naming its option, a window that is not empty, sections by the course's own
matching, files and folders checked before work starts. Each refusal names the option and shows a value that
works, from the course's own data."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.cli.options import (
    existing_folder,
    input_file,
    new_folder,
    output_file,
    read_section,
    read_time,
    read_window,
    shown,
)
from bot.cli.usage import UsageError
from tests.conftest import NY, at, local


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-12T10:00", at("2024-02-12 10:00")),
        ("2024-02-12", at("2024-02-12 00:00")),
        ("2024-03-20T12:00-04:00", at("2024-03-20 12:00")),
        ("2024-02-12T15:00Z", at("2024-02-12 10:00")),
        (" 2024-11-03T01:30-05:00 ", dt.datetime(2024, 11, 3, 6, 30, tzinfo=dt.UTC)),  # the second 1:30, by offset
    ],
)
def test_read_time_reads_iso_8601_in_course_time(course, text, expected):
    """Without an offset it is course time; with one, that instant."""
    moment = read_time("--now", text, course)
    assert moment == expected
    assert moment.utcoffset() is not None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("yesterday", "'yesterday' is not an ISO 8601 date and time"),
        ("", "the value is empty"),
        ("2024-13-01", "(month must be in 1..12)"),
        ("2024-02-30", "(day is out of range for month)"),
        ("2024-02-12T10:00+99:00", "is not an ISO 8601 date and time"),
        ("0001-01-01T00:00+14:00", "is not between the years 1924 and 2124"),
        ("9999-12-31T23:59", "is not between the years"),
        ("2024-03-10T02:30", "does not exist in America/New_York"),
        ("2024-11-03T01:30", "happens twice in America/New_York"),
    ],
)
def test_read_time_refuses_naming_the_option_with_an_example(course, text, says):
    """Never Python's "Invalid isoformat string": the option, what is wrong, a value on the course's first day."""
    with pytest.raises(UsageError) as caught:
        read_time("--from", text, course)
    line = caught.value.line("coursebot plan")
    assert line.startswith("coursebot plan: --from: ")
    assert says in line
    assert "Invalid isoformat" not in line
    assert "; e.g. --from 20" in line


def test_read_time_examples_come_from_the_course(second_course):
    """The second course's example is its own first day, and its own zone decides the DST gap."""
    with pytest.raises(UsageError) as caught:
        read_time("--now", "soon", second_course)
    assert caught.value.example == f"--now {second_course.term_first.isoformat()}T10:00"
    gap = {"America/New_York": "2024-03-10T02:30", "America/Los_Angeles": "2024-03-10T02:30"}
    with pytest.raises(UsageError, match="does not exist"):
        read_time("--now", gap[second_course.tz.key], second_course)
    assert read_time("--now", "2024-10-14T09:00", second_course) == local(second_course, "2024-10-14 09:00")


def test_the_gap_example_is_the_time_the_clocks_jump_to(course):
    """2:30 on the spring-forward night: the example given is 3:30, which exists."""
    with pytest.raises(UsageError) as caught:
        read_time("--now", "2024-03-10T02:30", course)
    assert caught.value.example == "--now 2024-03-10T03:30"
    assert read_time("--now", "2024-03-10T03:30", course) == dt.datetime(2024, 3, 10, 3, 30, tzinfo=NY)


TERM = (at("2024-01-17 00:00"), at("2024-04-26 00:00"))


@pytest.mark.parametrize(
    ("start", "end", "option", "says"),
    [
        ("2024-04-01", "2024-03-01", "--from", "'2024-04-01' is not before --to '2024-03-01'"),
        ("2024-03-01", "2024-03-01", "--from", "is not before --to"),
        ("2025-01-01", None, "--from", "is not before the end of term (2024-04-26, the default --to)"),
        (None, "2023-01-01", "--to", "is not after the start of term (2024-01-17, the default --from)"),
    ],
)
def test_read_window_refuses_an_empty_window(course, start, end, option, says):
    """A window the wrong way round (or empty) is a mistake, not an empty answer."""
    with pytest.raises(UsageError) as caught:
        read_window(start, end, course, TERM)
    assert caught.value.option == option
    assert says in caught.value.problem
    assert caught.value.example


def test_read_window_fills_in_the_default():
    """Either end left out is the default's."""
    from bot.course.loader import load_course

    course = load_course()
    assert read_window(None, None, course, TERM) == TERM
    assert read_window("2024-03-01", None, course, TERM) == (at("2024-03-01 00:00"), TERM[1])


@pytest.mark.parametrize(("text", "expected"), [("10-405", "10-405"), ("10-605", "10-605"), (None, None)])
def test_read_section_in_the_courses_own_words(course, text, expected):
    assert read_section(course, text) == expected


def test_read_section_any_case_and_alias(second_course):
    """The second course's sections by id, name or alias, any case (the course's own matching)."""
    first = second_course.sections[0]
    assert read_section(second_course, first.id.lower()) == first.id
    assert read_section(second_course, f"Section {first.id.upper()}") == first.id


@pytest.mark.parametrize("text", ["foo", "10-999", "", "Section", "10-405 10-605"])
def test_read_section_refuses_an_unknown_section(any_course, text):
    """Every section listed, and an example that is one of them."""
    with pytest.raises(UsageError) as caught:
        read_section(any_course, text)
    ids = any_course.section_ids()
    assert caught.value.option == "--section"
    assert ", ".join(ids) in caught.value.problem
    assert caught.value.example == f"--section {ids[0]}"


def test_a_course_without_sections_says_so(course):
    """No list of nothing: the course has no sections, leave the option out."""
    import dataclasses

    bare = dataclasses.replace(course, sections=())
    with pytest.raises(UsageError, match="has no sections; leave --section out"):
        read_section(bare, "10-605")


def test_input_file(tmp_path):
    """An input must exist and be a file."""
    good = tmp_path / "grades.csv"
    good.write_text("x")
    assert input_file("--csv", str(good), "--csv grades.csv") == good
    for text, says in [(str(tmp_path / "nope.csv"), "no such file"), (str(tmp_path), "is a folder, not a file")]:
        with pytest.raises(UsageError, match=says):
            input_file("--csv", text, "--csv grades.csv")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "the value is empty"),
        ("bad\x00name", "cannot use the path"),
        ("n" * 5000, "cannot use the path"),
    ],
)
def test_a_path_the_system_cannot_look_up_is_a_usage_error(text, says):
    """Empty, a NUL byte, a name too long: said plainly, not an OSError or ValueError."""
    for reader in (input_file, output_file, existing_folder, new_folder):
        with pytest.raises(UsageError, match=says):
            reader("FILE", text, "e.g.")


def test_output_file(tmp_path):
    """An output's folder must exist (nothing is created) unless make_folders; a folder is not a file."""
    assert output_file("--out", str(tmp_path / "c.ics"), "x") == tmp_path / "c.ics"
    with pytest.raises(UsageError, match="no such folder: "):
        output_file("--out", str(tmp_path / "no" / "c.ics"), "x")
    with pytest.raises(UsageError, match="is a folder; name a file in it"):
        output_file("--out", str(tmp_path), "x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        output_file("OUT", str(tmp_path / "file" / "c.db"), "x", make_folders=True)
    assert output_file("OUT", str(tmp_path / "a" / "b" / "c.db"), "x", make_folders=True)
    assert not (tmp_path / "a").exists()


def test_folders(tmp_path):
    """existing_folder wants a folder; new_folder wants nothing there, or an empty folder."""
    (tmp_path / "file").write_text("x")
    assert existing_folder("--data", str(tmp_path), "x") == tmp_path
    with pytest.raises(UsageError, match="no such folder"):
        existing_folder("--data", str(tmp_path / "nope"), "x")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        existing_folder("--data", str(tmp_path / "file"), "x")
    assert new_folder("DIR", str(tmp_path / "new" / "deeper"), "x") == tmp_path / "new" / "deeper"
    with pytest.raises(UsageError, match="already exists and is not empty"):
        new_folder("DIR", str(tmp_path), "x")
    with pytest.raises(UsageError, match="is a file; name a new folder"):
        new_folder("DIR", str(tmp_path / "file"), "x")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        new_folder("DIR", str(tmp_path / "file" / "sub"), "x")


def test_shown_keeps_a_message_on_one_line():
    """A value with a newline or another control character is quoted with escapes."""
    assert shown("data/course") == "data/course"
    assert shown("a\nb") == "'a\\nb'"


def test_read_assignment_as_an_export_names_it(course):
    """An id, a Gradescope name, or an export's file name; anything else is refused before the export is read."""
    from bot.cli.options import read_assignment

    for text in ("hw3", "HW3 (Programming)", "HW_3_Programming_scores.csv"):
        assert read_assignment(course, text) == text
    assert read_assignment(course, None) is None
    with pytest.raises(UsageError) as caught:
        read_assignment(course, "nope")
    assert caught.value.option == "--assignment"
    assert "hw1, hw2, hw3" in caught.value.problem
    assert caught.value.example == "--assignment hw1"
