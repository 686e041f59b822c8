"""Shared fixtures: the bundled courses (10-605, the default, and the invented STAT 187), course-time datetimes,
and broken copies of the data."""

from __future__ import annotations

import datetime as dt
import re
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


def plain(key: str) -> str:
    """A delivery key without the moment and fingerprint it names: 'deadline:hw3:2880m:channel' (readable asserts)."""
    return re.sub(r"@[^:]*", "", key)


def planned_key(course, readable: str, minutes: tuple[int, ...] = ()) -> str:
    """The delivery key the planner gives the item of `course` whose key reads `readable` without its moment
    (`minutes`: the deadline reminder offsets to plan with, when not the defaults)."""
    from bot.announce.planner import AnnounceConfig, plan

    config = AnnounceConfig()
    if minutes:
        config = AnnounceConfig(deadline_offsets=tuple(dt.timedelta(minutes=m) for m in minutes))
    term = (course.at(course.term_first, dt.time(0)) - dt.timedelta(days=60), course.at(course.term_last, dt.time(0)))
    (key,) = [i.key for i in plan(course, config, *term) if plain(i.key) == readable]
    return key


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
