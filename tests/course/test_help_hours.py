"""What a course calls office hours comes from staff.toml's [help_hours] (or the word its [synonyms] give for
"office hours"): read as written, checked by field, office hours when the course says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.model import OFFICE_HOURS, HelpHours
from bot.course.parse_help_hours import help_hours_from_synonyms


def _with(folder: Path, file: str, extra: str) -> Path:
    path = folder / file
    path.write_text(extra + "\n" + path.read_text() if file == "staff.toml" else path.read_text() + "\n" + extra)
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_a_course_that_says_nothing_has_office_hours(course, second_course):
    """Both bundled courses call them office hours: the default, in titles and in text."""
    assert course.help_hours == OFFICE_HOURS == second_course.help_hours
    assert (OFFICE_HOURS.plural, OFFICE_HOURS.in_text) == ("Office hours", "office hours")


def test_the_table_is_read_as_written(data_copy):
    """name, plural and aliases as the course writes them; the plural defaults to the name with an s."""
    table = '[help_hours]\nname = "Consultation"\naliases = ["consult", "consults"]\n'
    hours = load_course(_with(data_copy, "staff.toml", table)).help_hours
    assert hours == HelpHours("Consultation", "Consultations", ("consult", "consults"))
    assert (hours.in_text, hours.one_in_text) == ("consultations", "consultation")


@pytest.mark.parametrize(
    ("name", "plural"),
    [("Office hours", "Office hours"), ("Student hours", "Student hours"), ("Drop-in class", "Drop-in classes")],
)
def test_a_name_already_plural_keeps_its_plural(data_copy, name, plural):
    """A page calling them "Office hours" with no plural gets "Office hours" in titles, never "Office hourss"."""
    hours = load_course(_with(data_copy, "staff.toml", f'[help_hours]\nname = "{name}"\n')).help_hours
    assert hours.plural == plural


def test_an_acronym_keeps_its_capitals_in_text():
    assert HelpHours("TA hour", "TA hours").in_text == "TA hours"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('[help_hours]\nname = ""\n', "field 'name': is empty"),
        ('[help_hours]\nplural = "Drop-ins"\n', "field 'name': is missing"),
        ('[help_hours]\nname = "Drop-in"\nwords = ["x"]\n', "field 'words': unknown field"),
        ('[help_hours]\nname = "Drop-in"\naliases = "x"\n', "field 'aliases': expected a list of text"),
    ],
)
def test_a_bad_table_is_refused_by_field(data_copy, table, expected):
    problems = _problems(_with(data_copy, "staff.toml", table))
    assert any("staff.toml" in p and "[help_hours]" in p and expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("synonyms", "name", "plural"),
    [
        ({"office hours": "consultation"}, "Consultation", "Consultations"),
        ({"office hour": "drop-in session"}, "Drop-in session", "Drop-in sessions"),
        ({"office hours": "student hours"}, "Student hour", "Student hours"),
        ({"oh": "consultation"}, "Office hour", "Office hours"),
        ({"office hours": "office hours"}, "Office hour", "Office hours"),
    ],
)
def test_without_the_table_the_synonyms_name_them(synonyms, name, plural):
    """A course whose [synonyms] say "office hours" = X calls them X; other synonyms say nothing of it."""
    hours = help_hours_from_synonyms(synonyms)
    assert (hours.name, hours.plural) == (name, plural)


def test_the_table_wins_over_the_synonyms(data_copy):
    _with(data_copy, "course.toml", "")
    text = (data_copy / "course.toml").read_text()
    (data_copy / "course.toml").write_text(text.replace("[synonyms]\n", '[synonyms]\n"office hours" = "surgery"\n'))
    assert load_course(data_copy).help_hours.name == "Surgery"
    _with(data_copy, "staff.toml", '[help_hours]\nname = "Consultation"\n')
    assert load_course(data_copy).help_hours.name == "Consultation"
