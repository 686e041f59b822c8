"""policies.toml [grade_scale]: the grades, pass mark, hurdles, curve and rounding, read and refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.model import Rounding
from tests.conftest import FIXTURES

GEO = FIXTURES / "courses" / "geo-2210-s25"
BANDS = 'bands = [{ grade = "A", from = 90 }, { grade = "B", from = 80 }, { grade = "F", from = 0 }]\n'


def _with_scale(folder: Path, scale: str) -> Path:
    path = folder / "policies.toml"
    path.write_text(path.read_text() + "\n[grade_scale]\n" + scale + "\n")
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_the_stat_scale_is_read_best_to_worst(second_course):
    scale = second_course.grade_scale
    assert [b.grade for b in scale.bands][:3] == ["A", "A-", "B+"]
    assert (scale.pass_grade, scale.pass_mark, scale.hurdles, scale.curve, scale.rounding) == ("D", 60, (), None, None)
    b_plus = scale.band("b+")
    assert (b_plus.lowest, scale.upper(b_plus)) == (87, 90)
    assert scale.grade_of(79).grade == "C+"


def test_the_geo_scale_has_hurdles_no_curve_and_rounding():
    scale = load_course(GEO).grade_scale
    klausur, sheets = scale.hurdles
    assert (klausur.exams, klausur.minimum, sheets.minimum, sheets.ids[0]) == (("klausur",), 50, None, "sheet1")
    assert "resit in October" in klausur.missed
    assert sheets.missed == ""
    assert (scale.curve, scale.pass_grade, scale.rounding.step) == (False, "4.0", 1)


def test_a_band_is_found_by_its_grade_or_its_names(data_copy):
    bands = 'bands = [{ grade = "HD", from = 85, names = ["High Distinction"] }, { grade = "N", from = 0 }]\n'
    _with_scale(data_copy, bands + 'quote = "x"')
    scale = load_course(data_copy).grade_scale
    assert scale.band("high distinction") == scale.band("hd") == scale.bands[0]
    assert scale.band("distinction") is None


def test_a_course_without_the_table_has_no_scale(data_copy):
    assert load_course(data_copy).grade_scale is None


def test_a_number_pass_mark_on_a_ten_point_scale(data_copy):
    scale = 'out_of = 10\nbetter = "higher"\npass = 5.5\nhurdles = "none"\ncurve = "no"\nquote = "5.5 passes."'
    _with_scale(data_copy, scale)
    scale = load_course(data_copy).grade_scale
    assert (scale.bands, scale.out_of, scale.pass_mark, scale.pass_grade, scale.percent) == ((), 10, 5.5, "", False)


@pytest.mark.parametrize(
    ("better", "lower", "passes"),
    [
        ('better = "lower"\n', True, (True, False)),
        ('better = "higher"\n', False, (False, True)),
        ("", False, (False, False)),
    ],
)
def test_which_way_a_mark_runs_is_read(data_copy, better, lower, passes):
    """`better` says whether a lower mark is better; a percentage scale needs no word on it."""
    out_of = "out_of = 5\n" if better else ""
    _with_scale(data_copy, f'{out_of}{better}pass = {4.0 if better else 50}\nhurdles = "none"\nquote = "x"')
    scale = load_course(data_copy).grade_scale
    assert scale.lower_better is lower
    assert (scale.passes(1.3), scale.passes(4.7)) == passes


@pytest.mark.parametrize(
    ("score", "step", "direction", "expected"),
    [
        (89.5, 1, "nearest", 90),
        (89.4, 1, "nearest", 89),
        (5.45, 0.5, "nearest", 5.5),
        (5.2, 0.5, "up", 5.5),
        (89.9, 1, "down", 89),
        (90, 1, "up", 90),
        (5.24, 0.5, "nearest", 5.0),
    ],
)
def test_rounding_applies_its_step_and_direction(score, step, direction, expected):
    assert Rounding(step, direction).applied(score) == expected


@pytest.mark.parametrize(
    ("scale", "expected"),
    [
        ('pass = "A"\nquote = "x"', ["[grade_scale]", "'bands'", "give the grades"]),
        (BANDS + 'pass = "C"\nquote = "x"', ["'pass'", "'C' is not one of the `bands` grades"]),
        (BANDS + 'pass = 120\nquote = "x"', ["'pass'", "at most 100"]),
        (BANDS + 'pass = "B"', ["'quote'", "quote the page's words"]),
        (BANDS + 'curve = "maybe"\nquote = "x"', ["'curve'", "unknown value 'maybe'"]),
        (BANDS + 'rounding = "often"\nquote = "x"', ["'rounding'", 'expected "unknown" or a table']),
        (BANDS + 'rounding = { step = 0, direction = "nearest" }\nquote = "x"', ["rounding, field 'step'", "above 0"]),
        (BANDS + 'rounding = { step = 1, direction = "sideways" }\nquote = "x"', ["rounding, field 'direction'"]),
        ("out_of = -5\n" + BANDS + 'quote = "x"', ["'out_of'", "above 0"]),
        (BANDS + 'hurdles = "some"\nquote = "x"', ["'hurdles'", "unknown value 'some'"]),
        (BANDS + 'quote = "x"\nletters = true', ["'letters'", "unknown field"]),
        ('out_of = 5\npass = 4.0\nquote = "x"', ["'better'", "say which way they run", 'better = "lower"']),
        (BANDS + 'better = "lower"\nquote = "x"', ["'better'", "for a scale without bands"]),
        ('out_of = 5\nbetter = "down"\npass = 4.0\nquote = "x"', ["'better'", "unknown value 'down'"]),
    ],
)
def test_a_bad_scale_is_refused_naming_the_file_table_and_field(data_copy, scale, expected):
    _with_scale(data_copy, scale)
    problems = _problems(data_copy)
    hit = [p for p in problems if p.startswith("policies.toml: [grade_scale]")]
    assert any(all(part in p for part in expected) for p in hit), problems


@pytest.mark.parametrize(
    ("bands", "expected"),
    [
        ('bands = [{ grade = "A", from = 90 }, { grade = "B", from = 95 }]', ["band 'B', field 'from'", "to worst"]),
        ('bands = [{ grade = "A", from = 90 }, { grade = "a", from = 80 }]', ["band 'a', field 'grade'", "twice"]),
        ('bands = [{ grade = "A", from = 190 }]', ["band 'A', field 'from'", "between 0 and 100"]),
        ('bands = [{ grade = "A" }]', ["band 'A', field 'from'", "is missing"]),
        ('bands = [{ grade = "A", from = 90, to = 100 }]', ["band 'A', field 'to'", "unknown field"]),
    ],
)
def test_a_bad_band_is_refused_by_its_grade(data_copy, bands, expected):
    _with_scale(data_copy, bands + '\nquote = "x"')
    problems = _problems(data_copy)
    assert any(all(part in p for part in expected) for p in problems), problems


@pytest.mark.parametrize(
    ("hurdle", "expected"),
    [
        ('exams = ["final"]\nminimum = 40\nmissed = "x"', ["hurdle 'exam'", "'exams'", "no exam has the id 'final'"]),
        ('ids = ["hw9"]\nsubmit = true\nmissed = "x"', ["'ids'", "no assignment has the id 'hw9'"]),
        ('kinds = ["essay"]\nsubmit = true\nmissed = "x"', ["'kinds'", "no assignment has the kind 'essay'"]),
        ('exams = ["exam1"]\nmissed = "x"', ["'minimum'", "give either `minimum`"]),
        ('exams = ["exam1"]\nminimum = 40\nsubmit = true\nmissed = "x"', ["'minimum'", "give either"]),
        ('exams = ["exam1"]\nminimum = 140\nmissed = "x"', ["'minimum'", "at most 100"]),
        ('exams = ["exam1"]\nminimum = 40', ["'missed'", "say what happens"]),
    ],
)
def test_a_bad_hurdle_is_refused_by_its_name(data_copy, hurdle, expected):
    path = data_copy / "policies.toml"
    text = "\n[grade_scale]\n" + BANDS + 'quote = "x"\n\n[[grade_scale.hurdle]]\nname = "exam"\n' + hurdle + "\n"
    path.write_text(path.read_text() + text)
    problems = _problems(data_copy)
    hit = [p for p in problems if p.startswith("policies.toml: [grade_scale] hurdle 'exam'")]
    assert any(all(part in p for part in expected) for p in hit), problems


def test_hurdles_none_with_hurdle_tables_is_refused(data_copy):
    path = data_copy / "policies.toml"
    hurdle = '\n[[grade_scale.hurdle]]\nname = "hw"\nkinds = ["homework"]\nsubmit = true\nmissed = "unknown"\n'
    path.write_text(path.read_text() + "\n[grade_scale]\n" + BANDS + 'hurdles = "none"\nquote = "x"\n' + hurdle)
    assert any("'hurdles'" in p and "not both" in p for p in _problems(data_copy))


def test_the_templates_commented_scale_loads_once_uncommented(tmp_path):
    """`coursebot new-course` shows [grade_scale] and a hurdle commented out; uncommented, they are valid."""
    from bot.course.template import write_template

    folder = tmp_path / "new"
    write_template(folder)
    lines, on = [], False
    for line in (folder / "policies.toml").read_text().split("\n"):
        on = on or line.startswith("# [grade_scale]")
        if on and line.startswith("# ") and not line.startswith("# ("):
            line = line[2:]
        elif on:
            on = False
        lines.append(line)
    (folder / "policies.toml").write_text("\n".join(lines))
    scale = load_course(folder).grade_scale
    assert (scale.pass_grade, scale.curve, scale.hurdles[0].exams) == ("C", False, ("midterm",))
