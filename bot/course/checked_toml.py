"""Typed reading of TOML tables that records every problem (file, item, field) instead of stopping at the first.

The course schema (bot.course.loader) is written with it; nothing here knows what a course is.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located precisely enough to fix it."""

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.item}" if self.item else self.file
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


MISSING = object()
# What a blank required text field should hold, by field name (any other: a value, or the field left out).
_EMPTY_HINTS = {
    "id": "give it an id (letters, digits and dashes) that commands and other files use",
    "title": "give the name students see",
    "short": "give the short name students see (or leave it out to use the title)",
    "name": "give the name students see",
}
_TIME_RANGE = re.compile(r"^\s*\d{1,2}(:\d{2})?(:\d{2})?\s*(am|pm)?\s*(-|–|—|to)\s*\d{1,2}(:\d{2})?", re.IGNORECASE)


class Table:
    """Typed access to one TOML table that records problems instead of raising."""

    def __init__(self, raw: Any, file: str, item: str, problems: list[Problem]) -> None:
        self.file, self.item, self.problems = file, item, problems
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.used: set[str] = set()
        if not isinstance(raw, dict):
            self.problem("", f"expected a table, found {type(raw).__name__}")

    def problem(self, name: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.item, name, message))

    def _get(self, name: str, default: Any, kind: str, check: Callable[[Any], Any]) -> Any:
        self.used.add(name)
        value = self.raw.get(name, MISSING)
        if value is MISSING:
            if default is MISSING:
                self.problem(name, "is missing")
                return None
            return default
        try:
            return check(value)
        except (TypeError, ValueError) as exc:
            detail = f" ({exc})" if str(exc) else ""
            self.problem(name, f"expected {kind}, found {as_written(value)}{detail}")
            return None if default is MISSING else default

    def str(self, name: str, default: Any = MISSING, *, empty: str = "") -> Any:
        """A text field. Given blank ("" or spaces) where it is required, or where leaving it out would give it a
        value (a short name defaults to the title): refused as empty, since every answer would show a blank.
        `empty`: what to write there instead, when the field's name does not say it well enough."""
        value = self._get(name, default, "text", _as_str)
        if value == "" and name in self.raw and (default is MISSING or (isinstance(default, str) and default.strip())):
            hint = empty or _EMPTY_HINTS.get(name, "give it a value, or leave the field out")
            self.problem(name, f"is empty: {hint}")
        return value

    def int(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "a whole number", _as_int)

    def number(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "a number", _as_number)

    def bool(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "true or false", _as_bool)

    def date(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "a date like 2024-02-14", _as_date)

    def time(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "a time like 23:59:00", _as_time)

    def maybe(self, reader: Callable[[str, Any], Any], name: str, default: Any = MISSING, unknown: Any = None) -> Any:
        """A field that may say "unknown" (the course page is silent): `unknown` then, else read as usual."""
        value = self.raw.get(name, MISSING)
        if isinstance(value, str) and value.strip().lower() == "unknown":
            self.used.add(name)
            return unknown
        return reader(name, default)

    def date_or_datetime(self, name: str, default: Any = MISSING) -> Any:
        return self._get(name, default, "a date (2024-02-14) or local date-time (2024-02-14T23:59:00)", _as_when)

    def strs(self, name: str, default: Any = ()) -> Any:
        return self._get(name, default, "a list of text", _as_strs)

    def choice(self, name: str, choices: Iterable[str], default: Any = MISSING) -> Any:
        choices = tuple(choices)
        value = self.str(name, default)
        if value is not None and value != default and value not in choices:
            self.problem(name, f"unknown value {value!r}; expected one of: {', '.join(choices)}")
            return None
        return value

    def tables(self, name: str) -> list[Any]:
        self.used.add(name)
        value = self.raw.get(name, [])
        if not isinstance(value, list):
            self.problem(name, "expected a list of tables")
            return []
        return value

    def each(self, name: str, key: str, item: str) -> list[Table]:
        """Every `[[name]]` table as a Table named in problems by `item` ("exam '{}'") filled with its `key` value,
        or its place ("#2") when it has none or an empty one."""
        out = []
        for i, raw in enumerate(self.tables(name), 1):
            label = raw.get(key, "") if isinstance(raw, dict) else ""
            label = label if str(label).strip() else f"#{i}"  # an empty name is named by its place too
            out.append(Table(raw, self.file, item.format(label), self.problems))
        return out

    def table(self, name: str) -> Any:
        self.used.add(name)
        return self.raw.get(name, {})

    def reject_unknown(self) -> None:
        for name in sorted(set(self.raw) - self.used):
            self.problem(name, "unknown field (a typo?)")


def as_written(value: Any) -> str:
    """A TOML value as the data file writes it (2027-03-22T17:00:00, [2027-03-22], "text", true), never Python's
    repr (datetime.datetime(2027, 3, 22, ...))."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(as_written(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {as_written(v)}" for k, v in value.items()) + "}"
    return str(value)


# The years course data can name: 9999-12-31 or 1900-01-01 is a typo, which would otherwise show only when a
# calendar or plan runs off the end of the dates Python can hold.
YEARS = (2000, 2099)


def _plausible_year(day: Any) -> Any:
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise ValueError(f"the year {day.year} is outside {YEARS[0]}-{YEARS[1]}: a typo?")
    return day


def _whole_seconds(moment: Any) -> Any:
    """A time or date-time to the second: the data gives times to the minute or second, and a fraction of a second
    (17:00:00.5) is a typo no answer could show."""
    if moment.microsecond:
        raise ValueError("a fraction of a second; give the time to the minute or second")
    return moment


def _as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value.strip()


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    return value


def _as_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError
    return float(value)


def _as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise TypeError("a date-time where a date is expected")
    if isinstance(value, dt.date):
        return _plausible_year(value)
    if isinstance(value, str):
        return _plausible_year(dt.date.fromisoformat(value.strip()))
    raise TypeError


def _as_time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise ValueError("times are course time; leave out the offset")
        return _whole_seconds(value)
    if isinstance(value, str):
        if _TIME_RANGE.match(value):
            raise ValueError("a time range where one time is expected: give `start` and `end` separately")
        moment = dt.time.fromisoformat(value.strip())
        if moment.tzinfo is not None:
            raise ValueError("times are course time; leave out the offset")
        return _whole_seconds(moment)
    raise TypeError


def _as_when(value: Any) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError("write course time without an offset")
        return _plausible_year(_whole_seconds(value))
    if isinstance(value, dt.date):
        return _plausible_year(value)
    if isinstance(value, str):
        text = value.strip()
        if "T" in text or " " in text:
            return _plausible_year(_whole_seconds(dt.datetime.fromisoformat(text)))
        return _plausible_year(dt.date.fromisoformat(text))
    raise TypeError


def _as_strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError
    return tuple(v.strip() for v in value)


def load_toml(path: Path) -> dict[str, Any]:
    """A TOML file; a UTF-8 byte-order mark in front (some Windows editors write one) is not part of the text."""
    text = path.read_bytes().decode("utf-8")
    return tomllib.loads(text.removeprefix("\ufeff"))


def read_toml(folder: Path, name: str, problems: list[Problem]) -> dict[str, Any]:
    path = folder / name
    try:
        return load_toml(path)
    except FileNotFoundError:
        problems.append(Problem(name, "", "", f"file is missing from {folder}"))
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(name, "", "", f"not valid TOML: {exc}"))
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, "", "", f"not UTF-8 text: {exc}"))
    return {}
