"""The reading as JSON: ISO dates, ranges as lists, internal values left out."""

from __future__ import annotations

import datetime as dt

from bot.understand.result import slots_json
from tests.conftest import at


def test_slots_as_json():
    slots = {
        "assignments": ("hw3",),
        "range": (dt.date(2024, 2, 12), dt.date(2024, 2, 18)),
        "moment": at("2024-02-22 02:00"),
        "time": dt.time(23, 59),
        "rows": (3, 4),
        "span": dt.timedelta(days=7),
        "section": None,
        "label": "",
    }
    assert slots_json(slots) == {
        "assignments": ["hw3"],
        "range": ["2024-02-12", "2024-02-18"],
        "moment": "2024-02-22T02:00:00-05:00",
        "time": "23:59:00",
    }
