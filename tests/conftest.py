"""Shared fixtures: the bundled courses (10-605, the default, and the invented STAT 187), course-time datetimes,
and broken copies of the data."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.course.loader import BUNDLED_DATA, load_course

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SECOND_DATA = REPO / "data" / "stat-187-f24"  # invented, and unlike 10-605 in every way the format can say
BUNDLED_COURSES = {"10-605-s24": BUNDLED_DATA, "stat-187-f24": SECOND_DATA}
FORMAT1_DATA = FIXTURES / "courses" / "format1-10-605-s24"  # the 10-605 folder as it was written in format 1


def at(text: str) -> dt.datetime:
    """'2024-02-12 10:00' in course time (America/New_York), timezone-aware."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=NY)


@pytest.fixture(scope="session")
def course():
    return load_course(BUNDLED_DATA)


@pytest.fixture(scope="session")
def second_course():
    return load_course(SECOND_DATA)


@pytest.fixture(scope="session", params=sorted(BUNDLED_COURSES))
def any_course(request):
    """Each bundled course in turn: tests that take it must hold for any course described in the format."""
    return load_course(BUNDLED_COURSES[request.param])


def local(course, text: str) -> dt.datetime:
    """'2024-10-15 10:00' in the given course's time zone."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=course.tz)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled course folder, for tests that break it."""
    target = tmp_path / "course"
    shutil.copytree(BUNDLED_DATA, target)
    return target


@pytest.fixture
def second_copy(tmp_path: Path) -> Path:
    """A writable copy of the second bundled course."""
    target = tmp_path / "second"
    shutil.copytree(SECOND_DATA, target)
    return target
