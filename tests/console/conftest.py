"""The setup console tests share: settings and a store in the test's folder, and a console session over them at the
tests' usual moment (Mon 12 Feb 2024 10:00), printing into a list."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

import pytest

from bot.console.app import console_session
from bot.console.session import Console
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import at


@dataclass
class ConsoleSetup:
    """One test's console: its settings, its store (closed after the test) and what announcements printed."""

    course: Course
    settings: Settings
    store: Store
    printed: list[str] = field(default_factory=list)

    def session(
        self, courses: CourseCatalog | None = None, *, staff: bool = True
    ) -> AbstractAsyncContextManager[Console]:
        """A console session acting as the server, over `courses` (default: the course alone)."""
        return console_session(
            self.settings,
            courses or CourseCatalog.single(self.course),
            FixedClock(at("2024-02-12 10:00")),
            self.store,
            staff=staff,
            emit=self.printed.append,
        )


@pytest.fixture
def console_setup(course, tmp_path) -> Iterator[ConsoleSetup]:
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    yield ConsoleSetup(course, settings, store)
    store.close()
