"""`coursebot check` refuses a time the clocks skip (the spring-forward night) wherever the data holds one: an
office-hours change, weekly office hours, a class meeting and a meeting change, as it does for due times and exams;
each with the file, the item, the field and the time to use instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import BUNDLED_DATA, FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"  # America/Chicago: the clocks jump on Sun Mar 8, 2026

GAPS = [
    (
        BUNDLED_DATA,
        "staff.toml",
        '[[office_hours_change]]\nperson = "li-chen"\nkind = "extra"\ndate = 2024-03-10\n'
        "start = 02:15:00\nend = 02:45:00\n",
        ["staff.toml", "office_hours_change #", "start", "2024-03-10 02:15 does not exist", "Use 3:15 AM"],
    ),
    (
        BUNDLED_DATA,
        "staff.toml",
        '[[person]]\nid = "night-owl"\nname = "Night Owl"\nrole = "ta"\n[[person.office_hours]]\n'
        'weekday = "sunday"\nstart = 02:30:00\nend = 04:00:00\n',
        ["person 'night-owl' office_hours #1", "start", "2024-03-10 02:30 does not exist", "Use 3:30 AM"],
    ),
    (
        CHEM,
        "staff.toml",
        '[[office_hours_change]]\nperson = "dana-okafor"\nkind = "move"\nfirst = 2026-03-07\nlast = 2026-03-09\n'
        "start = 01:00:00\nend = 02:20:00\n",
        ["staff.toml", "office_hours_change #", "end", "2026-03-08 02:20 does not exist"],
    ),
    (
        CHEM,
        "meetings.toml",
        '[[change]]\nmeeting = "lecture"\nkind = "extra"\ndate = 2026-03-08\nstart = 02:30:00\nend = 03:30:00\n',
        ["meetings.toml", "change #", "start", "2026-03-08 02:30 does not exist"],
    ),
    (
        CHEM,
        "meetings.toml",
        '[[meeting]]\nid = "night-lab"\nkind = "lab"\ndays = ["sunday"]\nstart = 02:00:00\nend = 02:50:00\n',
        ["meetings.toml", "meeting 'night-lab'", "start", "2026-03-08 02:00 does not exist"],
    ),
]


def _with(source: Path, tmp_path: Path, name: str, extra: str) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target)
    path = target / name
    path.write_text(path.read_text().rstrip("\n") + "\n\n" + extra)
    return target


@pytest.mark.parametrize(("source", "name", "extra", "said"), GAPS)
def test_a_time_the_clocks_skip_is_refused_wherever_it_is(tmp_path, source, name, extra, said):
    """The loader names the file, the item and the field, and the time that exists after the jump."""
    with pytest.raises(CourseDataError) as err:
        load_course(_with(source, tmp_path, name, extra))
    message = str(err.value)
    for part in said:
        assert part in message


@pytest.mark.parametrize(
    ("source", "name", "extra"),
    [
        (
            BUNDLED_DATA,
            "staff.toml",
            '[[office_hours_change]]\nperson = "li-chen"\nkind = "extra"\n'
            "date = 2024-03-10\nstart = 03:15:00\nend = 03:45:00\n",
        ),
        (
            CHEM,
            "meetings.toml",
            '[[meeting]]\nid = "night-lab"\nkind = "lab"\ndays = ["saturday"]\nstart = 02:00:00\nend = 02:50:00\n',
        ),
    ],
)
def test_the_same_times_on_days_the_clocks_do_not_skip_load(tmp_path, source, name, extra):
    """After the jump, or on another weekday, the same kind of time loads."""
    load_course(_with(source, tmp_path, name, extra))
