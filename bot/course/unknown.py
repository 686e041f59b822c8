"""'The course page does not say': a value of its own, so silence is never read as 0, False or "none"."""

from __future__ import annotations

from typing import Any, Final


class Unknown:
    """The one value meaning "the course page does not say". Compare with `is UNKNOWN`.

    It has no truth value on purpose: `if rules.window_days:` would quietly read silence as "no window".
    """

    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no truth value: test it with `is UNKNOWN`")

    def __reduce__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = Unknown()
UNKNOWN_WORD = "unknown"  # how the data files write it
PAGE_SILENT = "the course page doesn't say"


def is_known(value: Any) -> bool:
    return value is not UNKNOWN
