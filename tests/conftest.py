"""Shared fixtures: the bundled course, course-time datetimes, and broken copies of the data."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.course.loader import BUNDLED_DATA, load_course

NY = ZoneInfo("America/New_York")
REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"


def at(text: str) -> dt.datetime:
    """'2024-02-12 10:00' in course time (America/New_York), timezone-aware."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=NY)


@pytest.fixture(scope="session")
def course():
    return load_course(BUNDLED_DATA)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled course folder, for tests that break it."""
    target = tmp_path / "course"
    shutil.copytree(BUNDLED_DATA, target)
    return target
