"""What every `coursebot` subcommand shares: exit codes, which course folder, which clock."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.timefmt import parse_now
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.model import Course

# Exit codes of every subcommand: 0 done, 1 problems found, 2 usage or configuration error.
EXIT_OK, EXIT_ERROR, EXIT_CONFIG = 0, 1, 2


def data_dir(args: argparse.Namespace) -> Path:
    """--data, else COURSEBOT_DATA, else the bundled course (read without the rest of the settings)."""
    return Path(args.data or os.environ.get("COURSEBOT_DATA") or BUNDLED_DATA)


def load(args: argparse.Namespace) -> Course:
    return load_course(data_dir(args))


def clock_for(args: argparse.Namespace, course: Course) -> Clock:
    if getattr(args, "now", None):
        return FixedClock(parse_now(args.now, course.tz))
    return SystemClock()
